#include "zone_progress.h"

#include <cmath>
#include <set>

#include "progress_stats.h"

namespace knotmap {

namespace {

std::string score(int value) { return value < 0 ? "not said" : std::to_string(value); }

std::string points(int n) { return std::to_string(n) + (n == 1 ? " point" : " points"); }

// The mean of a run of scores, as a whole number for people.
int rounded_mean(const std::vector<int>& values, size_t from, size_t to) {
    double sum = 0;
    for (size_t i = from; i < to; ++i) sum += values[i];
    return static_cast<int>(std::lround(sum / static_cast<double>(to - from)));
}

}  // namespace

std::string change_text(int before, int after) {
    std::string text = score(before) + " → " + score(after);  // literal: the font subset reads src/core
    if (before < 0 || after < 0) return text;
    if (after < before) return text + ": " + points(before - after) + " easier";
    if (after > before) return text + ": " + points(after - before) + " sorer";
    return text + ": the same";
}

ZoneProgress zone_progress(const std::vector<Session>& log, const std::string& zone, int utc_offset_minutes) {
    ZoneProgress p;
    const std::vector<const Session*> history = zone_history(log, zone);  // oldest first
    p.sessions = static_cast<int>(history.size());
    if (history.empty()) return p;
    const Session& newest = *history.back();
    p.last = SessionChange{newest.pain_before, newest.pain_after, change_text(newest.pain_before, newest.pain_after)};

    // The latest sessions that say how sore it was at the start, and on how many days.
    std::vector<const Session*> scored;
    for (auto it = history.rbegin(); it != history.rend() && scored.size() < static_cast<size_t>(kTrendWindow); ++it)
        if ((*it)->pain_before >= 0) scored.insert(scored.begin(), *it);
    std::set<long long> days;
    for (const Session* s : scored) days.insert(local_day(s->started_at, utc_offset_minutes));
    if (scored.size() < static_cast<size_t>(kTrendMinSessions) || days.size() < static_cast<size_t>(kTrendMinDays)) return p;

    // Starting soreness, earlier half against later half; after-scores the same way where given.
    std::vector<int> before, after;
    for (const Session* s : scored) before.push_back(s->pain_before);
    for (const Session* s : scored)
        if (s->pain_after >= 0) after.push_back(s->pain_after);
    const size_t half = before.size() / 2;
    const int from = rounded_mean(before, 0, half), to = rounded_mean(before, before.size() - half, before.size());
    const bool after_known = after.size() >= static_cast<size_t>(kTrendMinSessions);
    const int after_rise = after_known ? rounded_mean(after, after.size() - after.size() / 2, after.size()) -
                                             rounded_mean(after, 0, after.size() / 2)
                                       : 0;
    // How much a session eases it, on average, where both scores were given.
    int relief_sum = 0, relief_count = 0;
    for (const Session* s : scored)
        if (s->pain_after >= 0) {
            relief_sum += s->pain_before - s->pain_after;
            ++relief_count;
        }
    const int relief = relief_count ? static_cast<int>(std::lround(static_cast<double>(relief_sum) / relief_count)) : 0;
    const std::string helps = relief >= 2 ? " Each session still eases it by about " + points(relief) + "." : "";
    const long long span = *days.rbegin() - *days.begin() + 1;
    ProgressTrend t;
    t.basis = "your last " + std::to_string(scored.size()) + " sessions over " + std::to_string(span) + " days";
    const std::string range = " from " + std::to_string(from) + " to " + std::to_string(to);
    // Sorer only when the starting scores rise by two points or more, and the scores after the
    // sessions don't say otherwise.
    if (to - from >= 2 && after_rise >= 0) {
        t.direction = "sorer";
        t.text = "Sorer at the start lately:" + range + " over " + t.basis +
                 ". Go gentler or rest it for a few days; if it keeps rising, see a GP or physiotherapist, and check "
                 "\"When to see a doctor\"." + helps;
    } else if (from - to >= 2) {
        t.direction = "easier";
        t.text = "Getting easier: starting soreness went" + range + " over " + t.basis + ".";
    } else {
        t.text = "About the same at the start (" + std::to_string(from) + " then " + std::to_string(to) + ") over " +
                 t.basis + "." + helps;
    }
    p.trend = t;
    return p;
}

Json zone_progress_json(const ZoneProgress& p) {
    Json out;
    put(out, "sessions", p.sessions);
    put(out, "last", nullptr);
    if (p.last) {
        Json last;
        put(last, "before", p.last->before < 0 ? Json(nullptr) : Json(p.last->before));
        put(last, "after", p.last->after < 0 ? Json(nullptr) : Json(p.last->after));
        put(last, "text", p.last->text);
        put(out, "last", std::move(last));
    }
    put(out, "trend", nullptr);
    if (p.trend) {
        Json trend;
        put(trend, "direction", p.trend->direction);
        put(trend, "text", p.trend->text);
        put(trend, "basis", p.trend->basis);
        put(out, "trend", std::move(trend));
    }
    return out;
}

}  // namespace knotmap
