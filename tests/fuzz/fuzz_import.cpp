// Fuzzes importing a file into a store that already holds sessions, and the merge behind it.
// The fuzz text is the import file; the store holds the v1 fixture's sessions, in storage that is
// healthy, full, failing, blocked, or holding corrupt data with its backup.
// - a rejected import says why and leaves the stored keys and the sessions exactly as they were;
// - an accepted import keeps every previous session and every imported one, counts what it added,
//   saves the merged log where storage allows, leaves backups alone, and adds nothing the second time;
// - merging is idempotent, order-independent and associative, and loses no session;
// - logging a session built from the same text through the page API path either is refused with
//   nothing changed, or is kept and saved like an import.
#include <algorithm>

#include "fuzz_support.h"
#include "progress_store.h"

using namespace knotmap;

namespace {

constexpr long long kNow = 1767225600000LL;  // 2026-01-01T00:00:00Z

const std::vector<Session>& fixture_sessions() {
    static const std::vector<Session> sessions = [] {
        ParsedDocument doc = parse_progress(fuzz::fixture("progress-v1.json"), fuzz::shipped_ids());
        KNOTMAP_EXPECT(doc.status == DocumentStatus::Ok && !doc.sessions.empty(), doc.error);
        return doc.sessions;
    }();
    return sessions;
}

bool contains_all(const std::vector<Session>& log, const std::vector<Session>& part) {
    return std::all_of(part.begin(), part.end(),
                       [&](const Session& s) { return std::find(log.begin(), log.end(), s) != log.end(); });
}

std::vector<Session> sorted_unique(std::vector<Session> log) {
    std::sort(log.begin(), log.end(), session_before);
    log.erase(std::unique(log.begin(), log.end()), log.end());
    return log;
}

void check_merge(const std::vector<Session>& a, const std::vector<Session>& b, const std::vector<Session>& c) {
    const std::vector<Session> ab = merge_sessions(a, b);
    KNOTMAP_EXPECT(ab == sorted_unique(ab), "a merge is out of order or has repeats");
    KNOTMAP_EXPECT(contains_all(ab, a) && contains_all(ab, b), "a merge lost a session");
    KNOTMAP_EXPECT(ab.size() <= a.size() + b.size(), "a merge made up sessions");
    KNOTMAP_EXPECT(merge_sessions(a, a) == sorted_unique(a), "merge(a, a) != a");
    KNOTMAP_EXPECT(merge_sessions(b, a) == ab, "merge(b, a) != merge(a, b)");
    KNOTMAP_EXPECT(merge_sessions(ab, b) == ab, "merge(merge(a, b), b) != merge(a, b)");
    KNOTMAP_EXPECT(merge_sessions(ab, c) == merge_sessions(a, merge_sessions(b, c)), "merging is not associative");
}

// A second log that overlaps the imported one: some sessions the same, some differing in one field.
std::vector<Session> overlapping(const std::vector<Session>& imported) {
    std::vector<Session> out = fixture_sessions();
    for (size_t i = 0; i < imported.size(); ++i) {
        if (i % 2) out.push_back(imported[i]);
        if (i % 3 == 0) {
            Session changed = imported[i];
            changed.pain_after = changed.pain_after == 10 ? -1 : changed.pain_after + 1;
            out.push_back(changed);
        }
    }
    return out;
}

enum class Setup { Healthy, Full, Failing, Blocked, CorruptWithBackup };
constexpr Setup kSetups[] = {Setup::Healthy, Setup::Full, Setup::Failing, Setup::Blocked, Setup::CorruptWithBackup};

std::string setup_name(Setup setup) {
    switch (setup) {
        case Setup::Healthy: return "healthy storage";
        case Setup::Full: return "full storage";
        case Setup::Failing: return "failing storage";
        case Setup::Blocked: return "blocked storage";
        case Setup::CorruptWithBackup: return "corrupt stored data";
    }
    return "?";
}

void prepare(MemoryStorage& storage, Setup setup) {
    storage.data["knotmap-screening"] = "{}";
    storage.data[kProgressKey] =
        setup == Setup::CorruptWithBackup ? std::string("{\"format\": \"knotmap-progr") : serialize_progress(fixture_sessions());
}

void after_load(MemoryStorage& storage, Setup setup) {
    if (setup == Setup::Full) {
        size_t used = 0;
        for (const auto& [key, value] : storage.data) used += key.size() + value.size();
        storage.quota_bytes = used;  // not one byte more
    }
    storage.fail_writes = setup == Setup::Failing;
    storage.blocked = setup == Setup::Blocked;
}

// Where storage took the write, it holds the sessions in memory; where it refused (full, failing,
// blocked), the previous document is still there, byte for byte.
void expect_saved(MemoryStorage& storage, const ProgressStore& store, Setup setup, const std::string& where,
                  const std::map<std::string, std::string>& stored_before) {
    const std::string& now = storage.data[kProgressKey];
    const std::string& previous = stored_before.at(kProgressKey);
    if (setup == Setup::Failing || setup == Setup::Blocked) {
        KNOTMAP_EXPECT(now == previous, where + " with " + setup_name(setup) + ": the previous document was changed");
        return;
    }
    if (setup == Setup::Full && now == previous) return;  // refused for want of room: kept as it was
    const ParsedDocument saved = parse_progress(now, fuzz::shipped_ids());
    KNOTMAP_EXPECT(saved.status == DocumentStatus::Ok && saved.sessions == store.sessions(),
                   where + " with " + setup_name(setup) + ": the stored log is neither the one in memory nor the previous one " + saved.error);
}

void expect_backups_kept(const std::map<std::string, std::string>& before, MemoryStorage& storage, Setup setup) {
    for (const auto& [key, value] : before) {
        if (key == kProgressKey) continue;
        const auto it = storage.data.find(key);
        KNOTMAP_EXPECT(it != storage.data.end() && it->second == value,
                       setup_name(setup) + ": key " + key + " was changed or removed");
    }
}

// A store opened on storage in the given state, and what it held before the action under test.
struct Opened {
    MemoryStorage storage;
    ProgressStore store{storage, fuzz::shipped_ids()};
    std::map<std::string, std::string> stored_before;
    std::vector<Session> before;

    explicit Opened(Setup setup) {
        prepare(storage, setup);
        store.load(kNow);
        after_load(storage, setup);
        stored_before = storage.data;
        before = store.sessions();
    }
};

void check_import(const std::string& text, Setup setup) {
    Opened opened(setup);
    MemoryStorage& storage = opened.storage;
    ProgressStore& store = opened.store;
    const std::map<std::string, std::string>& stored_before = opened.stored_before;
    const std::vector<Session>& before = opened.before;

    const ParsedDocument file = parse_progress(text, fuzz::shipped_ids());
    const ImportOutcome outcome = store.import_text(text);
    KNOTMAP_EXPECT(outcome.ok == (file.status == DocumentStatus::Ok), setup_name(setup) + ": " + outcome.error);
    if (!outcome.ok) {
        KNOTMAP_EXPECT(!outcome.error.empty() && outcome.added == 0, setup_name(setup) + ": refused without a reason");
        KNOTMAP_EXPECT(storage.data == stored_before, setup_name(setup) + ": a refused import changed the storage");
        KNOTMAP_EXPECT(store.sessions() == before, setup_name(setup) + ": a refused import changed the sessions");
        return;
    }
    const std::vector<Session>& after = store.sessions();
    KNOTMAP_EXPECT(contains_all(after, before), setup_name(setup) + ": an import lost a previous session");
    KNOTMAP_EXPECT(contains_all(after, file.sessions), setup_name(setup) + ": an import lost an imported session");
    KNOTMAP_EXPECT(after == merge_sessions(before, file.sessions), setup_name(setup) + ": import is not a merge");
    KNOTMAP_EXPECT(outcome.added == static_cast<int>(after.size() - before.size()),
                   setup_name(setup) + ": added " + std::to_string(outcome.added));
    expect_backups_kept(stored_before, storage, setup);
    expect_saved(storage, store, setup, "import", stored_before);

    const std::vector<Session> once = after;
    const ImportOutcome twice = store.import_text(text);
    KNOTMAP_EXPECT(twice.ok && twice.added == 0 && store.sessions() == once,
                   setup_name(setup) + ": importing the same file again changed something");
}

// The page API path: a session whose zone, ball and note come from the text.
Session session_from(const std::string& text, const std::vector<Session>& imported) {
    Session s;
    s.started_at = kNow + static_cast<long long>(text.size()) * 1000;  // whole seconds, as the store keeps them
    s.duration_sec = 1 + static_cast<int>(text.size() % kMaxSessionSeconds);
    s.pain_before = static_cast<int>(text.size() % 13) - 2;  // -2..10: sometimes out of range
    s.pain_after = static_cast<int>(text.size() % 11) - 1;
    s.zone = imported.empty() ? "ql-left" : imported.front().zone;
    s.ball = imported.empty() ? std::string() : imported.back().ball;
    // A note of 139 to 141 characters, each one to four bytes wide, or the text itself.
    static const char* const kWidths[] = {"a", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x99\x82"};
    const size_t pick = text.size() % 8;
    if (pick < 4) {
        s.note.clear();
        for (size_t i = 0; i < 139 + text.size() % 3; ++i) s.note += kWidths[(pick + i) % 4];
    } else {
        s.note = text.substr(0, std::min<size_t>(text.size(), 4 * (kMaxNoteLength + 1)));
    }
    return s;
}

void check_log(const std::string& text, const std::vector<Session>& imported, Setup setup) {
    Opened opened(setup);
    MemoryStorage& storage = opened.storage;
    ProgressStore& store = opened.store;
    const std::map<std::string, std::string>& stored_before = opened.stored_before;
    const std::vector<Session>& before = opened.before;

    const Session session = session_from(text, imported);
    const std::string problem = store.log(session);
    // Judged by the README's rules, written out independently of the validator the store calls.
    KNOTMAP_EXPECT(problem.empty() == fuzz::meets_readme_session_rules(session, fuzz::shipped_ids()),
                   setup_name(setup) + ": the store's verdict differs from the README's rules: '" + problem + "'");
    if (!problem.empty()) {
        KNOTMAP_EXPECT(storage.data == stored_before && store.sessions() == before,
                       setup_name(setup) + ": a refused session changed something");
        return;
    }
    KNOTMAP_EXPECT(store.sessions() == merge_sessions(before, {session}), setup_name(setup) + ": logging is not a merge");
    expect_backups_kept(stored_before, storage, setup);
    expect_saved(storage, store, setup, "log", stored_before);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text = fuzz::text_of(data, size);
    for (Setup setup : kSetups) check_import(text, setup);

    const ParsedDocument file = parse_progress(text, KnownIds{});
    const std::vector<Session> imported = file.status == DocumentStatus::Ok ? file.sessions : std::vector<Session>{};
    check_merge(imported, overlapping(imported), fixture_sessions());
    for (Setup setup : kSetups) check_log(text, imported, setup);
    return 0;
}
