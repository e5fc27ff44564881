#include <catch2/catch.hpp>

#include <utility>

#include "iso_time.h"

using namespace knotmap;

TEST_CASE("times are written as JavaScript's toISOString() writes them") {
    // Expected values from node: new Date(ms).toISOString(), leap days and year ends included.
    const std::pair<long long, const char*> cases[] = {
        {0LL, "1970-01-01T00:00:00.000Z"},
        {1767225600000LL, "2026-01-01T00:00:00.000Z"},
        {951782400000LL, "2000-02-29T00:00:00.000Z"},
        {1709209496789LL, "2024-02-29T12:24:56.789Z"},
        {4102444799999LL, "2099-12-31T23:59:59.999Z"},
        {946684800000LL, "2000-01-01T00:00:00.000Z"},
        {1234567890123LL, "2009-02-13T23:31:30.123Z"},
        {978307199999LL, "2000-12-31T23:59:59.999Z"},
    };
    for (const auto& [ms, text] : cases) {
        INFO(ms);
        CHECK(iso8601_utc(ms) == text);
    }
}
