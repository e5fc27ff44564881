// What Knotmap loaded: the map's geometry, the content and the page's options. Built once at
// start (load_model, then apply_options) and read-only after that; the visitor's state is in
// visitor.h.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "content.h"
#include "embed_options.h"
#include "geometry.h"
#include "json_check.h"
#include "picture_set.h"
#include "progress_document.h"

namespace knotmap {

struct Model {
    MapGeometry geometry;  // the zones the page's options left on the map
    Content content;
    EmbedOptions options;
    std::set<std::string> all_muscle_zones;  // before the families option hid any: saved sessions may name them
    // The technique pictures (picture_set.h): they arrive after the first map frame (the page
    // fetches them), so until then, or if they can't be read, the guide shows its steps alone.
    std::optional<PictureSet> pictures;
};

// Takes the technique pictures (dist/assets/pictures.json). False when the text isn't a picture set.
bool load_model_pictures(Model& model, const std::string& pictures_json);

// Loads and cross-checks the geometry and the content. Returns the errors (none: the model is ready).
std::vector<std::string> load_model(Model& model, const std::string& geometry_json, const std::string& content_json);

// Applies the page's options (after load_model); returns the warnings for the console.
std::vector<std::string> apply_options(Model& model, const OptionPairs& params);

// The options as the page's script uses them, parsed here once so the page and the canvas agree:
// {"theme": "light" | "dark", "accent": "#rrggbb" | null, "compact", "progress", "zone", "lang"}
// (sent with the shared words: page_view.h's setup_json).
Json options_json(const Model& model);

// The zone and ball ids a stored or imported session may name.
KnownIds known_ids(const Model& model);

}  // namespace knotmap
