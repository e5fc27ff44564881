// Which technique pictures a guide shows (picture_set.h): one per position the visitor's answers allow,
// for the zone's side, with the ball the guide offers first at its real size; and for the zones
// beside the spine, how far from it the ball goes. None while the guide is blocked or before the
// pictures have arrived.
#pragma once
#include "guide.h"
#include "model.h"

namespace knotmap {

float picture_ball_cm(const Guide& guide);  // the guide's first ball, or a tennis ball's size
const BuiltPicture* guide_picture(const Model& m, const Guide& guide, Position position);
const BuiltPicture* guide_groove(const Model& m, const Guide& guide);

// The guide's JSON (page_view.h) gains positions[].picture: {alt} | null and groove: {alt} | null.
void add_pictures_json(const Model& m, const Guide& guide, Json& guide_json);

}  // namespace knotmap
