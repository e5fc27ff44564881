#include <catch2/catch.hpp>

#include <algorithm>

#include "geometry_loader.h"
#include "hit_test.h"
#include "polygon_math.h"
#include "test_files.h"

using namespace knotmap;

namespace {

const MapGeometry& shipped() {
    static const MapGeometry geometry = [] {
        GeometryLoadResult result = load_geometry(test::asset("geometry.json"));
        INFO((result.errors.empty() ? std::string() : result.errors.front()));
        REQUIRE(result.geometry);
        return *result.geometry;
    }();
    return geometry;
}

const std::vector<std::string> kMuscleFamilies{"laminar-thoracic", "laminar-lumbar", "erector-lumbar", "ql",
                                               "glute-max",        "glute-med",      "shoulder-blade", "upper-trap"};

std::string first_error(const std::string& json) {
    GeometryLoadResult result = load_geometry(json);
    CHECK_FALSE(result.geometry);
    return result.errors.empty() ? std::string("(no error)") : result.errors.front();
}

const char* kMinimalValid = R"({"version": 1,
  "spine": {"top": 0.2, "bottom": 0.6, "count": 5, "halfWidth": 0.01},
  "body": [{"name": "torso", "style": "skin", "mirror": "half", "points": [[0, 0], [-0.2, 0.1], [-0.2, 0.9], [0, 1]]}],
  "landmarks": [{"name": "line", "style": "crease", "closed": false, "points": [[0, 0.1], [0, 0.2]]}],
  "zones": [{"family": "ql", "kind": "muscle", "mirror": "pair", "points": [[-0.1, 0.4], [-0.05, 0.4], [-0.05, 0.5], [-0.1, 0.5]]}]
})";

}  // namespace

TEST_CASE("the shipped geometry has every contract zone id") {
    const MapGeometry& g = shipped();
    for (const std::string& family : kMuscleFamilies) {
        for (const char* side : {"-left", "-right"}) {
            const Zone* zone = find_zone(g, family + side);
            INFO(family + side);
            REQUIRE(zone);
            CHECK(zone->kind == ZoneKind::Muscle);
            CHECK(zone->family == family);
        }
    }
    for (const char* id : {"avoid-spine", "avoid-sacrum"}) {
        const Zone* zone = find_zone(g, id);
        INFO(id);
        REQUIRE(zone);
        CHECK(zone->kind == ZoneKind::Avoid);
        CHECK(zone->side == Side::None);
    }
    for (const char* id : {"avoid-scapula-left", "avoid-scapula-right", "avoid-ribs-left", "avoid-ribs-right"}) {
        const Zone* zone = find_zone(g, id);
        INFO(id);
        REQUIRE(zone);
        CHECK(zone->kind == ZoneKind::Avoid);
    }
    CHECK(g.zones.size() == kMuscleFamilies.size() * 2 + 6);
}

TEST_CASE("left zones are on the screen's left (negative x) in the back view") {
    for (const Zone& zone : shipped().zones) {
        INFO(zone.id);
        if (zone.side == Side::Left) CHECK(zone.center.x < 0);
        if (zone.side == Side::Right) CHECK(zone.center.x > 0);
        if (zone.side == Side::None) CHECK(zone.center.x == Approx(0).margin(0.02));
    }
}

TEST_CASE("every zone's center hits that zone") {
    for (const Zone& zone : shipped().zones) {
        const Zone* hit = hit_test(shipped(), zone.center);
        INFO(zone.id);
        REQUIRE(hit);
        CHECK(hit->id == zone.id);
    }
}

TEST_CASE("sample points spread inside each zone hit that zone unless an avoid area covers them") {
    const MapGeometry& g = shipped();
    for (const Zone& zone : g.zones) {
        const Bounds b = bounds_of(zone.outline);
        int hits = 0;
        for (int iy = 1; iy < 10; ++iy) {
            for (int ix = 1; ix < 10; ++ix) {
                const Vec2 p{b.min_x + b.width() * static_cast<float>(ix) / 10,
                             b.min_y + b.height() * static_cast<float>(iy) / 10};
                if (!point_in_polygon(zone.outline, p)) continue;
                const Zone* hit = hit_test(g, p);
                REQUIRE(hit);
                INFO(zone.id << " at " << p.x << "," << p.y << " hit " << hit->id);
                if (hit->id == zone.id) {
                    ++hits;
                } else {
                    // Only a zone earlier in precedence may take the point, and muscles never beat avoid areas.
                    CHECK(!(hit->kind == ZoneKind::Muscle && zone.kind == ZoneKind::Avoid));
                }
            }
        }
        INFO(zone.id);
        CHECK(hits >= 3);
    }
}

TEST_CASE("mirrored points hit the zone of the other side") {
    const MapGeometry& g = shipped();
    for (const Zone& zone : g.zones) {
        if (zone.side == Side::None) continue;
        const Zone* mirrored = hit_test(g, {-zone.center.x, zone.center.y});
        INFO(zone.id);
        REQUIRE(mirrored);
        CHECK(mirrored->family == zone.family);
        CHECK(mirrored->side == (zone.side == Side::Left ? Side::Right : Side::Left));
    }
}

TEST_CASE("points outside the body hit nothing") {
    const MapGeometry& g = shipped();
    for (Vec2 p : {Vec2{0, -0.02f}, Vec2{-0.4f, 0.5f}, Vec2{0.4f, 0.5f}, Vec2{0, 0.08f}, Vec2{0.3f, 0.95f},
                   Vec2{-0.21f, 0.5f}, Vec2{0, 0.95f}}) {
        INFO(p.x << "," << p.y);
        CHECK(hit_test(g, p) == nullptr);
    }
}

TEST_CASE("avoid areas win where they overlap muscles") {
    const MapGeometry& g = shipped();
    // The sacrum overlaps the inner edge of the buttocks; the spine sits between the two grooves.
    const Zone* sacrum = find_zone(g, "avoid-sacrum");
    REQUIRE(sacrum);
    CHECK(hit_test(g, {0, 0.7f})->id == "avoid-sacrum");
    CHECK(hit_test(g, {0, 0.4f})->id == "avoid-spine");
    for (size_t i = 1; i < g.zones.size(); ++i)
        CHECK(!(g.zones[i].kind == ZoneKind::Avoid && g.zones[i - 1].kind == ZoneKind::Muscle));
}

TEST_CASE("every closed shape is triangulated completely") {
    const MapGeometry& g = shipped();
    auto check = [](const std::string& name, const Polygon& outline, const std::vector<Triangle>& triangles) {
        INFO(name);
        CHECK(triangles.size() == outline.size() - 2);
    };
    for (const Shape& s : g.body) check(s.name, s.outline, s.triangles);
    for (const Zone& z : g.zones) check(z.id, z.outline, z.triangles);
}

TEST_CASE("a minimal document loads, mirrors pairs and closes halves") {
    GeometryLoadResult result = load_geometry(kMinimalValid);
    REQUIRE(result.errors.empty());
    REQUIRE(result.geometry);
    const MapGeometry& g = *result.geometry;
    REQUIRE(g.zones.size() == 2);
    CHECK(find_zone(g, "ql-left"));
    CHECK(find_zone(g, "ql-right"));
    CHECK(g.bounds.min_x == Approx(-0.2f).margin(0.03));
    CHECK(g.bounds.max_x == Approx(0.2f).margin(0.03));
}

TEST_CASE("bad geometry gives a precise error naming the place and the problem") {
    CHECK(first_error("not json") == "geometry.json: not valid JSON (line 1, column 2)");
    CHECK(first_error("{\n  \"version\": }") == "geometry.json: not valid JSON (line 2, column 14)");
    CHECK(first_error("[1, 2]") == "geometry.json: expected a JSON object at the top level, found an array");

    std::string doc = kMinimalValid;
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string copy = doc;
        copy.replace(copy.find(from), from.size(), to);
        return copy;
    };
    CHECK(first_error(replaced("\"kind\": \"muscle\"", "\"kind\": \"bone\"")) ==
          "geometry.json: zones[0] (ql): field 'kind': expected \"muscle\" or \"avoid\", found \"bone\"");
    CHECK(first_error(replaced("\"family\": \"ql\", ", "")) ==
          "geometry.json: zones[0]: field 'family': expected a non-empty string, found nothing (the field is missing)");
    CHECK(first_error(replaced("[[-0.1, 0.4], [-0.05, 0.4], [-0.05, 0.5], [-0.1, 0.5]]", "[[-0.1, 0.4]]")) ==
          "geometry.json: zones[0] (ql): field 'points': expected a list of at least 3 items, found 1 item");
    CHECK(first_error(replaced("[-0.05, 0.4]", "[-0.05, \"a\"]")) ==
          "geometry.json: zones[0] (ql): points[1]: expected [x, y] or [x, y, \"sharp\"] with numbers, found an array");
    CHECK(first_error(replaced("\"mirror\": \"half\", \"points\": [[0, 0]", "\"mirror\": \"half\", \"points\": [[-0.1, 0]")) ==
          "geometry.json: body[0]: a \"half\" shape must start and end on the midline (x = 0)");
    CHECK(first_error(replaced("\"version\": 1", "\"version\": 7")) ==
          "geometry.json: field 'version': expected 1, found a number");
    CHECK(first_error(replaced("\"zones\": [", "\"zones\": [{\"id\": \"ql-left\", \"kind\": \"avoid\", \"points\": [[-0.2, 0], [0, 0], [0, 0.2]]}, ")) ==
          "geometry.json: zones: duplicate zone id 'ql-left'");
    CHECK(first_error(replaced("\"zones\": [", "\"zones\": [{\"id\": \"cover\", \"kind\": \"avoid\", \"points\": [[-0.5, 0], [0.5, 0], [0.5, 1], [-0.5, 1]], \"smooth\": false}, ")) ==
          "geometry.json: zones (ql-left): the zone is entirely covered by zones that take precedence, so it can never be tapped");
}

TEST_CASE("zones near a fingertip: the hit first, then the neighbours by distance") {
    const MapGeometry& g = shipped();
    const Zone* spine = find_zone(g, "avoid-spine");
    REQUIRE(spine);
    const Vec2 on_spine{0, 0.4f};
    const std::vector<const Zone*> near = zones_near(g, on_spine, 0.03f);
    REQUIRE(near.size() >= 3);
    CHECK(near[0]->id == "avoid-spine");
    std::vector<std::string> ids;
    for (const Zone* z : near) ids.push_back(z->id);
    CHECK(std::find(ids.begin(), ids.end(), "laminar-thoracic-left") != ids.end());
    CHECK(std::find(ids.begin(), ids.end(), "laminar-thoracic-right") != ids.end());
    CHECK(zones_near(g, {0.45f, 0.5f}, 0.03f).empty());
}

TEST_CASE("a spine off the map, or with a count past any int, is an error rather than undefined behaviour") {
    // Found with the fuzz target's properties (fuzz_geometry): a count of 5e10 was converted to int
    // before its range check (undefined; UBSan stops there), and a bottom of 1e39 became an infinite float.
    std::string doc = kMinimalValid;
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string copy = doc;
        copy.replace(copy.find(from), from.size(), to);
        return copy;
    };
    const std::string expected = "geometry.json: spine: expected 1 to 40 vertebrae, top and bottom on the map (y in 0..1) "
                                 "with bottom below top, and a positive halfWidth up to 1";
    CHECK(first_error(replaced("\"count\": 5", "\"count\": 5e10")) == expected);
    CHECK(first_error(replaced("\"count\": 5", "\"count\": -1e300")) == expected);
    CHECK(first_error(replaced("\"bottom\": 0.6", "\"bottom\": 1e39")) == expected);
    CHECK(first_error(replaced("\"top\": 0.2", "\"top\": -3")) == expected);
    CHECK(first_error(replaced("\"halfWidth\": 0.01", "\"halfWidth\": 2")) == expected);
    CHECK(load_geometry(replaced("\"count\": 5", "\"count\": 40")).geometry);
}
