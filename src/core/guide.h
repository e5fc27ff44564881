// What the guidance for one zone shows, after the visitor's screening answers are applied: the
// single source for both the ImGui panel and the page's DOM text (#knotmap-guide).
#pragma once
#include <string>
#include <vector>

#include "content.h"
#include "geometry.h"
#include "json_check.h"
#include "safety.h"

namespace knotmap {

struct GuideBall {
    const Ball* ball = nullptr;
    std::string why;
};

struct Guide {
    const Zone* zone = nullptr;
    const FamilyContent* family = nullptr;
    std::string title;  // "QL (quadratus lumborum), left side"
    // Muscles:
    bool specialist_first = false;  // a spine condition and a zone beside the spine
    std::vector<GuideBall> balls;   // best first
    std::vector<GuideBall> avoid_balls;
    std::vector<Position> positions;  // those to show, in order (pregnancy drops the floor)
    bool floor_hidden = false;
    std::vector<const GeneralCaution*> general_cautions;  // the ones the visitor said apply
    // Avoid areas:
    const Zone* instead = nullptr;  // the nearest muscle zone to work instead
    std::vector<const Source*> sources;
};

// "2.6 in (6.7 cm) across", or the ball's own size note.
std::string size_text(const Ball& ball);

// A position as the visitor sees it, on the canvas's tabs and in the page alike: its id in the
// page API ("chair" for the content's "travel" steps), a short name and a one-line hint.
const char* position_id(Position position);
const char* position_name(Position position);
const char* position_hint(Position position);

// What the visitor's answers change, said above the steps ("Ask your spine specialist first...").
std::vector<std::string> guide_notices(const Guide& guide);
// Every caution for the zone: the family's own, the advice of each answer that applies, then
// "For everyone: check with a doctor first if you have..." (every screening question).
std::vector<std::string> guide_cautions(const Content& content, const Guide& guide);

Guide build_guide(const Content& content, const MapGeometry& geometry, const Screening& screening, const Zone& zone);

// The guide as plain data: what the page's DOM layer renders and what knotmap.guide() returns
// (text only; the page inserts it as text, never as HTML). The same keys for every zone:
// {zone, name, side, kind, where, feel, whyNot, instead, screening: {answered, editing, questions:
// [{id, label, yes}]}, positions: [{id, name, hint, steps}], balls: [{id, name, size, diameterCm,
// firmness, why}], avoidBalls: [{id, name, why}], dose, pressure, cautions, notices, redFlags,
// redFlagsAdvice, sources: [{title, publisher, url}]}; what doesn't apply to an avoid area (or
// to a muscle) is empty or null.
std::string guide_to_json(const Guide& guide, const Content& content, const Screening& screening);
Json guide_json(const Guide& guide, const Content& content, const Screening& screening);  // the same, unserialized

}  // namespace knotmap
