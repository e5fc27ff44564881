// What the guidance for one zone shows, after the visitor's screening answers are applied: the
// single source for both the ImGui panel and the page's DOM text (#knotmap-guide).
#pragma once
#include <string>
#include <vector>

#include "content.h"
#include "geometry.h"
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

Guide build_guide(const Content& content, const MapGeometry& geometry, const Screening& screening, const Zone& zone);

// The guide as plain data for the page (text only; the page inserts it as text, never as HTML).
// Muscle zones carry the screening questions and answers, so the page can ask them too.
std::string guide_to_json(const Guide& guide, const Content& content, const Screening& screening);

}  // namespace knotmap
