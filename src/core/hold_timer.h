// The guided hold: a countdown on one tender spot with a calm breathing cue and a roll counter.
// Time comes in from outside (seconds, monotonic), so the timer is tested without waiting.
#pragma once
#include <string>

namespace knotmap {

enum class HoldPhase { Idle, Running, Done };

struct HoldTimer {
    HoldPhase phase = HoldPhase::Idle;
    std::string zone;      // the zone being held
    double started = 0;    // seconds
    int duration = 30;     // seconds
    int rolls = 0;         // rolls the visitor counted
};

// Slow breathing: in for 4 seconds, out for 6.
constexpr double kBreatheIn = 4, kBreatheOut = 6;

void start_hold(HoldTimer& timer, const std::string& zone, int duration_seconds, double now);
void cancel_hold(HoldTimer& timer);
// Moves to Done when the time is up. Returns true when the phase changed.
bool update_hold(HoldTimer& timer, double now);
double seconds_left(const HoldTimer& timer, double now);  // 0 when not running
double progress(const HoldTimer& timer, double now);      // 0 at the start, 1 at the end

struct BreathCue {
    bool breathing_in = true;
    double amount = 0;  // 0..1 through the current half of the breath
};
BreathCue breath_cue(const HoldTimer& timer, double now);

}  // namespace knotmap
