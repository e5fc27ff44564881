#include "routine_view.h"

#include <cmath>

#include "guide.h"

namespace knotmap {

namespace {

const char* position_phrase(Position p) {
    switch (p) {
        case Position::Wall: return "against the wall";
        case Position::Floor: return "on the floor";
        case Position::Travel: return "in a chair";
    }
    return "";
}

std::string spot_name(const Model& m, const RoutineSpot& s) {
    const Zone* zone = find_zone(m.geometry, s.zone);
    return zone ? zone_short_name(m.content, *zone) : s.zone;
}

std::string spot_with_position(const Model& m, const RoutineSpot& s) { return spot_name(m, s) + ", " + position_phrase(s.position); }

// "Switch sides" when the next spot is the other side of the one just held.
bool switches_sides(const Model& m, const Routine& r, size_t next) {
    if (next == 0 || next >= r.spots.size()) return false;
    const Zone* a = find_zone(m.geometry, r.spots[next - 1].zone);
    const Zone* b = find_zone(m.geometry, r.spots[next].zone);
    return a && b && a->family == b->family && a->side != b->side;
}

std::string rest_words(const Model& m, const Routine& r, size_t next) {
    if (next >= r.spots.size()) return "";
    return std::string(switches_sides(m, r, next) ? "Switch sides. Next: " : "Rest. Next: ") + spot_with_position(m, r.spots[next]) + ".";
}

std::string seconds_words(int n) { return std::to_string(n) + (n == 1 ? " second" : " seconds"); }

Json switches_json(const std::vector<CueSwitch>& cues) {
    Json out = Json::array();
    for (const CueSwitch& c : cues) {
        Json item;
        put(item, "id", c.id);
        put(item, "label", c.label);
        put(item, "on", c.on);
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace

RoutineView routine_view(const Model& m, const Visitor& v) {
    RoutineView view;
    view.keep_awake = v.hold.phase == HoldPhase::Running;
    view.cues = {{"sound", "Tone", v.cues.sound, ""}, {"vibrate", "Vibrate", v.cues.vibrate, ""}, {"speech", "Spoken cues", v.cues.speech, ""}};
    for (CueSwitch& c : view.cues) c.button = c.label + (c.on ? ": on" : ": off");
    if (!v.routine) return view;
    const Routine& r = *v.routine;
    view.shown = true;
    view.phase = routine_phase_name(r.phase);
    view.paused = r.paused;
    const size_t count = r.spots.size();
    if (r.phase == RoutinePhase::Hold || r.phase == RoutinePhase::Rest) {
        const bool hold = r.phase == RoutinePhase::Hold;
        const size_t shown = hold ? r.index : r.index + 1;  // a rest shows the spot to get ready for
        const RoutineSpot& spot = r.spots[shown];
        view.title = "Routine: spot " + std::to_string(shown + 1) + " of " + std::to_string(count);
        view.spot = spot_name(m, spot);
        view.position = position_phrase(spot.position);
        view.position[0] = static_cast<char>(view.position[0] - 'a' + 'A');
        view.seconds_total = hold ? spot.hold_sec : kRoutineRestSec;
        view.seconds_left = static_cast<int>(std::ceil(routine_seconds_left(r, v.clock.now_ms)));
        view.count = std::to_string(view.seconds_left) + " s";
        view.status = r.paused ? "Paused" : hold ? "Hold and breathe slowly" : switches_sides(m, r, shown) ? "Rest, then switch sides" : "Rest, then move the ball";
        view.next = hold ? (shown + 1 < count ? "Next: " + spot_with_position(m, r.spots[shown + 1]) : "Last spot") : "Hold: " + seconds_words(spot.hold_sec);
        view.pause_label = r.paused ? "Resume" : "Pause";
        view.skip_label = hold ? "Skip this spot" : "Start now";
        view.announce = r.paused ? "Routine paused." : hold ? "Hold: " + spot_with_position(m, spot) + ", " + seconds_words(spot.hold_sec) + "."
                                                            : rest_words(m, r, shown);
        view.keep_awake = !r.paused;
    } else if (r.phase == RoutinePhase::Rate) {
        view.title = "How do they feel?";
        view.rate_intro = "Rate each spot before and now, or leave a score out. Saving logs every spot at once.";
        for (size_t i = 0; i < count; ++i) {
            const RoutineSpot& s = r.spots[i];
            if (s.started_at == 0 || s.held_sec < 1) continue;
            view.rates.push_back({i, spot_with_position(m, s) + ", " + seconds_words(s.held_sec),
                                  ScoreQuestion{"before", "Before", s.pain_before}, ScoreQuestion{"after", "Now", s.pain_after}});
        }
        if (view.rates.empty()) view.rate_intro = "No spot was held long enough to log.";
        view.announce = "Routine finished. Rate each spot.";
    } else {
        view.title = "Routine done";
        view.done_text = v.feedback;
        view.announce = v.feedback;
    }
    return view;
}

Json routine_view_json(const RoutineView& r) {
    Json out;
    put(out, "shown", r.shown);
    put(out, "phase", r.phase);
    put(out, "title", r.title);
    put(out, "spot", r.spot);
    put(out, "position", r.position);
    put(out, "secondsLeft", r.seconds_left);
    put(out, "secondsTotal", r.seconds_total);
    put(out, "count", r.count);
    put(out, "status", r.status);
    put(out, "next", r.next);
    put(out, "paused", r.paused);
    put(out, "pauseLabel", r.pause_label);
    put(out, "skipLabel", r.skip_label);
    put(out, "stopLabel", r.stop_label);
    put(out, "announce", r.announce);
    put(out, "cuesTitle", r.cues_title);
    put(out, "cues", switches_json(r.cues));
    put(out, "rateIntro", r.rate_intro);
    Json rates = Json::array();
    for (const RateRow& row : r.rates) {
        Json item;
        put(item, "spot", row.spot);
        put(item, "name", row.name);
        put(item, "before", score_json(row.before));
        put(item, "after", score_json(row.after));
        rates.push_back(std::move(item));
    }
    put(out, "rates", std::move(rates));
    put(out, "saveLabel", r.save_label);
    put(out, "doneText", r.done_text);
    put(out, "closeLabel", r.close_label);
    put(out, "keepAwake", r.keep_awake);
    return out;
}

Json routine_api_json(const Visitor& v) {
    if (!v.routine) return nullptr;
    const Routine& r = *v.routine;
    Json spots = Json::array();
    for (const RoutineSpot& s : r.spots) {
        Json item;
        put(item, "zone", s.zone);
        put(item, "position", position_id(s.position));
        put(item, "holdSec", s.hold_sec);
        spots.push_back(std::move(item));
    }
    Json out;
    put(out, "spots", std::move(spots));
    put(out, "index", r.index);
    put(out, "phase", routine_phase_name(r.phase));
    put(out, "paused", r.paused);
    return out;
}

Json cue_json(const Model& m, const Visitor& v, const PendingCue& cue) {
    const char* tone = nullptr;
    Json vibrate = Json::array();
    std::string say;
    const Routine* r = v.routine && !cue.single ? &*v.routine : nullptr;
    const RoutineSpot* spot = r && cue.spot < r->spots.size() ? &r->spots[cue.spot] : nullptr;
    RoutineSpot held;  // the single guided hold, said the same way
    if (cue.single) {
        held.zone = v.hold.zone;
        held.hold_sec = v.hold.duration;
        for (Position p : kPositions)
            if (v.draft.position == position_id(p)) held.position = p;
        spot = &held;
    }
    switch (cue.cue) {
        case RoutineCue::HoldStart:
            tone = "start";
            vibrate = {150};
            if (spot) say = spot_with_position(m, *spot) + ". Hold for " + seconds_words(spot->hold_sec) + ".";
            break;
        case RoutineCue::Halfway:
            tone = "half";
            vibrate = {80};
            if (spot) say = seconds_words(spot->hold_sec - spot->hold_sec / 2) + " left.";
            break;
        case RoutineCue::RestStart:
        case RoutineCue::HoldEnd:
            tone = "end";
            vibrate = {150, 100, 150};
            if (r) say = rest_words(m, *r, cue.spot);
            if (cue.single) say = "Time's up. Ease off the ball slowly.";
            break;
        case RoutineCue::Finished:
            tone = "end";
            vibrate = {300};
            say = "That's the routine. Rate how each spot feels.";
            break;
    }
    Json out;
    put(out, "tone", v.cues.sound ? Json(tone) : Json(nullptr));
    put(out, "vibrate", v.cues.vibrate ? vibrate : Json(nullptr));
    put(out, "say", v.cues.speech ? say : std::string());
    return out;
}

RoutineStart routine_start(const Model& m, const Visitor& v) {
    RoutineStart start;
    if (v.routine || !v.progress) return start;
    start.zones = routine_zones(v);
    if (start.zones.empty()) return start;
    start.shown = true;
    start.note = "Hands-free: a tone, a buzz and a voice tell you when to start, switch and stop, so you can close your eyes.";
    if (!v.screening.answered) {
        start.needs_screening = true;
        start.label = "Start my routine: safety check first";
        return start;
    }
    std::string error;
    const std::vector<RoutineSpot> spots = routine_spots(v, m, start.zones, error);
    if (!error.empty()) {
        start.shown = false;  // nothing it could run now (its reasons show on each spot)
        return start;
    }
    int seconds = static_cast<int>(spots.size() - 1) * kRoutineRestSec;
    for (const RoutineSpot& s : spots) seconds += s.hold_sec;
    const int minutes = std::max(1, (seconds + 30) / 60);
    start.label = "Start my routine: " + std::to_string(spots.size()) + " spots, about " + std::to_string(minutes) +
                  (minutes == 1 ? " minute" : " minutes");
    return start;
}

Json routine_start_json(const RoutineStart& start) {
    if (!start.shown) return nullptr;
    Json out;
    put(out, "label", start.label);
    put(out, "note", start.note);
    put(out, "needsScreening", start.needs_screening);
    put(out, "zones", start.zones);
    return out;
}

}  // namespace knotmap
