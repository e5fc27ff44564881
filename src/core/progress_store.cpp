#include "progress_store.h"

#include <algorithm>

namespace knotmap {

void ProgressStore::load(long long now_ms) {
    load_sessions(now_ms);
    load_marks(now_ms);
}

void ProgressStore::load_sessions(long long now_ms) {
    sessions_.clear();
    ++revision_;
    notice_ = StoreNotice::None;
    detail_.clear();
    unreadable_.clear();
    can_write_ = true;
    std::string text;
    const StorageResult r = storage_.read(kProgressKey, text);
    if (r == StorageResult::Missing) return;
    if (r != StorageResult::Ok) {
        notice_ = StoreNotice::StorageBlocked;
        can_write_ = false;
        return;
    }
    ParsedDocument doc = parse_progress(text, known_);
    if (doc.status == DocumentStatus::Ok) {
        sessions_ = std::move(doc.sessions);
        ++revision_;
        return;
    }
    unreadable_ = text;
    detail_ = doc.error;
    if (doc.status == DocumentStatus::Newer) {
        notice_ = StoreNotice::NewerVersion;
        can_write_ = false;  // never overwrite what a newer version wrote
        return;
    }
    // Corrupt: keep the raw text under its own key before anything new may replace it.
    const std::string backup_key = kProgressBackupPrefix + std::to_string(now_ms);
    notice_ = StoreNotice::BackupKept;
    if (storage_.write(backup_key, text) == StorageResult::Ok) {
        detail_ = backup_key + ": " + doc.error;
    } else {
        can_write_ = false;  // without a backup, the unreadable data must stay where it is
        detail_ = doc.error;
    }
}

void ProgressStore::load_marks(long long now_ms) {
    marks_.clear();
    can_write_marks_ = notice_ != StoreNotice::StorageBlocked;
    std::string text, error;
    const StorageResult r = storage_.read(kMarksKey, text);
    if (r == StorageResult::Missing) return;
    if (r != StorageResult::Ok) {
        can_write_marks_ = false;
        return;
    }
    const MarksStatus status = parse_marks_document(text, known_.zones, marks_, error);
    if (status == MarksStatus::Ok) return;
    marks_.clear();
    const bool first_notice = notice_ == StoreNotice::None;
    if (first_notice) {
        unreadable_ = text;
        detail_ = error;
    }
    if (status == MarksStatus::Newer) {
        can_write_marks_ = false;
        if (first_notice) notice_ = StoreNotice::NewerVersion;
        return;
    }
    const std::string backup_key = std::string(kProgressBackupPrefix) + "marks-" + std::to_string(now_ms);
    if (storage_.write(backup_key, text) != StorageResult::Ok) can_write_marks_ = false;
    else if (first_notice) detail_ = backup_key + ": " + error;
    if (first_notice) notice_ = StoreNotice::BackupKept;
}

std::string ProgressStore::late_backup(const std::string& text) {
    std::string backup_key, existing;
    for (int n = 1; backup_key.empty() || storage_.read(backup_key, existing) == StorageResult::Ok; ++n)
        backup_key = std::string(kProgressBackupPrefix) + "late-" + std::to_string(n);
    return storage_.write(backup_key, text) == StorageResult::Ok ? backup_key : std::string();
}

bool ProgressStore::save_marks() {
    if (!can_write_marks_) return false;
    std::string text, error;
    const StorageResult r = storage_.read(kMarksKey, text);
    if (r == StorageResult::Ok) {
        std::vector<SoreMark> stored;
        const MarksStatus status = parse_marks_document(text, known_.zones, stored, error);
        if (status == MarksStatus::Ok) {
            marks_ = merge_marks(marks_, stored);
        } else if (status == MarksStatus::Newer) {
            notice_ = StoreNotice::NewerVersion;
            can_write_marks_ = false;
            return false;
        } else {
            const std::string key = late_backup(text);
            if (key.empty()) {
                notice_ = StoreNotice::WriteFailed;
                return false;
            }
            notice_ = StoreNotice::BackupKept;
            detail_ = key + ": " + error;
        }
    } else if (r != StorageResult::Missing) {
        notice_ = StoreNotice::WriteFailed;
        return false;
    }
    if (storage_.write(kMarksKey, serialize_marks_document(marks_)) != StorageResult::Ok) {
        notice_ = StoreNotice::WriteFailed;
        return false;
    }
    return true;
}

void ProgressStore::set_mark(const std::string& zone, bool sore, long long now_ms) {
    change_mark(marks_, zone, sore, now_ms);
    ++revision_;
    save_marks();
}

bool ProgressStore::save() {
    if (!can_write_) return false;
    // Read-merge-write: whatever another tab stored since our last look is kept.
    std::string text;
    const StorageResult r = storage_.read(kProgressKey, text);
    if (r == StorageResult::Ok) {
        ParsedDocument stored = parse_progress(text, known_);
        if (stored.status == DocumentStatus::Ok) {
            sessions_ = merge_sessions(sessions_, stored.sessions);
            ++revision_;
        } else if (stored.status == DocumentStatus::Newer) {
            notice_ = StoreNotice::NewerVersion;
            can_write_ = false;
            return false;
        } else if (text != unreadable_) {
            // Became unreadable after we loaded: back it up first, as at load time.
            const std::string backup_key = late_backup(text);
            if (backup_key.empty()) {
                notice_ = StoreNotice::WriteFailed;
                return false;
            }
            unreadable_ = text;
            notice_ = StoreNotice::BackupKept;
            detail_ = backup_key + ": " + stored.error;
        }
    } else if (r != StorageResult::Missing) {
        notice_ = StoreNotice::WriteFailed;
        return false;
    }
    if (storage_.write(kProgressKey, serialize_progress(sessions_)) != StorageResult::Ok) {
        notice_ = StoreNotice::WriteFailed;
        return false;
    }
    if (notice_ == StoreNotice::WriteFailed) notice_ = StoreNotice::None;
    return true;
}

std::string ProgressStore::log(Session session) {
    session.started_at = session.started_at / 1000 * 1000;  // stored to the second
    const std::string problem = validate_session(session, known_);
    if (!problem.empty()) return problem;
    sessions_ = merge_sessions(sessions_, {session});
    ++revision_;
    save();
    return "";
}

ImportOutcome ProgressStore::import_text(const std::string& text) {
    ImportOutcome out;
    ParsedDocument doc = parse_progress(text, known_);
    if (doc.status == DocumentStatus::Newer) {
        out.error = "This file was " + doc.error + ". Update the page, then import it again.";
        return out;
    }
    if (doc.status != DocumentStatus::Ok) {
        out.error = "This file can't be imported: " + doc.error + ". Nothing was changed.";
        return out;
    }
    const size_t before = sessions_.size();
    sessions_ = merge_sessions(sessions_, doc.sessions);
    ++revision_;
    out.ok = true;
    out.added = static_cast<int>(sessions_.size() - before);
    save();
    if (!doc.marks.empty()) {
        marks_ = merge_marks(marks_, doc.marks);
        save_marks();
    }
    return out;
}

void ProgressStore::reload_from_storage() {
    std::string text, error;
    std::vector<SoreMark> stored_marks;
    if (storage_.read(kMarksKey, text) == StorageResult::Ok &&
        parse_marks_document(text, known_.zones, stored_marks, error) == MarksStatus::Ok) {
        const std::vector<SoreMark> merged = merge_marks(marks_, stored_marks);
        const bool we_had_more = !(merged == stored_marks);
        marks_ = merged;
        ++revision_;
        if (we_had_more) save_marks();
    }
    if (storage_.read(kProgressKey, text) != StorageResult::Ok) return;
    ParsedDocument stored = parse_progress(text, known_);
    if (stored.status != DocumentStatus::Ok) return;
    const std::vector<Session> merged = merge_sessions(sessions_, stored.sessions);
    const bool we_had_more = merged.size() != stored.sessions.size();
    sessions_ = merged;
    ++revision_;
    if (we_had_more) save();
}

void ProgressStore::delete_all() {
    for (const std::string& key : storage_.keys())
        if (key.rfind("knotmap", 0) == 0) storage_.remove(key);
    sessions_.clear();
    marks_.clear();
    ++revision_;
    unreadable_.clear();
    detail_.clear();
    if (notice_ != StoreNotice::StorageBlocked) {
        notice_ = StoreNotice::None;
        can_write_ = true;
        can_write_marks_ = true;
    }
}

std::string notice_message(StoreNotice notice) {
    switch (notice) {
        case StoreNotice::StorageBlocked:
            return "Your browser is blocking storage here, so your progress won't be kept on this device after you "
                   "leave. Everything still works for this visit.";
        case StoreNotice::BackupKept:
            return "Your saved progress couldn't be read. We kept a copy of it untouched, and you can export it. New "
                   "sessions are saved from now on.";
        case StoreNotice::NewerVersion:
            return "Your progress was saved by a newer version of Knotmap. This page won't change it: reload to get "
                   "the newer version.";
        case StoreNotice::WriteFailed:
            return "Storage on this device is full or failing, so recent sessions are only kept until you close this "
                   "page. Export your progress to keep it.";
        case StoreNotice::None: break;
    }
    return "";
}

}  // namespace knotmap
