#include <catch2/catch.hpp>

#include "content.h"
#include "embed_options.h"
#include "geometry_loader.h"
#include "test_files.h"

using namespace knotmap;

namespace {
const test::Shipped& shipped() { return test::shipped_assets(); }
OptionsResult parse(const OptionPairs& p) { return parse_embed_options(p, shipped().geometry, shipped().content); }
}  // namespace

TEST_CASE("good options are taken as given") {
    const OptionsResult r = parse({{"zone", "ql-left"}, {"families", "ql, glute-med"}, {"theme", "dark"},
                                   {"accent", "#c0392b"}, {"compact", "1"}, {"progress", "off"}, {"lang", "en"}, {"embed", "1"}});
    CHECK(r.warnings.empty());
    CHECK(r.options.zone == "ql-left");
    CHECK(r.options.families == std::set<std::string>{"ql", "glute-med"});
    CHECK(r.options.dark);
    REQUIRE(r.options.has_accent);
    CHECK(r.options.accent.r == 0xc0);
    CHECK(r.options.accent.b == 0x2b);
    CHECK(r.options.compact);
    CHECK_FALSE(r.options.progress);
    CHECK(r.options.embedded);
}

TEST_CASE("each bad value warns, names the option, and falls back to the default") {
    const OptionsResult r = parse({{"zone", "elbow-left"}, {"theme", "purple"}, {"accent", "teal"}, {"compact", "maybe"},
                                   {"progress", "sometimes"}, {"lang", "fr"}, {"families", "ql,avoid-spine,knee"}, {"colour", "red"}});
    REQUIRE(r.warnings.size() == 9);
    CHECK(r.warnings[0] == "Knotmap: option 'zone' has a value it can't use, 'elbow-left': expected a zone id such as ql-left. Using no selection.");
    CHECK(r.warnings[1] == "Knotmap: option 'theme' has a value it can't use, 'purple': expected light or dark. Using light.");
    CHECK(r.warnings[2].find("option 'accent'") != std::string::npos);
    CHECK(r.warnings[3].find("option 'compact'") != std::string::npos);
    CHECK(r.warnings[4].find("option 'progress'") != std::string::npos);
    CHECK(r.warnings[5].find("option 'lang'") != std::string::npos);
    CHECK(r.warnings[6].find("'avoid-spine'") != std::string::npos);
    CHECK(r.warnings[7].find("'knee'") != std::string::npos);
    CHECK(r.warnings[8] == "Knotmap: unknown option 'colour' is ignored.");
    CHECK(r.options.zone.empty());
    CHECK_FALSE(r.options.dark);
    CHECK_FALSE(r.options.has_accent);
    CHECK_FALSE(r.options.compact);
    CHECK(r.options.progress);
    CHECK(r.options.lang == "en");
    CHECK(r.options.families == std::set<std::string>{"ql"});
}

TEST_CASE("a starting zone hidden by the families option is dropped with a warning") {
    const OptionsResult r = parse({{"families", "glute-max"}, {"zone", "ql-left"}});
    CHECK(r.options.zone.empty());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].find("among the families shown") != std::string::npos);
}

TEST_CASE("hostile values are cut short and made printable in warnings") {
    const OptionsResult r = parse({{"theme", std::string(500, 'x') + "\n<script>"}});
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].size() < 200);
    CHECK(r.warnings[0].find('\n') == std::string::npos);
}

TEST_CASE("an unknown option's name is cut short and made printable in its warning") {
    // Found by fuzzing (fuzz_options): the name was echoed raw, control bytes and broken UTF-8 included.
    const OptionsResult r = parse({{"col\nour\xff", "red"}, {std::string(60, 'k'), "1"}});
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0] == "Knotmap: unknown option 'col?our?' is ignored.");
    CHECK(r.warnings[1] == "Knotmap: unknown option '" + std::string(40, 'k') + "...' is ignored.");
}
