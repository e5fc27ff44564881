#include <catch2/catch.hpp>

#include "progress_document.h"
#include "progress_store.h"
#include "utf8_text.h"

using namespace knotmap;

namespace {

// One character of each width: ASCII, accented Latin (2 bytes), CJK (3 bytes), emoji (4 bytes).
const char* const kCharacters[] = {"a", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x99\x82"};

std::string repeated(const std::string& character, size_t count) {
    std::string out;
    for (size_t i = 0; i < count; ++i) out += character;
    return out;
}

Session with_note(const std::string& note) {
    Session s;
    s.started_at = 1735689600000LL;
    s.zone = "ql-left";
    s.duration_sec = 30;
    s.note = note;
    return s;
}

KnownIds known() {
    KnownIds k;
    k.zones = {"ql-left"};
    return k;
}

}  // namespace

TEST_CASE("characters are counted as code points, whatever their width in bytes") {
    for (const char* c : kCharacters) {
        INFO(c);
        CHECK(utf8_length(repeated(c, 140)) == 140);
        CHECK(utf8_length(std::string(c) + "x") == 2);
    }
    CHECK(utf8_length("") == 0);
}

TEST_CASE("a prefix is cut on a character boundary, never inside one") {
    for (const char* c : kCharacters) {
        INFO(c);
        const std::string text = repeated(c, 150);
        const std::string cut = utf8_prefix(text, 140);
        CHECK(cut == repeated(c, 140));
        CHECK(is_utf8(cut));
        CHECK(utf8_prefix(repeated(c, 3), 140) == repeated(c, 3));
    }
    CHECK(utf8_prefix("a\xf0\x9f\x99\x82" "b", 1) == "a");
    CHECK(utf8_prefix("a\xf0\x9f\x99\x82" "b", 2) == "a\xf0\x9f\x99\x82");
    CHECK(utf8_prefix("abc", 0).empty());
}

TEST_CASE("a note may hold 140 characters of any width, and not 141") {
    // The README and the page promise 140 characters; the limit was once counted in bytes, which
    // refused a 100-character accented note.
    for (const char* c : kCharacters) {
        INFO(c);
        CHECK(validate_session(with_note(repeated(c, 139)), known()).empty());
        CHECK(validate_session(with_note(repeated(c, 140)), known()).empty());
        CHECK(validate_session(with_note(repeated(c, 141)), known()) ==
              "field 'note': expected at most 140 characters, found 141");
    }
}

TEST_CASE("a 140-character note of wide characters is logged, saved, exported and imported whole") {
    for (const char* c : kCharacters) {
        INFO(c);
        MemoryStorage storage;
        ProgressStore store(storage, known());
        store.load(1735689600000LL);
        const Session s = with_note(repeated(c, 140));
        REQUIRE(store.log(s).empty());
        const ParsedDocument saved = parse_progress(storage.data[kProgressKey], known());
        REQUIRE(saved.status == DocumentStatus::Ok);
        CHECK(saved.sessions == std::vector<Session>{s});

        MemoryStorage other_storage;
        ProgressStore other(other_storage, known());
        other.load(1735689600000LL);
        const ImportOutcome imported = other.import_text(store.export_text());
        CHECK(imported.ok);
        CHECK(other.sessions() == std::vector<Session>{s});

        // One character more in the file: the import is refused, naming the count.
        std::string file = store.export_text();
        const size_t at = file.find(repeated(c, 140));
        REQUIRE(at != std::string::npos);
        file.insert(at, c);
        const ImportOutcome refused = other.import_text(file);
        CHECK_FALSE(refused.ok);
        CHECK(refused.error == "This file can't be imported: sessions[0]: field 'note': expected at most 140 characters, found 141. Nothing was changed.");
    }
}
