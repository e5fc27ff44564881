#include "geometry_loader.h"

#include <algorithm>
#include <set>

#include "hit_test.h"
#include "json_check.h"
#include "polygon_math.h"

namespace knotmap {

namespace {

constexpr int kStepsPerSpan = 8;

// How a shape in the file becomes shapes on the map (see the "mirror" field in geometry.json).
enum class Mirror { None, Pair, Half };

struct RawShape {
    std::string where;
    std::vector<ControlPoint> points;
    Mirror mirror = Mirror::None;
    bool closed = true;
    bool smooth = true;
};

bool parse_mirror(const Json& object, Mirror& out, const std::string& where, ErrorList& errors) {
    const auto it = object.find("mirror");
    if (it == object.end()) return true;
    if (it->is_string()) {
        const std::string& s = it->get_ref<const std::string&>();
        if (s == "none") { out = Mirror::None; return true; }
        if (s == "pair") { out = Mirror::Pair; return true; }
        if (s == "half") { out = Mirror::Half; return true; }
    }
    errors.add(where, std::string("field 'mirror': expected \"none\", \"pair\" or \"half\", found ") +
                          (it->is_string() ? "\"" + it->get<std::string>() + "\"" : json_type_name(*it)));
    return false;
}

// Points are [x, y] or [x, y, "sharp"].
bool parse_points(const Json& object, std::vector<ControlPoint>& out, bool closed, const std::string& where,
                  ErrorList& errors) {
    const Json* points = require_array(object, "points", where, errors, closed ? 3 : 2);
    if (!points) return false;
    bool ok = true;
    for (size_t i = 0; i < points->size(); ++i) {
        const Json& p = (*points)[i];
        ControlPoint cp;
        const bool shape_ok = p.is_array() && (p.size() == 2 || p.size() == 3) && read_number(p[0], cp.p.x) &&
                              read_number(p[1], cp.p.y);
        const bool flag_ok = shape_ok && (p.size() == 2 || (p[2].is_string() && p[2].get<std::string>() == "sharp"));
        if (!shape_ok || !flag_ok) {
            errors.add(where, "points[" + std::to_string(i) + "]: expected [x, y] or [x, y, \"sharp\"] with numbers, found " +
                                  std::string(json_type_name(p)));
            ok = false;
            continue;
        }
        if (cp.p.y < -0.05f || cp.p.y > 1.05f || cp.p.x < -1.0f || cp.p.x > 1.0f) {
            errors.add(where, "points[" + std::to_string(i) + "]: (" + std::to_string(cp.p.x) + ", " +
                                  std::to_string(cp.p.y) + ") is outside the map (x in -1..1, y in 0..1)");
            ok = false;
        }
        cp.sharp = p.size() == 3;
        out.push_back(cp);
    }
    return ok;
}

std::vector<ControlPoint> mirrored(const std::vector<ControlPoint>& points) {
    std::vector<ControlPoint> out = points;
    for (ControlPoint& cp : out) cp.p.x = -cp.p.x;
    return out;
}

// "half": the left half from a point on the midline to another, joined with its mirror image.
bool close_half(std::vector<ControlPoint>& points, const std::string& where, ErrorList& errors) {
    if (points.front().p.x != 0 || points.back().p.x != 0) {
        errors.add(where, "a \"half\" shape must start and end on the midline (x = 0)");
        return false;
    }
    for (size_t i = points.size() - 1; i-- > 1;) {
        ControlPoint cp = points[i];
        cp.p.x = -cp.p.x;
        points.push_back(cp);
    }
    return true;
}

bool read_raw_shape(const Json& object, RawShape& raw, ErrorList& errors) {
    if (!object.is_object()) {
        errors.add(raw.where, std::string("expected an object, found ") + json_type_name(object));
        return false;
    }
    raw.closed = optional_bool(object, "closed", true, raw.where, errors);
    raw.smooth = optional_bool(object, "smooth", true, raw.where, errors);
    bool ok = parse_mirror(object, raw.mirror, raw.where, errors);
    ok = parse_points(object, raw.points, raw.closed, raw.where, errors) && ok;
    if (ok && raw.mirror == Mirror::Half) ok = close_half(raw.points, raw.where, errors);
    return ok;
}

Polygon build_outline(const std::vector<ControlPoint>& points, bool closed, bool smooth) {
    if (smooth) return smooth_path(points, closed, kStepsPerSpan);
    Polygon out;
    for (const ControlPoint& cp : points) out.push_back(cp.p);
    return out;
}

Shape make_shape(const std::string& name, const std::string& style, const std::vector<ControlPoint>& points,
                 const RawShape& raw) {
    Shape shape;
    shape.name = name;
    shape.style = style;
    shape.closed = raw.closed;
    shape.outline = build_outline(points, raw.closed, raw.smooth);
    if (shape.closed) shape.triangles = triangulate(shape.outline);
    return shape;
}

void read_drawing_list(const Json& doc, const char* field, std::vector<Shape>& out, ErrorList& errors) {
    const Json* list = require_array(doc, field, "", errors);
    if (!list) return;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        RawShape raw;
        raw.where = std::string(field) + "[" + std::to_string(i) + "]";
        if (!read_raw_shape(item, raw, errors)) continue;
        const std::string* name = require_string(item, "name", raw.where, errors);
        const std::string* style = require_string(item, "style", raw.where, errors);
        if (!name || !style) continue;
        out.push_back(make_shape(*name, *style, raw.points, raw));
        if (raw.mirror == Mirror::Pair) out.push_back(make_shape(*name, *style, mirrored(raw.points), raw));
    }
}

Zone make_zone(std::string id, const std::string& family, Side side, ZoneKind kind,
               const std::vector<ControlPoint>& points, const RawShape& raw) {
    Zone zone;
    zone.id = std::move(id);
    zone.family = family;
    zone.side = side;
    zone.kind = kind;
    zone.outline = build_outline(points, true, raw.smooth);
    zone.triangles = triangulate(zone.outline);
    return zone;
}

void read_zones(const Json& doc, MapGeometry& geometry, ErrorList& errors) {
    const Json* list = require_array(doc, "zones", "", errors);
    if (!list) return;
    for (size_t i = 0; i < list->size(); ++i) {
        const Json& item = (*list)[i];
        RawShape raw;
        raw.where = "zones[" + std::to_string(i) + "]";
        if (item.is_object() && item.contains("family") && item["family"].is_string())
            raw.where += " (" + item["family"].get<std::string>() + ")";
        else if (item.is_object() && item.contains("id") && item["id"].is_string())
            raw.where += " (" + item["id"].get<std::string>() + ")";
        if (!read_raw_shape(item, raw, errors)) continue;
        if (!raw.closed) {
            errors.add(raw.where, "a zone must be a closed shape");
            continue;
        }
        const std::string* kind_text = require_string(item, "kind", raw.where, errors);
        if (!kind_text) continue;
        if (*kind_text != "muscle" && *kind_text != "avoid") {
            errors.add(raw.where, "field 'kind': expected \"muscle\" or \"avoid\", found \"" + *kind_text + "\"");
            continue;
        }
        const ZoneKind kind = *kind_text == "avoid" ? ZoneKind::Avoid : ZoneKind::Muscle;
        if (raw.mirror == Mirror::Pair) {
            const std::string* family = require_string(item, "family", raw.where, errors);
            if (!family) continue;
            geometry.zones.push_back(make_zone(*family + "-left", *family, Side::Left, kind, raw.points, raw));
            geometry.zones.push_back(
                make_zone(*family + "-right", *family, Side::Right, kind, mirrored(raw.points), raw));
        } else {
            const std::string* id = require_string(item, "id", raw.where, errors);
            if (!id) continue;
            geometry.zones.push_back(make_zone(*id, *id, Side::None, kind, raw.points, raw));
        }
    }
}

void read_spine(const Json& doc, SpineGuide& spine, ErrorList& errors) {
    const Json* object = require_field(doc, "spine", Json::value_t::object, "an object", "", errors);
    if (!object) return;
    const char* fields[] = {"top", "bottom", "halfWidth", "count"};
    float values[4] = {};
    for (int i = 0; i < 4; ++i) {
        const Json* v = require_field(*object, fields[i], Json::value_t::number_float, "a number", "spine", errors);
        if (v) read_number(*v, values[i]);
    }
    if (!errors.empty()) return;
    // Checked before the count becomes an int (converting a float past int's range is undefined),
    // and on the map like every point: a number as large as 1e39 would otherwise read as infinity.
    const float top = values[0], bottom = values[1], half_width = values[2], count = values[3];
    if (!(count >= 1 && count <= 40 && top >= -0.05f && bottom <= 1.05f && bottom > top && half_width > 0 &&
          half_width <= 1)) {
        errors.add("spine", "expected 1 to 40 vertebrae, top and bottom on the map (y in 0..1) with bottom below top, "
                            "and a positive halfWidth up to 1");
        return;
    }
    spine = {top, bottom, half_width, static_cast<int>(count)};
}

void check_unique_ids(const MapGeometry& geometry, ErrorList& errors) {
    std::set<std::string> seen;
    for (const Zone& zone : geometry.zones)
        if (!seen.insert(zone.id).second) errors.add("zones", "duplicate zone id '" + zone.id + "'");
}

void place_centers(MapGeometry& geometry, ErrorList& errors) {
    for (Zone& zone : geometry.zones) {
        if (!find_zone_center(geometry, zone, zone.center))
            errors.add("zones (" + zone.id + ")",
                       "the zone is entirely covered by zones that take precedence, so it can never be tapped");
    }
}

}  // namespace

GeometryLoadResult load_geometry(const std::string& json_text, const std::string& file_name) {
    ErrorList errors(file_name);
    GeometryLoadResult result;
    Json doc;
    if (!parse_json(json_text, doc, errors)) {
        result.errors = errors.messages();
        return result;
    }
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<int>() != 1)
        errors.expected("", "version", "1", version == doc.end() ? nullptr : &*version);

    MapGeometry geometry;
    read_spine(doc, geometry.spine, errors);
    read_drawing_list(doc, "body", geometry.body, errors);
    read_drawing_list(doc, "landmarks", geometry.landmarks, errors);
    read_zones(doc, geometry, errors);
    check_unique_ids(geometry, errors);
    if (errors.empty()) {
        sort_by_precedence(geometry.zones);
        place_centers(geometry, errors);
        for (size_t i = 0; i < geometry.body.size(); ++i) {
            const Bounds b = bounds_of(geometry.body[i].outline);
            geometry.bounds = i == 0 ? b : covering(geometry.bounds, b);
        }
        for (size_t i = 0; i < geometry.zones.size(); ++i) {
            const Bounds b = bounds_of(geometry.zones[i].outline);
            geometry.zones_bounds = i == 0 ? b : covering(geometry.zones_bounds, b);
        }
    }
    if (!errors.empty()) {
        result.errors = errors.messages();
        return result;
    }
    result.geometry = std::move(geometry);
    return result;
}

}  // namespace knotmap
