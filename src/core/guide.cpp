#include "guide.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "json_check.h"

namespace knotmap {

namespace {

const Zone* nearest_of_family(const MapGeometry& geometry, const Zone& from, const std::string& family) {
    const Zone* best = nullptr;
    float best_distance = std::numeric_limits<float>::max();
    for (const Zone& z : geometry.zones) {
        if (z.family != family) continue;
        const float d = std::hypot(z.center.x - from.center.x, z.center.y - from.center.y);
        if (d < best_distance) {
            best_distance = d;
            best = &z;
        }
    }
    return best;
}

std::vector<GuideBall> resolve(const Content& content, const std::vector<BallAdvice>& advice) {
    std::vector<GuideBall> out;
    for (const BallAdvice& a : advice)
        if (const Ball* ball = find_ball(content, a.ball)) out.push_back({ball, a.why});
    return out;
}

Json balls_json(const std::vector<GuideBall>& balls) {
    Json list = Json::array();
    for (const GuideBall& b : balls)
        list.push_back({{"id", b.ball->id},
                        {"name", b.ball->name},
                        {"size", size_text(*b.ball)},
                        {"firmness", b.ball->firmness},
                        {"why", b.why}});
    return list;
}

}  // namespace

std::string size_text(const Ball& ball) {
    if (!ball.size_note.empty()) return ball.size_note;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3g in (%.3g cm) across", ball.diameter_in, ball.diameter_cm);
    return buffer;
}

Guide build_guide(const Content& content, const MapGeometry& geometry, const Screening& screening, const Zone& zone) {
    Guide g;
    g.zone = &zone;
    g.family = find_family(content, zone.family);
    g.title = zone_display_name(content, zone);
    if (!g.family) return g;
    for (const std::string& id : g.family->sources)
        if (const Source* s = find_source(content, id)) g.sources.push_back(s);
    if (g.family->is_avoid()) {
        g.instead = nearest_of_family(geometry, zone, g.family->nearest);
        return g;
    }
    g.specialist_first = needs_specialist_first(content, screening, *g.family);
    g.balls = resolve(content, g.family->balls);
    g.avoid_balls = resolve(content, g.family->avoid_balls);
    for (Position p : kPositions) {
        if (hides_position(content, screening, p)) {
            g.floor_hidden = g.floor_hidden || p == Position::Floor;
            continue;
        }
        g.positions.push_back(p);
    }
    g.general_cautions = applicable_cautions(content, screening);
    return g;
}

std::string guide_to_json(const Guide& g, const Content& content, const Screening& screening) {
    if (!g.zone || !g.family) return "null";
    Json out{{"zone", g.zone->id}, {"title", g.title}, {"kind", kind_name(g.zone->kind)}, {"where", g.family->where}};
    Json sources = Json::array();
    for (const Source* s : g.sources) sources.push_back({{"title", s->title}, {"publisher", s->publisher}, {"url", s->url}});
    out["sources"] = sources;
    if (g.family->is_avoid()) {
        out["whyNot"] = g.family->why_not;
        if (g.instead) out["instead"] = {{"zone", g.instead->id}, {"name", zone_display_name(content, *g.instead)}};
        return out.dump();
    }
    out["feel"] = g.family->feel;
    out["specialistFirst"] = g.specialist_first;
    out["balls"] = balls_json(g.balls);
    out["avoidBalls"] = balls_json(g.avoid_balls);
    Json positions = Json::array();
    for (Position p : g.positions) positions.push_back({{"position", position_key(p)}, {"steps", g.family->technique(p)}});
    out["positions"] = positions;
    out["floorHidden"] = g.floor_hidden;
    out["dose"] = content.dose.summary;
    out["pressure"] = content.pressure.summary;
    out["cautions"] = g.family->cautions;
    Json general = Json::array();
    for (const GeneralCaution* c : g.general_cautions) general.push_back({{"label", c->label}, {"advice", c->advice}});
    out["yourCautions"] = general;
    Json questions = Json::array();
    for (const GeneralCaution& c : content.general_cautions)
        questions.push_back({{"id", c.id}, {"label", c.label}, {"yes", applies(screening, c.id)}});
    out["screening"] = {{"answered", screening.answered}, {"questions", questions}};
    out["redFlags"] = content.red_flags;
    out["redFlagsAdvice"] = content.red_flags_advice;
    return out.dump();
}

}  // namespace knotmap
