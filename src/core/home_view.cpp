#include "home_view.h"

#include "progress_stats.h"

namespace knotmap {

namespace {

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + (n == 1 ? one : many); }

}  // namespace

HomeView home_view(const Model& m, const Visitor& v) {
    HomeView home;
    if (!v.progress) return home;
    home.shown = true;
    home.routine = routine_start(m, v);
    const std::vector<Session>& log = v.progress->sessions();
    const TodayPlan plan = plan_today(log, v.map.marked, v.clock);
    if (plan.items.empty()) {
        home.plan_intro = log.empty() && v.map.marked.empty()
                              ? "Mark the spots that hurt, and Knotmap will suggest an order and a time."
                              : "Nothing pressing today. Mark any spot that hurts to add it.";
    } else {
        home.plan_intro = "About " + plural(plan.total_minutes, " minute", " minutes") + ", in this order:";
    }
    int n = 1;
    for (const TodayItem& item : plan.items) {
        const Zone* zone = find_zone(m.geometry, item.zone);
        if (!zone) continue;
        std::string label = std::to_string(n++) + ". " + zone_short_name(m.content, *zone);
        if (item.tenderness >= 0) label += "  (last " + std::to_string(item.tenderness) + "/10)";
        home.plan.push_back({item.zone, label});
    }
    if (!log.empty()) {
        home.progress_line = plural(days_active(log, v.clock.utc_offset_minutes), " day", " days") + " active  ·  " +
                             std::to_string(current_streak(log, v.clock)) + "-day streak  ·  " +
                             plural(static_cast<int>(log.size()), " session", " sessions");
        std::string week;
        const auto summary = summarize_zones(log);
        for (const Zone& z : m.geometry.zones) {
            const auto it = summary.find(z.id);
            if (z.kind == ZoneKind::Muscle && it != summary.end() && within_last_week(it->second.last_ms, v.clock))
                week += (week.empty() ? "" : "; ") + zone_short_name(m.content, z);  // the names have commas in them
        }
        if (!week.empty()) home.week_line = "Worked this week: " + week + ".";
    }
    return home;
}

Json home_json(const HomeView& home) {
    Json plan = Json::array();
    for (const PlanItem& item : home.plan) {
        Json entry;
        put(entry, "zone", item.zone);
        put(entry, "label", item.label);
        plan.push_back(std::move(entry));
    }
    Json out;
    put(out, "shown", home.shown);
    put(out, "planTitle", home.plan_title);
    put(out, "planIntro", home.plan_intro);
    put(out, "plan", std::move(plan));
    put(out, "progressTitle", home.progress_title);
    put(out, "progressLine", home.progress_line);
    put(out, "weekLine", home.week_line);
    put(out, "routine", routine_start_json(home.routine));
    return out;
}

}  // namespace knotmap
