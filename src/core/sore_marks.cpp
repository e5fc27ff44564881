#include "sore_marks.h"

#include <algorithm>

#include "small_sort.h"

namespace knotmap {

namespace {

constexpr const char* kMarksFormat = "knotmap-marks";

// The later change wins; at the same moment "unmarked" does, whichever side it came from.
bool newer(const SoreMark& a, const SoreMark& b) {
    if (a.changed_at != b.changed_at) return a.changed_at > b.changed_at;
    return !a.sore && b.sore;
}

}  // namespace

std::vector<SoreMark> merge_marks(const std::vector<SoreMark>& a, const std::vector<SoreMark>& b) {
    // By zone, the newest first; then the first of each zone is kept. A few dozen zones at most.
    std::vector<SoreMark> all = a;
    all.insert(all.end(), b.begin(), b.end());
    small_stable_sort(all, [](const SoreMark& x, const SoreMark& y) {
        return x.zone != y.zone ? x.zone < y.zone : newer(x, y);
    });
    std::vector<SoreMark> out;
    for (SoreMark& m : all)
        if (out.empty() || out.back().zone != m.zone) out.push_back(std::move(m));
    return out;
}

void change_mark(std::vector<SoreMark>& marks, const std::string& zone, bool sore, int64_t now_ms) {
    // After every change so far, so the order of marking survives a clock set back or a fast tapper.
    for (const SoreMark& m : marks) now_ms = std::max(now_ms, m.changed_at + 1);
    const auto it = std::find_if(marks.begin(), marks.end(), [&](const SoreMark& m) { return m.zone == zone; });
    if (it == marks.end()) {
        marks.push_back({zone, now_ms, sore});
        return;
    }
    it->changed_at = now_ms;
    it->sore = sore;
}

std::vector<std::string> marked_zones(const std::vector<SoreMark>& marks) {
    std::vector<const SoreMark*> sore;
    for (const SoreMark& m : marks)
        if (m.sore) sore.push_back(&m);
    small_stable_sort(sore, [](const SoreMark* a, const SoreMark* b) {
        return a->changed_at != b->changed_at ? a->changed_at < b->changed_at : a->zone < b->zone;
    });
    std::vector<std::string> out;
    for (const SoreMark* m : sore) out.push_back(m->zone);
    return out;
}

Json marks_to_rows(const std::vector<SoreMark>& marks) {
    Json rows = Json::array();
    for (const SoreMark& m : marks) {
        Json row = Json::array();
        row.push_back(m.zone);
        row.push_back(m.changed_at);
        row.push_back(m.sore ? 1 : 0);
        rows.push_back(std::move(row));
    }
    return rows;
}

bool marks_from_rows(const Json& rows, const std::set<std::string>& known_zones, std::vector<SoreMark>& out,
                     std::string& error) {
    if (!rows.is_array()) {
        error = "field 'marks': expected a list";
        return false;
    }
    std::vector<SoreMark> read;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Json& row = rows[i];
        const std::string where = "marks[" + std::to_string(i) + "]: ";
        if (!row.is_array() || row.size() != 3 || !row[0].is_string() || !row[1].is_number_integer() ||
            !row[2].is_number_integer()) {
            error = where + "expected [zone, time in ms, 1 for sore or 0]";
            return false;
        }
        SoreMark m{row[0].get<std::string>(), row[1].get<int64_t>(), row[2].get<int>() == 1};
        if (!known_zones.empty() && !known_zones.count(m.zone)) {
            error = where + "unknown zone '" + m.zone + "'";
            return false;
        }
        if (m.changed_at < 946684800000LL || m.changed_at > 4102444800000LL || (row[2] != 0 && row[2] != 1)) {
            error = where + "the time or the 0/1 is out of range";
            return false;
        }
        read.push_back(std::move(m));
    }
    out = merge_marks(read, {});
    return true;
}

MarksStatus parse_marks_document(const std::string& text, const std::set<std::string>& known_zones,
                                 std::vector<SoreMark>& out, std::string& error) {
    ErrorList errors("marks");
    Json doc;
    if (!parse_json(text, doc, errors)) {
        error = errors.messages().front();
        return MarksStatus::Corrupt;
    }
    const auto format = doc.find("format");
    const auto version = doc.find("version");
    if (format == doc.end() || *format != kMarksFormat || version == doc.end() || !version->is_number_integer() ||
        version->get<int>() < 1) {
        error = "this is not a Knotmap marks record";
        return MarksStatus::Corrupt;
    }
    if (version->get<int>() > kMarksVersion) {
        error = "saved by a newer version of Knotmap (marks version " + std::to_string(version->get<int>()) + ")";
        return MarksStatus::Newer;
    }
    const auto rows = doc.find("marks");
    if (rows == doc.end()) {
        error = "field 'marks': missing";
        return MarksStatus::Corrupt;
    }
    return marks_from_rows(*rows, known_zones, out, error) ? MarksStatus::Ok : MarksStatus::Corrupt;
}

std::string serialize_marks_document(const std::vector<SoreMark>& marks) {
    Json doc;
    put(doc, "format", kMarksFormat);
    put(doc, "version", kMarksVersion);
    put(doc, "marks", marks_to_rows(marks));
    return doc.dump();
}

}  // namespace knotmap
