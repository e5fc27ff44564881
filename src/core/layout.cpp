#include "layout.h"

#include <algorithm>

namespace knotmap {

namespace {
constexpr float kSideBySideMinWidth = 560;  // CSS px: below this, a landscape panel would be too narrow to read
constexpr float kPanelMaxWidth = 560;       // CSS px: comfortable line length
constexpr float kStackedMapShare = 0.73f;   // of the viewport height in portrait: the map is what a phone is for here, and a fingertip needs the grooves beside the spine large (bench/finger.mjs)
constexpr float kMapCaption = 72;           // CSS px reserved above the figure: brand row and caption
constexpr float kMargin = 12;               // CSS px around the figure
constexpr float kEmbeddedSideBySide = 600;  // CSS px: embedded, wider frames (a blog's column on desktop) put the panel beside the map
// Embedded, the widget opens about one phone screen tall: the map (the back, cropped) and a short
// summary under it. Compact, the map is smaller still.
constexpr float kEmbeddedMapAspect = 0.86f; // stacked map height per CSS px of width, embedded
constexpr float kEmbeddedMapMax = 420;      // CSS px
constexpr float kCompactMapAspect = 0.66f;
constexpr float kCompactMapMax = 300;
}  // namespace

Layout compute_layout(float width, float height, float scale, const Bounds& figure, bool embedded, bool compact) {
    Layout layout;
    const float css_w = width / scale, css_h = height / scale;
    layout.stacked = embedded ? css_w < kEmbeddedSideBySide : css_w < kSideBySideMinWidth || css_w < css_h * 1.05f;
    if (embedded && !layout.stacked) {
        // Beside the panel, the map's height comes from its width too.
        const float panel_w = std::min(kPanelMaxWidth * scale, width * 0.5f);
        height = std::min((width - panel_w) * 1.6f, (compact ? kCompactMapMax : 560) * scale);
    }
    if (layout.stacked) {
        const float css_map_h = embedded ? compact ? std::clamp(css_w * kCompactMapAspect, 220.0f, kCompactMapMax)
                                                   : std::clamp(css_w * kEmbeddedMapAspect, 280.0f, kEmbeddedMapMax)
                                         : std::max(css_h * kStackedMapShare, std::min(css_h, 320.0f));
        const float map_h = css_map_h * scale;
        layout.map = {0, 0, width, map_h};
        layout.panel = {0, map_h, width, height - map_h};
    } else {
        const float panel_w = std::min(kPanelMaxWidth * scale, width * 0.5f);
        layout.map = {0, 0, width - panel_w, height};
        layout.panel = {width - panel_w, 0, panel_w, height};
    }
    const float margin = kMargin * scale;
    const float avail_w = std::max(1.0f, layout.map.w - 2 * margin);
    const float avail_h = std::max(1.0f, layout.map.h - 2 * margin - kMapCaption * scale);
    const float fig_w = std::max(1e-3f, figure.width()), fig_h = std::max(1e-3f, figure.height());
    layout.unit = std::min(avail_w / fig_w, avail_h / fig_h);
    const float drawn_w = fig_w * layout.unit, drawn_h = fig_h * layout.unit;
    const float left = layout.map.x + (layout.map.w - drawn_w) / 2;
    const float top = layout.map.y + kMapCaption * scale + margin + (avail_h - drawn_h) / 2;
    layout.origin = {left - figure.min_x * layout.unit, top - figure.min_y * layout.unit};
    return layout;
}

Bounds back_crop(const Bounds& zones, const Bounds& figure) {
    const float side = zones.width() * 0.05f;
    Bounds b{zones.min_x - side, zones.min_y - zones.height() * 0.04f, zones.max_x + side, zones.max_y + zones.height() * 0.03f};
    b.min_x = std::max(b.min_x, figure.min_x);
    b.min_y = std::max(b.min_y, figure.min_y);
    b.max_x = std::min(b.max_x, figure.max_x);
    b.max_y = std::min(b.max_y, figure.max_y);
    return b;
}

Layout map_layout(float width, float height, float scale, const MapGeometry& geometry, bool embedded, bool compact) {
    const Layout whole = compute_layout(width, height, scale, geometry.bounds, embedded, compact);
    if (!whole.stacked) return whole;
    return compute_layout(width, height, scale, back_crop(geometry.zones_bounds, geometry.bounds), embedded, compact);
}

Vec2 map_to_screen(const Layout& layout, Vec2 p) {
    return {layout.origin.x + p.x * layout.unit, layout.origin.y + p.y * layout.unit};
}

Vec2 screen_to_map(const Layout& layout, Vec2 s) {
    return {(s.x - layout.origin.x) / layout.unit, (s.y - layout.origin.y) / layout.unit};
}

}  // namespace knotmap
