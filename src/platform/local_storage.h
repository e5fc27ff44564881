// The browser's localStorage behind the core's KeyValueStorage. Every touch, reading the
// window.localStorage property included, is guarded in JavaScript: blocked storage
// (SecurityError) and a full one (QuotaExceededError) come back as results, never exceptions.
#pragma once
#include "key_value_storage.h"

namespace knotmap {

class LocalStorage : public KeyValueStorage {
public:
    StorageResult read(const std::string& key, std::string& value) override;
    StorageResult write(const std::string& key, const std::string& value) override;
    StorageResult remove(const std::string& key) override;
    std::vector<std::string> keys() override;
};

}  // namespace knotmap
