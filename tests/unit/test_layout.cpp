#include <catch2/catch.hpp>

#include "layout.h"

using namespace knotmap;

namespace {
const Bounds kFigure{-0.25f, 0.0f, 0.25f, 1.0f};
}

TEST_CASE("portrait phones stack the map above the panel; landscape and desktop put it left") {
    const Layout phone = compute_layout(390 * 3, 844 * 3, 3, kFigure);
    CHECK(phone.stacked);
    CHECK(phone.panel.y == Approx(phone.map.h));
    const Layout desktop = compute_layout(1280, 800, 1, kFigure);
    CHECK_FALSE(desktop.stacked);
    CHECK(desktop.panel.x == Approx(desktop.map.w));
    const Layout landscape_phone = compute_layout(844 * 3, 390 * 3, 3, kFigure);
    CHECK_FALSE(landscape_phone.stacked);
}

TEST_CASE("the figure fits inside the map area and keeps its proportions") {
    for (auto [w, h, s] : {std::tuple{1170.f, 2532.f, 3.f}, {1280.f, 800.f, 1.f}, {2560.f, 1600.f, 2.f}, {500.f, 300.f, 1.f}}) {
        const Layout l = compute_layout(w, h, s, kFigure);
        const Vec2 top_left = map_to_screen(l, {kFigure.min_x, kFigure.min_y});
        const Vec2 bottom_right = map_to_screen(l, {kFigure.max_x, kFigure.max_y});
        INFO(w << "x" << h);
        CHECK(top_left.x >= l.map.x - 0.01f);
        CHECK(top_left.y >= l.map.y - 0.01f);
        CHECK(bottom_right.x <= l.map.x + l.map.w + 0.01f);
        CHECK(bottom_right.y <= l.map.y + l.map.h + 0.01f);
        CHECK((bottom_right.x - top_left.x) / (bottom_right.y - top_left.y) == Approx(0.5f));
    }
}

TEST_CASE("screen_to_map inverts map_to_screen, so taps land where the zone is drawn after a resize") {
    for (float scale : {1.0f, 1.25f, 2.0f, 3.0f}) {
        const Layout l = compute_layout(900 * scale, 700 * scale, scale, kFigure);
        const Vec2 p{-0.07f, 0.58f};
        const Vec2 back = screen_to_map(l, map_to_screen(l, p));
        CHECK(back.x == Approx(p.x));
        CHECK(back.y == Approx(p.y));
    }
}

TEST_CASE("the same CSS viewport gives the same CSS layout at any pixel ratio") {
    const Layout one = compute_layout(390, 844, 1, kFigure);
    const Layout three = compute_layout(390 * 3, 844 * 3, 3, kFigure);
    CHECK(three.unit == Approx(one.unit * 3));
    CHECK(three.origin.x == Approx(one.origin.x * 3));
    CHECK(three.origin.y == Approx(one.origin.y * 3));
}

TEST_CASE("embedded, the layout follows the width only, so a frame sized to its content stays put") {
    const Layout short_frame = compute_layout(390, 600, 1, kFigure, /*embedded=*/true);
    const Layout tall_frame = compute_layout(390, 3000, 1, kFigure, /*embedded=*/true);
    CHECK(short_frame.stacked);
    CHECK(short_frame.map.h == Approx(tall_frame.map.h));
    CHECK(short_frame.unit == Approx(tall_frame.unit));
    const Layout wide_short = compute_layout(1000, 500, 1, kFigure, true);
    const Layout wide_tall = compute_layout(1000, 4000, 1, kFigure, true);
    CHECK_FALSE(wide_short.stacked);
    CHECK(wide_short.unit == Approx(wide_tall.unit));
}
