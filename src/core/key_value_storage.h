// Where the progress document lives. The browser's localStorage (in the platform glue) and an
// in-memory store for tests implement this; both can fail the way browsers do.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace knotmap {

enum class StorageResult {
    Ok,
    Missing,        // read: no such key
    Blocked,        // SecurityError: storage switched off for this page (sandbox, third-party iframe)
    QuotaExceeded,  // write: full; the previous value is unchanged
    Failed,         // anything else
};

class KeyValueStorage {
public:
    virtual ~KeyValueStorage() = default;
    virtual StorageResult read(const std::string& key, std::string& value) = 0;
    virtual StorageResult write(const std::string& key, const std::string& value) = 0;  // all or nothing
    virtual StorageResult remove(const std::string& key) = 0;
    virtual std::vector<std::string> keys() = 0;  // every key this store holds
};

// For tests and for pages without storage: a map, with switches that make it fail like a browser.
class MemoryStorage : public KeyValueStorage {
public:
    StorageResult read(const std::string& key, std::string& value) override;
    StorageResult write(const std::string& key, const std::string& value) override;
    StorageResult remove(const std::string& key) override;
    std::vector<std::string> keys() override;

    std::map<std::string, std::string> data;
    bool blocked = false;          // every call fails with Blocked
    bool fail_writes = false;      // writes fail with Failed
    size_t quota_bytes = 0;        // 0: unlimited; else writes past this total fail with QuotaExceeded
};

}  // namespace knotmap
