#include "timer_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "page_view.h"
#include "progress_view.h"
#include "routine_card.h"
#include "ui_kit.h"
#include "words.h"

namespace knotmap {

namespace {

constexpr float kPi = 3.14159265f;

const Zone* other_side(const Model& m, const Zone& zone) {
    if (zone.side == Side::None) return nullptr;
    for (const Zone& z : m.geometry.zones)
        if (z.family == zone.family && z.side != zone.side) return &z;
    return nullptr;
}

// The next sore spot after this one; without sore spots, the next muscle zone down the back.
const Zone* next_spot(const Model& m, const Visitor& v, const Zone& zone) {
    const std::vector<std::string>& marked = v.map.marked;
    for (size_t i = 0; i < marked.size(); ++i)
        if (marked[i] == zone.id && i + 1 < marked.size()) return find_zone(m.geometry, marked[i + 1]);
    if (!marked.empty() && marked.front() != zone.id) return find_zone(m.geometry, marked.front());
    const Zone* best = nullptr;
    for (const Zone& z : m.geometry.zones) {
        if (z.kind != ZoneKind::Muscle || z.side != zone.side || z.center.y <= zone.center.y) continue;
        if (!best || z.center.y < best->center.y) best = &z;
    }
    return best;
}

void draw_ring(const Visitor& v, const DrawContext& dc, ImVec2 center, float radius) {
    const Palette& p = dc.palette;
    const float s = dc.scale;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double now = v.now;
    const float done = static_cast<float>(progress(v.hold, now));
    dl->AddCircle(center, radius, p.card, 64, 8 * s);
    if (done > 0) {
        dl->PathArcTo(center, radius, -kPi / 2, -kPi / 2 + 2 * kPi * done, 64);
        dl->PathStroke(p.accent, 0, 8 * s);
    }
    if (!dc.reduced_motion && v.hold.phase == HoldPhase::Running) {
        // A soft disc that swells on the in-breath and settles on the out-breath.
        const BreathCue cue = breath_cue(v.hold, now);
        const float eased = 0.5f - 0.5f * std::cos(static_cast<float>(cue.amount) * kPi);
        const float k = cue.breathing_in ? eased : 1 - eased;
        dl->AddCircleFilled(center, radius * (0.45f + 0.35f * k), IM_COL32(31, 111, 104, 28), 48);
    }
    char label[16];
    if (v.hold.phase == HoldPhase::Running)
        std::snprintf(label, sizeof label, "%d", static_cast<int>(std::ceil(seconds_left(v.hold, now))));
    else
        std::snprintf(label, sizeof label, "Done");
    ImGui::PushFont(dc.fonts.heading);
    const ImVec2 ts = ImGui::CalcTextSize(label);
    dl->AddText(ImVec2(center.x - ts.x / 2, center.y - ts.y / 2), p.ink, label);
    ImGui::PopFont();
}

}  // namespace

void draw_hold_timer(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const Zone& zone, float width) {
    const Palette& p = dc.palette;
    const float s = dc.scale;
    const HoldView hold = hold_view(m, v);
    const ui::Card card = ui::begin_card(width);
    if (!hold.here) {
        ImGui::PushFont(dc.fonts.strong);
        ui::text(hold.title);
        ImGui::PopFont();
        ui::soft(dc, hold.intro);
        if (hold.log) draw_score_question(v, dc, hold.before);
        if (!hold.start_label.empty() && ui::primary_button(dc, hold.start_label.c_str())) start_hold(v, m);
        ui::end_card(dc, card, p.accent_soft, 0);
        return;
    }
    const float radius = 46 * s;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    // Secondary buttons are white on this tinted card.
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.card));
    draw_ring(v, dc, ImVec2(at.x + radius + 8 * s, at.y + radius + 8 * s), radius);
    ImGui::SetCursorScreenPos(ImVec2(at.x + 2 * radius + 32 * s, at.y + 4 * s));
    ImGui::BeginGroup();
    if (v.hold.phase == HoldPhase::Running) {
        ImGui::PushFont(dc.fonts.strong);
        if (dc.reduced_motion) ui::text("Breathe slowly and let the muscle soften.");
        else ui::text(breath_cue(v.hold, v.now).breathing_in ? "Breathe in slowly…" : "…and breathe out, let go");
        ImGui::PopFont();
        // The count shows once the visitor rolls: a still hold needs none.
        if (v.hold.rolls > 0) {
            char rolls[64];
            std::snprintf(rolls, sizeof rolls, "Rolls: %d of about %d", v.hold.rolls, m.content.dose.roll_repetitions);
            ui::soft(dc, rolls);
        }
        if (ImGui::Button("+1 roll")) count_roll(v);
        ImGui::SameLine();
        if (ui::quiet_button(dc, words::kStopHold)) stop_hold(v);
        draw_cue_switches(v, dc, routine_view(m, v).cues);
    } else {
        ImGui::PushFont(dc.fonts.strong);
        ui::text(hold.status);
        ImGui::PopFont();
        const LogFormView form = log_form_view(m, v);
        if (form.shown) {
            ImGui::EndGroup();
            ImGui::PopStyleColor();
            // The "how does it feel" form takes the card's full width.
            ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(at.y + 2 * radius + 16 * s, ImGui::GetItemRectMax().y + 8 * s)));
            ImGui::BeginGroup();
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.card));
            draw_log_fields(m, v, ui, dc, form);
            if (ui::primary_button(dc, form.save_label.c_str())) save_draft(v, m);
            ui::same_line_if_fits(form.skip_label.c_str());
            if (ImGui::Button(form.skip_label.c_str())) save_draft_without_scores(v, m);
            ImGui::SameLine();
        }
        const Zone* other = other_side(m, zone);
        const Zone* next = next_spot(m, v, zone);
        if (other && (!form.shown ? ui::primary_button(dc, "Other side") : ImGui::Button("Other side"))) {
            stop_hold(v);
            select(v, m, other->id);
        }
        if (next) {
            if (other) ui::same_line_if_fits("Next spot");
            if (ImGui::Button("Next spot")) {
                stop_hold(v);
                select(v, m, next->id);
            }
        }
        if (!hold.start_label.empty() && ui::quiet_button(dc, "Hold again")) start_hold(v, m);  // time left here
    }
    ImGui::EndGroup();
    ImGui::PopStyleColor();
    const float bottom = std::max(at.y + 2 * radius + 16 * s, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(at.x, bottom));
    ImGui::Dummy(ImVec2(1, 1));
    ui::end_card(dc, card, p.accent_soft, 0);
}

}  // namespace knotmap
