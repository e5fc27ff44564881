// Reads assets/geometry.json into a MapGeometry: validates it, mirrors the one-sided shapes,
// smooths the control points into curves, triangulates fills and places each zone's center.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "geometry.h"

namespace knotmap {

struct GeometryLoadResult {
    std::optional<MapGeometry> geometry;  // empty when errors is not
    std::vector<std::string> errors;      // "geometry.json: zones[2] (ql): field 'points': expected ..."
};

GeometryLoadResult load_geometry(const std::string& json_text, const std::string& file_name = "geometry.json");

}  // namespace knotmap
