// A fingertip's tap on the phone (finger_pick.h) and the map's zoom: what a finger gets from the
// whole back, that the other side's twin is never picked, and the zoom's transform and motion.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "finger_pick.h"
#include "hit_test.h"
#include "test_files.h"
#include "visitor.h"

using namespace knotmap;

namespace {

const Model& model() { return test::shipped_model(); }

// The phone: 390 x 844 CSS px at 3x; a fingertip's spread is 9 CSS px, a sure target 44.
const Layout& phone() {
    static const Layout layout = map_layout(390 * 3, 844 * 3, 3, model().geometry, false);
    return layout;
}
float css(float px, const Layout& layout) { return px * 3 / layout.unit; }

std::string twin_of(const std::string& id) {
    const auto swap = [&](const std::string& from, const std::string& to) {
        return id.size() > from.size() && id.compare(id.size() - from.size(), from.size(), from) == 0
                   ? id.substr(0, id.size() - from.size()) + to
                   : std::string();
    };
    const std::string left = swap("-left", "-right");
    return left.empty() ? swap("-right", "-left") : left;
}

}  // namespace

TEST_CASE("a finger on the middle of a big zone picks it at once; on a groove beside the spine it zooms") {
    const MapGeometry& g = model().geometry;
    const FingerPick glute = pick_by_finger(g, find_zone(g, "glute-max-left")->center, css(9, phone()), css(44, phone()));
    CHECK(glute.zone == "glute-max-left");
    CHECK_FALSE(glute.zoom);
    // A real finger is never exactly on the centre: a third of its spread off.
    const Vec2 groove_center = find_zone(g, "laminar-lumbar-left")->center;
    const Vec2 near_groove{groove_center.x + css(3, phone()), groove_center.y};
    const FingerPick groove = pick_by_finger(g, near_groove, css(9, phone()), css(44, phone()));
    CHECK(groove.zoom);
    CHECK(groove.zoom_scale >= 1.5f);
    CHECK(groove.zone != "laminar-lumbar-right");
    // Right on the centre knotmap.zones() reports: that zone, without a zoom.
    const FingerPick exact = pick_by_finger(g, groove_center, css(9, phone()), css(44, phone()));
    CHECK(exact.zone == "laminar-lumbar-left");
    CHECK_FALSE(exact.zoom);
    // Outside the figure: nothing, and no zoom.
    const FingerPick outside = pick_by_finger(g, {g.bounds.max_x + 1, 0.5f}, css(9, phone()), css(44, phone()));
    CHECK(outside.zone.empty());
    CHECK_FALSE(outside.zoom);
}

TEST_CASE("a finger that misses by up to 2.5 sigmas, from the whole back or zoomed in, never picks the other side's twin") {
    const MapGeometry& g = model().geometry;
    std::mt19937 rng(19);
    std::normal_distribution<float> jitter(0, 1);
    for (float zoom : {1.0f, 3.0f}) {
        for (const Zone& zone : g.zones) {
            const std::string twin = twin_of(zone.id);
            if (twin.empty()) continue;
            const Layout layout = zoom_layout(phone(), zoom_about(g.bounds, zone.center, zoom));
            const float sigma = css(9, layout);
            for (int n = 0; n < 200; ++n) {
                // Within 2.5 sigmas of the aim (99% of a finger's taps): a tap further off, deep
                // inside the twin, is a tap on the twin.
                float dx = 0, dy = 0;
                do {
                    dx = jitter(rng);
                    dy = jitter(rng);
                } while (dx * dx + dy * dy > 2.5f * 2.5f);
                const Vec2 tap{zone.center.x + dx * sigma, zone.center.y + dy * sigma};
                const FingerPick pick = pick_by_finger(g, tap, sigma, css(44, layout));
                INFO(zone.id << " zoom " << zoom << " tap " << tap.x << "," << tap.y);
                CHECK(pick.zone != twin);
            }
        }
    }
}

TEST_CASE("zoomed, the focus is in the middle of the map's area; a zoom of 1 is the layout as it is") {
    const MapGeometry& g = model().geometry;
    const MapZoom zoom = zoom_about(g.bounds, find_zone(g, "laminar-lumbar-left")->center, 4);
    const Layout zoomed = zoom_layout(phone(), zoom);
    CHECK(zoomed.unit == Approx(phone().unit * 4));
    const Vec2 focus = map_to_screen(zoomed, zoom.focus);
    CHECK(focus.x == Approx(phone().map.x + phone().map.w / 2));
    CHECK(focus.y == Approx(phone().map.y + phone().map.h / 2));
    const Layout same = zoom_layout(phone(), MapZoom{});
    CHECK(same.unit == phone().unit);
    CHECK(zoom_about(g.bounds, {99, 99}, 50).scale == kMaxZoom);  // clamped, and the focus kept on the figure
    CHECK(zoom_about(g.bounds, {99, 99}, 2).focus.x == g.bounds.max_x);
}

TEST_CASE("where a zone is on screen now: a point of it that shows, zoomed or not, and a tap there hits it") {
    const MapGeometry& g = model().geometry;
    for (const float scale : {1.0f, 4.0f}) {
        const Layout layout = zoom_layout(phone(), zoom_about(g.bounds, find_zone(g, "laminar-lumbar-left")->center, scale));
        for (const Zone& zone : g.zones) {
            const Vec2 at = visible_center(g, zone, layout);
            if (!layout.map.contains(at)) continue;  // none of it shows (far from the zoom)
            INFO(zone.id << " at zoom " << scale);
            CHECK(hit_test(g, screen_to_map(layout, at)) == &zone);
        }
        // The zone zoomed into always shows.
        CHECK(layout.map.contains(visible_center(g, *find_zone(g, "laminar-lumbar-left"), layout)));
    }
    // Zoomed in, a long zone whose centre is off screen is reported where part of it shows.
    const Layout zoomed = zoom_layout(phone(), zoom_about(g.bounds, find_zone(g, "laminar-lumbar-left")->center, 4));
    int moved = 0;
    for (const Zone& zone : g.zones) {
        const Vec2 raw = map_to_screen(zoomed, zone.center), at = visible_center(g, zone, zoomed);
        if (!zoomed.map.contains(raw) && zoomed.map.contains(at)) ++moved;
    }
    CHECK(moved >= 1);
}

TEST_CASE("a crowded finger tap zooms in smoothly (at once with reduced motion); selecting nothing zooms out") {
    MemoryStorage storage;
    Visitor v;
    set_time(v, 10, LocalClock{1'700'000'000'000, 60});
    const MapGeometry& g = model().geometry;
    const Vec2 groove{find_zone(g, "laminar-lumbar-left")->center.x + css(3, phone()), find_zone(g, "laminar-lumbar-left")->center.y};
    finger_tap(v, model(), pick_by_finger(g, groove, css(9, phone()), css(44, phone())), groove, false);
    CHECK(zoomed(v));
    CHECK(zoom_moving(v, false));
    CHECK_FALSE(zoom_moving(v, true));  // reduced motion: a cut
    CHECK(current_zoom(v, true).scale == v.zoom_to.scale);
    const float halfway = current_zoom(v, false).scale;
    set_time(v, 10 + kZoomSeconds / 2, v.clock);
    CHECK(current_zoom(v, false).scale > halfway);
    CHECK(current_zoom(v, false).scale < v.zoom_to.scale);
    set_time(v, 11, v.clock);
    CHECK_FALSE(zoom_moving(v, false));
    CHECK(v.map.selected != "laminar-lumbar-right");
    CHECK(select(v, model(), ""));
    CHECK_FALSE(zoomed(v));
}

TEST_CASE("a pinch enlarges the map by how far the fingers spread, keeping the point between them under them") {
    const MapGeometry& g = model().geometry;
    const Layout& base = phone();
    const Vec2 groove = map_to_screen(base, find_zone(g, "laminar-lumbar-left")->center);
    const TwoFingers start{groove, 60 * 3};
    // Spread to three times as far apart, and moved 30 CSS px right: the groove follows the fingers.
    const TwoFingers now{{groove.x + 90, groove.y}, 180 * 3};
    const MapZoom zoom = pinch_zoom(base, g.bounds, MapZoom{}, start, now);
    CHECK(zoom.scale == Approx(3));
    const Vec2 at = map_to_screen(zoom_layout(base, zoom), find_zone(g, "laminar-lumbar-left")->center);
    CHECK(at.x == Approx(now.mid.x).margin(0.5));
    CHECK(at.y == Approx(now.mid.y).margin(0.5));
    // A second pinch continues from the first: the point under the fingers stays under them.
    const TwoFingers again{{now.mid.x, now.mid.y - 60}, 180 * 3};
    const MapZoom further = pinch_zoom(base, g.bounds, zoom, again, {again.mid, 270 * 3});
    CHECK(further.scale == Approx(4.5f));
    CHECK(pinch_zoom(base, g.bounds, zoom, again, {again.mid, 900 * 3}).scale == kMaxZoom);  // 15 is clamped
    const Vec2 held = screen_to_map(zoom_layout(base, zoom), again.mid);
    const Vec2 still = map_to_screen(zoom_layout(base, further), held);
    CHECK(still.x == Approx(again.mid.x).margin(0.5));
    CHECK(still.y == Approx(again.mid.y).margin(0.5));
    // Closing the fingers back to about where they began is the whole back, not a near miss of it.
    CHECK(pinch_zoom(base, g.bounds, zoom, now, {now.mid, 62 * 3}) == MapZoom{});
    CHECK(pinch_zoom(base, g.bounds, MapZoom{}, start, {groove, 20 * 3}) == MapZoom{});  // never smaller
}

TEST_CASE("a pinch sets the zoom at once: the fingers carry the map, nothing eases behind them") {
    Visitor v;
    set_time(v, 10, LocalClock{1'700'000'000'000, 60});
    const unsigned before = v.revision.all;
    set_zoom(v, zoom_about(model().geometry.bounds, find_zone(model().geometry, "ql-left")->center, 2.5f));
    CHECK(zoomed(v));
    CHECK_FALSE(zoom_moving(v, false));
    CHECK(current_zoom(v, false).scale == Approx(2.5f));
    CHECK(v.revision.all != before);  // the page hears where the zones are now
    const unsigned after = v.revision.all;
    set_zoom(v, v.zoom_to);
    CHECK(v.revision.all == after);  // the same zoom is no change
}
