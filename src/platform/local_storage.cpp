#include "local_storage.h"

#include <cstdlib>

#include "json_check.h"

extern "C" {
char* knotmap_storage_read(const char* key, int* status);
int knotmap_storage_write(const char* key, const char* value);
int knotmap_storage_remove(const char* key);
char* knotmap_storage_keys();
}

namespace knotmap {

StorageResult LocalStorage::read(const std::string& key, std::string& value) {
    int status = 0;
    char* text = knotmap_storage_read(key.c_str(), &status);
    if (text) {
        value = text;
        std::free(text);
    }
    return static_cast<StorageResult>(status);
}

StorageResult LocalStorage::write(const std::string& key, const std::string& value) {
    return static_cast<StorageResult>(knotmap_storage_write(key.c_str(), value.c_str()));
}

StorageResult LocalStorage::remove(const std::string& key) {
    return static_cast<StorageResult>(knotmap_storage_remove(key.c_str()));
}

std::vector<std::string> LocalStorage::keys() {
    char* text = knotmap_storage_keys();
    std::vector<std::string> out;
    if (!text) return out;
    // Parsed with the core's parser, so the app carries one JSON parser, not two.
    Json list;
    ErrorList ignored("keys");
    parse_json_value(text, list, ignored);
    std::free(text);
    if (list.is_array())
        for (const auto& k : list)
            if (k.is_string()) out.push_back(k.get<std::string>());
    return out;
}

}  // namespace knotmap
