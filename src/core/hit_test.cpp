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

bool find_zone_center(const MapGeometry& geometry, const Zone& zone, Vec2& center) {
    // Grid search for the hit point farthest from the zone's visible edges: its own outline and
    // the outlines of the zones that win over it. Runs once at load; 40x40 samples is plenty.
    const Bounds b = bounds_of(zone.outline);
    constexpr int kSamples = 40;
    float best = -1;
    for (int iy = 0; iy < kSamples; ++iy) {
        for (int ix = 0; ix < kSamples; ++ix) {
            const Vec2 p{b.min_x + b.width() * (static_cast<float>(ix) + 0.5f) / kSamples,
                         b.min_y + b.height() * (static_cast<float>(iy) + 0.5f) / kSamples};
            if (hit_test(geometry, p) != &zone) continue;
            float clearance = distance_to_outline(zone.outline, p);
            for (const Zone& other : geometry.zones) {
                if (&other == &zone) break;  // only zones earlier in precedence cut into this one
                clearance = std::min(clearance, distance_to_outline(other.outline, p));
            }
            if (clearance > best) {
                best = clearance;
                center = p;
            }
        }
    }
    return best >= 0;
}

}  // namespace knotmap
