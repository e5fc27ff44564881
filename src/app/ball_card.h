// The recommended ball, drawn to scale beside a centimetre ruler, with its size and firmness.
#pragma once
#include "app.h"
#include "guide.h"

namespace knotmap {

void draw_ball_card(const DrawContext& dc, const Guide& guide, float width);

}  // namespace knotmap
