// Zone geometry of the back view: the body drawing, its landmarks and the tappable zones,
// all in normalized map units (see assets/geometry.json for the convention).
#pragma once
#include <string>
#include <vector>

namespace knotmap {

// Map units: y runs from 0 (top of the head) to 1 (bottom of the figure); x is measured in the
// same unit from the midline, negative towards the screen's left. In a back view the screen's
// left is the person's own left, so "-left" zones have x < 0.
struct Vec2 {
    float x = 0, y = 0;
};

using Polygon = std::vector<Vec2>;

enum class Side { None, Left, Right };
enum class ZoneKind { Muscle, Avoid };

struct Triangle {
    int a, b, c;  // indices into the owning outline
};

// A filled or stroked drawing element (skin, hair, a shoulder-blade outline...).
struct Shape {
    std::string name;
    std::string style;  // a style key the app maps to colours, e.g. "skin", "bone-line"
    bool closed = true;
    Polygon outline;               // smoothed, ready to draw
    std::vector<Triangle> triangles;  // fill triangulation of a closed outline
};

struct Zone {
    std::string id;      // contract: "<family>-left", "<family>-right" or a midline id
    std::string family;  // "ql", "avoid-spine"...
    Side side = Side::None;
    ZoneKind kind = ZoneKind::Muscle;
    Polygon outline;  // smoothed, in map units
    std::vector<Triangle> triangles;
    Vec2 center;  // a point well inside the zone that hit-tests to this zone
};

struct Bounds {
    float min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    float width() const { return max_x - min_x; }
    float height() const { return max_y - min_y; }
};

// The row of vertebrae drawn down the midline (drawing only: the avoid-spine zone is what taps hit).
struct SpineGuide {
    float top = 0, bottom = 0, half_width = 0;
    int count = 0;
};

struct MapGeometry {
    SpineGuide spine;
    std::vector<Shape> body;       // drawn first, back to front
    std::vector<Shape> landmarks;  // drawn over the body and zones
    std::vector<Zone> zones;       // in hit-test precedence order (see hit_test.h)
    Bounds bounds;                 // of the body shapes
    Bounds zones_bounds;           // of the zones: the part of the figure that can be tapped
};

const char* side_name(Side side);  // "left", "right" or "none"
const char* kind_name(ZoneKind kind);  // "muscle" or "avoid"

const Zone* find_zone(const MapGeometry& geometry, const std::string& id);

}  // namespace knotmap
