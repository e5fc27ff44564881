// Reads the shipped assets and test fixtures (paths are baked in by CMake; under node the wasm
// build reads the host file system through NODERAWFS).
#pragma once
#include <fstream>
#include <sstream>
#include <string>

namespace knotmap::test {

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string asset(const std::string& name) { return read_text(std::string(KNOTMAP_ASSETS_DIR) + "/" + name); }

}  // namespace knotmap::test
