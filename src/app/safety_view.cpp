#include "safety_view.h"

#include "ui_kit.h"
#include "words.h"

namespace knotmap {

namespace {

// One yes/no question: a checkbox and its label, wrapping beside it.
void question_row(const Model& m, Visitor& v, const std::string& id, const std::string& label) {
    bool yes = applies(v.screening, id);
    ImGui::PushID(id.c_str());
    if (ImGui::Checkbox("##yes", &yes)) answer_question(v, m, id, yes);
    ImGui::SameLine();
    ImGui::BeginGroup();
    ui::text(label);
    ImGui::EndGroup();
    ImGui::PopID();
}

}  // namespace

void draw_screening(const Model& m, Visitor& v, const DrawContext& dc, float width) {
    const Palette& p = dc.palette;
    const ui::Card card = ui::begin_card(width);
    ImGui::PushFont(dc.fonts.strong);
    ui::text(words::kScreeningTitle);
    ImGui::PopFont();
    ui::soft(dc, words::kScreeningNote);
    // Red flags first: any of them means a doctor, not a ball.
    ImGui::PushFont(dc.fonts.strong);
    ui::text(words::kRedFlagsCheck);
    ImGui::PopFont();
    for (const RedFlag& f : m.content.red_flags) question_row(m, v, f.id, f.question);
    ImGui::Dummy(ImVec2(0, 4 * dc.scale));
    ImGui::PushFont(dc.fonts.strong);
    ui::text(words::kConditionsCheck);
    ImGui::PopFont();
    for (const GeneralCaution& c : m.content.general_cautions) question_row(m, v, c.id, c.label);
    ImGui::Dummy(ImVec2(0, 4 * dc.scale));
    const char* label = v.screening.yes.empty() ? words::kScreeningNone : words::kScreeningSave;
    if (ui::primary_button(dc, label)) confirm_screening(v, m);
    ui::end_card(dc, card, p.card, p.card_line);
}

void draw_red_flags(const Content& content, const DrawContext& dc) {
    const Palette& p = dc.palette;
    ImGui::PushFont(dc.fonts.strong);
    ui::text(words::kRedFlagsIntro);
    ImGui::PopFont();
    // By urgency, most urgent first; each level's signs in one paragraph, so all fit a phone.
    for (Urgency u : {Urgency::Emergency, Urgency::Today, Urgency::Soon}) {
        std::string flags;
        for (const RedFlag& f : content.red_flags)
            if (f.urgency == u) flags += (flags.empty() ? "" : "; ") + f.question;
        ImGui::Spacing();
        ImGui::PushFont(dc.fonts.strong);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.warning));
        ui::text(content.urgencies[static_cast<int>(u)].title);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ui::text(flags + ".");
    }
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
        draw_red_flags(content, dc);
        ImGui::PopTextWrapPos();
        if (ui::primary_button(dc, "Close") || ui::escape_pressed(ui))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopStyleColor(3);
}

}  // namespace knotmap
