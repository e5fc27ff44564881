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
    int firmness_level = 0;  // 1 soft .. 6 very hard: what the gentle rules compare
    std::string size_note;  // optional, e.g. "1 to 2 in (2.5 to 5 cm) across, sold in sets"
};

struct BallAdvice {
    std::string ball;  // a Ball id
    std::string why;
};

enum class Position { Wall, Floor, Travel };
constexpr Position kPositions[] = {Position::Wall, Position::Floor, Position::Travel};
const char* position_key(Position position);  // "wall", "floor", "travel"

// How urgently someone should get help instead of using a ball, least urgent first: a red flag's
// level (soon, today, emergency), or what a screening answer asks for before the steps.
enum class Urgency { None, SpecialistFirst, DoctorFirst, Soon, Today, Emergency };
const char* urgency_key(Urgency urgency);  // "specialist-first", "doctor-first", "soon", "today", "emergency"

// What answering "yes" to a screening condition changes in the guidance (content.json's "effect").
enum class CautionEffect {
    DoctorFirst,      // no steps, dose or timer: why, and whom to ask
    Gentle,           // wall and chair only, soft balls, a lower pressure ceiling, shorter holds
    SideLyingOnly,    // no floor position lying on the back or front (pregnancy)
    SpecialistFirst,  // zones beside the spine: ask a spine specialist first, no steps there
    KeepOffArea,      // its advice, above the steps: keep the ball off an area
};

struct GeneralCaution {
    std::string id;
    std::string label;   // the screening question, "Osteoporosis or weak bones"
    std::string advice;
    CautionEffect effect = CautionEffect::KeepOffArea;
    std::vector<std::string> sources;
};

// A sign that back pain needs a doctor, not a ball: asked before any steps.
struct RedFlag {
    std::string id;
    std::string question;  // "Chest pain, or short of breath"
    Urgency urgency = Urgency::Today;  // Soon, Today or Emergency
    std::vector<std::string> sources;
};

// What to do at one level of urgency: "Call 999 or your emergency number now", and how.
struct UrgencyAdvice {
    std::string title;
    std::string text;
    std::vector<std::string> sources;
};

struct Dose {
    int hold_seconds = 30, gentle_hold_seconds = 15;
    int max_per_spot_seconds = 60, gentle_max_per_spot_seconds = 30;
    int max_session_minutes = 10, gentle_max_session_minutes = 5;
    int roll_repetitions = 12;
    std::string often, next_day, why;
    std::vector<std::string> sources;
};

struct Pressure {
    int start = 3, max = 6, gentle_max = 4;  // out of 10
    int gentle_max_firmness = 2;             // the firmest ball (Ball::firmness_level) the gentle rules allow
    std::string summary, stop_if, why;  // summary: after "Start at about 3 out of 10..."
    std::vector<std::string> sources;
};

// How the body lies in a family's floor steps: pregnancy keeps only side-lying and seated ones.
enum class Lying { Back, Front, Side, Seated };

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
    Lying floor_lying = Lying::Back;
    std::vector<std::string> cautions;   // for this zone; general cautions come from Content
    // Avoid areas only:
    std::string why_not;  // why not to press here
    std::vector<std::string> nearest;  // families of the muscle zones to work instead (the spine has two)
    std::vector<std::string> sources;  // ids into Content::sources

    bool is_avoid() const { return family.rfind("avoid-", 0) == 0; }
    const std::vector<std::string>& technique(Position p) const { return steps[static_cast<int>(p)]; }
};

struct Content {
    std::vector<FamilyContent> families;
    std::vector<Source> sources;
    std::vector<Ball> balls;
    std::vector<RedFlag> red_flags;                // asked first, in order
    std::vector<GeneralCaution> general_cautions;  // the conditions of the safety screening, in order
    UrgencyAdvice urgencies[6];                    // indexed by Urgency (None unused)
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
const GeneralCaution* find_caution(const Content& content, const std::string& id);  // a screening condition
const RedFlag* find_red_flag(const Content& content, const std::string& id);
bool is_question(const Content& content, const std::string& id);  // a red flag or a condition

// Every zone in the geometry has content and every content family has a zone; errors otherwise.
std::vector<std::string> check_content_matches_geometry(const Content& content, const MapGeometry& geometry,
                                                        const std::string& file_name = "content.json");

// "QL (quadratus lumborum), left side": the name people see on buttons and in the panel.
std::string zone_display_name(const Content& content, const Zone& zone);
// "QL, left": for chips and other tight spaces.
std::string zone_short_name(const Content& content, const Zone& zone);

}  // namespace knotmap
