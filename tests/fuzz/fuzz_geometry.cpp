// Fuzzes the geometry loader (assets/geometry.json), which mirrors, smooths, triangulates and
// places zone centers. Whatever the text:
// - loading never crashes and gives the same result twice;
// - a map comes back exactly when there are no errors, and every error names the file;
// - an accepted map keeps the promises hit testing and drawing rely on: unique zone ids that
//   follow the "<family>-left/-right" contract, avoid areas before muscles, triangles that index
//   their outline, finite coordinates, bounds around the body, and a center in every zone that
//   hit-tests to that zone;
// - the same document written out again (other spacing, duplicate keys resolved) loads the same.
#include <cmath>
#include <set>

#include "fuzz_support.h"
#include "hit_test.h"
#include "json_check.h"

using namespace knotmap;

namespace {

Json describe(const Polygon& outline) {
    Json out = Json::array();
    for (const Vec2& p : outline) out.push_back({p.x, p.y});
    return out;
}

Json describe(const std::vector<Triangle>& triangles) {
    Json out = Json::array();
    for (const Triangle& t : triangles) out.push_back({t.a, t.b, t.c});
    return out;
}

Json describe(const std::vector<Shape>& shapes) {
    Json out = Json::array();
    for (const Shape& s : shapes) out.push_back({s.name, s.style, s.closed, describe(s.outline), describe(s.triangles)});
    return out;
}

// Every field, so that two loads can be compared whole.
Json describe(const MapGeometry& g) {
    Json zones = Json::array();
    for (const Zone& z : g.zones)
        zones.push_back({z.id, z.family, static_cast<int>(z.side), static_cast<int>(z.kind), describe(z.outline),
                         describe(z.triangles), z.center.x, z.center.y});
    return {{g.spine.top, g.spine.bottom, g.spine.half_width, g.spine.count}, describe(g.body), describe(g.landmarks),
            zones, {g.bounds.min_x, g.bounds.min_y, g.bounds.max_x, g.bounds.max_y}};
}

void expect_drawable(const Polygon& outline, const std::vector<Triangle>& triangles, const std::string& name) {
    KNOTMAP_EXPECT(!outline.empty(), name + ": an empty outline");
    for (const Vec2& p : outline) KNOTMAP_EXPECT(std::isfinite(p.x) && std::isfinite(p.y), name + ": not finite");
    const int n = static_cast<int>(outline.size());
    for (const Triangle& t : triangles)
        KNOTMAP_EXPECT(t.a >= 0 && t.a < n && t.b >= 0 && t.b < n && t.c >= 0 && t.c < n,
                       name + ": a triangle indexes outside its outline");
}

void check_accepted(const MapGeometry& g) {
    KNOTMAP_EXPECT(g.spine.count >= 1 && g.spine.count <= 40 && g.spine.bottom > g.spine.top && g.spine.half_width > 0,
                   "spine out of range");
    // The spine is drawn on the map like the shapes, so it has to be on the map too.
    KNOTMAP_EXPECT(std::isfinite(g.spine.top) && std::isfinite(g.spine.bottom) && std::isfinite(g.spine.half_width),
                   "spine " + std::to_string(g.spine.top) + ".." + std::to_string(g.spine.bottom) + " half width " +
                       std::to_string(g.spine.half_width));
    for (const std::vector<Shape>* shapes : {&g.body, &g.landmarks})
        for (const Shape& s : *shapes) {
            KNOTMAP_EXPECT(!s.name.empty() && !s.style.empty(), "a shape without name or style");
            expect_drawable(s.outline, s.triangles, s.name);
        }
    for (const Shape& s : g.body) {
        for (const Vec2& p : s.outline)
            KNOTMAP_EXPECT(p.x >= g.bounds.min_x && p.x <= g.bounds.max_x && p.y >= g.bounds.min_y && p.y <= g.bounds.max_y,
                           s.name + ": a point outside the bounds");
    }

    std::set<std::string> ids;
    for (size_t i = 0; i < g.zones.size(); ++i) {
        const Zone& z = g.zones[i];
        KNOTMAP_EXPECT(!z.id.empty() && ids.insert(z.id).second, "duplicate or empty zone id accepted: " + z.id);
        const std::string expected_id = z.family + (z.side == Side::Left    ? "-left"
                                                    : z.side == Side::Right ? "-right"
                                                                            : "");
        KNOTMAP_EXPECT(!z.family.empty() && z.id == expected_id, "zone id " + z.id + " for family " + z.family);
        KNOTMAP_EXPECT(i == 0 || !(z.kind == ZoneKind::Avoid && g.zones[i - 1].kind == ZoneKind::Muscle),
                       "a muscle zone before avoid area " + z.id);
        KNOTMAP_EXPECT(z.outline.size() >= 3, z.id + ": fewer than 3 outline points");
        expect_drawable(z.outline, z.triangles, z.id);
        KNOTMAP_EXPECT(find_zone(g, z.id) == &z, z.id + ": find_zone finds another zone");
        KNOTMAP_EXPECT(hit_test(g, z.center) == &z, z.id + ": its center does not hit it");
        const std::vector<const Zone*> near = zones_near(g, z.center, 0.03f);
        KNOTMAP_EXPECT(!near.empty() && near.front() == &z, z.id + ": zones near its center do not start with it");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text = fuzz::text_of(data, size);
    const GeometryLoadResult first = load_geometry(text);
    KNOTMAP_EXPECT(first.geometry.has_value() == first.errors.empty(), "geometry and errors disagree");
    for (const std::string& error : first.errors) KNOTMAP_EXPECT(error.rfind("geometry.json: ", 0) == 0, error);

    if (first.geometry) check_accepted(*first.geometry);

    // Loading again must give the same map: from the same document written out again (other
    // spacing, duplicate keys resolved) when it is JSON, else from the same text. One second load
    // checks both that loading is deterministic and that saving the document changes nothing.
    std::string second_text = text;
    if (fuzz::nesting_depth(text) <= fuzz::kMaxRewriteDepth) {
        const Json doc = Json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (!doc.is_discarded()) second_text = doc.dump(2);
    }
    const GeometryLoadResult again = load_geometry(second_text);
    KNOTMAP_EXPECT(again.errors == first.errors,
                   "loaded again, the document loads differently: " +
                       (again.errors.empty() ? std::string("accepted") : again.errors.front()));
    if (first.geometry)
        KNOTMAP_EXPECT(describe(*again.geometry) == describe(*first.geometry), "loaded again, the map differs");
    return 0;
}
