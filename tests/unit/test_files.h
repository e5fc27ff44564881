// Reads the shipped assets and test fixtures (paths are baked in by CMake; under node the wasm
// build reads the host file system through NODERAWFS).
#pragma once
#include <catch2/catch.hpp>

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

#include "content.h"
#include "geometry_loader.h"
#include "model.h"

namespace knotmap::test {

// The shipped content and geometry, loaded once for the tests that read them.
struct Shipped {
    Content content;
    MapGeometry geometry;
};

// The shipped model with no page options, as the app starts it (visitor and view-model tests).
inline const Model& shipped_model() {
    static const Model m = [] {
        Model out;
        REQUIRE(load_model(out, asset("geometry.json"), asset("content.json")).empty());
        apply_options(out, {});
        return out;
    }();
    return m;
}

inline const Shipped& shipped_assets() {
    static const Shipped s = [] {
        ContentLoadResult content = load_content(asset("content.json"));
        GeometryLoadResult geometry = load_geometry(asset("geometry.json"));
        REQUIRE(content.content);
        REQUIRE(geometry.geometry);
        return Shipped{*content.content, *geometry.geometry};
    }();
    return s;
}

}  // namespace knotmap::test
