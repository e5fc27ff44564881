// A routine through several sore spots, as a state machine: for each spot a hold, then a short
// rest that says what comes next; at the end one screen rates every spot, and every session is
// logged at once. Time is wall-clock milliseconds passed in (so a reload resumes where the routine
// was, and tests need no waiting). Which spots, positions and hold lengths are allowed is decided
// by the caller from the visitor's answers (routine_plan's inputs); this file only runs it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "content.h"
#include "geometry.h"
#include "progress_log.h"

namespace knotmap {

enum class RoutinePhase { Hold, Rest, Rate, Done };
const char* routine_phase_name(RoutinePhase phase);  // "hold", "rest", "rate", "done"

struct RoutineSpot {
    std::string zone;
    Position position = Position::Wall;
    int hold_sec = 30;
    std::string ball;          // the ball the guide offers first here, or "" when not said
    int64_t started_at = 0;    // when its hold began (ms); 0: not reached
    int held_sec = 0;          // how long it was held (a skip or a stop cuts it short)
    int pain_before = -1, pain_after = -1;  // rated at the end: 0..10, or -1 when not said
};

constexpr int kRoutineRestSec = 10;  // between spots: time to move the ball and change position

struct Routine {
    std::vector<RoutineSpot> spots;
    size_t index = 0;  // the spot held or rested before
    RoutinePhase phase = RoutinePhase::Hold;
    int64_t phase_started = 0;  // ms; moved on by the time spent paused
    bool paused = false;
    int64_t paused_at = 0;
    unsigned cued_bits = 0;  // the current hold's cues already given: 1 its start, 2 its halfway point
    int64_t saved_at = 0;    // ms: when it was last stored (a reload resumes it as it was then)
};

// The spots in the order a routine takes them: both sides of a zone that has two, top to bottom
// (by the zone's centre on the map), the left before the right; unknown ids and repeats dropped.
std::vector<std::string> routine_order(const MapGeometry& geometry, const std::vector<std::string>& zones);

Routine start_routine(std::vector<RoutineSpot> spots, int64_t now_ms);

// What a person who isn't looking at the screen hears or feels: the start, the halfway point and
// the end of each hold, and the start of each rest (with the next spot).
enum class RoutineCue { HoldStart, Halfway, HoldEnd, RestStart, Finished };
// Brings the routine up to `now_ms` and returns the cues passed on the way, in order.
std::vector<RoutineCue> advance_routine(Routine& r, int64_t now_ms);

void pause_routine(Routine& r, int64_t now_ms);
void resume_routine(Routine& r, int64_t now_ms);
// Ends the current hold or rest now and goes on (a skipped hold keeps the seconds it had).
std::vector<RoutineCue> skip_spot(Routine& r, int64_t now_ms);
// Stops early: straight to rating what was held.
void stop_routine(Routine& r, int64_t now_ms);
// 0..10 each, or -1 for "not said". False outside the Rate phase or for a spot never reached.
bool rate_spot(Routine& r, size_t spot, int before, int after);
// Rate -> Done; returns the sessions to log: one per spot held for at least a second.
std::vector<Session> finish_routine(Routine& r);

double routine_seconds_left(const Routine& r, int64_t now_ms);  // in the current hold or rest

// Storage ("knotmap-routine"): the routine as a versioned JSON document, and back. Reading
// refuses (returns false, `out` untouched) anything this version didn't write.
std::string routine_to_json(const Routine& r);
bool routine_from_json(const std::string& text, Routine& out);

}  // namespace knotmap
