// Plane geometry on polygons: smoothing control points into curves, point-in-polygon,
// distances, and ear-clipping triangulation for filling concave shapes.
#pragma once
#include <vector>

#include "geometry.h"

namespace knotmap {

struct ControlPoint {
    Vec2 p;
    bool sharp = false;  // a corner: the curve is not rounded here
};

// Catmull-Rom spline through the control points; sharp points become corners.
Polygon smooth_path(const std::vector<ControlPoint>& points, bool closed, int steps_per_span);

bool point_in_polygon(const Polygon& polygon, Vec2 p);  // even-odd rule
float distance_to_outline(const Polygon& polygon, Vec2 p);
float signed_area(const Polygon& polygon);  // positive when counter-clockwise in y-down space
Bounds bounds_of(const Polygon& polygon);
Bounds covering(const Bounds& a, const Bounds& b);  // the smallest bounds holding both

// Triangulates a simple polygon (convex or concave, either winding). Returns an empty list for
// degenerate input rather than looping forever.
std::vector<Triangle> triangulate(const Polygon& polygon);

}  // namespace knotmap
