#include <catch2/catch.hpp>

#include <set>
#include <vector>

#include "geometry_loader.h"
#include "test_files.h"
#include "zone_navigation.h"

using namespace knotmap;

namespace {

MapGeometry shipped_geometry() {
    GeometryLoadResult result = load_geometry(test::asset("geometry.json"));
    REQUIRE(result.geometry);
    return *result.geometry;
}

const Direction kDirections[] = {Direction::Up, Direction::Down, Direction::Left, Direction::Right};

std::string mirror_id(const std::string& id) {
    auto swap_suffix = [&](const std::string& from, const std::string& to) {
        return id.size() > from.size() && id.compare(id.size() - from.size(), from.size(), from) == 0
                   ? id.substr(0, id.size() - from.size()) + to
                   : std::string();
    };
    if (std::string s = swap_suffix("-left", "-right"); !s.empty()) return s;
    if (std::string s = swap_suffix("-right", "-left"); !s.empty()) return s;
    return id;
}

}  // namespace

TEST_CASE("arrow keys reach every zone from every zone") {
    const MapGeometry geometry = shipped_geometry();
    for (const Zone& start : geometry.zones) {
        std::set<std::string> seen{start.id};
        std::vector<std::string> todo{start.id};
        while (!todo.empty()) {
            const Zone* zone = find_zone(geometry, todo.back());
            todo.pop_back();
            for (Direction d : kDirections) {
                const std::string next = neighbour_zone(geometry, *zone, d);
                if (!next.empty() && seen.insert(next).second) todo.push_back(next);
            }
        }
        INFO("from " << start.id);
        CHECK(seen.size() == geometry.zones.size());
    }
}

TEST_CASE("arrow moves go the way the key points, and mirror from side to side") {
    const MapGeometry geometry = shipped_geometry();
    for (const Zone& zone : geometry.zones) {
        INFO(zone.id);
        const Zone* up = find_zone(geometry, neighbour_zone(geometry, zone, Direction::Up));
        const Zone* down = find_zone(geometry, neighbour_zone(geometry, zone, Direction::Down));
        const Zone* left = find_zone(geometry, neighbour_zone(geometry, zone, Direction::Left));
        const Zone* right = find_zone(geometry, neighbour_zone(geometry, zone, Direction::Right));
        if (up) CHECK(up->center.y < zone.center.y);
        if (down) CHECK(down->center.y > zone.center.y);
        if (left) CHECK(left->center.x < zone.center.x);
        if (right) CHECK(right->center.x > zone.center.x);
        // The map is symmetric, so left from one side is right from the other.
        const Zone* twin = find_zone(geometry, mirror_id(zone.id));
        REQUIRE(twin);
        CHECK(mirror_id(neighbour_zone(geometry, zone, Direction::Left)) ==
              neighbour_zone(geometry, *twin, Direction::Right));
        if (twin != &zone) {  // below a midline zone, a mirrored pair ties: the first listed wins
            CHECK(mirror_id(neighbour_zone(geometry, zone, Direction::Down)) ==
                  neighbour_zone(geometry, *twin, Direction::Down));
        }
    }
}

TEST_CASE("down from the top of the shoulder stays on that side, and the pair sits side by side") {
    const MapGeometry geometry = shipped_geometry();
    const Zone* trap = find_zone(geometry, "upper-trap-left");
    REQUIRE(trap);
    const Zone* below = find_zone(geometry, neighbour_zone(geometry, *trap, Direction::Down));
    REQUIRE(below);
    CHECK(below->center.x <= 0);
    CHECK(neighbour_zone(geometry, *trap, Direction::Up).empty());
    const Zone* ql = find_zone(geometry, "ql-left");
    REQUIRE(ql);
    CHECK(neighbour_zone(geometry, *ql, Direction::Left).empty());
}
