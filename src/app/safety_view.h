// The safety screening card and the red-flags popup.
#pragma once
#include "app.h"

namespace knotmap {

// "Do any of these apply to you?": shown before the first guidance and when reopened. Returns
// true when the answers were saved.
bool draw_screening(App& app, float width);

void open_red_flags();
void draw_red_flags_popup(App& app);

}  // namespace knotmap
