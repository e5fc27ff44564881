#include "picture_set.h"

#include <cmath>

namespace knotmap {

namespace {

constexpr int kVersion = 1;

// A hundredth of a centimetre is finer than any screen shows; more digits only make the file longer.
Json tenth(float v) {
    const long hundredths = std::lround(v * 100.0f);
    return hundredths % 100 == 0 ? Json(hundredths / 100) : Json(static_cast<double>(hundredths) / 100.0);
}

// A mark as numbers: [kind, ink, width, both, x0, y0, x1, y1, ...].
Json mark_json(const Mark& m) {
    Json out = Json::array({static_cast<int>(m.kind), static_cast<int>(m.ink), tenth(m.width), m.both ? 1 : 0});
    for (const Vec2& p : m.points) {
        out.push_back(tenth(p.x));
        out.push_back(tenth(p.y));
    }
    return out;
}

Json built_json(const BuiltPicture& b) {
    Json marks = Json::array();
    for (const Mark& m : b.drawing.marks) marks.push_back(mark_json(m));
    Json out;
    put(out, "size", Json::array({tenth(b.drawing.size.x), tenth(b.drawing.size.y)}));
    put(out, "ball", Json::array({tenth(b.ball_at.x), tenth(b.ball_at.y), tenth(b.ball_normal.x), tenth(b.ball_normal.y)}));
    put(out, "alt", b.alt);
    put(out, "marks", std::move(marks));
    return out;
}

// Numbers only, `count` of them at least.
bool numbers(const Json& list, size_t count, std::vector<float>& out) {
    if (!list.is_array() || list.size() < count) return false;
    out.clear();
    for (const Json& v : list) {
        if (!v.is_number()) return false;
        out.push_back(v.get<float>());
    }
    return true;
}

bool read_built(const Json& item, BuiltPicture& b) {
    std::vector<float> size, ball, mark;
    if (!item.is_object() || !numbers(item.value("size", Json()), 2, size) || !numbers(item.value("ball", Json()), 4, ball)) return false;
    const auto alt = item.find("alt");
    const auto marks = item.find("marks");
    if (alt == item.end() || !alt->is_string() || marks == item.end() || !marks->is_array()) return false;
    b.drawing.size = {size[0], size[1]};
    b.ball_at = {ball[0], ball[1]};
    b.ball_normal = {ball[2], ball[3]};
    b.alt = alt->get<std::string>();
    for (const Json& m : *marks) {
        if (!numbers(m, 6, mark) || mark.size() % 2 != 0 || mark[0] < 0 || mark[0] > 3 || mark[1] < 0 || mark[1] > 8) return false;
        Mark out;
        out.kind = static_cast<MarkKind>(static_cast<int>(mark[0]));
        out.ink = static_cast<Ink>(static_cast<int>(mark[1]));
        out.width = mark[2];
        out.both = mark[3] != 0;
        for (size_t i = 4; i < mark.size(); i += 2) out.points.push_back({mark[i], mark[i + 1]});
        const bool enough = out.kind == MarkKind::Circle ? true : out.kind == MarkKind::Area ? out.points.size() >= 3 : out.points.size() >= 2;
        if (!enough) return false;
        b.drawing.marks.push_back(std::move(out));
    }
    return true;
}

}  // namespace

const BuiltPicture* PictureSet::find(const std::string& key) const {
    for (const auto& [k, picture] : items)
        if (k == key) return &picture;
    return nullptr;
}

std::string picture_key(const std::string& family, Position position) { return family + " " + position_key(position); }
std::string groove_key(const std::string& family) { return family + " groove"; }

Json picture_set_json(const Poses& poses) {
    Json items = Json::object();
    for (const PosePicture& p : poses.pictures) items[picture_key(p.family, p.position)] = built_json(build_picture(poses, p));
    for (const GrooveDrawing& g : poses.grooves) items[groove_key(g.family)] = built_json(build_groove(poses, g));
    Json out;
    put(out, "format", "knotmap-pictures");
    put(out, "version", kVersion);
    put(out, "items", std::move(items));
    return out;
}

bool read_picture_set(const std::string& text, PictureSet& out) {
    Json doc;
    ErrorList errors("pictures.json");
    if (!parse_json(text, doc, errors) || doc.value("format", "") != "knotmap-pictures" || doc.value("version", 0) != kVersion) return false;
    const auto items = doc.find("items");
    if (items == doc.end() || !items->is_object()) return false;
    PictureSet set;
    for (auto it = items->begin(); it != items->end(); ++it) {
        BuiltPicture b;
        if (!read_built(it.value(), b)) return false;
        set.items.emplace_back(it.key(), std::move(b));
    }
    out = std::move(set);
    return true;
}

}  // namespace knotmap
