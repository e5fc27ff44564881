// Draws the back view (body, landmarks, zones) with ImGui draw lists and turns pointer input on
// it into taps on zones. Drawing reads the core's geometry and state and never changes them.
#pragma once
#include <imgui.h>

#include "content.h"
#include "finger_pick.h"
#include "geometry.h"
#include "layout.h"
#include "map_state.h"
#include "progress_stats.h"
#include "theme.h"

namespace knotmap {

struct MapViewInput {
    const MapGeometry* geometry = nullptr;
    const Content* content = nullptr;
    Layout layout;        // already offset for scrolling, and zoomed
    Layout whole;         // the same, not zoomed: the inset's whole back
    bool zoomed = false;  // the figure is enlarged: the inset and the way back show
    float scale = 1;      // device pixel ratio
    bool pointer_is_touch = false;  // no hover highlight or tooltip for fingers
    const Fonts* fonts = nullptr;
    const Palette* palette = nullptr;
    std::string hovered;  // zone under the mouse last frame
    std::string focused;  // zone whose page button has keyboard focus
    const std::map<std::string, ZoneSummary>* progress = nullptr;  // tints zones by their latest tenderness
    bool any_progress = false;
    LocalClock clock;
};

// A click or tap on the map: for a mouse, the zone hit ("" outside every zone); for a finger,
// what the whole fingertip meant (finger_pick.h). `at` is the map point tapped.
struct MapTap {
    bool tapped = false;
    bool finger = false;
    std::string hit;
    FingerPick pick;
    Vec2 at;
    bool double_tap = false;  // a finger's second quick tap: zoom in or out there
};

// A press on the map, kept until it lifts: it is a tap only if it lifts near where it landed
// and no second finger came (a pinch). What it meant is read where it landed, under the map as
// it was then (a zoom may still be moving when it lifts).
struct MapPress {
    bool down = false;
    Vec2 screen;  // where it landed, pixels
    MapTap tap;
};

// While zoomed, the one-tap way back to the whole back, over the map's corner: submitted before
// read_map_input so a tap on it isn't a tap on the map. True when tapped.
bool draw_zoom_way_back(const MapViewInput& in, const char* label);
// Reads a click or tap on the map as it lifts (the caller turns it into the core's tap action)
// and the zone now under the mouse (none for a finger). Called before draw_map, so a tap shows at
// once. `press` carries a press across frames; clearing it drops the tap (a pinch).
MapTap read_map_input(const MapViewInput& in, MapPress& press, std::string& hovered);
// Draws the map into the current window's draw list; in.hovered gets the hover label.
void draw_map(const MapViewInput& in, const MapState& state);

}  // namespace knotmap
