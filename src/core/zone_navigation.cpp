#include "zone_navigation.h"

#include <cmath>
#include <limits>

namespace knotmap {

std::string neighbour_zone(const MapGeometry& geometry, const Zone& from, Direction direction) {
    // Centers closer than this along the axis count as level: zones of a mirrored pair share a
    // height, so "up" from one must not land on its twin.
    constexpr float kLevel = 0.004f;
    const std::string* best = nullptr;
    float best_score = std::numeric_limits<float>::max();
    for (const Zone& zone : geometry.zones) {
        if (zone.id == from.id) continue;
        const float dx = zone.center.x - from.center.x, dy = zone.center.y - from.center.y;
        float along = 0, across = 0;
        switch (direction) {
            case Direction::Up: along = -dy, across = dx; break;
            case Direction::Down: along = dy, across = dx; break;
            case Direction::Left: along = -dx, across = dy; break;
            case Direction::Right: along = dx, across = dy; break;
        }
        // Within about 55 degrees of the key's direction: further round is another key's move.
        if (along <= kLevel || std::fabs(across) > 1.5f * along) continue;
        const float score = along + 2 * std::fabs(across);
        if (score < best_score) best_score = score, best = &zone.id;
    }
    return best ? *best : std::string();
}

}  // namespace knotmap
