#include "hold_timer.h"

#include <algorithm>
#include <cmath>

namespace knotmap {

void start_hold(HoldTimer& timer, const std::string& zone, int duration_seconds, double now) {
    timer.phase = HoldPhase::Running;
    timer.zone = zone;
    timer.started = now;
    timer.duration = std::max(1, duration_seconds);
    timer.rolls = 0;
}

void cancel_hold(HoldTimer& timer) {
    timer.phase = HoldPhase::Idle;
    timer.rolls = 0;
}

bool update_hold(HoldTimer& timer, double now) {
    if (timer.phase == HoldPhase::Running && now - timer.started >= timer.duration) {
        timer.phase = HoldPhase::Done;
        return true;
    }
    return false;
}

double seconds_left(const HoldTimer& timer, double now) {
    if (timer.phase != HoldPhase::Running) return 0;
    return std::max(0.0, timer.duration - (now - timer.started));
}

double progress(const HoldTimer& timer, double now) {
    if (timer.phase == HoldPhase::Done) return 1;
    if (timer.phase != HoldPhase::Running) return 0;
    return std::clamp((now - timer.started) / timer.duration, 0.0, 1.0);
}

BreathCue breath_cue(const HoldTimer& timer, double now) {
    const double t = std::fmod(std::max(0.0, now - timer.started), kBreatheIn + kBreatheOut);
    if (t < kBreatheIn) return {true, t / kBreatheIn};
    return {false, (t - kBreatheIn) / kBreatheOut};
}

}  // namespace knotmap
