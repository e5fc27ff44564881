#include "drawing_view.h"

#include <algorithm>
#include <cmath>

#include "polygon_math.h"

namespace knotmap {

namespace {


// A thick line with round ends and joints: ImGui's thick polylines have square ones.
void round_stroke(ImDrawList* dl, const std::vector<ImVec2>& pts, float width, ImU32 color) {
    for (size_t i = 0; i + 1 < pts.size(); ++i) dl->AddLine(pts[i], pts[i + 1], color, width);
    for (const ImVec2& p : pts) dl->AddCircleFilled(p, width / 2, color, 20);
}

void arrow_head(ImDrawList* dl, ImVec2 at, ImVec2 dir, float size, float thickness, ImU32 color) {
    const ImVec2 back(at.x - dir.x * size, at.y - dir.y * size);
    const ImVec2 a(back.x - dir.y * size * 0.8f, back.y + dir.x * size * 0.8f), b(back.x + dir.y * size * 0.8f, back.y - dir.x * size * 0.8f);
    dl->AddLine(a, at, color, thickness);
    dl->AddLine(at, b, color, thickness);
}

}  // namespace

float draw_drawing(ImDrawList* dl, const Palette& p, const Drawing& d, float width, float max_height, float scale) {
    const DrawingFit fit = fit_drawing({d.size.x + 4, d.size.y + 4}, width, max_height);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const auto pt = [&](Vec2 v) {
        const Vec2 s = place(fit, {v.x + 2, v.y + 2});
        return ImVec2(at.x + s.x, at.y + s.y);
    };
    const float k = fit.scale;
    for (const Mark& m : d.marks) {
        std::vector<ImVec2> pts;
        for (const Vec2& v : m.points) pts.push_back(pt(v));
        switch (m.kind) {
            case MarkKind::Stroke:
                if (m.ink == Ink::Surface) {
                    round_stroke(dl, pts, m.width * k, p.ink_soft);
                } else {
                    round_stroke(dl, pts, (m.width + 1.4f) * k, p.skin_line);
                    round_stroke(dl, pts, m.width * k, m.ink == Ink::FarLimb || m.ink == Ink::Finger ? p.skin_shade : p.skin_top);
                }
                break;
            case MarkKind::Area: {
                if (m.ink == Ink::KeepOff) {
                    // Hatched: diagonal lines clipped to the area (an upright rectangle in the data).
                    const Bounds b = bounds_of(m.points);
                    const ImVec2 lo = pt({b.min_x, b.min_y}), hi = pt({b.max_x, b.max_y});
                    dl->PushClipRect(lo, hi, true);
                    const float step = std::max(3.0f * scale, 1.6f * k);
                    for (float x = lo.x - (hi.y - lo.y); x < hi.x; x += step)
                        dl->AddLine(ImVec2(x, hi.y), ImVec2(x + (hi.y - lo.y), lo.y), p.warning, std::max(1.0f * scale, 0.5f * k));
                    dl->PopClipRect();
                    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), p.warning, ImDrawFlags_Closed, std::max(1.0f * scale, 0.4f * k));
                } else {
                    const ImU32 fill = m.ink == Ink::Skin ? p.skin_top : m.ink == Ink::Spine ? p.bone : p.skin_top;
                    dl->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), fill);
                    if (m.ink != Ink::Skin) dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), p.bone_line, ImDrawFlags_Closed, std::max(1.0f * scale, 0.4f * k));
                }
                break;
            }
            case MarkKind::Circle: {
                const float r = m.width * k;
                if (m.ink == Ink::Ball) {
                    dl->AddCircleFilled(pts[0], r, p.accent, 32);
                    dl->AddCircle(pts[0], r, p.ink, 32, std::max(1.0f * scale, 0.5f * k));
                } else {
                    dl->AddCircleFilled(pts[0], r + 0.7f * k, p.skin_line, 32);
                    dl->AddCircleFilled(pts[0], r, p.skin_top, 32);
                }
                break;
            }
            case MarkKind::Arrow: {
                const ImVec2 a = pts[0], b = pts[1];
                const float len = std::max(1e-3f, std::hypot(b.x - a.x, b.y - a.y));
                const ImVec2 dir((b.x - a.x) / len, (b.y - a.y) / len);
                const float t = std::max(1.5f * scale, m.width * k);
                dl->AddLine(a, b, p.ink, t);
                arrow_head(dl, b, dir, 3.2f * k, t, p.ink);
                if (m.both) arrow_head(dl, a, ImVec2(-dir.x, -dir.y), 3.2f * k, t, p.ink);
                break;
            }
        }
    }
    ImGui::Dummy(ImVec2(width, fit.size.y));
    return fit.size.y;
}

}  // namespace knotmap
