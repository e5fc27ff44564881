#include "panel_view.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "ball_card.h"
#include "guide.h"
#include "progress_view.h"
#include "safety_view.h"
#include "timer_view.h"
#include "ui_kit.h"

namespace knotmap {

namespace {

void sources_list(const App& app, const Guide& guide) {
    ui::subheading(app, "Sources");
    for (const Source* s : guide.sources) ui::soft(app, "• " + s->title + " (" + s->publisher + ")");
}

// Wall / Floor / Chair as a segmented control, then the steps of the chosen position.
void technique_section(App& app, const Guide& guide, float width) {
    const Palette& p = palette();
    ui::subheading(app, "How to do it");
    if (std::find(guide.positions.begin(), guide.positions.end(), app.position) == guide.positions.end())
        app.position = guide.positions.front();
    const float gap = 6 * app.scale;
    const float segment = (width - gap * static_cast<float>(guide.positions.size() - 1)) / static_cast<float>(guide.positions.size());
    for (size_t i = 0; i < guide.positions.size(); ++i) {
        const Position pos = guide.positions[i];
        const bool on = pos == app.position;
        if (i > 0) ImGui::SameLine(0, gap);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(on ? p.accent : p.accent_soft));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(on ? p.on_accent : p.ink));
        ImGui::PushFont(app.fonts.strong);
        if (ImGui::Button(position_name(pos), ImVec2(segment, 0))) app.position = pos;
        ImGui::PopFont();
        ImGui::PopStyleColor(2);
    }
    ui::soft(app, position_hint(app.position));
    // The dose and pressure in one line beside the steps; the card below explains them.
    char dose[128];
    std::snprintf(dose, sizeof dose, "%d s or more per tender spot  ·  or %d slow rolls  ·  pressure %d to %d out of 10",
                  app.content.dose.hold_seconds, app.content.dose.roll_repetitions, app.content.pressure.low,
                  app.content.pressure.high);
    ImGui::PushFont(app.fonts.strong);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
    ui::text(dose);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    int n = 1;
    for (const std::string& step : guide.family->technique(app.position)) ui::numbered(app, n++, step);
    if (guide.floor_hidden)
        ui::soft(app, "The floor position is hidden because you're pregnant: after the first trimester, don't lie on your back.");
}

// How long and how hard, next to the steps.
void dose_section(const App& app, float width) {
    const Palette& p = palette();
    const float s = app.scale;
    ui::begin_card(width);
    ImGui::PushFont(app.fonts.strong);
    ui::text("How long");
    ImGui::PopFont();
    ui::text(app.content.dose.summary);
    ImGui::Dummy(ImVec2(0, 4 * s));
    ImGui::PushFont(app.fonts.strong);
    ui::text("How hard");
    ImGui::PopFont();
    // A 0 to 10 scale with the target band marked, and the numbers written out too.
    const float bar_w = std::min(width - 40 * s, 320 * s), cell = bar_w / 10, h = 10 * s;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < 10; ++i) {
        const bool target = i >= app.content.pressure.low - 1 && i < app.content.pressure.high;
        const ImVec2 a(at.x + static_cast<float>(i) * cell + 1 * s, at.y);
        dl->AddRectFilled(a, ImVec2(a.x + cell - 2 * s, at.y + h), target ? p.accent : p.card_line, 3 * s);
    }
    ImGui::Dummy(ImVec2(bar_w, h + 2 * s));
    ImGui::PushFont(app.fonts.small);
    char scale_note[64];
    std::snprintf(scale_note, sizeof scale_note, "Aim for %d to %d out of 10", app.content.pressure.low, app.content.pressure.high);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(p.accent), "%s", scale_note);
    ImGui::PopFont();
    ui::text(app.content.pressure.summary);
    ui::end_card(app, p.card, p.card_line);
}

bool cautions_section(App& app, const Guide& guide) {
    ui::subheading(app, "Be careful");
    for (const std::string& c : guide.family->cautions) ui::bullet(c);
    for (const GeneralCaution* c : guide.general_cautions) ui::bullet(c->advice);
    std::string everyone = "For everyone: check with a doctor first if you have";
    for (size_t i = 0; i < app.content.general_cautions.size(); ++i) {
        std::string label = app.content.general_cautions[i].label;
        if (!label.empty()) label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
        everyone += (i == 0 ? " " : i + 1 == app.content.general_cautions.size() ? " or " : "; ") + label;
    }
    ui::soft(app, everyone + ".");
    return ui::quiet_button("Safety check: change my answers");
}

bool muscle_guide(App& app, const Zone& zone, const Guide& guide, float width) {
    bool changed = false;
    ui::heading(app, guide.title);
    ui::text(guide.family->where);
    ui::soft(app, "What a knot feels like: " + guide.family->feel);
    const bool sore = is_marked(app.state, zone.id);
    if (sore ? ImGui::Button("Sore spot marked  ·  unmark") : ui::primary_button(app, "It hurts here: mark as sore")) {
        set_marked(app.state, zone, !sore);
        changed = true;
    }
    ui::same_line_if_fits("When to see a doctor");
    if (ui::quiet_button("When to see a doctor")) open_red_flags();

    if (!app.screening.answered || app.screening.editing) {
        ImGui::Spacing();
        draw_screening(app, width);
        return changed;
    }
    if (guide.specialist_first) {
        ImGui::Spacing();
        ui::begin_card(width);
        ImGui::PushFont(app.fonts.strong);
        ui::text("Ask your spine specialist first");
        ImGui::PopFont();
        ui::text("You told us you have a spine condition. This zone is right beside the spine: check with your specialist before pressing here.");
        ui::end_card(app, IM_COL32(253, 236, 200, 255), IM_COL32(226, 180, 90, 255));
    }
    ui::subheading(app, "Which ball");
    draw_ball_card(app, guide, width);
    technique_section(app, guide, width);
    ImGui::Spacing();
    dose_section(app, width);
    ImGui::Spacing();
    changed = draw_hold_timer(app, zone, width) || changed;
    if (app_shows_progress(app)) draw_zone_history(app, zone, width);
    if (cautions_section(app, guide)) app.screening.editing = true;
    return changed;
}

bool avoid_guide(App& app, const Guide& guide) {
    bool changed = false;
    ui::heading(app, guide.title);
    ui::text(guide.family->where);
    ui::subheading(app, "Don't press here");
    ui::text(guide.family->why_not);
    if (guide.instead) {
        const std::string label = "Work here instead: " + zone_short_name(app.content, *guide.instead);
        if (ui::primary_button(app, label.c_str())) changed = select_zone(app.state, app.geometry, guide.instead->id);
    }
    if (ui::quiet_button("When to see a doctor")) open_red_flags();
    return changed;
}

// After a finger tap on a crowded spot: the other zones that were under the fingertip.
bool nearby_choices(App& app, float right_edge) {
    MapState& state = app.state;
    if (state.nearby.size() < 2 || state.nearby.front() != state.selected) return false;
    bool changed = false;
    ui::soft(app, "Not quite the spot? Also under your finger:");
    bool first = true;
    for (size_t i = 1; i < state.nearby.size(); ++i) {
        const Zone* zone = find_zone(app.geometry, state.nearby[i]);
        if (!zone) continue;
        const std::string label = zone_short_name(app.content, *zone);
        const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (!first && ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right_edge) ImGui::SameLine();
        first = false;
        ImGui::PushID(zone->id.c_str());
        if (ImGui::Button(label.c_str())) {
            changed = select_zone(state, app.geometry, zone->id);
            state.nearby.clear();
        }
        ImGui::PopID();
        if (changed) break;
    }
    return changed;
}

bool marked_list(App& app, float right_edge) {
    bool changed = false;
    if (app.state.marked.empty()) return false;
    ui::subheading(app, "Your sore spots (" + std::to_string(app.state.marked.size()) + ")");
    for (const std::string& id : app.state.marked) {
        const Zone* zone = find_zone(app.geometry, id);
        if (!zone) continue;
        ImGui::PushID(id.c_str());
        const std::string label = zone_short_name(app.content, *zone);
        // Chips flow across the line and wrap to the next when full.
        const float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        if (&id != &app.state.marked.front() &&
            ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width <= right_edge)
            ImGui::SameLine();
        if (ImGui::Button(label.c_str())) changed = select_zone(app.state, app.geometry, id);
        ImGui::PopID();
    }
    return changed;
}

}  // namespace

float draw_panel(App& app, const Rect& area, bool& changed) {
    const float pad = 20 * app.scale;
    const float max_text = 600 * app.scale;
    const float left = area.x + pad;
    const float width = std::min(area.w - 2 * pad, max_text);
    ImGui::SetCursorScreenPos(ImVec2(left, area.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(left + width - ImGui::GetWindowPos().x);
    if (app_shows_progress(app)) draw_storage_notice(app, width);
    changed = nearby_choices(app, left + width) || changed;
    if (const Zone* zone = find_zone(app.geometry, app.state.selected)) {
        const Guide guide = build_guide(app.content, app.geometry, app.screening, *zone);
        if (guide.family) {
            changed = (zone->kind == ZoneKind::Avoid ? avoid_guide(app, guide) : muscle_guide(app, *zone, guide, width)) || changed;
            sources_list(app, guide);
        }
    } else {
        ui::heading(app, "Where does it hurt?");
        ui::text("Tap the spot on the map. You'll see which muscle it is, the right ball for it, and how to use it against a wall, on the floor or in a chair.");
        ui::text("Several sore spots? Switch on \"Mark sore spots\" above the map and tap each one.");
        if (ui::quiet_button("When to see a doctor")) open_red_flags();
    }
    changed = marked_list(app, left + width) || changed;
    if (app.state.selected.empty() && app_shows_progress(app)) changed = draw_progress_home(app, width) || changed;
    ImGui::Spacing();
    ImGui::Separator();
    ui::soft(app, app.content.disclaimer);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y;
    draw_red_flags_popup(app);
    draw_progress_popups(app);
    return bottom - area.y + pad;
}

}  // namespace knotmap
