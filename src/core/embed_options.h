// Options a page gives the widget, through URL parameters or the embed's data attributes
// (the same names): zone, families, theme, accent, compact, progress, lang. A bad value never
// breaks the widget: it produces a warning naming the option, and the default is used.
#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "content.h"
#include "geometry.h"

namespace knotmap {

struct Rgb {
    unsigned char r = 0, g = 0, b = 0;
};

struct EmbedOptions {
    std::string zone;                // selected at start; empty: none
    std::set<std::string> families;  // muscle families shown; empty: all (avoid areas always show)
    bool dark = false;
    bool has_accent = false;
    Rgb accent;
    bool compact = false;            // map and guidance only
    bool progress = true;            // history, logging and the progress views
    std::string lang = "en";
    bool embedded = false;           // inside embed.js's iframe: report height and events to the host
};

struct OptionsResult {
    EmbedOptions options;
    std::vector<std::string> warnings;  // "Knotmap: option 'theme' ..."
};

using OptionPairs = std::vector<std::pair<std::string, std::string>>;

OptionsResult parse_embed_options(const OptionPairs& params, const MapGeometry& geometry, const Content& content);

}  // namespace knotmap
