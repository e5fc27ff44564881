// The guided hold: start button, countdown ring with a breathing cue and a roll counter, and
// "other side" / "next spot" when it ends.
#pragma once
#include "app.h"

namespace knotmap {

// Returns true when it changed the map state (selected another zone).
bool draw_hold_timer(App& app, const Zone& zone, float width);

}  // namespace knotmap
