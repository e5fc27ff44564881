#include "geometry.h"

namespace knotmap {

const char* side_name(Side side) {
    switch (side) {
        case Side::Left: return "left";
        case Side::Right: return "right";
        case Side::None: break;
    }
    return "none";
}

const char* kind_name(ZoneKind kind) { return kind == ZoneKind::Avoid ? "avoid" : "muscle"; }

const Zone* find_zone(const MapGeometry& geometry, const std::string& id) {
    for (const Zone& zone : geometry.zones)
        if (zone.id == id) return &zone;
    return nullptr;
}

}  // namespace knotmap
