#include "ui_kit.h"

#include <imgui_internal.h>

#include <cstdio>

namespace knotmap::ui {

void text(const std::string& s) { ImGui::TextWrapped("%s", s.c_str()); }

void soft(const DrawContext& dc, const std::string& s) {
    ImGui::PushFont(dc.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(dc.palette.ink_soft));
    text(s);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void heading(const DrawContext& dc, const std::string& s) {
    ImGui::PushFont(dc.fonts.heading);
    text(s);
    ImGui::PopFont();
}

void subheading(const DrawContext& dc, const std::string& s) {
    ImGui::Dummy(ImVec2(0, 6 * dc.scale));
    ImGui::PushFont(dc.fonts.strong);
    text(s);
    ImGui::PopFont();
}

void bullet(const std::string& s) {
    const float indent = ImGui::CalcTextSize("•  ").x;
    ImGui::TextUnformatted("•");
    ImGui::SameLine(0, 0);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent - ImGui::CalcTextSize("•").x);
    ImGui::BeginGroup();
    text(s);
    ImGui::EndGroup();
}

void numbered(const DrawContext& dc, int n, const std::string& s) {
    const Palette& p = dc.palette;
    const float r = 11 * dc.scale;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 center(at.x + r, at.y + line * 0.5f);
    dl->AddCircleFilled(center, r, p.accent_soft, 24);
    char label[8];
    std::snprintf(label, sizeof label, "%d", n);
    ImGui::PushFont(dc.fonts.strong);
    const ImVec2 ts = ImGui::CalcTextSize(label);
    dl->AddText(ImVec2(center.x - ts.x * 0.5f, center.y - ts.y * 0.5f), p.accent, label);
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(at.x + 2 * r + 10 * dc.scale, at.y));
    ImGui::BeginGroup();
    text(s);
    ImGui::EndGroup();
}

bool primary_button(const DrawContext& dc, const char* label) {
    const Palette& p = dc.palette;
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.16f, 0.50f, 0.47f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.10f, 0.38f, 0.36f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.on_accent));
    ImGui::PushFont(dc.fonts.strong);
    const bool pressed = ImGui::Button(label);
    ImGui::PopFont();
    ImGui::PopStyleColor(4);
    return pressed;
}

void same_line_if_fits(const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float needed = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    // The panel wraps text at the window's current text-wrap position (window-local in 1.86).
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float wrap = window->DC.TextWrapPos > 0 ? window->Pos.x + window->DC.TextWrapPos
                                                  : window->Pos.x + ImGui::GetContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + needed <= wrap) ImGui::SameLine();
}

bool quiet_button(const DrawContext& dc, const char* label) {
    const Palette& p = dc.palette;
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.accent));
    const bool pressed = ImGui::Button(label);
    ImGui::PopStyleColor(2);
    return pressed;
}

Card begin_card(float width) {
    Card card;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const float pad = ImGui::GetStyle().WindowPadding.x * 0.75f;
    card.start = ImGui::GetCursorScreenPos();
    card.width = width;
    ImGui::SetCursorScreenPos(ImVec2(card.start.x + pad, card.start.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(card.start.x + width - pad - ImGui::GetWindowPos().x);
    return card;
}

void end_card(const DrawContext& dc, const Card& card, ImU32 tint, ImU32 border) {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float pad = ImGui::GetStyle().WindowPadding.x * 0.75f;
    const ImVec2 end(card.start.x + card.width, ImGui::GetItemRectMax().y + pad);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(card.start, end, tint, 14 * dc.scale);
    if (border) dl->AddRect(card.start, end, border, 14 * dc.scale, 0, 1 * dc.scale);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(card.start.x, end.y));
    ImGui::Dummy(ImVec2(card.width, 0));
}

bool escape_pressed(const UiState& ui) {
    return ui.escape_requested || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
}

}  // namespace knotmap::ui
