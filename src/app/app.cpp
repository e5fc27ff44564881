#include "app.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "map_view.h"
#include "panel_view.h"
#include "words.h"

namespace knotmap {

namespace {

constexpr ImGuiWindowFlags kFullScreenWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus;

ImU32 with_alpha_u32(ImU32 color, float alpha) {
    return (color & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha * 255.0f) << IM_COL32_A_SHIFT);
}

// The brand, the "mark sore spots" switch and the caption that says which side is which.
void draw_map_header(Visitor& v, const DrawContext& dc, const Rect& map, bool zoomed) {
    const Palette& p = dc.palette;
    const float s = dc.scale;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Over a cropped or zoomed figure, the header keeps a band of the page's colour so it stays
    // readable, and the figure goes under it softly rather than showing through.
    if (zoomed) {
        const ImU32 clear = with_alpha_u32(p.background, 0);
        dl->PushClipRect(ImVec2(map.x, map.y), ImVec2(map.x + map.w, map.y + 84 * s), false);  // edge to edge, past the window's padding
        dl->AddRectFilled(ImVec2(map.x, map.y), ImVec2(map.x + map.w, map.y + 66 * s), p.background);
        dl->AddRectFilledMultiColor(ImVec2(map.x, map.y + 66 * s), ImVec2(map.x + map.w, map.y + 84 * s), p.background, p.background, clear, clear);
        dl->PopClipRect();
    }
    ImGui::PushFont(dc.fonts.heading);
    const ImVec2 brand_pos(map.x + 16 * s, map.y + 12 * s);
    dl->AddCircleFilled(ImVec2(brand_pos.x + 9 * s, brand_pos.y + 12 * s), 9 * s, p.accent, 24);
    dl->AddCircleFilled(ImVec2(brand_pos.x + 9 * s, brand_pos.y + 12 * s), 3.5f * s, p.accent_soft, 16);
    dl->AddText(ImVec2(brand_pos.x + 24 * s, brand_pos.y), p.ink, "Knotmap");
    ImGui::PopFont();

    const bool marking = v.map.marking;  // the button may flip it; the style stack must not
    const char* label = marking ? "Marking sore spots: on" : "Mark sore spots";
    ImGui::PushFont(dc.fonts.strong);
    const ImVec2 size = ImGui::CalcTextSize(label);
    const ImVec2 button(size.x + ImGui::GetStyle().FramePadding.x * 2, size.y + ImGui::GetStyle().FramePadding.y * 2);
    ImGui::SetCursorScreenPos(ImVec2(map.x + map.w - button.x - 16 * s, map.y + 8 * s));
    if (marking) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.sore_pin));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.sore_pin));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.on_sore));
    }
    if (ImGui::Button(label)) set_marking(v, !marking);
    if (marking) ImGui::PopStyleColor(3);
    ImGui::PopFont();

    ImGui::PushFont(dc.fonts.small);
    const std::string caption = v.map.marking ? words::for_pointer("Tap every spot that hurts. Tap again to unmark.", dc.touch_screen)
                                              : "Your back, as seen from behind: L is your left";
    const ImVec2 cs = ImGui::CalcTextSize(caption.c_str());
    dl->AddText(ImVec2(map.x + (map.w - cs.x) / 2, map.y + 52 * s), p.ink_soft, caption.c_str());
    ImGui::PopFont();
}

// Two fingers on the map zoom it as they spread or close, and pan it as they move together; the
// map follows them frame by frame. A pinch is never a tap.
void follow_pinch(Visitor& v, UiState& ui, const FrameInput& in, const Layout& whole, const Bounds& figure) {
    if (in.fingers < 2) {
        if (in.fingers == 0) ui.pinching = false;
        return;
    }
    const TwoFingers now{{(in.finger_a.x + in.finger_b.x) / 2, (in.finger_a.y + in.finger_b.y) / 2},
                         std::hypot(in.finger_a.x - in.finger_b.x, in.finger_a.y - in.finger_b.y)};
    if (!ui.pinching) {
        if (!whole.map.contains(now.mid)) return;  // over the panel: the page's own gesture
        ui.pinching = true;
        ui.pinch_start = current_zoom(v, in.reduced_motion);
        ui.pinch_from = now;
    }
    ui.press.down = false;
    set_zoom(v, pinch_zoom(whole, figure, ui.pinch_start, ui.pinch_from, now));
}

}  // namespace

bool app_start(App& app, const std::string& geometry_json, const std::string& content_json, const OptionPairs& options,
               std::vector<std::string>& warnings) {
    app.load_errors = load_model(app.model, geometry_json, content_json);
    if (!app.load_errors.empty()) return false;
    warnings = apply_options(app.model, options);
    const EmbedOptions& o = app.model.options;
    app.draw.palette = make_palette(o.dark, o.has_accent, o.accent.r, o.accent.g, o.accent.b);
    if (!o.zone.empty()) select(app.visitor, app.model, o.zone);
    return true;
}

bool app_fonts_stale(const App& app, float scale, float text_scale) {
    return app.font_scale != scale || app.text_scale != text_scale;
}

void app_rebuild_fonts(App& app, float scale, float text_scale) {
    app.draw.fonts = build_fonts_and_style(app.font_files, scale, text_scale, app.draw.palette);
    app.font_scale = scale;
    app.text_scale = text_scale;
}

void app_frame(App& app, const FrameInput& in, FrameOutput& out) {
    const Model& m = app.model;
    Visitor& v = app.visitor;
    UiState& ui = app.ui;
    DrawContext& dc = app.draw;
    dc.scale = in.scale;
    dc.reduced_motion = in.reduced_motion;
    dc.touch_screen = in.touch_screen;
    set_time(v, in.now, in.clock);
    tick(v);
    run_routine(v);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(in.width, in.height));
    ImGui::Begin("Knotmap", nullptr, kFullScreenWindow);
    Layout layout = map_layout(in.width, in.height, in.scale, m.geometry, m.options.embedded, m.options.compact);
    // Portrait: map and panel scroll together with the page. Side by side: the map stays put and
    // only the panel scrolls.
    if (layout.stacked) {
        layout.map.y -= in.scroll_y;
        layout.origin.y -= in.scroll_y;
    }
    layout.panel.y -= in.scroll_y;
    const Layout whole = layout;
    follow_pinch(v, ui, in, whole, m.geometry.bounds);
    layout = zoom_layout(layout, current_zoom(v, in.reduced_motion));
    app.layout = layout;

    // A phone's map is cropped to the back, so the figure runs under the header there too.
    draw_map_header(v, dc, layout.map, layout.stacked || zoomed(v) || zoom_moving(v, in.reduced_motion));
    MapViewInput map_in;
    map_in.geometry = &m.geometry;
    map_in.content = &m.content;
    map_in.layout = layout;
    map_in.whole = whole;
    map_in.zoomed = zoomed(v) || zoom_moving(v, in.reduced_motion);
    map_in.scale = in.scale;
    map_in.pointer_is_touch = in.pointer_is_touch;
    map_in.fonts = &dc.fonts;
    map_in.palette = &dc.palette;
    map_in.focused = ui.focused;
    // The spot the routine is on (or, resting, the next one) is ringed: where the ball goes now.
    if (ui.focused.empty() && v.routine && v.routine->phase <= RoutinePhase::Rest)
        map_in.focused = v.routine->spots[std::min(v.routine->spots.size() - 1, v.routine->index + (v.routine->phase == RoutinePhase::Rest))].zone;
    if (shows_progress(m, v)) {
        // One pass over the log when it changes, not one per zone per frame: ten years of
        // sessions must not slow a tap down.
        if (v.revision.progress != ui.summary_revision) {
            ui.zone_summary = summarize_zones(v.progress->sessions());
            ui.summary_revision = v.revision.progress;
        }
        map_in.progress = &ui.zone_summary;
        map_in.any_progress = !v.progress->sessions().empty();
    }
    map_in.clock = v.clock;
    if (draw_zoom_way_back(map_in, words::kWholeBack)) zoom_map(v, MapZoom{});
    const MapTap tap = read_map_input(map_in, ui.press, ui.hovered);
    if (tap.tapped && tap.double_tap) {  // a finger's double tap zooms in further there, as maps do
        zoom_map(v, zoom_about(m.geometry.bounds, tap.at, std::min(kMaxZoom, current_zoom(v, in.reduced_motion).scale * 2)));
    } else if (tap.tapped && tap.finger) {
        finger_tap(v, m, tap.pick, tap.at, in.reduced_motion);
    } else if (tap.tapped) {
        tap_zone(v, m, tap.hit);
    }
    map_in.hovered = ui.hovered;
    draw_map(map_in, v.map);

    if (!layout.stacked) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddLine(ImVec2(layout.map.w, 0), ImVec2(layout.map.w, in.height), dc.palette.card_line, in.scale);
    }
    const bool had_routine = v.routine.has_value();
    const float panel_height = draw_panel(m, v, ui, dc, layout.panel);
    // A routine started from the home panel: on a phone, its card (under the map) comes into view.
    if (!had_routine && v.routine && layout.stacked) ui.requests.scroll_to = layout.map.h / in.scale;
    // Embedded, the frame is as tall as the content, so the content must not grow with the frame.
    const float beside_height = m.options.embedded ? std::max(layout.map.h, panel_height) : std::max(in.height, panel_height);
    out.content_height = layout.stacked ? layout.map.h + panel_height : beside_height;
    out.map_on_screen = layout.map;
    const bool routine_running = v.routine && !v.routine->paused &&
                                 (v.routine->phase == RoutinePhase::Hold || v.routine->phase == RoutinePhase::Rest);
    out.animating = v.hold.phase == HoldPhase::Running || routine_running || zoom_moving(v, in.reduced_motion);
    ui.escape_requested = false;
    ImGui::End();
}

}  // namespace knotmap
