// What the progress view-model says over hand-made histories (issue 18): each session's own change,
// and a trend only from enough sessions on enough days, stated with its basis.
#include <catch2/catch.hpp>

#include <array>

#include "zone_progress.h"

using namespace knotmap;

namespace {

constexpr long long kDay = 24LL * 60 * 60 * 1000;
constexpr long long kStart = 1'767'225'600'000;  // 2026-01-01T00:00Z

// Sessions on the QL, left: {day, before, after} each, oldest first.
std::vector<Session> history(std::initializer_list<std::array<int, 3>> rows, const std::string& zone = "ql-left") {
    std::vector<Session> log;
    for (const auto& [day, before, after] : rows) {
        Session s;
        s.started_at = kStart + day * kDay + 9 * 60 * 60 * 1000;
        s.zone = zone;
        s.duration_sec = 30;
        s.pain_before = before;
        s.pain_after = after;
        log.push_back(s);
    }
    return log;
}

ZoneProgress of(const std::vector<Session>& log) { return zone_progress(log, "ql-left", 0); }

}  // namespace

TEST_CASE("each session's own change, in numbers and words") {
    CHECK(change_text(9, 2) == "9 \u2192 2: 7 points easier");
    CHECK(change_text(7, 8) == "7 \u2192 8: 1 point sorer");
    CHECK(change_text(5, 5) == "5 \u2192 5: the same");
    CHECK(change_text(7, -1) == "7 \u2192 not said");
    CHECK(change_text(-1, -1) == "not said \u2192 not said");
}

TEST_CASE("no sessions: nothing to say") {
    const ZoneProgress p = of({});
    CHECK(p.sessions == 0);
    CHECK_FALSE(p.last);
    CHECK_FALSE(p.trend);
    CHECK(zone_progress_json(p)["last"].is_null());
}

TEST_CASE("a single session from 7 to 3 is called easier, not 'about the same'") {
    const ZoneProgress p = of(history({{0, 7, 3}}));
    CHECK(p.sessions == 1);
    REQUIRE(p.last);
    CHECK(p.last->text == "7 \u2192 3: 4 points easier");
    CHECK_FALSE(p.trend);  // one session is not a trend
}

TEST_CASE("three good sessions are not read as 'sorer lately'") {
    // The case: 7→3, 6→4, 9→2. Too few for a trend; the last one says what it did.
    const ZoneProgress p = of(history({{0, 7, 3}, {1, 6, 4}, {2, 9, 2}}));
    REQUIRE(p.last);
    CHECK(p.last->text == "9 \u2192 2: 7 points easier");
    CHECK_FALSE(p.trend);
}

TEST_CASE("improving over days: easier, with its basis") {
    const ZoneProgress p = of(history({{0, 8, 5}, {2, 7, 4}, {5, 5, 3}, {9, 4, 2}, {12, 3, 1}}));
    REQUIRE(p.trend);
    CHECK(std::string(p.trend->direction) == "easier");
    CHECK(p.trend->basis == "your last 5 sessions over 13 days");
    CHECK(p.trend->text.rfind("Getting easier: starting soreness went from 8 to 4", 0) == 0);
}

TEST_CASE("worse at the start each time, but each session helping: sorer, calmly, and that it helps") {
    const ZoneProgress p = of(history({{0, 4, 1}, {2, 5, 2}, {4, 6, 3}, {6, 7, 4}, {8, 8, 5}}));
    REQUIRE(p.trend);
    CHECK(std::string(p.trend->direction) == "sorer");
    CHECK(p.trend->text.find("see a GP or physiotherapist") != std::string::npos);
    CHECK(p.trend->text.find("When to see a doctor") != std::string::npos);
    CHECK(p.trend->text.find("Each session still eases it by about 3 points.") != std::string::npos);
}

TEST_CASE("noisy scores around the same level: steady, never sorer") {
    const ZoneProgress p = of(history({{0, 5, 3}, {1, 7, 4}, {3, 4, 3}, {4, 6, 4}, {6, 5, 3}, {8, 6, 4}}));
    REQUIRE(p.trend);
    CHECK(std::string(p.trend->direction) == "steady");
    CHECK(p.trend->text.rfind("About the same at the start", 0) == 0);
}

TEST_CASE("many sessions on one or two days: no trend") {
    const ZoneProgress p = of(history({{0, 8, 2}, {0, 7, 2}, {1, 3, 1}, {1, 2, 1}, {1, 2, 0}}));
    CHECK(p.sessions == 5);
    CHECK_FALSE(p.trend);
}

TEST_CASE("sparse over months: a trend, its basis says how long") {
    const ZoneProgress p = of(history({{0, 8, 6}, {40, 7, 5}, {80, 5, 3}, {120, 3, 2}}));
    REQUIRE(p.trend);
    CHECK(std::string(p.trend->direction) == "easier");
    CHECK(p.trend->basis == "your last 4 sessions over 121 days");
}

TEST_CASE("sessions without scores count, but make no trend") {
    const ZoneProgress p = of(history({{0, -1, -1}, {2, -1, -1}, {4, 6, -1}, {6, -1, -1}, {8, -1, 2}}));
    CHECK(p.sessions == 5);
    REQUIRE(p.last);
    CHECK(p.last->text == "not said \u2192 2");
    CHECK_FALSE(p.trend);
    const Json json = zone_progress_json(p);
    CHECK(json["last"]["before"].is_null());
    CHECK(json["last"]["after"] == 2);
}

TEST_CASE("only the latest sessions make the trend: an old bad patch is history") {
    // Sorer long ago, steady lately: the window of the last 8 scored sessions reads steady.
    const ZoneProgress p = of(history({{0, 2, 1}, {2, 3, 1}, {4, 8, 6}, {6, 8, 6}, {8, 5, 3}, {10, 5, 3},
                                       {12, 5, 3}, {14, 5, 3}, {16, 5, 3}, {18, 5, 3}, {20, 5, 3}, {22, 5, 3}}));
    REQUIRE(p.trend);
    CHECK(std::string(p.trend->direction) == "steady");
    CHECK(p.trend->basis == "your last 8 sessions over 15 days");
}

TEST_CASE("other zones' sessions don't count") {
    std::vector<Session> log = history({{0, 8, 5}, {2, 7, 4}, {5, 5, 3}, {9, 4, 2}});
    const std::vector<Session> elsewhere = history({{1, 2, 9}, {3, 2, 9}}, "glute-max-left");
    log.insert(log.end(), elsewhere.begin(), elsewhere.end());
    const ZoneProgress p = of(log);
    CHECK(p.sessions == 4);
    CHECK(p.last->text == "4 \u2192 2: 2 points easier");
}

TEST_CASE("the JSON has the contract's shape") {
    const Json json = zone_progress_json(of(history({{0, 8, 5}, {2, 7, 4}, {5, 5, 3}, {9, 4, 2}})));
    CHECK(json["sessions"] == 4);
    CHECK(json["last"]["before"] == 4);
    CHECK(json["last"]["after"] == 2);
    CHECK(json["trend"]["direction"] == "easier");
    CHECK(json["trend"]["text"].is_string());
    CHECK(json["trend"]["basis"].is_string());
}
