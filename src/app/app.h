// The app: owns the loaded geometry and content, the visitor's map state and the fonts, and
// draws one frame of the whole UI. Knows ImGui, but nothing of SDL, GL or the browser: the
// platform layer feeds it the viewport and reads back what the page needs (document height,
// the map's rectangle, the zone list for the JS API).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "content.h"
#include "embed_options.h"
#include "geometry.h"
#include "hold_timer.h"
#include "layout.h"
#include "map_state.h"
#include "progress_stats.h"
#include "progress_store.h"
#include "safety.h"
#include "theme.h"

namespace knotmap {

struct FrameInput {
    float width = 0, height = 0;  // viewport in device pixels
    float scale = 1;              // device pixels per CSS pixel
    float scroll_y = 0;           // document scroll in device pixels
    bool pointer_is_touch = false;
    bool reduced_motion = false;  // prefers-reduced-motion: nothing moves but the countdown
    double now = 0;               // seconds, monotonic
    LocalClock clock;             // wall-clock milliseconds and the time-zone offset
};

struct FrameOutput {
    float content_height = 0;  // device pixels the page must be tall for everything to scroll into view
    Rect map_on_screen;        // device pixels, after scrolling: where touches belong to the map
    bool state_changed = false;
    bool animating = false;          // the next frame differs even without input (the hold timer)
    bool screening_changed = false;  // save app_screening_json() on the device
    bool guide_changed = false;      // the answers or "change my answers" changed what the guide shows
};

// A session being filled in: after a hold, or by hand with "Log a session".
struct SessionDraft {
    std::string zone;
    int duration_sec = 30;
    std::string ball;
    int pain_before = 5;
    int pain_after = 5;
    std::string note;
    bool saved = false;  // shown as "Saved" until the next hold
};

// What the page must do for the app this frame (it can't from C++ alone).
struct PageRequests {
    bool pick_import_file = false;
    bool ask_note = false;
    std::string download_name, download_text;  // a file to save, when download_name is set
};

struct App {
    MapGeometry geometry;
    Content content;
    MapState state;
    FontFiles font_files;
    Fonts fonts;
    float font_scale = 0;       // the scale the font atlas was built for
    float text_scale = 1;       // and the reader's text size, relative to 16 px
    Layout layout;              // last frame's, scrolled
    float scale = 1;
    std::vector<std::string> load_errors;  // non-empty: the app can't start; the page lists these

    Screening screening;
    HoldTimer timer;
    Position position = Position::Wall;  // the technique tab shown
    bool reduced_motion = false;
    double now = 0;

    EmbedOptions options;
    std::set<std::string> all_muscle_zones;   // before the families option hid any: saved sessions may name them
    KeyValueStorage* storage = nullptr;       // the device's storage, owned by the platform
    std::unique_ptr<ProgressStore> progress;  // the session log, once read (app_load_progress)
    bool progress_pending = false;            // attached but not read yet
    LocalClock clock;                         // wall-clock time and time zone, for days and streaks
    SessionDraft draft;
    bool log_form_open = false;  // "Log a session" by hand
    std::string feedback;        // one-line result of the last import or save, shown until replaced
    std::vector<Session> just_logged;  // for the host page's "session-logged" events
    std::map<std::string, ZoneSummary> zone_summary;  // of the log at summary_revision
    unsigned summary_revision = ~0u;
    PageRequests requests;
    bool escape_requested = false;  // Escape in the page's DOM layer: popups close this frame
};

// Loads and cross-checks the geometry and the content. Returns false (and fills load_errors) on any error.
bool app_load(App& app, const std::string& geometry_json, const std::string& content_json);

// Applies the page's options (after app_load, before app_attach_storage); returns the warnings
// for the console.
std::vector<std::string> app_apply_options(App& app, const OptionPairs& params);
bool app_shows_progress(const App& app);  // progress is on and the widget isn't compact

// Connects the device's storage and restores the saved screening answers. The session log is
// read later, by app_load_progress: years of it take longer to read than the first frame takes
// to draw, and the map shouldn't wait for them.
void app_attach_storage(App& app, KeyValueStorage& storage);
// Reads the session log if it hasn't been yet; true when it did so now. The platform calls it
// after the first frame; the API functions below that read or write the log call it first.
bool app_load_progress(App& app);

// True when the fonts must be rebuilt (first frame, or the pixel ratio or the reader's text size
// changed). text_scale is the browser's default font size over 16 px.
bool app_fonts_stale(const App& app, float scale, float text_scale);
void app_rebuild_fonts(App& app, float scale, float text_scale);

void app_frame(App& app, const FrameInput& in, FrameOutput& out);

// For window.knotmap.zones(): ids, names, sides, kinds and centers in CSS pixels relative to the
// canvas as currently laid out.
std::string app_zones_json(const App& app);
std::string app_marked_json(const App& app);
bool app_select(App& app, const std::string& id);
bool app_set_marked(App& app, const std::string& id, bool marked);
// The zone whose button has keyboard focus in the page, ringed on the map ("" for none).
bool app_set_focus(App& app, const std::string& id);
// The guided hold for keyboards and screen readers: starts it on the selected muscle zone once the
// safety questions are answered, or stops it. False when it can't.
bool app_hold(App& app, bool start);
// {"phase": "idle" | "running" | "done", "zone": id, "seconds": n, "log": sessions can be logged}:
// what the page's DOM controls show and announce.
std::string app_hold_json(const App& app);

// The selected zone's guidance as JSON for the page's DOM mirror ("null" when nothing is selected).
std::string app_guide_json(const App& app);
std::string app_screening_json(const App& app);
void app_restore_screening(App& app, const std::string& saved);  // ignores anything malformed
// knotmap.setScreening() and the page's DOM form: {"yes": [question ids]} answers the screening.
// Returns {"ok": true}, or {"ok": false, "error": ...} with nothing changed or stored.
std::string app_set_screening(App& app, const std::string& answers_json);
std::string app_screening_answers_json(const App& app);  // knotmap.screening(): {answered, yes}
void app_edit_screening(App& app);  // "Safety check: change my answers", from the canvas or the page

// The page API behind window.knotmap.sessions() and logSession(): plain JSON in and out.
std::string app_sessions_json(App& app);
std::string app_log_session_json(App& app, const std::string& session_json);  // {"ok":..,"error":..}
std::string app_import(App& app, const std::string& text);                   // the same result shape
void app_storage_changed(App& app);  // another tab wrote the log
std::string app_export_text(App& app);
std::string app_unreadable_text(App& app);  // "" unless stored progress couldn't be read
void app_delete_all(App& app);  // every knotmap key on this device, the screening and sore marks
void app_note_entered(App& app, const std::string& note);
// Stored progress that couldn't be read is kept; the canvas and the page offer it under these names.
constexpr const char* kExportUnreadableLabel = "Export the unreadable copy";
constexpr const char* kUnreadableFileName = "knotmap-progress-unreadable.txt";

// The storage notice for the page's DOM: {message, detail, exportUnreadable: null or {label, file}}.
std::string app_notice_json(const App& app);
std::string app_take_logged_events(App& app);  // sessions logged since the last call, as host events

}  // namespace knotmap
