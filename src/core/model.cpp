#include "model.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "geometry_loader.h"

namespace knotmap {

bool load_model_pictures(Model& model, const std::string& pictures_json) {
    PictureSet set;
    if (!read_picture_set(pictures_json, set)) return false;
    model.pictures = std::move(set);
    return true;
}

std::vector<std::string> load_model(Model& model, const std::string& geometry_json, const std::string& content_json) {
    GeometryLoadResult geometry = load_geometry(geometry_json);
    ContentLoadResult content = load_content(content_json);
    std::vector<std::string> errors = geometry.errors;
    errors.insert(errors.end(), content.errors.begin(), content.errors.end());
    if (geometry.geometry && content.content) {
        const auto mismatch = check_content_matches_geometry(*content.content, *geometry.geometry);
        errors.insert(errors.end(), mismatch.begin(), mismatch.end());
    }
    if (!errors.empty()) return errors;
    model.geometry = std::move(*geometry.geometry);
    model.content = std::move(*content.content);
    model.all_muscle_zones.clear();
    for (const Zone& z : model.geometry.zones)
        if (z.kind == ZoneKind::Muscle) model.all_muscle_zones.insert(z.id);
    return errors;
}

std::vector<std::string> apply_options(Model& model, const OptionPairs& params) {
    OptionsResult result = parse_embed_options(params, model.geometry, model.content);
    model.options = result.options;
    const EmbedOptions& o = model.options;
    if (!o.families.empty()) {
        // Hidden families leave the map entirely: not drawn, not tappable, not listed.
        auto& zones = model.geometry.zones;
        zones.erase(std::remove_if(zones.begin(), zones.end(),
                                   [&](const Zone& z) { return z.kind == ZoneKind::Muscle && !o.families.count(z.family); }),
                    zones.end());
    }
    return result.warnings;
}

Json options_json(const Model& model) {
    const EmbedOptions& o = model.options;
    Json out;
    put(out, "theme", o.dark ? "dark" : "light");
    put(out, "accent", nullptr);
    if (o.has_accent) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "#%02x%02x%02x", o.accent.r, o.accent.g, o.accent.b);
        put(out, "accent", hex);
    }
    put(out, "compact", o.compact);
    put(out, "progress", o.progress);
    put(out, "zone", o.zone);
    put(out, "lang", o.lang);
    return out;
}

KnownIds known_ids(const Model& model) {
    KnownIds known;
    known.zones = model.all_muscle_zones;  // sessions are on muscles, never on bone
    for (const Ball& b : model.content.balls) known.balls.insert(b.id);
    return known;
}

}  // namespace knotmap
