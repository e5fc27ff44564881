#include "progress_log.h"

#include <algorithm>
#include <tuple>

#include "small_sort.h"

namespace knotmap {

bool session_before(const Session& a, const Session& b) {
    return std::tie(a.started_at, a.zone, a.duration_sec, a.ball, a.pain_before, a.pain_after, a.note, a.position) <
           std::tie(b.started_at, b.zone, b.duration_sec, b.ball, b.pain_before, b.pain_after, b.note, b.position);
}

std::vector<Session> merge_sessions(const std::vector<Session>& a, const std::vector<Session>& b) {
    std::vector<Session> out;
    out.reserve(a.size() + b.size());
    out.insert(out.end(), a.begin(), a.end());
    out.insert(out.end(), b.begin(), b.end());
    heap_sort(out, session_before);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace knotmap
