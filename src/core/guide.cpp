#include "guide.h"

#include <algorithm>
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
        put(item, "id", b.ball->id);
        put(item, "name", b.ball->name);
        put(item, "size", size_text(*b.ball));
        put(item, "diameterCm", b.ball->diameter_cm);
        put(item, "firmness", b.ball->firmness);
        put(item, "why", b.why);
        list.push_back(std::move(item));
    }
    return list;
}

Json avoid_balls_json(const std::vector<GuideBall>& balls) {
    Json list = Json::array();
    for (const GuideBall& b : balls) {
        Json item;
        put(item, "id", b.ball->id);
        put(item, "name", b.ball->name);
        put(item, "why", b.why);
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

std::vector<std::string> guide_cautions(const Guide& guide) {
    if (!guide.family || guide.family->is_avoid()) return {};
    return guide.family->cautions;
}

std::string dose_text(const Guide& guide) {
    char text[200];
    std::snprintf(text, sizeof text,
                  "Hold each tender spot for %d seconds, or roll an inch or two back and forth over it about %d times. "
                  "%d seconds per spot at most, then move on; %d minutes in all.",
                  guide.dose.hold_sec, guide.dose.rolls, guide.dose.max_per_spot_sec, guide.dose.max_session_min);
    return text;
}

std::string pressure_text(const Content& content, const Guide& guide) {
    char text[96];
    std::snprintf(text, sizeof text, "Start at about %d out of 10 and build slowly to no more than %d. ",
                  guide.pressure.start, guide.pressure.max);
    return text + content.pressure.summary;
}

std::string size_text(const Ball& ball) {
    if (!ball.size_note.empty()) return ball.size_note;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3g in (%.3g cm) across", ball.diameter_in, ball.diameter_cm);
    return buffer;
}

namespace {

void add_source(const Source* s, std::vector<const Source*>& out) {
    if (s && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
}

void add_sources(const Content& content, const std::vector<std::string>& ids, std::vector<const Source*>& out) {
    for (const std::string& id : ids) add_source(find_source(content, id), out);
}

GuideBlock block_for(const Content& content, const SafetyRules& rules) {
    GuideBlock block;
    block.urgency = rules.blocked;
    if (rules.blocked == Urgency::None) return block;
    const UrgencyAdvice& advice = content.urgencies[static_cast<int>(rules.blocked)];
    block.title = advice.title;
    block.text = advice.text;
    for (const RedFlag* f : rules.flags)
        if (f->urgency == rules.blocked) block.reasons.push_back(f->question);
    for (const GeneralCaution* c : rules.blockers) block.reasons.push_back(c->advice);
    return block;
}

}  // namespace

std::vector<const Source*> red_flag_sources(const Content& content) {
    std::vector<const Source*> out;
    for (const RedFlag& f : content.red_flags) add_sources(content, f.sources, out);
    for (int u = static_cast<int>(Urgency::Soon); u <= static_cast<int>(Urgency::Emergency); ++u)
        add_sources(content, content.urgencies[u].sources, out);
    return out;
}

Guide build_guide(const Content& content, const MapGeometry& geometry, const Screening& screening, const Zone& zone) {
    Guide g;
    g.zone = &zone;
    g.family = find_family(content, zone.family);
    g.title = zone_display_name(content, zone);
    if (!g.family) return g;
    add_sources(content, g.family->sources, g.sources);
    g.rules = safety_rules(content, screening, *g.family);
    g.blocked = block_for(content, g.rules);
    const bool gentle = g.rules.gentle;
    const Dose& d = content.dose;
    g.dose = {gentle ? d.gentle_hold_seconds : d.hold_seconds, gentle ? d.gentle_max_per_spot_seconds : d.max_per_spot_seconds,
              gentle ? d.gentle_max_session_minutes : d.max_session_minutes, d.roll_repetitions};
    g.pressure.max = gentle ? content.pressure.gentle_max : content.pressure.max;
    g.pressure.start = std::min(content.pressure.start, g.pressure.max);
    if (g.blocked.urgency != Urgency::None) {
        add_sources(content, content.urgencies[static_cast<int>(g.blocked.urgency)].sources, g.sources);
        for (const RedFlag* f : g.rules.flags) add_sources(content, f->sources, g.sources);
    }
    for (const GeneralCaution* c : g.rules.conditions) add_sources(content, c->sources, g.sources);
    if (g.family->is_avoid()) {
        for (const std::string& family : g.family->nearest)
            if (const Zone* z = nearest_of_family(geometry, zone, family)) g.instead.push_back(z);
        return g;
    }
    // The red flags show on every muscle zone (both renderings), so their sources are listed too.
    for (const Source* s : red_flag_sources(content)) add_source(s, g.sources);
    // What the answers say comes first; the block's own reasons aren't repeated.
    for (const GeneralCaution* c : g.rules.conditions)
        if (std::find(g.rules.blockers.begin(), g.rules.blockers.end(), c) == g.rules.blockers.end())
            g.notices.push_back(c->advice);
    if (g.blocked.urgency != Urgency::None) return g;
    add_sources(content, d.sources, g.sources);
    add_sources(content, content.pressure.sources, g.sources);
    for (const GuideBall& b : resolve(content, g.family->balls))
        if (!gentle || b.ball->firmness_level <= content.pressure.gentle_max_firmness) g.balls.push_back(b);
    g.avoid_balls = resolve(content, g.family->avoid_balls);
    for (Position p : kPositions)
        if (shows_position(g.rules, *g.family, p)) g.positions.push_back(p);
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
        put(item, "title", s->title);
        put(item, "publisher", s->publisher);
        put(item, "url", s->url);
        sources.push_back(std::move(item));
    }
    Json positions = Json::array();
    for (Position p : g.positions) {
        Json item;
        put(item, "id", position_id(p));
        put(item, "name", position_name(p));
        put(item, "hint", position_hint(p));
        put(item, "steps", g.family->technique(p));
        positions.push_back(std::move(item));
    }
    Json questions = Json::array();
    const auto question = [&](const std::string& id, const char* kind, const std::string& label) {
        Json item;
        put(item, "id", id);
        put(item, "kind", kind);
        put(item, "label", label);
        put(item, "yes", applies(screening, id));
        questions.push_back(std::move(item));
    };
    for (const RedFlag& f : content.red_flags) question(f.id, "red-flag", f.question);
    for (const GeneralCaution& c : content.general_cautions) question(c.id, "condition", c.label);
    Json flags = Json::array(), groups = Json::array();
    for (Urgency u : {Urgency::Emergency, Urgency::Today, Urgency::Soon}) {
        Json group;
        put(group, "urgency", urgency_key(u));
        put(group, "title", content.urgencies[static_cast<int>(u)].title);
        put(group, "flags", Json::array());
        for (const RedFlag& f : content.red_flags) {
            if (f.urgency != u) continue;
            group["flags"].push_back(f.question);
            flags.push_back(f.question);
        }
        groups.push_back(std::move(group));
    }
    Json blocked(nullptr);
    if (g.blocked.urgency != Urgency::None) {
        blocked = Json::object();
        put(blocked, "urgency", urgency_key(g.blocked.urgency));
        put(blocked, "title", g.blocked.title);
        put(blocked, "text", g.blocked.text);
        put(blocked, "reasons", g.blocked.reasons);
    }
    Json dose;
    put(dose, "holdSec", g.dose.hold_sec);
    put(dose, "maxPerSpotSec", g.dose.max_per_spot_sec);
    put(dose, "maxSessionMin", g.dose.max_session_min);
    put(dose, "rolls", g.dose.rolls);
    put(dose, "text", dose_text(g));
    put(dose, "often", content.dose.often);
    put(dose, "nextDay", content.dose.next_day);
    Json pressure;
    put(pressure, "start", g.pressure.start);
    put(pressure, "max", g.pressure.max);
    put(pressure, "text", pressure_text(content, g));
    // Field by field: an initializer list per object costs more code in the download.
    Json out;
    put(out, "zone", g.zone->id);
    put(out, "name", g.title);
    put(out, "side", g.zone->side == Side::None ? Json(nullptr) : Json(side_name(g.zone->side)));
    put(out, "kind", kind_name(g.zone->kind));
    put(out, "where", g.family->where);
    put(out, "feel", avoid ? Json(nullptr) : Json(g.family->feel));
    put(out, "whyNot", avoid ? Json(g.family->why_not) : Json(nullptr));
    Json instead = Json::array();
    for (const Zone* z : g.instead) {
        Json item;
        put(item, "zone", z->id);
        put(item, "name", zone_short_name(content, *z));  // a button label: the canvas's fits a phone
        instead.push_back(std::move(item));
    }
    put(out, "instead", std::move(instead));
    Json answers;
    put(answers, "answered", screening.answered);
    put(answers, "editing", screening.editing);
    put(answers, "questions", std::move(questions));
    put(out, "screening", std::move(answers));
    put(out, "blocked", std::move(blocked));
    put(out, "gentle", g.rules.gentle);
    put(out, "positions", std::move(positions));
    put(out, "stopIf", content.pressure.stop_if);
    put(out, "balls", balls_json(g.balls));
    put(out, "avoidBalls", avoid_balls_json(g.avoid_balls));
    put(out, "dose", std::move(dose));
    put(out, "pressure", std::move(pressure));
    put(out, "cautions", guide_cautions(g));
    put(out, "notices", g.notices);
    put(out, "redFlags", std::move(flags));
    put(out, "redFlagGroups", std::move(groups));
    put(out, "sources", std::move(sources));
    return out;
}

}  // namespace knotmap
