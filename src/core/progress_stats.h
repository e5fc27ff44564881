// What the log says: days active, the streak, each zone's history and trend, its latest
// tenderness, what was worked this week, and a suggestion for today. Days are local days: the
// caller passes the time-zone offset from UTC.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "progress_log.h"

namespace knotmap {

struct LocalClock {
    long long now_ms = 0;
    int utc_offset_minutes = 0;  // local time minus UTC (JavaScript's -getTimezoneOffset())
};

long long local_day(long long time_ms, int utc_offset_minutes);  // days since 1970-01-01, local

int days_active(const std::vector<Session>& log, int utc_offset_minutes);
// Consecutive local days with a session, ending today (or yesterday: a streak isn't broken
// before the day is over).
int current_streak(const std::vector<Session>& log, const LocalClock& clock);

std::vector<const Session*> zone_history(const std::vector<Session>& log, const std::string& zone);  // oldest first

// Latest pain score for a zone: the last session's "after" if given, else its "before"; -1 if none.
int latest_tenderness(const std::vector<Session>& log, const std::string& zone);
bool worked_this_week(const std::vector<Session>& log, const std::string& zone, const LocalClock& clock);

// A zone's trend, with its basis and each session's change, is in zone_progress.h.

// Per zone, from one pass over the log: what the map needs each frame.
struct ZoneSummary {
    int tenderness = -1;      // as latest_tenderness()
    long long last_ms = 0;    // the latest session
};
std::map<std::string, ZoneSummary> summarize_zones(const std::vector<Session>& log);
bool within_last_week(long long time_ms, const LocalClock& clock);

struct TodayItem {
    std::string zone;
    int tenderness = -1;  // latest known, -1 if never logged
    int minutes = 0;
};

struct TodayPlan {
    std::vector<TodayItem> items;  // in the order to do them
    int total_minutes = 0;
};

// From the zones marked sore and the recent log: sore spots not yet done today, the most
// tender first, then spots logged as still tender (5 or more) in the last week. About two
// minutes a spot, at most six spots.
TodayPlan plan_today(const std::vector<Session>& log, const std::vector<std::string>& marked_sore,
                     const LocalClock& clock);

}  // namespace knotmap
