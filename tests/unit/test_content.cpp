#include <catch2/catch.hpp>

#include "content.h"
#include "geometry_loader.h"
#include "test_files.h"

using namespace knotmap;

namespace {

const char* kMinimal = R"({"disclaimer": "Guidance, not medical advice.",
  "sources": [{"id": "s1", "title": "T", "publisher": "P", "url": "https://example.org/"}],
  "balls": [
    {"id": "tennis-ball", "name": "Tennis ball", "diameterIn": 2.6, "diameterCm": 6.7, "firmness": "Soft"},
    {"id": "golf-ball", "name": "Golf ball", "diameterIn": 1.68, "diameterCm": 4.3, "firmness": "Hard"}
  ],
  "dose": {"holdSeconds": 30, "rollRepetitions": 12, "summary": "30 s."},
  "pressure": {"low": 5, "high": 8, "summary": "5 to 8."},
  "generalCautions": [{"id": "pregnancy", "label": "Pregnancy", "advice": "No floor.", "effect": "no-floor"}],
  "redFlags": ["Saddle numbness"],
  "redFlagsAdvice": "Get help.",
  "redFlagsSources": ["s1"],
  "families": [
    {"family": "ql", "shortName": "QL", "group": "lower-back", "name": "QL", "where": "Side of the waist.", "feel": "Ache.",
     "spineSide": true, "balls": [{"ball": "tennis-ball", "why": "Soft."}], "avoidBalls": [{"ball": "golf-ball", "why": "Hard."}],
     "technique": {"wall": ["Lean."], "floor": ["Lie."], "travel": ["Sit."]}, "cautions": ["Not on bone."], "sources": ["s1"]},
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

TEST_CASE("the shipped content has complete guidance for every muscle zone") {
    ContentLoadResult result = load_content(test::asset("content.json"));
    REQUIRE(result.content);
    const Content& c = *result.content;
    for (const char* id : {"tennis-ball", "dog-tennis-ball", "lacrosse-ball", "racquetball", "foam-ball", "medicine-ball",
                           "golf-ball", "spiky-ball", "peanut-ball"}) {
        INFO(id);
        CHECK(find_ball(c, id));
    }
    for (const FamilyContent& f : c.families) {
        INFO(f.family);
        CHECK_FALSE(f.sources.empty());
        if (f.is_avoid()) continue;
        CHECK(f.balls.size() >= 2);
        CHECK_FALSE(f.avoid_balls.empty());
        for (Position p : kPositions) CHECK(f.technique(p).size() >= 3);
        CHECK_FALSE(f.cautions.empty());
        CHECK_FALSE(f.feel.empty());
    }
    CHECK(c.red_flags.size() >= 5);
    CHECK(c.general_cautions.size() >= 6);
    CHECK(c.dose.hold_seconds == 30);
    CHECK(c.pressure.low == 5);
    CHECK(c.pressure.high == 8);
}

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
    CHECK(errors[2] == "content.json: families (avoid-ribs): content for a zone that is not on the map (geometry.json)");
}

TEST_CASE("bad content gives a precise error: file, zone, field, expected and found") {
    CHECK(first_error("{oops") == "content.json: not valid JSON (line 1, column 2)");
    CHECK(first_error(with("\"name\": \"QL\", ", "")) ==
          "content.json: families[0] (ql): field 'name': expected a non-empty string, found nothing (the field is missing)");
    CHECK(first_error(with("\"shortName\": \"QL\", ", "")) ==
          "content.json: families[0] (ql): field 'shortName': expected a non-empty string, found nothing (the field is missing)");
    CHECK(first_error(with("\"name\": \"QL\"", "\"name\": 3")) ==
          "content.json: families[0] (ql): field 'name': expected a non-empty string, found a number");
    CHECK(first_error(with("\"cautions\": [\"Not on bone.\"]", "\"cautions\": []")) ==
          "content.json: families[0] (ql): field 'cautions': expected a non-empty list, found an empty list");
    CHECK(first_error(with("\"sources\": [\"s1\"]},", "\"sources\": [\"nope\"]},")) ==
          "content.json: families (ql): field 'sources': unknown source id 'nope'");
    CHECK(first_error(with("{\"ball\": \"tennis-ball\", \"why\": \"Soft.\"}", "{\"ball\": \"beach-ball\", \"why\": \"Big.\"}")) ==
          "content.json: families (ql): field 'balls': unknown ball id 'beach-ball'");
    CHECK(first_error(with("\"floor\": [\"Lie.\"]", "\"floor\": []")) ==
          "content.json: families[0] (ql): technique: field 'floor': expected a non-empty list, found an empty list");
    CHECK(first_error(with("\"travel\": [\"Sit.\"]", "\"travel\": [7]")) ==
          "content.json: families[0] (ql): technique: field 'travel'[0]: expected a non-empty string, found a number");
    CHECK(first_error(with("\"spineSide\": true", "\"spineSide\": \"yes\"")) ==
          "content.json: families[0] (ql): field 'spineSide': expected true or false, found a string");
    CHECK(first_error(with("\"id\": \"golf-ball\"", "\"id\": \"tennis-ball\"")) ==
          "content.json: balls[1] (tennis-ball): duplicate ball id 'tennis-ball'");
    CHECK(first_error(with("\"diameterCm\": 6.7", "\"diameterCm\": \"6.7\"")) ==
          "content.json: balls[0] (tennis-ball): field 'diameterCm': expected a number, found a string");
    CHECK(first_error(with("\"effect\": \"no-floor\"", "\"effect\": \"no-stairs\"")) ==
          "content.json: generalCautions[0] (pregnancy): field 'effect': expected \"caution\", \"no-floor\" or \"spine-specialist\", found \"no-stairs\"");
    CHECK(first_error(with("\"low\": 5", "\"low\": 11")) ==
          "content.json: pressure: field 'low': expected a number from 0 to 10, found 11.000000");
    CHECK(first_error(with("\"redFlags\": [\"Saddle numbness\"]", "\"redFlags\": \"Saddle numbness\"")) ==
          "content.json: field 'redFlags': expected a non-empty list, found a string");
    CHECK(first_error(with("\"family\": \"avoid-ribs\"", "\"family\": \"ql\"")) ==
          "content.json: families[1] (ql): duplicate family 'ql'");
    CHECK(first_error(with("\"group\": \"lower-back\"", "\"group\": \"legs\"")) ==
          "content.json: families[0] (ql): field 'group': expected \"upper-back\", \"lower-back\" or \"hips\", found \"legs\"");
    CHECK(first_error(with("\"whyNot\": \"Bone.\", ", "")) ==
          "content.json: families[1] (avoid-ribs): field 'whyNot': expected a non-empty string, found nothing (the field is missing)");
    CHECK(first_error(with("\"nearest\": \"ql\"", "\"nearest\": \"avoid-ribs\"")) ==
          "content.json: families (avoid-ribs): field 'nearest': expected the family of a muscle zone, found 'avoid-ribs'");
}
