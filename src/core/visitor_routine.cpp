// The visitor's routine actions (visitor.h, "the routine"): routine.h's state machine fed with
// the visitor's answers, limits and history, stored like the progress so a reload resumes it.
#include <algorithm>

#include "guide.h"
#include "json_check.h"
#include "progress_document.h"
#include "visitor.h"
#include "visitor_parts.h"

namespace knotmap {

namespace {

using detail::bump;

constexpr const char* kRoutineKey = "knotmap-routine";
constexpr const char* kCuesKey = "knotmap-cues";
constexpr long long kStoreEveryMs = 5000;  // while it runs: how stale "when it was left" can be

// The stored routine carries when it was stored, so a reload knows when the page was last alive.
void store_routine(Visitor& v) {
    if (!v.storage) return;
    if (!v.routine || v.routine->phase == RoutinePhase::Done) {
        v.storage->remove(kRoutineKey);
        return;
    }
    v.routine->saved_at = v.clock.now_ms;
    v.storage->write(kRoutineKey, routine_to_json(*v.routine));  // kept in memory if refused, like the progress
}

// The position a spot is held in: the one last logged there, else the wall, where the answers allow.
Position routine_position(const Visitor& v, const Guide& guide) {
    if (v.progress) {
        const std::vector<Session>& log = v.progress->sessions();
        for (auto it = log.rbegin(); it != log.rend(); ++it) {
            if (it->zone != guide.zone->id || it->position.empty()) continue;
            for (Position p : guide.positions)
                if (it->position == position_id(p)) return p;
            break;
        }
    }
    return std::find(guide.positions.begin(), guide.positions.end(), Position::Wall) != guide.positions.end()
               ? Position::Wall
               : guide.positions.front();
}

// Which spot each cue of one step is about: a rest's is the next spot, a hold's the one held.
void queue_cues(Visitor& v, const std::vector<RoutineCue>& cues, size_t index_before, RoutinePhase phase_before) {
    size_t index = index_before;
    bool after_rest = phase_before == RoutinePhase::Rest;
    bool ended_hold = false;
    for (RoutineCue cue : cues) {
        if (cue == RoutineCue::HoldStart && after_rest) {
            ++index;
            after_rest = false;
        }
        if (cue == RoutineCue::HoldEnd) {
            ended_hold = true;
            continue;  // told together with what follows it: the rest, or the end
        }
        v.pending_cues.push_back({cue, cue == RoutineCue::RestStart ? index + 1 : index, ended_hold, false});
        if (cue == RoutineCue::RestStart) after_rest = true;
        ended_hold = false;
    }
    // Coming back after a while (a hidden page), the cues missed are not played one after another.
    if (v.pending_cues.size() > 1) v.pending_cues.erase(v.pending_cues.begin(), v.pending_cues.end() - 1);
}

void after_step(Visitor& v, const std::vector<RoutineCue>& cues, size_t index_before, RoutinePhase phase_before) {
    queue_cues(v, cues, index_before, phase_before);
    store_routine(v);
    bump(v, kRoutine);
}

void store_cues(Visitor& v) {
    if (!v.storage) return;
    const CueSettings& c = v.cues;
    v.storage->write(kCuesKey, std::string("{\"sound\":") + (c.sound ? "true" : "false") + ",\"vibrate\":" +
                                   (c.vibrate ? "true" : "false") + ",\"speech\":" + (c.speech ? "true" : "false") + "}");
}

bool* cue_setting(CueSettings& c, const std::string& which) {
    if (which == "sound") return &c.sound;
    if (which == "vibrate") return &c.vibrate;
    if (which == "speech") return &c.speech;
    return nullptr;
}

}  // namespace

std::vector<std::string> routine_zones(const Visitor& v) {
    if (!v.map.marked.empty() || !v.progress) return v.map.marked;
    std::vector<std::string> zones;
    for (const TodayItem& item : plan_today(v.progress->sessions(), v.map.marked, v.clock).items) zones.push_back(item.zone);
    return zones;
}

std::vector<RoutineSpot> routine_spots(const Visitor& v, const Model& m, const std::vector<std::string>& zones, std::string& error) {
    std::vector<RoutineSpot> spots;
    if (!v.screening.answered) error = "answer the safety check first: it decides what is safe for you (open any spot on the map)";
    if (zones.empty()) error = "no spots: mark the spots that hurt first";
    for (const std::string& id : zones) {
        if (!error.empty()) return spots;
        const Zone* zone = find_zone(m.geometry, id);
        if (!zone) error = "unknown zone '" + id + "'";
        else if (zone->kind != ZoneKind::Muscle) error = "'" + id + "' is an area to keep the ball off: a routine works muscles only";
        else if (build_guide(m.content, m.geometry, v.screening, *zone).positions.empty())
            error = "your answers rule out a ball on '" + id + "': see its safety advice";
    }
    if (!error.empty()) return spots;
    for (const std::string& id : routine_order(m.geometry, zones)) {
        const Guide guide = build_guide(m.content, m.geometry, v.screening, *find_zone(m.geometry, id));
        const int hold = hold_allowed(v, guide);
        if (hold <= 0) continue;  // blocked (an added other side), or its limit for this visit is used up
        RoutineSpot spot;
        spot.zone = id;
        spot.position = routine_position(v, guide);
        spot.hold_sec = hold;
        if (!guide.balls.empty()) spot.ball = guide.balls.front().ball->id;
        spots.push_back(std::move(spot));
    }
    if (spots.empty()) error = "these spots have had all the time that is safe for this visit: try again tomorrow";
    return spots;
}

std::string begin_routine(Visitor& v, const Model& m, const std::vector<std::string>& zones) {
    std::string error;
    std::vector<RoutineSpot> spots = routine_spots(v, m, zones, error);
    if (!error.empty()) return error;
    if (v.hold.phase == HoldPhase::Running) stop_hold(v);
    v.routine = start_routine(std::move(spots), v.clock.now_ms);
    v.pending_cues.clear();
    v.routine_second = -1;
    run_routine(v);  // its first cue: the first hold starts
    bump(v, kRoutine | kHold);
    return "";
}

bool run_routine(Visitor& v) {
    if (!v.routine) return false;
    Routine& r = *v.routine;
    const size_t index = r.index;
    const RoutinePhase phase = r.phase;
    const std::vector<RoutineCue> cues = advance_routine(r, v.clock.now_ms);
    if (!cues.empty()) {
        after_step(v, cues, index, phase);
        return true;
    }
    const int second = static_cast<int>(routine_seconds_left(r, v.clock.now_ms) + 0.999);
    if (second == v.routine_second) return false;
    v.routine_second = second;
    if (!r.paused && v.clock.now_ms - r.saved_at >= kStoreEveryMs) store_routine(v);
    bump(v, kRoutine);  // the countdown's text in the page
    return true;
}

void pause_routine(Visitor& v) {
    if (!v.routine) return;
    pause_routine(*v.routine, v.clock.now_ms);
    store_routine(v);
    bump(v, kRoutine);
}

void resume_routine(Visitor& v) {
    if (!v.routine) return;
    resume_routine(*v.routine, v.clock.now_ms);
    store_routine(v);
    bump(v, kRoutine);
}

void skip_routine_spot(Visitor& v) {
    if (!v.routine) return;
    const size_t index = v.routine->index;
    const RoutinePhase phase = v.routine->phase;
    after_step(v, skip_spot(*v.routine, v.clock.now_ms), index, phase);
}

void stop_routine(Visitor& v) {
    if (!v.routine) return;
    stop_routine(*v.routine, v.clock.now_ms);
    store_routine(v);
    bump(v, kRoutine);
}

bool rate_routine_spot(Visitor& v, size_t spot, int before, int after) {
    if (!v.routine || !rate_spot(*v.routine, spot, before, after)) return false;
    store_routine(v);
    bump(v, kRoutine);
    return true;
}

std::string finish_routine(Visitor& v, const Model& m) {
    load_progress(v, m);
    if (!v.routine || v.routine->phase != RoutinePhase::Rate) return "there is no routine to rate";
    if (!v.progress) return "Knotmap hasn't finished starting";
    Routine finished = *v.routine;
    const std::vector<Session> sessions = finish_routine(finished);
    for (const Session& s : sessions)
        if (std::string error = validate_session(s, known_ids(m)); !error.empty()) return error;  // nothing logged
    for (const Session& s : sessions) {
        v.progress->log(s);
        detail::add_held(v, s.zone, s.duration_sec);
        v.just_logged.push_back(s);
    }
    v.routine_logged = sessions;
    v.routine = std::move(finished);
    v.feedback = sessions.empty() ? "Nothing was held long enough to log."
                 : v.progress->notice() == StoreNotice::None
                     ? "Saved " + std::to_string(sessions.size()) + (sessions.size() == 1 ? " session" : " sessions") + " on this device."
                     : "Sessions kept for this visit.";
    store_routine(v);  // done: removed
    bump(v, kRoutine | kProgress | kHold);
    return "";
}

void close_routine(Visitor& v) {
    if (!v.routine) return;
    v.routine.reset();
    v.pending_cues.clear();
    store_routine(v);
    bump(v, kRoutine | kHold);
}

bool set_cue(Visitor& v, const std::string& which, bool on) {
    bool* setting = cue_setting(v.cues, which);
    if (!setting) return false;
    *setting = on;
    store_cues(v);
    bump(v, kRoutine);
    return true;
}

void store_routine_now(Visitor& v) {
    if (v.routine && !v.routine->paused) store_routine(v);
}

std::vector<PendingCue> take_cues(Visitor& v) {
    std::vector<PendingCue> out;
    out.swap(v.pending_cues);
    return out;
}

std::vector<Session> take_routine_logged(Visitor& v) {
    std::vector<Session> out;
    out.swap(v.routine_logged);
    return out;
}

namespace detail {

// Called by attach_storage: the cue settings, and a routine left mid-way resumes where it was, paused
// at the moment the page was last alive (the visitor starts it again with a tap: sound needs one).
void restore_routine(Visitor& v, const Model& m) {
    std::string saved;
    if (v.storage->read(kCuesKey, saved) == StorageResult::Ok) {
        Json doc;
        ErrorList ignored("cues");
        if (parse_json_value(saved, doc, ignored) && doc.is_object())
            for (const char* which : {"sound", "vibrate", "speech"})
                if (doc.contains(which) && doc[which].is_boolean()) *cue_setting(v.cues, which) = doc[which].get<bool>();
    }
    if (v.storage->read(kRoutineKey, saved) != StorageResult::Ok || saved.empty()) return;
    Routine r;
    bool known = routine_from_json(saved, r);
    for (const RoutineSpot& s : r.spots) known = known && find_zone(m.geometry, s.zone);
    if (!known) {
        v.storage->remove(kRoutineKey);
        v.feedback = "The routine in progress couldn't be read, so it was cleared; your sessions are safe.";
        bump(v, kProgress);
        return;
    }
    if (r.phase == RoutinePhase::Done) return;
    const long long left_at = std::min<long long>(r.saved_at, v.clock.now_ms);
    advance_routine(r, left_at);
    pause_routine(r, left_at);
    v.routine = std::move(r);
    bump(v, kRoutine | kHold);
}

}  // namespace detail

}  // namespace knotmap
