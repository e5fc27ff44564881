// The app: the loaded model, the visitor (both from the core), the canvas's own UI state and what
// drawing needs, and one frame of the whole UI. Knows ImGui, but nothing of SDL, GL or the
// browser: the platform layer feeds it the viewport and carries the page's calls to the core.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "home_view.h"
#include "layout.h"
#include "map_view.h"
#include "model.h"
#include "progress_stats.h"
#include "theme.h"
#include "visitor.h"

namespace knotmap {

struct FrameInput {
    float width = 0, height = 0;  // viewport in device pixels
    float scale = 1;              // device pixels per CSS pixel
    float scroll_y = 0;           // document scroll in device pixels
    bool pointer_is_touch = false;
    bool touch_screen = false;    // the device's main pointer is a finger: "Tap", else "Click"
    bool reduced_motion = false;  // prefers-reduced-motion: nothing moves but the countdown
    double now = 0;               // seconds, monotonic
    LocalClock clock;             // wall-clock milliseconds and the time-zone offset
    int fingers = 0;              // fingers on the screen
    Vec2 finger_a, finger_b;      // the first two, device pixels: a pinch
};

struct FrameOutput {
    float content_height = 0;  // device pixels the page must be tall for everything to scroll into view
    Rect map_on_screen;        // device pixels, after scrolling: where touches belong to the map
    bool animating = false;    // the next frame differs even without input (the hold timer)
};

// What the page must do for the canvas this frame (it can't from C++ alone).
struct PageRequests {
    bool pick_import_file = false;
    bool ask_note = false;
    float scroll_to = -1;  // CSS pixels from the top of the document; -1: no scroll wanted
    std::string download_name, download_text;  // a file to save, when download_name is set
    std::string open_url;  // a page to open in a new tab (relative to the widget's page), from the reader's tap
};

// The home view, recomputed only when the log, the day or the sore marks change: with years of
// sessions it is too slow to redo every frame on a cheap phone.
struct HomeCache {
    unsigned progress_revision = ~0u, marks_revision = ~0u, guide_revision = ~0u, routine_revision = ~0u;
    long long day = 0;
    HomeView view;
};

// The canvas's own state: what only the ImGui views need, never shown by the page's DOM layer.
struct UiState {
    std::string hovered;                 // zone under the mouse
    std::string focused;                 // zone whose button has keyboard focus in the page: ringed
    bool escape_requested = false;       // Escape in the page's DOM layer: popups close this frame
    bool log_popup_open = false;         // the "Log a session" popup is up
    PageRequests requests;
    MapPress press;                      // a press on the map that may become a tap
    bool pinching = false;               // two fingers came down: no tap until every finger lifts
    MapZoom pinch_start;                 // the zoom when the pinch began
    TwoFingers pinch_from;               // and where the fingers were
    // Caches, each beside the revision it was computed at.
    std::map<std::string, ZoneSummary> zone_summary;  // tints the map by the latest scores
    unsigned summary_revision = ~0u;
    HomeCache home;
};

// What drawing needs: fonts, sizes and colours, and the frame's time.
struct DrawContext {
    Fonts fonts;
    float scale = 1;  // device pixels per CSS pixel
    Palette palette;
    bool reduced_motion = false;
    bool touch_screen = false;  // words: "Tap" or "Click" (words.h's for_pointer)
};

struct App {
    Model model;      // const after start
    Visitor visitor;  // changed only through the core's actions
    UiState ui;
    DrawContext draw;
    FontFiles font_files;
    float font_scale = 0;  // the scale the font atlas was built for
    float text_scale = 1;  // and the reader's text size, relative to 16 px
    Layout layout;         // last frame's, scrolled
    std::vector<std::string> load_errors;  // non-empty: the app can't start; the page lists these
};

// Loads the model and applies the page's options; false (and load_errors filled) on bad data.
// Returns the option warnings for the console in `warnings`.
bool app_start(App& app, const std::string& geometry_json, const std::string& content_json, const OptionPairs& options,
               std::vector<std::string>& warnings);

// True when the fonts must be rebuilt (first frame, or the pixel ratio or the reader's text size
// changed). text_scale is the browser's default font size over 16 px.
bool app_fonts_stale(const App& app, float scale, float text_scale);
void app_rebuild_fonts(App& app, float scale, float text_scale);

void app_frame(App& app, const FrameInput& in, FrameOutput& out);

}  // namespace knotmap
