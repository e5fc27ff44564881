#include "routine.h"

#include <algorithm>
#include <cstdint>

#include "guide.h"
#include "json_check.h"
#include "small_sort.h"

namespace knotmap {

namespace {

constexpr unsigned kStartCued = 1, kHalfCued = 2;
constexpr int kVersion = 1;

int64_t hold_ms(const Routine& r) { return static_cast<int64_t>(r.spots[r.index].hold_sec) * 1000; }

void end_hold(Routine& r, int64_t at, int held_sec, std::vector<RoutineCue>& cues) {
    r.spots[r.index].held_sec = held_sec;
    cues.push_back(RoutineCue::HoldEnd);
    r.phase_started = at;
    if (r.index + 1 < r.spots.size()) {
        r.phase = RoutinePhase::Rest;
        cues.push_back(RoutineCue::RestStart);
    } else {
        r.phase = RoutinePhase::Rate;
        cues.push_back(RoutineCue::Finished);
    }
}

void begin_hold(Routine& r, int64_t at) {
    ++r.index;
    r.phase = RoutinePhase::Hold;
    r.phase_started = at;
    r.spots[r.index].started_at = at;
    r.cued_bits = 0;
}

}  // namespace

const char* routine_phase_name(RoutinePhase phase) {
    switch (phase) {
        case RoutinePhase::Hold: return "hold";
        case RoutinePhase::Rest: return "rest";
        case RoutinePhase::Rate: return "rate";
        case RoutinePhase::Done: return "done";
    }
    return "done";
}

std::vector<std::string> routine_order(const MapGeometry& geometry, const std::vector<std::string>& zones) {
    std::vector<const Zone*> picked;
    const auto add = [&](const Zone* z) {
        if (z && std::find(picked.begin(), picked.end(), z) == picked.end()) picked.push_back(z);
    };
    for (const std::string& id : zones) {
        const Zone* zone = find_zone(geometry, id);
        if (!zone) continue;
        add(zone);
        if (zone->side == Side::None) continue;
        for (const Zone& other : geometry.zones)
            if (other.family == zone->family && other.side != zone->side && other.side != Side::None) add(&other);
    }
    small_stable_sort(picked, [](const Zone* a, const Zone* b) {
        if (a->center.y != b->center.y) return a->center.y < b->center.y;
        return a->side == Side::Left && b->side != Side::Left;
    });
    std::vector<std::string> out;
    for (const Zone* z : picked) out.push_back(z->id);
    return out;
}

Routine start_routine(std::vector<RoutineSpot> spots, int64_t now_ms) {
    Routine r;
    r.spots = std::move(spots);
    if (r.spots.empty()) {
        r.phase = RoutinePhase::Done;
        return r;
    }
    r.phase_started = now_ms;
    r.spots[0].started_at = now_ms;
    return r;
}

std::vector<RoutineCue> advance_routine(Routine& r, int64_t now_ms) {
    std::vector<RoutineCue> cues;
    while (!r.paused) {
        if (r.phase == RoutinePhase::Hold) {
            if (!(r.cued_bits & kStartCued)) {
                r.cued_bits |= kStartCued;
                cues.push_back(RoutineCue::HoldStart);
            }
            const int64_t end = r.phase_started + hold_ms(r);
            if (!(r.cued_bits & kHalfCued) && now_ms >= r.phase_started + hold_ms(r) / 2) {
                r.cued_bits |= kHalfCued;
                cues.push_back(RoutineCue::Halfway);
            }
            if (now_ms < end) break;
            end_hold(r, end, r.spots[r.index].hold_sec, cues);
        } else if (r.phase == RoutinePhase::Rest) {
            const int64_t end = r.phase_started + kRoutineRestSec * 1000;
            if (now_ms < end) break;
            begin_hold(r, end);
        } else {
            break;
        }
    }
    return cues;
}

void pause_routine(Routine& r, int64_t now_ms) {
    if (r.paused || (r.phase != RoutinePhase::Hold && r.phase != RoutinePhase::Rest)) return;
    r.paused = true;
    r.paused_at = now_ms;
}

void resume_routine(Routine& r, int64_t now_ms) {
    if (!r.paused) return;
    r.phase_started += std::max<int64_t>(0, now_ms - r.paused_at);
    r.paused = false;
}

std::vector<RoutineCue> skip_spot(Routine& r, int64_t now_ms) {
    resume_routine(r, now_ms);
    std::vector<RoutineCue> cues = advance_routine(r, now_ms);
    if (r.phase == RoutinePhase::Hold) {
        const int held = static_cast<int>(std::clamp<int64_t>((now_ms - r.phase_started) / 1000, 0, r.spots[r.index].hold_sec));
        end_hold(r, now_ms, held, cues);
    } else if (r.phase == RoutinePhase::Rest) {
        begin_hold(r, now_ms);
        const std::vector<RoutineCue> more = advance_routine(r, now_ms);
        cues.insert(cues.end(), more.begin(), more.end());
    }
    return cues;
}

void stop_routine(Routine& r, int64_t now_ms) {
    if (r.phase != RoutinePhase::Hold && r.phase != RoutinePhase::Rest) return;
    const int64_t at = r.paused ? r.paused_at : now_ms;
    if (r.phase == RoutinePhase::Hold)
        r.spots[r.index].held_sec = static_cast<int>(std::clamp<int64_t>((at - r.phase_started) / 1000, 0, r.spots[r.index].hold_sec));
    r.paused = false;
    r.phase = RoutinePhase::Rate;
    r.phase_started = now_ms;
}

bool rate_spot(Routine& r, size_t spot, int before, int after) {
    const auto valid = [](int v) { return v >= -1 && v <= 10; };
    if (r.phase != RoutinePhase::Rate || spot >= r.spots.size() || r.spots[spot].started_at == 0 || !valid(before) || !valid(after)) return false;
    r.spots[spot].pain_before = before;
    r.spots[spot].pain_after = after;
    return true;
}

std::vector<Session> finish_routine(Routine& r) {
    std::vector<Session> sessions;
    if (r.phase != RoutinePhase::Rate) return sessions;
    r.phase = RoutinePhase::Done;
    for (const RoutineSpot& s : r.spots) {
        if (s.started_at == 0 || s.held_sec < 1) continue;
        Session session;
        session.started_at = s.started_at;
        session.zone = s.zone;
        session.duration_sec = s.held_sec;
        session.ball = s.ball;
        session.pain_before = s.pain_before;
        session.pain_after = s.pain_after;
        session.position = position_id(s.position);
        sessions.push_back(std::move(session));
    }
    return sessions;
}

double routine_seconds_left(const Routine& r, int64_t now_ms) {
    if (r.phase != RoutinePhase::Hold && r.phase != RoutinePhase::Rest) return 0;
    const int64_t length = r.phase == RoutinePhase::Hold ? hold_ms(r) : kRoutineRestSec * 1000;
    const int64_t at = r.paused ? r.paused_at : now_ms;
    return std::max<double>(0, static_cast<double>(r.phase_started + length - at) / 1000.0);
}

std::string routine_to_json(const Routine& r) {
    Json spots = Json::array();
    for (const RoutineSpot& s : r.spots) {
        Json item;
        put(item, "zone", s.zone);
        put(item, "position", position_key(s.position));
        put(item, "holdSec", s.hold_sec);
        put(item, "ball", s.ball);
        put(item, "startedAt", s.started_at);
        put(item, "heldSec", s.held_sec);
        put(item, "painBefore", s.pain_before);
        put(item, "painAfter", s.pain_after);
        spots.push_back(std::move(item));
    }
    Json out;
    put(out, "format", "knotmap-routine");
    put(out, "version", kVersion);
    put(out, "index", r.index);
    put(out, "phase", routine_phase_name(r.phase));
    put(out, "phaseStarted", r.phase_started);
    put(out, "paused", r.paused);
    put(out, "pausedAt", r.paused_at);
    put(out, "cued", r.cued_bits);
    put(out, "savedAt", r.saved_at);
    put(out, "spots", std::move(spots));
    return out.dump();
}

bool routine_from_json(const std::string& text, Routine& out) {
    Json doc;
    ErrorList errors("knotmap-routine");
    if (!parse_json(text, doc, errors) || doc.value("format", "") != "knotmap-routine" || doc.value("version", 0) != kVersion) return false;
    const auto number = [&](const Json& o, const char* key, int64_t lo, int64_t hi, int64_t& v) {
        const auto it = o.find(key);
        if (it == o.end() || !it->is_number_integer()) return false;
        v = it->get<int64_t>();
        return v >= lo && v <= hi;
    };
    Routine r;
    const auto spots = doc.find("spots");
    if (spots == doc.end() || !spots->is_array() || spots->empty()) return false;
    for (const Json& item : *spots) {
        if (!item.is_object()) return false;
        RoutineSpot s;
        int64_t hold = 0, started = 0, held = 0, before = 0, after = 0;
        const auto zone = item.find("zone"), position = item.find("position"), ball = item.find("ball");
        if (zone == item.end() || !zone->is_string() || ball == item.end() || !ball->is_string() || position == item.end() || !position->is_string())
            return false;
        bool known = false;
        for (Position p : kPositions)
            if (position->get<std::string>() == position_key(p)) {
                s.position = p;
                known = true;
            }
        if (!known || !number(item, "holdSec", 1, 600, hold) || !number(item, "startedAt", 0, INT64_MAX, started) ||
            !number(item, "heldSec", 0, 600, held) || !number(item, "painBefore", -1, 10, before) || !number(item, "painAfter", -1, 10, after))
            return false;
        s.zone = zone->get<std::string>();
        s.ball = ball->get<std::string>();
        s.hold_sec = static_cast<int>(hold);
        s.started_at = started;
        s.held_sec = static_cast<int>(std::min(held, hold));
        s.pain_before = static_cast<int>(before);
        s.pain_after = static_cast<int>(after);
        r.spots.push_back(std::move(s));
    }
    int64_t index = 0, cued_bits = 0;
    const auto phase = doc.find("phase"), paused = doc.find("paused");
    if (!number(doc, "index", 0, static_cast<int64_t>(r.spots.size()) - 1, index) || !number(doc, "phaseStarted", 0, INT64_MAX, r.phase_started) ||
        !number(doc, "pausedAt", 0, INT64_MAX, r.paused_at) || !number(doc, "savedAt", 0, INT64_MAX, r.saved_at) ||
        !number(doc, "cued", 0, 3, cued_bits) || phase == doc.end() || !phase->is_string() ||
        paused == doc.end() || !paused->is_boolean())
        return false;
    bool known = false;
    for (RoutinePhase p : {RoutinePhase::Hold, RoutinePhase::Rest, RoutinePhase::Rate, RoutinePhase::Done})
        if (phase->get<std::string>() == routine_phase_name(p)) {
            r.phase = p;
            known = true;
        }
    if (!known) return false;
    r.index = static_cast<size_t>(index);
    r.paused = paused->get<bool>();
    r.cued_bits = static_cast<unsigned>(cued_bits);
    out = std::move(r);
    return true;
}

}  // namespace knotmap
