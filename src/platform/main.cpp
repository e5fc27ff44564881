// Platform glue: SDL2 window and WebGL2 context, the Emscripten main loop, HiDPI handling and
// the exported functions behind window.knotmap. Everything the user sees is drawn by src/app.
#include <SDL.h>
#include <SDL_opengles2.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_internal.h>  // the modal's dimming fade, which must be drawn to its end

#include <cfloat>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "app.h"
#include "gl_renderer.h"
#include "json_check.h"
#include "last_frame.h"
#include "page_api.h"
#include "page_view.h"
#include "local_storage.h"
#include "web_page.h"

namespace {

struct Platform {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    knotmap::App app;
    int frames_to_draw = 3;  // draw only after input, plus a few frames so ImGui settles (hover, popups)
    bool touch_active = false;
    int frames_since_touch_up = 1000;
    bool last_pointer_touch = false;
    bool touch_screen = false;  // read once at start: the words say "tap" or "click"
    float touch_x = 0, touch_y = 0;  // last position of the finger SDL makes the mouse, 0..1 of the canvas
    struct Finger {
        SDL_FingerID id;
        float x, y;  // 0..1 of the canvas
    };
    Finger fingers[4];  // on the screen now, in the order they came: two make a pinch
    int finger_count = 0;
    bool first_map_frame_reported = false;
    bool history_reported = false;
    bool show_release = false;  // the last frame ended on a release: the next shows the button up
    double last_scroll = -1;
    float sent_content_height = -1;  // the layout the page was last told
    knotmap::Rect sent_map;
    unsigned sent_revision = ~0u;  // the visitor's revision of the last snapshot: none sent yet
    GLuint font_texture = 0;  // the atlas, uploaded by upload_font_atlas
    knotmap::LastFrame last_frame;  // a frame that repeats it is not drawn
    knotmap::GlRenderer renderer;
    knotmap::LocalStorage storage;
};

knotmap::LocalClock wall_clock() {
    knotmap::LocalClock clock;
    clock.now_ms = knotmap::page::now_ms(clock.utc_offset_minutes);
    return clock;
}

Platform g;

// Idle costs nothing: when no frame is due the main loop is paused (no requestAnimationFrame at
// all), and the page resumes it on any input, scroll, resize or API call (web/app.js).
bool g_loop_paused = false;
bool g_page_visible = true;  // the tab is shown and the canvas is on screen
long g_frames_drawn = 0;

void request_frames(int n = 3) {
    if (g.frames_to_draw < n) g.frames_to_draw = n;
    if (g_loop_paused && g_page_visible) {
        g_loop_paused = false;
        emscripten_resume_main_loop();
    }
}

// Keeps the fingers on the screen; true when this one is the first (SDL's touch mouse).
bool track_finger(const SDL_TouchFingerEvent& f, bool down) {
    int i = 0;
    while (i < g.finger_count && g.fingers[i].id != f.fingerId) ++i;
    if (i == g.finger_count) {
        if (!down || g.finger_count == 4) return g.finger_count == 0;  // a fifth finger is not followed
        ++g.finger_count;
        g.fingers[i].id = f.fingerId;
    }
    g.fingers[i].x = f.x;
    g.fingers[i].y = f.y;
    if (!down) {
        for (int j = i + 1; j < g.finger_count; ++j) g.fingers[j - 1] = g.fingers[j];
        --g.finger_count;
    }
    return i == 0;
}

void handle_event(const SDL_Event& e) {
    ImGui_ImplSDL2_ProcessEvent(&e);
    switch (e.type) {
        case SDL_FINGERDOWN:
        case SDL_FINGERMOTION:
            g.touch_active = true;
            g.last_pointer_touch = true;
            if (track_finger(e.tfinger, true)) {
                g.touch_x = e.tfinger.x;
                g.touch_y = e.tfinger.y;
            }
            break;
        case SDL_FINGERUP:
            if (track_finger(e.tfinger, false)) {
                g.touch_x = e.tfinger.x;
                g.touch_y = e.tfinger.y;
            }
            g.touch_active = g.finger_count > 0;
            if (!g.touch_active) g.frames_since_touch_up = 0;
            break;
        case SDL_MOUSEMOTION:
            if (e.motion.which != SDL_TOUCH_MOUSEID) g.last_pointer_touch = false;
            break;
        case SDL_WINDOWEVENT:
            g.last_frame.forget();  // a resized canvas starts blank, even at the same size
            break;
        default:
            break;
    }
    request_frames();
}

// ImGui works in device pixels here: sizes, fonts and mouse all scaled by the pixel ratio, so
// text is rasterized at full resolution instead of being upscaled.
float update_display_metrics(ImGuiIO& io) {
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(g.window, &w, &h);
    SDL_GL_GetDrawableSize(g.window, &dw, &dh);
    const float scale = w > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
    io.DisplaySize = ImVec2(static_cast<float>(dw), static_cast<float>(dh));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    if (io.MousePos.x != -FLT_MAX) io.MousePos = ImVec2(io.MousePos.x * scale, io.MousePos.y * scale);
    if (g.last_pointer_touch) {
        // SDL drops mouse focus when a finger lifts, so the finger's own position is used; and a
        // finger leaves no hover behind: the position is forgotten two frames after it lifts
        // (a button needs it on the frame of the release).
        const bool finger_matters = g.touch_active || g.frames_since_touch_up <= 2;
        io.MousePos = finger_matters ? ImVec2(g.touch_x * static_cast<float>(dw), g.touch_y * static_cast<float>(dh))
                                     : ImVec2(-FLT_MAX, -FLT_MAX);
    }
    return scale;
}

// The page hears of a change once per revision of the visitor: one snapshot, which its DOM layer
// renders part by part (each part has its own revision).
void sync_page(const knotmap::FrameOutput& out, float scale) {
    const knotmap::Rect map = out.map_on_screen;
    if (out.content_height != g.sent_content_height || map.x != g.sent_map.x || map.y != g.sent_map.y ||
        map.w != g.sent_map.w || map.h != g.sent_map.h) {
        g.sent_content_height = out.content_height;
        g.sent_map = map;
        knotmap::page::update_layout(out.content_height / scale, map.x / scale, map.y / scale, map.w / scale,
                                     map.h / scale);
    }
    knotmap::Visitor& visitor = g.app.visitor;
    const knotmap::Json events = knotmap::page_events_json(g.app.model, visitor);
    if (!events.is_null()) knotmap::page::events(events.dump());
    knotmap::PageRequests& requests = g.app.ui.requests;
    if (!requests.download_name.empty()) knotmap::page::download(requests.download_name, requests.download_text);
    if (requests.pick_import_file) knotmap::page::pick_import_file();
    if (requests.ask_note) knotmap::page::ask_note(knotmap::note_field_json(knotmap::log_form_view(g.app.model, visitor)).dump());
    if (requests.scroll_to >= 0) knotmap::page::scroll_to(requests.scroll_to);
    if (!requests.open_url.empty()) knotmap::page::open(requests.open_url);
    requests = knotmap::PageRequests{};
    if (visitor.revision.all != g.sent_revision) {
        g.sent_revision = visitor.revision.all;
        knotmap::page::update(knotmap::snapshot_json(g.app.model, visitor).dump());
    }
}

// The font atlas as luminance and alpha (white, with the glyphs' coverage as alpha) instead of
// RGBA: half the bytes to convert and upload before the first frame. The CPU copy is dropped once
// uploaded.
void upload_font_atlas() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* alpha = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&alpha, &w, &h);
    // A raw buffer filled in one flat loop: a std::vector would construct the megabyte byte by byte.
    const size_t count = static_cast<size_t>(w) * static_cast<size_t>(h);
    const std::unique_ptr<unsigned char[]> pixels(new unsigned char[count * 2]);
    unsigned char* out = pixels.get();
    for (size_t i = 0; i < count; ++i) {
        out[2 * i] = 255;
        out[2 * i + 1] = alpha[i];
    }
    if (!g.font_texture) glGenTextures(1, &g.font_texture);
    glBindTexture(GL_TEXTURE_2D, g.font_texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, w, h, 0, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE, out);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(g.font_texture)));
    io.Fonts->ClearTexData();
    g.last_frame.forget();  // same texture name, new glyphs
}

void frame() {
    // One click, tap or key press per frame: Dear ImGui 1.86 sees only each frame's final input
    // state, so what is queued behind a release (a slow frame on a cheap phone) or behind a key
    // going down (its release) waits for the next frame instead of cancelling it out.
    // And after a release, one frame with the button up and no new events: a press and release in
    // one frame count as "held" for that frame, so a second tap in the very next frame would read
    // as the same long press and be lost (taps come in bunches when frames are slow).
    const bool show_release = g.show_release;
    g.show_release = false;
    SDL_Event e;
    while (!show_release && SDL_PollEvent(&e)) {
        handle_event(e);
        const bool release = e.type == SDL_FINGERUP || (e.type == SDL_MOUSEBUTTONUP && e.button.which != SDL_TOUCH_MOUSEID);
        g.show_release = release;
        if (release || e.type == SDL_KEYDOWN) break;
    }
    const double scroll = knotmap::page::scroll_y_css();
    if (scroll != g.last_scroll) {
        g.last_scroll = scroll;
        request_frames();
    }
    if (g.touch_active || g.frames_since_touch_up <= 3) request_frames(1);
    // The session log is read once the map is on screen: years of it would delay the first frame.
    if (g.first_map_frame_reported && knotmap::load_progress(g.app.visitor, g.app.model)) request_frames();
    if (g.frames_to_draw <= 0 || !g_page_visible) {
        g_loop_paused = true;
        emscripten_pause_main_loop();
        return;
    }
    --g.frames_to_draw;
    ++g.frames_since_touch_up;

    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (show_release) io.MouseDown[0] = false;  // SDL's mouse state may already hold the next press
    const float scale = update_display_metrics(io);
    const float text_scale = static_cast<float>(knotmap::page::text_scale());
    if (knotmap::app_fonts_stale(g.app, scale, text_scale)) {
        knotmap::app_rebuild_fonts(g.app, scale, text_scale);
        upload_font_atlas();
        if (!g.first_map_frame_reported) knotmap::page::mark("fonts-built");
    }
    ImGui::NewFrame();
    knotmap::FrameInput in;
    in.width = io.DisplaySize.x;
    in.height = io.DisplaySize.y;
    in.scale = scale;
    in.scroll_y = static_cast<float>(scroll) * scale;
    in.pointer_is_touch = g.last_pointer_touch;
    in.touch_screen = g.touch_screen;
    in.now = emscripten_get_now() / 1000.0;
    in.clock = wall_clock();
    in.reduced_motion = knotmap::page::prefers_reduced_motion();
    in.fingers = g.finger_count;
    if (g.finger_count >= 2) {
        const float dw = io.DisplaySize.x, dh = io.DisplaySize.y;
        in.finger_a = {g.fingers[0].x * dw, g.fingers[0].y * dh};
        in.finger_b = {g.fingers[1].x * dw, g.fingers[1].y * dh};
    }
    knotmap::FrameOutput out;
    const unsigned revision_before = g.app.visitor.revision.all;
    const std::string hovered_before = g.app.ui.hovered;
    knotmap::app_frame(g.app, in, out);
    const bool state_changed = g.app.visitor.revision.all != revision_before || g.app.ui.hovered != hovered_before;
    if (show_release) {
        // The release takes effect in the UI, but nothing is drawn: the next frame shows the
        // result, and drawing costs far more than the UI pass (the whole screen, in software
        // where there is no GPU), so a burst of taps costs one drawn frame each, not two.
        ImGui::EndFrame();
        request_frames(state_changed ? 3 : 1);
        sync_page(out, scale);
        return;
    }
    ImGui::Render();
    if (!g.first_map_frame_reported) knotmap::page::mark("ui-built");
    const ImU32 background = g.app.draw.palette.background;
    const bool unchanged = g.last_frame.same(*ImGui::GetDrawData(), background) && g.first_map_frame_reported;
    if (!unchanged) {
        ++g_frames_drawn;  // counted here, after the release pass returned: only iterations that draw
        g.renderer.draw(*ImGui::GetDrawData(), background);
    }
    if (state_changed) request_frames();
    if (out.animating) request_frames(1);
    // A modal popup dims what is behind it over a few frames: drawn until done, or the dimming
    // would stop a tenth of the way in when the loop pauses.
    if (ImGui::GetTopMostPopupModal() && GImGui->DimBgRatio < 1.0f) request_frames(1);
    if (!g.first_map_frame_reported) {
        g.first_map_frame_reported = true;
        knotmap::page::first_map_frame();  // builds the zone buttons that sync_page then updates
        if (!g.renderer.linked()) knotmap::page::fail("webgl2");  // as good as no WebGL 2 here
    } else if (!g.history_reported && !g.app.visitor.progress_pending) {
        g.history_reported = true;
        knotmap::page::history_shown();
    }
    sync_page(out, scale);
}

std::string asset_text(const char* name) {
    const std::vector<unsigned char> bytes = knotmap::page::take_asset(name);
    return std::string(bytes.begin(), bytes.end());
}

// The page's options (URL parameters, or the embed's data attributes) as name/value pairs.
knotmap::OptionPairs page_options() {
    knotmap::OptionPairs pairs;
    knotmap::Json doc;
    knotmap::ErrorList ignored("options");
    if (!knotmap::parse_json_value(asset_text("options"), doc, ignored) || !doc.is_array()) return pairs;
    for (const knotmap::Json& pair : doc)
        if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_string())
            pairs.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    return pairs;
}

}  // namespace

extern "C" {

// Every call of window.knotmap and of the page's DOM layer: a name and its arguments as a JSON
// array; the answer is JSON (src/core/page_api.cpp has the table). ccall copies the returned text
// into a JavaScript string at once, so one buffer serves every call.
EMSCRIPTEN_KEEPALIVE const char* knotmap_call(const char* name, const char* args_json) {
    static std::string result;
    knotmap::set_time(g.app.visitor, emscripten_get_now() / 1000.0, wall_clock());
    const knotmap::PageCall call{g.app.model, g.app.visitor, g.app.layout, g.app.draw.scale};
    result = knotmap::call_page_api(call, name ? name : "", args_json ? args_json : "[]");
    request_frames();
    return result.c_str();
}

EMSCRIPTEN_KEEPALIVE void knotmap_request_frame() { request_frames(); }

// The technique pictures (assets/pictures.json), fetched by the page after the first map frame.
// Returns 1 when they were taken; 0: the guide goes on without them (the page says so in the console).
EMSCRIPTEN_KEEPALIVE int knotmap_load_pictures(const char* json) {
    if (!knotmap::load_model_pictures(g.app.model, json ? json : "")) return 0;
    knotmap::pictures_arrived(g.app.visitor);
    request_frames();
    return 1;
}

// The zone whose button has keyboard focus in the page, ringed on the map ("" for none).
EMSCRIPTEN_KEEPALIVE int knotmap_set_focus(const char* id) {
    const std::string zone = id ? id : "";
    if (!zone.empty() && !knotmap::find_zone(g.app.model.geometry, zone)) return 0;
    g.app.ui.focused = zone;
    request_frames();
    return 1;
}

EMSCRIPTEN_KEEPALIVE void knotmap_escape() {
    g.app.ui.escape_requested = true;
    request_frames();
}

// The page reports whether anyone can see the widget (tab visibility, canvas in the viewport).
EMSCRIPTEN_KEEPALIVE void knotmap_set_visible(int visible) {
    g_page_visible = visible != 0;
    if (g_page_visible) {
        g.last_frame.forget();  // a hidden tab's canvas may have been dropped by the browser
        request_frames();
    }
    else knotmap::store_routine_now(g.app.visitor);  // a closed tab resumes from here
}

// Frames drawn since start (a release pass that runs the UI without drawing is not one): the idle
// test and the benchmarks read it.
EMSCRIPTEN_KEEPALIVE long knotmap_frames_drawn() { return g_frames_drawn; }

// 1 once the loop has paused: everything the last change asked for is drawn. Tests wait on it
// instead of waiting a fixed time.
EMSCRIPTEN_KEEPALIVE int knotmap_loop_paused() { return g_loop_paused ? 1 : 0; }

}  // extern "C"

int main() {
    knotmap::page::mark("main");
    std::vector<std::string> warnings;
    if (!knotmap::app_start(g.app, asset_text("geometry"), asset_text("content"), page_options(), warnings)) {
        // The page shows the precise messages as text, instead of a blank or half-drawn canvas.
        std::string messages;
        for (const std::string& e : g.app.load_errors) messages += e + "\n";
        knotmap::page::fail_data(messages);
        return 1;
    }
    for (const std::string& warning : warnings) knotmap::page::warn(warning);
    knotmap::page::setup(knotmap::setup_json(g.app.model).dump());
    knotmap::set_time(g.app.visitor, emscripten_get_now() / 1000.0, wall_clock());
    knotmap::attach_storage(g.app.visitor, g.app.model, g.storage);
    knotmap::page::mark("data-read");
    g.touch_screen = knotmap::page::touch_screen();
    g.app.font_files.regular = knotmap::page::take_asset("font-regular");

    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        knotmap::page::fail(SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    // The canvas is sized by CSS; SDL follows it and keeps the backing store at CSS size x devicePixelRatio.
    g.window = SDL_CreateWindow("Knotmap", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 800, 600,
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    g.gl = g.window ? SDL_GL_CreateContext(g.window) : nullptr;
    if (!g.gl) {
        knotmap::page::fail("webgl2");
        return 1;
    }
    // Wheel scrolling belongs to the page (the panel scrolls with the document), so SDL must not
    // swallow it.
    SDL_EventState(SDL_MOUSEWHEEL, SDL_IGNORE);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
    g.renderer.create();
    knotmap::page::mark("gl-ready");
    frame();  // the first frame now, instead of at the next animation frame: the map shows sooner
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
