#include <catch2/catch.hpp>

#include "content.h"
#include "hold_timer.h"
#include "safety.h"
#include "test_files.h"

using namespace knotmap;

namespace {
const Content& shipped() {
    static const Content content = *load_content(test::asset("content.json")).content;
    return content;
}
}  // namespace

TEST_CASE("pregnancy keeps the floor only where it is worked on the side or seated") {
    Screening s;
    const FamilyContent& ql = *find_family(shipped(), "ql");
    const FamilyContent& hip = *find_family(shipped(), "glute-med");
    CHECK(shows_position(safety_rules(shipped(), s, ql), ql, Position::Floor));
    set_applies(s, "pregnancy", true);
    CHECK_FALSE(shows_position(safety_rules(shipped(), s, ql), ql, Position::Floor));
    CHECK(shows_position(safety_rules(shipped(), s, ql), ql, Position::Wall));
    CHECK(shows_position(safety_rules(shipped(), s, ql), ql, Position::Travel));
    CHECK(shows_position(safety_rules(shipped(), s, hip), hip, Position::Floor));  // lying on your side
}

TEST_CASE("a spine condition asks for a specialist first on spine-side zones only") {
    Screening s;
    set_applies(s, "spine-condition", true);
    CHECK(safety_rules(shipped(), s, *find_family(shipped(), "laminar-lumbar")).blocked == Urgency::SpecialistFirst);
    CHECK(safety_rules(shipped(), s, *find_family(shipped(), "erector-lumbar")).blocked == Urgency::SpecialistFirst);
    CHECK(safety_rules(shipped(), s, *find_family(shipped(), "glute-max")).blocked == Urgency::None);
    set_applies(s, "spine-condition", false);
    CHECK(safety_rules(shipped(), s, *find_family(shipped(), "laminar-lumbar")).blocked == Urgency::None);
}

TEST_CASE("screening answers survive a save and load; bad saved text asks again") {
    Screening s;
    s.answered = true;
    set_applies(s, "osteoporosis", true);
    set_applies(s, "pregnancy", true);
    const auto back = screening_from_json(screening_to_json(s), shipped());
    REQUIRE(back);
    CHECK(back->answered);
    CHECK(back->yes == s.yes);
    CHECK_FALSE(screening_from_json("{oops", shipped()));
    CHECK_FALSE(screening_from_json(R"({"version": 2, "answered": true, "yes": []})", shipped()));
    CHECK_FALSE(screening_from_json(R"({"version": 1, "answered": "yes", "yes": []})", shipped()));
    const auto dropped = screening_from_json(R"({"version": 1, "answered": true, "yes": ["retired-id", "dvt", "chest-pain"]})", shipped());
    REQUIRE(dropped);
    CHECK(dropped->yes == std::vector<std::string>{"dvt", "chest-pain"});  // red flags are kept too
}

TEST_CASE("the hold timer counts down, ends, and cues slow breathing") {
    HoldTimer t;
    start_hold(t, "ql-left", 30, 100.0);
    CHECK(t.phase == HoldPhase::Running);
    CHECK(seconds_left(t, 110.0) == Approx(20.0));
    CHECK(progress(t, 115.0) == Approx(0.5));
    CHECK(breath_cue(t, 101.0).breathing_in);
    CHECK_FALSE(breath_cue(t, 106.0).breathing_in);
    CHECK(breath_cue(t, 111.0).breathing_in);  // the cycle repeats every 10 seconds
    CHECK_FALSE(update_hold(t, 129.9));
    CHECK(update_hold(t, 130.0));
    CHECK(t.phase == HoldPhase::Done);
    CHECK(progress(t, 140.0) == Approx(1.0));
    cancel_hold(t);
    CHECK(t.phase == HoldPhase::Idle);
}
