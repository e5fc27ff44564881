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

void read_balls(const Json& doc, Content& content, ErrorList& errors) {
    for_each_entry(doc, "balls", "id", "ball id", errors, [&](const Json& item, const std::string& id, const std::string& where) {
        Ball ball;
        ball.id = id;
        if (const std::string* v = require_string(item, "name", where, errors)) ball.name = *v;
        if (const std::string* v = require_string(item, "firmness", where, errors)) ball.firmness = *v;
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

void read_general_cautions(const Json& doc, Content& content, ErrorList& errors) {
    for_each_entry(doc, "generalCautions", "id", "caution id", errors,
                   [&](const Json& item, const std::string& id, const std::string& where) {
                       GeneralCaution caution;
                       caution.id = id;
                       if (const std::string* v = require_string(item, "label", where, errors)) caution.label = *v;
                       if (const std::string* v = require_string(item, "advice", where, errors)) caution.advice = *v;
                       if (const std::string* effect = require_string(item, "effect", where, errors)) {
                           if (*effect == "caution") caution.effect = CautionEffect::Advice;
                           else if (*effect == "no-floor") caution.effect = CautionEffect::NoFloor;
                           else if (*effect == "spine-specialist") caution.effect = CautionEffect::SpineSpecialist;
                           else
                               errors.add(where, "field 'effect': expected \"caution\", \"no-floor\" or "
                                                 "\"spine-specialist\", found \"" + *effect + "\"");
                       }
                       content.general_cautions.push_back(std::move(caution));
                   });
}

void read_dose_and_pressure(const Json& doc, Content& content, ErrorList& errors) {
    if (const Json* dose = require_object(doc, "dose", "", errors)) {
        float hold = 0, rolls = 0;
        if (read_number_field(*dose, "holdSeconds", 5, 600, hold, "dose", errors)) content.dose.hold_seconds = static_cast<int>(hold);
        if (read_number_field(*dose, "rollRepetitions", 1, 200, rolls, "dose", errors))
            content.dose.roll_repetitions = static_cast<int>(rolls);
        if (const std::string* v = require_string(*dose, "summary", "dose", errors)) content.dose.summary = *v;
    }
    if (const Json* pressure = require_object(doc, "pressure", "", errors)) {
        float low = 0, high = 0;
        if (read_number_field(*pressure, "low", 0, 10, low, "pressure", errors)) content.pressure.low = static_cast<int>(low);
        if (read_number_field(*pressure, "high", 0, 10, high, "pressure", errors)) content.pressure.high = static_cast<int>(high);
        if (const std::string* v = require_string(*pressure, "summary", "pressure", errors)) content.pressure.summary = *v;
        if (content.pressure.low > content.pressure.high)
            errors.add("pressure", "field 'low' is above field 'high'");
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
            const std::string* nearest = require_string(item, "nearest", where, errors);
            if (why) fc.why_not = *why;
            if (nearest) fc.nearest = *nearest;
        }
        if (const Json* sources = require_array(item, "sources", where, errors)) {
            for (size_t s = 0; s < sources->size(); ++s) {
                const Json& ref = (*sources)[s];
                if (!ref.is_string()) {
                    errors.add(where, "sources[" + std::to_string(s) + "]: expected a source id, found " +
                                          json_type_name(ref));
                    continue;
                }
                fc.sources.push_back(ref.get<std::string>());
            }
        }
        content.families.push_back(std::move(fc));
    });
}

void check_references(const Content& content, ErrorList& errors) {
    std::set<std::string> source_ids, families, balls;
    for (const Source& s : content.sources) source_ids.insert(s.id);
    for (const FamilyContent& f : content.families) families.insert(f.family);
    for (const Ball& b : content.balls) balls.insert(b.id);
    for (const std::string& ref : content.red_flags_sources)
        if (!source_ids.count(ref)) errors.add("redFlagsSources", "unknown source id '" + ref + "'");
    for (const FamilyContent& f : content.families) {
        const std::string where = "families (" + f.family + ")";
        for (const auto* list : {&f.balls, &f.avoid_balls})
            for (const BallAdvice& advice : *list)
                if (!balls.count(advice.ball))
                    errors.add(where, std::string("field '") + (list == &f.balls ? "balls" : "avoidBalls") +
                                          "': unknown ball id '" + advice.ball + "'");
        for (const std::string& ref : f.sources)
            if (!source_ids.count(ref)) errors.add(where, "field 'sources': unknown source id '" + ref + "'");
        if (!f.nearest.empty() && (!families.count(f.nearest) || f.nearest.rfind("avoid-", 0) == 0))
            errors.add(where, "field 'nearest': expected the family of a muscle zone, found '" + f.nearest + "'");
    }
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
    read_general_cautions(doc, content, errors);
    read_text_list(doc, "redFlags", content.red_flags, "", errors);
    if (const std::string* v = require_string(doc, "redFlagsAdvice", "", errors)) content.red_flags_advice = *v;
    read_text_list(doc, "redFlagsSources", content.red_flags_sources, "", errors);
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
