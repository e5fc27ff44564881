#include "picture_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace knotmap {

namespace {

// Whole centimetres are finer than the page's pictures show (about a pixel each); half ones for
// the small close-ups.
std::string number(float v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", static_cast<double>(std::round(v * 2) / 2));
    std::string s = text;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s == "-0" ? "0" : s;
}

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&') out += "&amp;";
        else if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out;
}

std::string path(const std::vector<Vec2>& ps, bool closed) {
    std::string out;
    for (size_t i = 0; i < ps.size(); ++i) out += (i == 0 ? "M" : i == 1 ? "L" : " ") + number(ps[i].x) + " " + number(ps[i].y);
    return closed ? out + "Z" : out;
}

std::string arrow_svg(const Mark& m) {
    const Vec2 a = m.points[0], b = m.points[1];
    const float len = std::max(1e-3f, std::hypot(b.x - a.x, b.y - a.y)), head = 3.2f;
    const float ux = (b.x - a.x) / len, uy = (b.y - a.y) / len;
    const auto tip = [&](Vec2 at, float dir) {
        const Vec2 back{at.x - ux * head * dir, at.y - uy * head * dir};
        return "M" + number(back.x - uy * head * 0.8f) + " " + number(back.y + ux * head * 0.8f) + "L" + number(at.x) + " " + number(at.y) + " " +
               number(back.x + uy * head * 0.8f) + " " + number(back.y - ux * head * 0.8f);
    };
    return "<path class=\"km-a\" d=\"" + path({a, b}, false) + tip(b, 1) + (m.both ? tip(a, -1) : "") + "\"/>";
}

bool part_of_body(const Mark& m) { return m.ink != Ink::KeepOff && m.ink != Ink::Ball && m.kind != MarkKind::Arrow; }

std::string mark_svg(const Mark& m) {
    switch (m.kind) {
        case MarkKind::Stroke: {
            const std::string d = path(m.points, false);
            if (m.ink == Ink::Surface) return "<path class=\"km-w\" d=\"" + d + "\"/>";
            // Skin: an outline a little wider underneath, then the skin itself.
            const char* fill = m.ink == Ink::Limb ? "km-s" : "km-t";
            return "<path class=\"km-o\" d=\"" + d + "\" stroke-width=\"" + number(m.width + 1.4f) + "\"/><path class=\"" + fill + "\" d=\"" + d +
                   "\" stroke-width=\"" + number(m.width) + "\"/>";
        }
        case MarkKind::Area:
            return "<path class=\"km-" + std::string(m.ink == Ink::KeepOff ? "k" : m.ink == Ink::Spine ? "b" : "p") + "\" d=\"" + path(m.points, true) + "\"/>";
        case MarkKind::Circle:
            return "<circle class=\"km-" + std::string(m.ink == Ink::Ball ? "ball" : "h") + "\" cx=\"" + number(m.points[0].x) + "\" cy=\"" +
                   number(m.points[0].y) + "\" r=\"" + number(m.width) + "\"/>";
        case MarkKind::Arrow:
            return arrow_svg(m);
    }
    return {};
}

}  // namespace

std::string PictureSvgWriter::svg(const Drawing& d, const std::string& alt, float width) {
    const float height = width * (d.size.y + 4) / (d.size.x + 4);
    std::string out = "<svg role=\"img\" viewBox=\"-2 -2 " + number(d.size.x + 4) + " " + number(d.size.y + 4) + "\" width=\"" +
                      std::to_string(static_cast<int>(std::lround(width))) + "\" height=\"" + std::to_string(static_cast<int>(std::lround(height))) +
                      "\"><title>" + escape(alt) + "</title>";
    const bool hatched = std::any_of(d.marks.begin(), d.marks.end(), [](const Mark& m) { return m.ink == Ink::KeepOff; });
    if (hatched && !hatch_defined_) {
        out += "<defs><pattern id=\"km-hatch\" width=\"2\" height=\"2\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
               "<path d=\"M0 0V2\" stroke=\"#be2828\" stroke-width=\"0.7\"/></pattern></defs>";
        hatch_defined_ = true;
    }
    std::string body, rest;
    for (const Mark& m : d.marks) (part_of_body(m) ? body : rest) += mark_svg(m);
    const auto known = bodies_.find(body);
    if (known != bodies_.end()) {
        out += "<use href=\"#" + known->second + "\"/>";
    } else {
        const std::string id = "km-body" + std::to_string(bodies_.size() + 1);
        bodies_[body] = id;
        out += "<g id=\"" + id + "\">" + body + "</g>";
    }
    return out + rest + "</svg>";
}

}  // namespace knotmap
