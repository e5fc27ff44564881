// What helped on one zone: the average change in soreness (after minus before) by ball and by
// position, over the sessions that have both scores, with how many sessions are behind each
// figure. One or two sessions say nothing about a ball: no figure is given under kHelpedMinSessions.
// The canvas's history (a small bar chart) and knotmap.progress(zone).helped show this view-model.
#pragma once
#include <string>
#include <vector>

#include "content.h"
#include "json_check.h"
#include "progress_log.h"

namespace knotmap {

constexpr int kHelpedMinSessions = 3;

struct HelpedRow {
    std::string id;     // a ball id, or "wall" / "floor" / "chair"
    std::string label;  // "Lacrosse ball", "Floor"
    int sessions = 0;   // with both scores
    bool enough = false;  // sessions >= kHelpedMinSessions: `change` means something
    double change = 0;  // average points, after minus before: below 0 is easier
    std::string text;   // "2.5 points easier on average (4 sessions)", "2 sessions: too few to tell yet"
};

struct WhatHelped {
    std::string title = "What helped";
    std::string intro;  // what the figures are, or how to get some
    std::vector<HelpedRow> balls, positions;  // most helpful first; those without a figure last
};

WhatHelped what_helped(const std::vector<Session>& log, const std::string& zone, const Content& content);
// {title, intro, balls: [{id, label, sessions, change (null under 3 sessions), text}], positions: [...]}
Json what_helped_json(const WhatHelped& helped);

}  // namespace knotmap
