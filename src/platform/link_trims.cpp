// Stand-ins the link uses instead of library code Knotmap never runs (-Wl,--wrap in
// CMakeLists.txt), so that code and its data stay out of the download:
// - Dear ImGui 1.86's fallback font (ProggyClean, ~9 KB compressed): the atlas falls back to it
//   only when no font was added, and Knotmap always adds Inter first.
// - SDL's game controller support and its mapping database: Dear ImGui's SDL backend asks for
//   a gamepad each frame, but only with ImGuiConfigFlags_NavEnableGamepad, which Knotmap leaves off.
// - Dear ImGui's saved table settings (an .ini reader and writer): Knotmap has no tables and no
//   .ini file.
// - SDL's software surfaces and their blitters: SDL reaches them only for colour cursors and a
//   software framebuffer; Knotmap draws with WebGL and uses the system cursors.
// - SDL's touch gesture recognizer ($1 gestures and multigesture events): Knotmap reads the
//   fingers itself (a pinch in src/app/app.cpp) and never enables those events.
// - Dear ImGui's dark colour set, which its style's constructor applies: the theme sets every
//   colour itself from its palette before the first frame (src/app/theme.cpp).
// - The C library's sscanf (4.5 KB): what Knotmap runs of it scans whole numbers only (the GL and
//   GLSL versions in Dear ImGui's OpenGL backend, "%d.%d" and "#version %d"; SDL's EGL version and
//   hints such as "%u" it never sets), so a scanner of whole numbers and literal characters stands
//   in. Dear ImGui's .ini and number-input readers also call it, and Knotmap uses neither.
#include <cctype>
#include <cstdarg>

struct ImFont;
struct ImFontConfig;
struct _SDL_GameController;
struct SDL_Surface;
struct SDL_PixelFormat;

extern "C" {
ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(void*, const ImFontConfig*) { return nullptr; }
_SDL_GameController* __wrap_SDL_GameControllerOpen(int) { return nullptr; }
unsigned char __wrap_SDL_GameControllerGetButton(_SDL_GameController*, int) { return 0; }
short __wrap_SDL_GameControllerGetAxis(_SDL_GameController*, int) { return 0; }
void __wrap__ZN5ImGui27TableSettingsInstallHandlerEP12ImGuiContext(void*) {}
void __wrap__ZN5ImGui15StyleColorsDarkEP10ImGuiStyle(void*) {}
int __wrap_SDL_GestureAddTouch(long long) { return 0; }
int __wrap_SDL_GestureDelTouch(long long) { return 0; }
void __wrap_SDL_GestureProcessEvent(void*) {}
void __wrap_SDL_GestureQuit() {}
SDL_Surface* __wrap_SDL_ConvertSurface(SDL_Surface*, const SDL_PixelFormat*, unsigned) { return nullptr; }
SDL_Surface* __wrap_SDL_CreateRGBSurface(unsigned, int, int, int, unsigned, unsigned, unsigned, unsigned) { return nullptr; }

// sscanf for "%d" and "%u" (optionally signed digits), spaces and literal characters; returns the
// number of values stored, like sscanf, or -1 for empty text. Anything else stops the scan.
static int scan_whole_numbers(const char* text, const char* fmt, va_list args) {
    if (!text || !*text) return -1;
    int stored = 0;
    while (*fmt) {
        if (std::isspace(static_cast<unsigned char>(*fmt))) {  // as in sscanf: any run of space
            while (std::isspace(static_cast<unsigned char>(*text))) ++text;
            ++fmt;
            continue;
        }
        if (*fmt != '%') {
            if (*text != *fmt) break;
            ++text;
            ++fmt;
            continue;
        }
        const char kind = fmt[1];
        if (kind != 'd' && kind != 'u') break;
        fmt += 2;
        while (std::isspace(static_cast<unsigned char>(*text))) ++text;
        const bool negative = *text == '-';
        if (*text == '-' || *text == '+') ++text;
        if (!std::isdigit(static_cast<unsigned char>(*text))) break;
        long long value = 0;
        while (std::isdigit(static_cast<unsigned char>(*text))) value = value * 10 + (*text++ - '0');
        if (negative) value = -value;
        if (kind == 'd') *va_arg(args, int*) = static_cast<int>(value);
        else *va_arg(args, unsigned*) = static_cast<unsigned>(value);
        ++stored;
    }
    return stored;
}

int __wrap_SDL_sscanf(const char* text, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    const int stored = scan_whole_numbers(text, fmt, args);
    va_end(args);
    return stored;
}

int __wrap_sscanf(const char* text, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    const int stored = scan_whole_numbers(text, fmt, args);
    va_end(args);
    return stored;
}
}
