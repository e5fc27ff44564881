#include "panel_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ball_card.h"
#include "drawing_view.h"
#include "guide.h"
#include "picture_view.h"
#include "progress_view.h"
#include "routine_card.h"
#include "safety_view.h"
#include "timer_view.h"
#include "ui_kit.h"
#include "words.h"

namespace knotmap {

namespace {

// The warm and red cards keep their light tint in the dark theme too, so their text stays dark.
const ImVec4 kInkOnTint(0.15f, 0.16f, 0.2f, 1);

void sources_list(const DrawContext& dc, const Guide& guide) {
    ui::subheading(dc, words::kSources);
    for (const Source* s : guide.sources) ui::soft(dc, "• " + s->title + " (" + s->publisher + ")");
}

// Wall / Floor / Chair as a segmented control, then the steps of the chosen position.
void technique_section(const Model& m, Visitor& v, const DrawContext& dc, const Guide& guide, float width) {
    const Content& content = m.content;
    const Palette& p = dc.palette;
    ui::subheading(dc, words::kHowTo);
    const Position shown = shown_position(v, guide);
    const float gap = 6 * dc.scale;
    const float segment = (width - gap * static_cast<float>(guide.positions.size() - 1)) / static_cast<float>(guide.positions.size());
    for (size_t i = 0; i < guide.positions.size(); ++i) {
        const Position pos = guide.positions[i];
        const bool on = pos == shown;
        if (i > 0) ImGui::SameLine(0, gap);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(on ? p.accent : p.accent_soft));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(on ? p.on_accent : p.ink));
        ImGui::PushFont(dc.fonts.strong);
        if (ImGui::Button(position_name(pos), ImVec2(segment, 0))) choose_position(v, position_id(pos));
        ImGui::PopFont();
        ImGui::PopStyleColor(2);
    }
    ui::soft(dc, position_hint(shown));
    // The position's picture, then the steps; beside the spine, how far from it the ball goes.
    const float ball_cm = picture_ball_cm(guide);
    if (const BuiltPicture* picture = guide_picture(m, guide, shown))
        draw_drawing(ImGui::GetWindowDrawList(), p, with_ball(*picture, guide.zone->side, ball_cm), width, 240 * dc.scale, dc.scale);
    if (const BuiltPicture* groove = guide_groove(m, guide)) {
        ui::soft(dc, words::kHowFarFromSpine);
        draw_drawing(ImGui::GetWindowDrawList(), p, with_ball(*groove, guide.zone->side, ball_cm), std::min(width, 200 * dc.scale), 110 * dc.scale, dc.scale);
    }
    // The dose and pressure in one line beside the steps; the card below explains them.
    char dose[128];
    std::snprintf(dose, sizeof dose, "%d s per tender spot  ·  or %d slow rolls  ·  pressure %d, never above %d",
                  guide.dose.hold_sec, guide.dose.rolls, guide.pressure.start, guide.pressure.max);
    ImGui::PushFont(dc.fonts.strong);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
    ui::text(dose);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    int n = 1;
    for (const std::string& step : guide.family->technique(shown)) ui::numbered(dc, n++, step);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.warning));
    ui::text(content.pressure.stop_if);
    ImGui::PopStyleColor();
}

// How long and how hard, next to the steps: the limits for this visitor's answers.
void dose_section(const Content& content, const DrawContext& dc, const Guide& guide, float width) {
    const Palette& p = dc.palette;
    const float s = dc.scale;
    const ui::Card card = ui::begin_card(width);
    ImGui::PushFont(dc.fonts.strong);
    ui::text(words::kHowLong);
    ImGui::PopFont();
    ui::text(dose_text(guide));
    ui::soft(dc, content.dose.often);
    ui::soft(dc, content.dose.next_day);
    ImGui::Dummy(ImVec2(0, 4 * s));
    ImGui::PushFont(dc.fonts.strong);
    ui::text(words::kHowHard);
    ImGui::PopFont();
    // A 0 to 10 scale: the band from the starting level to the ceiling, and the numbers written out too.
    const float bar_w = std::min(width - 40 * s, 320 * s), cell = bar_w / 10, h = 10 * s;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < 10; ++i) {
        const bool target = i >= guide.pressure.start - 1 && i < guide.pressure.max;
        const ImVec2 a(at.x + static_cast<float>(i) * cell + 1 * s, at.y);
        dl->AddRectFilled(a, ImVec2(a.x + cell - 2 * s, at.y + h), target ? p.accent : p.card_line, 3 * s);
    }
    ImGui::Dummy(ImVec2(bar_w, h + 2 * s));
    ui::text(pressure_text(content, guide));
    ui::end_card(dc, card, p.card, p.card_line);
}

bool cautions_section(const DrawContext& dc, const Guide& guide) {
    ui::subheading(dc, words::kBeCareful);
    for (const std::string& c : guide_cautions(guide)) ui::bullet(c);
    return ui::quiet_button(dc, words::kChangeAnswers);
}

// The visitor's answers say not to use a ball here: what to do instead, and how urgently.
void block_card(const DrawContext& dc, const GuideBlock& block, float width) {
    const bool urgent = block.urgency == Urgency::Emergency || block.urgency == Urgency::Today;
    const ui::Card card = ui::begin_card(width);
    ImGui::PushStyleColor(ImGuiCol_Text, kInkOnTint);
    ImGui::PushFont(dc.fonts.heading);
    ui::text(block.title);
    ImGui::PopFont();
    ui::text(block.text);
    for (const std::string& reason : block.reasons) ui::bullet(reason);
    ImGui::PopStyleColor();
    ui::end_card(dc, card, urgent ? IM_COL32(253, 222, 218, 255) : IM_COL32(253, 236, 200, 255),
                 urgent ? IM_COL32(214, 64, 52, 255) : IM_COL32(226, 180, 90, 255));
}

void muscle_guide(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const Zone& zone, const Guide& guide, float width) {
    ui::heading(dc, guide.title);
    ui::text(guide.family->where);
    ui::soft(dc, words::kFeel + guide.family->feel);
    const bool sore = is_marked(v.map, zone.id);
    if (sore ? ImGui::Button(words::kMarked) : ui::primary_button(dc, words::kMark)) {
        mark(v, m, zone.id, !sore);
    }
    ui::same_line_if_fits("When to see a doctor");
    if (ui::quiet_button(dc, "When to see a doctor")) open_red_flags();

    if (!v.screening.answered || v.screening.editing) {
        ImGui::Spacing();
        draw_screening(m, v, dc, width);
        return;
    }
    if (guide.blocked.urgency != Urgency::None) {
        ImGui::Spacing();
        block_card(dc, guide.blocked, width);
    }
    // What the visitor's answers change, before the advice (the page shows the same notices).
    if (!guide.notices.empty()) {
        ImGui::Spacing();
        const ui::Card card = ui::begin_card(width);
        ImGui::PushStyleColor(ImGuiCol_Text, kInkOnTint);
        ImGui::PushFont(dc.fonts.strong);
        ui::text(words::kNoticesTitle);
        ImGui::PopFont();
        for (const std::string& notice : guide.notices) ui::bullet(notice);
        ImGui::PopStyleColor();
        ui::end_card(dc, card, IM_COL32(253, 236, 200, 255), IM_COL32(226, 180, 90, 255));
    }
    if (guide.blocked.urgency != Urgency::None) {  // no steps, no timer, no logging here
        if (ui::quiet_button(dc, words::kChangeAnswers)) edit_screening(v);
        return;
    }
    ui::subheading(dc, words::kWhichBall);
    draw_ball_card(dc, guide, width);
    technique_section(m, v, dc, guide, width);
    ImGui::Spacing();
    dose_section(m.content, dc, guide, width);
    ImGui::Spacing();
    draw_hold_timer(m, v, ui, dc, zone, width);
    if (shows_progress(m, v)) draw_zone_history(m, v, dc, zone, width);
    if (cautions_section(dc, guide)) edit_screening(v);
}

void avoid_guide(const Model& m, Visitor& v, const DrawContext& dc, const Guide& guide) {
    ui::heading(dc, guide.title);
    ui::text(guide.family->where);
    ui::subheading(dc, words::kDontPress);
    ui::text(guide.family->why_not);
    for (const Zone* instead : guide.instead) {
        const std::string label = words::kWorkInstead + zone_short_name(m.content, *instead);
        if (ui::primary_button(dc, label.c_str())) select(v, m, instead->id);
    }
    if (ui::quiet_button(dc, "When to see a doctor")) open_red_flags();
}

void marked_list(const Model& m, Visitor& v, const DrawContext& dc, float right_edge) {
    if (v.map.marked.empty()) return;
    ui::subheading(dc, "Your sore spots (" + std::to_string(v.map.marked.size()) + ")");
    for (const std::string& id : v.map.marked) {
        const Zone* zone = find_zone(m.geometry, id);
        if (!zone) continue;
        ImGui::PushID(id.c_str());
        const std::string label = zone_short_name(m.content, *zone);
        // Chips flow across the line and wrap to the next when full.
        const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (&id != &v.map.marked.front() &&
            ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right_edge)
            ImGui::SameLine();
        if (ImGui::Button(label.c_str())) select(v, m, id);
        ImGui::PopID();
    }
}

}  // namespace

float draw_panel(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const Rect& area) {
    const float pad = 20 * dc.scale;
    const float max_text = 600 * dc.scale;
    const float left = area.x + pad;
    const float width = std::min(area.w - 2 * pad, max_text);
    ImGui::SetCursorScreenPos(ImVec2(left, area.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(left + width - ImGui::GetWindowPos().x);
    if (shows_progress(m, v)) draw_storage_notice(v, ui, dc, width);
    if (v.routine) {
        draw_routine_card(m, v, dc, width);  // the routine has the panel to itself until it is closed
    } else if (const Zone* zone = find_zone(m.geometry, v.map.selected)) {
        // The way home: back to the whole back, its plan and progress (the page has the same button),
        // scrolled to the top so a phone shows the map with the plan under it.
        if (ui::quiet_button(dc, words::kWayHome)) {
            select(v, m, "");
            ui.requests.scroll_to = 0;
        }
        const Guide guide = build_guide(m.content, m.geometry, v.screening, *zone);
        if (guide.family) {
            if (zone->kind == ZoneKind::Avoid) avoid_guide(m, v, dc, guide);
            else muscle_guide(m, v, ui, dc, *zone, guide, width);
            sources_list(dc, guide);
        }
    } else {
        if (shows_progress(m, v)) draw_routine_start(m, v, ui, dc);
        if (shows_progress(m, v) && !cached_home(m, v, ui).plan.empty()) draw_today_plan(m, v, ui, dc);
        ui::heading(dc, "Where does it hurt?");
        ui::text(words::for_pointer("Tap the spot on the map. You'll see which muscle it is, the right ball for it, and how to use it against a wall, on the floor or in a chair.", dc.touch_screen));
        ui::text(words::for_pointer("Several sore spots? Switch on \"Mark sore spots\" above the map and tap each one.", dc.touch_screen));
        if (ui::quiet_button(dc, "When to see a doctor")) open_red_flags();
    }
    if (!v.routine) marked_list(m, v, dc, left + width);
    if (v.map.selected.empty() && shows_progress(m, v) && !v.routine) draw_progress_home(m, v, ui, dc);
    ImGui::Spacing();
    ImGui::Separator();
    ui::soft(dc, m.content.disclaimer);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y;
    draw_red_flags_popup(m.content, ui, dc);
    draw_progress_popups(m, v, ui, dc);
    return bottom - area.y + pad;
}

}  // namespace knotmap
