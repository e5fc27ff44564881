// Progress in the panel: the form that logs a session, a zone's history with its trend, the
// home view (today's plan, days active, streak, this week), the storage notice, and the data
// tools (export, import, delete everything).
#pragma once
#include "app.h"
#include "page_view.h"

namespace knotmap {

// One soreness question as eleven chips, and the fields of the log form (how long, scores, ball,
// note), drawn from the core's view-models; each tap is an action on the draft.
bool score_chips(const DrawContext& dc, const ScoreQuestion& q, int& chosen);  // true when one was tapped
void draw_score_question(Visitor& v, const DrawContext& dc, const ScoreQuestion& q);
void draw_log_fields(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const LogFormView& form);

void draw_storage_notice(const Model& m, const Visitor& v, UiState& ui, const DrawContext& dc, float width);
// "Export" and "Import": the history to a file, and back (progress must be read).
void draw_export_import(const Visitor& v, UiState& ui);
// Where the history lives, when it may not be where the reader expects (sections.h), with the
// link to Knotmap's own page; false when there is nothing to say.
bool draw_history_place(const Model& m, const Visitor& v, UiState& ui, const DrawContext& dc);
void draw_zone_history(const Model& m, Visitor& v, const DrawContext& dc, const Zone& zone, float width);
const HomeView& cached_home(const Model& m, const Visitor& v, UiState& ui);  // home_view, redone only on a change
// Today's plan; first in the home panel when there is one, so a phone shows it under the map.
void draw_today_plan(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc);
// The plan when empty, then progress and the data tools.
void draw_progress_home(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc);
void draw_progress_popups(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc);

}  // namespace knotmap
