#include <catch2/catch.hpp>

#include <algorithm>

#include "content.h"
#include "geometry_loader.h"
#include "guide.h"
#include "json_check.h"
#include "safety.h"
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

TEST_CASE("the guide's JSON for the page carries the text the DOM shows, in the API's shape") {
    const Shipped& s = shipped();
    Screening pregnant;
    pregnant.answered = true;
    set_applies(pregnant, "pregnancy", true);
    const Guide g = build_guide(s.content, s.geometry, pregnant, *find_zone(s.geometry, "ql-left"));
    const Json json = Json::parse(guide_to_json(g, s.content, pregnant));
    CHECK(json["zone"] == "ql-left");
    CHECK(json["name"] == "Side of the low back (quadratus lumborum, QL), left side");
    CHECK(json["side"] == "left");
    CHECK(json["kind"] == "muscle");
    CHECK(json["screening"]["answered"] == true);
    // Pregnancy hides the floor: wall and chair remain, each with its name, hint and every step.
    REQUIRE(json["positions"].size() == 2);
    CHECK(json["positions"][0]["id"] == "wall");
    CHECK(json["positions"][1]["id"] == "chair");
    CHECK(json["positions"][1]["name"] == "Chair or car");
    CHECK(json["positions"][0]["steps"] == Json(g.family->technique(Position::Wall)));
    CHECK(json["notices"] == Json::array({"The floor position is hidden because you said you are pregnant: after the first trimester, don't lie on your back."}));
    CHECK(json["balls"][0]["id"] == g.balls[0].ball->id);
    CHECK(json["balls"][0]["diameterCm"].is_number());
    CHECK(json["avoidBalls"][0].contains("why"));
    // The family's cautions, the advice of each answer that applies, then one line for everyone.
    const Json cautions = json["cautions"];
    REQUIRE(cautions.size() == g.family->cautions.size() + 2);
    const auto pregnancy = std::find_if(s.content.general_cautions.begin(), s.content.general_cautions.end(),
                                        [](const GeneralCaution& c) { return c.id == "pregnancy"; });
    REQUIRE(pregnancy != s.content.general_cautions.end());
    CHECK(cautions[cautions.size() - 2] == pregnancy->advice);
    const std::string everyone = cautions.back();
    CHECK(everyone.rfind("For everyone: check with a doctor first if you have ", 0) == 0);
    CHECK(everyone.find(" or ") != std::string::npos);
    CHECK(json["redFlags"] == Json(s.content.red_flags));
    CHECK(json["sources"][0].contains("title"));
}

TEST_CASE("an avoid area's guide has the same keys, with nothing to do there") {
    const Shipped& s = shipped();
    const Guide g = build_guide(s.content, s.geometry, Screening{}, *find_zone(s.geometry, "avoid-spine"));
    const Json json = Json::parse(guide_to_json(g, s.content, Screening{}));
    CHECK(json["kind"] == "avoid");
    CHECK(json["side"].is_null());
    CHECK(json["positions"].empty());
    CHECK(json["balls"].empty());
    CHECK(json["cautions"].empty());
    CHECK(json["whyNot"].is_string());
    CHECK(json["instead"]["zone"].is_string());
    CHECK(json["instead"]["name"] == "Mid-back groove, left");  // the short name the canvas's button shows too
}

TEST_CASE("answers from the page API: known ids answer the screening, an unknown one is named") {
    const Shipped& s = shipped();
    std::string error;
    const std::optional<Screening> ok = screening_from_answers(R"({"yes": ["pregnancy"]})", s.content, error);
    REQUIRE(ok);
    CHECK(ok->answered);
    CHECK(applies(*ok, "pregnancy"));
    CHECK(screening_from_answers(R"({"yes": []})", s.content, error)->yes.empty());
    CHECK_FALSE(screening_from_answers(R"({"yes": ["pregnancy", "kneecap"]})", s.content, error));
    CHECK(error.rfind("field 'yes': unknown question 'kneecap' (the questions: ", 0) == 0);
    CHECK_FALSE(screening_from_answers(R"({"yes": [3]})", s.content, error));
    CHECK(error == "field 'yes': expected question ids (text), found a number");
    for (const char* bad : {"", "null", "[]", R"({"no": []})", R"({"yes": "pregnancy"})", R"({"yes": [], "extra": 1})"}) {
        INFO(bad);
        CHECK_FALSE(screening_from_answers(bad, s.content, error));
        CHECK(error == "expected {yes: [question ids]}");
    }
}

TEST_CASE("ball sizes read in inches and centimetres") {
    Ball tennis{"tennis-ball", "Tennis ball", 2.6f, 6.7f, "Medium-soft", ""};
    CHECK(size_text(tennis) == "2.6 in (6.7 cm) across");
}
