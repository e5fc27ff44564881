// Fuzzes the stored-progress parser and its migrations (progress_document.h). Whatever the text,
// read with the shipped zone and ball ids and with any ids accepted:
// - parsing never crashes and gives the same result twice;
// - a document is accepted exactly when a reference reader, written here from the format's
//   description in progress_document.h and the README's rules (not with the core's validator),
//   accepts it, and then with the same sessions: sorted by time, each once;
// - an accepted document saves and reloads to the same sessions; saving what was reloaded gives
//   the same text again;
// - a document from a newer Knotmap is reported as such and yields nothing, whatever else it holds;
// - a rejected document always says why;
// - the shipped ids only narrow what is accepted: accepted with them means accepted with any ids,
//   with the same sessions.
#include <algorithm>

#include "fuzz_support.h"
#include "json_check.h"
#include "progress_document.h"

using namespace knotmap;

namespace {

std::string status_name(DocumentStatus status) {
    switch (status) {
        case DocumentStatus::Ok: return "ok";
        case DocumentStatus::Corrupt: return "corrupt";
        case DocumentStatus::Newer: return "newer";
    }
    return "?";
}

// The format as progress_document.h describes it, read with nlohmann directly: {format, version 1
// to 3, start (seconds), zones: [ids], balls: [ids], sessions: [[dt, zone index, seconds, ball
// index or -1, before, after, note?, and from version 3 position?]], and from version 2 marks?: [[zone, ms, 0|1]]}, each session
// then judged by the README's rules. Nothing is shared with the parser under test but the Session
// and SoreMark types and the merge rules.
struct Reference {
    bool accepted = false;
    std::vector<Session> sessions;
    std::vector<SoreMark> marks;
};

bool whole(const Json& v, long long min, long long max, long long& out) {
    if (!v.is_number_integer() && !v.is_number_unsigned()) return false;
    if (v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(max)) return false;
    out = v.get<long long>();
    return out >= min && out <= max;
}

bool id_table(const Json& doc, const char* field, std::vector<std::string>& out) {
    const auto it = doc.find(field);
    if (it == doc.end() || !it->is_array()) return false;
    for (const Json& id : *it) {
        if (!id.is_string() || id.get<std::string>().empty()) return false;
        out.push_back(id.get<std::string>());
    }
    return true;
}

Reference read_reference(const std::string& text, const KnownIds& known) {
    Reference ref;
    const Json doc = Json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return ref;
    const auto format = doc.find("format"), version = doc.find("version"), start = doc.find("start");
    long long v = 0, t = 0;
    if (format == doc.end() || *format != Json("knotmap-progress")) return ref;
    if (version == doc.end() || !whole(*version, 1, 3, v)) return ref;
    if (start == doc.end() || !whole(*start, 0, 4102444800LL, t)) return ref;
    std::vector<std::string> zones, balls;
    if (!id_table(doc, "zones", zones) || !id_table(doc, "balls", balls)) return ref;
    const auto rows = doc.find("sessions");
    if (rows == doc.end() || !rows->is_array()) return ref;
    for (const Json& row : *rows) {
        if (!row.is_array() || row.size() < 6 || row.size() > (v >= 3 ? 8u : 7u)) return ref;
        long long dt, zone, seconds, ball, before, after;
        if (!whole(row[0], 0, 4102444800LL, dt) || !whole(row[1], 0, static_cast<long long>(zones.size()) - 1, zone) ||
            !whole(row[2], 0, 1000000, seconds) || !whole(row[3], -1, static_cast<long long>(balls.size()) - 1, ball) ||
            !whole(row[4], -1, 10, before) || !whole(row[5], -1, 10, after))
            return ref;
        if (row.size() >= 7 && !row[6].is_string()) return ref;
        if (row.size() == 8 && !row[7].is_string()) return ref;
        t += dt;
        Session s;
        s.started_at = t * 1000;
        s.zone = zones[static_cast<size_t>(zone)];
        s.duration_sec = static_cast<int>(seconds);
        s.ball = ball < 0 ? std::string() : balls[static_cast<size_t>(ball)];
        s.pain_before = static_cast<int>(before);
        s.pain_after = static_cast<int>(after);
        if (row.size() >= 7) s.note = row[6].get<std::string>();
        if (row.size() == 8) s.position = row[7].get<std::string>();
        if (!fuzz::meets_readme_session_rules(s, known)) return ref;
        ref.sessions.push_back(s);
    }
    std::sort(ref.sessions.begin(), ref.sessions.end(), session_before);
    ref.sessions.erase(std::unique(ref.sessions.begin(), ref.sessions.end()), ref.sessions.end());
    const auto marks = doc.find("marks");
    if (v >= 2 && marks != doc.end()) {
        if (!marks->is_array()) return ref;
        std::vector<SoreMark> read;
        for (const Json& row : *marks) {
            long long at = 0, sore = 0;
            if (!row.is_array() || row.size() != 3 || !row[0].is_string() ||
                !whole(row[1], 946684800000LL, 4102444800000LL, at) || !whole(row[2], 0, 1, sore))
                return ref;
            const std::string zone = row[0].get<std::string>();
            if (!known.zones.empty() && !known.zones.count(zone)) return ref;
            read.push_back({zone, at, sore == 1});
        }
        ref.marks = merge_marks(read, {});
    }
    ref.accepted = true;
    return ref;
}

void check_parsed(const std::string& text, const ParsedDocument& doc, const KnownIds& known) {
    const ParsedDocument again = parse_progress(text, known);
    KNOTMAP_EXPECT(again.status == doc.status && again.sessions == doc.sessions && again.error == doc.error,
                   "two parses of the same text differ: " + doc.error + " / " + again.error);
    if (doc.status != DocumentStatus::Newer) {
        const Reference ref = read_reference(text, known);
        KNOTMAP_EXPECT(ref.accepted == (doc.status == DocumentStatus::Ok),
                       std::string("the parser ") + (ref.accepted ? "refused" : "accepted") +
                           " a document the reference reader " + (ref.accepted ? "accepts" : "refuses") + ": " + doc.error);
        KNOTMAP_EXPECT(!ref.accepted || ref.sessions == doc.sessions, "the parser and the reference read different sessions");
        KNOTMAP_EXPECT(!ref.accepted || ref.marks == doc.marks, "the parser and the reference read different marks");
    }
    switch (doc.status) {
        case DocumentStatus::Corrupt: KNOTMAP_EXPECT(!doc.error.empty(), "rejected without a reason"); return;
        case DocumentStatus::Newer:
            KNOTMAP_EXPECT(doc.version > kProgressVersion && doc.sessions.empty() && !doc.error.empty(),
                           "newer version " + std::to_string(doc.version));
            return;
        case DocumentStatus::Ok: break;
    }
    KNOTMAP_EXPECT(doc.error.empty() && doc.version >= 1 && doc.version <= kProgressVersion,
                   "accepted with error '" + doc.error + "', version " + std::to_string(doc.version));
    for (const Session& s : doc.sessions) KNOTMAP_EXPECT(s.started_at % 1000 == 0, "a session not on a whole second");
    const std::string saved = serialize_progress(doc.sessions, doc.marks);
    const ParsedDocument reloaded = parse_progress(saved, known);
    KNOTMAP_EXPECT(reloaded.status == DocumentStatus::Ok && reloaded.version == kProgressVersion,
                   "what was saved does not reload: " + reloaded.error + "\n  " + saved);
    KNOTMAP_EXPECT(reloaded.sessions == doc.sessions, "saved and reloaded, the sessions differ:\n  " + saved);
    KNOTMAP_EXPECT(reloaded.marks == doc.marks, "saved and reloaded, the marks differ:\n  " + saved);
    KNOTMAP_EXPECT(serialize_progress(reloaded.sessions, reloaded.marks) == saved, "saving what was reloaded gives other text");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text = fuzz::text_of(data, size);
    const ParsedDocument strict = parse_progress(text, fuzz::shipped_ids());
    check_parsed(text, strict, fuzz::shipped_ids());
    const ParsedDocument open = parse_progress(text, KnownIds{});
    check_parsed(text, open, KnownIds{});
    if (strict.status == DocumentStatus::Ok)
        KNOTMAP_EXPECT(open.status == DocumentStatus::Ok && open.sessions == strict.sessions,
                       "accepted with the shipped ids but not with any ids: " + status_name(open.status) + " " +
                           open.error);
    if (strict.status == DocumentStatus::Newer)
        KNOTMAP_EXPECT(open.status == DocumentStatus::Newer, "newer only with the shipped ids");
    return 0;
}
