// The guidance panel beside (desktop) or below (phone) the map.
#pragma once
#include "app.h"

namespace knotmap {

// Draws the panel inside `area` (device pixels, already scrolled). Returns the height its content
// takes, in device pixels. Sets `changed` when a button changed the map state.
float draw_panel(App& app, const Rect& area, bool& changed);

}  // namespace knotmap
