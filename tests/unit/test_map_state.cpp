#include <catch2/catch.hpp>

#include "map_state.h"

using namespace knotmap;

namespace {
Zone zone(const std::string& id, ZoneKind kind) {
    Zone z;
    z.id = id;
    z.family = id;
    z.kind = kind;
    return z;
}
}  // namespace

TEST_CASE("a tap selects the zone; a tap outside the body deselects") {
    MapState state;
    const Zone ql = zone("ql-left", ZoneKind::Muscle);
    apply_tap(state, &ql);
    CHECK(state.selected == "ql-left");
    CHECK(state.marked.empty());
    apply_tap(state, nullptr);
    CHECK(state.selected.empty());
}

TEST_CASE("in marking mode taps toggle sore marks on muscles, several at once") {
    MapState state;
    state.marking = true;
    const Zone ql = zone("ql-left", ZoneKind::Muscle), glute = zone("glute-max-right", ZoneKind::Muscle);
    apply_tap(state, &ql);
    apply_tap(state, &glute);
    CHECK(state.marked == std::vector<std::string>{"ql-left", "glute-max-right"});
    apply_tap(state, &ql);
    CHECK(state.marked == std::vector<std::string>{"glute-max-right"});
    CHECK(state.selected == "ql-left");
}

TEST_CASE("avoid areas are never marked as a spot to work on") {
    MapState state;
    state.marking = true;
    const Zone spine = zone("avoid-spine", ZoneKind::Avoid);
    apply_tap(state, &spine);
    CHECK(state.selected == "avoid-spine");
    CHECK(state.marked.empty());
    CHECK_FALSE(set_marked(state, spine, true));
}

TEST_CASE("select_zone refuses unknown ids and keeps the current selection") {
    MapGeometry geometry;
    geometry.zones.push_back(zone("ql-left", ZoneKind::Muscle));
    MapState state;
    CHECK(select_zone(state, geometry, "ql-left"));
    CHECK_FALSE(select_zone(state, geometry, "nope"));
    CHECK(state.selected == "ql-left");
}
