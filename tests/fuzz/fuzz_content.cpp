// Fuzzes the content loader and validator (assets/content.json). Whatever the text:
// - loading never crashes and gives the same result twice;
// - content comes back exactly when there are no errors, and every error names the file;
// - accepted content keeps the promises the app relies on without checking again (unique ids,
//   references that resolve, numbers in range, guidance for every muscle family);
// - the same document written out again (other spacing, duplicate keys resolved) loads the same;
// - matching accepted content against the shipped geometry, and naming its zones, never crashes.
#include <set>

#include "fuzz_support.h"
#include "json_check.h"

using namespace knotmap;
using knotmap::fuzz::Shipped;

namespace {

Json advice_list(const std::vector<BallAdvice>& list) {
    Json out = Json::array();
    for (const BallAdvice& a : list) out.push_back({a.ball, a.why});
    return out;
}

// Every field, so that two loads can be compared whole.
Json describe(const Content& c) {
    Json families = Json::array();
    for (const FamilyContent& f : c.families)
        families.push_back({f.family, f.name, f.short_name, f.group, f.where, f.feel, f.spine_side, advice_list(f.balls),
                            advice_list(f.avoid_balls), f.steps[0], f.steps[1], f.steps[2], f.cautions, f.why_not,
                            f.nearest, f.sources, static_cast<int>(f.floor_lying)});
    Json sources = Json::array();
    for (const Source& s : c.sources) sources.push_back({s.id, s.title, s.publisher, s.url});
    Json balls = Json::array();
    for (const Ball& b : c.balls)
        balls.push_back({b.id, b.name, b.diameter_in, b.diameter_cm, b.firmness, b.firmness_level, b.size_note});
    Json cautions = Json::array();
    for (const GeneralCaution& g : c.general_cautions)
        cautions.push_back({g.id, g.label, g.advice, static_cast<int>(g.effect), g.sources});
    Json flags = Json::array();
    for (const RedFlag& f : c.red_flags) flags.push_back({f.id, f.question, static_cast<int>(f.urgency), f.sources});
    Json urgencies = Json::array();
    for (const UrgencyAdvice& u : c.urgencies) urgencies.push_back({u.title, u.text, u.sources});
    const Dose& d = c.dose;
    const Pressure& p = c.pressure;
    return {families, sources, balls, cautions, flags, urgencies,
            {d.hold_seconds, d.gentle_hold_seconds, d.max_per_spot_seconds, d.gentle_max_per_spot_seconds,
             d.max_session_minutes, d.gentle_max_session_minutes, d.roll_repetitions, d.often, d.next_day, d.why, d.sources},
            {p.start, p.max, p.gentle_max, p.gentle_max_firmness, p.summary, p.stop_if, p.why, p.sources}, c.disclaimer};
}

template <typename List, typename Id>
std::set<std::string> unique_ids(const List& list, Id id, const char* what) {
    std::set<std::string> ids;
    for (const auto& item : list) {
        KNOTMAP_EXPECT(!id(item).empty(), std::string("an empty ") + what + " id was accepted");
        KNOTMAP_EXPECT(ids.insert(id(item)).second, std::string("duplicate ") + what + " id accepted: " + id(item));
    }
    return ids;
}

void expect_texts(const std::vector<std::string>& list, const std::string& what) {
    KNOTMAP_EXPECT(!list.empty(), what + ": an empty list was accepted");
    for (const std::string& text : list) KNOTMAP_EXPECT(!text.empty(), what + ": an empty text was accepted");
}

void check_accepted(const Content& c) {
    const auto sources = unique_ids(c.sources, [](const Source& s) { return s.id; }, "source");
    const auto balls = unique_ids(c.balls, [](const Ball& b) { return b.id; }, "ball");
    const auto families = unique_ids(c.families, [](const FamilyContent& f) { return f.family; }, "family");
    const auto conditions = unique_ids(c.general_cautions, [](const GeneralCaution& g) { return g.id; }, "condition");
    const auto flags = unique_ids(c.red_flags, [](const RedFlag& f) { return f.id; }, "red flag");
    for (const std::string& id : flags) KNOTMAP_EXPECT(!conditions.count(id), "a red flag and a condition share " + id);
    KNOTMAP_EXPECT(!c.disclaimer.empty(), "an empty disclaimer");
    for (const RedFlag& f : c.red_flags) {
        KNOTMAP_EXPECT(!f.question.empty() && f.urgency >= Urgency::Soon, "a red flag without a question or level: " + f.id);
        for (const std::string& id : f.sources) KNOTMAP_EXPECT(sources.count(id), "unknown red flag source " + id);
    }
    for (const GeneralCaution& g : c.general_cautions)
        for (const std::string& id : g.sources) KNOTMAP_EXPECT(sources.count(id), "unknown condition source " + id);
    for (int u = 1; u < 6; ++u) KNOTMAP_EXPECT(!c.urgencies[u].title.empty() && !c.urgencies[u].text.empty(), "an urgency without words");
    const Dose& d = c.dose;
    KNOTMAP_EXPECT(d.hold_seconds <= d.max_per_spot_seconds && d.gentle_hold_seconds <= d.gentle_max_per_spot_seconds,
                   "a hold longer than its spot's limit");
    KNOTMAP_EXPECT(d.gentle_hold_seconds <= d.hold_seconds && d.gentle_max_session_minutes <= d.max_session_minutes,
                   "a gentle limit above the ordinary one");
    KNOTMAP_EXPECT(d.roll_repetitions >= 1 && d.roll_repetitions <= 200, "roll repetitions out of range");
    KNOTMAP_EXPECT(1 <= c.pressure.start && c.pressure.start <= c.pressure.max && c.pressure.max <= 7 &&
                       c.pressure.gentle_max <= 5 && c.pressure.gentle_max <= c.pressure.max,
                   "pressure " + std::to_string(c.pressure.start) + ".." + std::to_string(c.pressure.max));
    for (const Ball& b : c.balls)
        KNOTMAP_EXPECT(b.diameter_in >= 0.2f && b.diameter_in <= 40 && b.diameter_cm >= 0.5f && b.diameter_cm <= 100,
                       "ball size out of range: " + b.id);
    for (const FamilyContent& f : c.families) {
        KNOTMAP_EXPECT(!f.name.empty() && !f.short_name.empty() && !f.where.empty(), "a family without names: " + f.family);
        KNOTMAP_EXPECT(f.group == "upper-back" || f.group == "lower-back" || f.group == "hips", "group " + f.group);
        KNOTMAP_EXPECT(!f.sources.empty(), "a family without sources: " + f.family);
        for (const std::string& id : f.sources) KNOTMAP_EXPECT(sources.count(id), "unknown source " + id);
        if (f.is_avoid()) {
            KNOTMAP_EXPECT(!f.why_not.empty(), "an avoid area without a reason: " + f.family);
            for (const std::string& id : f.nearest) {
                const FamilyContent* nearest = find_family(c, id);
                KNOTMAP_EXPECT(nearest && !nearest->is_avoid(), "nearest is not a muscle family: " + id);
            }
            continue;
        }
        KNOTMAP_EXPECT(!f.feel.empty() && !f.balls.empty(), "a muscle family without guidance: " + f.family);
        for (const auto* list : {&f.balls, &f.avoid_balls})
            for (const BallAdvice& advice : *list)
                KNOTMAP_EXPECT(balls.count(advice.ball) && !advice.why.empty(), "unknown ball " + advice.ball);
        for (Position p : kPositions) expect_texts(f.technique(p), f.family + ": technique");
        expect_texts(f.cautions, f.family + ": cautions");
    }
    KNOTMAP_EXPECT(families.size() == c.families.size(), "find_family would miss a family");
}

void check_against_shipped_geometry(const Content& c) {
    const MapGeometry& geometry = fuzz::shipped().geometry;
    for (const std::string& error : check_content_matches_geometry(c, geometry))
        KNOTMAP_EXPECT(error.rfind("content.json: ", 0) == 0, error);
    for (const Zone& zone : geometry.zones) {
        KNOTMAP_EXPECT(!zone_display_name(c, zone).empty(), zone.id);
        KNOTMAP_EXPECT(!zone_short_name(c, zone).empty(), zone.id);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text = fuzz::text_of(data, size);
    const ContentLoadResult first = load_content(text);
    KNOTMAP_EXPECT(first.content.has_value() == first.errors.empty(), "content and errors disagree");
    for (const std::string& error : first.errors) KNOTMAP_EXPECT(error.rfind("content.json: ", 0) == 0, error);

    if (first.content) {
        check_accepted(*first.content);
        check_against_shipped_geometry(*first.content);
    }

    // Loading again must give the same content: from the same document written out again (other
    // spacing, duplicate keys resolved) when it is JSON, else from the same text. One second load
    // checks both that loading is deterministic and that saving the document changes nothing.
    std::string second_text = text;
    if (fuzz::nesting_depth(text) <= fuzz::kMaxRewriteDepth) {
        const Json doc = Json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (!doc.is_discarded()) second_text = doc.dump(2);
    }
    const ContentLoadResult again = load_content(second_text);
    KNOTMAP_EXPECT(again.errors == first.errors,
                   "loaded again, the document loads differently: " +
                       (again.errors.empty() ? std::string("accepted") : again.errors.front()));
    if (first.content)
        KNOTMAP_EXPECT(describe(*again.content) == describe(*first.content), "loaded again, the content differs");
    return 0;
}
