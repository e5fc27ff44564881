#include "routine_card.h"

#include <algorithm>
#include <cmath>

#include "progress_view.h"
#include "routine_view.h"
#include "ui_kit.h"

namespace knotmap {

namespace {

constexpr float kPi = 3.14159265f;

// Readable from a metre away, on the floor beside a person lying on the ball.
void draw_countdown(const RoutineView& r, const Visitor& v, const DrawContext& dc, float width) {
    const Palette& p = dc.palette;
    const float radius = std::min(width * 0.3f, 84 * dc.scale);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const ImVec2 center(top.x + width / 2, top.y + radius + 8 * dc.scale);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddCircle(center, radius, p.card_line, 64, 10 * dc.scale);
    // Smooth between whole seconds; the text shows the whole second still to go.
    const double left = v.routine ? routine_seconds_left(*v.routine, v.clock.now_ms) : 0;
    const float done = r.seconds_total > 0 ? 1 - static_cast<float>(left / r.seconds_total) : 0;
    if (done > 0) {
        dl->PathArcTo(center, radius, -kPi / 2, -kPi / 2 + 2 * kPi * std::min(done, 1.0f), 64);
        dl->PathStroke(std::string(r.phase) == "rest" ? p.ink_soft : p.accent, 0, 10 * dc.scale);
    }
    ImGui::PushFont(dc.fonts.heading);
    const std::string number = std::to_string(r.seconds_left);
    const float big = 2.2f;  // the heading font, drawn larger: one number, read at a glance
    const ImVec2 ts = ImGui::CalcTextSize(number.c_str());
    dl->AddText(dc.fonts.heading, ImGui::GetFontSize() * big, ImVec2(center.x - ts.x * big / 2, center.y - ts.y * big / 2), p.ink,
                number.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, 2 * radius + 16 * dc.scale));
}

void draw_running(Visitor& v, const DrawContext& dc, const RoutineView& r, float width) {
    ui::heading(dc, r.title);
    ImGui::PushFont(dc.fonts.strong);
    ui::text(r.spot);
    ImGui::PopFont();
    ui::text(r.position);
    draw_countdown(r, v, dc, width);
    ImGui::PushFont(dc.fonts.strong);
    ui::text(r.status);
    ImGui::PopFont();
    ui::soft(dc, r.next);
    ImGui::Spacing();
    if (ui::primary_button(dc, r.pause_label.c_str())) r.paused ? resume_routine(v) : pause_routine(v);
    ui::same_line_if_fits(r.skip_label.c_str());
    if (ImGui::Button(r.skip_label.c_str())) skip_routine_spot(v);
    ui::same_line_if_fits(r.stop_label.c_str());
    if (ImGui::Button(r.stop_label.c_str())) stop_routine(v);
    ui::subheading(dc, r.cues_title);
    draw_cue_switches(v, dc, r.cues);
}

void draw_rating(const Model& m, Visitor& v, const DrawContext& dc, const RoutineView& r) {
    ui::heading(dc, r.title);
    ui::text(r.rate_intro);
    for (const RateRow& row : r.rates) {
        ImGui::PushID(static_cast<int>(row.spot));
        ui::subheading(dc, row.name);
        int chosen = -1;
        if (score_chips(dc, row.before, chosen)) rate_routine_spot(v, row.spot, chosen, row.after.value);
        if (score_chips(dc, row.after, chosen)) rate_routine_spot(v, row.spot, row.before.value, chosen);
        ImGui::PopID();
    }
    ImGui::Spacing();
    if (ui::primary_button(dc, r.save_label.c_str())) finish_routine(v, m);
}

}  // namespace

// Switches as buttons that show their state in words and colour: large enough for a thumb.
void draw_cue_switches(Visitor& v, const DrawContext& dc, const std::vector<CueSwitch>& cues) {
    const Palette& p = dc.palette;
    for (const CueSwitch& c : cues) {
        if (&c != &cues.front()) ui::same_line_if_fits(c.button.c_str());
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(c.on ? p.accent : p.card));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(c.on ? p.on_accent : p.ink));
        if (ImGui::Button(c.button.c_str())) set_cue(v, c.id, !c.on);
        ImGui::PopStyleColor(2);
    }
}

void draw_routine_card(const Model& m, Visitor& v, const DrawContext& dc, float width) {
    const RoutineView r = routine_view(m, v);
    const std::string phase = r.phase;
    if (phase == "rate") {
        draw_rating(m, v, dc, r);
    } else if (phase == "done") {
        ui::heading(dc, r.title);
        ui::text(r.done_text);
        if (ui::primary_button(dc, r.close_label.c_str())) close_routine(v);
    } else {
        draw_running(v, dc, r, width);
    }
}

void draw_routine_start(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc) {
    const RoutineStart& start = cached_home(m, v, ui).routine;
    if (!start.shown) return;
    if (ui::primary_button(dc, start.label.c_str())) {
        if (start.needs_screening) select(v, m, start.zones.front());
        else begin_routine(v, m, start.zones);
    }
    ui::soft(dc, start.note);
}

}  // namespace knotmap
