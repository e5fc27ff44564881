// Small building blocks shared by the panel's views: text styles, buttons and cards.
#pragma once
#include <imgui.h>

#include <string>

#include "app.h"

namespace knotmap::ui {

void text(const std::string& s);                       // wrapped body text
void soft(const App& app, const std::string& s);       // wrapped, small and grey
void heading(const App& app, const std::string& s);    // 22 px semibold
void subheading(const App& app, const std::string& s); // 16 px semibold, with space above
void bullet(const std::string& s);                     // "•" and wrapped text, hanging indent
void numbered(const App& app, int n, const std::string& s);  // a step with its number in a circle

bool primary_button(const App& app, const char* label);
// SameLine() when a button labelled `label` still fits before the wrap edge; else a new line.
void same_line_if_fits(const char* label);
bool quiet_button(const char* label);
// Escape pressed on the canvas, or in the page's DOM layer (which the canvas never hears).
bool escape_pressed(const App& app);  // no fill until hovered: for links such as "Safety check"

// A rounded card behind whatever is drawn between begin and end. `tint` is its fill.
void begin_card(float width);
void end_card(const App& app, ImU32 tint, ImU32 border);

float scale(const App& app);  // device pixels per CSS pixel, for hand-drawn sizes

}  // namespace knotmap::ui
