// Moving between zones with the arrow keys: from a zone, the nearest zone in a screen direction,
// so a keyboard walks the map the way the eye reads it (up the spine, across to the other side).
#pragma once
#include <string>

#include "geometry.h"

namespace knotmap {

enum class Direction { Up, Down, Left, Right };

// The id of the zone an arrow key in `direction` moves to from `from`, or empty at the edge of
// the map. Candidates lie in a wedge around that direction; the nearest wins, with sideways
// distance counting double so that "down" from a shoulder stays on that side of the back. Ties
// (a midline zone between a mirrored pair) go to the zone listed first in the geometry.
std::string neighbour_zone(const MapGeometry& geometry, const Zone& from, Direction direction);

}  // namespace knotmap
