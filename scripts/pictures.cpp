// Build step (scripts/build): checks assets/poses.json against the content, writes the composed
// pictures the app fetches (picture_set.h), and prints the static no-JavaScript guide's pictures
// as inline SVG, one JSON object for scripts/render-fallback.mjs:
// {"<family> <position>": "<svg>...", "<family> groove": "<svg>..."}, each for the left side with
// the ball the guide offers first when the safety check changes nothing.
//   knotmap_pictures assets/content.json assets/poses.json dist/assets/pictures.json
#include <algorithm>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "content.h"
#include "picture_set.h"
#include "picture_svg.h"
#include "poses.h"

namespace {
std::string read(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}
}  // namespace

int main(int argc, char** argv) {
    using namespace knotmap;
    if (argc != 4) {
        std::cerr << "usage: knotmap_pictures content.json poses.json pictures.json\n";
        return 2;
    }
    const ContentLoadResult content = load_content(read(argv[1]));
    const PosesLoadResult poses = content.content ? load_poses(read(argv[2]), *content.content) : PosesLoadResult{};
    if (!poses.poses) {
        for (const auto& e : content.errors) std::cerr << e << "\n";
        for (const auto& e : poses.errors) std::cerr << e << "\n";
        return 1;
    }
    std::ofstream(argv[3], std::ios::binary) << picture_set_json(*poses.poses).dump();
    nlohmann::json out = nlohmann::json::object();
    PictureSvgWriter writer;  // in page order: a body is drawn where it first appears
    // Within 280 x 200 CSS px, as large as the drawing's shape allows.
    const auto width_of = [](const Drawing& d, float max_w, float max_h) { return std::min(max_w, max_h * (d.size.x + 4) / (d.size.y + 4)); };
    for (const FamilyContent& family : content.content->families) {
        if (family.is_avoid() || family.balls.empty()) continue;
        const Ball* ball = find_ball(*content.content, family.balls.front().ball);
        const float ball_cm = ball ? ball->diameter_cm : 6.7f;
        for (Position p : kPositions)
            if (const PosePicture* picture = poses.poses->picture(family.family, p))
            {
                const Drawing d = with_ball(build_picture(*poses.poses, *picture), Side::Left, ball_cm);
                out[picture_key(family.family, p)] = writer.svg(d, picture->alt, width_of(d, 280, 200));
            }
        if (const GrooveDrawing* groove = poses.poses->groove(family.family))
            out[groove_key(family.family)] = writer.svg(with_ball(build_groove(*poses.poses, *groove), Side::Left, ball_cm), groove->alt, 160);
    }
    std::cout << out.dump() << "\n";
    return 0;
}
