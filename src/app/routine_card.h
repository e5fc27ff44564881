// The routine on the canvas: routine_view.h's card (a large countdown ring, the spot and its
// position, what comes next, pause/skip/stop, the cue switches, the one rating screen), drawn in
// place of the panel's guide while a routine runs; and the home panel's "Start my routine".
#pragma once
#include <vector>

#include "app.h"
#include "routine_view.h"

namespace knotmap {

void draw_routine_card(const Model& m, Visitor& v, const DrawContext& dc, float width);
void draw_routine_start(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc);
// Tone, vibration and spoken cues, each on or off (the routine's card and the guided hold's).
void draw_cue_switches(Visitor& v, const DrawContext& dc, const std::vector<CueSwitch>& cues);

}  // namespace knotmap
