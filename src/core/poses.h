// The technique pictures (assets/poses.json): bodies in a few postures and, for each muscle family
// and position, where the ball goes and which way to lean or roll. Composed here into a drawing of
// plain marks in centimetres, mirrored for the visitor's side and with the ball at its real size,
// which the canvas draws and the static page's SVG is written from (picture_svg.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content.h"
#include "geometry.h"

namespace knotmap {

struct PoseLimb {
    std::string name;
    std::vector<Vec2> points;
    float width = 0;
    bool far = false;  // the other side of the body: drawn first, a shade darker
};

struct PoseBody {
    std::string id;
    bool back_view = false;  // seen from behind; else from the side, showing the person's left
    Vec2 size;
    std::vector<std::vector<Vec2>> surfaces;  // wall, floor, seat
    std::vector<PoseLimb> limbs;              // in drawing order
    Vec2 head;
    float head_radius = 0;
};

struct PoseArrow {
    Vec2 from, to;
    bool both = false;  // back and forth
};

struct PosePicture {
    std::string family;
    Position position = Position::Wall;
    size_t body = 0;  // into Poses::bodies
    Vec2 ball_at, ball_normal;  // where the ball touches its surface, and the side it sits on (unit)
    std::optional<PoseArrow> move;
    std::vector<std::vector<Vec2>> keep_off, surfaces;
    std::vector<PoseLimb> pose;  // limbs replaced by name
    std::optional<Vec2> head;
    std::string alt;
};

// How far from the spine the ball goes, for the zones beside it: in finger widths from the edge
// of the bumps (1: right beside them).
struct GrooveDrawing {
    std::string family;
    int fingers = 1;
    std::string alt;
};

struct Poses {
    float finger_cm = 2, spine_half_width_cm = 0.8f;
    std::vector<PoseBody> bodies;
    std::vector<PosePicture> pictures;
    std::vector<GrooveDrawing> grooves;
    const PosePicture* picture(const std::string& family, Position position) const;
    const GrooveDrawing* groove(const std::string& family) const;
};

struct PosesLoadResult {
    std::optional<Poses> poses;
    std::vector<std::string> errors;
};
// Checked against the content: every position of every muscle family has a picture, and every
// picture and groove drawing is for a family the content has.
PosesLoadResult load_poses(const std::string& json_text, const Content& content, const std::string& file_name = "poses.json");

// ---- a composed drawing ---------------------------------------------------------------------------

enum class Ink { Skin, Surface, FarLimb, Limb, KeepOff, Spine, Finger, Ball, Arrow };
enum class MarkKind { Stroke, Area, Circle, Arrow };

struct Mark {
    MarkKind kind = MarkKind::Stroke;
    Ink ink = Ink::Limb;
    std::vector<Vec2> points;  // a stroke's or polygon's points; an arrow's from and to
    float width = 0;           // a stroke's width; a circle's radius
    bool both = false;         // an arrow with a head at each end
};

struct Drawing {
    Vec2 size;               // centimetres: the frame, (0, 0) at its top left
    std::vector<Mark> marks;  // in drawing order
};

// A picture composed for the left side, all but the ball, whose size is the visitor's (the guide's
// first ball): what the build writes for the app to read (picture_set.h).
struct BuiltPicture {
    Drawing drawing;
    Vec2 ball_at, ball_normal;  // the ball touches its surface at `ball_at`, on the `ball_normal` side
    std::string alt;
};
BuiltPicture build_picture(const Poses& poses, const PosePicture& picture);
// The close-up of the spine, the bumps to keep off and the ball's place beside them.
BuiltPicture build_groove(const Poses& poses, const GrooveDrawing& groove);
// The picture for the visitor's side (a right-side zone is the left's mirror image), with a ball
// `ball_cm` across.
Drawing with_ball(const BuiltPicture& picture, Side side, float ball_cm);

// Left for right: x runs the other way across the frame.
void mirror(Drawing& drawing);
// The scale and offset that fit a drawing into `width` x `max_height` (pixels), centred.
struct DrawingFit {
    float scale = 1;
    Vec2 offset;
    Vec2 size;  // the drawing's size there
};
DrawingFit fit_drawing(Vec2 size, float width, float max_height);
inline Vec2 place(const DrawingFit& fit, Vec2 p) { return {fit.offset.x + p.x * fit.scale, fit.offset.y + p.y * fit.scale}; }

}  // namespace knotmap
