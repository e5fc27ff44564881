#include "theme.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

namespace knotmap {

namespace {

ImU32 rgba(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }

ImFont* add_font(const std::vector<unsigned char>& bytes, float size_px, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 (°, ½, ×...)
        0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
        0x2190, 0x2193,  // arrows
        0,
    };
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in FontFiles for the app's lifetime
    // Sub-pixel positioning needs oversampling only at low pixel ratios; at 2x and more it would
    // double the glyph rasterizing that delays the first frame, for no visible gain.
    config.OversampleH = scale >= 2 ? 1 : 2;  // embolden's callers repeat this
    config.OversampleV = 1;
    config.PixelSnapH = false;
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size()),
                                          size_px, &config, ranges);
}

// Semibold without a second font file (7 KB less to download): each glyph's coverage is widened
// to the right by a few atlas pixels, as FreeType's emboldening does, and its advance with it.
// Inter SemiBold's stems are about a twentieth of an em thicker than Regular's.
void embolden(ImFont* font, float size_px, int oversample) {
    ImFontAtlas* atlas = font->ContainerAtlas;
    const int extra = std::max(1, static_cast<int>(std::lround(size_px * 0.05f)));
    const int wide = extra * oversample;  // in atlas pixels
    for (ImFontGlyph& g : font->Glyphs) {
        if (!g.Visible) continue;
        const int x0 = static_cast<int>(std::lround(g.U0 * atlas->TexWidth)), x1 = static_cast<int>(std::lround(g.U1 * atlas->TexWidth));
        const int y0 = static_cast<int>(std::lround(g.V0 * atlas->TexHeight)), y1 = static_cast<int>(std::lround(g.V1 * atlas->TexHeight));
        for (int y = y0; y < y1; ++y) {
            unsigned char* row = atlas->TexPixelsAlpha8 + static_cast<size_t>(y) * static_cast<size_t>(atlas->TexWidth);
            for (int x = x1 + wide - 1; x >= x0; --x)  // right to left: each pixel reads only unwidened ones
                for (int k = 1; k <= wide && x - k >= x0; ++k) row[x] = std::max(row[x], row[x - k]);
        }
        g.U1 += static_cast<float>(wide) / static_cast<float>(atlas->TexWidth);
        g.X1 += static_cast<float>(extra);
        g.AdvanceX += static_cast<float>(extra);
    }
    font->BuildLookupTable();  // the advances changed
}

// ImGui sizes a font by its line (ascender to descender), CSS by its em square: Inter's line is
// 1.21 em, so "16 px" in ImGui would draw 13 px letters. Sizes here are CSS's, so this converts.
// Read from the font's hhea and head tables; 1 when they can't be read.
float line_per_em(const std::vector<unsigned char>& ttf) {
    const auto u16 = [&](size_t at) { return at + 2 <= ttf.size() ? (ttf[at] << 8) | ttf[at + 1] : 0; };
    const auto u32 = [&](size_t at) { return static_cast<size_t>(u16(at)) << 16 | static_cast<size_t>(u16(at + 2)); };
    size_t head = 0, hhea = 0;
    for (size_t i = 0, n = static_cast<size_t>(u16(4)); i < n; ++i) {
        const size_t entry = 12 + 16 * i;
        if (entry + 16 > ttf.size()) break;
        const std::string tag(reinterpret_cast<const char*>(&ttf[entry]), 4);
        if (tag == "head") head = u32(entry + 8);
        if (tag == "hhea") hhea = u32(entry + 8);
    }
    const int units = head ? u16(head + 18) : 0;
    const int ascent = hhea ? static_cast<int16_t>(u16(hhea + 4)) : 0, descent = hhea ? static_cast<int16_t>(u16(hhea + 6)) : 0;
    const float ratio = units > 0 ? static_cast<float>(ascent - descent) / static_cast<float>(units) : 1.0f;
    return ratio > 0.8f && ratio < 2.0f ? ratio : 1.0f;
}

Palette light() {
    return {
        rgba(247, 244, 240),       // background: warm paper
        rgba(38, 42, 51),          // ink
        rgba(92, 99, 112),         // ink_soft
        rgba(31, 111, 104),        // accent: deep teal
        rgba(214, 236, 232),       // accent_soft
        rgba(255, 255, 255),       // on_accent
        rgba(246, 214, 192),       // skin_top
        rgba(236, 193, 166),       // skin_bottom
        rgba(196, 140, 112),       // skin_line
        rgba(226, 178, 150),       // skin_shade
        rgba(92, 70, 56),          // hair
        rgba(250, 244, 234),       // bone
        rgba(170, 128, 104, 200),  // bone_line
        rgba(180, 120, 95, 150),   // crease
        rgba(226, 110, 92, 38),    // muscle_fill
        rgba(226, 110, 92, 120),   // muscle_hover
        rgba(200, 92, 76, 120),    // muscle_line
        rgba(31, 111, 104),        // selected_line
        rgba(226, 110, 92, 140),   // selected_fill
        rgba(150, 160, 180, 45),   // avoid_fill
        rgba(120, 132, 156, 130),  // avoid_hover
        rgba(120, 128, 150, 110),  // avoid_line
        rgba(124, 92, 214, 125),   // sore_fill
        rgba(98, 62, 184),         // sore_pin: 7.4:1 under white text
        rgba(255, 255, 255),       // on_sore
        rgba(190, 40, 40),         // warning
        rgba(255, 255, 255),       // on_warning
        rgba(255, 255, 255),       // card
        rgba(226, 220, 212),       // card_line
    };
}

// Dark: the figure keeps its skin tones (it is an illustration); the page around it goes dark.
Palette dark() {
    Palette p = light();
    p.background = rgba(22, 25, 30);
    p.ink = rgba(234, 232, 228);
    p.ink_soft = rgba(170, 175, 186);
    p.accent = rgba(86, 190, 178);
    p.accent_soft = rgba(32, 62, 59);
    p.on_accent = rgba(12, 22, 21);
    p.selected_line = rgba(120, 222, 208);
    p.card = rgba(33, 37, 44);
    p.card_line = rgba(58, 64, 75);
    p.sore_pin = rgba(184, 160, 255);  // light violet: 7:1 as text on the dark card
    p.on_sore = rgba(22, 25, 30);
    p.warning = rgba(238, 112, 104);   // 5.2:1 as text on the dark card
    p.on_warning = rgba(22, 25, 30);   // and 6:1 under dark text
    return p;
}

}  // namespace

Palette make_palette(bool dark_theme, bool has_accent, unsigned char r, unsigned char g, unsigned char b) {
    Palette palette = dark_theme ? dark() : light();
    if (!has_accent) return palette;
    // The blog's accent for buttons and highlights; its soft tint mixes it into the background.
    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(palette.background);
    const float k = 0.2f;
    palette.accent = rgba(r, g, b);
    palette.selected_line = palette.accent;
    palette.accent_soft = ImGui::ColorConvertFloat4ToU32(
        ImVec4(bg.x + (r / 255.0f - bg.x) * k, bg.y + (g / 255.0f - bg.y) * k, bg.z + (b / 255.0f - bg.z) * k, 1));
    // Text on the accent: dark on light accents, white on dark ones.
    const float luma = 0.2126f * r + 0.7152f * g + 0.0722f * b;
    palette.on_accent = luma > 150 ? rgba(20, 20, 20) : rgba(255, 255, 255);
    return palette;
}

Fonts build_fonts_and_style(const FontFiles& files, float scale, float text_scale, const Palette& p) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float type = scale * text_scale * line_per_em(files.regular);
    Fonts fonts;
    fonts.body = add_font(files.regular, 16 * type, scale);
    fonts.small = add_font(files.regular, 13 * type, scale);
    fonts.strong = add_font(files.regular, 16 * type, scale);
    fonts.heading = add_font(files.regular, 22 * type, scale);
    io.FontDefault = fonts.body;
    io.Fonts->TexGlyphPadding = 4;  // room for the emboldened glyphs to widen into
    io.Fonts->Build();
    const int oversample = scale >= 2 ? 1 : 2;  // as add_font sets it
    embolden(fonts.strong, 16 * type, oversample);
    embolden(fonts.heading, 22 * type, oversample);

    ImGuiStyle style;
    const bool is_dark = ImGui::ColorConvertU32ToFloat4(p.background).x < 0.5f;
    style.WindowPadding = ImVec2(16, 16);
    style.FramePadding = ImVec2(12, 8);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.FrameRounding = 10;
    style.WindowRounding = 0;
    style.ChildRounding = 12;
    style.PopupRounding = 10;
    style.GrabRounding = 8;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = 0;
    style.ScrollbarSize = 0;
    style.ScaleAllSizes(scale);
    // Every colour from the palette: Dear ImGui's own light and dark sets are not linked in
    // (src/platform/link_trims.cpp). What Knotmap never draws (tables, tabs, plots, grips) gets the line colour.
    ImVec4* c = style.Colors;
    for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = ImGui::ColorConvertU32ToFloat4(p.card_line);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TextSelectedBg] = ImGui::ColorConvertU32ToFloat4(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = c[ImGuiCol_HeaderActive] = ImGui::ColorConvertU32ToFloat4(p.accent_soft);
    // Behind a modal popup: the page dims towards black (light theme) or white (dark), as ImGui's sets do.
    const float dim = is_dark ? 0.8f : 0.2f;
    c[ImGuiCol_ModalWindowDimBg] = c[ImGuiCol_NavWindowingDimBg] = ImVec4(dim, dim, dim, 0.35f);
    c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);  // the GL clear colour is the background: the map is drawn under the window
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(p.ink);
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(p.ink_soft);
    c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(p.accent_soft);
    c[ImGuiCol_ButtonHovered] = ImGui::ColorConvertU32ToFloat4(p.accent_soft);
    c[ImGuiCol_ButtonHovered].w = 0.8f;
    c[ImGuiCol_ButtonActive] = ImGui::ColorConvertU32ToFloat4(p.accent);
    c[ImGuiCol_ButtonActive].w = 0.5f;
    c[ImGuiCol_Separator] = ImGui::ColorConvertU32ToFloat4(p.card_line);
    c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(p.card_line);
    c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(p.accent);
    c[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(p.card_line);
    c[ImGuiCol_FrameBgHovered] = ImGui::ColorConvertU32ToFloat4(p.accent_soft);
    c[ImGuiCol_FrameBgActive] = ImGui::ColorConvertU32ToFloat4(p.accent_soft);
    c[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(p.accent);
    c[ImGuiCol_PopupBg] = ImGui::ColorConvertU32ToFloat4(p.card);
    c[ImGuiCol_TitleBg] = ImGui::ColorConvertU32ToFloat4(p.card_line);
    c[ImGuiCol_TitleBgActive] = ImGui::ColorConvertU32ToFloat4(p.card_line);
    ImGui::GetStyle() = style;
    return fonts;
}

}  // namespace knotmap
