#include "web_page.h"

#include <cstdlib>

extern "C" {
unsigned char* knotmap_page_take_asset(const char* name, int* length);
double knotmap_page_scroll_y();
void knotmap_page_update_layout(double content_height, double x, double y, double w, double h);
void knotmap_page_update_state(const char* selected, const char* marked_json, const char* guide_json);
char* knotmap_page_load_setting(const char* key);
void knotmap_page_save_setting(const char* key, const char* value);
int knotmap_page_prefers_reduced_motion();
void knotmap_page_fail(const char* message);
void knotmap_page_fail_data(const char* messages);
void knotmap_page_first_map_frame();
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

void update_state(const std::string& selected, const std::string& marked_json, const std::string& guide_json) {
    knotmap_page_update_state(selected.c_str(), marked_json.c_str(), guide_json.c_str());
}

std::string load_setting(const char* key) {
    char* value = knotmap_page_load_setting(key);
    std::string out = value ? value : "";
    std::free(value);
    return out;
}

void save_setting(const char* key, const std::string& value) { knotmap_page_save_setting(key, value.c_str()); }

bool prefers_reduced_motion() { return knotmap_page_prefers_reduced_motion() != 0; }

void fail(const char* message) { knotmap_page_fail(message); }

void fail_data(const std::string& messages) { knotmap_page_fail_data(messages.c_str()); }

void first_map_frame() { knotmap_page_first_map_frame(); }

}  // namespace knotmap::page
