// What the visitor has picked on the map: the selected zone, the zones marked sore, the hovered
// zone. Platform-free so the rules (tap outside deselects, only muscles can be marked...) are tested.
#pragma once
#include <string>
#include <vector>

#include "geometry.h"

namespace knotmap {

struct MapState {
    std::string selected;             // zone id, empty when nothing is selected
    std::string hovered;              // zone id under the mouse, empty otherwise
    std::vector<std::string> marked;  // muscle zones marked sore, in the order they were marked
    bool marking = false;             // "tap every spot that hurts" mode: taps also toggle marks
    std::string focused;              // zone whose button has keyboard focus in the page: ringed on the map
};

// A tap or click at a map position whose hit-test result is `hit` (nullptr: outside every zone).
void apply_tap(MapState& state, const Zone* hit);

bool select_zone(MapState& state, const MapGeometry& geometry, const std::string& id);  // false if unknown
bool is_marked(const MapState& state, const std::string& id);
bool set_marked(MapState& state, const Zone& zone, bool marked);  // false for avoid areas
void toggle_marked(MapState& state, const Zone& zone);

}  // namespace knotmap
