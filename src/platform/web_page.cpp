#include "web_page.h"

#include <cstdlib>

extern "C" {
unsigned char* knotmap_page_take_asset(const char* name, int* length);
double knotmap_page_scroll_y();
void knotmap_page_update_layout(double content_height, double x, double y, double w, double h);
void knotmap_page_update_state(const char* selected, const char* marked_json);
void knotmap_page_fail(const char* message);
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

void update_state(const std::string& selected, const std::string& marked_json) {
    knotmap_page_update_state(selected.c_str(), marked_json.c_str());
}

void fail(const char* message) { knotmap_page_fail(message); }

void first_map_frame() { knotmap_page_first_map_frame(); }

}  // namespace knotmap::page
