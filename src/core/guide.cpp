#include "guide.h"

#include <cctype>
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
    for (const GuideBall& b : balls) {
        Json item;
        item["id"] = b.ball->id;
        item["name"] = b.ball->name;
        item["size"] = size_text(*b.ball);
        item["diameterCm"] = b.ball->diameter_cm;
        item["firmness"] = b.ball->firmness;
        item["why"] = b.why;
        list.push_back(std::move(item));
    }
    return list;
}

Json avoid_balls_json(const std::vector<GuideBall>& balls) {
    Json list = Json::array();
    for (const GuideBall& b : balls) {
        Json item;
        item["id"] = b.ball->id;
        item["name"] = b.ball->name;
        item["why"] = b.why;
        list.push_back(std::move(item));
    }
    return list;
}

}  // namespace

namespace {

struct PositionWords {
    const char* id;  // the page API's: "chair" where the content says "travel"
    const char* name;
    const char* hint;
};

// Indexed by Position.
constexpr PositionWords kPositionWords[] = {
    {"wall", "Wall", "Start here: leaning into a wall gives you the most control."},
    {"floor", "Floor", "More pressure: lying on the ball."},
    {"chair", "Chair or car", "For the office chair or the car seat."},
};

}  // namespace

const char* position_id(Position position) { return kPositionWords[static_cast<int>(position)].id; }
const char* position_name(Position position) { return kPositionWords[static_cast<int>(position)].name; }
const char* position_hint(Position position) { return kPositionWords[static_cast<int>(position)].hint; }

std::vector<std::string> guide_notices(const Guide& guide) {
    std::vector<std::string> notices;
    if (guide.specialist_first) notices.push_back("Ask your spine specialist first: you told us you have a spine condition, and this zone is right beside the spine.");
    if (guide.floor_hidden) notices.push_back("The floor position is hidden because you said you are pregnant: after the first trimester, don't lie on your back.");
    return notices;
}

std::vector<std::string> guide_cautions(const Content& content, const Guide& guide) {
    std::vector<std::string> cautions;
    if (!guide.family || guide.family->is_avoid()) return cautions;
    cautions = guide.family->cautions;
    for (const GeneralCaution* c : guide.general_cautions) cautions.push_back(c->advice);
    // Last, for everyone: the screening's conditions in one sentence.
    std::string everyone = "For everyone: check with a doctor first if you have";
    for (size_t i = 0; i < content.general_cautions.size(); ++i) {
        std::string label = content.general_cautions[i].label;
        if (!label.empty()) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
        everyone += (i == 0 ? " " : i + 1 == content.general_cautions.size() ? " or " : "; ") + label;
    }
    cautions.push_back(everyone + ".");
    return cautions;
}

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
    return guide_json(g, content, screening).dump();
}

Json guide_json(const Guide& g, const Content& content, const Screening& screening) {
    if (!g.zone || !g.family) return nullptr;
    const bool avoid = g.family->is_avoid();
    Json sources = Json::array();
    for (const Source* s : g.sources) {
        Json item;
        item["title"] = s->title;
        item["publisher"] = s->publisher;
        item["url"] = s->url;
        sources.push_back(std::move(item));
    }
    Json positions = Json::array();
    for (Position p : g.positions) {
        Json item;
        item["id"] = position_id(p);
        item["name"] = position_name(p);
        item["hint"] = position_hint(p);
        item["steps"] = g.family->technique(p);
        positions.push_back(std::move(item));
    }
    Json questions = Json::array();
    for (const GeneralCaution& c : content.general_cautions) {
        Json item;
        item["id"] = c.id;
        item["label"] = c.label;
        item["yes"] = applies(screening, c.id);
        questions.push_back(std::move(item));
    }
    // Field by field: an initializer list per object costs more code in the download.
    Json out;
    out["zone"] = g.zone->id;
    out["name"] = g.title;
    out["side"] = g.zone->side == Side::None ? Json(nullptr) : Json(side_name(g.zone->side));
    out["kind"] = kind_name(g.zone->kind);
    out["where"] = g.family->where;
    out["feel"] = avoid ? Json(nullptr) : Json(g.family->feel);
    out["whyNot"] = avoid ? Json(g.family->why_not) : Json(nullptr);
    Json instead(nullptr);
    if (g.instead) {
        instead = Json::object();
        instead["zone"] = g.instead->id;
        instead["name"] = zone_short_name(content, *g.instead);  // a button label: the canvas's fits a phone
    }
    out["instead"] = std::move(instead);
    Json answers;
    answers["answered"] = screening.answered;
    answers["editing"] = screening.editing;
    answers["questions"] = std::move(questions);
    out["screening"] = std::move(answers);
    out["positions"] = std::move(positions);
    out["balls"] = balls_json(g.balls);
    out["avoidBalls"] = avoid_balls_json(g.avoid_balls);
    out["dose"] = avoid ? "" : content.dose.summary;
    out["pressure"] = avoid ? "" : content.pressure.summary;
    out["cautions"] = guide_cautions(content, g);
    out["notices"] = guide_notices(g);
    out["redFlags"] = avoid ? std::vector<std::string>{} : content.red_flags;
    out["redFlagsAdvice"] = avoid ? "" : content.red_flags_advice;
    out["sources"] = std::move(sources);
    return out;
}

}  // namespace knotmap
