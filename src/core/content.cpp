#include "content.h"

#include <set>

#include "json_check.h"

namespace knotmap {

namespace {

const char* const kGroups[] = {"upper-back", "lower-back", "hips"};

void read_sources(const Json& doc, Content& content, ErrorList& errors) {
    const Json* list = require_array(doc, "sources", "", errors);
    if (!list) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        const std::string where = "sources[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            errors.add(where, std::string("expected an object, found ") + json_type_name(item));
            continue;
        }
        const std::string* id = require_string(item, "id", where, errors);
        const std::string* title = require_string(item, "title", where, errors);
        const std::string* publisher = require_string(item, "publisher", where, errors);
        if (!id || !title || !publisher) continue;
        std::string url;  // optional: the seed articles were handed to us as text, without an address
        if (item.contains("url")) {
            if (const std::string* u = require_string(item, "url", where, errors)) url = *u;
        }
        if (!seen.insert(*id).second) errors.add(where, "duplicate source id '" + *id + "'");
        content.sources.push_back({*id, *title, *publisher, url});
    }
}

void read_families(const Json& doc, Content& content, ErrorList& errors) {
    const Json* list = require_array(doc, "families", "", errors);
    if (!list) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        std::string where = "families[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            errors.add(where, std::string("expected an object, found ") + json_type_name(item));
            continue;
        }
        const std::string* family = require_string(item, "family", where, errors);
        if (!family) continue;
        where += " (" + *family + ")";
        if (!seen.insert(*family).second) errors.add(where, "duplicate family '" + *family + "'");
        FamilyContent fc;
        fc.family = *family;
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
        const bool is_avoid = fc.family.rfind("avoid-", 0) == 0;
        if (is_avoid) {
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
    }
}

void check_references(const Content& content, ErrorList& errors) {
    std::set<std::string> source_ids, families;
    for (const Source& s : content.sources) source_ids.insert(s.id);
    for (const FamilyContent& f : content.families) families.insert(f.family);
    for (const FamilyContent& f : content.families) {
        const std::string where = "families (" + f.family + ")";
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
    read_families(doc, content, errors);
    if (errors.empty()) check_references(content, errors);
    if (!errors.empty()) {
        result.errors = errors.messages();
        return result;
    }
    result.content = std::move(content);
    return result;
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
