// The page's one entry into the core (src/core/page_api.h): each call's answer, and bad
// arguments refused with a reason instead of a crash or a silent change.
#include <catch2/catch.hpp>

#include "json_check.h"
#include "page_api.h"
#include "page_view.h"
#include "test_files.h"
#include "words.h"

using namespace knotmap;

namespace {

struct Page {
    Model model;
    MemoryStorage storage;
    Visitor visitor;
    Layout layout;
    Page() {
        REQUIRE(load_model(model, test::asset("geometry.json"), test::asset("content.json")).empty());
        apply_options(model, {});
        set_time(visitor, 10, LocalClock{1'700'000'000'000, 0});
        attach_storage(visitor, model, storage);
        load_progress(visitor, model);
        layout = compute_layout(800, 600, 1, model.geometry.bounds, false);
    }
    Json call(const std::string& name, const std::string& args = "[]") {
        Json out;
        ErrorList errors("answer");
        REQUIRE(parse_json_value(call_page_api(PageCall{model, visitor, layout, 1}, name, args), out, errors));
        return out;
    }
};

}  // namespace

TEST_CASE("page API: an unknown call is named in the error") {
    Page p;
    const Json out = p.call("launchRockets");
    CHECK(out["ok"] == false);
    CHECK(out["error"] == "unknown call 'launchRockets'");
}

TEST_CASE("page API: select and mark take ids only, and say whether they did anything") {
    Page p;
    CHECK(p.call("select", R"(["ql-left"])") == true);
    CHECK(p.call("selected") == "ql-left");
    CHECK(p.call("select", "[42]") == false);
    CHECK(p.call("select", R"(["nope"])") == false);
    CHECK(p.call("selected") == "ql-left");
    CHECK(p.call("select", "[null]") == true);
    CHECK(p.call("selected").is_null());
    CHECK(p.call("mark", R"(["ql-left"])") == true);  // isSore left out: marks
    CHECK(p.call("marked") == Json::array({"ql-left"}));
    CHECK(p.call("mark", R"(["ql-left", false])") == true);
    CHECK(p.call("marked") == Json::array());
    CHECK(p.call("mark", R"([{"id": "ql-left"}])") == false);
    CHECK(p.call("select", "not json at all")["ok"] == false);  // arguments that aren't a JSON array: refused
    CHECK(p.call("selected") == nullptr);
}

TEST_CASE("page API: zones carry the region's name; guide is the selected zone's view-model") {
    Page p;
    const Json zones = p.call("zones");
    REQUIRE(zones.size() == p.model.geometry.zones.size());
    for (const Json& z : zones) CHECK_FALSE(z["groupName"].get<std::string>().empty());
    CHECK(p.call("guide").is_null());
    p.call("select", R"(["glute-med-right"])");
    CHECK(p.call("guide") == guide_json(p.model, p.visitor));
    CHECK(p.call("guide")["zone"] == "glute-med-right");
}

TEST_CASE("page API: setScreening and screening") {
    Page p;
    CHECK(p.call("screening") == Json{{"answered", false}, {"yes", Json::array()}});
    CHECK(p.call("setScreening", R"([{"yes": ["pregnancy"]}])") == Json{{"ok", true}});
    CHECK(p.call("screening") == Json{{"answered", true}, {"yes", {"pregnancy"}}});
    const Json bad = p.call("setScreening", R"([{"yes": ["nope"]}])");
    CHECK(bad["ok"] == false);
    CHECK(bad["error"].get<std::string>().find("'nope'") != std::string::npos);
    CHECK(p.call("setScreening", "[null]")["ok"] == false);
}

TEST_CASE("page API: logSession checks every field and names the one that is wrong") {
    Page p;
    CHECK(p.call("logSession", R"([{"zone": "ql-left", "durationSec": 30}])") == Json{{"ok", true}});
    CHECK(p.call("logSession", R"([{"zone": "ql-left", "durationSec": 3601}])")["error"] ==
          "field 'durationSec': expected a whole number from 1 to 3600, found 3601");
    CHECK(p.call("logSession", R"([{"zone": "ql-left"}])")["error"] ==
          "field 'durationSec': expected a number of seconds, found nothing");
    CHECK(p.call("logSession", R"([{"zone": 3, "durationSec": 30}])")["error"] ==
          "field 'zone': expected a zone id such as \"ql-left\"");
    CHECK(p.call("logSession", R"([{"zone": "ql-left", "durationSec": 30, "painAfter": 1.5}])")["ok"] == false);
    CHECK(p.call("logSession", R"([{"zone": "ql-left", "durationSec": 30, "ball": 7}])")["error"] ==
          "field 'ball': expected a ball id such as \"tennis-ball\"");
    CHECK(p.call("logSession", "[[]]")["ok"] == false);
    const Json sessions = p.call("sessions");
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0]["startedAt"] == "2023-11-14T22:12:50.000Z");  // 30 s before now: it just ended
}

TEST_CASE("page API: the DOM's hold and log form go through the same actions as the canvas") {
    Page p;
    p.call("setScreening", R"([{"yes": []}])");
    p.call("select", R"(["glute-med-right"])");
    CHECK(p.call("startHold", R"([{"painBefore": 6}])") == true);
    CHECK(p.visitor.draft.pain_before == 6);
    CHECK(p.call("stopHold") == true);
    CHECK(p.call("openLogForm") == true);
    CHECK(snapshot_json(p.model, p.visitor)["logForm"]["byHand"] == true);
    const Json tooLong = p.call("saveDraft", R"([{"note": ")" + std::string(141, 'x') + R"("}])");
    CHECK(tooLong["ok"] == false);
    CHECK(p.visitor.progress->sessions().empty());
    CHECK(p.call("saveDraft", R"([{"durationSec": 42}])")["error"] == "field 'durationSec': expected one of the form's choices");
    CHECK(p.call("saveDraft", R"([{"durationSec": 60, "painBefore": 4, "painAfter": null, "ball": null, "note": "ok"}])") ==
          Json{{"ok", true}});
    REQUIRE(p.visitor.progress->sessions().size() == 1);
    CHECK(p.visitor.progress->sessions()[0].pain_after == -1);
    CHECK(p.visitor.progress->sessions()[0].ball.empty());
    CHECK(p.call("closeLogForm") == true);
    CHECK(p.call("exportText").get<std::string>().find("knotmap-progress") != std::string::npos);
    CHECK(p.call("importText", R"(["{bad"])")["ok"] == false);
    CHECK(p.call("deleteAll") == true);
    CHECK(p.call("sessions") == Json::array());
}

TEST_CASE("page setup: the parsed options and the words the canvas draws, once") {
    Page p;
    OptionPairs dark;
    dark.push_back({"theme", "Dark"});
    REQUIRE(apply_options(p.model, dark).empty());
    const Json setup = setup_json(p.model);
    CHECK(setup["options"]["theme"] == "dark");
    CHECK(setup["options"]["accent"].is_null());
    // The page's headings and buttons are these very strings.
    const Json& words = setup["words"];
    CHECK(words["mark"] == words::kMark);
    CHECK(words["whichBall"] == words::kWhichBall);
    CHECK(words["couldntSave"] == words::kCouldntSave);
    CHECK(words["exportFile"] == words::kExportFile);
    for (const auto& [key, text] : words.items()) {
        INFO(key);
        CHECK(text.is_string());
        CHECK(!text.get<std::string>().empty());
    }
    CHECK(words.size() == 35);  // one entry per constant in words.h
}

TEST_CASE("page API: progress(zone) is the panel's view-model of that zone's sessions") {
    Page p;
    Json empty = p.call("progress", R"(["ql-left"])");
    CHECK(empty["helped"]["balls"].empty());
    empty.erase("helped");
    CHECK(empty == Json::parse(R"({"sessions": 0, "last": null, "trend": null})"));
    REQUIRE(p.call("logSession", R"([{"zone": "ql-left", "durationSec": 30, "painBefore": 8, "painAfter": 2, "ball": "tennis-ball", "position": "floor"}])")["ok"] == true);
    CHECK(p.call("logSession", R"([{"zone": "ql-left", "durationSec": 30, "position": "sofa"}])")["error"] ==
          "field 'position': expected \"wall\", \"floor\" or \"chair\", found 'sofa'");
    const Json progress = p.call("progress", R"(["ql-left"])");
    CHECK(progress["sessions"] == 1);
    CHECK(progress["last"] == Json::parse(R"({"before": 8, "after": 2, "text": "8 \u2192 2: 6 points easier"})"));
    CHECK(progress["trend"].is_null());  // one session is not a trend (test_zone_progress.cpp reads trends)
    CHECK(progress["helped"]["positions"][0]["text"] == "1 session: too few to tell yet");
    CHECK(progress["helped"]["balls"][0]["id"] == "tennis-ball");
    CHECK(p.call("progress", R"(["avoid-spine"])").is_null());
    CHECK(p.call("progress", R"(["kneecap"])").is_null());
    CHECK(p.call("progress", "[]").is_null());
}

TEST_CASE("sentences written for a finger say click with a mouse") {
    CHECK(words::for_pointer("Tap every spot that hurts. Tap again to unmark.", true) == "Tap every spot that hurts. Tap again to unmark.");
    CHECK(words::for_pointer("Tap every spot that hurts. Tap again to unmark.", false) == "Click every spot that hurts. Click again to unmark.");
    CHECK(words::for_pointer("Switch it on and tap each one.", false) == "Switch it on and click each one.");
}
