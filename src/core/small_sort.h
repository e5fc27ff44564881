// A stable sort for the short lists the core orders (a few dozen zones at most). std::stable_sort
// would do, but each of its instantiations adds about 3 KB to the wasm every reader downloads.
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

}  // namespace knotmap
