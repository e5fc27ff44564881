#include "panel_view.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "ball_card.h"
#include "drawing_view.h"
#include "guide.h"
#include "picture_view.h"
#include "progress_view.h"
#include "routine_card.h"
#include "sections.h"
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
    if (!uses_sections(m)) ui::subheading(dc, words::kHowTo);  // embedded, its row says it
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

// Embedded: the sections as tiles, two to a line, each with what it holds under its title; the
// open one's content follows its line, full width.
bool section_tile(const DrawContext& dc, const SectionRow& row, ImVec2 at, float w, float h) {
    const Palette& p = dc.palette;
    const float s = dc.scale, pad = 10 * s;
    ImGui::SetCursorScreenPos(at);
    ImGui::PushID(section_id(row.id));
    const bool clicked = ImGui::InvisibleButton("tile", ImVec2(w, h));
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool lit = row.open || ImGui::IsItemHovered();
    dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), lit ? p.accent_soft : p.card, 8 * s);
    dl->AddRect(at, ImVec2(at.x + w, at.y + h), row.open ? p.accent : p.card_line, 8 * s, 0, s);
    const float title_h = dc.fonts.strong->FontSize;
    dl->AddText(dc.fonts.strong, title_h, ImVec2(at.x + pad, at.y + pad), p.ink, row.title.c_str(), nullptr, w - 2 * pad);
    const float title_w = dc.fonts.strong->CalcTextSizeA(title_h, FLT_MAX, w - 2 * pad, row.title.c_str()).y;
    if (!row.teaser.empty())
        dl->AddText(dc.fonts.small, dc.fonts.small->FontSize, ImVec2(at.x + pad, at.y + pad + title_w + 2 * s), p.ink_soft,
                    row.teaser.c_str(), nullptr, w - 2 * pad - 16 * s);
    // A chevron in the bottom corner: down while closed (there is more), up when open.
    const float cx = at.x + w - pad - 6 * s, cy = at.y + h - pad - 4 * s, d = (row.open ? -4.0f : 4.0f) * s;
    const ImVec2 chevron[3] = {ImVec2(cx - 6 * s, cy - d / 2), ImVec2(cx, cy + d / 2), ImVec2(cx + 6 * s, cy - d / 2)};
    dl->AddPolyline(chevron, 3, p.accent, 0, 2 * s);
    return clicked;
}

float tile_height(const DrawContext& dc, const SectionRow& row, float w) {
    const float s = dc.scale, pad = 10 * s;
    const float title = dc.fonts.strong->CalcTextSizeA(dc.fonts.strong->FontSize, FLT_MAX, w - 2 * pad, row.title.c_str()).y;
    const float teaser = row.teaser.empty() ? 0 : 2 * s + dc.fonts.small->CalcTextSizeA(dc.fonts.small->FontSize, FLT_MAX, w - 2 * pad - 16 * s, row.teaser.c_str()).y;
    return std::max(48 * s, title + teaser + 2 * pad);
}

// The tiles, two to a line; the open section's content goes under them all (as under tabs).
void draw_section_tiles(Visitor& v, const DrawContext& dc, const std::vector<SectionRow>& rows, float width) {
    const float gap = 8 * dc.scale;
    for (size_t i = 0; i < rows.size(); i += 2) {
        const bool pair = i + 1 < rows.size();
        const float w = pair ? (width - gap) / 2 : width;
        const float h = std::max(tile_height(dc, rows[i], w), pair ? tile_height(dc, rows[i + 1], w) : 0.0f);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        for (size_t j = i; j < i + (pair ? 2 : 1); ++j)
            if (section_tile(dc, rows[j], ImVec2(at.x + static_cast<float>(j - i) * (w + gap), at.y), w, h))
                toggle_section(v, section_id(rows[j].id));
        // The tiles' own gap, not ImGui's item spacing on top of it.
        ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + h + gap - ImGui::GetStyle().ItemSpacing.y));
        ImGui::Dummy(ImVec2(width, 0));
    }
}

// What an open section holds. The guidance waits for the safety check, asked inside it.
void section_body(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const Zone& zone, const Guide& guide,
                  Section section, float width) {
    if (section == Section::History) {
        draw_zone_history(m, v, dc, zone, width);
        // Partitioned storage: where the history lives, the way to the full page, and a file.
        if (draw_history_place(m, v, ui, dc) && v.progress) draw_export_import(v, ui);
        return;
    }
    if (section == Section::Doctor) {
        draw_red_flags(m.content, dc);
        ImGui::Spacing();
        return;
    }
    if (!v.screening.answered || v.screening.editing) {
        draw_screening(m, v, dc, width);
        return;
    }
    if (section == Section::Ball) {
        draw_ball_card(dc, guide, width);
    } else if (section == Section::Steps) {
        ui::soft(dc, guide.family->where);
        ui::soft(dc, words::kFeel + guide.family->feel);
        technique_section(m, v, dc, guide, width);
        ImGui::Spacing();
        draw_hold_timer(m, v, ui, dc, zone, width);
    } else if (section == Section::Dose) {
        dose_section(m.content, dc, guide, width);
    } else {
        if (cautions_section(dc, guide)) edit_screening(v);
        sources_list(dc, guide);
    }
    ImGui::Spacing();
}

void muscle_guide(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const Zone& zone, const Guide& guide, float width) {
    const bool sectioned = uses_sections(m);
    ui::heading(dc, guide.title);
    if (!sectioned) ui::text(guide.family->where);
    else if (!m.options.compact) ui::soft(dc, zone_summary(m, guide.family->where));  // under the map: short
    if (!sectioned) ui::soft(dc, words::kFeel + guide.family->feel);
    const bool sore = is_marked(v.map, zone.id);
    if (sore ? ImGui::Button(words::kMarked) : ui::primary_button(dc, words::kMark)) {
        mark(v, m, zone.id, !sore);
    }
    if (!sectioned) {  // embedded, a section of its own
        ui::same_line_if_fits("When to see a doctor");
        if (ui::quiet_button(dc, "When to see a doctor")) open_red_flags();
    }

    const bool answered = v.screening.answered && !v.screening.editing;
    if (!answered && !sectioned) {
        ImGui::Spacing();
        draw_screening(m, v, dc, width);
        return;
    }
    if (answered && guide.blocked.urgency != Urgency::None) {
        ImGui::Spacing();
        block_card(dc, guide.blocked, width);
    }
    // What the visitor's answers change, before the advice (the page shows the same notices).
    if (answered && !guide.notices.empty()) {
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
    if (answered && guide.blocked.urgency != Urgency::None) {  // no steps, no timer, no logging here
        if (ui::quiet_button(dc, words::kChangeAnswers)) edit_screening(v);
        return;
    }
    if (sectioned) {
        ImGui::Spacing();
        draw_section_tiles(v, dc, section_rows(m, v, &guide), width);
        if (v.open_section != Section::None) section_body(m, v, ui, dc, zone, guide, v.open_section, width);
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
    if (shows_progress(m, v)) draw_storage_notice(m, v, ui, dc, width);
    const bool sectioned = uses_sections(m);
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
            // Embedded, a muscle's sources are in its last section.
            if (!sectioned || zone->kind == ZoneKind::Avoid || guide.blocked.urgency != Urgency::None) sources_list(dc, guide);
        }
    } else {
        if (shows_progress(m, v) && !sectioned) draw_routine_start(m, v, ui, dc);
        if (shows_progress(m, v) && !sectioned && !cached_home(m, v, ui).plan.empty()) draw_today_plan(m, v, ui, dc);
        ui::heading(dc, "Where does it hurt?");
        ui::text(words::for_pointer("Tap the spot on the map. You'll see which muscle it is, the right ball for it, and how to use it against a wall, on the floor or in a chair.", dc.touch_screen));
        if (!sectioned) ui::text(words::for_pointer("Several sore spots? Switch on \"Mark sore spots\" above the map and tap each one.", dc.touch_screen));
        if (ui::quiet_button(dc, "When to see a doctor")) open_red_flags();
    }
    if (!v.routine) marked_list(m, v, dc, left + width);
    if (v.map.selected.empty() && !v.routine) {
        // Embedded, the plan and progress are one section the reader opens.
        ImGui::Spacing();
        const std::vector<SectionRow> rows = section_rows(m, v, nullptr);
        draw_section_tiles(v, dc, rows, width);
        if (!rows.empty() && rows.front().open) {
            draw_routine_start(m, v, ui, dc);
            if (!cached_home(m, v, ui).plan.empty()) draw_today_plan(m, v, ui, dc);
        }
        if (shows_progress(m, v) && section_shows(m, v, Section::History)) draw_progress_home(m, v, ui, dc);
    }
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
