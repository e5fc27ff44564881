#include "poses.h"

#include <algorithm>
#include <cmath>

#include "json_check.h"

namespace knotmap {

namespace {

bool read_point(const Json& value, Vec2& out) {
    return value.is_array() && value.size() == 2 && read_number(value[0], out.x) && read_number(value[1], out.y);
}

// [[x, y], ...] with at least `min_points`.
bool read_points(const Json& value, std::vector<Vec2>& out, size_t min_points) {
    if (!value.is_array() || value.size() < min_points) return false;
    out.clear();
    for (const Json& p : value) {
        Vec2 v;
        if (!read_point(p, v)) return false;
        out.push_back(v);
    }
    return true;
}

// [[[x, y], ...], ...]: lines or polygons.
void read_paths(const Json& object, const char* field, std::vector<std::vector<Vec2>>& out, size_t min_points,
                const std::string& where, ErrorList& errors) {
    const auto it = object.find(field);
    if (it == object.end()) return;
    if (!it->is_array()) return errors.expected(where, field, "an array of point lists", &*it);
    for (const Json& path : *it) {
        std::vector<Vec2> points;
        if (!read_points(path, points, min_points))
            return errors.add(where, std::string("field '") + field + "': each item must be at least " +
                                         std::to_string(min_points) + " points [x, y]");
        out.push_back(std::move(points));
    }
}

bool read_head(const Json& value, Vec2& center, float& radius) {
    return value.is_array() && value.size() == 3 && read_number(value[0], center.x) && read_number(value[1], center.y) &&
           read_number(value[2], radius) && radius > 0;
}

void read_limbs(const Json& list, std::vector<PoseLimb>& out, const std::string& where, ErrorList& errors) {
    for (size_t i = 0; i < list.size(); ++i) {
        const Json& item = list[i];
        const std::string at = where + ".limbs[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            errors.add(at, "expected an object, found " + std::string(json_type_name(item)));
            continue;
        }
        PoseLimb limb;
        const std::string* name = require_string(item, "name", at, errors);
        const auto points = item.find("points");
        const auto width = item.find("width");
        if (points == item.end() || !read_points(*points, limb.points, 2)) errors.add(at, "field 'points': expected at least two points [x, y]");
        if (width == item.end() || !read_number(*width, limb.width) || limb.width <= 0) errors.add(at, "field 'width': expected a positive number");
        limb.far = optional_bool(item, "far", false, at, errors);
        if (name) limb.name = *name;
        out.push_back(std::move(limb));
    }
}

void read_bodies(const Json& doc, Poses& poses, ErrorList& errors) {
    const Json* bodies = require_field(doc, "bodies", Json::value_t::object, "an object of bodies", "top level", errors);
    if (!bodies) return;
    for (auto it = bodies->begin(); it != bodies->end(); ++it) {
        const std::string where = "bodies." + it.key();
        const Json& item = it.value();
        if (!item.is_object()) {
            errors.add(where, "expected an object, found " + std::string(json_type_name(item)));
            continue;
        }
        PoseBody body;
        body.id = it.key();
        const std::string* view = require_string(item, "view", where, errors);
        if (view && *view != "side" && *view != "back") errors.add(where, "field 'view': expected \"side\" or \"back\", found \"" + *view + "\"");
        body.back_view = view && *view == "back";
        const auto size = item.find("size");
        if (size == item.end() || !read_point(*size, body.size) || body.size.x <= 0 || body.size.y <= 0)
            errors.add(where, "field 'size': expected [width, height] in centimetres");
        read_paths(item, "surfaces", body.surfaces, 2, where, errors);
        if (const Json* limbs = require_array(item, "limbs", where, errors)) read_limbs(*limbs, body.limbs, where, errors);
        const auto head = item.find("head");
        if (head == item.end() || !read_head(*head, body.head, body.head_radius)) errors.add(where, "field 'head': expected [x, y, radius]");
        poses.bodies.push_back(std::move(body));
    }
}

bool parse_position(const std::string& key, Position& out) {
    for (Position p : kPositions)
        if (key == position_key(p)) {
            out = p;
            return true;
        }
    return false;
}

void read_pictures(const Json& doc, Poses& poses, const Content& content, ErrorList& errors) {
    const Json* list = require_array(doc, "pictures", "top level", errors);
    if (!list) return;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        std::string where = "pictures[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            errors.add(where, "expected an object, found " + std::string(json_type_name(item)));
            continue;
        }
        PosePicture picture;
        const std::string* family = require_string(item, "family", where, errors);
        const std::string* position = require_string(item, "position", where, errors);
        const std::string* body = require_string(item, "body", where, errors);
        const std::string* alt = require_string(item, "alt", where, errors);
        if (family) {
            picture.family = *family;
            where += " (" + *family + (position ? " " + *position : std::string()) + ")";
            const FamilyContent* f = find_family(content, *family);
            if (!f || f->is_avoid()) errors.add(where, "unknown muscle family '" + *family + "'");
        }
        if (position && !parse_position(*position, picture.position))
            errors.add(where, "field 'position': expected \"wall\", \"floor\" or \"travel\", found \"" + *position + "\"");
        if (body) {
            const auto b = std::find_if(poses.bodies.begin(), poses.bodies.end(), [&](const PoseBody& x) { return x.id == *body; });
            if (b == poses.bodies.end()) errors.add(where, "unknown body '" + *body + "'");
            else picture.body = static_cast<size_t>(b - poses.bodies.begin());
        }
        if (alt) picture.alt = *alt;
        const auto ball = item.find("ball");
        const bool ball_ok = ball != item.end() && ball->is_object() && ball->contains("at") && ball->contains("normal") &&
                             read_point((*ball)["at"], picture.ball_at) && read_point((*ball)["normal"], picture.ball_normal);
        const float length = std::hypot(picture.ball_normal.x, picture.ball_normal.y);
        if (!ball_ok || length < 1e-3f) errors.add(where, "field 'ball': expected {at: [x, y], normal: [x, y]} with a non-zero normal");
        else picture.ball_normal = {picture.ball_normal.x / length, picture.ball_normal.y / length};
        const auto move = item.find("move");
        if (move != item.end()) {
            PoseArrow arrow;
            const bool ok = move->is_object() && move->contains("from") && move->contains("to") &&
                            read_point((*move)["from"], arrow.from) && read_point((*move)["to"], arrow.to);
            if (!ok) errors.add(where, "field 'move': expected {from: [x, y], to: [x, y], both}");
            arrow.both = ok && optional_bool(*move, "both", false, where, errors);
            picture.move = arrow;
        }
        read_paths(item, "keepOff", picture.keep_off, 3, where, errors);
        read_paths(item, "surfaces", picture.surfaces, 2, where, errors);
        const auto pose = item.find("pose");
        if (pose != item.end()) {
            if (!pose->is_object()) errors.expected(where, "pose", "an object of limbs by name", &*pose);
            else
                for (auto p = pose->begin(); p != pose->end(); ++p) {
                    if (p.key() == "head") {
                        Vec2 c;
                        float r = 0;
                        if (!read_head(p.value(), c, r)) errors.add(where, "pose: field 'head': expected [x, y, radius]");
                        picture.head = c;
                        continue;
                    }
                    PoseLimb limb;
                    limb.name = p.key();
                    if (!read_points(p.value(), limb.points, 2)) errors.add(where, "pose: limb '" + p.key() + "': expected at least two points [x, y]");
                    const PoseBody* b = picture.body < poses.bodies.size() ? &poses.bodies[picture.body] : nullptr;
                    if (b && std::none_of(b->limbs.begin(), b->limbs.end(), [&](const PoseLimb& l) { return l.name == p.key(); }))
                        errors.add(where, "pose: the body has no limb '" + p.key() + "'");
                    picture.pose.push_back(std::move(limb));
                }
        }
        if (family && position && poses.picture(picture.family, picture.position))
            errors.add(where, "a second picture for the same family and position");
        poses.pictures.push_back(std::move(picture));
    }
}

void read_grooves(const Json& doc, Poses& poses, const Content& content, ErrorList& errors) {
    const auto list = doc.find("grooves");
    if (list == doc.end()) return;
    if (!list->is_array()) return errors.expected("top level", "grooves", "an array", &*list);
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        const std::string where = "grooves[" + std::to_string(i) + "]";
        if (!item.is_object()) {
            errors.add(where, "expected an object, found " + std::string(json_type_name(item)));
            continue;
        }
        GrooveDrawing groove;
        const std::string* family = require_string(item, "family", where, errors);
        const std::string* alt = require_string(item, "alt", where, errors);
        const auto fingers = item.find("fingers");
        if (fingers == item.end() || !fingers->is_number_integer() || fingers->get<int>() < 1 || fingers->get<int>() > 4)
            errors.add(where, "field 'fingers': expected a whole number from 1 to 4");
        else groove.fingers = fingers->get<int>();
        if (family) {
            const FamilyContent* f = find_family(content, *family);
            if (!f || f->is_avoid()) errors.add(where, "unknown muscle family '" + *family + "'");
            groove.family = *family;
        }
        if (alt) groove.alt = *alt;
        poses.grooves.push_back(std::move(groove));
    }
}

}  // namespace

const PosePicture* Poses::picture(const std::string& family, Position position) const {
    for (const PosePicture& p : pictures)
        if (p.family == family && p.position == position) return &p;
    return nullptr;
}

const GrooveDrawing* Poses::groove(const std::string& family) const {
    for (const GrooveDrawing& g : grooves)
        if (g.family == family) return &g;
    return nullptr;
}

PosesLoadResult load_poses(const std::string& json_text, const Content& content, const std::string& file_name) {
    ErrorList errors(file_name);
    Json doc;
    PosesLoadResult result;
    if (parse_json(json_text, doc, errors)) {
        const std::string* format = require_string(doc, "format", "top level", errors);
        if (format && *format != "knotmap-poses") errors.add("top level", "field 'format': expected \"knotmap-poses\"");
        Poses poses;
        float finger = 0, spine = 0;
        const auto f = doc.find("fingerCm"), s = doc.find("spineHalfWidthCm");
        if (f == doc.end() || !read_number(*f, finger) || finger <= 0) errors.add("top level", "field 'fingerCm': expected a positive number");
        if (s == doc.end() || !read_number(*s, spine) || spine <= 0) errors.add("top level", "field 'spineHalfWidthCm': expected a positive number");
        poses.finger_cm = finger;
        poses.spine_half_width_cm = spine;
        read_bodies(doc, poses, errors);
        read_pictures(doc, poses, content, errors);
        read_grooves(doc, poses, content, errors);
        for (const FamilyContent& family : content.families) {
            if (family.is_avoid()) continue;
            for (Position p : kPositions)
                if (!family.technique(p).empty() && !poses.picture(family.family, p))
                    errors.add("pictures", "no picture for " + family.family + " " + position_key(p));
        }
        if (errors.empty()) result.poses = std::move(poses);
    }
    for (const std::string& e : errors.messages()) result.errors.push_back(e);
    return result;
}

// ---- composing ------------------------------------------------------------------------------------

namespace {

Mark stroke(Ink ink, std::vector<Vec2> points, float width) {
    Mark m;
    m.ink = ink;
    m.points = std::move(points);
    m.width = width;
    return m;
}

Mark polygon(Ink ink, std::vector<Vec2> points) {
    Mark m = stroke(ink, std::move(points), 0);
    m.kind = MarkKind::Area;
    return m;
}

Mark circle(Ink ink, Vec2 center, float radius) {
    Mark m = stroke(ink, {center}, radius);
    m.kind = MarkKind::Circle;
    return m;
}

Mark arrow(const PoseArrow& a) {
    Mark m = stroke(Ink::Arrow, {a.from, a.to}, 1.6f);
    m.kind = MarkKind::Arrow;
    m.both = a.both;
    return m;
}

}  // namespace

BuiltPicture build_picture(const Poses& poses, const PosePicture& picture) {
    BuiltPicture out;
    Drawing& d = out.drawing;
    const PoseBody& body = poses.bodies[picture.body];
    d.size = body.size;
    for (const auto& s : body.surfaces) d.marks.push_back(stroke(Ink::Surface, s, 2.2f));
    for (const auto& s : picture.surfaces) d.marks.push_back(stroke(Ink::Surface, s, 2.2f));
    const auto points_of = [&](const PoseLimb& limb) -> const std::vector<Vec2>& {
        for (const PoseLimb& p : picture.pose)
            if (p.name == limb.name) return p.points;
        return limb.points;
    };
    for (const PoseLimb& limb : body.limbs)
        if (limb.far) d.marks.push_back(stroke(Ink::FarLimb, points_of(limb), limb.width));
    for (const PoseLimb& limb : body.limbs)
        if (!limb.far) d.marks.push_back(stroke(Ink::Limb, points_of(limb), limb.width));
    d.marks.push_back(circle(Ink::Limb, picture.head.value_or(body.head), body.head_radius));
    for (const auto& area : picture.keep_off) d.marks.push_back(polygon(Ink::KeepOff, area));
    if (picture.move) d.marks.push_back(arrow(*picture.move));
    out.ball_at = picture.ball_at;
    out.ball_normal = picture.ball_normal;
    out.alt = picture.alt;
    return out;
}

BuiltPicture build_groove(const Poses& poses, const GrooveDrawing& groove) {
    // A patch of back 24 x 14 cm, the spine down its middle; drawn for the left side.
    BuiltPicture out;
    Drawing& d = out.drawing;
    d.size = {24, 14};
    const float mid = 12, half = poses.spine_half_width_cm, finger = poses.finger_cm;
    d.marks.push_back(polygon(Ink::Skin, {{0, 0}, {24, 0}, {24, 14}, {0, 14}}));
    d.marks.push_back(polygon(Ink::KeepOff, {{mid - half - 0.3f, 0}, {mid + half + 0.3f, 0}, {mid + half + 0.3f, 14}, {mid - half - 0.3f, 14}}));
    for (float y = 1.2f; y < 14; y += 3.2f)
        d.marks.push_back(polygon(Ink::Spine, {{mid - half, y}, {mid + half, y}, {mid + half, y + 2}, {mid - half, y + 2}}));
    // Fingertips laid side by side out from the bumps' edge, under the ball's place.
    const float edge = mid - half;
    for (int i = 0; i < groove.fingers; ++i) {
        const float x = edge - finger * (static_cast<float>(i) + 0.5f);
        d.marks.push_back(stroke(Ink::Finger, {{x, 11.2f}, {x, 14.5f}}, finger * 0.86f));
    }
    // The ball's inner edge: at the bumps' edge for the groove, a finger further out per finger more.
    out.ball_at = {edge - finger * static_cast<float>(groove.fingers - 1), 6};
    out.ball_normal = {-1, 0};
    out.alt = groove.alt;
    return out;
}

Drawing with_ball(const BuiltPicture& picture, Side side, float ball_cm) {
    Drawing d = picture.drawing;
    const float r = ball_cm / 2;
    // Over the body, under the areas to keep off and the arrow, which must show even on a big ball.
    const auto at = std::find_if(d.marks.begin(), d.marks.end(), [](const Mark& m) { return m.ink == Ink::KeepOff || m.kind == MarkKind::Arrow; });
    const bool groove = !d.marks.empty() && d.marks.front().ink == Ink::Skin;  // the close-up: its ball goes over all
    d.marks.insert(groove ? d.marks.end() : at, circle(Ink::Ball, {picture.ball_at.x + picture.ball_normal.x * r, picture.ball_at.y + picture.ball_normal.y * r}, r));
    if (side == Side::Right) mirror(d);
    return d;
}

void mirror(Drawing& drawing) {
    for (Mark& m : drawing.marks)
        for (Vec2& p : m.points) p.x = drawing.size.x - p.x;
}

DrawingFit fit_drawing(Vec2 size, float width, float max_height) {
    DrawingFit fit;
    fit.scale = std::min(width / std::max(size.x, 1e-3f), max_height / std::max(size.y, 1e-3f));
    fit.size = {size.x * fit.scale, size.y * fit.scale};
    fit.offset = {(width - fit.size.x) / 2, 0};
    return fit;
}

}  // namespace knotmap
