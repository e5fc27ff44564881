#include "embed_options.h"

#include <cctype>

namespace knotmap {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Option names and values are echoed in warnings: keep them short and printable.
std::string shown(const std::string& value) {
    std::string out;
    for (char c : value.substr(0, 40)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return "'" + out + (value.size() > 40 ? "...'" : "'");
}

bool parse_flag(const std::string& value, bool& out) {
    const std::string v = lower(value);
    if (v == "1" || v == "true" || v == "yes" || v == "on" || v.empty()) { out = true; return true; }
    if (v == "0" || v == "false" || v == "no" || v == "off") { out = false; return true; }
    return false;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

bool parse_color(std::string v, Rgb& out) {
    if (!v.empty() && v[0] == '#') v.erase(0, 1);
    if (v.size() == 3) v = {v[0], v[0], v[1], v[1], v[2], v[2]};
    if (v.size() != 6) return false;
    int n[6];
    for (int i = 0; i < 6; ++i)
        if ((n[i] = hex_digit(v[static_cast<size_t>(i)])) < 0) return false;
    out = {static_cast<unsigned char>(n[0] * 16 + n[1]), static_cast<unsigned char>(n[2] * 16 + n[3]),
           static_cast<unsigned char>(n[4] * 16 + n[5])};
    return true;
}

}  // namespace

OptionsResult parse_embed_options(const OptionPairs& params, const MapGeometry& geometry, const Content& content) {
    OptionsResult result;
    EmbedOptions& o = result.options;
    auto warn = [&](const std::string& option, const std::string& value, const std::string& expected,
                    const std::string& fallback) {
        result.warnings.push_back("Knotmap: option '" + option + "' has a value it can't use, " + shown(value) +
                                  ": expected " + expected + ". Using " + fallback + ".");
    };
    for (const auto& [key, value] : params) {
        if (key == "zone") {
            const Zone* zone = find_zone(geometry, value);
            if (zone) o.zone = value;
            else warn("zone", value, "a zone id such as ql-left", "no selection");
        } else if (key == "families") {
            std::string item;
            for (size_t i = 0; i <= value.size(); ++i) {
                if (i < value.size() && value[i] != ',') {
                    if (!std::isspace(static_cast<unsigned char>(value[i]))) item += value[i];
                    continue;
                }
                if (item.empty()) continue;
                const FamilyContent* family = find_family(content, item);
                if (family && !family->is_avoid()) o.families.insert(item);
                else warn("families", item, "muscle families such as ql,glute-med", "the others");
                item.clear();
            }
        } else if (key == "theme") {
            const std::string v = lower(value);
            if (v == "dark") o.dark = true;
            else if (v != "light") warn("theme", value, "light or dark", "light");
        } else if (key == "accent") {
            if (parse_color(value, o.accent)) o.has_accent = true;
            else warn("accent", value, "a colour such as #1f6f68", "the default teal");
        } else if (key == "compact") {
            if (!parse_flag(value, o.compact)) warn("compact", value, "true or false", "false");
        } else if (key == "progress") {
            if (!parse_flag(value, o.progress)) {
                o.progress = true;
                warn("progress", value, "on or off", "on");
            }
        } else if (key == "lang") {
            if (lower(value) != "en") warn("lang", value, "a language the content provides (en)", "en");
        } else if (key == "embed") {
            parse_flag(value, o.embedded);
        } else {
            result.warnings.push_back("Knotmap: unknown option " + shown(key) + " is ignored.");
        }
    }
    // A zone that its own families option hides can't be the starting selection.
    if (!o.zone.empty() && !o.families.empty()) {
        const Zone* zone = find_zone(geometry, o.zone);
        if (zone && zone->kind == ZoneKind::Muscle && !o.families.count(zone->family)) {
            warn("zone", o.zone, "a zone among the families shown", "no selection");
            o.zone.clear();
        }
    }
    return result;
}

}  // namespace knotmap
