// Every action on the visitor's state (src/core/visitor.h): what it changes, which parts of the
// page it marks changed, and what it refuses.
#include <catch2/catch.hpp>

#include "guide.h"
#include "page_view.h"
#include "test_files.h"
#include "visitor.h"

using namespace knotmap;

namespace {

const Model& model() { return test::shipped_model(); }

// A visitor with storage attached and the log read, at a fixed time.
struct Fixture {
    MemoryStorage storage;
    Visitor v;
    explicit Fixture(bool answered = true) {
        set_time(v, 100, LocalClock{1'700'000'000'000, 60});
        attach_storage(v, model(), storage);
        load_progress(v, model());
        if (answered) confirm_screening(v, model());
    }
};

}  // namespace

TEST_CASE("select: a known zone or none; an unknown id changes nothing") {
    Fixture f;
    const Revisions before = f.v.revision;
    CHECK(select(f.v, model(), "ql-left"));
    CHECK(f.v.map.selected == "ql-left");
    CHECK(f.v.revision.all > before.all);
    CHECK(f.v.revision.selection > before.selection);
    CHECK(f.v.revision.guide > before.guide);
    CHECK(f.v.draft.zone == "ql-left");
    CHECK(f.v.draft.pain_before == -1);  // never preset
    CHECK(f.v.draft.ball == "medicine-ball");  // the guide's first ball for the QL
    const Revisions selected = f.v.revision;
    CHECK_FALSE(select(f.v, model(), "no-such-zone"));
    CHECK(f.v.map.selected == "ql-left");
    CHECK(f.v.revision.all == selected.all);
    CHECK(select(f.v, model(), "ql-left"));  // again: nothing changes
    CHECK(f.v.revision.all == selected.all);
    CHECK(select(f.v, model(), ""));
    CHECK(f.v.map.selected.empty());
}

TEST_CASE("tap_zone: selects, toggles a mark in marking mode") {
    Fixture f;
    tap_zone(f.v, model(), "ql-left");
    CHECK(f.v.map.selected == "ql-left");
    CHECK(f.v.map.marked.empty());
    set_marking(f.v, true);
    CHECK(f.v.map.marking);
    const unsigned marks = f.v.revision.marks;
    tap_zone(f.v, model(), "glute-med-right");
    CHECK(f.v.map.marked == std::vector<std::string>{"glute-med-right"});
    CHECK(f.v.revision.marks > marks);
    tap_zone(f.v, model(), "glute-med-right");
    CHECK(f.v.map.marked.empty());  // a second tap unmarks
    tap_zone(f.v, model(), "");
    CHECK(f.v.map.selected.empty());  // outside every zone: deselects
    set_marking(f.v, false);
    CHECK_FALSE(f.v.map.marking);
}

TEST_CASE("mark: muscles only, each change a revision of the marks") {
    Fixture f;
    CHECK(mark(f.v, model(), "ql-left", true));
    CHECK(mark(f.v, model(), "ql-left", true));  // twice: still one mark
    CHECK(f.v.map.marked == std::vector<std::string>{"ql-left"});
    CHECK_FALSE(mark(f.v, model(), "avoid-spine", true));  // bone
    CHECK_FALSE(mark(f.v, model(), "nope", true));
    CHECK(mark(f.v, model(), "ql-left", false));
    CHECK(f.v.map.marked.empty());
}

TEST_CASE("the screening: questions one by one, confirmed, set from the page, reopened; stored on the device") {
    Fixture f(false);
    CHECK_FALSE(f.v.screening.answered);
    CHECK(answer_question(f.v, model(), "pregnancy", true));
    CHECK_FALSE(answer_question(f.v, model(), "not-a-question", true));
    CHECK(f.v.screening.yes == std::vector<std::string>{"pregnancy"});
    confirm_screening(f.v, model());
    CHECK(f.v.screening.answered);
    CHECK(f.storage.data.count("knotmap-screening"));
    edit_screening(f.v);
    CHECK(f.v.screening.editing);
    CHECK(set_screening(f.v, model(), R"({"yes": ["osteoporosis"]})").empty());
    CHECK_FALSE(f.v.screening.editing);
    CHECK(f.v.screening.yes == std::vector<std::string>{"osteoporosis"});
    const std::string error = set_screening(f.v, model(), R"({"yes": ["nope"]})");
    CHECK(error.find("unknown question 'nope'") != std::string::npos);
    CHECK(f.v.screening.yes == std::vector<std::string>{"osteoporosis"});  // nothing changed
    CHECK_FALSE(set_screening(f.v, model(), "[1]").empty());

    // A new visit restores the answers; a malformed copy asks again.
    Visitor again;
    attach_storage(again, model(), f.storage);
    CHECK(again.screening.answered);
    f.storage.data["knotmap-screening"] = "{broken";
    Visitor broken;
    attach_storage(broken, model(), f.storage);
    CHECK_FALSE(broken.screening.answered);
}

TEST_CASE("the hold: on the selected muscle once the screening is answered; stops, counts rolls, ends") {
    Fixture unanswered(false);
    select(unanswered.v, model(), "ql-left");
    CHECK_FALSE(start_hold(unanswered.v, model()));
    Fixture f;
    CHECK_FALSE(start_hold(f.v, model()));  // nothing selected
    select(f.v, model(), "avoid-spine");
    CHECK_FALSE(start_hold(f.v, model()));  // bone
    select(f.v, model(), "ql-left");
    set_draft_pain(f.v, true, 6);
    CHECK(start_hold(f.v, model()));
    CHECK(f.v.hold.phase == HoldPhase::Running);
    CHECK(f.v.draft.pain_before == 6);  // asked before the hold, kept
    CHECK(f.v.draft.pain_after == -1);
    count_roll(f.v);
    CHECK(f.v.hold.rolls == 1);
    CHECK_FALSE(tick(f.v));  // not yet
    set_time(f.v, 100 + model().content.dose.hold_seconds, f.v.clock);
    CHECK(tick(f.v));
    CHECK(f.v.hold.phase == HoldPhase::Done);
    stop_hold(f.v);
    CHECK(f.v.hold.phase == HoldPhase::Idle);
}

TEST_CASE("a session logged after a hold starts when the hold started, with only the scores chosen") {
    Fixture f;
    select(f.v, model(), "ql-left");
    const long long hold_start = f.v.clock.now_ms;
    start_hold(f.v, model());
    set_time(f.v, 100 + 30, LocalClock{hold_start + 95'000, 60});  // saved a minute after it ended
    tick(f.v);
    const LogFormView form = log_form_view(model(), f.v);
    REQUIRE(form.shown);
    CHECK_FALSE(form.by_hand);
    REQUIRE(form.scores.size() == 1);
    CHECK(form.scores[0].name == "after");
    CHECK(form.scores[0].value == -1);
    CHECK(form.durations.empty());
    CHECK(save_draft(f.v, model()).empty());
    REQUIRE(f.v.progress->sessions().size() == 1);
    const Session& s = f.v.progress->sessions().front();
    CHECK(s.started_at / 1000 == hold_start / 1000);
    CHECK(s.duration_sec == model().content.dose.hold_seconds);
    CHECK(s.pain_before == -1);
    CHECK(s.pain_after == -1);
    CHECK(s.ball == "medicine-ball");
    CHECK(f.v.draft.saved);
    CHECK_FALSE(log_form_view(model(), f.v).shown);
    CHECK(take_logged(f.v).size() == 1);
    CHECK(take_logged(f.v).empty());
}

TEST_CASE("a session logged by hand: 2 minutes unless changed, no preset scores, ended when saved") {
    Fixture f;
    CHECK_FALSE(open_log_form(f.v, model()));  // nothing selected
    select(f.v, model(), "glute-med-right");
    CHECK(open_log_form(f.v, model()));
    LogFormView form = log_form_view(model(), f.v);
    REQUIRE(form.shown);
    CHECK(form.by_hand);
    CHECK(form.duration_sec == kByHandDefaultDuration);
    CHECK(form.durations.size() == 5);
    CHECK(form.scores.size() == 2);
    CHECK(form.scores[0].value == -1);
    CHECK(form.scores[1].value == -1);
    CHECK(form.note_limit == kMaxNoteLength);
    CHECK(form.balls.back().id.empty());  // "Another or not sure"
    CHECK_FALSE(set_draft_duration(f.v, 42));
    CHECK(set_draft_duration(f.v, 300));
    CHECK_FALSE(set_draft_pain(f.v, true, 11));
    CHECK(set_draft_pain(f.v, true, 7));
    CHECK(set_draft_pain(f.v, false, 3));
    CHECK_FALSE(set_draft_ball(f.v, model(), "bowling-ball"));
    CHECK(set_draft_ball(f.v, model(), ""));
    set_draft_note(f.v, std::string(150, 'a'));
    CHECK(f.v.draft.note.size() == static_cast<size_t>(kMaxNoteLength));
    close_log_form(f.v);
    CHECK_FALSE(log_form_view(model(), f.v).shown);
    open_log_form(f.v, model());  // opened again: a fresh draft
    CHECK(f.v.draft.pain_before == -1);
    set_draft_duration(f.v, 300);
    set_draft_pain(f.v, true, 7);
    CHECK(save_draft(f.v, model()).empty());
    const Session& s = f.v.progress->sessions().back();
    CHECK(s.duration_sec == 300);
    CHECK(s.started_at == f.v.clock.now_ms - 300'000);
    CHECK(s.pain_before == 7);
    CHECK(s.pain_after == -1);
    CHECK_FALSE(log_form_view(model(), f.v).shown);
}

TEST_CASE("log_session (the page API): validated, ended now; refused before the log is read") {
    Visitor early;
    Session s;
    s.zone = "ql-left";
    s.duration_sec = 60;
    CHECK(log_session(early, model(), s) == "Knotmap hasn't finished starting");
    Fixture f;
    CHECK(log_session(f.v, model(), s).empty());
    CHECK(f.v.progress->sessions().back().started_at == f.v.clock.now_ms - 60'000);
    s.zone = "avoid-spine";
    CHECK_FALSE(log_session(f.v, model(), s).empty());
    CHECK(f.v.progress->sessions().size() == 1);
}

TEST_CASE("import, another tab's change and deleting everything") {
    Fixture f;
    Session s;
    s.zone = "ql-left";
    s.duration_sec = 60;
    log_session(f.v, model(), s);
    const std::string exported = f.v.progress->export_text();
    const ImportOutcome bad = import_progress(f.v, model(), "{not json");
    CHECK_FALSE(bad.ok);
    CHECK(f.v.feedback == bad.error);
    const ImportOutcome same = import_progress(f.v, model(), exported);
    CHECK(same.ok);
    CHECK(same.added == 0);
    CHECK(f.v.feedback == "Imported 0 new sessions.");

    // Another tab wrote a second session into the same storage.
    Fixture other;
    other.storage.data = f.storage.data;
    s.duration_sec = 90;
    other.v.progress.reset();
    other.v.progress_pending = true;
    load_progress(other.v, model());
    log_session(other.v, model(), s);
    f.storage.data = other.storage.data;
    const unsigned progress = f.v.revision.progress;
    storage_changed(f.v, model());
    CHECK(f.v.progress->sessions().size() == 2);
    CHECK(f.v.revision.progress > progress);

    mark(f.v, model(), "ql-left", true);
    delete_everything(f.v, model());
    CHECK(f.v.progress->sessions().empty());
    CHECK(f.v.map.marked.empty());
    CHECK_FALSE(f.v.screening.answered);
    CHECK(f.storage.data.empty());
    CHECK(f.v.feedback == "All your Knotmap data on this device was deleted.");
}

TEST_CASE("progress off: nothing is read or logged, and the hold offers no form") {
    Model m = model();
    m.options.progress = false;
    MemoryStorage storage;
    Visitor v;
    attach_storage(v, m, storage);
    CHECK_FALSE(load_progress(v, m));
    CHECK_FALSE(shows_progress(m, v));
    confirm_screening(v, m);
    select(v, m, "ql-left");
    CHECK_FALSE(hold_view(m, v).log);
    CHECK_FALSE(open_log_form(v, m));
}

TEST_CASE("the hold never runs past a spot's limit, and the answers set both") {
    Fixture f;
    const Model& m = model();
    double now = 100;
    const auto advance = [&](double seconds) {
        now += seconds;
        set_time(f.v, now, LocalClock{1'700'000'000'000, 60});
        tick(f.v);
    };
    REQUIRE(select(f.v, m, "glute-med-left"));
    const Dose& d = m.content.dose;
    int held = 0, holds = 0;
    while (start_hold(f.v, m)) {
        CHECK(f.v.hold.duration <= d.hold_seconds);
        held += f.v.hold.duration;
        advance(f.v.hold.duration + 1);
        REQUIRE(++holds < 10);
    }
    CHECK(held == d.max_per_spot_seconds);
    CHECK(hold_allowed(f.v, m, *find_zone(m.geometry, "glute-med-left")) == 0);
    CHECK(hold_view(m, f.v).start_label.empty());
    // Another spot still has its own time; a gentle answer shortens the hold and the limit.
    REQUIRE(select(f.v, m, "glute-med-right"));
    REQUIRE(set_screening(f.v, m, R"({"yes": ["osteoporosis"]})").empty());
    REQUIRE(start_hold(f.v, m));
    CHECK(f.v.hold.duration == d.gentle_hold_seconds);
    // Stopped early, the time held counts.
    advance(5);
    stop_hold(f.v);
    REQUIRE(start_hold(f.v, m));
    CHECK(f.v.hold.duration == std::min(d.gentle_hold_seconds, d.gentle_max_per_spot_seconds - 5));
}

TEST_CASE("a red flag or a doctor-first answer: no hold at all") {
    Fixture f;
    const Model& m = model();
    REQUIRE(select(f.v, m, "glute-med-left"));
    REQUIRE(set_screening(f.v, m, R"({"yes": ["chest-pain"]})").empty());
    CHECK_FALSE(start_hold(f.v, m));
    CHECK_FALSE(hold_view(m, f.v).shown);
    REQUIRE(set_screening(f.v, m, R"({"yes": ["dvt"]})").empty());
    CHECK_FALSE(start_hold(f.v, m));
    REQUIRE(set_screening(f.v, m, R"({"yes": []})").empty());
    CHECK(start_hold(f.v, m));
}

TEST_CASE("coming back to a zone after a finished hold shows a fresh hold card") {
    Fixture f;
    const Model& m = model();
    REQUIRE(select(f.v, m, "glute-med-left"));
    REQUIRE(start_hold(f.v, m));
    set_time(f.v, 100 + f.v.hold.duration + 1, LocalClock{1'700'000'000'000, 60});
    REQUIRE(tick(f.v));
    CHECK(std::string(hold_view(m, f.v).phase) == "done");
    REQUIRE(select(f.v, m, "ql-left"));
    REQUIRE(select(f.v, m, "glute-med-left"));
    CHECK(std::string(hold_view(m, f.v).phase) == "idle");
    CHECK_FALSE(hold_view(m, f.v).here);
}

TEST_CASE("marks and the selection come back after a reload; the embed's zone wins over the stored one") {
    MemoryStorage storage;
    {
        Visitor v;
        set_time(v, 100, LocalClock{1'700'000'000'000, 60});
        attach_storage(v, model(), storage);
        load_progress(v, model());
        CHECK(mark(v, model(), "ql-left", true));
        CHECK(mark(v, model(), "glute-max-right", true));
        CHECK(mark(v, model(), "laminar-lumbar-left", true));
        CHECK(mark(v, model(), "glute-max-right", false));
        CHECK_FALSE(mark(v, model(), "avoid-spine", true));
        select(v, model(), "glute-med-left");
    }
    Visitor again;
    set_time(again, 100, LocalClock{1'700'000'000'500, 60});
    attach_storage(again, model(), storage);
    CHECK(again.map.selected == "glute-med-left");
    load_progress(again, model());
    CHECK(again.map.marked == std::vector<std::string>{"ql-left", "laminar-lumbar-left"});  // in the order marked

    Model embedded = model();
    embedded.options.zone = "ql-right";
    Visitor third;
    third.map.selected = "ql-right";  // as app_start does with ?zone=
    attach_storage(third, embedded, storage);
    CHECK(third.map.selected == "ql-right");
}

TEST_CASE("a mark made before the log is read is kept when it is") {
    MemoryStorage storage;
    Visitor v;
    set_time(v, 100, LocalClock{1'700'000'000'000, 60});
    attach_storage(v, model(), storage);
    CHECK(mark(v, model(), "ql-left", true));
    load_progress(v, model());
    CHECK(v.map.marked == std::vector<std::string>{"ql-left"});
    CHECK(v.progress->marks().size() == 1);
}

TEST_CASE("two tabs: a mark in one and an unmark in the other both hold after they merge") {
    MemoryStorage storage;
    Visitor one, two;
    for (Visitor* v : {&one, &two}) {
        set_time(*v, 100, LocalClock{1'700'000'000'000, 60});
        attach_storage(*v, model(), storage);
        load_progress(*v, model());
    }
    mark(one, model(), "ql-left", true);
    storage_changed(two, model());
    CHECK(two.map.marked == std::vector<std::string>{"ql-left"});
    set_time(two, 101, LocalClock{1'700'000'001'000, 60});
    mark(two, model(), "ql-left", false);
    mark(two, model(), "ql-right", true);
    set_time(one, 102, LocalClock{1'700'000'002'000, 60});
    mark(one, model(), "glute-max-left", true);  // writes before it heard of tab two's change
    CHECK(one.map.marked == std::vector<std::string>{"ql-right", "glute-max-left"});
    storage_changed(two, model());
    CHECK(two.map.marked == one.map.marked);
}

TEST_CASE("export carries the marks, import merges them, delete everything forgets them") {
    Fixture f;
    mark(f.v, model(), "ql-left", true);
    const std::string exported = f.v.progress->export_text();
    CHECK(exported.find("\"marks\":[[\"ql-left\",1700000000000,1]]") != std::string::npos);
    delete_everything(f.v, model());
    CHECK(f.v.map.marked.empty());
    CHECK(f.v.progress->marks().empty());
    CHECK(f.storage.data.count(kMarksKey) == 0);
    CHECK(import_progress(f.v, model(), exported).ok);
    CHECK(f.v.map.marked == std::vector<std::string>{"ql-left"});
    CHECK(f.storage.data.count(kMarksKey) == 1);
}

TEST_CASE("the log form's ball is the guide's first for the visitor's answers") {
    Fixture f;
    select(f.v, model(), "ql-left");
    CHECK(f.v.draft.ball == "medicine-ball");
    REQUIRE(set_screening(f.v, model(), R"({"yes": ["osteoporosis"]})").empty());  // gentle: soft balls only
    select(f.v, model(), "ql-right");
    const Guide g = build_guide(model().content, model().geometry, f.v.screening, *find_zone(model().geometry, "ql-right"));
    REQUIRE_FALSE(g.balls.empty());
    CHECK(g.balls.front().ball->id != "medicine-ball");
    CHECK(f.v.draft.ball == g.balls.front().ball->id);
    REQUIRE(set_screening(f.v, model(), R"({"yes": ["chest-pain"]})").empty());  // blocked: no ball at all
    select(f.v, model(), "ql-left");
    CHECK(f.v.draft.ball.empty());
}
