// The safety rules as properties of any guide (issue 17): checked over every zone and many sets of
// answers by tests/unit/test_safety_rules.cpp, and over any answers by tests/fuzz/fuzz_screening.cpp.
// Returns what is wrong, or "" when the guide keeps every rule.
#pragma once
#include <string>

#include "guide.h"

namespace knotmap::safety_properties {

inline bool mentions_lying_on_back_or_front(const std::string& step) {
    for (const char* words : {"on your back", "on your front", "face down", "on your stomach"})
        if (step.find(words) != std::string::npos) return true;
    return false;
}

inline std::string broken_rule(const Content& content, const Screening& screening, const Guide& g) {
    if (!g.family) return "no family";
    const FamilyContent& f = *g.family;
    bool red_flag = false, doctor_first = false, gentle = false, pregnant = false, specialist = false;
    for (const RedFlag& r : content.red_flags) red_flag = red_flag || applies(screening, r.id);
    for (const GeneralCaution& c : content.general_cautions) {
        if (!applies(screening, c.id)) continue;
        doctor_first = doctor_first || c.effect == CautionEffect::DoctorFirst;
        gentle = gentle || c.effect == CautionEffect::Gentle;
        pregnant = pregnant || c.effect == CautionEffect::SideLyingOnly;
        specialist = specialist || (c.effect == CautionEffect::SpecialistFirst && f.spine_side);
    }
    const bool blocked = g.blocked.urgency != Urgency::None;
    if ((red_flag || doctor_first || specialist) && (!blocked || !g.positions.empty() || !g.balls.empty()))
        return "a red flag or a doctor-first or specialist-first answer, and still steps or balls";
    if (red_flag && g.blocked.urgency < Urgency::Soon) return "a red flag, and a block less urgent than a red flag's";
    if (blocked && (g.blocked.title.empty() || g.blocked.text.empty() || g.blocked.reasons.empty()))
        return "a block without a title, what to do or its reasons";
    if (!red_flag && !doctor_first && !specialist && blocked) return "blocked with no answer that blocks";
    if (g.pressure.max > 7 || g.pressure.start > g.pressure.max || g.pressure.start < 1) return "pressure outside its limits";
    if (g.dose.hold_sec > g.dose.max_per_spot_sec || g.dose.hold_sec <= 0) return "a hold longer than a spot's limit";
    if (gentle) {
        if (g.pressure.max > 5 || g.pressure.max > content.pressure.gentle_max) return "gentle, and a pressure ceiling above the gentle one";
        if (g.dose.hold_sec > content.dose.gentle_hold_seconds) return "gentle, and a longer hold than the gentle one";
        for (Position p : g.positions)
            if (p == Position::Floor) return "gentle, and the floor position";
        for (const GuideBall& b : g.balls)
            if (b.ball->firmness_level > content.pressure.gentle_max_firmness) return "gentle, and a ball firmer than allowed: " + b.ball->id;
    }
    if (pregnant)
        for (Position p : g.positions)
            for (const std::string& step : f.technique(p))
                if (mentions_lying_on_back_or_front(step)) return "pregnant, and a step lying on the back or front: " + step;
    for (const GuideBall& b : g.balls)
        for (const BallAdvice& no : f.avoid_balls)
            if (no.ball == b.ball->id) return "recommends a ball the zone avoids: " + b.ball->id;
    if (!f.is_avoid() && !blocked && !gentle && !pregnant) {
        if (g.positions.size() != 3) return "no blocking, gentle or pregnancy answer, and not all three positions";
    }
    if (!f.is_avoid() && !blocked && g.balls.empty()) return "steps with no ball";
    return "";
}

}  // namespace knotmap::safety_properties
