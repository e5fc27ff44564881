// Fuzzes the page's options (parse_embed_options) against the shipped map and guidance. The input
// reads like a query string, "zone=ql-left&theme=dark", with %XX for any byte. Whatever it holds:
// - parsing never crashes and gives the same options and warnings twice;
// - every warning names an option that was given, and is short and printable (pages and links
//   are not ours: what they pass is echoed into the console);
// - every value taken is one the app can use: a zone on the map, muscle families that exist,
//   a language the content provides; anything changed from its default was asked for;
// - each option alone warns about nothing but itself, and no options at all means the defaults.
#include <algorithm>
#include <cctype>

#include "embed_options.h"
#include "fuzz_support.h"

using namespace knotmap;

namespace {

const char* const kKnownOptions[] = {"zone", "families", "theme", "accent", "compact", "progress", "lang", "embed"};

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decoded(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const int hi = s[i] == '%' && i + 2 < s.size() ? hex_value(s[i + 1]) : -1;
        const int lo = hi >= 0 ? hex_value(s[i + 2]) : -1;
        if (lo >= 0) {
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

OptionPairs decode_pairs(const std::string& text) {
    OptionPairs pairs;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('&', start);
        if (end == std::string::npos) end = text.size();
        const std::string part = text.substr(start, end - start);
        const size_t eq = part.find('=');
        if (!part.empty())
            pairs.emplace_back(percent_decoded(part.substr(0, eq)),
                               eq == std::string::npos ? std::string() : percent_decoded(part.substr(eq + 1)));
        start = end + 1;
    }
    return pairs;
}

bool is_known(const std::string& key) {
    return std::any_of(std::begin(kKnownOptions), std::end(kKnownOptions), [&](const char* k) { return key == k; });
}

bool given(const OptionPairs& pairs, const std::string& key) {
    return std::any_of(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == key; });
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The option a warning is about, as it names it.
bool names_a_given_option(const std::string& warning, const OptionPairs& pairs) {
    for (const auto& [key, value] : pairs) {
        if (is_known(key) && warning.rfind("Knotmap: option '" + key + "' ", 0) == 0) return true;
        if (!is_known(key) && warning.rfind("Knotmap: unknown option '", 0) == 0) {
            // Long or unprintable keys are shown cut short and made printable: compare what is left.
            const std::string shown = warning.substr(std::string("Knotmap: unknown option '").size());
            const size_t n = std::min<size_t>(key.size(), 40);
            bool same = shown.size() > n;
            for (size_t i = 0; same && i < n; ++i) {
                const char c = key[i];
                same = shown[i] == ((c >= 0x20 && c < 0x7f) ? c : '?');
            }
            if (same) return true;
        }
    }
    return false;
}

void check_warnings(const OptionsResult& r, const OptionPairs& pairs) {
    for (const std::string& warning : r.warnings) {
        KNOTMAP_EXPECT(names_a_given_option(warning, pairs), "a warning names no option given: " + warning);
        KNOTMAP_EXPECT(warning.size() < 300, "a long warning: " + warning.substr(0, 300));
        for (char c : warning)
            KNOTMAP_EXPECT(c >= 0x20 && c < 0x7f, "an unprintable byte in a warning: " + std::to_string(int(c)));
    }
}

void check_values(const OptionsResult& r, const OptionPairs& pairs) {
    const fuzz::Shipped& s = fuzz::shipped();
    const EmbedOptions& o = r.options;
    const EmbedOptions defaults;
    const Zone* zone = o.zone.empty() ? nullptr : find_zone(s.geometry, o.zone);
    KNOTMAP_EXPECT(o.zone.empty() || zone, "a zone not on the map: " + o.zone);
    for (const std::string& family : o.families) {
        const FamilyContent* f = find_family(s.content, family);
        KNOTMAP_EXPECT(f && !f->is_avoid(), "not a muscle family: " + family);
    }
    if (zone && zone->kind == ZoneKind::Muscle && !o.families.empty())
        KNOTMAP_EXPECT(o.families.count(zone->family), "the starting zone is hidden by the families shown");
    KNOTMAP_EXPECT(o.lang == "en", "language " + o.lang);
    KNOTMAP_EXPECT(o.zone.empty() || given(pairs, "zone"), "a zone nobody asked for");
    KNOTMAP_EXPECT(o.families.empty() || given(pairs, "families"), "families nobody asked for");
    KNOTMAP_EXPECT(o.dark == defaults.dark || given(pairs, "theme"), "a theme nobody asked for");
    KNOTMAP_EXPECT(o.has_accent == defaults.has_accent || given(pairs, "accent"), "an accent nobody asked for");
    KNOTMAP_EXPECT(o.compact == defaults.compact || given(pairs, "compact"), "compact nobody asked for");
    KNOTMAP_EXPECT(o.progress == defaults.progress || given(pairs, "progress"), "progress off nobody asked for");
    KNOTMAP_EXPECT(o.embedded == defaults.embedded || given(pairs, "embed"), "embedded nobody asked for");
    if (o.dark) {
        const bool asked = std::any_of(pairs.begin(), pairs.end(),
                                       [](const auto& p) { return p.first == "theme" && lower(p.second) == "dark"; });
        KNOTMAP_EXPECT(asked, "dark without theme=dark");
    }
}

bool same(const OptionsResult& a, const OptionsResult& b) {
    const EmbedOptions &x = a.options, &y = b.options;
    return a.warnings == b.warnings && x.zone == y.zone && x.families == y.families && x.dark == y.dark &&
           x.has_accent == y.has_accent && x.accent.r == y.accent.r && x.accent.g == y.accent.g &&
           x.accent.b == y.accent.b && x.compact == y.compact && x.progress == y.progress && x.lang == y.lang &&
           x.embedded == y.embedded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Shipped& s = fuzz::shipped();
    const OptionPairs pairs = decode_pairs(fuzz::text_of(data, size));
    const OptionsResult result = parse_embed_options(pairs, s.geometry, s.content);
    KNOTMAP_EXPECT(same(result, parse_embed_options(pairs, s.geometry, s.content)), "two parses differ");
    check_warnings(result, pairs);
    check_values(result, pairs);
    if (pairs.empty())
        KNOTMAP_EXPECT(result.warnings.empty() && same(result, OptionsResult{}), "no options, yet not the defaults");
    for (const auto& pair : pairs) {
        const OptionPairs alone{pair};
        const OptionsResult one = parse_embed_options(alone, s.geometry, s.content);
        check_warnings(one, alone);
        check_values(one, alone);
    }
    return 0;
}
