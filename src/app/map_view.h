// Draws the back view (body, landmarks, zones) with ImGui draw lists and turns pointer input on
// it into taps on zones. Drawing reads the core's geometry and state; it never changes them except
// through apply_tap.
#pragma once
#include <imgui.h>

#include "content.h"
#include "geometry.h"
#include "layout.h"
#include "map_state.h"
#include "progress_stats.h"
#include "theme.h"

namespace knotmap {

struct MapViewInput {
    const MapGeometry* geometry = nullptr;
    const Content* content = nullptr;
    Layout layout;        // already offset for scrolling
    float scale = 1;      // device pixel ratio
    bool pointer_is_touch = false;  // no hover highlight or tooltip for fingers
    const Fonts* fonts = nullptr;
    const std::map<std::string, ZoneSummary>* progress = nullptr;  // tints zones by their latest tenderness
    bool any_progress = false;
    LocalClock clock;
};

// Draws the map into the current window's draw list and handles a click/tap on it.
// Returns true when the state changed.
bool draw_map(const MapViewInput& in, MapState& state);

}  // namespace knotmap
