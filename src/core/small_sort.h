// Sorts whose code is small: each instantiation of std::stable_sort adds about 3 KB to the wasm
// every reader downloads, and each of std::sort about 1.2 KB.
#pragma once
#include <utility>
#include <vector>

namespace knotmap {

// Insertion sort: stable, in place, quadratic (fine for short lists only).
template <typename T, typename Less>
void small_stable_sort(std::vector<T>& items, Less less) {
    for (size_t i = 1; i < items.size(); ++i) {
        T item = std::move(items[i]);
        size_t j = i;
        for (; j > 0 && less(item, items[j - 1]); --j) items[j] = std::move(items[j - 1]);
        items[j] = std::move(item);
    }
}

// Heap sort: not stable, O(n log n) for the long lists (ten years of sessions), a quarter of
// std::sort's code. `less` must be a strict weak order.
template <typename T, typename Less>
void heap_sort(std::vector<T>& items, Less less) {
    const auto sift_down = [&](size_t root, size_t end) {
        while (2 * root + 1 < end) {
            size_t child = 2 * root + 1;
            if (child + 1 < end && less(items[child], items[child + 1])) ++child;
            if (!less(items[root], items[child])) return;
            std::swap(items[root], items[child]);
            root = child;
        }
    };
    for (size_t i = items.size() / 2; i-- > 0;) sift_down(i, items.size());
    for (size_t end = items.size(); end > 1; --end) {
        std::swap(items[0], items[end - 1]);
        sift_down(0, end - 1);
    }
}

}  // namespace knotmap
