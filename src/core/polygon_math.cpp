#include "polygon_math.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace knotmap {

namespace {

Vec2 catmull_rom(Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3, float t) {
    const float t2 = t * t, t3 = t2 * t;
    auto blend = [&](float a, float b, float c, float d) {
        return 0.5f * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
    };
    return {blend(p0.x, p1.x, p2.x, p3.x), blend(p0.y, p1.y, p2.y, p3.y)};
}

float cross(Vec2 o, Vec2 a, Vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

float distance_to_segment(Vec2 p, Vec2 a, Vec2 b) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len2 = dx * dx + dy * dy;
    float t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0f;
    t = std::clamp(t, 0.0f, 1.0f);
    const float ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return std::sqrt(ex * ex + ey * ey);
}

bool in_triangle(Vec2 p, Vec2 a, Vec2 b, Vec2 c) {
    const float d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
    const bool has_neg = d1 < 0 || d2 < 0 || d3 < 0;
    const bool has_pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(has_neg && has_pos);
}

}  // namespace

Polygon smooth_path(const std::vector<ControlPoint>& points, bool closed, int steps_per_span) {
    const int n = static_cast<int>(points.size());
    Polygon out;
    if (n < 2 || steps_per_span < 1) {
        for (const ControlPoint& c : points) out.push_back(c.p);
        return out;
    }
    auto at = [&](int i) -> const ControlPoint& {
        if (closed) return points[static_cast<size_t>(((i % n) + n) % n)];
        return points[static_cast<size_t>(std::clamp(i, 0, n - 1))];
    };
    const int spans = closed ? n : n - 1;
    for (int i = 0; i < spans; ++i) {
        const ControlPoint& p1 = at(i);
        const ControlPoint& p2 = at(i + 1);
        // A sharp end point uses itself as its neighbour: zero tangent, so the curve meets it at a corner.
        const Vec2 p0 = p1.sharp ? p1.p : at(i - 1).p;
        const Vec2 p3 = p2.sharp ? p2.p : at(i + 2).p;
        for (int s = 0; s < steps_per_span; ++s)
            out.push_back(catmull_rom(p0, p1.p, p2.p, p3, static_cast<float>(s) / steps_per_span));
    }
    if (!closed) out.push_back(points.back().p);
    return out;
}

bool point_in_polygon(const Polygon& polygon, Vec2 p) {
    bool inside = false;
    const size_t n = polygon.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const Vec2 a = polygon[i], b = polygon[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

float distance_to_outline(const Polygon& polygon, Vec2 p) {
    float best = std::numeric_limits<float>::max();
    const size_t n = polygon.size();
    for (size_t i = 0; i < n; ++i) best = std::min(best, distance_to_segment(p, polygon[i], polygon[(i + 1) % n]));
    return best;
}

float signed_area(const Polygon& polygon) {
    double sum = 0;
    const size_t n = polygon.size();
    for (size_t i = 0; i < n; ++i) {
        const Vec2 a = polygon[i], b = polygon[(i + 1) % n];
        sum += static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
    }
    return static_cast<float>(sum / 2);
}

Bounds bounds_of(const Polygon& polygon) {
    if (polygon.empty()) return {};
    Bounds b{polygon[0].x, polygon[0].y, polygon[0].x, polygon[0].y};
    for (const Vec2& p : polygon) {
        b.min_x = std::min(b.min_x, p.x);
        b.min_y = std::min(b.min_y, p.y);
        b.max_x = std::max(b.max_x, p.x);
        b.max_y = std::max(b.max_y, p.y);
    }
    return b;
}

std::vector<Triangle> triangulate(const Polygon& polygon) {
    std::vector<Triangle> triangles;
    const int n = static_cast<int>(polygon.size());
    if (n < 3) return triangles;
    std::vector<int> remaining(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) remaining[static_cast<size_t>(i)] = i;
    const float orientation = signed_area(polygon) > 0 ? 1.0f : -1.0f;

    auto pt = [&](int i) { return polygon[static_cast<size_t>(i)]; };
    size_t guard = 0;
    const size_t guard_limit = static_cast<size_t>(n) * static_cast<size_t>(n);
    size_t i = 0;
    while (remaining.size() > 3 && guard++ < guard_limit) {
        const size_t m = remaining.size();
        const int ia = remaining[(i + m - 1) % m], ib = remaining[i % m], ic = remaining[(i + 1) % m];
        const Vec2 a = pt(ia), b = pt(ib), c = pt(ic);
        bool is_ear = cross(a, b, c) * orientation > 0;
        for (size_t k = 0; is_ear && k < m; ++k) {
            const int v = remaining[k];
            if (v == ia || v == ib || v == ic) continue;
            // Only a reflex vertex can lie inside an ear: convex ones are skipped cheaply (this
            // runs at start-up for every smoothed outline).
            const Vec2 before = pt(remaining[(k + m - 1) % m]), after = pt(remaining[(k + 1) % m]);
            if (cross(before, pt(v), after) * orientation > 0) continue;
            if (in_triangle(pt(v), a, b, c)) is_ear = false;
        }
        if (is_ear) {
            triangles.push_back({ia, ib, ic});
            remaining.erase(remaining.begin() + static_cast<long>(i % m));
            i = i % remaining.size();
        } else {
            i = (i + 1) % m;
        }
    }
    if (remaining.size() == 3) triangles.push_back({remaining[0], remaining[1], remaining[2]});
    return triangles;
}

}  // namespace knotmap
