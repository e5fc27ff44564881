#include <catch2/catch.hpp>

#include <cmath>

#include "polygon_math.h"

using namespace knotmap;

namespace {
const Polygon kSquare{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
// An L shape: concave, so a fan from one corner would spill outside it.
const Polygon kEll{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}};

float triangles_area(const Polygon& polygon, const std::vector<Triangle>& triangles) {
    float sum = 0;
    for (const Triangle& t : triangles)
        sum += std::abs(signed_area({polygon[static_cast<size_t>(t.a)], polygon[static_cast<size_t>(t.b)],
                                     polygon[static_cast<size_t>(t.c)]}));
    return sum;
}
}  // namespace

TEST_CASE("point_in_polygon separates inside from outside, including concave notches") {
    CHECK(point_in_polygon(kSquare, {0.5f, 0.5f}));
    CHECK_FALSE(point_in_polygon(kSquare, {1.5f, 0.5f}));
    CHECK(point_in_polygon(kEll, {0.5f, 1.5f}));
    CHECK_FALSE(point_in_polygon(kEll, {1.5f, 1.5f}));  // the notch
}

TEST_CASE("triangulate covers a concave polygon exactly, in either winding") {
    auto triangles = triangulate(kEll);
    CHECK(triangles.size() == kEll.size() - 2);
    CHECK(triangles_area(kEll, triangles) == Approx(3.0f));
    Polygon reversed(kEll.rbegin(), kEll.rend());
    CHECK(triangles_area(reversed, triangulate(reversed)) == Approx(3.0f));
}

TEST_CASE("triangulate covers polygons with many reflex vertices: a star and a comb") {
    Polygon star;
    for (int i = 0; i < 24; ++i) {
        const float angle = static_cast<float>(i) * 3.14159265f / 12, radius = i % 2 ? 0.4f : 1.0f;
        star.push_back({radius * std::cos(angle), radius * std::sin(angle)});
    }
    // Three teeth hanging from a bar: every gap between them makes two reflex corners.
    const Polygon comb{{0, 0}, {1, 0}, {1, 2}, {2, 2}, {2, 0}, {3, 0}, {3, 2}, {4, 2}, {4, 0}, {5, 0}, {5, 3}, {0, 3}};
    CHECK(signed_area(comb) == Approx(11.0f));
    for (const Polygon& p : {star, comb}) {
        const auto triangles = triangulate(p);
        CHECK(triangles.size() == p.size() - 2);
        CHECK(triangles_area(p, triangles) == Approx(std::abs(signed_area(p))));
    }
}

TEST_CASE("triangulate gives up on degenerate input instead of looping") {
    CHECK(triangulate(Polygon{{0, 0}, {1, 1}}).empty());
    const Polygon collinear{{0, 0}, {1, 0}, {2, 0}, {3, 0}};
    CHECK(triangulate(collinear).size() <= 2);
}

TEST_CASE("smooth_path passes through its control points and keeps sharp corners") {
    const std::vector<ControlPoint> points{{{0, 0}, true}, {{1, 0}, false}, {{1, 1}, true}, {{0, 1}, false}};
    const Polygon curve = smooth_path(points, /*closed=*/true, 8);
    REQUIRE(curve.size() == 32);
    CHECK(curve[0].x == Approx(0));
    CHECK(curve[8].x == Approx(1));
    CHECK(curve[16].y == Approx(1));
    const Polygon open = smooth_path(points, /*closed=*/false, 4);
    CHECK(open.size() == 13);
    CHECK(open.back().x == Approx(0));
    CHECK(open.back().y == Approx(1));
}

TEST_CASE("distance_to_outline measures to the nearest edge") {
    CHECK(distance_to_outline(kSquare, {0.5f, 0.25f}) == Approx(0.25f));
    CHECK(distance_to_outline(kSquare, {2.0f, 0.5f}) == Approx(1.0f));
}
