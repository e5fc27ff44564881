// Embedded in a blog post, the panel under the map stays short: the selected zone's name and a
// line about it, then the rest as sections the reader opens, one at a time (the canvas and the
// page's DOM layer both render these rows). On Knotmap's own page everything shows at once.
#pragma once
#include <string>
#include <vector>

#include "json_check.h"
#include "model.h"

namespace knotmap {

struct Guide;
struct Visitor;

enum class Section { None, Ball, Steps, Dose, History, Care, Doctor };

struct SectionRow {
    Section id = Section::None;
    std::string title;   // "Which ball"
    std::string teaser;  // what it holds, in a few words: "Tennis ball"
    bool open = false;
};

const char* section_id(Section s);  // "ball", "steps", "dose", "history", "care", "doctor"; "" for None
Section section_from_id(const std::string& id);  // None for anything else

bool uses_sections(const Model& m);  // embedded: the reader opens what they want
// Whether a part of the panel shows now: always on Knotmap's own page, else when its section is open.
bool section_shows(const Model& m, const Visitor& v, Section s);
// The rows under the selected zone (a muscle the answers don't block), or, with nothing selected,
// the progress row; empty on Knotmap's own page.
std::vector<SectionRow> section_rows(const Model& m, const Visitor& v, const Guide* guide);
Json sections_json(const std::vector<SectionRow>& rows);  // [{id, title, teaser, open}]
// Where the muscle is, under its name: embedded, its first sentence (the steps section has the rest).
std::string zone_summary(const Model& m, const std::string& where);

// Where the reader's history lives, said when it may not be where they expect: embedded (a
// browser keeps an embedded widget's storage per site) or without storage. With a link to the
// full page with the same options, opened in its own tab, where the history is Knotmap's own.
struct HistoryPlace {
    bool shown = false;
    std::string text;        // "Your history is kept on this blog, in this browser only..."
    std::string link_label = "Open Knotmap in its own tab";
    std::string link_href;   // relative to the widget's page: "?zone=ql-left&theme=dark"
};
HistoryPlace history_place(const Model& m, const Visitor& v);
Json history_place_json(const HistoryPlace& place);  // {text, label, href} or null
// The options as URL parameters, for the full page: the reader's current zone instead of the
// starting one, without "embed".
std::string full_page_query(const Model& m, const Visitor& v);

}  // namespace knotmap
