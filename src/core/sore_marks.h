// The spots the visitor marked sore, as a record that merges: each zone keeps its latest change
// (marked or unmarked, and when), so two tabs, a reload or an import never lose a mark and never
// bring back one the visitor took off.
//
// Stored under its own key, small, so a tap that marks a spot doesn't rewrite years of sessions:
//   {"format": "knotmap-marks", "version": 1, "marks": [["ql-left", <ms>, 1], ["glute-max-right", <ms>, 0]]}
// The same rows go in an exported progress file's "marks" field.
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "json_check.h"

namespace knotmap {

constexpr const char* kMarksKey = "knotmap-marks";
constexpr int kMarksVersion = 1;

struct SoreMark {
    std::string zone;
    int64_t changed_at = 0;  // ms since the Unix epoch: the latest change wins a merge
    bool sore = true;        // false: unmarked (kept so a merge can't bring the mark back)

    bool operator==(const SoreMark& o) const { return zone == o.zone && changed_at == o.changed_at && sore == o.sore; }
};

// One record per zone, the latest change of each (at the same time, "unmarked" wins, so the
// result doesn't depend on the order). Sorted by zone.
std::vector<SoreMark> merge_marks(const std::vector<SoreMark>& a, const std::vector<SoreMark>& b);

// Records a change made now; never earlier than any change before it, even if the clock went back.
void change_mark(std::vector<SoreMark>& marks, const std::string& zone, bool sore, int64_t now_ms);

// The zones marked sore, in the order they were marked.
std::vector<std::string> marked_zones(const std::vector<SoreMark>& marks);

// Rows [[zone, ms, 0|1], ...]; parse fills `error` ("marks[2]: unknown zone 'x'") and returns false.
Json marks_to_rows(const std::vector<SoreMark>& marks);
bool marks_from_rows(const Json& rows, const std::set<std::string>& known_zones, std::vector<SoreMark>& out,
                     std::string& error);

enum class MarksStatus { Ok, Corrupt, Newer };
MarksStatus parse_marks_document(const std::string& text, const std::set<std::string>& known_zones,
                                 std::vector<SoreMark>& out, std::string& error);
std::string serialize_marks_document(const std::vector<SoreMark>& marks);

}  // namespace knotmap
