// Colours, type sizes and spacing of the light and dark themes, and the fonts rasterized at the device
// pixel ratio so text stays crisp on HiDPI screens.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

namespace knotmap {

struct Palette {
    ImU32 background, ink, ink_soft, accent, accent_soft, on_accent;
    ImU32 skin_top, skin_bottom, skin_line, skin_shade, hair;
    ImU32 bone, bone_line, crease;
    ImU32 muscle_fill, muscle_hover, muscle_line, selected_line, selected_fill;
    ImU32 avoid_fill, avoid_hover, avoid_line;
    // The visitor's own sore marks: violet, a hue no soreness score (yellow to red) uses.
    ImU32 sore_fill, sore_pin, on_sore;  // on_sore: text on a sore_pin button
    ImU32 warning, on_warning;           // "not here", stop signs, deleting: red
    ImU32 card, card_line;
};

// The light or dark palette, with the page's accent colour if it gave one.
Palette make_palette(bool dark, bool has_accent, unsigned char r, unsigned char g, unsigned char b);

struct Fonts {
    ImFont* body = nullptr;      // 16 CSS px (the em, as CSS sizes it)
    ImFont* small = nullptr;     // 13 CSS px: the smallest text anywhere
    ImFont* strong = nullptr;    // 16 CSS px, emboldened as semibold
    ImFont* heading = nullptr;   // 22 CSS px, emboldened as semibold
};

struct FontFiles {
    std::vector<unsigned char> regular;  // TTF bytes (the page fetches them before start)
};

// Rebuilds the font atlas and the style for a device pixel ratio. The caller re-uploads the
// font texture afterwards (the renderer owns it).
// text_scale enlarges the type only (the reader's default font size), not the spacing.
Fonts build_fonts_and_style(const FontFiles& files, float scale, float text_scale, const Palette& palette);

}  // namespace knotmap
