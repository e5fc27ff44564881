// The session log: what was done, where, with which ball, and how it felt before and after.
// Stored as one versioned JSON document (see progress_document.h for the format).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace knotmap {

constexpr int kMaxNoteLength = 140;       // characters (code points, not bytes): a short note, not a diary
constexpr int kMaxSessionSeconds = 3600;  // a session longer than an hour is a mistake
// The positions a session may name (guide.h's position_id), in the order of content.h's Position.
constexpr const char* kSessionPositions[] = {"wall", "floor", "chair"};

struct Session {
    int64_t started_at = 0;  // milliseconds since the Unix epoch (UTC)
    std::string zone;        // a zone id from geometry.json
    int duration_sec = 0;
    std::string ball;        // a ball id from content.json, or empty when not said
    int pain_before = -1;    // 0..10, or -1 when not said
    int pain_after = -1;
    std::string note;
    std::string position;    // "wall", "floor" or "chair" (position_id), or empty when not said

    bool operator==(const Session& o) const {
        return started_at == o.started_at && zone == o.zone && duration_sec == o.duration_sec && ball == o.ball &&
               pain_before == o.pain_before && pain_after == o.pain_after && note == o.note && position == o.position;
    }
    bool operator!=(const Session& o) const { return !(*this == o); }
};

// Orders by time, then by the other fields, so merged logs come out the same whatever the order.
bool session_before(const Session& a, const Session& b);

// In time order (session_before): a log already in order is left as it is, in one pass.
void sort_sessions(std::vector<Session>& sessions);

// Union of two logs without duplicates (two sessions are the same when every field matches).
// Idempotent and order-independent: nothing logged in either log is lost.
std::vector<Session> merge_sessions(const std::vector<Session>& a, const std::vector<Session>& b);

}  // namespace knotmap
