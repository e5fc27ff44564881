// The stored form of the session log, its validation, and its migrations.
//
// Format (version 3), compact because ten years of daily sessions on every zone must fit easily
// in a browser's 5 MB localStorage:
//   {"format": "knotmap-progress", "version": 3, "start": <Unix seconds>,
//    "zones": ["ql-left", ...], "balls": ["tennis-ball", ...],
//    "sessions": [[dt, zone, seconds, ball, before, after, "note"?, "position"?], ...],
//    "marks": [[zone, ms, 1|0], ...]}   (the sore marks, see sore_marks.h; may be absent)
// Sessions are in time order; dt is seconds since the previous session (the first: since
// "start"); zone and ball index the tables (ball -1: not said); before/after are 0..10 or -1;
// position (from version 3) is "wall", "floor" or "chair", and comes after a note ("" if none).
// An import file has the same format, so an export can be imported anywhere. Version 1 had no
// marks: a version 1 Knotmap refuses a version 2 file rather than drop its marks unseen.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "progress_log.h"
#include "sore_marks.h"

namespace knotmap {

constexpr int kProgressVersion = 3;

struct KnownIds {
    std::set<std::string> zones;  // empty set: any id accepted
    std::set<std::string> balls;
};

enum class DocumentStatus {
    Ok,
    Corrupt,  // not JSON, not our format, or a field is wrong
    Newer,    // written by a newer Knotmap: must not be overwritten by this one
};

struct ParsedDocument {
    DocumentStatus status = DocumentStatus::Ok;
    std::vector<Session> sessions;
    std::vector<SoreMark> marks;
    int version = 0;     // as found in the file
    std::string error;   // precise, for the user: "sessions[3]: field 'after': expected 0 to 10, found 14"
};

ParsedDocument parse_progress(const std::string& text, const KnownIds& known);
std::string serialize_progress(const std::vector<Session>& sessions, const std::vector<SoreMark>& marks = {});

// Checks one session as the page API receives it (the same rules as an import).
std::string validate_session(const Session& session, const KnownIds& known);  // empty when fine

}  // namespace knotmap
