// The guidance content (assets/content.json): names and text for every zone family.
// Keyed by family ("ql", "avoid-scapula"): both sides of a family share their text.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "geometry.h"

namespace knotmap {

struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string url;
};

struct Ball {
    std::string id;  // contract: "tennis-ball", "lacrosse-ball"... saved sessions refer to these
    std::string name;
    float diameter_in = 0, diameter_cm = 0;
    std::string firmness;
    std::string size_note;  // optional, e.g. "1 to 2 in (2.5 to 5 cm) across, sold in sets"
};

struct BallAdvice {
    std::string ball;  // a Ball id
    std::string why;
};

enum class Position { Wall, Floor, Travel };
constexpr Position kPositions[] = {Position::Wall, Position::Floor, Position::Travel};
const char* position_key(Position position);  // "wall", "floor", "travel"

// What answering "yes" to a general caution changes in the guidance.
enum class CautionEffect {
    Advice,           // show its advice with every zone
    NoFloor,          // also hide the floor position (pregnancy: no lying on the back)
    SpineSpecialist,  // also put "ask your spine specialist first" above spine-side zones' steps
};

struct GeneralCaution {
    std::string id;
    std::string label;   // the screening question, "Osteoporosis or weak bones"
    std::string advice;
    CautionEffect effect = CautionEffect::Advice;
};

struct Dose {
    int hold_seconds = 30;
    int roll_repetitions = 12;
    std::string summary;
};

struct Pressure {
    int low = 5, high = 8;  // out of 10
    std::string summary;
};

struct FamilyContent {
    std::string family;
    std::string name;     // "QL (quadratus lumborum)"
    std::string short_name;  // "QL": for chips and tight spaces
    std::string group;    // "upper-back", "lower-back" or "hips": for grouping lists
    std::string where;    // where it is, in plain words
    // Muscles only:
    std::string feel;                    // what a knot there feels like
    bool spine_side = false;             // right beside the spine: spine conditions call for a specialist first
    std::vector<BallAdvice> balls;       // recommended, best first
    std::vector<BallAdvice> avoid_balls;
    std::vector<std::string> steps[3];   // indexed by Position
    std::vector<std::string> cautions;   // for this zone; general cautions come from Content
    // Avoid areas only:
    std::string why_not;  // why not to press here
    std::string nearest;  // family of the nearest zone to work instead
    std::vector<std::string> sources;  // ids into Content::sources

    bool is_avoid() const { return family.rfind("avoid-", 0) == 0; }
    const std::vector<std::string>& technique(Position p) const { return steps[static_cast<int>(p)]; }
};

struct Content {
    std::vector<FamilyContent> families;
    std::vector<Source> sources;
    std::vector<Ball> balls;
    std::vector<GeneralCaution> general_cautions;  // the safety screening, in order
    std::vector<std::string> red_flags;
    std::string red_flags_advice;
    std::vector<std::string> red_flags_sources;
    Dose dose;
    Pressure pressure;
    std::string disclaimer;
};

struct ContentLoadResult {
    std::optional<Content> content;
    std::vector<std::string> errors;  // "content.json: families[2] (ql): field 'name': expected ..."
};

ContentLoadResult load_content(const std::string& json_text, const std::string& file_name = "content.json");

const FamilyContent* find_family(const Content& content, const std::string& family);
const Ball* find_ball(const Content& content, const std::string& id);
const Source* find_source(const Content& content, const std::string& id);
const char* group_name(const std::string& group);  // "Upper back" for "upper-back"
const GeneralCaution* find_caution(const Content& content, const std::string& id);  // a screening question

// Every zone in the geometry has content and every content family has a zone; errors otherwise.
std::vector<std::string> check_content_matches_geometry(const Content& content, const MapGeometry& geometry,
                                                        const std::string& file_name = "content.json");

// "QL (quadratus lumborum), left side": the name people see on buttons and in the panel.
std::string zone_display_name(const Content& content, const Zone& zone);
// "QL, left": for chips and other tight spaces.
std::string zone_short_name(const Content& content, const Zone& zone);

}  // namespace knotmap
