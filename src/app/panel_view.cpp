#include "panel_view.h"

#include <imgui.h>

#include <cmath>
#include <limits>

namespace knotmap {

namespace {

void wrapped(const std::string& text) { ImGui::TextWrapped("%s", text.c_str()); }

void heading(const App& app, const std::string& text) {
    ImGui::PushFont(app.fonts.heading);
    wrapped(text);
    ImGui::PopFont();
}

void small_note(const App& app, const std::string& text) {
    ImGui::PushFont(app.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(light_palette().ink_soft));
    wrapped(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

bool primary_button(const App& app, const char* label) {
    const Palette& p = light_palette();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.16f, 0.50f, 0.47f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.10f, 0.38f, 0.36f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.on_accent));
    ImGui::PushFont(app.fonts.strong);
    const bool pressed = ImGui::Button(label);
    ImGui::PopFont();
    ImGui::PopStyleColor(4);
    return pressed;
}

const Zone* nearest_of_family(const App& app, const Zone& from, const std::string& family) {
    const Zone* best = nullptr;
    float best_d = std::numeric_limits<float>::max();
    for (const Zone& z : app.geometry.zones) {
        if (z.family != family) continue;
        const float d = std::hypot(z.center.x - from.center.x, z.center.y - from.center.y);
        if (d < best_d) { best_d = d; best = &z; }
    }
    return best;
}

void sources_list(const App& app, const FamilyContent& family) {
    ImGui::Spacing();
    small_note(app, "Sources");
    for (const std::string& id : family.sources) {
        for (const Source& s : app.content.sources) {
            if (s.id != id) continue;
            small_note(app, "• " + s.title + " — " + s.publisher);
        }
    }
}

bool selected_zone_section(App& app, const Zone& zone) {
    bool changed = false;
    const FamilyContent* family = find_family(app.content, zone.family);
    if (!family) return false;
    heading(app, zone_display_name(app.content, zone));
    wrapped(family->where);
    if (zone.kind == ZoneKind::Avoid) {
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.strong);
        wrapped("Don't press here");
        ImGui::PopFont();
        wrapped(family->why_not);
        if (const Zone* instead = nearest_of_family(app, zone, family->nearest)) {
            const std::string label = "Work here instead: " + zone_display_name(app.content, *instead);
            ImGui::PushTextWrapPos(0);
            if (primary_button(app, label.c_str())) changed = select_zone(app.state, app.geometry, instead->id);
            ImGui::PopTextWrapPos();
        }
    } else {
        const bool sore = is_marked(app.state, zone.id);
        if (sore ? ImGui::Button("Sore spot marked  ·  tap to unmark") : primary_button(app, "It hurts here: mark as sore")) {
            set_marked(app.state, zone, !sore);
            changed = true;
        }
    }
    sources_list(app, *family);
    return changed;
}

bool marked_list(App& app, float right_edge) {
    bool changed = false;
    if (app.state.marked.empty()) return false;
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.strong);
    ImGui::Text("Your sore spots (%d)", static_cast<int>(app.state.marked.size()));
    ImGui::PopFont();
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
    const float max_text = 560 * app.scale;
    const float left = area.x + pad;
    const float width = std::min(area.w - 2 * pad, max_text);
    ImGui::SetCursorScreenPos(ImVec2(left, area.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(left + width - ImGui::GetWindowPos().x);
    if (const Zone* zone = find_zone(app.geometry, app.state.selected)) {
        changed = selected_zone_section(app, *zone) || changed;
    } else {
        heading(app, "Where does it hurt?");
        wrapped("Tap the spot on the map. You'll see which muscle it is and how to work on it with a massage ball.");
        wrapped("Several sore spots? Switch on \"Mark sore spots\" above the map and tap each one.");
    }
    changed = marked_list(app, left + width) || changed;
    ImGui::Spacing();
    ImGui::Separator();
    small_note(app, app.content.disclaimer);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    return ImGui::GetItemRectMax().y - area.y + pad;
}

}  // namespace knotmap
