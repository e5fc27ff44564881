#include "progress_stats.h"

#include <algorithm>
#include <set>

#include "small_sort.h"

namespace knotmap {

namespace {
constexpr long long kDayMs = 86400000LL;
constexpr int kMinutesPerSpot = 2;
constexpr size_t kMaxSpotsToday = 6;

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
}  // namespace

long long local_day(long long time_ms, int utc_offset_minutes) {
    return floor_div(time_ms + static_cast<long long>(utc_offset_minutes) * 60000LL, kDayMs);
}

namespace {
// The distinct local days with a session, in order (a sorted vector: ten years of history is
// 58,000 sessions, and a std::set would allocate a node for each).
std::vector<long long> active_days(const std::vector<Session>& log, int utc_offset_minutes) {
    std::vector<long long> days;
    days.reserve(log.size());
    for (const Session& s : log) days.push_back(local_day(s.started_at, utc_offset_minutes));
    heap_sort(days, [](long long a, long long b) { return a < b; });
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}
}  // namespace

int days_active(const std::vector<Session>& log, int utc_offset_minutes) {
    return static_cast<int>(active_days(log, utc_offset_minutes).size());
}

int current_streak(const std::vector<Session>& log, const LocalClock& clock) {
    const std::vector<long long> days = active_days(log, clock.utc_offset_minutes);
    const auto has = [&](long long day) { return std::binary_search(days.begin(), days.end(), day); };
    long long day = local_day(clock.now_ms, clock.utc_offset_minutes);
    if (!has(day)) --day;  // today isn't over yet
    int streak = 0;
    while (has(day)) {
        ++streak;
        --day;
    }
    return streak;
}

std::vector<const Session*> zone_history(const std::vector<Session>& log, const std::string& zone) {
    std::vector<const Session*> out;
    for (const Session& s : log)
        if (s.zone == zone) out.push_back(&s);
    heap_sort(out, [](const Session* a, const Session* b) { return session_before(*a, *b); });
    return out;
}

int latest_tenderness(const std::vector<Session>& log, const std::string& zone) {
    // One pass, no sorting: ten years of history is 58,000 sessions.
    const Session* latest = nullptr;
    for (const Session& s : log)
        if (s.zone == zone && (s.pain_after >= 0 || s.pain_before >= 0) && (!latest || session_before(*latest, s))) latest = &s;
    return !latest ? -1 : latest->pain_after >= 0 ? latest->pain_after : latest->pain_before;
}

bool worked_this_week(const std::vector<Session>& log, const std::string& zone, const LocalClock& clock) {
    const long long today = local_day(clock.now_ms, clock.utc_offset_minutes);
    for (const Session& s : log)
        if (s.zone == zone && today - local_day(s.started_at, clock.utc_offset_minutes) < 7) return true;
    return false;
}

std::map<std::string, ZoneSummary> summarize_zones(const std::vector<Session>& log) {
    std::map<std::string, ZoneSummary> out;
    std::map<std::string, const Session*> latest_scored;
    for (const Session& s : log) {
        ZoneSummary& z = out[s.zone];
        z.last_ms = std::max<long long>(z.last_ms, s.started_at);
        if (s.pain_after < 0 && s.pain_before < 0) continue;
        const Session*& best = latest_scored[s.zone];
        if (!best || session_before(*best, s)) best = &s;
    }
    for (const auto& [zone, s] : latest_scored) out[zone].tenderness = s->pain_after >= 0 ? s->pain_after : s->pain_before;
    return out;
}

bool within_last_week(long long time_ms, const LocalClock& clock) {
    return local_day(clock.now_ms, clock.utc_offset_minutes) - local_day(time_ms, clock.utc_offset_minutes) < 7;
}

TodayPlan plan_today(const std::vector<Session>& log, const std::vector<std::string>& marked_sore,
                     const LocalClock& clock) {
    const long long today = local_day(clock.now_ms, clock.utc_offset_minutes);
    std::set<std::string> done_today;
    for (const Session& s : log)
        if (local_day(s.started_at, clock.utc_offset_minutes) == today) done_today.insert(s.zone);

    // Each zone's latest score from one pass over the log, not one pass per session.
    const std::map<std::string, ZoneSummary> summary = summarize_zones(log);
    const auto tenderness_of = [&](const std::string& zone) {
        const auto it = summary.find(zone);
        return it == summary.end() ? -1 : it->second.tenderness;
    };
    std::vector<TodayItem> sore, recent;
    std::set<std::string> seen;
    for (const std::string& zone : marked_sore) {
        if (done_today.count(zone) || !seen.insert(zone).second) continue;
        sore.push_back({zone, tenderness_of(zone), kMinutesPerSpot});
    }
    for (const Session& s : log) {
        if (seen.count(s.zone) || done_today.count(s.zone)) continue;
        if (today - local_day(s.started_at, clock.utc_offset_minutes) >= 7) continue;
        const int tenderness = tenderness_of(s.zone);
        if (tenderness < 5) continue;
        seen.insert(s.zone);
        recent.push_back({s.zone, tenderness, kMinutesPerSpot});
    }
    auto most_tender_first = [](const TodayItem& a, const TodayItem& b) {
        return a.tenderness != b.tenderness ? a.tenderness > b.tenderness : a.zone < b.zone;
    };
    small_stable_sort(sore, most_tender_first);
    small_stable_sort(recent, most_tender_first);
    TodayPlan plan;
    for (const auto* list : {&sore, &recent})
        for (const TodayItem& item : *list)
            if (plan.items.size() < kMaxSpotsToday) plan.items.push_back(item);
    for (const TodayItem& item : plan.items) plan.total_minutes += item.minutes;
    return plan;
}

}  // namespace knotmap
