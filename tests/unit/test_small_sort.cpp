#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

#include "small_sort.h"

using namespace knotmap;

TEST_CASE("small_stable_sort orders like std::stable_sort, keeping equal items in their order") {
    std::mt19937 random(7);
    for (int size : {0, 1, 2, 5, 22, 60}) {
        std::vector<std::pair<int, int>> items;  // (key, original position)
        for (int i = 0; i < size; ++i) items.emplace_back(static_cast<int>(random() % 5), i);
        auto expected = items;
        const auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
        std::stable_sort(expected.begin(), expected.end(), by_key);
        small_stable_sort(items, by_key);
        CHECK(items == expected);
    }
}

TEST_CASE("heap_sort orders like std::sort, with repeats, already sorted and reversed input") {
    std::mt19937 random(11);
    for (int size : {0, 1, 2, 3, 7, 64, 1000}) {
        for (int shape = 0; shape < 3; ++shape) {
            std::vector<long long> items;
            for (int i = 0; i < size; ++i) items.push_back(static_cast<long long>(random() % 50));
            if (shape == 1) std::sort(items.begin(), items.end());
            if (shape == 2) std::sort(items.rbegin(), items.rend());
            auto expected = items;
            std::sort(expected.begin(), expected.end());
            heap_sort(items, [](long long a, long long b) { return a < b; });
            CHECK(items == expected);
        }
    }
}
