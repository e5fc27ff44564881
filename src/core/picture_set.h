// The technique pictures as the app reads them: composed at build time from assets/poses.json
// (checked there, poses.h) into plain marks, written as dist/assets/pictures.json, and fetched by
// the page after the first map frame. Reading it is a few loops over numbers, so the download
// carries no pose loader.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "json_check.h"
#include "poses.h"

namespace knotmap {

struct PictureSet {
    std::vector<std::pair<std::string, BuiltPicture>> items;  // by key: "ql wall", "ql groove"
    const BuiltPicture* find(const std::string& key) const;
};

std::string picture_key(const std::string& family, Position position);  // "ql wall", "ql travel"
std::string groove_key(const std::string& family);                      // "laminar-lumbar groove"

// Build time: every picture and groove drawing of `poses`, composed.
Json picture_set_json(const Poses& poses);
// The app: false (and `out` untouched) when the text is not a picture set this version wrote.
bool read_picture_set(const std::string& text, PictureSet& out);

}  // namespace knotmap
