#include "map_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "hit_test.h"

namespace knotmap {

namespace {

ImVec2 to_screen(const Layout& layout, Vec2 p) {
    const Vec2 s = map_to_screen(layout, p);
    return ImVec2(s.x, s.y);
}

ImU32 lerp_color(ImU32 a, ImU32 b, float t) {
    const ImVec4 ca = ImGui::ColorConvertU32ToFloat4(a), cb = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(ca.x + (cb.x - ca.x) * t, ca.y + (cb.y - ca.y) * t,
                                                 ca.z + (cb.z - ca.z) * t, ca.w + (cb.w - ca.w) * t));
}

ImU32 with_alpha(ImU32 color, float alpha) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(color);
    c.w *= alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

// Fills a triangulated outline; the colour comes per vertex so fills can carry a gradient.
template <typename ColorAt>
void fill_triangles(ImDrawList* dl, const Layout& layout, const Polygon& outline, const std::vector<Triangle>& tris,
                    ColorAt color_at) {
    if (tris.empty()) return;
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    dl->PrimReserve(static_cast<int>(tris.size() * 3), static_cast<int>(outline.size()));
    const ImDrawIdx base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    for (const Vec2& p : outline) dl->PrimWriteVtx(to_screen(layout, p), uv, color_at(p));
    for (const Triangle& t : tris) {
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + t.a));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + t.b));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + t.c));
    }
}

void stroke(ImDrawList* dl, const Layout& layout, const Polygon& outline, bool closed, ImU32 color, float thickness) {
    if (outline.size() < 2) return;
    std::vector<ImVec2> points;
    points.reserve(outline.size());
    for (const Vec2& p : outline) points.push_back(to_screen(layout, p));
    dl->AddPolyline(points.data(), static_cast<int>(points.size()), color,
                    closed ? ImDrawFlags_Closed : ImDrawFlags_None, thickness);
}

void draw_body(ImDrawList* dl, const MapViewInput& in) {
    const Palette& p = *in.palette;
    const Layout& layout = in.layout;
    const float line = 1.2f * in.scale;
    for (const Shape& shape : in.geometry->body) {
        if (shape.style == "hair") {
            fill_triangles(dl, layout, shape.outline, shape.triangles, [&](Vec2) { return p.hair; });
            continue;
        }
        const ImU32 base_top = shape.style == "skin-shade" ? p.skin_shade : p.skin_top;
        // Linear in y, so interpolation across even long thin triangles stays smooth.
        fill_triangles(dl, layout, shape.outline, shape.triangles, [&](Vec2 v) {
            return lerp_color(base_top, p.skin_bottom, std::clamp(v.y, 0.0f, 1.0f));
        });
        stroke(dl, layout, shape.outline, shape.closed, p.skin_line, line);
    }
}

// The figure fades into the background at the thighs instead of ending in a hard cut.
// Where the map's area cuts the figure (a phone shows the back, not the legs), the fade ends there.
void draw_bottom_fade(ImDrawList* dl, const MapViewInput& in) {
    const ImU32 opaque = in.palette->background, clear = with_alpha(opaque, 0);
    const Bounds& b = in.geometry->bounds;
    ImVec2 a = to_screen(in.layout, {b.min_x - 0.05f, b.max_y - 0.1f});
    ImVec2 c = to_screen(in.layout, {b.max_x + 0.05f, b.max_y + 0.002f});
    const float bottom = in.layout.map.y + in.layout.map.h;
    if (c.y > bottom) {
        const float height = c.y - a.y;
        c.y = bottom + 2 * in.scale;  // past the edge: no sliver of outline left under the fade
        a.y = bottom - height * 0.6f;
    }
    dl->AddRectFilledMultiColor(a, c, clear, clear, opaque, opaque);
}

// True when the map's area shows only part of the figure (zoomed, or a phone's crop to the back).
bool figure_cut(const MapViewInput& in) {
    const Bounds& b = in.geometry->bounds;
    const ImVec2 lo = to_screen(in.layout, {b.min_x, b.min_y}), hi = to_screen(in.layout, {b.max_x, b.max_y});
    const Rect& m = in.layout.map;
    return in.zoomed || lo.x < m.x || hi.x > m.x + m.w || hi.y > m.y + m.h;
}

void draw_spine(ImDrawList* dl, const MapViewInput& in) {
    const Palette& p = *in.palette;
    const SpineGuide& spine = in.geometry->spine;
    const float step = (spine.bottom - spine.top) / static_cast<float>(spine.count);
    for (int i = 0; i < spine.count; ++i) {
        const float y0 = spine.top + step * (static_cast<float>(i) + 0.18f);
        const float y1 = spine.top + step * (static_cast<float>(i) + 0.82f);
        // Lumbar vertebrae (the last five) are a little wider, as in life.
        const float w = spine.half_width * (i >= spine.count - 5 ? 1.15f : 1.0f);
        const ImVec2 a = to_screen(in.layout, {-w, y0}), b = to_screen(in.layout, {w, y1});
        const float r = (b.x - a.x) * 0.4f;
        dl->AddRectFilled(a, b, p.bone, r);
        dl->AddRect(a, b, p.bone_line, r, 0, 1.0f * in.scale);
    }
}

void draw_landmarks(ImDrawList* dl, const MapViewInput& in) {
    const Palette& p = *in.palette;
    for (const Shape& shape : in.geometry->landmarks) {
        if (shape.style == "dimple") {
            fill_triangles(dl, in.layout, shape.outline, shape.triangles, [&](Vec2) { return p.crease; });
            continue;
        }
        const bool bone = shape.style == "bone-line";
        stroke(dl, in.layout, shape.outline, shape.closed, bone ? p.bone_line : p.crease,
               (bone ? 1.4f : 1.2f) * in.scale);
    }
}

const ZoneSummary* summary_of(const MapViewInput& in, const Zone& zone) {
    if (!in.progress) return nullptr;
    const auto it = in.progress->find(zone.id);
    return it == in.progress->end() ? nullptr : &it->second;
}

// Latest tenderness as a colour, from a pale yellow (0) through orange to a deep red (10).
ImU32 tenderness_color(int score) {
    const ImU32 low = IM_COL32(246, 214, 110, 170), mid = IM_COL32(240, 140, 70, 180), high = IM_COL32(200, 40, 50, 190);
    const float t = static_cast<float>(score) / 10.0f;
    return t < 0.5f ? lerp_color(low, mid, t * 2) : lerp_color(mid, high, (t - 0.5f) * 2);
}

void draw_zone(ImDrawList* dl, const MapViewInput& in, const Zone& zone, const MapState& state) {
    const Palette& p = *in.palette;
    const bool hovered = in.hovered == zone.id;
    const bool avoid = zone.kind == ZoneKind::Avoid;
    const bool sore = is_marked(state, zone.id);
    ImU32 fill = avoid ? (hovered ? p.avoid_hover : p.avoid_fill) : (hovered ? p.muscle_hover : p.muscle_fill);
    const ZoneSummary* summary = avoid ? nullptr : summary_of(in, zone);
    const int tenderness = summary ? summary->tenderness : -1;
    if (tenderness >= 0) fill = tenderness_color(tenderness);
    if (sore) fill = p.sore_fill;
    else if (state.selected == zone.id) fill = avoid ? p.avoid_hover : p.selected_fill;
    if (zone.family == "avoid-spine" && !hovered) fill = with_alpha(fill, 0.35f);
    fill_triangles(dl, in.layout, zone.outline, zone.triangles, [&](Vec2) { return fill; });
    stroke(dl, in.layout, zone.outline, true, avoid ? p.avoid_line : p.muscle_line, 1.0f * in.scale);
}

void draw_selection(ImDrawList* dl, const MapViewInput& in, const Zone& zone) {
    const Palette& p = *in.palette;
    // A white halo under the accent line keeps the outline visible on any fill.
    stroke(dl, in.layout, zone.outline, true, IM_COL32(255, 255, 255, 230), 5.0f * in.scale);
    stroke(dl, in.layout, zone.outline, true, p.selected_line, 2.6f * in.scale);
}

// Keyboard focus: a dashed-looking double ring, unlike the solid selection line, and the zone's
// name beside it, since a keyboard has no hover.
void draw_focus(ImDrawList* dl, const MapViewInput& in, const Zone& zone) {
    const Palette& p = *in.palette;
    stroke(dl, in.layout, zone.outline, true, p.background, 7.0f * in.scale);
    stroke(dl, in.layout, zone.outline, true, p.ink, 3.0f * in.scale);
    // Placed by hand below the zone and kept inside the map: a positioned tooltip isn't clamped.
    const std::string name = zone_short_name(*in.content, zone);
    const ImVec2 c = to_screen(in.layout, zone.center);
    const ImVec2 pad = ImGui::GetStyle().WindowPadding;
    const float width = ImGui::CalcTextSize(name.c_str()).x + 2 * pad.x;
    const Rect& map = in.layout.map;
    const float x = std::clamp(c.x - width / 2, map.x + 4 * in.scale, std::max(map.x, map.x + map.w - width - 4 * in.scale));
    ImGui::SetNextWindowPos(ImVec2(x, c.y + 14 * in.scale));
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(name.c_str());
    ImGui::EndTooltip();
}

// A map pin on each sore zone: a shape no score uses, so "marked" never depends on colour alone.
// `tip` is where the pin points.
void draw_pin(ImDrawList* dl, const Palette& p, ImVec2 tip, float s) {
    const float r = 6.5f * s;
    const ImVec2 head(tip.x, tip.y - 2.2f * r);
    const auto pin_path = [&](float grow) {
        dl->PathArcTo(head, r + grow, 2.45f, 2.45f + 4.52f, 20);  // the round head, open at the bottom
        dl->PathLineTo(ImVec2(tip.x, tip.y + grow * 1.4f));
    };
    pin_path(1.8f * s);
    dl->PathFillConvex(IM_COL32(255, 255, 255, 255));
    pin_path(0);
    dl->PathFillConvex(p.sore_pin);
    dl->AddCircleFilled(head, r * 0.4f, IM_COL32(255, 255, 255, 255), 12);
}

void draw_sore_pin(ImDrawList* dl, const MapViewInput& in, const Zone& zone) {
    draw_pin(dl, *in.palette, to_screen(in.layout, zone.center), in.scale);
}

// "Worked this week": a tick in an accent disc.
void draw_week_tick(ImDrawList* dl, const Palette& p, ImVec2 t, float s) {
    dl->AddCircleFilled(t, 6 * s, p.accent, 16);
    dl->PathLineTo(ImVec2(t.x - 3 * s, t.y));
    dl->PathLineTo(ImVec2(t.x - 1 * s, t.y + 2.5f * s));
    dl->PathLineTo(ImVec2(t.x + 3.2f * s, t.y - 2.5f * s));
    dl->PathStroke(IM_COL32(255, 255, 255, 255), 0, 1.6f * s);
}

// The latest score as a number (so tenderness never relies on colour alone), and a tick when the
// zone was worked in the last seven days.
void draw_progress_marks(ImDrawList* dl, const MapViewInput& in, const Zone& zone, const MapState& state) {
    const ZoneSummary* summary = zone.kind == ZoneKind::Muscle ? summary_of(in, zone) : nullptr;
    if (!summary) return;
    const int tenderness = summary->tenderness;
    const bool week = within_last_week(summary->last_ms, in.clock);
    if (tenderness < 0 && !week) return;
    const Palette& p = *in.palette;
    const float s = in.scale;
    ImVec2 c = to_screen(in.layout, zone.center);
    if (is_marked(state, zone.id)) c.y += 10 * s;  // below the sore pin's tip
    ImGui::PushFont(in.fonts->small);
    const std::string label = tenderness >= 0 ? std::to_string(tenderness) : "";
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    const float r = std::max(ts.x, ts.y) * 0.5f + 3 * s;
    if (!label.empty()) {
        dl->AddCircleFilled(c, r, IM_COL32(255, 255, 255, 235), 20);
        dl->AddCircle(c, r, tenderness_color(tenderness), 20, 1.5f * s);
        dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), p.ink, label.c_str());
    }
    if (week) draw_week_tick(dl, p, ImVec2(c.x + (label.empty() ? 0 : r + 5 * s), c.y), s);
    ImGui::PopFont();
}

// Explains every mark on the map, under the figure, once there is something to explain: the sore
// pins, the latest scores' colours and the "this week" tick. Wraps onto a second line when narrow.
void draw_legend(ImDrawList* dl, const MapViewInput& in, bool any_marked) {
    if (!in.any_progress && !any_marked) return;
    const Palette& p = *in.palette;
    const float s = in.scale;
    ImGui::PushFont(in.fonts->small);
    const float line = ImGui::GetFontSize() + 6 * s;
    const Rect& map = in.layout.map;
    const Bounds& b = in.geometry->bounds;
    const float left = std::max(map.x + 12 * s, to_screen(in.layout, {b.min_x, b.max_y}).x);
    const float right = map.x + map.w - 12 * s;
    enum class Glyph { Pin, Scores, Week };
    std::vector<std::pair<Glyph, const char*>> items;
    if (any_marked) items.push_back({Glyph::Pin, "You marked it sore"});
    if (in.any_progress) {
        items.push_back({Glyph::Scores, "Last soreness"});
        items.push_back({Glyph::Week, "Worked this week"});
    }
    const auto width_of = [&](Glyph g, const char* label) {
        return (g == Glyph::Scores ? 3 * 30 * s : 18 * s) + ImGui::CalcTextSize(label).x + 16 * s;
    };
    int lines = 1;
    float row = left, widest = 0;
    for (const auto& [glyph, label] : items) {
        const float w = width_of(glyph, label);
        if (row + w > right && row > left) {
            ++lines;
            row = left;
        }
        row += w;
        widest = std::max(widest, row - left);
    }
    float y = std::min(to_screen(in.layout, {b.min_x, b.max_y}).y, map.y + map.h - 8 * s) - lines * line;
    // On a soft card, so it reads over the figure's legs.
    const float pad = 6 * s;
    dl->AddRectFilled(ImVec2(left - pad, y - pad), ImVec2(left + widest, y + lines * line), with_alpha(p.background, 0.88f), 8 * s);
    float x = left;
    for (const auto& [glyph, label] : items) {
        const float w = width_of(glyph, label);
        if (x + w > right && x > left) {
            x = left;
            y += line;
        }
        const float mid = y + ImGui::GetFontSize() * 0.5f;
        float at = x;
        if (glyph == Glyph::Pin) {
            draw_pin(dl, p, ImVec2(at + 7 * s, mid + 7 * s), s * 0.75f);
            at += 18 * s;
        } else if (glyph == Glyph::Week) {
            draw_week_tick(dl, p, ImVec2(at + 6 * s, mid), s);
            at += 18 * s;
        }
        dl->AddText(ImVec2(at, y), p.ink_soft, label);
        at += ImGui::CalcTextSize(label).x + 6 * s;
        if (glyph == Glyph::Scores)
            for (int score : {0, 5, 10}) {
                const ImVec2 c(at + 7 * s, mid);
                dl->AddCircleFilled(c, 7 * s, tenderness_color(score), 16);
                const std::string n = std::to_string(score);
                dl->AddText(ImVec2(c.x + 10 * s, y), p.ink_soft, n.c_str());
                at += 30 * s;
            }
        x += w;
    }
    ImGui::PopFont();
}

void draw_side_marks(ImDrawList* dl, const MapViewInput& in) {
    const Palette& p = *in.palette;
    const Bounds& b = in.geometry->bounds;
    const float y = 0.14f;
    ImGui::PushFont(in.fonts->strong);
    const float pad = 6 * in.scale;
    for (int side = 0; side < 2; ++side) {
        const char* label = side == 0 ? "L" : "R";
        const float x = side == 0 ? b.min_x : b.max_x;
        const ImVec2 c = to_screen(in.layout, {x, y});
        const ImVec2 ts = ImGui::CalcTextSize(label);
        const float r = std::max(ts.x, ts.y) * 0.5f + pad;
        const ImVec2 center(c.x + (side == 0 ? r : -r), c.y);
        dl->AddCircleFilled(center, r, p.card, 24);
        dl->AddCircle(center, r, p.card_line, 24, 1.0f * in.scale);
        dl->AddText(ImVec2(center.x - ts.x * 0.5f, center.y - ts.y * 0.5f), p.ink, label);
    }
    ImGui::PopFont();
}

void draw_hover_label(const MapViewInput& in, const Zone& zone) {
    const std::string name = zone_display_name(*in.content, zone);
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(name.c_str());
    if (zone.kind == ZoneKind::Avoid) {
        ImGui::PushFont(in.fonts->small);
        ImGui::TextDisabled("Bone: not a spot to press");
        ImGui::PopFont();
    }
    ImGui::EndTooltip();
}

// While zoomed: where the view is on a small whole back (bottom right), so the visitor knows
// where they are.
void draw_zoom_inset(ImDrawList* dl, const MapViewInput& in) {
    const float s = in.scale;
    const Rect& map = in.layout.map;
    const Bounds& b = in.geometry->bounds;
    const float w = 64 * s, h = 104 * s, pad = 12 * s;
    const ImVec2 lo(map.x + map.w - w - pad, map.y + map.h - h - pad), hi(lo.x + w, lo.y + h);
    dl->AddRectFilled(lo, hi, with_alpha(in.palette->background, 0.94f), 8 * s);
    dl->AddRect(lo, hi, in.palette->card_line, 8 * s, 0, 1.0f * s);
    MapViewInput mini = in;
    mini.layout.unit = std::min((w - 8 * s) / b.width(), (h - 8 * s) / b.height());
    mini.layout.origin = {lo.x + w / 2 - (b.min_x + b.width() / 2) * mini.layout.unit, lo.y + 4 * s - b.min_y * mini.layout.unit};
    mini.scale = s * 0.4f;
    draw_body(dl, mini);
    // The part of the back the map shows now.
    const Vec2 a = screen_to_map(in.layout, {map.x, map.y}), c = screen_to_map(in.layout, {map.x + map.w, map.y + map.h});
    const Vec2 sa = map_to_screen(mini.layout, a), sc = map_to_screen(mini.layout, c);
    dl->PushClipRect(lo, hi, true);
    dl->AddRect(ImVec2(sa.x, sa.y), ImVec2(sc.x, sc.y), in.palette->accent, 2 * s, 0, 2.0f * s);
    dl->PopClipRect();
}

// While zoomed the figure's own L and R are off screen: the screen's edges say which side is which.
void draw_edge_sides(ImDrawList* dl, const MapViewInput& in) {
    const Palette& p = *in.palette;
    const Rect& map = in.layout.map;
    ImGui::PushFont(in.fonts->strong);
    for (int side = 0; side < 2; ++side) {
        const char* label = side == 0 ? "L" : "R";
        const ImVec2 ts = ImGui::CalcTextSize(label);
        const float r = std::max(ts.x, ts.y) * 0.5f + 6 * in.scale;
        const ImVec2 c(side == 0 ? map.x + 10 * in.scale + r : map.x + map.w - 10 * in.scale - r, map.y + map.h * 0.5f);
        dl->AddCircleFilled(c, r, p.card, 24);
        dl->AddCircle(c, r, p.card_line, 24, 1.0f * in.scale);
        dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), p.ink, label);
    }
    ImGui::PopFont();
}

}  // namespace

bool draw_zoom_way_back(const MapViewInput& in, const char* label) {
    if (!in.zoomed) return false;
    const Rect& map = in.layout.map;
    const ImVec2 size = ImGui::CalcTextSize(label);
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImGui::SetCursorScreenPos(ImVec2(map.x + 12 * in.scale, map.y + map.h - size.y - 2 * pad.y - 12 * in.scale));
    return ImGui::Button(label);
}

MapTap read_map_input(const MapViewInput& in, MapPress& press, std::string& hovered) {
    const MapGeometry& geometry = *in.geometry;
    const Rect& area = in.layout.map;
    const ImGuiIO& io = ImGui::GetIO();
    const Vec2 mouse{io.MousePos.x, io.MousePos.y};
    const bool over_map = area.contains(mouse) && !ImGui::IsAnyItemHovered() &&
                          ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) == true;
    const Zone* under = over_map ? hit_test(geometry, screen_to_map(in.layout, mouse)) : nullptr;
    hovered = (under && !in.pointer_is_touch) ? under->id : std::string();
    if (over_map && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        press.down = true;
        press.screen = mouse;
        MapTap& tap = press.tap;
        tap = MapTap{};
        tap.tapped = true;
        tap.hit = under ? under->id : std::string();
        tap.at = screen_to_map(in.layout, mouse);
        // A fingertip spreads about 9 CSS px each way; a zone it can't miss is 44 CSS px wide.
        if (in.pointer_is_touch) {
            tap.finger = true;
            tap.double_tap = ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left);
            tap.pick = pick_by_finger(geometry, tap.at, 9.0f * in.scale / in.layout.unit, 44.0f * in.scale / in.layout.unit);
        }
    }
    if (!press.down) return MapTap{};
    // Moved further than a finger wobbles (Android's touch slop is 8 dp): a drag, not a tap.
    const bool still = std::hypot(mouse.x - press.screen.x, mouse.y - press.screen.y) <= 12 * in.scale || io.MousePos.x == -FLT_MAX;
    if (!still) press.down = false;
    if (!press.down || !ImGui::IsMouseReleased(ImGuiMouseButton_Left)) return MapTap{};
    press.down = false;
    return press.tap;
}

void draw_map(const MapViewInput& in, const MapState& state) {
    // Under the window's own drawing (the window has no background: the page's colour is the GL
    // clear colour), so the header and the zoom's controls stay over the figure however far it is
    // zoomed, and the figure's vertices have a list of their own.
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const MapGeometry& geometry = *in.geometry;
    const Rect& area = in.layout.map;
    dl->PushClipRect(ImVec2(area.x, area.y), ImVec2(area.x + area.w, area.y + area.h), true);
    draw_body(dl, in);
    for (auto it = geometry.zones.rbegin(); it != geometry.zones.rend(); ++it) {
        // Drawn in reverse precedence, so what wins a tap is also what is drawn on top.
        draw_zone(dl, in, *it, state);
    }
    draw_spine(dl, in);
    draw_landmarks(dl, in);
    draw_bottom_fade(dl, in);
    for (const Zone& zone : geometry.zones) draw_progress_marks(dl, in, zone, state);
    draw_legend(dl, in, !state.marked.empty());
    if (const Zone* selected = find_zone(geometry, state.selected)) draw_selection(dl, in, *selected);
    for (const Zone& zone : geometry.zones)  // over the selection's outline
        if (is_marked(state, zone.id)) draw_sore_pin(dl, in, zone);
    const Zone* focused = find_zone(geometry, in.focused);
    if (focused) draw_focus(dl, in, *focused);
    if (figure_cut(in)) draw_edge_sides(dl, in);
    else draw_side_marks(dl, in);
    if (in.zoomed) draw_zoom_inset(dl, in);
    dl->PopClipRect();

    if (const Zone* under = find_zone(geometry, in.hovered); under && !focused) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        draw_hover_label(in, *under);
    }
}

}  // namespace knotmap
