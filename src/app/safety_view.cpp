#include "safety_view.h"

#include "ui_kit.h"
#include "words.h"

namespace knotmap {

void draw_screening(const Model& m, Visitor& v, const DrawContext& dc, float width) {
    const Palette& p = dc.palette;
    const ui::Card card = ui::begin_card(width);
    ImGui::PushFont(dc.fonts.strong);
    ui::text(words::kScreeningTitle);
    ImGui::PopFont();
    ui::soft(dc, words::kScreeningNote);
    for (const GeneralCaution& c : m.content.general_cautions) {
        bool yes = applies(v.screening, c.id);
        ImGui::PushID(c.id.c_str());
        if (ImGui::Checkbox("##yes", &yes)) answer_question(v, m, c.id, yes);
        ImGui::SameLine();
        ImGui::BeginGroup();
        ui::text(c.label);
        ImGui::EndGroup();
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, 4 * dc.scale));
    const char* label = v.screening.yes.empty() ? words::kScreeningNone : words::kScreeningSave;
    if (ui::primary_button(dc, label)) confirm_screening(v, m);
    ui::end_card(dc, card, p.card, p.card_line);
}

void open_red_flags() { ImGui::OpenPopup(words::kRedFlags); }

void draw_red_flags_popup(const Content& content, const UiState& ui, const DrawContext& dc) {
    const ImGuiIO& io = ImGui::GetIO();
    const float s = dc.scale;
    const float width = std::min(io.DisplaySize.x - 24 * s, 520 * s);
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    const Palette& p = dc.palette;
    const bool dark = ImGui::ColorConvertU32ToFloat4(p.background).x < 0.5f;
    ImGui::PushStyleColor(ImGuiCol_PopupBg, ImGui::ColorConvertU32ToFloat4(p.card));
    // A red title bar, light or dark with the theme so its text stays readable.
    ImGui::PushStyleColor(ImGuiCol_TitleBgActive, dark ? ImVec4(0.40f, 0.12f, 0.12f, 1) : ImVec4(0.99f, 0.87f, 0.85f, 1));
    ImGui::PushStyleColor(ImGuiCol_ModalWindowDimBg, ImVec4(0.1f, 0.1f, 0.12f, 0.45f));
    bool open = true;
    if (ImGui::BeginPopupModal(words::kRedFlags, &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::PushTextWrapPos(0);
        ImGui::PushFont(dc.fonts.strong);
        ui::text(words::kRedFlagsIntro);
        ImGui::PopFont();
        for (const std::string& flag : content.red_flags) ui::bullet(flag);
        ImGui::Spacing();
        ui::text(content.red_flags_advice);
        for (const std::string& id : content.red_flags_sources)
            if (const Source* src = find_source(content, id)) ui::soft(dc, "Source: " + src->title + ", " + src->publisher);
        ImGui::PopTextWrapPos();
        if (ui::primary_button(dc, "Close") || ui::escape_pressed(ui))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopStyleColor(3);
}

}  // namespace knotmap
