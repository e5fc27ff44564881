// Composed technique pictures as SVG: the static no-JavaScript guide's drawings, written at build
// time (scripts/pictures.cpp) from the same composition the canvas draws. For one page: a body
// drawn by an earlier picture is reused (<use>), so the page carries each posture once; the
// styles are page.css's (#knotmap-fallback svg).
#pragma once
#include <map>
#include <string>

#include "poses.h"

namespace knotmap {

class PictureSvgWriter {
public:
    // <svg role="img" ...><title>alt</title>...</svg>, `width` CSS px wide; text escaped for HTML.
    std::string svg(const Drawing& drawing, const std::string& alt, float width);

private:
    std::map<std::string, std::string> bodies_;  // a body's drawing -> the id it was given
    bool hatch_defined_ = false;
};

}  // namespace knotmap
