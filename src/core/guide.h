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

// Why no ball is used here, when the visitor's answers say so: what to do instead and how urgently.
struct GuideBlock {
    Urgency urgency = Urgency::None;
    std::string title;                 // "Call 999 or your emergency number now"
    std::string text;                  // what to do
    std::vector<std::string> reasons;  // the answers behind it: red flags' questions, or conditions' advice
};

struct GuideDose {
    int hold_sec = 0, max_per_spot_sec = 0, max_session_min = 0, rolls = 0;
};

struct GuidePressure {
    int start = 0, max = 0;  // out of 10
};

struct Guide {
    const Zone* zone = nullptr;
    const FamilyContent* family = nullptr;
    std::string title;  // "Side of the waist (quadratus lumborum), left side"
    SafetyRules rules;  // what the visitor's answers mean here
    GuideBlock blocked;  // urgency None: the steps show
    // Muscles (empty while blocked):
    std::vector<GuideBall> balls;   // best first; under the gentle rules only soft ones
    std::vector<GuideBall> avoid_balls;
    std::vector<Position> positions;  // those the answers allow, in order
    GuideDose dose;
    GuidePressure pressure;
    std::vector<std::string> notices;  // the advice of each answer that applies: shown above the steps
    // Avoid areas:
    std::vector<const Zone*> instead;  // the nearest muscle zone of each family to work instead
    std::vector<const Source*> sources;  // the zone's, then those behind the dose and the answers
};

// "2.6 in (6.7 cm) across", or the ball's own size note.
std::string size_text(const Ball& ball);

// A position as the visitor sees it, on the canvas's tabs and in the page alike: its id in the
// page API ("chair" for the content's "travel" steps), a short name and a one-line hint.
const char* position_id(Position position);
const char* position_name(Position position);
const char* position_hint(Position position);

// What the red flags and their advice cite, in content order: shown wherever the red flags are.
std::vector<const Source*> red_flag_sources(const Content& content);
// The zone's own cautions (the answers' advice is in Guide::notices, above the steps).
std::vector<std::string> guide_cautions(const Guide& guide);
// "Hold each tender spot for 30 seconds...", and "Start at about 3 out of 10...": from the limits.
std::string dose_text(const Guide& guide);
std::string pressure_text(const Content& content, const Guide& guide);

Guide build_guide(const Content& content, const MapGeometry& geometry, const Screening& screening, const Zone& zone);

// The guide as plain data: what the page's DOM layer renders and what knotmap.guide() returns
// (text only; the page inserts it as text, never as HTML). The same keys for every zone:
// {zone, name, side, kind, where, feel, whyNot, instead, blocked: null | {urgency, title, text,
// reasons}, gentle, screening: {answered, editing, questions: [{id, kind, label, yes}]},
// positions: [{id, name, hint, steps}], stopIf, balls: [{id, name, size, diameterCm, firmness,
// why}], avoidBalls: [{id, name, why}], dose: {holdSec, maxPerSpotSec, maxSessionMin, rolls, text,
// often, nextDay}, pressure: {start, max, text}, cautions, notices, redFlags, redFlagGroups:
// [{urgency, title, flags}], sources: [{title, publisher, url}]}; what doesn't apply is empty or null.
std::string guide_to_json(const Guide& guide, const Content& content, const Screening& screening);
Json guide_json(const Guide& guide, const Content& content, const Screening& screening);  // the same, unserialized

}  // namespace knotmap
