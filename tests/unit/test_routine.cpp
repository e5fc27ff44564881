// The routine (routine.h) as a state machine: the order of the spots, both sides, the cues of
// each hold and rest, skip, pause, stop, the ratings and the sessions logged, and storage.
#include <catch2/catch.hpp>

#include "routine.h"
#include "test_files.h"

using namespace knotmap;

namespace {

const MapGeometry& geometry() { return test::shipped_assets().geometry; }

RoutineSpot spot(const std::string& zone, int hold_sec, const std::string& ball = "tennis-ball") {
    RoutineSpot s;
    s.zone = zone;
    s.hold_sec = hold_sec;
    s.ball = ball;
    return s;
}

constexpr int64_t kStart = 1'700'000'000'000;

}  // namespace

TEST_CASE("a routine takes both sides of each spot, top to bottom, the left first, and drops unknown ids") {
    const std::vector<std::string> order = routine_order(geometry(), {"glute-med-right", "nope", "upper-trap-left", "ql-left", "ql-left"});
    CHECK(order == std::vector<std::string>{"upper-trap-left", "upper-trap-right", "ql-left", "ql-right", "glute-med-left", "glute-med-right"});
    CHECK(routine_order(geometry(), {}).empty());
}

TEST_CASE("each hold cues its start, halfway point and end; a rest follows with the next spot; the last hold leads to rating") {
    Routine r = start_routine({spot("ql-left", 30), spot("ql-right", 20)}, kStart);
    CHECK(advance_routine(r, kStart) == std::vector<RoutineCue>{RoutineCue::HoldStart});
    CHECK(advance_routine(r, kStart + 14'000).empty());
    CHECK(advance_routine(r, kStart + 15'000) == std::vector<RoutineCue>{RoutineCue::Halfway});
    CHECK(routine_seconds_left(r, kStart + 20'000) == Approx(10));
    CHECK(advance_routine(r, kStart + 30'000) == std::vector<RoutineCue>{RoutineCue::HoldEnd, RoutineCue::RestStart});
    CHECK(r.phase == RoutinePhase::Rest);
    CHECK(r.index == 0);
    CHECK(routine_seconds_left(r, kStart + 32'000) == Approx(kRoutineRestSec - 2));
    // A phone left alone: one late update passes the rest, the second hold's start and its middle.
    CHECK(advance_routine(r, kStart + 30'000 + kRoutineRestSec * 1000 + 12'000) ==
          std::vector<RoutineCue>{RoutineCue::HoldStart, RoutineCue::Halfway});
    CHECK(r.index == 1);
    CHECK(r.spots[1].started_at == kStart + 30'000 + kRoutineRestSec * 1000);  // when it began, not when seen
    CHECK(advance_routine(r, kStart + 100'000) == std::vector<RoutineCue>{RoutineCue::HoldEnd, RoutineCue::Finished});
    CHECK(r.phase == RoutinePhase::Rate);
    CHECK(rate_spot(r, 0, 6, 3));
    CHECK(rate_spot(r, 1, 5, -1));
    CHECK_FALSE(rate_spot(r, 1, 11, 2));
    CHECK_FALSE(rate_spot(r, 2, 1, 1));
    const std::vector<Session> logged = finish_routine(r);
    CHECK(r.phase == RoutinePhase::Done);
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].zone == "ql-left");
    CHECK(logged[0].started_at == kStart);
    CHECK(logged[0].duration_sec == 30);
    CHECK(logged[0].ball == "tennis-ball");
    CHECK(logged[0].pain_before == 6);
    CHECK(logged[0].pain_after == 3);
    CHECK(logged[1].duration_sec == 20);
    CHECK(logged[1].pain_after == -1);
    CHECK(finish_routine(r).empty());  // logged once
}

TEST_CASE("a pause holds the clock; skip ends a hold early and keeps its seconds, or ends a rest; stop goes to rating") {
    Routine r = start_routine({spot("upper-trap-left", 30), spot("upper-trap-right", 30), spot("ql-left", 30)}, kStart);
    advance_routine(r, kStart);
    pause_routine(r, kStart + 10'000);
    CHECK(advance_routine(r, kStart + 500'000).empty());  // nothing moves while paused
    CHECK(routine_seconds_left(r, kStart + 500'000) == Approx(20));
    resume_routine(r, kStart + 500'000);
    CHECK(routine_seconds_left(r, kStart + 505'000) == Approx(15));
    // Skipped 12 s into the hold (10 before the pause, 2 after): it counts as 12 s held.
    CHECK(skip_spot(r, kStart + 502'000) == std::vector<RoutineCue>{RoutineCue::HoldEnd, RoutineCue::RestStart});
    CHECK(r.spots[0].held_sec == 12);
    // Skipping the rest starts the next hold now.
    CHECK(skip_spot(r, kStart + 503'000) == std::vector<RoutineCue>{RoutineCue::HoldStart});
    CHECK(r.index == 1);
    CHECK(r.spots[1].started_at == kStart + 503'000);
    stop_routine(r, kStart + 508'000);
    CHECK(r.phase == RoutinePhase::Rate);
    CHECK(r.spots[1].held_sec == 5);
    CHECK_FALSE(rate_spot(r, 2, 4, 2));  // never reached
    const std::vector<Session> logged = finish_routine(r);
    REQUIRE(logged.size() == 2);
    CHECK(logged[1].zone == "upper-trap-right");
    CHECK(logged[1].duration_sec == 5);
}

TEST_CASE("a routine survives a reload from storage and goes on where it was; anything else stored is refused") {
    Routine r = start_routine({spot("ql-left", 30), spot("ql-right", 30)}, kStart);
    advance_routine(r, kStart + 16'000);  // past the halfway cue
    Routine back;
    REQUIRE(routine_from_json(routine_to_json(r), back));
    CHECK(back.index == r.index);
    CHECK(back.phase == r.phase);
    CHECK(back.phase_started == r.phase_started);
    CHECK(back.cued_bits == r.cued_bits);
    REQUIRE(back.spots.size() == 2);
    CHECK(back.spots[0].zone == "ql-left");
    CHECK(back.spots[0].started_at == kStart);
    // After the reload, no cue is given twice: the next is the hold's end.
    CHECK(advance_routine(back, kStart + 30'000) == std::vector<RoutineCue>{RoutineCue::HoldEnd, RoutineCue::RestStart});
    Routine untouched;
    CHECK_FALSE(routine_from_json("{", untouched));
    CHECK_FALSE(routine_from_json(R"({"format":"knotmap-routine","version":2})", untouched));
    std::string bad = routine_to_json(r);
    bad.replace(bad.find("\"holdSec\":30"), 12, "\"holdSec\":9000");
    CHECK_FALSE(routine_from_json(bad, untouched));
    CHECK(untouched.spots.empty());
}
