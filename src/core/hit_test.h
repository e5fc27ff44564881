// Which zone is under a point. Where shapes overlap, a fixed precedence decides: places not to
// press ("avoid" areas over bone) always win over muscles, so nobody is told to press on bone;
// among equals, the order in geometry.json decides.
#pragma once
#include <vector>

#include "geometry.h"

namespace knotmap {

// Stable sort: avoid areas first, then muscles, each in file order.
void sort_by_precedence(std::vector<Zone>& zones);

// The zone under p (map units), or nullptr. Zones must be in precedence order.
const Zone* hit_test(const MapGeometry& geometry, Vec2 p);

// Every zone within `radius` (map units) of p, the hit first, then by distance: a fingertip is
// wider than the grooves beside the spine, so the app offers these as "did you mean".
std::vector<const Zone*> zones_near(const MapGeometry& geometry, Vec2 p, float radius);

// A point deep inside the zone that hit-tests to it; false when no such point exists.
bool find_zone_center(const MapGeometry& geometry, const Zone& zone, Vec2& center);

}  // namespace knotmap
