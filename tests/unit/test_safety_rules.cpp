// The safety rules as properties (issue 17): every zone, with no answers, each answer alone, every
// pair of answers, and a seeded sample of thousands of larger sets, keeps every rule in
// tests/safety_properties.h.
#include <catch2/catch.hpp>

#include <random>

#include "../safety_properties.h"
#include "test_files.h"

using namespace knotmap;

namespace {

std::vector<std::string> question_ids(const Content& content) {
    std::vector<std::string> ids;
    for (const RedFlag& f : content.red_flags) ids.push_back(f.id);
    for (const GeneralCaution& c : content.general_cautions) ids.push_back(c.id);
    return ids;
}

// Checks every zone's guide under these answers; returns the first broken rule, with where.
std::string check_all_zones(const test::Shipped& s, const Screening& screening, bool with_json) {
    for (const Zone& zone : s.geometry.zones) {
        const Guide g = build_guide(s.content, s.geometry, screening, zone);
        const std::string broken = safety_properties::broken_rule(s.content, screening, g);
        if (!broken.empty()) {
            std::string answers;
            for (const std::string& id : screening.yes) answers += id + " ";
            return zone.id + " with [" + answers + "]: " + broken;
        }
        // The page's view-model says the same: a block means no positions there either.
        if (!with_json) continue;
        const Json json = guide_json(g, s.content, screening);
        if (!json["blocked"].is_null() && !json["positions"].empty()) return zone.id + ": blocked JSON with positions";
    }
    return "";
}

}  // namespace

TEST_CASE("safety rules hold with no answers, each answer alone and every pair") {
    const test::Shipped& s = test::shipped_assets();
    const std::vector<std::string> ids = question_ids(s.content);
    CHECK(check_all_zones(s, Screening{}, true) == "");
    for (size_t i = 0; i < ids.size(); ++i) {
        for (size_t j = i; j < ids.size(); ++j) {
            Screening screening;
            screening.answered = true;
            set_applies(screening, ids[i], true);
            set_applies(screening, ids[j], true);
            const std::string broken = check_all_zones(s, screening, true);
            if (!broken.empty()) FAIL(broken);
        }
    }
}

TEST_CASE("safety rules hold for a seeded sample of larger sets of answers") {
    const test::Shipped& s = test::shipped_assets();
    const std::vector<std::string> ids = question_ids(s.content);
    std::mt19937 random(17);  // seeded: the same sets every run
    for (int n = 0; n < 2000; ++n) {
        Screening screening;
        screening.answered = true;
        // Mostly conditions, sometimes red flags: how the combinations that matter are likely.
        const double chance = n % 3 == 0 ? 0.3 : 0.12;
        for (const std::string& id : ids)
            if (std::uniform_real_distribution<double>(0, 1)(random) < chance) set_applies(screening, id, true);
        const std::string broken = check_all_zones(s, screening, false);
        if (!broken.empty()) FAIL(broken);
    }
}

TEST_CASE("with no answers every muscle zone has steps in all three positions") {
    const test::Shipped& s = test::shipped_assets();
    for (const Zone& zone : s.geometry.zones) {
        if (zone.kind != ZoneKind::Muscle) continue;
        INFO(zone.id);
        const Guide g = build_guide(s.content, s.geometry, Screening{}, zone);
        CHECK(g.positions.size() == 3);
        for (Position p : g.positions) CHECK_FALSE(g.family->technique(p).empty());
    }
}
