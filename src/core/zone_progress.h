// What Knotmap says about one zone's sessions (issue 18): each session's own change, in words and
// numbers, and a trend only when there is enough to read one: several sessions with scores, on
// several days. The canvas's history and knotmap.progress(zone) show this same view-model.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "json_check.h"
#include "progress_log.h"

namespace knotmap {

struct SessionChange {
    int before = -1, after = -1;  // 0..10, -1 where not given
    std::string text;             // "9 → 2: 7 points easier"
};

struct ProgressTrend {
    const char* direction = "steady";  // "easier" | "sorer" | "steady"
    std::string text;                  // what it means, calmly: "Getting easier: ..."
    std::string basis;                 // "your last 5 sessions over 12 days"
};

struct ZoneProgress {
    int sessions = 0;
    std::optional<SessionChange> last;
    std::optional<ProgressTrend> trend;
};

// A trend needs this many sessions with a starting score, on this many different days.
constexpr int kTrendMinSessions = 4;
constexpr int kTrendMinDays = 3;
constexpr int kTrendWindow = 8;  // the latest sessions a trend reads

std::string change_text(int before, int after);  // "9 → 2: 7 points easier", "6 → 6: the same", "7 → not said"
ZoneProgress zone_progress(const std::vector<Session>& log, const std::string& zone, int utc_offset_minutes);
// {sessions, last: null | {before, after, text}, trend: null | {direction, text, basis}}; null scores where not given.
Json zone_progress_json(const ZoneProgress& progress);

}  // namespace knotmap
