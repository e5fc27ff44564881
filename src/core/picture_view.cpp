#include "picture_view.h"

namespace knotmap {

float picture_ball_cm(const Guide& guide) {
    return !guide.balls.empty() && guide.balls.front().ball ? guide.balls.front().ball->diameter_cm : 6.7f;
}

const BuiltPicture* guide_picture(const Model& m, const Guide& guide, Position position) {
    if (!m.pictures || !guide.family || guide.blocked.urgency != Urgency::None) return nullptr;
    return m.pictures->find(picture_key(guide.family->family, position));
}

const BuiltPicture* guide_groove(const Model& m, const Guide& guide) {
    if (!m.pictures || !guide.family || guide.blocked.urgency != Urgency::None || guide.positions.empty()) return nullptr;
    return m.pictures->find(groove_key(guide.family->family));
}

void add_pictures_json(const Model& m, const Guide& guide, Json& out) {
    Json& positions = out["positions"];
    for (size_t i = 0; i < positions.size() && i < guide.positions.size(); ++i) {
        const BuiltPicture* picture = guide_picture(m, guide, guide.positions[i]);
        Json item = nullptr;
        if (picture) item["alt"] = picture->alt;
        put(positions[i], "picture", std::move(item));
    }
    const BuiltPicture* groove = guide_groove(m, guide);
    Json item = nullptr;
    if (groove) item["alt"] = groove->alt;
    put(out, "groove", std::move(item));
}

}  // namespace knotmap
