// What a fingertip meant. A tap is not a point: touch studies put a finger's spread at about
// 1.5 mm each way (sigma), wider than the grooves beside the spine on a phone. So the zones under
// the whole fingertip are weighed: where one zone has nearly all of it, that zone is picked; where
// several share it, the place is crowded and the map zooms in so that the next tap can't miss.
// The other side's twin (ql-left for ql-right) is never picked from a crowded tap. A tap right
// on a zone's centre (within a fifth of the finger's spread: a touch position is whole CSS pixels) picks that zone as it is.
#pragma once
#include <string>
#include <vector>

#include "geometry.h"
#include "layout.h"

namespace knotmap {

struct FingerPick {
    std::string zone;   // the zone picked ("": none: outside the figure, or too close to call)
    bool zoom = false;  // crowded: zoom in around the tap
    float zoom_scale = 1;  // how much, so the narrowest zone under the finger is a fingertip wide
};

// tap: map units; sigma: the finger's spread in map units; target: the width a zone needs to be
// hit by a finger, in map units at the current zoom (44 CSS px, Apple's minimum touch target).
FingerPick pick_by_finger(const MapGeometry& geometry, Vec2 tap, float sigma, float target);

// Zoom: how much the map is enlarged, and which map point is at the middle of the map's area.
struct MapZoom {
    float scale = 1;
    Vec2 focus;
    bool operator==(const MapZoom& o) const { return scale == o.scale && focus.x == o.focus.x && focus.y == o.focus.y; }
};
constexpr float kMaxZoom = 6;

// The layout with the figure zoomed: the same areas, the figure enlarged with the focus in the
// middle of the map's area. A zoom of 1 is the layout as it is.
Layout zoom_layout(const Layout& base, const MapZoom& zoom);
// A zoom by `scale` about `tap` (map units), its focus kept inside the figure.
MapZoom zoom_about(const Bounds& figure, Vec2 tap, float scale);

// Two fingers on the screen (pixels): their midpoint and how far apart they are.
struct TwoFingers {
    Vec2 mid;
    float distance = 0;
};
// A pinch that began at `from`, with the map zoomed `start`, and is now at `to`: the map enlarged
// by how much the fingers spread, with the map point that was under their midpoint still under it
// (so moving both fingers pans). Near the whole back (under 1.05), the whole back.
MapZoom pinch_zoom(const Layout& base, const Bounds& figure, const MapZoom& start, const TwoFingers& from, const TwoFingers& to);

// Where a zone is on screen now: its centre when that shows in the map's area, else a point of
// it that shows (a tap there selects it); its centre, off screen, when none of it shows.
Vec2 visible_center(const MapGeometry& geometry, const Zone& zone, const Layout& layout);

}  // namespace knotmap
