#include "visitor.h"

#include <algorithm>
#include <cmath>

#include "guide.h"
#include "utf8_text.h"
#include "visitor_parts.h"
#include "words.h"

namespace knotmap {

namespace detail {

void bump(Visitor& v, unsigned parts) {
    Revisions& r = v.revision;
    ++r.all;
    if (parts & kSelection) ++r.selection;
    if (parts & kMarks) ++r.marks;
    if (parts & kGuide) ++r.guide;
    if (parts & kHold) ++r.hold;
    if (parts & kProgress) ++r.progress;
    if (parts & kRoutine) ++r.routine;
}

// A few zones a visit at most: a list costs less download than a map.
int seconds_held(const Visitor& v, const std::string& zone) {
    for (const auto& [id, seconds] : v.held_sec)
        if (id == zone) return seconds;
    return 0;
}

void add_held(Visitor& v, const std::string& zone, int seconds) {
    for (auto& [id, held] : v.held_sec)
        if (id == zone) {
            held += seconds;
            return;
        }
    v.held_sec.emplace_back(zone, seconds);
}

}  // namespace detail

namespace {

using detail::add_held;
using detail::bump;
using detail::seconds_held;

constexpr const char* kScreeningKey = "knotmap-screening";
// The zone last shown, so a reload comes back to it (a view, not progress: not exported or merged).
constexpr const char* kSelectionKey = "knotmap-selection";

void save_screening(Visitor& v) {
    if (!v.storage || (!v.screening.answered && v.screening.yes.empty())) return;  // nothing worth keeping
    v.storage->write(kScreeningKey, screening_to_json(v.screening));  // kept in memory if refused
}

const Zone* selected_muscle(const Visitor& v, const Model& m) {
    const Zone* zone = find_zone(m.geometry, v.map.selected);
    return zone && zone->kind == ZoneKind::Muscle ? zone : nullptr;
}

// The marks as stored: after a load, another tab's change or an import.
void marks_from_store(Visitor& v) {
    if (v.progress) v.map.marked = marked_zones(v.progress->marks());
}

// A fresh draft for a zone: no scores, the ball the guide recommends first for the visitor's
// answers (none when it recommends none). If the zone's hold has just finished, the draft is that
// hold's session.
void fresh_draft(Visitor& v, const Model& m, const Zone& zone) {
    const SessionDraft before = v.draft;
    v.draft = SessionDraft{};
    v.draft.zone = zone.id;
    const Guide guide = build_guide(m.content, m.geometry, v.screening, zone);
    if (!guide.balls.empty()) v.draft.ball = guide.balls.front().ball->id;
    if (!guide.positions.empty()) v.draft.position = position_id(shown_position(v, guide));
    if (v.hold.zone == zone.id && v.hold.phase != HoldPhase::Idle && before.zone == zone.id) v.draft = before;
}

}  // namespace

bool is_by_hand_duration(int seconds) {
    return std::find(std::begin(kByHandDurations), std::end(kByHandDurations), seconds) != std::end(kByHandDurations);
}

void set_time(Visitor& v, double now, const LocalClock& clock) {
    v.now = now;
    v.clock = clock;
}

bool shows_progress(const Model& m, const Visitor& v) { return m.options.progress && !m.options.compact && v.progress; }

void attach_storage(Visitor& v, const Model& m, KeyValueStorage& storage) {
    v.storage = &storage;
    v.progress_pending = m.options.progress;
    std::string saved;
    if (storage.read(kScreeningKey, saved) == StorageResult::Ok && !saved.empty())
        if (std::optional<Screening> s = screening_from_json(saved, m.content)) v.screening = *s;  // malformed: asked again
    // The zone shown before a reload, unless the embed asked for one (an unknown id: the whole back).
    if (v.map.selected.empty() && storage.read(kSelectionKey, saved) == StorageResult::Ok && !saved.empty())
        select(v, m, saved);
    detail::restore_routine(v, m);
    bump(v, kGuide | kHold);
}

bool load_progress(Visitor& v, const Model& m) {
    if (!v.progress_pending || !v.storage) return false;
    v.progress_pending = false;
    v.progress = std::make_unique<ProgressStore>(*v.storage, known_ids(m));
    v.progress->load(v.clock.now_ms);
    for (const std::string& zone : v.map.marked)  // marked before the log was read: kept
        v.progress->set_mark(zone, true, v.clock.now_ms);
    marks_from_store(v);
    bump(v, kProgress | kHold | kMarks);  // the hold's card now offers logging
    return true;
}

void storage_changed(Visitor& v, const Model& m) {
    if (load_progress(v, m)) return;  // just read: already up to date
    if (!v.progress) return;
    v.progress->reload_from_storage();
    marks_from_store(v);
    bump(v, kProgress | kMarks);
}

void delete_everything(Visitor& v, const Model& m) {
    load_progress(v, m);
    if (v.progress) v.progress->delete_all();
    v.screening = Screening{};
    v.map.marked.clear();
    v.draft = SessionDraft{};
    v.routine.reset();  // its key went with every other knotmap key
    v.cues = CueSettings{};
    if (const Zone* zone = selected_muscle(v, m)) fresh_draft(v, m, *zone);
    v.feedback = "All your Knotmap data on this device was deleted.";
    bump(v, kMarks | kGuide | kHold | kProgress | kRoutine);
}

MapZoom current_zoom(const Visitor& v, bool reduced_motion) {
    const double t = (v.now - v.zoom_start) / kZoomSeconds;
    if (reduced_motion || t >= 1) return v.zoom_to;
    if (t <= 0) return v.zoom_from;
    const float k = static_cast<float>(t * t * (3 - 2 * t));  // ease in and out
    MapZoom z;
    z.scale = v.zoom_from.scale + (v.zoom_to.scale - v.zoom_from.scale) * k;
    z.focus = {v.zoom_from.focus.x + (v.zoom_to.focus.x - v.zoom_from.focus.x) * k,
               v.zoom_from.focus.y + (v.zoom_to.focus.y - v.zoom_from.focus.y) * k};
    return z;
}

bool zoom_moving(const Visitor& v, bool reduced_motion) {
    return !reduced_motion && v.now - v.zoom_start < kZoomSeconds && !(v.zoom_from == v.zoom_to);
}

bool zoomed(const Visitor& v) { return v.zoom_to.scale > 1.0001f; }

void zoom_map(Visitor& v, const MapZoom& to) {
    if (v.zoom_to == to) return;
    v.zoom_from = current_zoom(v, false);
    if (v.zoom_from.scale <= 1.0001f) v.zoom_from.focus = to.focus;  // from the whole back: grow in place
    if (to.scale <= 1.0001f) {  // back to the whole back: shrink about where it was
        MapZoom whole = to;
        whole.focus = v.zoom_from.focus;
        v.zoom_to = whole;
    } else {
        v.zoom_to = to;
    }
    v.zoom_start = v.now;
    bump(v, kSelection);
}

void pictures_arrived(Visitor& v) { bump(v, kGuide); }

void set_zoom(Visitor& v, const MapZoom& to) {
    if (v.zoom_to == to && v.zoom_from == to) return;
    v.zoom_from = v.zoom_to = to;
    v.zoom_start = v.now - kZoomSeconds;
    bump(v, kSelection);
}

void finger_tap(Visitor& v, const Model& m, const FingerPick& pick, Vec2 tap, bool reduced_motion) {
    if (!pick.zone.empty() || !pick.zoom) tap_zone(v, m, pick.zone);
    if (pick.zoom) {
        const float scale = std::min(kMaxZoom, current_zoom(v, reduced_motion).scale * pick.zoom_scale);
        zoom_map(v, zoom_about(m.geometry.bounds, tap, scale));
    }
}

bool select(Visitor& v, const Model& m, const std::string& id) {
    if (!id.empty() && !find_zone(m.geometry, id)) return false;
    if (id.empty()) zoom_map(v, MapZoom{});  // "none" is the whole back again
    if (v.map.selected == id) return true;
    v.map.selected = id;
    if (v.storage) v.storage->write(kSelectionKey, id);  // refused: only the reload forgets it
    // A finished hold stays with its visit: coming back to the zone shows a fresh card.
    if (v.hold.phase == HoldPhase::Done) cancel_hold(v.hold);
    if (const Zone* zone = selected_muscle(v, m))
        if (v.draft.zone != zone->id) fresh_draft(v, m, *zone);
    bump(v, kSelection | kGuide | kHold);
    return true;
}

void tap_zone(Visitor& v, const Model& m, const std::string& hit) {
    const Zone* zone = find_zone(m.geometry, hit);
    select(v, m, zone ? zone->id : std::string());
    if (zone && v.map.marking && zone->kind == ZoneKind::Muscle) mark(v, m, zone->id, !is_marked(v.map, zone->id));
}

bool mark(Visitor& v, const Model& m, const std::string& id, bool sore) {
    const Zone* zone = find_zone(m.geometry, id);
    if (!zone || zone->kind != ZoneKind::Muscle) return false;
    if (is_marked(v.map, id) == sore) return true;
    set_marked(v.map, *zone, sore);  // not read yet: kept when it is
    if (v.progress) {
        v.progress->set_mark(id, sore, v.clock.now_ms);
        marks_from_store(v);  // with what other tabs marked meanwhile
    }
    bump(v, kMarks);
    return true;
}

void set_marking(Visitor& v, bool on) {
    v.map.marking = on;
    bump(v, kMarks);
}

bool answer_question(Visitor& v, const Model& m, const std::string& id, bool yes) {
    if (!find_caution(m.content, id)) return false;
    set_applies(v.screening, id, yes);
    save_screening(v);
    bump(v, kGuide);
    return true;
}

void confirm_screening(Visitor& v, const Model&) {
    v.screening.answered = true;
    v.screening.editing = false;
    save_screening(v);
    bump(v, kGuide | kHold);
}

std::string set_screening(Visitor& v, const Model& m, const std::string& answers_json) {
    std::string error;
    std::optional<Screening> s = screening_from_answers(answers_json, m.content, error);
    if (!s) return error;
    v.screening = *s;
    v.screening.editing = false;
    save_screening(v);
    bump(v, kGuide | kHold);
    return "";
}

void edit_screening(Visitor& v) {
    v.screening.editing = true;
    bump(v, kGuide | kHold);
}

bool choose_position(Visitor& v, const std::string& id) {
    for (Position p : kPositions)
        if (id == position_id(p)) {
            v.position = p;
            bump(v, kGuide);
            return true;
        }
    return false;
}

bool toggle_section(Visitor& v, const std::string& id) {
    const Section s = section_from_id(id);
    if (s == Section::None) return false;
    v.open_section = v.open_section == s ? Section::None : s;
    bump(v, kGuide | kHold | kProgress);  // the guide's rows, the hold (under the steps), the history
    return true;
}

Position shown_position(const Visitor& v, const Guide& guide) {
    if (guide.positions.empty()) return v.position;
    return std::find(guide.positions.begin(), guide.positions.end(), v.position) != guide.positions.end()
               ? v.position
               : guide.positions.front();
}

int hold_allowed(const Visitor& v, const Guide& g) {
    if (g.positions.empty() || !g.zone) return 0;  // blocked, or not a muscle
    const int left = g.dose.max_per_spot_sec - seconds_held(v, g.zone->id);
    return std::max(0, std::min(g.dose.hold_sec, left));
}

int hold_allowed(const Visitor& v, const Model& m, const Zone& zone) {
    return hold_allowed(v, build_guide(m.content, m.geometry, v.screening, zone));
}

bool start_hold(Visitor& v, const Model& m) {
    const Zone* zone = selected_muscle(v, m);
    if (!zone || !v.screening.answered || v.hold.phase == HoldPhase::Running) return false;
    const Guide guide = build_guide(m.content, m.geometry, v.screening, *zone);
    const int seconds = hold_allowed(v, guide);
    if (seconds <= 0 || v.routine) return false;  // one timer at a time
    start_hold(v.hold, zone->id, seconds, v.now);
    if (v.draft.zone != zone->id) fresh_draft(v, m, *zone);
    v.draft.position = position_id(shown_position(v, guide));
    v.draft.by_hand = false;
    v.draft.open = false;
    v.draft.saved = false;
    v.draft.duration_sec = seconds;
    v.draft.started_at = v.clock.now_ms;  // the session starts when the hold does
    v.hold_half_cued = false;
    v.pending_cues.push_back({RoutineCue::HoldStart, 0, false, true});
    v.draft.pain_after = -1;
    bump(v, kHold);
    return true;
}

void stop_hold(Visitor& v) {
    // Stopped early, the time held still counts towards the spot's limit.
    if (v.hold.phase == HoldPhase::Running)
        add_held(v, v.hold.zone, static_cast<int>(std::ceil(v.hold.duration - seconds_left(v.hold, v.now))));
    cancel_hold(v.hold);
    bump(v, kHold);
}

void count_roll(Visitor& v) {
    ++v.hold.rolls;
    bump(v, kHold);
}

bool tick(Visitor& v) {
    if (v.hold.phase == HoldPhase::Running && !v.hold_half_cued && seconds_left(v.hold, v.now) * 2 <= v.hold.duration) {
        v.hold_half_cued = true;
        v.pending_cues.push_back({RoutineCue::Halfway, 0, false, true});
    }
    if (!update_hold(v.hold, v.now)) return false;
    v.pending_cues.push_back({RoutineCue::HoldEnd, 0, true, true});
    add_held(v, v.hold.zone, v.hold.duration);
    bump(v, kHold);
    return true;
}

bool open_log_form(Visitor& v, const Model& m) {
    const Zone* zone = selected_muscle(v, m);
    if (!zone || !v.progress) return false;
    v.draft = SessionDraft{};
    fresh_draft(v, m, *zone);
    v.draft.by_hand = true;
    v.draft.open = true;
    v.draft.duration_sec = kByHandDefaultDuration;
    bump(v, kHold);
    return true;
}

void close_log_form(Visitor& v) {
    v.draft.open = false;
    bump(v, kHold);
}

bool set_draft_pain(Visitor& v, bool before, int score) {
    if (score < -1 || score > 10) return false;
    (before ? v.draft.pain_before : v.draft.pain_after) = score;
    bump(v, kHold);
    return true;
}

bool set_draft_ball(Visitor& v, const Model& m, const std::string& ball) {
    if (!ball.empty() && !find_ball(m.content, ball)) return false;
    v.draft.ball = ball;
    bump(v, kHold);
    return true;
}

bool set_draft_duration(Visitor& v, int seconds) {
    if (!is_by_hand_duration(seconds)) return false;
    v.draft.duration_sec = seconds;
    bump(v, kHold);
    return true;
}

void set_draft_note(Visitor& v, const std::string& note) {
    v.draft.note = utf8_prefix(note, kMaxNoteLength);  // cut on a character boundary, never inside one
    bump(v, kHold);
}

std::string save_draft(Visitor& v, const Model& m) {
    if (!v.progress) return "Knotmap hasn't finished starting";
    if (v.draft.zone.empty() || v.draft.duration_sec <= 0) return "there is no session to save: start a hold or log one by hand";
    Session s;
    s.zone = v.draft.zone;
    s.duration_sec = v.draft.duration_sec;
    // By hand, the session just ended; after a hold, it started with the hold.
    s.started_at = v.draft.by_hand ? v.clock.now_ms - static_cast<long long>(s.duration_sec) * 1000 : v.draft.started_at;
    s.ball = v.draft.ball;
    s.pain_before = v.draft.pain_before;
    s.pain_after = v.draft.pain_after;
    s.note = v.draft.note;
    s.position = v.draft.position;
    const std::string error = v.progress->log(s);
    v.feedback = error.empty() ? (v.progress->notice() == StoreNotice::None ? "Session saved on this device."
                                                                            : "Session kept for this visit.")
                               : words::kCouldntSave + error;
    if (error.empty()) {
        v.draft.saved = true;
        v.draft.open = false;
        v.just_logged.push_back(s);
    }
    (void)m;
    bump(v, error.empty() ? kHold | kProgress : kProgress);  // refused: the form stays as it is, with the reason
    return error;
}

std::string save_draft_without_scores(Visitor& v, const Model& m) {
    v.draft.pain_before = v.draft.pain_after = -1;
    return save_draft(v, m);
}

std::string log_session(Visitor& v, const Model& m, Session session) {
    load_progress(v, m);
    if (!v.progress) return "Knotmap hasn't finished starting";
    session.started_at = v.clock.now_ms - static_cast<long long>(std::max(0, session.duration_sec)) * 1000;  // it just ended
    const std::string error = v.progress->log(session);
    if (error.empty()) {
        v.just_logged.push_back(session);
        bump(v, kProgress);
    }
    return error;
}

ImportOutcome import_progress(Visitor& v, const Model& m, const std::string& text) {
    load_progress(v, m);
    if (!v.progress) return ImportOutcome{false, 0, "Knotmap hasn't finished starting"};
    ImportOutcome outcome = v.progress->import_text(text);
    v.feedback = outcome.ok ? "Imported " + std::to_string(outcome.added) + (outcome.added == 1 ? " new session." : " new sessions.")
                            : outcome.error;
    marks_from_store(v);
    bump(v, kProgress | kMarks);
    return outcome;
}

std::vector<Session> take_logged(Visitor& v) {
    std::vector<Session> out;
    out.swap(v.just_logged);
    return out;
}

}  // namespace knotmap
