#include <catch2/catch.hpp>

#include "content.h"
#include "geometry_loader.h"
#include "test_files.h"

using namespace knotmap;

namespace {

const char* kMinimal = R"({"disclaimer": "Guidance, not medical advice.",
  "sources": [{"id": "s1", "title": "T", "publisher": "P", "url": "https://example.org/"}],
  "balls": [
    {"id": "tennis-ball", "name": "Tennis ball", "diameterIn": 2.6, "diameterCm": 6.7, "firmness": "Soft", "firmnessLevel": 2},
    {"id": "golf-ball", "name": "Golf ball", "diameterIn": 1.68, "diameterCm": 4.3, "firmness": "Hard", "firmnessLevel": 6}
  ],
  "dose": {"holdSeconds": 30, "gentleHoldSeconds": 15, "maxPerSpotSeconds": 60, "gentleMaxPerSpotSeconds": 30,
           "maxSessionMinutes": 10, "gentleMaxSessionMinutes": 5, "rollRepetitions": 12,
           "often": "Daily.", "nextDay": "Ache.", "why": "Cautious.", "sources": ["s1"]},
  "pressure": {"start": 3, "max": 6, "gentleMax": 4, "gentleMaxFirmness": 2, "summary": "Firm.", "stopIf": "Sharp.",
               "why": "Cautious.", "sources": ["s1"]},
  "redFlags": [{"id": "saddle", "question": "Saddle numbness", "urgency": "emergency", "sources": ["s1"]}],
  "urgencies": {"emergency": {"title": "Call 999", "text": "Now.", "sources": ["s1"]},
                "today": {"title": "Today", "text": "Today.", "sources": ["s1"]},
                "soon": {"title": "Soon", "text": "Soon.", "sources": ["s1"]},
                "doctor-first": {"title": "Doctor", "text": "Ask.", "sources": ["s1"]},
                "specialist-first": {"title": "Specialist", "text": "Ask.", "sources": ["s1"]}},
  "generalCautions": [{"id": "pregnancy", "label": "Pregnancy", "advice": "No floor.", "effect": "side-lying-only", "sources": ["s1"]}],
  "families": [
    {"family": "ql", "shortName": "QL", "group": "lower-back", "name": "QL", "where": "Side of the waist.", "feel": "Ache.",
     "spineSide": true, "balls": [{"ball": "tennis-ball", "why": "Soft."}], "avoidBalls": [{"ball": "golf-ball", "why": "Hard."}],
     "technique": {"wall": ["Lean."], "floor": ["Lie."], "travel": ["Sit."]}, "floorLying": "back", "cautions": ["Not on bone."], "sources": ["s1"]},
    {"family": "avoid-ribs", "shortName": "Ribs", "group": "lower-back", "name": "Ribs", "where": "Lowest ribs.", "whyNot": "Bone.", "nearest": ["ql"], "sources": ["s1"]}
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
        for (Position p : kPositions) {
            CHECK(f.technique(p).size() >= 3);
            // The hold's length comes from the dose, which the answers can shorten: steps don't say it.
            for (const std::string& step : f.technique(p)) CHECK(step.find("second") == std::string::npos);
        }
        CHECK_FALSE(f.cautions.empty());
        CHECK_FALSE(f.feel.empty());
    }
    CHECK(c.red_flags.size() >= 15);
    CHECK(c.general_cautions.size() >= 15);
    CHECK(c.dose.hold_seconds == 30);
    CHECK(c.dose.hold_seconds <= c.dose.max_per_spot_seconds);
    // The ceilings the safety issue sets: 7 out of 10 at most, 5 under the gentle rules.
    CHECK(c.pressure.max <= 7);
    CHECK(c.pressure.gentle_max <= 5);
    CHECK(c.pressure.start <= c.pressure.max);
    CHECK_FALSE(c.pressure.stop_if.empty());
    for (const GeneralCaution& g : c.general_cautions) CHECK_FALSE(g.sources.empty());
    for (const RedFlag& f : c.red_flags) CHECK_FALSE(f.sources.empty());
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
            REQUIRE_FALSE(family->nearest.empty());
            for (const std::string& id : family->nearest) {
                const FamilyContent* nearest = find_family(*content.content, id);
                REQUIRE(nearest);
                CHECK(nearest->family.rfind("avoid-", 0) == std::string::npos);
            }
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
    CHECK(first_error(with("\"Not on bone.\"], \"sources\": [\"s1\"]", "\"Not on bone.\"], \"sources\": [\"nope\"]")) ==
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
    CHECK(first_error(with("\"effect\": \"side-lying-only\"", "\"effect\": \"no-stairs\"")) ==
          "content.json: generalCautions[0] (pregnancy): field 'effect': expected \"doctor-first\", \"gentle\", "
          "\"side-lying-only\", \"specialist-first\" or \"keep-off-area\", found \"no-stairs\"");
    // The ceilings are rules, not content: 7 out of 10 at most, 5 under the gentle rules.
    CHECK(first_error(with("\"max\": 6", "\"max\": 8")) ==
          "content.json: pressure: field 'max': expected a number from 1 to 7, found 8.000000");
    CHECK(first_error(with("\"gentleMax\": 4", "\"gentleMax\": 6")) ==
          "content.json: pressure: field 'gentleMax': expected a number from 1 to 5, found 6.000000");
    CHECK(first_error(with("\"holdSeconds\": 30", "\"holdSeconds\": 90")) == "content.json: dose: a hold is longer than the limit per spot");
    CHECK(first_error(with("\"redFlags\": [{", "\"redFlags\": \"Saddle numbness\", \"x\": [{")) ==
          "content.json: field 'redFlags': expected a non-empty list, found a string");
    CHECK(first_error(with("\"urgency\": \"emergency\"", "\"urgency\": \"whenever\"")) ==
          "content.json: redFlags[0] (saddle): field 'urgency': expected \"soon\", \"today\" or \"emergency\", found \"whenever\"");
    CHECK(first_error(with("\"id\": \"saddle\"", "\"id\": \"pregnancy\"")) ==
          "content.json: generalCautions (pregnancy): the id of a red flag too");
    CHECK(first_error(with("\"advice\": \"No floor.\", \"effect\": \"side-lying-only\", \"sources\": [\"s1\"]",
                           "\"advice\": \"No floor.\", \"effect\": \"side-lying-only\", \"sources\": []")) ==
          "content.json: generalCautions[0] (pregnancy): field 'sources': expected a non-empty list, found an empty list");
    CHECK(first_error(with("\"floorLying\": \"back\"", "\"floorLying\": \"upside-down\"")) ==
          "content.json: families[0] (ql): field 'floorLying': expected \"back\", \"front\", \"side\" or \"seated\", found \"upside-down\"");
    // A zone never recommends a ball it also avoids, and always keeps one soft enough.
    CHECK(first_error(with("\"avoidBalls\": [{\"ball\": \"golf-ball\"", "\"avoidBalls\": [{\"ball\": \"tennis-ball\"")) ==
          "content.json: families (ql): ball 'tennis-ball' is in both 'balls' and 'avoidBalls'");
    CHECK(first_error(with("\"firmnessLevel\": 2", "\"firmnessLevel\": 3")) ==
          "content.json: families (ql): field 'balls': no ball soft enough for the gentle rules");
    CHECK(first_error(with("\"sources\": [{\"id\": \"s1\", \"title\": \"T\", \"publisher\": \"P\", \"url\": \"https://example.org/\"}]",
                           "\"sources\": [{\"id\": \"s1\", \"title\": \"T\", \"publisher\": \"P\"}, {\"id\": \"s2\", \"title\": \"U\", \"publisher\": \"Q\"}]")) ==
          "content.json: sources (s2): listed but cited nowhere: cite it or remove it");
    CHECK(first_error(with("\"family\": \"avoid-ribs\"", "\"family\": \"ql\"")) ==
          "content.json: families[1] (ql): duplicate family 'ql'");
    CHECK(first_error(with("\"group\": \"lower-back\"", "\"group\": \"legs\"")) ==
          "content.json: families[0] (ql): field 'group': expected \"upper-back\", \"lower-back\" or \"hips\", found \"legs\"");
    CHECK(first_error(with("\"whyNot\": \"Bone.\", ", "")) ==
          "content.json: families[1] (avoid-ribs): field 'whyNot': expected a non-empty string, found nothing (the field is missing)");
    CHECK(first_error(with("\"nearest\": [\"ql\"]", "\"nearest\": [\"avoid-ribs\"]")) ==
          "content.json: families (avoid-ribs): field 'nearest': expected the family of a muscle zone, found 'avoid-ribs'");
}
