// Progress in the panel: the form that logs a session, a zone's history with its trend, the
// home view (today's plan, days active, streak, this week), the storage notice, and the data
// tools (export, import, delete everything).
#pragma once
#include "app.h"

namespace knotmap {

// Pain scores, ball and note of app.draft. Used after a hold and in "Log a session".
void draw_session_fields(App& app, const Zone& zone, bool ask_before, float width);
void draw_pain_before(App& app);  // "How sore is it right now?" before a hold
// Saves app.draft as a session; sets app.feedback. Returns true on success.
bool save_draft(App& app);

void draw_storage_notice(App& app, float width);
void draw_zone_history(App& app, const Zone& zone, float width);
bool draw_progress_home(App& app, float width);  // true when it selected a zone
void open_log_session(App& app, const Zone& zone);
void draw_progress_popups(App& app);

}  // namespace knotmap
