#include "timer_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "progress_view.h"
#include "ui_kit.h"

namespace knotmap {

namespace {

constexpr float kPi = 3.14159265f;

const Zone* other_side(const App& app, const Zone& zone) {
    if (zone.side == Side::None) return nullptr;
    for (const Zone& z : app.geometry.zones)
        if (z.family == zone.family && z.side != zone.side) return &z;
    return nullptr;
}

// The next sore spot after this one; without sore spots, the next muscle zone down the back.
const Zone* next_spot(const App& app, const Zone& zone) {
    const std::vector<std::string>& marked = app.state.marked;
    for (size_t i = 0; i < marked.size(); ++i)
        if (marked[i] == zone.id && i + 1 < marked.size()) return find_zone(app.geometry, marked[i + 1]);
    if (!marked.empty() && marked.front() != zone.id) return find_zone(app.geometry, marked.front());
    const Zone* best = nullptr;
    for (const Zone& z : app.geometry.zones) {
        if (z.kind != ZoneKind::Muscle || z.side != zone.side || z.center.y <= zone.center.y) continue;
        if (!best || z.center.y < best->center.y) best = &z;
    }
    return best;
}

void draw_ring(const App& app, ImVec2 center, float radius) {
    const Palette& p = palette();
    const float s = app.scale;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double now = app.now;
    const float done = static_cast<float>(progress(app.timer, now));
    dl->AddCircle(center, radius, p.card, 64, 8 * s);
    if (done > 0) {
        dl->PathArcTo(center, radius, -kPi / 2, -kPi / 2 + 2 * kPi * done, 64);
        dl->PathStroke(p.accent, 0, 8 * s);
    }
    if (!app.reduced_motion && app.timer.phase == HoldPhase::Running) {
        // A soft disc that swells on the in-breath and settles on the out-breath.
        const BreathCue cue = breath_cue(app.timer, now);
        const float eased = 0.5f - 0.5f * std::cos(static_cast<float>(cue.amount) * kPi);
        const float k = cue.breathing_in ? eased : 1 - eased;
        dl->AddCircleFilled(center, radius * (0.45f + 0.35f * k), IM_COL32(31, 111, 104, 28), 48);
    }
    char label[16];
    if (app.timer.phase == HoldPhase::Running)
        std::snprintf(label, sizeof label, "%d", static_cast<int>(std::ceil(seconds_left(app.timer, now))));
    else
        std::snprintf(label, sizeof label, "Done");
    ImGui::PushFont(app.fonts.heading);
    const ImVec2 ts = ImGui::CalcTextSize(label);
    dl->AddText(ImVec2(center.x - ts.x / 2, center.y - ts.y / 2), p.ink, label);
    ImGui::PopFont();
}

}  // namespace

bool draw_hold_timer(App& app, const Zone& zone, float width) {
    const Palette& p = palette();
    const float s = app.scale;
    bool changed = false;
    const bool active = app.timer.phase != HoldPhase::Idle && app.timer.zone == zone.id;
    ui::begin_card(width);
    if (!active) {
        ImGui::PushFont(app.fonts.strong);
        ui::text("Guided hold");
        ImGui::PopFont();
        ui::soft(app, "Find a tender spot, then start: a " + std::to_string(app.content.dose.hold_seconds) +
                          "-second countdown with a slow breathing cue.");
        if (app.draft.zone != zone.id) {
            // A fresh draft for this zone: its last score and its best ball as the starting guesses.
            app.draft = SessionDraft{};
            app.draft.zone = zone.id;
            const int latest = app.progress ? latest_tenderness(app.progress->sessions(), zone.id) : -1;
            app.draft.pain_before = latest >= 0 ? latest : 5;
            if (const FamilyContent* f = find_family(app.content, zone.family))
                if (!f->balls.empty()) app.draft.ball = f->balls.front().ball;
        }
        if (app_shows_progress(app)) draw_pain_before(app);
        char label[48];
        std::snprintf(label, sizeof label, "Start %d-second hold", app.content.dose.hold_seconds);
        if (ui::primary_button(app, label)) {
            start_hold(app.timer, zone.id, app.content.dose.hold_seconds, app.now);
            app.draft.saved = false;
            app.draft.pain_after = app.draft.pain_before;
        }
        ui::end_card(app, p.accent_soft, 0);
        return false;
    }
    const float radius = 46 * s;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    // Secondary buttons are white on this tinted card.
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.card));
    draw_ring(app, ImVec2(at.x + radius + 8 * s, at.y + radius + 8 * s), radius);
    ImGui::SetCursorScreenPos(ImVec2(at.x + 2 * radius + 32 * s, at.y + 4 * s));
    ImGui::BeginGroup();
    if (app.timer.phase == HoldPhase::Running) {
        ImGui::PushFont(app.fonts.strong);
        if (app.reduced_motion) ui::text("Breathe slowly and let the muscle soften.");
        else ui::text(breath_cue(app.timer, app.now).breathing_in ? "Breathe in slowly…" : "…and breathe out, let go");
        ImGui::PopFont();
        char rolls[64];
        std::snprintf(rolls, sizeof rolls, "Rolls: %d of %d", app.timer.rolls, app.content.dose.roll_repetitions);
        ui::soft(app, rolls);
        if (ImGui::Button("+1 roll")) ++app.timer.rolls;
        ImGui::SameLine();
        if (ui::quiet_button("Stop")) cancel_hold(app.timer);
    } else {
        ImGui::PushFont(app.fonts.strong);
        const bool logging = app_shows_progress(app);
        ui::text(app.draft.saved || !logging ? "Nice work. Keep going?" : "Nice work. How does it feel now?");
        ImGui::PopFont();
        if (!app.draft.saved && logging) {
            ImGui::EndGroup();
            ImGui::PopStyleColor();
            // The "how does it feel" form takes the card's full width.
            ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(at.y + 2 * radius + 16 * s, ImGui::GetItemRectMax().y + 8 * s)));
            ImGui::BeginGroup();
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.card));
            app.draft.duration_sec = app.timer.duration;
            draw_session_fields(app, zone, /*ask_before=*/false, width);
            if (ui::primary_button(app, "Save session")) save_draft(app);
            ImGui::SameLine();
        }
        const Zone* other = other_side(app, zone);
        const Zone* next = next_spot(app, zone);
        if (other && (app.draft.saved || !logging ? ui::primary_button(app, "Other side") : ImGui::Button("Other side"))) {
            changed = select_zone(app.state, app.geometry, other->id);
            cancel_hold(app.timer);
        }
        if (next) {
            if (other) ui::same_line_if_fits("Next spot");
            if (ImGui::Button("Next spot")) {
                changed = select_zone(app.state, app.geometry, next->id);
                cancel_hold(app.timer);
            }
        }
        if (ui::quiet_button("Hold again")) {
            start_hold(app.timer, zone.id, app.content.dose.hold_seconds, app.now);
            app.draft.saved = false;
        }
    }
    ImGui::EndGroup();
    ImGui::PopStyleColor();
    const float bottom = std::max(at.y + 2 * radius + 16 * s, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(at.x, bottom));
    ImGui::Dummy(ImVec2(1, 1));
    ui::end_card(app, p.accent_soft, 0);
    return changed;
}

}  // namespace knotmap
