#include "polygon_math.h"

#include <algorithm>
#include <cmath>
#include <limits>

// The loops below run before the first frame, in WebAssembly that the browser has only just
// compiled with its baseline compiler, which inlines nothing; and the release build optimizes for
// size, which keeps std::min, std::clamp, vector indexing and lambdas as calls. So the hot loops
// are written flat: raw pointers and plain comparisons.
namespace knotmap {

namespace {

Vec2 catmull_rom(Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3, float t) {
    const float t2 = t * t, t3 = t2 * t;
    auto blend = [&](float a, float b, float c, float d) {
        return 0.5f * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
    };
    return {blend(p0.x, p1.x, p2.x, p3.x), blend(p0.y, p1.y, p2.y, p3.y)};
}

[[gnu::always_inline]] inline float cross(Vec2 o, Vec2 a, Vec2 b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// The turn at v goes the polygon's way round.
[[gnu::always_inline]] inline bool convex(const Vec2* pt, const int* prev, const int* next, int v, float orientation) {
    return cross(pt[prev[v]], pt[v], pt[next[v]]) * orientation > 0;
}

[[gnu::always_inline]] inline bool in_triangle(Vec2 p, Vec2 a, Vec2 b, Vec2 c) {
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
    const Vec2* v = polygon.data();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const Vec2 a = v[i], b = v[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

float distance_to_outline(const Polygon& polygon, Vec2 p) {
    float best = std::numeric_limits<float>::max();  // squared, to the nearest point of any edge
    const size_t n = polygon.size();
    const Vec2* v = polygon.data();
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
        const Vec2 a = v[j], b = v[i];
        const float dx = b.x - a.x, dy = b.y - a.y;
        const float len2 = dx * dx + dy * dy;
        float t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0f;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        const float ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
        const float d2 = ex * ex + ey * ey;
        if (d2 < best) best = d2;
    }
    return std::sqrt(best);
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

Bounds covering(const Bounds& a, const Bounds& b) {
    return {std::min(a.min_x, b.min_x), std::min(a.min_y, b.min_y), std::max(a.max_x, b.max_x), std::max(a.max_y, b.max_y)};
}

Bounds bounds_of(const Polygon& polygon) {
    if (polygon.empty()) return {};
    Bounds b{polygon[0].x, polygon[0].y, polygon[0].x, polygon[0].y};
    for (const Vec2& p : polygon) {
        if (p.x < b.min_x) b.min_x = p.x;
        if (p.y < b.min_y) b.min_y = p.y;
        if (p.x > b.max_x) b.max_x = p.x;
        if (p.y > b.max_y) b.max_y = p.y;
    }
    return b;
}

std::vector<Triangle> triangulate(const Polygon& polygon) {
    // Ear clipping over a linked ring of vertices, an ear checked only against the reflex (or
    // flat) vertices: only those can lie inside one, and the outlines are mostly convex.
    std::vector<Triangle> triangles;
    const int n = static_cast<int>(polygon.size());
    if (n < 3) return triangles;
    const Vec2* pt = polygon.data();
    const float orientation = signed_area(polygon) > 0 ? 1.0f : -1.0f;
    std::vector<int> links(static_cast<size_t>(n) * 2);
    int* prev = links.data();
    int* next = prev + n;
    for (int i = 0; i < n; ++i) {
        prev[i] = i == 0 ? n - 1 : i - 1;
        next[i] = i == n - 1 ? 0 : i + 1;
    }
    std::vector<int> reflex_list;  // clipping only ever makes a vertex convex, so the list only shrinks
    for (int v = 0; v < n; ++v)
        if (!convex(pt, prev, next, v, orientation)) reflex_list.push_back(v);
    const int* reflex = reflex_list.data();
    const size_t reflex_count = reflex_list.size();
    std::vector<char> clipped_store(static_cast<size_t>(n), 0);
    char* clipped = clipped_store.data();
    int remaining = n, v = 0, misses = 0;
    while (remaining > 3 && misses < remaining) {  // a full turn without an ear: degenerate input
        const int a = prev[v], c = next[v];
        bool ear = convex(pt, prev, next, v, orientation);
        for (size_t k = 0; ear && k < reflex_count; ++k) {
            const int r = reflex[k];
            if (r == a || r == v || r == c || clipped[r] || convex(pt, prev, next, r, orientation)) continue;
            if (in_triangle(pt[r], pt[a], pt[v], pt[c])) ear = false;
        }
        if (!ear) {
            v = c;
            ++misses;
            continue;
        }
        triangles.push_back({a, v, c});
        clipped[v] = 1;
        next[a] = c;
        prev[c] = a;
        --remaining;
        misses = 0;
        v = a;
    }
    if (remaining == 3) triangles.push_back({prev[v], v, next[v]});
    return triangles;
}

}  // namespace knotmap
