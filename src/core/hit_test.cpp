#include "hit_test.h"

#include <algorithm>

#include "polygon_math.h"
#include "small_sort.h"

namespace knotmap {

void sort_by_precedence(std::vector<Zone>& zones) {
    small_stable_sort(zones, [](const Zone& a, const Zone& b) {
        return a.kind == ZoneKind::Avoid && b.kind != ZoneKind::Avoid;
    });
}

const Zone* hit_test(const MapGeometry& geometry, Vec2 p) {
    for (const Zone& zone : geometry.zones)
        if (point_in_polygon(zone.outline, p)) return &zone;
    return nullptr;
}

std::vector<const Zone*> zones_near(const MapGeometry& geometry, Vec2 p, float radius) {
    std::vector<std::pair<float, const Zone*>> found;
    const Zone* hit = hit_test(geometry, p);
    for (const Zone& zone : geometry.zones) {
        if (&zone == hit) continue;
        const float d = point_in_polygon(zone.outline, p) ? 0.0f : distance_to_outline(zone.outline, p);
        if (d <= radius) found.push_back({d, &zone});
    }
    small_stable_sort(found, [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Zone*> out;
    if (hit) out.push_back(hit);
    for (const auto& [d, zone] : found) out.push_back(zone);
    return out;
}

namespace {

// Plain comparisons, inlined: see polygon_math.cpp on code that runs before the first frame.
[[gnu::always_inline]] inline float squared_distance_to_bounds(const Bounds& b, Vec2 p) {
    const float dx = p.x < b.min_x ? b.min_x - p.x : p.x > b.max_x ? p.x - b.max_x : 0.0f;
    const float dy = p.y < b.min_y ? b.min_y - p.y : p.y > b.max_y ? p.y - b.max_y : 0.0f;
    return dx * dx + dy * dy;
}

Polygon sparse_outline(const Polygon& outline) {
    Polygon out;
    for (size_t i = 0; i < outline.size(); i += 4) out.push_back(outline[i]);
    return out.size() >= 3 ? out : outline;
}

}  // namespace

bool find_zone_center(const MapGeometry& geometry, const Zone& zone, Vec2& center) {
    // The hit point farthest from the zone's visible edges: its own outline and the outlines of
    // the zones that win over it. Runs at start-up for every zone, so it is cheap: a coarse grid,
    // then a finer one around the best coarse cell; clearance measured to every fourth outline
    // point (a label spot needs no more), and rivals skipped when their bounding box is already
    // farther than the clearance found. Whether a point hits the zone is exact.
    struct Rival {
        const Zone* zone;
        Bounds box;
        Polygon sparse;
    };
    std::vector<Rival> rivals;
    for (const Zone& other : geometry.zones) {
        if (&other == &zone) break;  // only zones earlier in precedence cut into this one
        rivals.push_back({&other, bounds_of(other.outline), sparse_outline(other.outline)});
    }
    const Polygon own = sparse_outline(zone.outline);
    const auto clearance_at = [&](Vec2 p) {
        if (!point_in_polygon(zone.outline, p)) return -1.0f;
        for (const Rival& r : rivals)  // what hit_test does, with the boxes first
            if (squared_distance_to_bounds(r.box, p) == 0 && point_in_polygon(r.zone->outline, p)) return -1.0f;
        float clearance = distance_to_outline(own, p);
        for (const Rival& r : rivals)
            if (squared_distance_to_bounds(r.box, p) < clearance * clearance) {
                const float d = distance_to_outline(r.sparse, p);
                if (d < clearance) clearance = d;
            }
        return clearance;
    };
    float best = -1;
    const auto search = [&](Bounds area, int samples) {
        for (int iy = 0; iy < samples; ++iy) {
            for (int ix = 0; ix < samples; ++ix) {
                const Vec2 p{area.min_x + area.width() * (static_cast<float>(ix) + 0.5f) / static_cast<float>(samples),
                             area.min_y + area.height() * (static_cast<float>(iy) + 0.5f) / static_cast<float>(samples)};
                const float clearance = clearance_at(p);
                if (clearance > best) best = clearance, center = p;
            }
        }
    };
    constexpr int kCoarse = 12, kFine = 8;
    const Bounds b = bounds_of(zone.outline);
    search(b, kCoarse);
    if (best < 0) return false;
    const float cell_w = b.width() / kCoarse, cell_h = b.height() / kCoarse;
    search({center.x - cell_w, center.y - cell_h, center.x + cell_w, center.y + cell_h}, kFine);
    return true;
}

}  // namespace knotmap
