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
SDL_Surface* __wrap_SDL_ConvertSurface(SDL_Surface*, const SDL_PixelFormat*, unsigned) { return nullptr; }
SDL_Surface* __wrap_SDL_CreateRGBSurface(unsigned, int, int, int, unsigned, unsigned, unsigned, unsigned) { return nullptr; }
}
