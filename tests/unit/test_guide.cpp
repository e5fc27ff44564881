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
    CHECK(g.blocked.urgency == Urgency::None);
    CHECK(g.dose.hold_sec == 30);
    CHECK(g.pressure.max == s.content.pressure.max);
}

TEST_CASE("screening answers change the guide: the strictest rule of each kind wins") {
    const Shipped& s = shipped();
    Screening screening;
    set_applies(screening, "pregnancy", true);
    set_applies(screening, "spine-condition", true);
    // Beside the spine: no steps, ask the specialist; the pregnancy advice still shows first.
    const Guide lumbar = build_guide(s.content, s.geometry, screening, *find_zone(s.geometry, "laminar-lumbar-right"));
    CHECK(lumbar.blocked.urgency == Urgency::SpecialistFirst);
    CHECK(lumbar.positions.empty());
    CHECK(lumbar.balls.empty());
    REQUIRE(lumbar.blocked.reasons.size() == 1);
    CHECK(lumbar.blocked.reasons[0] == find_caution(s.content, "spine-condition")->advice);
    CHECK(lumbar.notices == std::vector<std::string>{find_caution(s.content, "pregnancy")->advice});
    // The buttock: not beside the spine; floor kept because it is worked seated.
    const Guide glute = build_guide(s.content, s.geometry, screening, *find_zone(s.geometry, "glute-max-right"));
    CHECK(glute.blocked.urgency == Urgency::None);
    CHECK(glute.positions == std::vector<Position>{Position::Wall, Position::Floor, Position::Travel});
    // Gentle answers: wall and chair, soft balls, the lower ceiling and shorter holds.
    set_applies(screening, "osteoporosis", true);
    const Guide gentle = build_guide(s.content, s.geometry, screening, *find_zone(s.geometry, "glute-max-right"));
    CHECK(gentle.positions == std::vector<Position>{Position::Wall, Position::Travel});
    CHECK(gentle.pressure.max == s.content.pressure.gentle_max);
    CHECK(gentle.dose.hold_sec == s.content.dose.gentle_hold_seconds);
    REQUIRE_FALSE(gentle.balls.empty());
    for (const GuideBall& b : gentle.balls) CHECK(b.ball->firmness_level <= s.content.pressure.gentle_max_firmness);
    // A red flag outranks everything: the most urgent level names what to do.
    set_applies(screening, "not-improving", true);
    set_applies(screening, "chest-pain", true);
    const Guide flagged = build_guide(s.content, s.geometry, screening, *find_zone(s.geometry, "glute-max-right"));
    CHECK(flagged.blocked.urgency == Urgency::Emergency);
    CHECK(flagged.blocked.title == s.content.urgencies[static_cast<int>(Urgency::Emergency)].title);
    CHECK(flagged.blocked.reasons == std::vector<std::string>{find_red_flag(s.content, "chest-pain")->question});
    CHECK(flagged.positions.empty());
}

TEST_CASE("an avoid area points to the nearest muscle zone on the same side") {
    const Shipped& s = shipped();
    const Guide ribs = build_guide(s.content, s.geometry, Screening{}, *find_zone(s.geometry, "avoid-ribs-right"));
    REQUIRE(ribs.instead.size() == 1);
    CHECK(ribs.instead[0]->id == "ql-right");
    const Guide scapula = build_guide(s.content, s.geometry, Screening{}, *find_zone(s.geometry, "avoid-scapula-left"));
    REQUIRE(scapula.instead.size() == 1);
    CHECK(scapula.instead[0]->id == "shoulder-blade-left");
    // The spine runs from the mid-back to the low back: both grooves beside it are offered.
    const Guide spine = build_guide(s.content, s.geometry, Screening{}, *find_zone(s.geometry, "avoid-spine"));
    REQUIRE(spine.instead.size() == 2);
    CHECK(spine.instead[0]->family == "laminar-thoracic");
    CHECK(spine.instead[1]->family == "laminar-lumbar");
}

TEST_CASE("the guide's JSON for the page carries the text the DOM shows, in the API's shape") {
    const Shipped& s = shipped();
    Screening pregnant;
    pregnant.answered = true;
    set_applies(pregnant, "pregnancy", true);
    const Guide g = build_guide(s.content, s.geometry, pregnant, *find_zone(s.geometry, "ql-left"));
    const Json json = Json::parse(guide_to_json(g, s.content, pregnant));
    CHECK(json["zone"] == "ql-left");
    CHECK(json["name"] == "Side of the waist (quadratus lumborum), left side");
    CHECK(json["side"] == "left");
    CHECK(json["kind"] == "muscle");
    CHECK(json["blocked"].is_null());
    CHECK(json["gentle"] == false);
    CHECK(json["screening"]["answered"] == true);
    // The red flags first, then the conditions, each with its kind.
    const Json& questions = json["screening"]["questions"];
    REQUIRE(questions.size() == s.content.red_flags.size() + s.content.general_cautions.size());
    CHECK(questions[0]["kind"] == "red-flag");
    CHECK(questions.back()["kind"] == "condition");
    // Pregnancy: the side of the waist is worked lying on the back on the floor, so wall and chair remain.
    REQUIRE(json["positions"].size() == 2);
    CHECK(json["positions"][0]["id"] == "wall");
    CHECK(json["positions"][1]["id"] == "chair");
    CHECK(json["positions"][1]["name"] == "Chair or car");
    CHECK(json["positions"][0]["steps"] == Json(g.family->technique(Position::Wall)));
    CHECK(json["stopIf"] == s.content.pressure.stop_if);
    CHECK(json["notices"] == Json::array({find_caution(s.content, "pregnancy")->advice}));
    CHECK(json["balls"][0]["id"] == g.balls[0].ball->id);
    CHECK(json["balls"][0]["diameterCm"].is_number());
    CHECK(json["avoidBalls"][0].contains("why"));
    CHECK(json["cautions"] == Json(g.family->cautions));
    CHECK(json["dose"]["holdSec"] == 30);
    CHECK(json["dose"]["maxPerSpotSec"] == s.content.dose.max_per_spot_seconds);
    CHECK(json["dose"]["maxSessionMin"] == s.content.dose.max_session_minutes);
    CHECK(json["pressure"]["start"] == s.content.pressure.start);
    CHECK(json["pressure"]["max"] == s.content.pressure.max);
    CHECK(json["redFlags"].size() == s.content.red_flags.size());
    CHECK(json["redFlagGroups"][0]["urgency"] == "emergency");
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
    CHECK(json["instead"][0]["zone"].is_string());
    CHECK(json["instead"][0]["name"] == "Mid-back groove, left");  // the short name the canvas's button shows too
    CHECK(json["instead"][1]["name"] == "Low-back groove, left");
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
    Ball tennis{"tennis-ball", "Tennis ball", 2.6f, 6.7f, "Medium-soft", 2, ""};
    CHECK(size_text(tennis) == "2.6 in (6.7 cm) across");
}
