// Where the map and the guidance panel go for a given viewport, and the transform between
// map units and screen pixels. Pure arithmetic, so resize and zoom behaviour is unit-tested.
#pragma once
#include "geometry.h"

namespace knotmap {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool contains(Vec2 p) const { return p.x >= x && p.y >= y && p.x < x + w && p.y < y + h; }
};

struct Layout {
    bool stacked = false;  // portrait: map on top, panel below; otherwise map left, panel right
    Rect map;              // the area given to the map (includes its caption)
    Rect panel;            // the guidance panel
    Vec2 origin;           // screen position of map point (0, 0): the top of the head on the midline
    float unit = 1;        // screen pixels per map unit
};

// width, height: viewport in pixels; scale: pixels per CSS pixel (device pixel ratio), so margins
// and minimum sizes stay the same size to the eye at any ratio.
// embedded: the page sizes the frame to the content, so the layout must not depend on the height
// (it would grow without end): the arrangement and the map's size then follow the width only;
// compact (embedded only) makes the map smaller.
Layout compute_layout(float width, float height, float scale, const Bounds& figure, bool embedded = false, bool compact = false);

// What a phone's map shows of the figure: the back (every zone) with a little of the neck, arms
// and hips around it as context, so the zones are as large as the screen allows. Within `figure`.
Bounds back_crop(const Bounds& zones, const Bounds& figure);
// The app's layout: compute_layout with the whole figure, or with the back cropped where the map
// sits above the panel on a phone's page, and always embedded (a post's frame is short).
Layout map_layout(float width, float height, float scale, const MapGeometry& geometry, bool embedded, bool compact = false);

Vec2 map_to_screen(const Layout& layout, Vec2 p);
Vec2 screen_to_map(const Layout& layout, Vec2 s);

}  // namespace knotmap
