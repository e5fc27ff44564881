#include "key_value_storage.h"

namespace knotmap {

StorageResult MemoryStorage::read(const std::string& key, std::string& value) {
    if (blocked) return StorageResult::Blocked;
    const auto it = data.find(key);
    if (it == data.end()) return StorageResult::Missing;
    value = it->second;
    return StorageResult::Ok;
}

StorageResult MemoryStorage::write(const std::string& key, const std::string& value) {
    if (blocked) return StorageResult::Blocked;
    if (fail_writes) return StorageResult::Failed;
    if (quota_bytes) {
        size_t total = key.size() + value.size();
        for (const auto& [k, v] : data)
            if (k != key) total += k.size() + v.size();
        if (total > quota_bytes) return StorageResult::QuotaExceeded;
    }
    data[key] = value;
    return StorageResult::Ok;
}

StorageResult MemoryStorage::remove(const std::string& key) {
    if (blocked) return StorageResult::Blocked;
    data.erase(key);
    return StorageResult::Ok;
}

std::vector<std::string> MemoryStorage::keys() {
    std::vector<std::string> out;
    if (blocked) return out;
    for (const auto& [k, v] : data) out.push_back(k);
    return out;
}

}  // namespace knotmap
