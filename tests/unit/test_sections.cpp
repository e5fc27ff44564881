// Embedded in a post (sections.h): the panel's rows the reader opens one at a time, what they
// hold before and after the safety check, what the page's snapshot shows with each open, where
// the history lives, and the embedded layout's sizes.
#include <catch2/catch.hpp>

#include "guide.h"
#include "layout.h"
#include "page_view.h"
#include "sections.h"
#include "test_files.h"
#include "visitor.h"

using namespace knotmap;

namespace {

Model model_with(const OptionPairs& options) {
    Model m;
    REQUIRE(load_model(m, test::asset("geometry.json"), test::asset("content.json")).empty());
    REQUIRE(apply_options(m, options).empty());
    return m;
}

const Model& embedded() {
    static const Model m = model_with({{"embed", "1"}, {"zone", "ql-left"}, {"theme", "dark"}, {"accent", "#B0552F"}});
    return m;
}

struct Visit {
    MemoryStorage storage;
    Visitor v;
    Visit(const Model& m, const std::string& zone) {
        set_time(v, 1, LocalClock{1'700'000'000'000, 0});
        attach_storage(v, m, storage);
        load_progress(v, m);
        select(v, m, zone);
    }
};

std::vector<std::string> ids(const std::vector<SectionRow>& rows) {
    std::vector<std::string> out;
    for (const SectionRow& r : rows) out.push_back(section_id(r.id));
    return out;
}

std::vector<SectionRow> rows_of(const Model& m, const Visitor& v) {
    const Zone* zone = find_zone(m.geometry, v.map.selected);
    if (!zone) return section_rows(m, v, nullptr);
    const Guide guide = build_guide(m.content, m.geometry, v.screening, *zone);
    return section_rows(m, v, &guide);
}

}  // namespace

TEST_CASE("on Knotmap's own page there are no sections: everything shows") {
    const Model& m = test::shipped_model();
    Visit visit(m, "ql-left");
    CHECK(rows_of(m, visit.v).empty());
    CHECK(section_shows(m, visit.v, Section::Steps));
    CHECK(section_shows(m, visit.v, Section::History));
    CHECK(guide_json(m, visit.v)["sections"].empty());
}

TEST_CASE("embedded, a muscle's panel is rows; before the safety check they say only what they hold") {
    const Model& m = embedded();
    Visit visit(m, "ql-left");
    std::vector<SectionRow> rows = rows_of(m, visit.v);
    CHECK(ids(rows) == std::vector<std::string>{"ball", "steps", "dose", "history", "care", "doctor"});
    for (const SectionRow& r : rows) CHECK_FALSE(r.open);
    // Nothing of the guidance before the answers: the ball isn't named yet.
    CHECK(rows[0].teaser.empty());
    CHECK(rows[5].teaser == "Signs to stop and get help");  // the doctor's row needs no answers
    confirm_screening(visit.v, m);
    rows = rows_of(m, visit.v);
    CHECK(rows[0].teaser == "Medicine ball, 6 lb (2.7 kg)");
    CHECK(rows[1].teaser == "Wall · Floor · Chair or car");
    CHECK(rows[2].teaser == "30 s a spot · pressure 3 to 6 of 10");
    CHECK(rows[3].teaser == "No sessions yet");
    const Json json = guide_json(m, visit.v)["sections"];
    REQUIRE(json.size() == 6);
    CHECK(json[0]["id"] == "ball");
    CHECK(json[0]["title"] == "Which ball");
    CHECK(json[0]["open"] == false);
}

TEST_CASE("one section open at a time: opening another closes it, opening it again closes it") {
    const Model& m = embedded();
    Visit visit(m, "ql-left");
    Visitor& v = visit.v;
    const unsigned guide_revision = v.revision.guide;
    CHECK(toggle_section(v, "ball"));
    CHECK(v.revision.guide != guide_revision);
    CHECK(v.open_section == Section::Ball);
    CHECK(toggle_section(v, "steps"));
    CHECK(v.open_section == Section::Steps);
    std::vector<SectionRow> rows = rows_of(m, v);
    CHECK_FALSE(rows[0].open);
    CHECK(rows[1].open);
    CHECK(toggle_section(v, "steps"));
    CHECK(v.open_section == Section::None);
    const unsigned before = v.revision.all;
    CHECK_FALSE(toggle_section(v, "nope"));
    CHECK_FALSE(toggle_section(v, ""));
    CHECK(v.revision.all == before);
}

TEST_CASE("the hold shows under the open steps only, and the zone's history in its own section") {
    const Model& m = embedded();
    Visit visit(m, "ql-left");
    Visitor& v = visit.v;
    confirm_screening(v, m);
    CHECK_FALSE(hold_view(m, v).shown);
    CHECK(snapshot_json(m, v)["progress"].is_null());
    toggle_section(v, "steps");
    CHECK(hold_view(m, v).shown);
    CHECK(snapshot_json(m, v)["progress"].is_null());
    toggle_section(v, "history");
    CHECK_FALSE(hold_view(m, v).shown);
    CHECK(snapshot_json(m, v)["progress"].is_object());
}

TEST_CASE("no history row without progress, no rows where the answers block the zone or on bone") {
    const Model compact = model_with({{"embed", "1"}, {"compact", "true"}});
    Visit small(compact, "ql-left");
    CHECK(ids(rows_of(compact, small.v)) == std::vector<std::string>{"ball", "steps", "dose", "care", "doctor"});
    CHECK(rows_of(compact, Visit(compact, "").v).empty());  // no progress row on the home panel either

    const Model& m = embedded();
    Visit bone(m, "avoid-spine");
    REQUIRE(bone.v.map.selected == "avoid-spine");
    CHECK(rows_of(m, bone.v).empty());
    Visit blocked(m, "laminar-lumbar-left");
    REQUIRE(set_screening(blocked.v, m, R"({"yes": ["spine-condition"]})").empty());
    CHECK(rows_of(m, blocked.v).empty());

    Visit home(m, "");
    const std::vector<SectionRow> rows = rows_of(m, home.v);
    CHECK(ids(rows) == std::vector<std::string>{"history"});
    CHECK(snapshot_json(m, home.v)["home"].is_null());  // the plan waits for its row
    toggle_section(home.v, "history");
    CHECK(snapshot_json(m, home.v)["home"].is_object());
}

TEST_CASE("embedded, a muscle's summary is the first sentence of where it is") {
    const Model& m = embedded();
    const std::string where = "The deep muscle. When it is tight it aches.";
    CHECK(zone_summary(m, where) == "The deep muscle.");
    CHECK(zone_summary(test::shipped_model(), where) == where);
    CHECK(zone_summary(m, "One sentence only.") == "One sentence only.");
}

TEST_CASE("where the history lives: said embedded or without storage, with a link to the full page") {
    const Model& m = embedded();
    Visit visit(m, "ql-left");
    HistoryPlace place = history_place(m, visit.v);
    CHECK(place.shown);
    CHECK(place.text.find("kept on this blog, in this browser only") != std::string::npos);
    CHECK(place.link_label == "Open Knotmap in its own tab");
    CHECK(place.link_href == "?zone=ql-left&theme=dark&accent=b0552f");
    // The reader's current zone, not the one the post started with.
    select(visit.v, m, "glute-med-right");
    CHECK(history_place(m, visit.v).link_href == "?zone=glute-med-right&theme=dark&accent=b0552f");
    CHECK(snapshot_json(m, visit.v)["place"]["href"] == "?zone=glute-med-right&theme=dark&accent=b0552f");

    // Knotmap's own page with storage: nothing to say.
    const Model& page = test::shipped_model();
    Visit own(page, "");
    CHECK_FALSE(history_place(page, own.v).shown);
    CHECK(snapshot_json(page, own.v)["place"].is_null());
    // Without storage: the notice says it; the place adds the link.
    Visitor blocked;
    MemoryStorage none;
    none.blocked = true;
    attach_storage(blocked, page, none);
    load_progress(blocked, page);
    place = history_place(page, blocked);
    CHECK(place.shown);
    CHECK(place.text.empty());
    CHECK(place.link_href == "?");
    // progress=off keeps no history: nothing to say.
    const Model off = model_with({{"embed", "1"}, {"progress", "off"}, {"families", "ql, glute-med"}, {"compact", "1"}});
    Visit quiet(off, "");
    CHECK_FALSE(history_place(off, quiet.v).shown);
    CHECK(full_page_query(off, quiet.v) == "?families=glute-med,ql&compact=true&progress=off");
}

TEST_CASE("embedded layout: a short map on a phone, smaller when compact, beside the panel in a blog's column") {
    const Model& m = embedded();
    const Layout phone = map_layout(366 * 3, 2000 * 3, 3, m.geometry, true);
    const Layout compact = map_layout(366 * 3, 2000 * 3, 3, m.geometry, true, true);
    CHECK(phone.stacked);
    CHECK(phone.map.h / 3 <= 420);
    CHECK(compact.map.h < phone.map.h * 0.8f);
    const Layout column = map_layout(696, 1500, 1, m.geometry, true);
    CHECK_FALSE(column.stacked);
    CHECK(column.map.w <= 696 * 0.5f + 1);
    CHECK(column.map.h <= 560);
}
