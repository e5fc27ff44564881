#include "what_helped.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "guide.h"
#include "small_sort.h"

namespace knotmap {

namespace {

struct Tally {
    std::string id;
    int sessions = 0, sum = 0;
};

void add(std::vector<Tally>& tallies, const std::string& id, int change) {
    for (Tally& t : tallies)
        if (t.id == id) {
            ++t.sessions;
            t.sum += change;
            return;
        }
    tallies.push_back({id, 1, change});
}

std::string figure_text(double change, int sessions) {
    char number[16];
    std::snprintf(number, sizeof number, "%.1f", std::fabs(change));
    const std::string basis = " (" + std::to_string(sessions) + " sessions)";
    if (std::fabs(change) < 0.05) return "no change on average" + basis;
    return std::string(number) + (change < 0 ? " points easier on average" : " points sorer on average") + basis;
}

std::vector<HelpedRow> rows(const std::vector<Tally>& tallies, std::string (*label)(const std::string&, const Content&),
                            const Content& content) {
    std::vector<HelpedRow> out;
    for (const Tally& t : tallies) {
        HelpedRow row;
        row.id = t.id;
        row.label = label(t.id, content);
        row.sessions = t.sessions;
        row.enough = t.sessions >= kHelpedMinSessions;
        row.change = static_cast<double>(t.sum) / t.sessions;
        row.text = row.enough ? figure_text(row.change, t.sessions)
                              : std::to_string(t.sessions) + (t.sessions == 1 ? " session" : " sessions") + ": too few to tell yet";
        out.push_back(std::move(row));
    }
    small_stable_sort(out, [](const HelpedRow& a, const HelpedRow& b) {
        if (a.enough != b.enough) return a.enough;
        return a.enough && a.change < b.change;
    });
    return out;
}

std::string ball_label(const std::string& id, const Content& content) {
    const Ball* ball = find_ball(content, id);
    return ball ? ball->name : id;
}

std::string position_label(const std::string& id, const Content&) {
    for (Position p : kPositions)
        if (id == position_id(p)) return position_name(p);
    return id;
}

Json rows_json(const std::vector<HelpedRow>& rows) {
    Json out = Json::array();
    for (const HelpedRow& r : rows) {
        Json row;
        put(row, "id", r.id);
        put(row, "label", r.label);
        put(row, "sessions", r.sessions);
        put(row, "change", r.enough ? Json(std::round(r.change * 10) / 10) : Json(nullptr));
        put(row, "text", r.text);
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace

WhatHelped what_helped(const std::vector<Session>& log, const std::string& zone, const Content& content) {
    WhatHelped helped;
    std::vector<Tally> balls, positions;
    for (const Session& s : log) {
        if (s.zone != zone || s.pain_before < 0 || s.pain_after < 0) continue;
        const int change = s.pain_after - s.pain_before;
        if (!s.ball.empty()) add(balls, s.ball, change);
        if (!s.position.empty()) add(positions, s.position, change);
    }
    helped.balls = rows(balls, ball_label, content);
    helped.positions = rows(positions, position_label, content);
    helped.intro = helped.balls.empty() && helped.positions.empty()
                       ? "Rate your soreness before and after, with the ball and position you used, and this shows what eased it."
                       : "Change in soreness from before to after a session, on average. A figure needs at least " +
                             std::to_string(kHelpedMinSessions) + " sessions.";
    return helped;
}

Json what_helped_json(const WhatHelped& helped) {
    Json out;
    put(out, "title", helped.title);
    put(out, "intro", helped.intro);
    put(out, "balls", rows_json(helped.balls));
    put(out, "positions", rows_json(helped.positions));
    return out;
}

}  // namespace knotmap
