// The routine as the visitor runs it (visitor.h, "the routine"; routine_view.h): what it takes and
// refuses, the positions and limits the answers set, the cues, storage and resuming after a
// reload, the sessions logged at the end, and "what helped" (what_helped.h).
#include <catch2/catch.hpp>

#include "home_view.h"
#include "page_api.h"
#include "routine_view.h"
#include "test_files.h"
#include "visitor.h"
#include "what_helped.h"

using namespace knotmap;

namespace {

const Model& model() { return test::shipped_model(); }

constexpr long long kNow = 1'700'000'000'000;

struct Fixture {
    MemoryStorage storage;
    Visitor v;
    explicit Fixture(bool answered = true) {
        set_time(v, 100, LocalClock{kNow, 60});
        attach_storage(v, model(), storage);
        load_progress(v, model());
        if (answered) confirm_screening(v, model());
    }
    void at(long long ms) { set_time(v, 100 + static_cast<double>(ms - kNow) / 1000, LocalClock{ms, 60}); }
};

Session logged(const std::string& zone, long long at, const std::string& position, const std::string& ball, int before, int after) {
    Session s;
    s.zone = zone;
    s.started_at = at;
    s.duration_sec = 30;
    s.position = position;
    s.ball = ball;
    s.pain_before = before;
    s.pain_after = after;
    return s;
}

}  // namespace

TEST_CASE("a routine needs the safety check, and refuses unknown ids, avoid areas and zones the answers block") {
    Fixture unanswered(false);
    CHECK(begin_routine(unanswered.v, model(), {"ql-left"}).find("safety check") != std::string::npos);
    Fixture f;
    CHECK(begin_routine(f.v, model(), {}) == "no spots: mark the spots that hurt first");
    CHECK(begin_routine(f.v, model(), {"ql-left", "nowhere"}) == "unknown zone 'nowhere'");
    CHECK(begin_routine(f.v, model(), {"avoid-spine"}).find("keep the ball off") != std::string::npos);
    CHECK_FALSE(f.v.routine);
    Fixture flagged;
    REQUIRE(set_screening(flagged.v, model(), R"({"yes": ["saddle-numbness"]})").empty());
    CHECK(begin_routine(flagged.v, model(), {"ql-left"}).find("rule out") != std::string::npos);
    CHECK_FALSE(flagged.v.routine);
}

TEST_CASE("a routine takes both sides top to bottom, each in its last logged position or the wall, within the limits") {
    Fixture f;
    f.v.progress->log(logged("ql-right", kNow - 86'400'000, "floor", "tennis-ball", 5, 3));
    const unsigned before = f.v.revision.routine;
    REQUIRE(begin_routine(f.v, model(), {"ql-right", "upper-trap-left"}).empty());
    CHECK(f.v.revision.routine > before);
    const Routine& r = *f.v.routine;
    REQUIRE(r.spots.size() == 4);
    CHECK(r.spots[0].zone == "upper-trap-left");
    CHECK(r.spots[1].zone == "upper-trap-right");
    CHECK(r.spots[2].zone == "ql-left");
    CHECK(r.spots[3].zone == "ql-right");
    CHECK(r.spots[0].position == Position::Wall);
    CHECK(r.spots[3].position == Position::Floor);  // chosen last time there
    CHECK(r.spots[2].position == Position::Wall);
    for (const RoutineSpot& s : r.spots) CHECK(s.hold_sec == model().content.dose.hold_seconds);
    // The first hold's cue is queued at once.
    const std::vector<PendingCue> cues = take_cues(f.v);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].cue == RoutineCue::HoldStart);
    const Json api = routine_api_json(f.v);
    CHECK(api["phase"] == "hold");
    CHECK(api["index"] == 0);
    CHECK(api["spots"][3]["position"] == "floor");
    CHECK(api["spots"][0]["holdSec"] == model().content.dose.hold_seconds);
}

TEST_CASE("a routine keeps to the answers: pregnancy never puts a spot on the floor, a gentle answer shortens the hold") {
    Fixture f;
    answer_question(f.v, model(), "pregnancy", true);
    answer_question(f.v, model(), "osteoporosis", true);
    confirm_screening(f.v, model());
    f.v.progress->log(logged("glute-max-left", kNow - 86'400'000, "floor", "", 5, 3));
    REQUIRE(begin_routine(f.v, model(), {"glute-max-left"}).empty());
    for (const RoutineSpot& s : f.v.routine->spots) {
        CHECK(s.position != Position::Floor);
        CHECK(s.hold_sec == model().content.dose.gentle_hold_seconds);
    }
}

TEST_CASE("a spot's limit for the visit counts the routine's holds") {
    Fixture f;
    const int limit = model().content.dose.max_per_spot_seconds, hold = model().content.dose.hold_seconds;
    for (int round = 0; round * hold < limit; ++round) {
        REQUIRE(begin_routine(f.v, model(), {"ql-left"}).empty());
        stop_routine(f.v);  // nothing held: nothing counts
        f.v.routine.reset();
        REQUIRE(begin_routine(f.v, model(), {"ql-left"}).empty());
        f.at(f.v.clock.now_ms + 200'000);
        run_routine(f.v);
        REQUIRE(finish_routine(f.v, model()).empty());
        close_routine(f.v);
    }
    CHECK(begin_routine(f.v, model(), {"ql-left"}).find("all the time that is safe") != std::string::npos);
}

TEST_CASE("the routine's cues: start, halfway, then the end of the hold with the next spot said; the end asks to rate") {
    Fixture f;
    REQUIRE(begin_routine(f.v, model(), {"ql-left"}).empty());
    take_cues(f.v);
    const int hold = model().content.dose.hold_seconds;
    f.at(kNow + hold * 500);
    run_routine(f.v);
    std::vector<PendingCue> cues = take_cues(f.v);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].cue == RoutineCue::Halfway);
    Json cue = cue_json(model(), f.v, cues[0]);
    CHECK(cue["tone"] == "half");
    CHECK(cue["say"] == std::to_string(hold - hold / 2) + " seconds left.");
    f.at(kNow + hold * 1000);
    run_routine(f.v);
    cues = take_cues(f.v);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].cue == RoutineCue::RestStart);
    CHECK(cues[0].spot == 1);
    cue = cue_json(model(), f.v, cues[0]);
    CHECK(cue["tone"] == "end");
    CHECK(cue["say"].get<std::string>().rfind("Switch sides. Next: ", 0) == 0);
    CHECK(cue["say"].get<std::string>().find("against the wall") != std::string::npos);
    // Turned off, a cue keeps only what is on; the choice is stored.
    set_cue(f.v, "sound", false);
    set_cue(f.v, "speech", false);
    CHECK_FALSE(set_cue(f.v, "lights", true));
    cue = cue_json(model(), f.v, cues[0]);
    CHECK(cue["tone"].is_null());
    CHECK(cue["say"] == "");
    CHECK(cue["vibrate"].is_array());
    CHECK(f.storage.data["knotmap-cues"] == R"({"sound":false,"vibrate":true,"speech":false})");
    // Left alone for minutes (a hidden page): only the latest cue plays.
    f.at(kNow + 600'000);
    run_routine(f.v);
    cues = take_cues(f.v);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].cue == RoutineCue::Finished);
    CHECK(std::string(routine_view(model(), f.v).phase) == "rate");
}

TEST_CASE("the routine's card: the spot, its position, a countdown, what is next; announcements only at phase changes") {
    Fixture f;
    REQUIRE(begin_routine(f.v, model(), {"ql-left"}).empty());
    RoutineView view = routine_view(model(), f.v);
    CHECK(view.shown);
    CHECK(view.title == "Routine: spot 1 of 2");
    CHECK(view.position == "Against the wall");
    CHECK(view.seconds_left == model().content.dose.hold_seconds);
    CHECK(view.next.rfind("Next: ", 0) == 0);
    CHECK(view.keep_awake);
    const std::string announce = view.announce;
    f.at(kNow + 3'000);
    CHECK(run_routine(f.v));  // a new second: the countdown's text changed
    view = routine_view(model(), f.v);
    CHECK(view.seconds_left == model().content.dose.hold_seconds - 3);
    CHECK(view.announce == announce);  // not every second
    pause_routine(f.v);
    view = routine_view(model(), f.v);
    CHECK(view.paused);
    CHECK(view.pause_label == "Resume");
    CHECK_FALSE(view.keep_awake);
    f.at(kNow + 60'000);
    run_routine(f.v);
    CHECK(routine_view(model(), f.v).seconds_left == model().content.dose.hold_seconds - 3);  // paused: time stands
    resume_routine(f.v);
    skip_routine_spot(f.v);
    view = routine_view(model(), f.v);
    CHECK(std::string(view.phase) == "rest");
    CHECK(view.title == "Routine: spot 2 of 2");
    CHECK(view.status == "Rest, then switch sides");
}

TEST_CASE("a reload mid-routine resumes at its spot, paused where the page was last alive; unreadable ones are cleared") {
    Fixture f;
    REQUIRE(begin_routine(f.v, model(), {"ql-left"}).empty());
    f.at(kNow + 6'000);
    run_routine(f.v);  // stored: more than 5 seconds since the last time
    REQUIRE(f.storage.data.count("knotmap-routine"));
    Visitor again;
    set_time(again, 5, LocalClock{kNow + 3'600'000, 60});  // an hour later
    attach_storage(again, model(), f.storage);
    REQUIRE(again.routine);
    CHECK(again.routine->paused);
    CHECK(again.routine->index == 0);
    CHECK(std::string(routine_view(model(), again).phase) == "hold");
    CHECK(routine_view(model(), again).seconds_left == model().content.dose.hold_seconds - 6);
    // Hidden, then closed: the moment it was hidden is kept.
    f.at(kNow + 9'000);
    store_routine_now(f.v);
    Visitor third;
    set_time(third, 5, LocalClock{kNow + 3'600'000, 60});
    attach_storage(third, model(), f.storage);
    CHECK(routine_view(model(), third).seconds_left == model().content.dose.hold_seconds - 9);

    MemoryStorage broken;
    broken.data["knotmap-routine"] = R"({"format":"knotmap-routine","version":1})";
    Visitor fourth;
    attach_storage(fourth, model(), broken);
    CHECK_FALSE(fourth.routine);
    CHECK(fourth.feedback.find("couldn't be read") != std::string::npos);
    CHECK_FALSE(broken.data.count("knotmap-routine"));
}

TEST_CASE("rating once at the end logs every spot held, with its position, start and length, and tells the host") {
    Fixture f;
    REQUIRE(begin_routine(f.v, model(), {"ql-left"}).empty());
    const int hold = model().content.dose.hold_seconds;
    CHECK(finish_routine(f.v, model()) == "there is no routine to rate");
    f.at(kNow + (hold + kRoutineRestSec + 10) * 1000LL);
    run_routine(f.v);
    stop_routine(f.v);  // 10 seconds into the second spot
    RoutineView view = routine_view(model(), f.v);
    CHECK(std::string(view.phase) == "rate");
    REQUIRE(view.rates.size() == 2);
    CHECK(rate_routine_spot(f.v, 0, 7, 4));
    CHECK_FALSE(rate_routine_spot(f.v, 0, 12, 4));
    CHECK(finish_routine(f.v, model()).empty());
    const std::vector<Session>& log = f.v.progress->sessions();
    REQUIRE(log.size() == 2);
    CHECK(log[0].zone == "ql-left");
    CHECK(log[0].started_at == kNow);
    CHECK(log[0].duration_sec == hold);
    CHECK(log[0].position == "wall");
    CHECK(log[0].pain_before == 7);
    CHECK(log[0].pain_after == 4);
    CHECK(log[1].zone == "ql-right");
    CHECK(log[1].started_at == kNow + (hold + kRoutineRestSec) * 1000LL);
    CHECK(log[1].duration_sec == 10);
    CHECK(take_routine_logged(f.v).size() == 2);
    CHECK(take_logged(f.v).size() == 2);
    CHECK(std::string(routine_view(model(), f.v).phase) == "done");
    CHECK_FALSE(f.storage.data.count("knotmap-routine"));
    close_routine(f.v);
    CHECK_FALSE(f.v.routine);
}

TEST_CASE("the home panel's start button: the marked spots with their count and time, or the safety check first") {
    Fixture unanswered(false);
    mark(unanswered.v, model(), "ql-left", true);
    RoutineStart start = home_view(model(), unanswered.v).routine;
    CHECK(start.shown);
    CHECK(start.needs_screening);
    Fixture f;
    CHECK_FALSE(home_view(model(), f.v).routine.shown);  // nothing marked, nothing planned
    mark(f.v, model(), "ql-left", true);
    start = home_view(model(), f.v).routine;
    CHECK(start.shown);
    CHECK_FALSE(start.needs_screening);
    CHECK(start.label == "Start my routine: 2 spots, about 1 minute");
    CHECK(start.zones == std::vector<std::string>{"ql-left"});
}

TEST_CASE("the page API: knotmap.routine() and knotmap.startRoutine()") {
    Fixture f;
    Layout layout;
    const PageCall call{model(), f.v, layout, 1};
    CHECK(call_page_api(call, "routine", "[]") == "null");
    CHECK(call_page_api(call, "startRoutine", R"(["ql-left"])") == R"({"error":"expected a list of zone ids, such as [\"ql-left\"]","ok":false})");
    CHECK(call_page_api(call, "startRoutine", R"([["ql-left", 7]])") == R"({"error":"unknown zone '7'","ok":false})");
    CHECK(call_page_api(call, "startRoutine", R"([["glute-med-right"]])") == R"({"ok":true})");
    const Json routine = Json::parse(call_page_api(call, "routine", "[]"));
    CHECK(routine["phase"] == "hold");
    CHECK(routine["spots"].size() == 2);
    CHECK(routine["spots"][0]["zone"] == "glute-med-left");
}

TEST_CASE("what helped: the average change by ball and by position, with the sessions behind it, nothing from one or two") {
    std::vector<Session> log;
    const long long day = 86'400'000;
    for (int i = 0; i < 3; ++i) log.push_back(logged("ql-left", kNow + i * day, "wall", "lacrosse-ball", 6, 3));
    log.push_back(logged("ql-left", kNow + 3 * day, "floor", "tennis-ball", 6, 5));
    log.push_back(logged("ql-left", kNow + 4 * day, "floor", "tennis-ball", 6, -1));  // no after score: not counted
    log.push_back(logged("ql-right", kNow + 4 * day, "floor", "tennis-ball", 9, 0));   // another zone
    const WhatHelped helped = what_helped(log, "ql-left", model().content);
    REQUIRE(helped.balls.size() == 2);
    CHECK(helped.balls[0].id == "lacrosse-ball");
    CHECK(helped.balls[0].enough);
    CHECK(helped.balls[0].change == Approx(-3));
    CHECK(helped.balls[0].text == "3.0 points easier on average (3 sessions)");
    CHECK(helped.balls[1].id == "tennis-ball");
    CHECK_FALSE(helped.balls[1].enough);
    CHECK(helped.balls[1].text == "1 session: too few to tell yet");
    REQUIRE(helped.positions.size() == 2);
    CHECK(helped.positions[0].label == "Wall");
    const Json json = what_helped_json(helped);
    CHECK(json["balls"][1]["change"].is_null());
    CHECK(json["balls"][0]["sessions"] == 3);
    CHECK(what_helped({}, "ql-left", model().content).intro.find("Rate your soreness") == 0);
}

TEST_CASE("a single guided hold cues its start, halfway point and end too, with the same switches") {
    Fixture f;
    select(f.v, model(), "ql-left");
    REQUIRE(start_hold(f.v, model()));
    std::vector<PendingCue> cues = take_cues(f.v);
    REQUIRE(cues.size() == 1);
    CHECK(cues[0].single);
    Json cue = cue_json(model(), f.v, cues[0]);
    CHECK(cue["tone"] == "start");
    CHECK(cue["say"].get<std::string>().find("Hold for") != std::string::npos);
    CHECK(routine_view(model(), f.v).keep_awake);
    const int hold = f.v.hold.duration;
    set_time(f.v, 100 + hold / 2.0, f.v.clock);
    CHECK_FALSE(tick(f.v));
    cues = take_cues(f.v);
    REQUIRE(cues.size() == 1);
    CHECK(cue_json(model(), f.v, cues[0])["tone"] == "half");
    CHECK_FALSE(tick(f.v));
    CHECK(take_cues(f.v).empty());  // once
    set_time(f.v, 100 + hold, f.v.clock);
    CHECK(tick(f.v));
    cues = take_cues(f.v);
    REQUIRE(cues.size() == 1);
    set_cue(f.v, "vibrate", false);
    cue = cue_json(model(), f.v, cues[0]);
    CHECK(cue["tone"] == "end");
    CHECK(cue["vibrate"].is_null());
    CHECK(cue["say"] == "Time's up. Ease off the ball slowly.");
    CHECK_FALSE(routine_view(model(), f.v).keep_awake);
}
