#include "content.h"

#include <set>

#include "json_check.h"

namespace knotmap {

namespace {

const char* const kGroups[] = {"upper-back", "lower-back", "hips"};

// Walks a list of objects that each name themselves with `id_key`: reports items that aren't
// objects, a missing id and duplicate ids, and calls visit(item, id, where) for the rest.
template <typename Visit>
void for_each_entry(const Json& doc, const char* field, const char* id_key, const char* noun, ErrorList& errors,
                    Visit visit) {
    const Json* list = require_array(doc, field, "", errors);
    if (!list) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        std::string where = std::string(field) + "[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            errors.add(where, std::string("expected an object, found ") + json_type_name(item));
            continue;
        }
        const std::string* id = require_string(item, id_key, where, errors);
        if (!id) continue;
        where += " (" + *id + ")";
        if (!seen.insert(*id).second) errors.add(where, std::string("duplicate ") + noun + " '" + *id + "'");
        visit(item, *id, where);
    }
}

// A non-empty list of non-empty strings.
bool read_text_list(const Json& object, const char* field, std::vector<std::string>& out, const std::string& where,
                    ErrorList& errors) {
    const Json* list = require_array(object, field, where, errors);
    if (!list) return false;
    bool ok = true;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
            errors.add(where, "field '" + std::string(field) + "'[" + std::to_string(i) +
                                  "]: expected a non-empty string, found " +
                                  (item.is_string() ? "an empty string" : json_type_name(item)));
            ok = false;
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return ok;
}

const Json* require_object(const Json& object, const char* field, const std::string& where, ErrorList& errors) {
    return require_field(object, field, Json::value_t::object, "an object", where, errors);
}

bool read_number_field(const Json& object, const char* field, float min, float max, float& out,
                       const std::string& where, ErrorList& errors) {
    const Json* v = require_field(object, field, Json::value_t::number_float, "a number", where, errors);
    if (!v) return false;
    read_number(*v, out);
    if (out < min || out > max) {
        errors.add(where, "field '" + std::string(field) + "': expected a number from " + std::to_string(static_cast<int>(min)) +
                              " to " + std::to_string(static_cast<int>(max)) + ", found " + std::to_string(out));
        return false;
    }
    return true;
}

// A list of source ids (checked against the sources later, in check_references).
void read_source_ids(const Json& object, std::vector<std::string>& out, const std::string& where, ErrorList& errors) {
    const Json* list = require_array(object, "sources", where, errors);
    if (!list) return;
    for (size_t s = 0; s < list->size(); ++s) {
        const Json& ref = (*list)[s];
        if (ref.is_string()) out.push_back(ref.get<std::string>());
        else errors.add(where, "sources[" + std::to_string(s) + "]: expected a source id, found " + json_type_name(ref));
    }
}

// One of a few names: its index in `names`, or -1 with an error that lists them.
int read_choice(const Json& object, const char* field, const char* const* names, int count, const std::string& where,
                ErrorList& errors) {
    const std::string* v = require_string(object, field, where, errors);
    if (!v) return -1;
    std::string expected;
    for (int i = 0; i < count; ++i) {
        if (*v == names[i]) return i;
        expected += std::string(i == 0 ? "\"" : i + 1 == count ? " or \"" : ", \"") + names[i] + "\"";
    }
    errors.add(where, "field '" + std::string(field) + "': expected " + expected + ", found \"" + *v + "\"");
    return -1;
}

int read_whole_field(const Json& object, const char* field, int min, int max, const std::string& where, ErrorList& errors,
                     int fallback) {
    float v = 0;
    return read_number_field(object, field, static_cast<float>(min), static_cast<float>(max), v, where, errors)
               ? static_cast<int>(v)
               : fallback;
}

void read_balls(const Json& doc, Content& content, ErrorList& errors) {
    for_each_entry(doc, "balls", "id", "ball id", errors, [&](const Json& item, const std::string& id, const std::string& where) {
        Ball ball;
        ball.id = id;
        if (const std::string* v = require_string(item, "name", where, errors)) ball.name = *v;
        if (const std::string* v = require_string(item, "firmness", where, errors)) ball.firmness = *v;
        ball.firmness_level = read_whole_field(item, "firmnessLevel", 1, 6, where, errors, 0);
        if (item.contains("sizeNote"))
            if (const std::string* v = require_string(item, "sizeNote", where, errors)) ball.size_note = *v;
        read_number_field(item, "diameterIn", 0.2f, 40, ball.diameter_in, where, errors);
        read_number_field(item, "diameterCm", 0.5f, 100, ball.diameter_cm, where, errors);
        content.balls.push_back(std::move(ball));
    });
}

void read_ball_advice(const Json& object, const char* field, std::vector<BallAdvice>& out, const std::string& where,
                      ErrorList& errors) {
    const Json* list = require_array(object, field, where, errors);
    if (!list) return;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        const std::string at = where + ": " + field + "[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            errors.add(at, std::string("expected an object {\"ball\", \"why\"}, found ") + json_type_name(item));
            continue;
        }
        const std::string* ball = require_string(item, "ball", at, errors);
        const std::string* why = require_string(item, "why", at, errors);
        if (ball && why) out.push_back({*ball, *why});
    }
}

const char* const kEffects[] = {"doctor-first", "gentle", "side-lying-only", "specialist-first", "keep-off-area"};
const char* const kUrgencyKeys[] = {"", "specialist-first", "doctor-first", "soon", "today", "emergency"};

void read_general_cautions(const Json& doc, Content& content, ErrorList& errors) {
    for_each_entry(doc, "generalCautions", "id", "question id", errors,
                   [&](const Json& item, const std::string& id, const std::string& where) {
                       GeneralCaution caution;
                       caution.id = id;
                       if (const std::string* v = require_string(item, "label", where, errors)) caution.label = *v;
                       if (const std::string* v = require_string(item, "advice", where, errors)) caution.advice = *v;
                       const int effect = read_choice(item, "effect", kEffects, 5, where, errors);
                       if (effect >= 0) caution.effect = static_cast<CautionEffect>(effect);
                       read_source_ids(item, caution.sources, where, errors);
                       content.general_cautions.push_back(std::move(caution));
                   });
}

void read_red_flags(const Json& doc, Content& content, ErrorList& errors) {
    for_each_entry(doc, "redFlags", "id", "question id", errors,
                   [&](const Json& item, const std::string& id, const std::string& where) {
                       RedFlag flag;
                       flag.id = id;
                       if (const std::string* v = require_string(item, "question", where, errors)) flag.question = *v;
                       const int level = read_choice(item, "urgency", kUrgencyKeys + 3, 3, where, errors);
                       if (level >= 0) flag.urgency = static_cast<Urgency>(level + 3);
                       read_source_ids(item, flag.sources, where, errors);
                       content.red_flags.push_back(std::move(flag));
                   });
    if (const Json* urgencies = require_object(doc, "urgencies", "", errors)) {
        for (int u = 1; u < 6; ++u) {
            const std::string where = std::string("urgencies.") + kUrgencyKeys[u];
            const Json* advice = require_object(*urgencies, kUrgencyKeys[u], "urgencies", errors);
            if (!advice) continue;
            UrgencyAdvice& out = content.urgencies[u];
            if (const std::string* v = require_string(*advice, "title", where, errors)) out.title = *v;
            if (const std::string* v = require_string(*advice, "text", where, errors)) out.text = *v;
            read_source_ids(*advice, out.sources, where, errors);
        }
    }
}

void read_dose_and_pressure(const Json& doc, Content& content, ErrorList& errors) {
    if (const Json* dose = require_object(doc, "dose", "", errors)) {
        Dose& d = content.dose;
        d.hold_seconds = read_whole_field(*dose, "holdSeconds", 5, 120, "dose", errors, d.hold_seconds);
        d.gentle_hold_seconds = read_whole_field(*dose, "gentleHoldSeconds", 5, 120, "dose", errors, d.gentle_hold_seconds);
        d.max_per_spot_seconds = read_whole_field(*dose, "maxPerSpotSeconds", 5, 600, "dose", errors, d.max_per_spot_seconds);
        d.gentle_max_per_spot_seconds =
            read_whole_field(*dose, "gentleMaxPerSpotSeconds", 5, 600, "dose", errors, d.gentle_max_per_spot_seconds);
        d.max_session_minutes = read_whole_field(*dose, "maxSessionMinutes", 1, 60, "dose", errors, d.max_session_minutes);
        d.gentle_max_session_minutes =
            read_whole_field(*dose, "gentleMaxSessionMinutes", 1, 60, "dose", errors, d.gentle_max_session_minutes);
        d.roll_repetitions = read_whole_field(*dose, "rollRepetitions", 1, 200, "dose", errors, d.roll_repetitions);
        if (const std::string* v = require_string(*dose, "often", "dose", errors)) d.often = *v;
        if (const std::string* v = require_string(*dose, "nextDay", "dose", errors)) d.next_day = *v;
        if (const std::string* v = require_string(*dose, "why", "dose", errors)) d.why = *v;
        read_source_ids(*dose, d.sources, "dose", errors);
        // The timer never runs past a spot's limit, and the gentle rules are never the stronger.
        if (d.hold_seconds > d.max_per_spot_seconds || d.gentle_hold_seconds > d.gentle_max_per_spot_seconds)
            errors.add("dose", "a hold is longer than the limit per spot");
        if (d.gentle_hold_seconds > d.hold_seconds || d.gentle_max_per_spot_seconds > d.max_per_spot_seconds ||
            d.gentle_max_session_minutes > d.max_session_minutes)
            errors.add("dose", "a gentle limit is above the ordinary one");
    }
    if (const Json* pressure = require_object(doc, "pressure", "", errors)) {
        Pressure& p = content.pressure;
        // Ceilings by rule: never above 7 out of 10, never above 5 under the gentle rules.
        p.start = read_whole_field(*pressure, "start", 1, 7, "pressure", errors, p.start);
        p.max = read_whole_field(*pressure, "max", 1, 7, "pressure", errors, p.max);
        p.gentle_max = read_whole_field(*pressure, "gentleMax", 1, 5, "pressure", errors, p.gentle_max);
        p.gentle_max_firmness = read_whole_field(*pressure, "gentleMaxFirmness", 1, 6, "pressure", errors, p.gentle_max_firmness);
        if (const std::string* v = require_string(*pressure, "summary", "pressure", errors)) p.summary = *v;
        if (const std::string* v = require_string(*pressure, "stopIf", "pressure", errors)) p.stop_if = *v;
        if (const std::string* v = require_string(*pressure, "why", "pressure", errors)) p.why = *v;
        read_source_ids(*pressure, p.sources, "pressure", errors);
        if (p.start > p.max) errors.add("pressure", "field 'start' is above field 'max'");
        if (p.gentle_max > p.max) errors.add("pressure", "field 'gentleMax' is above field 'max'");
    }
}

void read_muscle_guidance(const Json& item, FamilyContent& fc, const std::string& where, ErrorList& errors) {
    if (const std::string* v = require_string(item, "feel", where, errors)) fc.feel = *v;
    if (const Json* v = require_field(item, "spineSide", Json::value_t::boolean, "true or false", where, errors))
        fc.spine_side = v->get<bool>();
    read_ball_advice(item, "balls", fc.balls, where, errors);
    read_ball_advice(item, "avoidBalls", fc.avoid_balls, where, errors);
    if (const Json* technique = require_object(item, "technique", where, errors)) {
        for (Position p : kPositions)
            read_text_list(*technique, position_key(p), fc.steps[static_cast<int>(p)], where + ": technique", errors);
    }
    read_text_list(item, "cautions", fc.cautions, where, errors);
    static const char* const kLying[] = {"back", "front", "side", "seated"};
    const int lying = read_choice(item, "floorLying", kLying, 4, where, errors);
    if (lying >= 0) fc.floor_lying = static_cast<Lying>(lying);
}

void read_sources(const Json& doc, Content& content, ErrorList& errors) {
    for_each_entry(doc, "sources", "id", "source id", errors, [&](const Json& item, const std::string& id, const std::string& where) {
        const std::string* title = require_string(item, "title", where, errors);
        const std::string* publisher = require_string(item, "publisher", where, errors);
        if (!title || !publisher) return;
        std::string url;  // optional: the seed articles were handed to us as text, without an address
        if (item.contains("url")) {
            if (const std::string* u = require_string(item, "url", where, errors)) url = *u;
        }
        content.sources.push_back({id, *title, *publisher, url});
    });
}

void read_families(const Json& doc, Content& content, ErrorList& errors) {
    for_each_entry(doc, "families", "family", "family", errors, [&](const Json& item, const std::string& family, const std::string& where) {
        FamilyContent fc;
        fc.family = family;
        const std::string* name = require_string(item, "name", where, errors);
        const std::string* short_name = require_string(item, "shortName", where, errors);
        if (short_name) fc.short_name = *short_name;
        const std::string* group = require_string(item, "group", where, errors);
        const std::string* place = require_string(item, "where", where, errors);
        if (name) fc.name = *name;
        if (place) fc.where = *place;
        if (group) {
            bool known = false;
            for (const char* g : kGroups) known = known || *group == g;
            if (!known)
                errors.add(where, "field 'group': expected \"upper-back\", \"lower-back\" or \"hips\", found \"" +
                                      *group + "\"");
            fc.group = *group;
        }
        if (!fc.is_avoid()) read_muscle_guidance(item, fc, where, errors);
        if (fc.is_avoid()) {
            const std::string* why = require_string(item, "whyNot", where, errors);
            read_text_list(item, "nearest", fc.nearest, where, errors);
            if (why) fc.why_not = *why;
        }
        read_source_ids(item, fc.sources, where, errors);
        content.families.push_back(std::move(fc));
    });
}

void check_references(const Content& content, ErrorList& errors) {
    std::set<std::string> source_ids, families, balls, cited, questions;
    for (const Source& s : content.sources) source_ids.insert(s.id);
    for (const FamilyContent& f : content.families) families.insert(f.family);
    for (const Ball& b : content.balls) balls.insert(b.id);
    const auto cite = [&](const std::vector<std::string>& refs, const std::string& where) {
        for (const std::string& ref : refs) {
            if (!source_ids.count(ref)) errors.add(where, "field 'sources': unknown source id '" + ref + "'");
            cited.insert(ref);
        }
    };
    // Red flags and conditions are answered in one list of ids: they can't share one.
    for (const RedFlag& f : content.red_flags) {
        questions.insert(f.id);
        cite(f.sources, "redFlags (" + f.id + ")");
    }
    for (const GeneralCaution& c : content.general_cautions) {
        if (questions.count(c.id)) errors.add("generalCautions (" + c.id + ")", "the id of a red flag too");
        cite(c.sources, "generalCautions (" + c.id + ")");
    }
    for (int u = 1; u < 6; ++u) cite(content.urgencies[u].sources, std::string("urgencies.") + kUrgencyKeys[u]);
    cite(content.dose.sources, "dose");
    cite(content.pressure.sources, "pressure");
    for (const FamilyContent& f : content.families) {
        const std::string where = "families (" + f.family + ")";
        for (const auto* list : {&f.balls, &f.avoid_balls})
            for (const BallAdvice& advice : *list)
                if (!balls.count(advice.ball))
                    errors.add(where, std::string("field '") + (list == &f.balls ? "balls" : "avoidBalls") +
                                          "': unknown ball id '" + advice.ball + "'");
        // A zone never recommends a ball it also says not to use, and the gentle rules always
        // leave it one ball.
        bool soft = f.is_avoid();
        for (const BallAdvice& advice : f.balls) {
            for (const BallAdvice& no : f.avoid_balls)
                if (no.ball == advice.ball) errors.add(where, "ball '" + advice.ball + "' is in both 'balls' and 'avoidBalls'");
            const Ball* ball = find_ball(content, advice.ball);
            soft = soft || (ball && ball->firmness_level <= content.pressure.gentle_max_firmness);
        }
        if (!soft) errors.add(where, "field 'balls': no ball soft enough for the gentle rules");
        cite(f.sources, where);
        for (const std::string& nearest : f.nearest)
            if (!families.count(nearest) || nearest.rfind("avoid-", 0) == 0)
                errors.add(where, "field 'nearest': expected the family of a muscle zone, found '" + nearest + "'");
    }
    for (const Source& s : content.sources)
        if (!cited.count(s.id)) errors.add("sources (" + s.id + ")", "listed but cited nowhere: cite it or remove it");
}

}  // namespace

ContentLoadResult load_content(const std::string& json_text, const std::string& file_name) {
    ErrorList errors(file_name);
    ContentLoadResult result;
    Json doc;
    if (!parse_json(json_text, doc, errors)) {
        result.errors = errors.messages();
        return result;
    }
    Content content;
    if (const std::string* disclaimer = require_string(doc, "disclaimer", "", errors)) content.disclaimer = *disclaimer;
    read_sources(doc, content, errors);
    read_balls(doc, content, errors);
    read_dose_and_pressure(doc, content, errors);
    read_red_flags(doc, content, errors);
    read_general_cautions(doc, content, errors);
    read_families(doc, content, errors);
    if (errors.empty()) check_references(content, errors);
    if (!errors.empty()) {
        result.errors = errors.messages();
        return result;
    }
    result.content = std::move(content);
    return result;
}

const char* position_key(Position position) {
    switch (position) {
        case Position::Floor: return "floor";
        case Position::Travel: return "travel";
        case Position::Wall: break;
    }
    return "wall";
}

const Ball* find_ball(const Content& content, const std::string& id) {
    for (const Ball& b : content.balls)
        if (b.id == id) return &b;
    return nullptr;
}

const char* group_name(const std::string& group) {
    if (group == "upper-back") return "Upper back";
    if (group == "lower-back") return "Lower back";
    if (group == "hips") return "Hips";
    return "";
}

const GeneralCaution* find_caution(const Content& content, const std::string& id) {
    for (const GeneralCaution& c : content.general_cautions)
        if (c.id == id) return &c;
    return nullptr;
}

const RedFlag* find_red_flag(const Content& content, const std::string& id) {
    for (const RedFlag& f : content.red_flags)
        if (f.id == id) return &f;
    return nullptr;
}

bool is_question(const Content& content, const std::string& id) {
    return find_red_flag(content, id) || find_caution(content, id);
}

const char* urgency_key(Urgency urgency) { return kUrgencyKeys[static_cast<int>(urgency)]; }

const Source* find_source(const Content& content, const std::string& id) {
    for (const Source& s : content.sources)
        if (s.id == id) return &s;
    return nullptr;
}

const FamilyContent* find_family(const Content& content, const std::string& family) {
    for (const FamilyContent& f : content.families)
        if (f.family == family) return &f;
    return nullptr;
}

std::vector<std::string> check_content_matches_geometry(const Content& content, const MapGeometry& geometry,
                                                        const std::string& file_name) {
    ErrorList errors(file_name);
    std::set<std::string> geometry_families;
    for (const Zone& zone : geometry.zones) {
        geometry_families.insert(zone.family);
        if (!find_family(content, zone.family))
            errors.add("families", "zone '" + zone.id + "' is on the map but has no content (add family '" +
                                       zone.family + "')");
    }
    for (const FamilyContent& f : content.families)
        if (!geometry_families.count(f.family))
            errors.add("families (" + f.family + ")", "content for a zone that is not on the map (geometry.json)");
    return errors.messages();
}

std::string zone_short_name(const Content& content, const Zone& zone) {
    const FamilyContent* family = find_family(content, zone.family);
    std::string name = family ? family->short_name : zone.id;
    if (zone.side == Side::Left) name += ", left";
    if (zone.side == Side::Right) name += ", right";
    return name;
}

std::string zone_display_name(const Content& content, const Zone& zone) {
    const FamilyContent* family = find_family(content, zone.family);
    std::string name = family ? family->name : zone.id;
    if (zone.side == Side::Left) name += ", left side";
    if (zone.side == Side::Right) name += ", right side";
    return name;
}

}  // namespace knotmap
