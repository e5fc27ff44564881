#include "sections.h"

#include <cstdio>

#include "guide.h"
#include "visitor.h"
#include "words.h"

namespace knotmap {

namespace {

const char* const kSectionIds[] = {"", "ball", "steps", "dose", "history", "care", "doctor"};

SectionRow row(const Visitor& v, Section id, const char* title, std::string teaser) {
    return {id, title, std::move(teaser), v.open_section == id};
}

}  // namespace

const char* section_id(Section s) { return kSectionIds[static_cast<int>(s)]; }

Section section_from_id(const std::string& id) {
    for (int i = 1; i < 7; ++i)
        if (id == kSectionIds[i]) return static_cast<Section>(i);
    return Section::None;
}

bool uses_sections(const Model& m) { return m.options.embedded; }

bool section_shows(const Model& m, const Visitor& v, Section s) { return !uses_sections(m) || v.open_section == s; }

std::vector<SectionRow> section_rows(const Model& m, const Visitor& v, const Guide* guide) {
    std::vector<SectionRow> rows;
    if (!uses_sections(m)) return rows;
    if (!guide) {
        if (shows_progress(m, v)) rows.push_back(row(v, Section::History, "Your progress", "Today's plan, your sessions and what helped"));
        return rows;
    }
    if (!guide->family || guide->zone->kind != ZoneKind::Muscle || guide->blocked.urgency != Urgency::None) return rows;
    // Before the safety check, a row says only what it holds: the check opens first, inside it.
    const bool answered = v.screening.answered && !v.screening.editing;
    std::string ball, steps, dose;
    if (answered) {
        if (!guide->balls.empty()) ball = guide->balls.front().ball->name;
        for (Position p : guide->positions) steps += (steps.empty() ? "" : " · ") + std::string(position_name(p));
        char text[64];
        std::snprintf(text, sizeof text, "%d s a spot · pressure %d to %d of 10", guide->dose.hold_sec, guide->pressure.start,
                      guide->pressure.max);
        dose = text;
    }
    rows.push_back(row(v, Section::Ball, words::kWhichBall, ball));
    rows.push_back(row(v, Section::Steps, words::kHowTo, steps));
    rows.push_back(row(v, Section::Dose, "Time and pressure", dose));
    if (shows_progress(m, v)) {
        const size_t n = zone_history(v.progress->sessions(), guide->zone->id).size();
        rows.push_back(row(v, Section::History, "Your history",
                           n ? std::to_string(n) + (n == 1 ? " session" : " sessions") : "No sessions yet"));
    }
    rows.push_back(row(v, Section::Care, "Cautions, sources", answered ? "What to watch for" : ""));
    // Not behind the safety check: the signs that need a doctor, not a ball.
    rows.push_back(row(v, Section::Doctor, "See a doctor if…", "Signs to stop and get help"));
    return rows;
}

Json sections_json(const std::vector<SectionRow>& rows) {
    Json list = Json::array();
    for (const SectionRow& r : rows) {
        Json item;
        put(item, "id", section_id(r.id));
        put(item, "title", r.title);
        put(item, "teaser", r.teaser);
        put(item, "open", r.open);
        list.push_back(std::move(item));
    }
    return list;
}

std::string zone_summary(const Model& m, const std::string& where) {
    const size_t end = where.find(". ");
    return uses_sections(m) && end != std::string::npos ? where.substr(0, end + 1) : where;
}

std::string full_page_query(const Model& m, const Visitor& v) {
    const EmbedOptions& o = m.options;
    std::string q;
    auto add = [&](const char* name, const std::string& value) { q += (q.empty() ? "?" : "&") + std::string(name) + "=" + value; };
    if (!v.map.selected.empty()) add("zone", v.map.selected);
    std::string families;
    for (const std::string& f : o.families) families += (families.empty() ? "" : ",") + f;
    if (!families.empty()) add("families", families);
    if (o.dark) add("theme", "dark");
    if (o.has_accent) add("accent", options_json(m)["accent"].get<std::string>().substr(1));  // "#rrggbb", as the page has it
    if (o.compact) add("compact", "true");
    if (!o.progress) add("progress", "off");
    return q.empty() ? "?" : q;
}

HistoryPlace history_place(const Model& m, const Visitor& v) {
    HistoryPlace place;
    const bool blocked = v.progress && v.progress->notice() == StoreNotice::StorageBlocked;
    if (!m.options.progress || !v.progress || (!m.options.embedded && !blocked)) return place;
    place.shown = true;
    // A browser keeps an embedded page's storage apart for each site it is embedded in.
    // Blocked, the storage notice above says what happens; the link is the way out.
    if (!blocked)
        place.text = "Your history is kept on this blog, in this browser only: not on other sites that show Knotmap, "
                     "nor on Knotmap's own page. Export it to move it; import it anywhere.";
    place.link_href = full_page_query(m, v);
    return place;
}

Json history_place_json(const HistoryPlace& place) {
    if (!place.shown) return nullptr;
    Json out;
    put(out, "text", place.text);
    put(out, "label", place.link_label);
    put(out, "href", place.link_href);
    return out;
}

}  // namespace knotmap
