// What the fuzz targets share: stopping loudly when a property fails, and the shipped files.
// A failed property aborts, which libFuzzer reports like a crash, keeping the input that caused it.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "content.h"
#include "geometry_loader.h"
#include "progress_document.h"

namespace knotmap::fuzz {

[[noreturn]] inline void property_failed(const char* property, const char* file, int line, const std::string& detail) {
    std::fprintf(stderr, "\n%s:%d: property failed: %s\n  %s\n", file, line, property, detail.c_str());
    std::fflush(stderr);
    std::abort();
}

// The detail is only built when the property fails, so it may be as costly as it needs to be.
#define KNOTMAP_EXPECT(property, detail)                                                          \
    do {                                                                                          \
        if (!(property)) ::knotmap::fuzz::property_failed(#property, __FILE__, __LINE__, (detail)); \
    } while (0)

inline std::string text_of(const uint8_t* data, size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) property_failed("the file can be read", __FILE__, __LINE__, path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string asset(const std::string& name) { return read_file(std::string(KNOTMAP_ASSETS_DIR) + "/" + name); }
inline std::string fixture(const std::string& name) {
    return read_file(std::string(KNOTMAP_FIXTURES_DIR) + "/" + name);
}

struct Shipped {
    Content content;
    MapGeometry geometry;
};

// Loaded once per process: several targets check fuzzed input against the real map and guidance.
inline const Shipped& shipped() {
    static const Shipped s = [] {
        ContentLoadResult content = load_content(asset("content.json"));
        GeometryLoadResult geometry = load_geometry(asset("geometry.json"));
        KNOTMAP_EXPECT(content.content, "assets/content.json: " + content.errors.front());
        KNOTMAP_EXPECT(geometry.geometry, "assets/geometry.json: " + geometry.errors.front());
        return Shipped{*content.content, *geometry.geometry};
    }();
    return s;
}

// The zone and ball ids of the shipped files, as the app passes them to the progress parser.
inline const KnownIds& shipped_ids() {
    static const KnownIds ids = [] {
        KnownIds k;
        for (const Zone& zone : shipped().geometry.zones) k.zones.insert(zone.id);
        for (const Ball& ball : shipped().content.balls) k.balls.insert(ball.id);
        return k;
    }();
    return ids;
}

// How deeply brackets nest outside strings (an upper bound when the text isn't JSON). The targets
// write accepted documents out again with nlohmann's dump(), which recurses once per level; the
// core itself never does, so only the targets need to stay clear of very deep documents.
inline size_t nesting_depth(const std::string& text) {
    size_t depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

constexpr size_t kMaxRewriteDepth = 64;

}  // namespace knotmap::fuzz
