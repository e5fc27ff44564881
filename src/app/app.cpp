#include "app.h"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "geometry_loader.h"
#include "guide.h"
#include "map_view.h"
#include "panel_view.h"

namespace knotmap {

namespace {

constexpr ImGuiWindowFlags kFullScreenWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus;

// The brand, the "mark sore spots" switch and the caption that says which side is which.
bool draw_map_header(App& app, const Rect& map) {
    const Palette& p = light_palette();
    const float s = app.scale;
    bool changed = false;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(app.fonts.brand);
    const ImVec2 brand_pos(map.x + 16 * s, map.y + 12 * s);
    dl->AddCircleFilled(ImVec2(brand_pos.x + 9 * s, brand_pos.y + 12 * s), 9 * s, p.accent, 24);
    dl->AddCircleFilled(ImVec2(brand_pos.x + 9 * s, brand_pos.y + 12 * s), 3.5f * s, p.accent_soft, 16);
    dl->AddText(ImVec2(brand_pos.x + 24 * s, brand_pos.y), p.ink, "Knotmap");
    ImGui::PopFont();

    const bool marking = app.state.marking;  // the button may flip it; the style stack must not
    const char* label = marking ? "Marking sore spots: on" : "Mark sore spots";
    ImGui::PushFont(app.fonts.strong);
    const ImVec2 size = ImGui::CalcTextSize(label);
    const ImVec2 button(size.x + ImGui::GetStyle().FramePadding.x * 2, size.y + ImGui::GetStyle().FramePadding.y * 2);
    ImGui::SetCursorScreenPos(ImVec2(map.x + map.w - button.x - 16 * s, map.y + 8 * s));
    if (marking) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.sore_pin));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.82f, 0.22f, 0.22f, 1));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    if (ImGui::Button(label)) {
        app.state.marking = !app.state.marking;
        changed = true;
    }
    if (marking) ImGui::PopStyleColor(3);
    ImGui::PopFont();

    ImGui::PushFont(app.fonts.small);
    const char* caption = app.state.marking ? "Tap every spot that hurts. Tap again to unmark."
                                            : "Your back, as seen from behind: L is your left";
    const ImVec2 cs = ImGui::CalcTextSize(caption);
    dl->AddText(ImVec2(map.x + (map.w - cs.x) / 2, map.y + 52 * s), p.ink_soft, caption);
    ImGui::PopFont();
    return changed;
}

}  // namespace

bool app_load(App& app, const std::string& geometry_json, const std::string& content_json) {
    app.load_errors.clear();
    GeometryLoadResult geometry = load_geometry(geometry_json);
    ContentLoadResult content = load_content(content_json);
    app.load_errors = geometry.errors;
    app.load_errors.insert(app.load_errors.end(), content.errors.begin(), content.errors.end());
    if (geometry.geometry && content.content) {
        const auto mismatch = check_content_matches_geometry(*content.content, *geometry.geometry);
        app.load_errors.insert(app.load_errors.end(), mismatch.begin(), mismatch.end());
    }
    if (!app.load_errors.empty()) return false;
    app.geometry = std::move(*geometry.geometry);
    app.content = std::move(*content.content);
    return true;
}

bool app_fonts_stale(const App& app, float scale) { return app.font_scale != scale; }

void app_rebuild_fonts(App& app, float scale) {
    app.fonts = build_fonts_and_style(app.font_files, scale);
    app.font_scale = scale;
}

void app_frame(App& app, const FrameInput& in, FrameOutput& out) {
    app.scale = in.scale;
    app.now = in.now;
    app.reduced_motion = in.reduced_motion;
    const std::string screening_before = screening_to_json(app.screening);
    if (update_hold(app.timer, app.now)) out.state_changed = true;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(in.width, in.height));
    ImGui::Begin("Knotmap", nullptr, kFullScreenWindow);
    Layout layout = compute_layout(in.width, in.height, in.scale, app.geometry.bounds);
    // Portrait: map and panel scroll together with the page. Side by side: the map stays put and
    // only the panel scrolls.
    if (layout.stacked) {
        layout.map.y -= in.scroll_y;
        layout.origin.y -= in.scroll_y;
    }
    layout.panel.y -= in.scroll_y;
    app.layout = layout;

    bool changed = draw_map_header(app, layout.map);
    MapViewInput map_in;
    map_in.geometry = &app.geometry;
    map_in.content = &app.content;
    map_in.layout = layout;
    map_in.scale = in.scale;
    map_in.pointer_is_touch = in.pointer_is_touch;
    map_in.fonts = &app.fonts;
    changed = draw_map(map_in, app.state) || changed;

    if (!layout.stacked) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddLine(ImVec2(layout.map.w, 0), ImVec2(layout.map.w, in.height), light_palette().card_line, in.scale);
    }
    const float panel_height = draw_panel(app, layout.panel, changed);
    out.content_height = layout.stacked ? layout.map.h + panel_height : std::max(in.height, panel_height);
    out.map_on_screen = layout.map;
    out.state_changed = out.state_changed || changed;
    out.animating = app.timer.phase == HoldPhase::Running;
    out.screening_changed = screening_to_json(app.screening) != screening_before;
    ImGui::End();
}

std::string app_guide_json(const App& app) {
    const Zone* zone = find_zone(app.geometry, app.state.selected);
    if (!zone) return "null";
    return guide_to_json(build_guide(app.content, app.geometry, app.screening, *zone), app.content, app.screening);
}

std::string app_screening_json(const App& app) { return screening_to_json(app.screening); }

bool app_set_screening(App& app, const std::string& answers_json) {
    std::optional<Screening> s = screening_from_json(answers_json, app.content);
    if (!s) return false;
    app.screening = *s;
    app.editing_screening = false;
    return true;
}

void app_restore_screening(App& app, const std::string& saved) {
    if (saved.empty()) return;
    if (std::optional<Screening> s = screening_from_json(saved, app.content)) app.screening = *s;
}

std::string app_zones_json(const App& app) {
    nlohmann::json list = nlohmann::json::array();
    for (const Zone& zone : app.geometry.zones) {
        const Vec2 c = map_to_screen(app.layout, zone.center);
        list.push_back({{"id", zone.id},
                        {"name", zone_display_name(app.content, zone)},
                        {"side", zone.side == Side::None ? nlohmann::json(nullptr) : nlohmann::json(side_name(zone.side))},
                        {"kind", kind_name(zone.kind)},
                        {"group", find_family(app.content, zone.family) ? find_family(app.content, zone.family)->group : ""},
                        {"center", {{"x", c.x / app.scale}, {"y", c.y / app.scale}}}});
    }
    return list.dump();
}

std::string app_marked_json(const App& app) { return nlohmann::json(app.state.marked).dump(); }

bool app_select(App& app, const std::string& id) {
    if (id.empty()) {
        app.state.selected.clear();
        return true;
    }
    return select_zone(app.state, app.geometry, id);
}

bool app_set_marked(App& app, const std::string& id, bool marked) {
    const Zone* zone = find_zone(app.geometry, id);
    return zone && set_marked(app.state, *zone, marked);
}

}  // namespace knotmap
