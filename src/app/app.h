// The app: owns the loaded geometry and content, the visitor's map state and the fonts, and
// draws one frame of the whole UI. Knows ImGui, but nothing of SDL, GL or the browser: the
// platform layer feeds it the viewport and reads back what the page needs (document height,
// the map's rectangle, the zone list for the JS API).
#pragma once
#include <string>
#include <vector>

#include "content.h"
#include "geometry.h"
#include "hold_timer.h"
#include "layout.h"
#include "map_state.h"
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
};

struct FrameOutput {
    float content_height = 0;  // device pixels the page must be tall for everything to scroll into view
    Rect map_on_screen;        // device pixels, after scrolling: where touches belong to the map
    bool state_changed = false;
    bool animating = false;          // the next frame differs even without input (the hold timer)
    bool screening_changed = false;  // save app_screening_json() on the device
};

struct App {
    MapGeometry geometry;
    Content content;
    MapState state;
    FontFiles font_files;
    Fonts fonts;
    float font_scale = 0;       // the scale the font atlas was built for
    Layout layout;              // last frame's, scrolled
    float scale = 1;
    std::vector<std::string> load_errors;  // non-empty: the app can't start; the page lists these

    Screening screening;
    bool editing_screening = false;  // the visitor reopened "Safety check"
    HoldTimer timer;
    Position position = Position::Wall;  // the technique tab shown
    bool reduced_motion = false;
    double now = 0;
};

// Loads and cross-checks the geometry and the content. Returns false (and fills load_errors) on any error.
bool app_load(App& app, const std::string& geometry_json, const std::string& content_json);

// True when the fonts must be rebuilt for this scale (first frame, or the pixel ratio changed).
bool app_fonts_stale(const App& app, float scale);
void app_rebuild_fonts(App& app, float scale);

void app_frame(App& app, const FrameInput& in, FrameOutput& out);

// For window.knotmap.zones(): ids, names, sides, kinds and centers in CSS pixels relative to the
// canvas as currently laid out.
std::string app_zones_json(const App& app);
std::string app_marked_json(const App& app);
bool app_select(App& app, const std::string& id);
bool app_set_marked(App& app, const std::string& id, bool marked);

// The selected zone's guidance as JSON for the page's DOM mirror ("null" when nothing is selected).
std::string app_guide_json(const App& app);
std::string app_screening_json(const App& app);
void app_restore_screening(App& app, const std::string& saved);  // ignores anything malformed
// Answers given in the page's DOM form; false (and nothing changed) when malformed.
bool app_set_screening(App& app, const std::string& answers_json);

}  // namespace knotmap
