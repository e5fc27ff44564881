// Small building blocks shared by the panel's views: text styles, buttons and cards.
#pragma once
#include <imgui.h>

#include <string>

#include "app.h"

namespace knotmap::ui {

void text(const std::string& s);                                 // wrapped body text
void soft(const DrawContext& dc, const std::string& s);          // wrapped, small and grey
void heading(const DrawContext& dc, const std::string& s);       // 22 px, semibold
void subheading(const DrawContext& dc, const std::string& s);     // 16 px semibold, with space above
void bullet(const std::string& s);                               // "•" and wrapped text, hanging indent
void numbered(const DrawContext& dc, int n, const std::string& s);  // a step with its number in a circle

bool primary_button(const DrawContext& dc, const char* label);
// SameLine() when a button labelled `label` still fits before the wrap edge; else a new line.
void same_line_if_fits(const char* label);
bool quiet_button(const DrawContext& dc, const char* label);  // no fill until hovered: for links such as "Safety check"
// Escape pressed on the canvas, or in the page's DOM layer (which the canvas never hears).
bool escape_pressed(const UiState& ui);

// A rounded card behind whatever is drawn between begin and end. `tint` is its fill.
struct Card {
    ImVec2 start;
    float width = 0;
};
Card begin_card(float width);
void end_card(const DrawContext& dc, const Card& card, ImU32 tint, ImU32 border);

}  // namespace knotmap::ui
