// Keeps the session log and the sore marks in storage without ever losing them:
// - every write re-reads what is stored and merges it first, so two tabs logging at once keep both;
// - data that can't be read (corrupt) is copied to a backup key before anything new is written;
// - data from a newer Knotmap is never overwritten;
// - when storage is blocked or full, sessions stay in memory and the notice says so.
// The marks have their own small key (a tap that marks a spot must not rewrite years of
// sessions) with the same rules; an export and an import carry both.
#pragma once
#include <string>
#include <vector>

#include "key_value_storage.h"
#include "progress_document.h"

namespace knotmap {

constexpr const char* kProgressKey = "knotmap-progress";
constexpr const char* kProgressBackupPrefix = "knotmap-progress-backup-";

enum class StoreNotice {
    None,
    StorageBlocked,   // progress won't be kept on this device
    BackupKept,       // stored data couldn't be read; a copy is kept and can be exported
    NewerVersion,     // stored by a newer Knotmap; this page leaves it alone
    WriteFailed,      // storage full or failing: recent sessions are only in memory
};

struct ImportOutcome {
    bool ok = false;
    int added = 0;      // sessions that were new
    std::string error;  // precise, when !ok; nothing was changed then
};

class ProgressStore {
public:
    ProgressStore(KeyValueStorage& storage, KnownIds known) : storage_(storage), known_(std::move(known)) {}

    void load(long long now_ms);
    // Adds a session (validated like an import) and saves. Empty string on success, else the error.
    std::string log(Session session);
    ImportOutcome import_text(const std::string& text);
    // Marks or unmarks a spot now, and saves.
    void set_mark(const std::string& zone, bool sore, long long now_ms);
    // Another tab changed the stored documents: take in its sessions and marks, and put back any of ours they lack.
    void reload_from_storage();
    // Removes every knotmap key (progress, backups, settings). The log is emptied.
    void delete_all();

    const std::vector<Session>& sessions() const { return sessions_; }
    const std::vector<SoreMark>& marks() const { return marks_; }
    std::string export_text() const { return serialize_progress(sessions_, marks_); }
    const std::string& unreadable_text() const { return unreadable_; }  // the copy behind BackupKept/NewerVersion
    StoreNotice notice() const { return notice_; }
    const std::string& notice_detail() const { return detail_; }  // e.g. the parse error, or the backup key
    bool persistent() const { return can_write_; }
    unsigned revision() const { return revision_; }  // changes whenever sessions() may have

private:
    bool save();
    void load_sessions(long long now_ms);
    void load_marks(long long now_ms);
    bool save_marks();
    std::string late_backup(const std::string& text);  // the key it wrote, "" when it couldn't

    KeyValueStorage& storage_;
    KnownIds known_;
    std::vector<Session> sessions_;
    std::vector<SoreMark> marks_;
    bool can_write_marks_ = true;
    StoreNotice notice_ = StoreNotice::None;
    std::string detail_;
    std::string unreadable_;
    bool can_write_ = true;
    unsigned revision_ = 0;
};

std::string notice_message(StoreNotice notice);

}  // namespace knotmap
