#include "progress_log.h"

#include <algorithm>
#include <tuple>

#include "small_sort.h"

namespace knotmap {

bool session_before(const Session& a, const Session& b) {
    return std::tie(a.started_at, a.zone, a.duration_sec, a.ball, a.pain_before, a.pain_after, a.note, a.position) <
           std::tie(b.started_at, b.zone, b.duration_sec, b.ball, b.pain_before, b.pain_after, b.note, b.position);
}

void sort_sessions(std::vector<Session>& sessions) {
    if (!std::is_sorted(sessions.begin(), sessions.end(), session_before)) heap_sort(sessions, session_before);
}

// The logs kept are in order already (each is a merge's result), so a merge is one pass: ten years
// of history with one new session is 58,000 steps, not a sort. One out of order is sorted first.
std::vector<Session> merge_sessions(const std::vector<Session>& a, const std::vector<Session>& b) {
    std::vector<Session> sorted_a, sorted_b;
    const std::vector<Session>* x = &a;
    const std::vector<Session>* y = &b;
    if (!std::is_sorted(a.begin(), a.end(), session_before)) {
        sorted_a = a;
        heap_sort(sorted_a, session_before);
        x = &sorted_a;
    }
    if (!std::is_sorted(b.begin(), b.end(), session_before)) {
        sorted_b = b;
        heap_sort(sorted_b, session_before);
        y = &sorted_b;
    }
    std::vector<Session> out;
    out.reserve(x->size() + y->size());
    for (size_t i = 0, j = 0; i < x->size() || j < y->size();) {
        const bool from_x = j == y->size() || (i < x->size() && !session_before((*y)[j], (*x)[i]));
        const Session& s = from_x ? (*x)[i++] : (*y)[j++];
        if (out.empty() || out.back() != s) out.push_back(s);  // the same session in both: once
    }
    return out;
}

}  // namespace knotmap
