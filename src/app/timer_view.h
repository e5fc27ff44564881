// The guided hold: start button, countdown ring with a breathing cue and a roll counter, and
// "other side" / "next spot" when it ends.
#pragma once
#include "app.h"

namespace knotmap {

void draw_hold_timer(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const Zone& zone, float width);

}  // namespace knotmap
