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
// - The C library's sine and cosine, whose range reduction is built for any double up to 1e308
//   (a 2 KB table-driven reduction and its kernels): what Knotmap draws needs angles of a few
//   turns, so a reduction by quarter turns and Taylor kernels stand in (error below 1e-9 there).
// - The environment: a browser has none (Emscripten makes up a few variables, with their code in
//   the JavaScript glue); SDL asks it for hint overrides Knotmap never sets.
// - The C library's strstr (1.3 KB, a two-way search for long texts): SDL looks for hint names
//   and Dear ImGui for "###" in window names, a few dozen bytes each; a plain search stands in.
// - SDL's fullscreen, pointer lock, window title and "before unload" hooks into the page (about
//   9 KB of Emscripten's JavaScript glue): Knotmap never asks for fullscreen or a locked pointer,
//   has no quit to send, and must leave the page's (a blog's) title alone. Likewise its wheel
//   and key-press listeners: the wheel scrolls the page (Knotmap ignores SDL's wheel events), and
//   no text is typed on the canvas (the note is typed in the page's own dialog).
// - Dear ImGui's dark colour set, which its style's constructor applies: the theme sets every
//   colour itself from its palette before the first frame (src/app/theme.cpp).
// - The C library's sscanf (4.5 KB): what Knotmap runs of it scans whole numbers only (SDL's EGL
//   version, "%d.%d", and hints such as "%u" it never sets), so a scanner of whole numbers and
//   literal characters stands in. Dear ImGui's .ini and number-input readers also call it, and
//   Knotmap uses neither.
#include <cctype>
#include <cmath>
#include <cstdio>
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
// EMSCRIPTEN_RESULT_SUCCESS for the hooks, EMSCRIPTEN_RESULT_NOT_SUPPORTED for the requests.
int __wrap_emscripten_set_fullscreenchange_callback_on_thread(const char*, void*, int, void*, void*) { return 0; }
int __wrap_emscripten_set_pointerlockchange_callback_on_thread(const char*, void*, int, void*, void*) { return 0; }
int __wrap_emscripten_set_wheel_callback_on_thread(const char*, void*, int, void*, void*) { return 0; }
int __wrap_emscripten_set_keypress_callback_on_thread(const char*, void*, int, void*, void*) { return 0; }
int __wrap_emscripten_set_beforeunload_callback_on_thread(void*, void*, void*) { return 0; }
int __wrap_emscripten_request_fullscreen_strategy(const char*, int, const void*) { return -1; }
int __wrap_emscripten_exit_fullscreen() { return -1; }
int __wrap_emscripten_request_pointerlock(const char*, int) { return -1; }
int __wrap_emscripten_exit_pointerlock() { return -1; }
void __wrap_emscripten_set_window_title(const char*) {}

char* __wrap_getenv(const char*) { return nullptr; }
// The C library's start-up copies the environment in; with none to copy, the glue that makes one up goes.
unsigned short __wrap___wasi_environ_sizes_get(unsigned long*, unsigned long*) { return 52; }  // ENOSYS
unsigned short __wrap___wasi_environ_get(unsigned char**, unsigned char*) { return 52; }
// The C library's standard streams: their messages come through fiprintf (src/platform/number_text.cpp)
// to the console, so the streams' writes, seeks and closes, and their JavaScript glue, go.
size_t __wrap___stdio_write(FILE*, const unsigned char*, size_t) { return 0; }
long long __wrap___stdio_seek(FILE*, long long, int) { return -1; }
int __wrap___stdio_close(FILE*) { return 0; }

char* __wrap_strstr(const char* text, const char* word) {
    for (;; ++text) {
        const char *t = text, *w = word;
        while (*w && *t == *w) ++t, ++w;
        if (!*w) return const_cast<char*>(text);
        if (!*text) return nullptr;
    }
}

// sin(x) (cosine: cos(x)) by the quarter turn x is nearest: r = x - q pi/2, |r| <= pi/4.
static double sine_or_cosine(double x, bool cosine) {
    if (!(std::fabs(x) < 1e9)) return std::isnan(x) || std::isinf(x) ? NAN : 0;  // not an angle anything here draws
    const double q = std::nearbyint(x * 0.63661977236758134308);
    const double r = (x - q * 1.57079632673412561417) - q * 6.07710050650619224932e-11;  // pi/2 in two parts
    const double r2 = r * r;
    const double s = r * (1 + r2 * (-1.0 / 6 + r2 * (1.0 / 120 + r2 * (-1.0 / 5040 + r2 * (1.0 / 362880 - r2 / 39916800)))));
    const double c = 1 + r2 * (-0.5 + r2 * (1.0 / 24 + r2 * (-1.0 / 720 + r2 * (1.0 / 40320 - r2 / 3628800))));
    switch ((static_cast<long long>(q) + (cosine ? 1 : 0)) & 3) {
        case 0: return s;
        case 1: return c;
        case 2: return -s;
        default: return -c;
    }
}
double __wrap_sin(double x) { return sine_or_cosine(x, false); }
double __wrap_cos(double x) { return sine_or_cosine(x, true); }
float __wrap_sinf(float x) { return static_cast<float>(sine_or_cosine(x, false)); }
float __wrap_cosf(float x) { return static_cast<float>(sine_or_cosine(x, true)); }

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
