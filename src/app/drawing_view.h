// Draws a composed technique picture (the core's poses.h Drawing) into the panel, fitted to a
// width and a height, crisp at the device pixel ratio (everything is drawn in device pixels).
#pragma once
#include <imgui.h>

#include "poses.h"
#include "theme.h"

namespace knotmap {

// At the cursor; advances the cursor past it. Returns its height in pixels.
float draw_drawing(ImDrawList* dl, const Palette& palette, const Drawing& drawing, float width, float max_height, float scale);

}  // namespace knotmap
