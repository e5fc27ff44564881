#include "ball_card.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "ui_kit.h"
#include "words.h"

namespace knotmap {

namespace {

// Ball colours by kind, so a lacrosse ball does not look like a tennis ball.
ImU32 ball_color(const std::string& id) {
    if (id == "tennis-ball" || id == "dog-tennis-ball") return IM_COL32(214, 232, 78, 255);
    if (id == "lacrosse-ball") return IM_COL32(240, 240, 236, 255);
    if (id == "racquetball") return IM_COL32(60, 120, 210, 255);
    if (id == "medicine-ball") return IM_COL32(70, 70, 78, 255);
    if (id == "foam-ball") return IM_COL32(250, 150, 70, 255);
    return IM_COL32(200, 200, 200, 255);
}

// Draws the ball at `px_per_cm` with a ruler underneath; returns the drawing's height.
float draw_to_scale(const DrawContext& dc, const Ball& ball, ImVec2 at, float box) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float s = dc.scale;
    const float ruler_cm = std::max(6.0f, static_cast<float>(static_cast<int>(ball.diameter_cm) + 1));
    ImGui::PushFont(dc.fonts.small);
    const float unit_label = ImGui::CalcTextSize("cm").x + 4 * s;  // the ruler's "cm" stays inside the box too
    ImGui::PopFont();
    const float px_per_cm = std::min(9.5f * s, (box - unit_label) / ruler_cm);  // real size on a typical phone when it fits
    const float r = ball.diameter_cm * px_per_cm * 0.5f;
    const ImVec2 c(at.x + r, at.y + r);
    dl->AddCircleFilled(ImVec2(c.x + 2 * s, c.y + 3 * s), r, IM_COL32(0, 0, 0, 28), 48);
    dl->AddCircleFilled(c, r, ball_color(ball.id), 48);
    dl->AddCircle(c, r, IM_COL32(0, 0, 0, 60), 48, 1.2f * s);
    if (ball.id == "tennis-ball" || ball.id == "dog-tennis-ball") {
        // The seam that makes a tennis ball recognizable.
        dl->PathArcTo(ImVec2(c.x - r * 1.05f, c.y), r * 0.75f, -0.9f, 0.9f, 16);
        dl->PathStroke(IM_COL32(255, 255, 255, 220), 0, 2.0f * s);
        dl->PathArcTo(ImVec2(c.x + r * 1.05f, c.y), r * 0.75f, 3.14159f - 0.9f, 3.14159f + 0.9f, 16);
        dl->PathStroke(IM_COL32(255, 255, 255, 220), 0, 2.0f * s);
    }
    dl->AddCircleFilled(ImVec2(c.x - r * 0.35f, c.y - r * 0.4f), r * 0.18f, IM_COL32(255, 255, 255, 70), 16);
    // The ruler: whole centimetres, labelled every 2.
    const float y = at.y + 2 * r + 8 * s;
    const Palette& p = dc.palette;
    dl->AddLine(ImVec2(at.x, y), ImVec2(at.x + ruler_cm * px_per_cm, y), p.ink_soft, 1.2f * s);
    ImGui::PushFont(dc.fonts.small);
    // Label every 2 cm, or every 5 or 10 when the ruler is squeezed to fit a big ball.
    int label_every = 10;
    for (int step : {2, 5}) {
        if (static_cast<float>(step) * px_per_cm >= 22 * s) {
            label_every = step;
            break;
        }
    }
    for (int cm = 0; cm <= static_cast<int>(ruler_cm); ++cm) {
        const float x = at.x + static_cast<float>(cm) * px_per_cm;
        dl->AddLine(ImVec2(x, y), ImVec2(x, y + (cm % label_every == 0 ? 6 : 3) * s), p.ink_soft, 1.0f * s);
        if (cm % label_every == 0) {
            char label[8];
            std::snprintf(label, sizeof label, "%d", cm);
            dl->AddText(ImVec2(x - ImGui::CalcTextSize(label).x * 0.5f, y + 7 * s), p.ink_soft, label);
        }
    }
    dl->AddText(ImVec2(at.x + ruler_cm * px_per_cm + 4 * s, y - 6 * s), p.ink_soft, "cm");
    ImGui::PopFont();
    return 2 * r + 8 * s + 7 * s + ImGui::GetFontSize();
}

}  // namespace

void draw_ball_card(const DrawContext& dc, const Guide& guide, float width) {
    if (guide.balls.empty()) return;
    const Palette& p = dc.palette;
    const float s = dc.scale;
    const GuideBall& best = guide.balls.front();
    const ui::Card card = ui::begin_card(width);
    ui::soft(dc, words::kBestBall);
    const float box = std::min(width * 0.38f, 130 * s);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float drawn = draw_to_scale(dc, *best.ball, at, box);
    ImGui::SetCursorScreenPos(ImVec2(at.x + box + 14 * s, at.y));
    ImGui::BeginGroup();
    ImGui::PushFont(dc.fonts.strong);
    ui::text(best.ball->name);
    ImGui::PopFont();
    ui::soft(dc, size_text(*best.ball) + "  ·  " + best.ball->firmness);
    ui::text(best.why);
    ImGui::EndGroup();
    const float bottom = std::max(at.y + drawn, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(at.x, bottom + 6 * s));
    ImGui::Dummy(ImVec2(1, 1));
    if (guide.balls.size() > 1) {
        ImGui::PushFont(dc.fonts.strong);
        ui::text(words::kAlsoGood);
        ImGui::PopFont();
        for (size_t i = 1; i < guide.balls.size(); ++i) {
            const GuideBall& b = guide.balls[i];
            std::string firmness = b.ball->firmness;
            if (!firmness.empty()) firmness[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(firmness[0])));
            ui::bullet(b.ball->name + ": " + size_text(*b.ball) + ", " + firmness + ". " + b.why);
        }
    }
    if (!guide.avoid_balls.empty()) {
        ImGui::PushFont(dc.fonts.strong);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.warning));
        ui::text(words::kNotHere);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        for (const GuideBall& b : guide.avoid_balls) ui::bullet(b.ball->name + ": " + b.why);
    }
    ui::end_card(dc, card, p.card, p.card_line);
}

}  // namespace knotmap
