// The technique pictures (poses.h, picture_set.h, picture_view.h): the pose data is checked like
// the content, a right side is the left's mirror image, the ball is drawn at its real size, and
// the guide offers a picture for each position the visitor's answers allow.
#include <catch2/catch.hpp>

#include <cmath>

#include "picture_set.h"
#include "picture_view.h"
#include "poses.h"
#include "test_files.h"

using namespace knotmap;

namespace {

const Content& content() { return test::shipped_assets().content; }

PosesLoadResult load_edited(const std::string& from, const std::string& to) {
    std::string text = test::asset("poses.json");
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return load_poses(text, content());
}

const Mark& ball_of(const Drawing& d) {
    for (const Mark& m : d.marks)
        if (m.ink == Ink::Ball) return m;
    FAIL("no ball");
    return d.marks.front();
}

bool has_error(const PosesLoadResult& r, const std::string& part) {
    for (const std::string& e : r.errors)
        if (e.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the shipped pictures cover every position of every muscle family, and the grooves beside the spine") {
    const PosesLoadResult r = load_poses(test::asset("poses.json"), content());
    INFO((r.errors.empty() ? std::string() : r.errors.front()));
    REQUIRE(r.poses);
    int pictures = 0;
    for (const FamilyContent& f : content().families) {
        if (f.is_avoid()) continue;
        for (Position p : kPositions) {
            if (f.technique(p).empty()) continue;
            const PosePicture* picture = r.poses->picture(f.family, p);
            INFO(f.family << " " << position_key(p));
            REQUIRE(picture);
            CHECK(picture->alt.size() > 60);  // a sentence or two for a person who can't see it
            ++pictures;
        }
        CHECK((r.poses->groove(f.family) != nullptr) == (f.family == "laminar-thoracic" || f.family == "laminar-lumbar" || f.family == "erector-lumbar"));
    }
    CHECK(pictures == 24);
}

TEST_CASE("pose data with a position left without a picture, or a picture for an unknown zone, is an error") {
    // The chair picture of the QL renamed to an unknown family: the QL's chair has none now.
    const PosesLoadResult renamed = load_edited(R"({"family": "ql", "position": "travel")", R"({"family": "ql-typo", "position": "travel")");
    CHECK_FALSE(renamed.poses);
    CHECK(has_error(renamed, "poses.json: pictures[17] (ql-typo travel): unknown muscle family 'ql-typo'"));
    CHECK(has_error(renamed, "no picture for ql travel"));
    // A picture for an avoid area is a picture for no muscle.
    CHECK(has_error(load_edited(R"({"family": "ql", "position": "travel")", R"({"family": "avoid-spine", "position": "travel")"),
                    "unknown muscle family 'avoid-spine'"));
    CHECK(has_error(load_edited(R"("body": "chair",
     "ball": {"at": [134, 118])", R"("body": "sofa",
     "ball": {"at": [134, 118])"), "unknown body 'sofa'"));
    CHECK(has_error(load_edited(R"("ball": {"at": [134, 118], "normal": [-1, -0.07]})", R"("ball": {"at": [134, 118], "normal": [0, 0]})"),
                    "field 'ball'"));
    CHECK(has_error(load_edited(R"("fingers": 2)", R"("fingers": 9)"), "field 'fingers'"));
    CHECK(has_error(load_edited(R"("pose": {"leg":)", R"("pose": {"tail":)"), "the body has no limb 'tail'"));
    CHECK(has_error(load_poses("{", content()), "poses.json"));
}

TEST_CASE("a right-side picture is the left's mirror image, and the ball is its real size, touching its wall or floor") {
    const PosesLoadResult r = load_poses(test::asset("poses.json"), content());
    REQUIRE(r.poses);
    const BuiltPicture built = build_picture(*r.poses, *r.poses->picture("ql", Position::Wall));
    const Drawing left = with_ball(built, Side::Left, 6.4f), right = with_ball(built, Side::Right, 6.4f);
    REQUIRE(left.marks.size() == right.marks.size());
    for (size_t i = 0; i < left.marks.size(); ++i)
        for (size_t j = 0; j < left.marks[i].points.size(); ++j) {
            CHECK(right.marks[i].points[j].x == Approx(left.size.x - left.marks[i].points[j].x));
            CHECK(right.marks[i].points[j].y == left.marks[i].points[j].y);
        }
    const Mark& ball = ball_of(left);
    // Drawn over the body, under the hatched bones to keep off, which show on any ball.
    CHECK(left.marks.back().kind == MarkKind::Arrow);
    CHECK(&ball < &left.marks[left.marks.size() - 3]);
    CHECK(ball.width == Approx(3.2f));  // a lacrosse ball's radius, in the picture's centimetres
    // Against the wall at x = 141: the ball's far side touches it.
    CHECK(ball.points[0].x + ball.width == Approx(141));
    const Drawing with_medicine_ball = with_ball(built, Side::Left, 23);
    const Mark& medicine = ball_of(with_medicine_ball);
    CHECK(medicine.points[0].x + medicine.width == Approx(141));
    // The groove: the ball's inner edge at the bumps' edge; one finger further out for the erector.
    const Drawing groove = with_ball(build_groove(*r.poses, *r.poses->groove("laminar-lumbar")), Side::Left, 5.1f);
    const Drawing erector = with_ball(build_groove(*r.poses, *r.poses->groove("erector-lumbar")), Side::Left, 5.1f);
    const float bumps_edge = 12 - r.poses->spine_half_width_cm;
    CHECK(ball_of(groove).points[0].x + 2.55f == Approx(bumps_edge));
    CHECK(ball_of(erector).points[0].x + 2.55f == Approx(bumps_edge - r.poses->finger_cm));
}

TEST_CASE("a drawing fits its width, or its height when it is tall, centred") {
    const DrawingFit wide = fit_drawing({200, 100}, 400, 500);
    CHECK(wide.scale == Approx(2));
    CHECK(wide.offset.x == Approx(0));
    const DrawingFit tall = fit_drawing({100, 200}, 400, 300);
    CHECK(tall.scale == Approx(1.5f));
    CHECK(tall.size.x == Approx(150));
    CHECK(tall.offset.x == Approx(125));
    CHECK(place(tall, {10, 20}).x == Approx(140));
}

TEST_CASE("the built picture set reads back as built; anything else is refused") {
    const PosesLoadResult r = load_poses(test::asset("poses.json"), content());
    REQUIRE(r.poses);
    const std::string text = picture_set_json(*r.poses).dump();
    PictureSet set;
    REQUIRE(read_picture_set(text, set));
    CHECK(set.items.size() == 27);
    const BuiltPicture* read = set.find(picture_key("glute-med", Position::Floor));
    REQUIRE(read);
    const BuiltPicture built = build_picture(*r.poses, *r.poses->picture("glute-med", Position::Floor));
    CHECK(read->alt == built.alt);
    REQUIRE(read->drawing.marks.size() == built.drawing.marks.size());
    for (size_t i = 0; i < built.drawing.marks.size(); ++i) {
        CHECK(read->drawing.marks[i].kind == built.drawing.marks[i].kind);
        CHECK(read->drawing.marks[i].points.size() == built.drawing.marks[i].points.size());
        CHECK(read->drawing.marks[i].width == Approx(built.drawing.marks[i].width).margin(0.01));
    }
    PictureSet untouched;
    CHECK_FALSE(read_picture_set("{}", untouched));
    CHECK_FALSE(read_picture_set(R"({"format":"knotmap-pictures","version":2,"items":{}})", untouched));
    CHECK_FALSE(read_picture_set(R"({"format":"knotmap-pictures","version":1,"items":{"ql wall":{"size":[1,1],"ball":[0,0,1,0],"alt":"x","marks":[[9,1,1,0,0,0,1,1]]}}})", untouched));
    CHECK(untouched.items.empty());
}

TEST_CASE("the guide offers a picture per allowed position once the pictures arrive, and none while it is blocked") {
    static Model m = [] {
        Model out;
        REQUIRE(load_model(out, test::asset("geometry.json"), test::asset("content.json")).empty());
        return out;
    }();
    const Zone& ql = *find_zone(m.geometry, "ql-left");
    Json before = guide_json(build_guide(m.content, m.geometry, Screening{}, ql), m.content, Screening{});
    add_pictures_json(m, build_guide(m.content, m.geometry, Screening{}, ql), before);
    CHECK(before["positions"][0]["picture"].is_null());  // not arrived yet
    const PosesLoadResult r = load_poses(test::asset("poses.json"), m.content);
    REQUIRE(r.poses);
    REQUIRE(load_model_pictures(m, picture_set_json(*r.poses).dump()));
    Screening gentle;
    set_applies(gentle, "osteoporosis", true);  // wall and chair only
    const Guide guide = build_guide(m.content, m.geometry, gentle, ql);
    Json out = guide_json(guide, m.content, gentle);
    add_pictures_json(m, guide, out);
    REQUIRE(out["positions"].size() == 2);
    for (const Json& p : out["positions"]) CHECK(p["picture"]["alt"].get<std::string>().size() > 60);
    CHECK(out["groove"].is_null());  // the QL is not beside the spine
    const Zone& groove_zone = *find_zone(m.geometry, "laminar-lumbar-right");
    Json groove = guide_json(build_guide(m.content, m.geometry, Screening{}, groove_zone), m.content, Screening{});
    add_pictures_json(m, build_guide(m.content, m.geometry, Screening{}, groove_zone), groove);
    CHECK(groove["groove"]["alt"].get<std::string>().find("finger") != std::string::npos);
    Screening flagged;
    set_applies(flagged, "chest-pain", true);
    const Guide blocked = build_guide(m.content, m.geometry, flagged, ql);
    CHECK(guide_picture(m, blocked, Position::Wall) == nullptr);
    CHECK(guide_groove(m, blocked) == nullptr);
}
