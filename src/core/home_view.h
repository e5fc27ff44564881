// The whole-back view's plan and progress lines: what the canvas's home panel and the page's DOM
// layer (#knotmap-plan) both show, worded once here.
#pragma once
#include <string>
#include <vector>

#include "json_check.h"
#include "model.h"
#include "routine_view.h"
#include "visitor.h"

namespace knotmap {

struct PlanItem {
    std::string zone;
    std::string label;  // "1. Buttock, left  (last 6/10)"
};

struct HomeView {
    bool shown = false;              // progress is on and read
    std::string plan_title = "Today";
    std::string plan_intro;          // "About 6 minutes, in this order:", or what to do to get a plan
    std::vector<PlanItem> plan;      // in the order to do them
    std::string progress_title = "Your progress";
    std::string progress_line;       // "3 days active  ·  2-day streak  ·  5 sessions" ("" before any session)
    std::string week_line;           // "Worked this week: Side of waist, left; Buttock, right."
    RoutineStart routine;            // "Start my routine" through the marked spots or the plan
};

HomeView home_view(const Model& m, const Visitor& v);
// {shown, planTitle, planIntro, plan: [{zone, label}], progressTitle, progressLine, weekLine,
//  routine: routine_start_json}
Json home_json(const HomeView& home);

}  // namespace knotmap
