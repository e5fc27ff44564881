// The page around the canvas (web/app.js): assets fetched before start, the zone buttons and
// scroll height kept in sync, and the canvas regions that own touches. Implemented in
// knotmap_library.js; called once per changed frame at most.
#pragma once
#include <string>
#include <vector>

namespace knotmap::page {

// The bytes of an asset that web/app.js fetched before main() ran ("geometry", "content",
// "font-regular"...). Empty when the page had none.
std::vector<unsigned char> take_asset(const char* name);

// Document scroll position and whether the last pointer input began as a touch outside the map
// (a tap the browser turned into mouse events).
double scroll_y_css();

// Tells the page how tall the content is and where the map is (CSS pixels, canvas-relative).
void update_layout(double content_height, double map_x, double map_y, double map_w, double map_h);
// The visitor's state as the DOM layer renders it (page_view.h's snapshot), once per revision.
void update(const std::string& snapshot_json);
// The page's options as the core parsed them and the words both renderings show (page_view.h's
// setup_json), once at start.
void setup(const std::string& setup_json);

bool prefers_reduced_motion();
bool touch_screen();  // the main pointer is a finger (pointer: coarse)
// The reader's default font size over 16 px (1 unless they changed it), clamped to 0.75..2.
double text_scale();

void warn(const std::string& message);  // console.warn, for bad options
// What happened since the last frame (page_view.h's page_events_json): sessions logged, cues
// to play, a routine finished.
void events(const std::string& events_json);

// Wall-clock time in milliseconds and the local time zone's offset from UTC in minutes.
long long now_ms(int& utc_offset_minutes);

// Saves a file for the visitor; opens the file picker for an import; asks for a short note.
void download(const std::string& name, const std::string& text);
void pick_import_file();
void ask_note(const std::string& note_field_json);  // page_view.h's note_field_json
// Scrolls the document to y (CSS pixels), smoothly unless the visitor prefers reduced motion.
void scroll_to(double y_css);
// Opens a page (relative to the widget's) in a new tab: the reader's tap asked for it this frame.
void open(const std::string& url);

// Shows the page's own error message (used when the GL context cannot be created).
void fail(const char* message);
// Shows that the data files are broken, with one precise message per line.
void fail_data(const std::string& messages);

// Marks the first frame that shows the map (performance.mark for benchmarks).
void first_map_frame();
// Marks the first frame that shows the stored history, read after the first frame (for benchmarks).
void history_shown();
// A start-up phase's end, as a performance mark ("knotmap-" + name): bench/first-visit-trace.mjs
// breaks the first visit down by them.
void mark(const char* name);

}  // namespace knotmap::page
