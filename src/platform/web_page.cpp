#include "web_page.h"

#include <cstdlib>

extern "C" {
unsigned char* knotmap_page_take_asset(const char* name, int* length);
double knotmap_page_scroll_y();
void knotmap_page_update_layout(double content_height, double x, double y, double w, double h);
void knotmap_page_update(const char* snapshot_json);
void knotmap_page_setup(const char* setup_json);
double knotmap_page_text_scale();
int knotmap_page_prefers_reduced_motion();
void knotmap_page_warn(const char* message);
void knotmap_page_events(const char* events_json);
double knotmap_page_now_ms(int* utc_offset_minutes);
void knotmap_page_download(const char* name, const char* text);
void knotmap_page_pick_import_file();
void knotmap_page_ask_note(const char* note_field_json);
void knotmap_page_scroll_to(double y_css);
void knotmap_page_open(const char* url);
int knotmap_page_touch_screen();
void knotmap_page_fail(const char* message);
void knotmap_page_fail_data(const char* messages);
void knotmap_page_first_map_frame();
void knotmap_page_history_shown();
void knotmap_page_mark(const char* name);
}

namespace knotmap::page {

std::vector<unsigned char> take_asset(const char* name) {
    int length = 0;
    unsigned char* bytes = knotmap_page_take_asset(name, &length);
    std::vector<unsigned char> out;
    if (bytes) {
        out.assign(bytes, bytes + length);
        std::free(bytes);
    }
    return out;
}

double scroll_y_css() { return knotmap_page_scroll_y(); }

void update_layout(double content_height, double map_x, double map_y, double map_w, double map_h) {
    knotmap_page_update_layout(content_height, map_x, map_y, map_w, map_h);
}

void update(const std::string& snapshot_json) { knotmap_page_update(snapshot_json.c_str()); }

void setup(const std::string& setup_json) { knotmap_page_setup(setup_json.c_str()); }

double text_scale() { return knotmap_page_text_scale(); }



long long now_ms(int& utc_offset_minutes) { return static_cast<long long>(knotmap_page_now_ms(&utc_offset_minutes)); }


void download(const std::string& name, const std::string& text) { knotmap_page_download(name.c_str(), text.c_str()); }

void pick_import_file() { knotmap_page_pick_import_file(); }

void ask_note(const std::string& note_field_json) { knotmap_page_ask_note(note_field_json.c_str()); }
void scroll_to(double y_css) { knotmap_page_scroll_to(y_css); }
void open(const std::string& url) { knotmap_page_open(url.c_str()); }
bool touch_screen() { return knotmap_page_touch_screen() != 0; }

void warn(const std::string& message) { knotmap_page_warn(message.c_str()); }

void events(const std::string& events_json) { knotmap_page_events(events_json.c_str()); }

bool prefers_reduced_motion() { return knotmap_page_prefers_reduced_motion() != 0; }

void fail(const char* message) { knotmap_page_fail(message); }

void fail_data(const std::string& messages) { knotmap_page_fail_data(messages.c_str()); }

void first_map_frame() { knotmap_page_first_map_frame(); }

void history_shown() { knotmap_page_history_shown(); }

void mark(const char* name) { knotmap_page_mark(name); }

}  // namespace knotmap::page
