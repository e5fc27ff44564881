// The guidance content (assets/content.json): names and text for every zone family.
// Keyed by family ("ql", "avoid-scapula"): both sides of a family share their text.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "geometry.h"

namespace knotmap {

struct Source {
    std::string id;
    std::string title;
    std::string publisher;
    std::string url;
};

struct FamilyContent {
    std::string family;
    std::string name;     // "QL (quadratus lumborum)"
    std::string short_name;  // "QL": for chips and tight spaces
    std::string group;    // "upper-back", "lower-back" or "hips": for grouping lists
    std::string where;    // where it is, in plain words
    // Avoid areas only:
    std::string why_not;  // why not to press here
    std::string nearest;  // family of the nearest zone to work instead
    std::vector<std::string> sources;  // ids into Content::sources
};

struct Content {
    std::vector<FamilyContent> families;
    std::vector<Source> sources;
    std::string disclaimer;
};

struct ContentLoadResult {
    std::optional<Content> content;
    std::vector<std::string> errors;  // "content.json: families[2] (ql): field 'name': expected ..."
};

ContentLoadResult load_content(const std::string& json_text, const std::string& file_name = "content.json");

const FamilyContent* find_family(const Content& content, const std::string& family);

// Every zone in the geometry has content and every content family has a zone; errors otherwise.
std::vector<std::string> check_content_matches_geometry(const Content& content, const MapGeometry& geometry,
                                                        const std::string& file_name = "content.json");

// "QL (quadratus lumborum), left side": the name people see on buttons and in the panel.
std::string zone_display_name(const Content& content, const Zone& zone);
// "QL, left": for chips and other tight spaces.
std::string zone_short_name(const Content& content, const Zone& zone);

}  // namespace knotmap
