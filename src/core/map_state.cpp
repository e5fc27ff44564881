#include "map_state.h"

#include <algorithm>

namespace knotmap {

void apply_tap(MapState& state, const Zone* hit) {
    if (!hit) {
        state.selected.clear();
        return;
    }
    state.selected = hit->id;
    if (state.marking) toggle_marked(state, *hit);
}

bool select_zone(MapState& state, const MapGeometry& geometry, const std::string& id) {
    if (!find_zone(geometry, id)) return false;
    state.selected = id;
    return true;
}

bool is_marked(const MapState& state, const std::string& id) {
    return std::find(state.marked.begin(), state.marked.end(), id) != state.marked.end();
}

bool set_marked(MapState& state, const Zone& zone, bool marked) {
    // Marking means "this hurts and I want to work on it": never offered for bone to avoid.
    if (zone.kind != ZoneKind::Muscle) return false;
    const auto it = std::find(state.marked.begin(), state.marked.end(), zone.id);
    if (marked && it == state.marked.end()) state.marked.push_back(zone.id);
    if (!marked && it != state.marked.end()) state.marked.erase(it);
    return true;
}

void toggle_marked(MapState& state, const Zone& zone) { set_marked(state, zone, !is_marked(state, zone.id)); }

}  // namespace knotmap
