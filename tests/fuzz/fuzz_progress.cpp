// Fuzzes the stored-progress parser and its migrations (progress_document.h). Whatever the text,
// read with the shipped zone and ball ids and with any ids accepted:
// - parsing never crashes and gives the same result twice;
// - an accepted document holds valid sessions, in order, each once, and saves and reloads to the
//   same sessions; saving what was reloaded gives the same text again;
// - a document from a newer Knotmap is reported as such and yields nothing, whatever else it holds;
// - a rejected document always says why;
// - the shipped ids only narrow what is accepted: accepted with them means accepted with any ids,
//   with the same sessions.
#include <algorithm>

#include "fuzz_support.h"
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

void check_parsed(const std::string& text, const ParsedDocument& doc, const KnownIds& known) {
    const ParsedDocument again = parse_progress(text, known);
    KNOTMAP_EXPECT(again.status == doc.status && again.sessions == doc.sessions && again.error == doc.error,
                   "two parses of the same text differ: " + doc.error + " / " + again.error);
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
    for (size_t i = 0; i < doc.sessions.size(); ++i) {
        const Session& s = doc.sessions[i];
        KNOTMAP_EXPECT(validate_session(s, known).empty(), "an invalid session accepted: " + validate_session(s, known));
        KNOTMAP_EXPECT(s.started_at % 1000 == 0, "a session not on a whole second");
        KNOTMAP_EXPECT(i == 0 || session_before(doc.sessions[i - 1], s), "sessions out of order or repeated");
    }
    const std::string saved = serialize_progress(doc.sessions);
    const ParsedDocument reloaded = parse_progress(saved, known);
    KNOTMAP_EXPECT(reloaded.status == DocumentStatus::Ok && reloaded.version == kProgressVersion,
                   "what was saved does not reload: " + reloaded.error + "\n  " + saved);
    KNOTMAP_EXPECT(reloaded.sessions == doc.sessions, "saved and reloaded, the sessions differ:\n  " + saved);
    KNOTMAP_EXPECT(serialize_progress(reloaded.sessions) == saved, "saving what was reloaded gives other text");
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
