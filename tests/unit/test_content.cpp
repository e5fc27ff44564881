#include <catch2/catch.hpp>

#include "content.h"
#include "geometry_loader.h"
#include "test_files.h"

using namespace knotmap;

namespace {

const char* kMinimal = R"({"disclaimer": "Guidance, not medical advice.",
  "sources": [{"id": "s1", "title": "T", "publisher": "P", "url": "https://example.org/"}],
  "families": [
    {"family": "ql", "shortName": "QL", "group": "lower-back", "name": "QL", "where": "Side of the waist.", "sources": ["s1"]},
    {"family": "avoid-ribs", "shortName": "Ribs", "group": "lower-back", "name": "Ribs", "where": "Lowest ribs.", "whyNot": "Bone.", "nearest": "ql", "sources": ["s1"]}
  ]})";

std::string with(const std::string& from, const std::string& to) {
    std::string copy = kMinimal;
    const size_t at = copy.find(from);
    REQUIRE(at != std::string::npos);
    copy.replace(at, from.size(), to);
    return copy;
}

std::string first_error(const std::string& json) {
    ContentLoadResult result = load_content(json);
    CHECK_FALSE(result.content);
    return result.errors.empty() ? std::string("(no error)") : result.errors.front();
}

}  // namespace

TEST_CASE("the shipped content loads and matches the shipped geometry both ways") {
    ContentLoadResult content = load_content(test::asset("content.json"));
    INFO((content.errors.empty() ? std::string() : content.errors.front()));
    REQUIRE(content.content);
    GeometryLoadResult geometry = load_geometry(test::asset("geometry.json"));
    REQUIRE(geometry.geometry);
    const auto mismatches = check_content_matches_geometry(*content.content, *geometry.geometry);
    INFO((mismatches.empty() ? std::string() : mismatches.front()));
    CHECK(mismatches.empty());
    for (const Zone& zone : geometry.geometry->zones) {
        const FamilyContent* family = find_family(*content.content, zone.family);
        REQUIRE(family);
        if (zone.kind == ZoneKind::Avoid) {
            INFO(zone.id);
            CHECK_FALSE(family->why_not.empty());
            const FamilyContent* nearest = find_family(*content.content, family->nearest);
            REQUIRE(nearest);
            CHECK(nearest->family.rfind("avoid-", 0) == std::string::npos);
        }
    }
}

TEST_CASE("display names say the side in words") {
    ContentLoadResult result = load_content(kMinimal);
    REQUIRE(result.content);
    Zone zone;
    zone.id = "ql-left";
    zone.family = "ql";
    zone.side = Side::Left;
    CHECK(zone_display_name(*result.content, zone) == "QL, left side");
    zone.side = Side::Right;
    CHECK(zone_display_name(*result.content, zone) == "QL, right side");
    CHECK(zone_short_name(*result.content, zone) == "QL, right");
}

TEST_CASE("a zone without content, or content without a zone, is an error") {
    ContentLoadResult result = load_content(kMinimal);
    REQUIRE(result.content);
    MapGeometry geometry;
    Zone zone;
    zone.id = "glute-max-left";
    zone.family = "glute-max";
    geometry.zones.push_back(zone);
    const auto errors = check_content_matches_geometry(*result.content, geometry);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0] == "content.json: families: zone 'glute-max-left' is on the map but has no content (add family 'glute-max')");
    CHECK(errors[1] == "content.json: families (ql): content for a zone that is not on the map (geometry.json)");
}

TEST_CASE("bad content gives a precise error: file, zone, field, expected and found") {
    CHECK(first_error("{oops") == "content.json: not valid JSON (line 1, column 2)");
    CHECK(first_error(with("\"name\": \"QL\", ", "")) ==
          "content.json: families[0] (ql): field 'name': expected a non-empty string, found nothing (the field is missing)");
    CHECK(first_error(with("\"shortName\": \"QL\", ", "")) ==
          "content.json: families[0] (ql): field 'shortName': expected a non-empty string, found nothing (the field is missing)");
    CHECK(first_error(with("\"name\": \"QL\"", "\"name\": 3")) ==
          "content.json: families[0] (ql): field 'name': expected a non-empty string, found a number");
    CHECK(first_error(with("\"sources\": [\"s1\"]}", "\"sources\": []}")) ==
          "content.json: families[0] (ql): field 'sources': expected a non-empty list, found an empty list");
    CHECK(first_error(with("\"sources\": [\"s1\"]}", "\"sources\": [\"nope\"]}")) ==
          "content.json: families (ql): field 'sources': unknown source id 'nope'");
    CHECK(first_error(with("\"family\": \"avoid-ribs\"", "\"family\": \"ql\"")) ==
          "content.json: families[1] (ql): duplicate family 'ql'");
    CHECK(first_error(with("\"group\": \"lower-back\"", "\"group\": \"legs\"")) ==
          "content.json: families[0] (ql): field 'group': expected \"upper-back\", \"lower-back\" or \"hips\", found \"legs\"");
    CHECK(first_error(with("\"whyNot\": \"Bone.\", ", "")) ==
          "content.json: families[1] (avoid-ribs): field 'whyNot': expected a non-empty string, found nothing (the field is missing)");
    CHECK(first_error(with("\"nearest\": \"ql\"", "\"nearest\": \"avoid-ribs\"")) ==
          "content.json: families (avoid-ribs): field 'nearest': expected the family of a muscle zone, found 'avoid-ribs'");
}
