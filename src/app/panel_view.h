// The guidance panel beside (desktop) or below (phone) the map.
#pragma once
#include "app.h"

namespace knotmap {

// Draws the panel inside `area` (device pixels, already scrolled). Returns the height its content
// takes, in device pixels.
float draw_panel(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const Rect& area);

}  // namespace knotmap
