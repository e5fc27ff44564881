#include <catch2/catch.hpp>

#include "content.h"
#include "geometry_loader.h"
#include "guide.h"
#include "test_files.h"

using namespace knotmap;

namespace {
using Shipped = test::Shipped;
const Shipped& shipped() { return test::shipped_assets(); }
}  // namespace

TEST_CASE("a muscle zone's guide ranks its balls and shows all three positions by default") {
    const Shipped& s = shipped();
    const Guide g = build_guide(s.content, s.geometry, Screening{}, *find_zone(s.geometry, "laminar-lumbar-left"));
    REQUIRE(g.balls.size() >= 2);
    CHECK(g.balls[0].ball->id == "dog-tennis-ball");
    CHECK(g.positions == std::vector<Position>{Position::Wall, Position::Floor, Position::Travel});
    bool avoids_peanut = false;
    for (const GuideBall& b : g.avoid_balls) avoids_peanut = avoids_peanut || b.ball->id == "peanut-ball";
    CHECK(avoids_peanut);
    CHECK_FALSE(g.specialist_first);
}

TEST_CASE("screening answers change the guide") {
    const Shipped& s = shipped();
    Screening screening;
    set_applies(screening, "pregnancy", true);
    set_applies(screening, "spine-condition", true);
    const Guide lumbar = build_guide(s.content, s.geometry, screening, *find_zone(s.geometry, "laminar-lumbar-right"));
    CHECK(lumbar.positions == std::vector<Position>{Position::Wall, Position::Travel});
    CHECK(lumbar.floor_hidden);
    CHECK(lumbar.specialist_first);
    CHECK(lumbar.general_cautions.size() == 2);
    const Guide glute = build_guide(s.content, s.geometry, screening, *find_zone(s.geometry, "glute-max-right"));
    CHECK_FALSE(glute.specialist_first);
}

TEST_CASE("an avoid area points to the nearest muscle zone on the same side") {
    const Shipped& s = shipped();
    const Guide ribs = build_guide(s.content, s.geometry, Screening{}, *find_zone(s.geometry, "avoid-ribs-right"));
    REQUIRE(ribs.instead);
    CHECK(ribs.instead->id == "ql-right");
    const Guide scapula = build_guide(s.content, s.geometry, Screening{}, *find_zone(s.geometry, "avoid-scapula-left"));
    REQUIRE(scapula.instead);
    CHECK(scapula.instead->id == "shoulder-blade-left");
}

TEST_CASE("the guide's JSON for the page carries the text the DOM shows") {
    const Shipped& s = shipped();
    const Guide g = build_guide(s.content, s.geometry, Screening{}, *find_zone(s.geometry, "ql-left"));
    const std::string json = guide_to_json(g, s.content, Screening{});
    CHECK(json.find("\"title\":\"Side of the low back (quadratus lumborum, QL), left side\"") != std::string::npos);
    CHECK(json.find("Medicine ball, 6 lb") != std::string::npos);
    CHECK(json.find("\"position\":\"wall\"") != std::string::npos);
    CHECK(json.find("\"redFlags\"") != std::string::npos);
    CHECK(json.find("\"screening\":{\"answered\":false") != std::string::npos);
}

TEST_CASE("ball sizes read in inches and centimetres") {
    Ball tennis{"tennis-ball", "Tennis ball", 2.6f, 6.7f, "Medium-soft", ""};
    CHECK(size_text(tennis) == "2.6 in (6.7 cm) across");
}
