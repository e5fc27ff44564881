#include <catch2/catch.hpp>

#include "progress_document.h"
#include "progress_stats.h"
#include "progress_store.h"
#include "test_files.h"

using namespace knotmap;

namespace {

constexpr long long kJan1 = 1735689600000LL;  // 2025-01-01T00:00:00Z
constexpr long long kDay = 86400000LL;

Session session(long long at, const std::string& zone, int before = 6, int after = 3, const std::string& note = "") {
    Session s;
    s.started_at = at;
    s.zone = zone;
    s.duration_sec = 30;
    s.ball = "tennis-ball";
    s.pain_before = before;
    s.pain_after = after;
    s.note = note;
    return s;
}

KnownIds known() {
    KnownIds k;
    k.zones = {"ql-left", "ql-right", "glute-med-right", "glute-max-left"};
    k.balls = {"tennis-ball", "lacrosse-ball"};
    return k;
}

}  // namespace

TEST_CASE("a log saves and reloads to the same sessions") {
    const std::vector<Session> log{session(kJan1, "ql-left"), session(kJan1 + kDay, "glute-med-right", 5, -1, "tight"),
                                   session(kJan1 + kDay + 1000, "ql-left", -1, -1)};
    const ParsedDocument back = parse_progress(serialize_progress(log), known());
    REQUIRE(back.status == DocumentStatus::Ok);
    CHECK(back.sessions == log);
}

TEST_CASE("the version 1 fixture loads (the first migration will be tested against it)") {
    const ParsedDocument doc = parse_progress(test::read_text(std::string(KNOTMAP_FIXTURES_DIR) + "/progress-v1.json"), known());
    REQUIRE(doc.status == DocumentStatus::Ok);
    REQUIRE(doc.sessions.size() == 3);
    CHECK(doc.version == 1);
    CHECK(doc.sessions[0].zone == "ql-left");
    CHECK(doc.sessions[0].started_at == 1735722000000LL);
    CHECK(doc.sessions[1].zone == "glute-med-right");
    CHECK(doc.sessions[1].ball == "lacrosse-ball");
    CHECK(doc.sessions[1].note == "after a long drive");
    CHECK(doc.sessions[2].ball.empty());
    CHECK(doc.sessions[2].pain_before == -1);
    CHECK(doc.sessions[2].started_at == 1735722000000LL + (86400 + 3600) * 1000LL);
}

TEST_CASE("merging keeps every session once, in any order, however often") {
    const std::vector<Session> a{session(kJan1, "ql-left"), session(kJan1 + kDay, "ql-left")};
    const std::vector<Session> b{session(kJan1 + kDay, "ql-left"), session(kJan1 + 5000, "glute-med-right")};
    const std::vector<Session> ab = merge_sessions(a, b);
    CHECK(ab.size() == 3);
    CHECK(ab == merge_sessions(b, a));
    CHECK(merge_sessions(ab, ab) == ab);
    CHECK(merge_sessions(ab, a) == ab);
}

TEST_CASE("bad progress text gives a precise reason") {
    CHECK(parse_progress("nope", known()).status == DocumentStatus::Corrupt);
    CHECK(parse_progress(R"({"format": "other"})", known()).error ==
          "this is not a Knotmap progress file (field 'format' should be \"knotmap-progress\")");
    const ParsedDocument newer = parse_progress(R"({"format": "knotmap-progress", "version": 9})", known());
    CHECK(newer.status == DocumentStatus::Newer);
    const std::string head = R"({"format":"knotmap-progress","version":1,"start":1735722000,"zones":["ql-left","nowhere"],"balls":["tennis-ball"],"sessions":)";
    CHECK(parse_progress(head + "[[0,0,30,0,7,14]]}", known()).error ==
          "sessions[0]: field 'painAfter': expected 0 to 10, found 14");
    CHECK(parse_progress(head + "[[0,1,30,0,7,4]]}", known()).error == "sessions[0]: field 'zone': unknown zone 'nowhere'");
    CHECK(parse_progress(head + "[[0,5,30,0,7,4]]}", known()).error == "sessions[0]: zone index out of range");
    CHECK(parse_progress(head + "[[0,0,0,0,7,4]]}", known()).error ==
          "sessions[0]: field 'durationSec': expected 1 to 3600 seconds, found 0");
    CHECK(parse_progress(head + "[[0,0,30,0,7]]}", known()).error ==
          "sessions[0]: expected [dt, zone, seconds, ball, before, after, note?, position?]");
}

TEST_CASE("ten years of daily sessions on every zone fit well inside a 5 MB quota") {
    std::vector<Session> log;
    const std::vector<std::string> zones{"laminar-thoracic-left", "laminar-thoracic-right", "laminar-lumbar-left",
                                         "laminar-lumbar-right", "erector-lumbar-left", "erector-lumbar-right",
                                         "ql-left", "ql-right", "glute-max-left", "glute-max-right", "glute-med-left",
                                         "glute-med-right", "shoulder-blade-left", "shoulder-blade-right",
                                         "upper-trap-left", "upper-trap-right"};
    for (int day = 0; day < 3653; ++day)
        for (size_t z = 0; z < zones.size(); ++z)
            log.push_back(session(kJan1 + day * kDay + static_cast<long long>(z) * 60000, zones[z], day % 11, day % 7));
    const std::string text = serialize_progress(log);
    // localStorage counts UTF-16 code units: 2 bytes a character against a 5 MB quota.
    CHECK(text.size() * 2 < 5u * 1024 * 1024 * 6 / 10);
    const ParsedDocument back = parse_progress(text, KnownIds{});
    REQUIRE(back.status == DocumentStatus::Ok);
    CHECK(back.sessions.size() == log.size());
}

TEST_CASE("the store saves each session, and a second tab's sessions survive") {
    MemoryStorage storage;
    ProgressStore tab_a(storage, known()), tab_b(storage, known());
    tab_a.load(kJan1);
    tab_b.load(kJan1);
    CHECK(tab_a.log(session(kJan1, "ql-left")).empty());
    CHECK(tab_b.log(session(kJan1 + 1000, "glute-med-right")).empty());  // tab B never reloaded
    ProgressStore fresh(storage, known());
    fresh.load(kJan1);
    CHECK(fresh.sessions().size() == 2);
    tab_a.reload_from_storage();  // the storage event
    CHECK(tab_a.sessions().size() == 2);
}

TEST_CASE("a session that fails validation is refused and nothing is stored") {
    MemoryStorage storage;
    ProgressStore store(storage, known());
    store.load(kJan1);
    Session bad = session(kJan1, "ql-left");
    bad.ball = "bowling-ball";
    CHECK(store.log(bad) == "field 'ball': unknown ball 'bowling-ball'");
    CHECK(store.sessions().empty());
    CHECK(storage.data.empty());
}

TEST_CASE("corrupt stored data is backed up before anything is written") {
    MemoryStorage storage;
    storage.data[kProgressKey] = "{half a docu";
    ProgressStore store(storage, known());
    store.load(kJan1);
    CHECK(store.notice() == StoreNotice::BackupKept);
    const std::string backup_key = std::string(kProgressBackupPrefix) + std::to_string(kJan1);
    REQUIRE(storage.data.count(backup_key));
    CHECK(storage.data[backup_key] == "{half a docu");
    CHECK(store.unreadable_text() == "{half a docu");
    CHECK(store.log(session(kJan1, "ql-left")).empty());
    CHECK(storage.data[backup_key] == "{half a docu");  // still there after the new write
}

TEST_CASE("when the backup itself can't be written, the unreadable data is left alone") {
    MemoryStorage storage;
    storage.data[kProgressKey] = "garbage";
    storage.fail_writes = true;
    ProgressStore store(storage, known());
    store.load(kJan1);
    storage.fail_writes = false;
    store.log(session(kJan1, "ql-left"));
    CHECK(storage.data[kProgressKey] == "garbage");
    CHECK(store.sessions().size() == 1);  // kept in memory
    CHECK_FALSE(store.persistent());
}

TEST_CASE("data from a newer version is never overwritten") {
    MemoryStorage storage;
    const std::string newer = R"({"format":"knotmap-progress","version":99,"whatever":[1,2,3]})";
    storage.data[kProgressKey] = newer;
    ProgressStore store(storage, known());
    store.load(kJan1);
    CHECK(store.notice() == StoreNotice::NewerVersion);
    store.log(session(kJan1, "ql-left"));
    CHECK(storage.data[kProgressKey] == newer);
    CHECK(store.unreadable_text() == newer);
}

TEST_CASE("blocked storage: the app keeps working in memory and says so") {
    MemoryStorage storage;
    storage.blocked = true;
    ProgressStore store(storage, known());
    store.load(kJan1);
    CHECK(store.notice() == StoreNotice::StorageBlocked);
    CHECK(store.log(session(kJan1, "ql-left")).empty());
    CHECK(store.sessions().size() == 1);
    CHECK_FALSE(notice_message(store.notice()).empty());
}

TEST_CASE("a full storage leaves the previous document intact and keeps the session in memory") {
    MemoryStorage storage;
    ProgressStore store(storage, known());
    store.load(kJan1);
    store.log(session(kJan1, "ql-left"));
    const std::string saved = storage.data[kProgressKey];
    storage.quota_bytes = saved.size() + std::string(kProgressKey).size();
    store.log(session(kJan1 + kDay, "ql-left", 5, 2, "a note long enough to go past the quota"));
    CHECK(store.notice() == StoreNotice::WriteFailed);
    CHECK(storage.data[kProgressKey] == saved);
    CHECK(store.sessions().size() == 2);
}

TEST_CASE("import merges without duplicates; a bad file changes nothing") {
    MemoryStorage storage;
    ProgressStore store(storage, known());
    store.load(kJan1);
    store.log(session(kJan1, "ql-left"));
    const std::string file = serialize_progress({session(kJan1, "ql-left"), session(kJan1 + kDay, "ql-right")});
    const ImportOutcome ok = store.import_text(file);
    CHECK(ok.ok);
    CHECK(ok.added == 1);
    CHECK(store.sessions().size() == 2);
    CHECK(store.import_text(file).added == 0);
    const std::string before = storage.data[kProgressKey];
    const ImportOutcome bad = store.import_text(R"({"format":"knotmap-progress","version":1,"start":1,"zones":["ql-left"],"balls":[],"sessions":[[0,0,30,-1,3,99]]})");
    CHECK_FALSE(bad.ok);
    CHECK(bad.error == "This file can't be imported: sessions[0]: field 'painAfter': expected 0 to 10, found 99. Nothing was changed.");
    CHECK(storage.data[kProgressKey] == before);
    CHECK(store.sessions().size() == 2);
}

TEST_CASE("delete all removes every knotmap key and nothing else") {
    MemoryStorage storage;
    storage.data["knotmap-screening"] = "{}";
    storage.data["someone-else"] = "keep";
    ProgressStore store(storage, known());
    store.load(kJan1);
    store.log(session(kJan1, "ql-left"));
    store.delete_all();
    CHECK(store.sessions().empty());
    CHECK(storage.data.size() == 1);
    CHECK(storage.data.count("someone-else"));
}

TEST_CASE("streaks, days active, tenderness and this week's work") {
    const LocalClock clock{kJan1 + 10 * kDay + 3600000, 0};
    std::vector<Session> log;
    for (int d = 6; d <= 9; ++d) log.push_back(session(kJan1 + d * kDay, "ql-left", 8 - (d - 6), 4));
    log.push_back(session(kJan1 + 1 * kDay, "glute-med-right", 7, 6));
    CHECK(days_active(log, 0) == 5);
    CHECK(current_streak(log, clock) == 4);  // today has nothing yet: the streak runs to yesterday
    log.push_back(session(kJan1 + 10 * kDay, "glute-max-left", 3, 2));
    CHECK(current_streak(log, clock) == 5);
    CHECK(latest_tenderness(log, "ql-left") == 4);
    CHECK(latest_tenderness(log, "ql-right") == -1);
    CHECK(worked_this_week(log, "ql-left", clock));
    CHECK_FALSE(worked_this_week(log, "glute-med-right", clock));
}

TEST_CASE("local days follow the visitor's time zone") {
    const long long late_evening_utc = kJan1 + 23 * 3600000LL;
    CHECK(local_day(late_evening_utc, 0) == local_day(kJan1, 0));
    CHECK(local_day(late_evening_utc, 120) == local_day(kJan1, 0) + 1);  // already tomorrow at UTC+2
}

TEST_CASE("today's plan puts sore spots first, most tender first, and skips what's done today") {
    const LocalClock clock{kJan1 + 10 * kDay + 3600000, 0};
    std::vector<Session> log{session(kJan1 + 8 * kDay, "ql-left", 7, 6), session(kJan1 + 9 * kDay, "glute-med-right", 8, 8),
                             session(kJan1 + 10 * kDay, "glute-max-left", 6, 5)};
    const TodayPlan plan = plan_today(log, {"ql-right", "glute-max-left", "ql-left"}, clock);
    REQUIRE(plan.items.size() == 3);
    CHECK(plan.items[0].zone == "ql-left");        // marked, tenderness 6
    CHECK(plan.items[1].zone == "ql-right");       // marked, never logged
    CHECK(plan.items[2].zone == "glute-med-right");  // not marked, but still tender this week
    CHECK(plan.total_minutes == 6);
}

TEST_CASE("the one-pass zone summary agrees with the per-zone queries") {
    const LocalClock clock{kJan1 + 10 * kDay, 0};
    std::vector<Session> log{session(kJan1, "ql-left", 8, 6), session(kJan1 + kDay, "ql-left", 5, -1),
                             session(kJan1 + 2 * kDay, "ql-left", -1, -1), session(kJan1 + 9 * kDay, "glute-med-right", 7, 2)};
    const auto summary = summarize_zones(log);
    for (const char* zone : {"ql-left", "glute-med-right"}) {
        INFO(zone);
        CHECK(summary.at(zone).tenderness == latest_tenderness(log, zone));
        CHECK(within_last_week(summary.at(zone).last_ms, clock) == worked_this_week(log, zone, clock));
    }
    CHECK(summary.count("ql-right") == 0);
}

TEST_CASE("a session whose text isn't UTF-8 is refused before it can reach the stored document") {
    // Found by fuzzing (fuzz_import): the store took such a note through log(), and saving it made
    // nlohmann's dump() throw, which aborts the wasm build. Imports can't carry it: the parser refuses it.
    MemoryStorage storage;
    ProgressStore store(storage, known());
    store.load(kJan1);
    CHECK(store.log(session(kJan1, "ql-left", 6, 3, "caf\xe9")) == "field 'note': expected UTF-8 text");
    CHECK(store.log(session(kJan1, "ql-left", 6, 3, "\xed\xa0\x80")) == "field 'note': expected UTF-8 text");  // a lone surrogate
    CHECK(store.log(session(kJan1, "ql-left", 6, 3, "\xc0\xaf")) == "field 'note': expected UTF-8 text");   // overlong '/'
    CHECK(store.log(session(kJan1, "ql-left", 6, 3, "\xf0\x9f\x98")) == "field 'note': expected UTF-8 text");  // cut short
    CHECK(store.sessions().empty());
    CHECK(storage.data.empty());
    CHECK(validate_session(session(kJan1, "ql-\xff", 6, 3), KnownIds{}) == "field 'zone': expected UTF-8 text");
    CHECK(store.log(session(kJan1, "ql-left", 6, 3, "r\xc3\xa9veil \xf0\x9f\x98\x80")).empty());
    REQUIRE(store.sessions().size() == 1);
    CHECK(parse_progress(storage.data[kProgressKey], known()).sessions == store.sessions());
}

TEST_CASE("sore marks: the latest change of each zone wins a merge, whatever the order") {
    const std::vector<SoreMark> a{{"ql-left", kJan1, true}, {"ql-right", kJan1 + 5, false}};
    const std::vector<SoreMark> b{{"ql-left", kJan1 + 1, false}, {"ql-right", kJan1, true}, {"glute-max-left", kJan1, true}};
    const std::vector<SoreMark> ab = merge_marks(a, b);
    CHECK(ab == merge_marks(b, a));
    CHECK(ab == merge_marks(ab, ab));
    CHECK(marked_zones(ab) == std::vector<std::string>{"glute-max-left"});
    // At the same moment, unmarked wins on both sides.
    CHECK(marked_zones(merge_marks({{"ql-left", kJan1, true}}, {{"ql-left", kJan1, false}})).empty());
    CHECK(marked_zones(merge_marks({{"ql-left", kJan1, false}}, {{"ql-left", kJan1, true}})).empty());
    // A change is never older than the one before it, even with the clock set back.
    std::vector<SoreMark> marks;
    change_mark(marks, "ql-left", true, kJan1);
    change_mark(marks, "ql-right", true, kJan1 - kDay);
    change_mark(marks, "ql-left", false, kJan1 - kDay);
    CHECK(marked_zones(marks) == std::vector<std::string>{"ql-right"});
    CHECK(marks[0].changed_at > marks[1].changed_at);
}

TEST_CASE("a version 1 file has no marks; a version 2 file keeps them through save and load") {
    const ParsedDocument v1 = parse_progress(test::read_text(std::string(KNOTMAP_FIXTURES_DIR) + "/progress-v1.json"), known());
    REQUIRE(v1.status == DocumentStatus::Ok);
    CHECK(v1.marks.empty());
    const std::vector<SoreMark> marks{{"ql-left", kJan1, true}, {"ql-right", kJan1 + 1, false}};
    const ParsedDocument back = parse_progress(serialize_progress({session(kJan1, "ql-left")}, marks), known());
    REQUIRE(back.status == DocumentStatus::Ok);
    CHECK(back.version == kProgressVersion);
    CHECK(back.marks == marks);
    const ParsedDocument bad = parse_progress(
        R"({"format":"knotmap-progress","version":2,"start":0,"zones":[],"balls":[],"sessions":[],"marks":[["nowhere",1735689600000,1]]})",
        known());
    CHECK(bad.status == DocumentStatus::Corrupt);
    CHECK(bad.error == "marks[0]: unknown zone 'nowhere'");
}

TEST_CASE("version 3 keeps a session's position, after its note; older versions refuse an 8th field") {
    Session with_position = session(kJan1, "ql-left");
    with_position.position = "floor";
    Session with_both = session(kJan1 + 60000, "ql-left");
    with_both.position = "chair";
    with_both.note = "better";
    const std::string text = serialize_progress({with_position, with_both, session(kJan1 + 120000, "ql-left")}, {});
    CHECK(text.find(R"(,"","floor"])") != std::string::npos);  // no note: an empty one keeps the place
    const ParsedDocument back = parse_progress(text, known());
    REQUIRE(back.status == DocumentStatus::Ok);
    REQUIRE(back.sessions.size() == 3);
    CHECK(back.sessions[0].position == "floor");
    CHECK(back.sessions[1].position == "chair");
    CHECK(back.sessions[1].note == "better");
    CHECK(back.sessions[2].position.empty());
    const std::string head = R"({"format":"knotmap-progress","start":1735722000,"zones":["ql-left"],"balls":[],"sessions":[[0,0,30,-1,5,3,"","wall"]],"version":)";
    CHECK(parse_progress(head + "2}", known()).status == DocumentStatus::Corrupt);
    CHECK(parse_progress(head + "3}", known()).status == DocumentStatus::Ok);
    const ParsedDocument bad = parse_progress(R"({"format":"knotmap-progress","version":3,"start":1735722000,"zones":["ql-left"],"balls":[],"sessions":[[0,0,30,-1,5,3,"","sofa"]]})", known());
    CHECK(bad.error == "sessions[0]: field 'position': expected \"wall\", \"floor\" or \"chair\", found 'sofa'");
}

TEST_CASE("stored marks that can't be read are backed up; newer ones are left alone") {
    MemoryStorage storage;
    storage.data[kMarksKey] = "{not json";
    ProgressStore store(storage, known());
    store.load(kJan1);
    CHECK(store.notice() == StoreNotice::BackupKept);
    CHECK(storage.data["knotmap-progress-backup-marks-" + std::to_string(kJan1)] == "{not json");
    store.set_mark("ql-left", true, kJan1);
    CHECK(marked_zones(store.marks()) == std::vector<std::string>{"ql-left"});
    CHECK(storage.data[kMarksKey].find("ql-left") != std::string::npos);

    MemoryStorage newer_storage;
    const std::string newer = R"({"format":"knotmap-marks","version":7,"marks":"later"})";
    newer_storage.data[kMarksKey] = newer;
    ProgressStore newer_store(newer_storage, known());
    newer_store.load(kJan1);
    CHECK(newer_store.notice() == StoreNotice::NewerVersion);
    newer_store.set_mark("ql-left", true, kJan1);
    CHECK(newer_storage.data[kMarksKey] == newer);
    CHECK(marked_zones(newer_store.marks()) == std::vector<std::string>{"ql-left"});  // for this visit
}

TEST_CASE("merging logs: one pass over logs in order, the same union whatever their order, each session once") {
    std::vector<Session> a, b;
    for (int i = 0; i < 50; ++i) (i % 3 ? a : b).push_back(session(kJan1 + i * 60000LL, i % 2 ? "ql-left" : "ql-right"));
    b.push_back(a[4]);  // in both
    std::vector<Session> all = a;
    all.insert(all.end(), b.begin(), b.end());
    std::sort(all.begin(), all.end(), session_before);
    all.erase(std::unique(all.begin(), all.end()), all.end());
    CHECK(merge_sessions(a, b) == all);
    CHECK(merge_sessions(b, a) == all);
    std::reverse(b.begin(), b.end());  // out of order: sorted first
    CHECK(merge_sessions(a, b) == all);
    CHECK(merge_sessions({}, b) == merge_sessions(b, {}));
    std::vector<Session> twice = {a[0], a[0], a[1]};
    CHECK(merge_sessions(twice, {}) == std::vector<Session>{a[0], a[1]});
}
