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

// The README's rules for a stored session, written again here without the core's code, so a
// property built on them can fail when the core's validator drifts from what the README promises:
// a known muscle zone, a known ball or none, 1 to 3600 seconds, scores 0 to 10 or none, a note of
// at most 140 characters (code points) of well-formed UTF-8, a start between 2000 and 2100.
// Characters are counted by a decoder of its own: a UTF-8 sequence is decoded whole, by the
// ranges of Unicode's table of well-formed byte sequences (Table 3-7), and counted once.
inline bool decode_utf8_count(const std::string& text, size_t& characters) {
    characters = 0;
    const auto in = [](unsigned char b, int lo, int hi) { return b >= lo && b <= hi; };
    for (size_t i = 0; i < text.size(); ++characters) {
        const auto at = [&](size_t k) { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0; };
        const unsigned char b0 = at(0);
        size_t length = 0;
        if (b0 <= 0x7F) length = 1;
        else if (in(b0, 0xC2, 0xDF) && in(at(1), 0x80, 0xBF)) length = 2;
        else if (b0 == 0xE0 && in(at(1), 0xA0, 0xBF) && in(at(2), 0x80, 0xBF)) length = 3;
        else if ((in(b0, 0xE1, 0xEC) || in(b0, 0xEE, 0xEF)) && in(at(1), 0x80, 0xBF) && in(at(2), 0x80, 0xBF)) length = 3;
        else if (b0 == 0xED && in(at(1), 0x80, 0x9F) && in(at(2), 0x80, 0xBF)) length = 3;
        else if (b0 == 0xF0 && in(at(1), 0x90, 0xBF) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF)) length = 4;
        else if (in(b0, 0xF1, 0xF3) && in(at(1), 0x80, 0xBF) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF)) length = 4;
        else if (b0 == 0xF4 && in(at(1), 0x80, 0x8F) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF)) length = 4;
        else return false;
        i += length;
    }
    return true;
}

constexpr size_t kReadmeNoteCharacters = 140;
constexpr int kReadmeMaxSeconds = 3600;

inline bool meets_readme_session_rules(const Session& s, const KnownIds& known) {
    size_t zone_chars = 0, ball_chars = 0, note_chars = 0;
    if (s.zone.empty() || !decode_utf8_count(s.zone, zone_chars) || !decode_utf8_count(s.ball, ball_chars)) return false;
    if (!known.zones.empty() && !known.zones.count(s.zone)) return false;
    if (!s.ball.empty() && !known.balls.empty() && !known.balls.count(s.ball)) return false;
    if (s.duration_sec < 1 || s.duration_sec > kReadmeMaxSeconds) return false;
    if (s.pain_before < -1 || s.pain_before > 10 || s.pain_after < -1 || s.pain_after > 10) return false;
    if (!decode_utf8_count(s.note, note_chars) || note_chars > kReadmeNoteCharacters) return false;
    if (!s.position.empty() && s.position != "wall" && s.position != "floor" && s.position != "chair") return false;
    return s.started_at >= 946684800000LL && s.started_at < 4102444800000LL + 1;  // 2000-01-01 to 2100-01-01
}

constexpr size_t kMaxRewriteDepth = 64;

}  // namespace knotmap::fuzz
