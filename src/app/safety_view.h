// The safety screening card and the red-flags popup.
#pragma once
#include "app.h"

namespace knotmap {

// "Do any of these apply to you?": shown before the first guidance and when reopened.
void draw_screening(const Model& m, Visitor& v, const DrawContext& dc, float width);

void open_red_flags();
// The red flags by urgency, as the popup shows them (and, embedded, the doctor section).
void draw_red_flags(const Content& content, const DrawContext& dc);
void draw_red_flags_popup(const Content& content, const UiState& ui, const DrawContext& dc);

}  // namespace knotmap
