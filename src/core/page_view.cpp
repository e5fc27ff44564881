#include "page_view.h"

#include <nlohmann/json.hpp>

#include "guide.h"
#include "home_view.h"
#include "iso_time.h"
#include "picture_view.h"
#include "routine_view.h"
#include "sections.h"
#include "words.h"
#include "what_helped.h"
#include "zone_progress.h"
#include "zone_navigation.h"

namespace knotmap {

namespace {

using nlohmann::json;

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
json score_or_null(int score) { return score < 0 ? json(nullptr) : json(score); }

// A session as the page API and the host events name its fields. Notes stay in the widget: the
// host page gets what was done, not what was written.
json session_json(const Model& m, const Session& s, bool with_note) {
    const Zone* zone = find_zone(m.geometry, s.zone);
    json out;
    put(out, "zone", s.zone);
    put(out, "side", zone && zone->side != Side::None ? json(side_name(zone->side)) : json(nullptr));
    put(out, "startedAt", iso8601_utc(s.started_at));
    put(out, "durationSec", s.duration_sec);
    put(out, "ball", or_null(s.ball));
    put(out, "painBefore", score_or_null(s.pain_before));
    put(out, "painAfter", score_or_null(s.pain_after));
    put(out, "position", or_null(s.position));
    if (with_note) out["note"] = s.note;
    return out;
}

json choices_json(const std::vector<Choice>& choices) {
    json out = json::array();
    for (const Choice& c : choices) {
        json choice;
        put(choice, "id", c.id);
        put(choice, "label", c.label);
        out.push_back(std::move(choice));
    }
    return out;
}

json hold_json(const HoldView& h) {
    json out;
    put(out, "phase", h.phase);
    put(out, "zone", h.zone);
    put(out, "seconds", h.seconds);
    put(out, "here", h.here);
    put(out, "log", h.log);
    put(out, "shown", h.shown);
    put(out, "title", h.title);
    put(out, "intro", h.intro);
    put(out, "status", h.status);
    put(out, "startLabel", h.start_label);
    put(out, "announce", h.announce);
    put(out, "logLabel", h.log_label);
    put(out, "before", h.log && std::string(h.phase) != "running" ? score_json(h.before) : json(nullptr));
    return out;
}

json log_form_json(const LogFormView& f) {
    if (!f.shown) return nullptr;
    json scores = json::array();
    for (const ScoreQuestion& q : f.scores) scores.push_back(score_json(q));
    json out;
    put(out, "zone", f.zone);
    put(out, "zoneName", f.zone_name);
    put(out, "byHand", f.by_hand);
    put(out, "durations", choices_json(f.durations));
    put(out, "durationSec", f.duration_sec);
    put(out, "scores", std::move(scores));
    put(out, "balls", choices_json(f.balls));
    put(out, "ball", f.ball);
    put(out, "note", f.note);
    put(out, "noteLimit", f.note_limit);
    put(out, "noteLabel", f.note_label);
    put(out, "noteLimitText", f.note_limit_text);
    put(out, "saveLabel", f.save_label);
    put(out, "skipLabel", f.skip_label);
    put(out, "cancelLabel", f.cancel_label);
    return out;
}

}  // namespace

// Built field by field: an initializer list per object costs more code in the download.
Json score_json(const ScoreQuestion& q) {
    json out;
    put(out, "name", q.name);
    put(out, "label", q.label);
    put(out, "value", score_or_null(q.value));
    return out;
}

std::string pain_words(int score) {
    if (score < 0) return "not said";
    const char* word = score <= 2 ? "barely" : score <= 4 ? "mild" : score <= 6 ? "moderate" : score <= 8 ? "strong" : "severe";
    return std::to_string(score) + "/10, " + word;
}

HoldView hold_view(const Model& m, const Visitor& v) {
    static const char* const kPhases[] = {"idle", "running", "done"};
    HoldView h;
    const Zone* selected = find_zone(m.geometry, v.map.selected);
    h.phase = kPhases[static_cast<int>(v.hold.phase)];
    h.zone = v.hold.zone;
    h.here = selected && v.hold.zone == selected->id && v.hold.phase != HoldPhase::Idle;
    // One guide for the allowance and the block (this runs every frame the hold card is drawn).
    const Guide guide = selected ? build_guide(m.content, m.geometry, v.screening, *selected) : Guide{};
    const int allowed = selected ? hold_allowed(v, guide) : 0;
    h.seconds = v.hold.phase == HoldPhase::Idle ? allowed : v.hold.duration;
    h.log = shows_progress(m, v);
    // Not while the answers stop the steps here: no timer either.
    h.shown = selected && selected->kind == ZoneKind::Muscle && v.screening.answered && !v.screening.editing &&
              guide.blocked.urgency == Urgency::None && !v.routine &&  // one timer at a time
              section_shows(m, v, Section::Steps);  // embedded: under the steps, once opened
    if (allowed > 0) {
        h.intro = "Find a tender spot, then start: a " + std::to_string(allowed) + "-second countdown with a slow breathing cue.";
        h.start_label = "Start " + std::to_string(allowed) + "-second hold";
    } else {
        h.intro = "This spot has had its time for today: move on to another one.";
    }
    if (v.hold.phase == HoldPhase::Running)
        h.status = "Holding for " + std::to_string(v.hold.duration) + " seconds. Breathe slowly and let the muscle soften.";
    else if (v.hold.phase == HoldPhase::Done)
        h.status = h.log && !v.draft.saved ? "Hold finished. How does it feel now?" : "Hold finished. Keep going?";
    const Zone* held = find_zone(m.geometry, v.hold.zone);
    h.announce = v.hold.phase == HoldPhase::Running && held
                     ? "Hold started on " + zone_display_name(m.content, *held) + ": " + std::to_string(v.hold.duration) + " seconds. Breathe slowly."
                     : h.status;
    h.before = ScoreQuestion{"before", "How sore is it right now?", selected && v.draft.zone == selected->id ? v.draft.pain_before : -1};
    return h;
}

LogFormView log_form_view(const Model& m, const Visitor& v) {
    LogFormView f;
    const SessionDraft& d = v.draft;
    const Zone* zone = find_zone(m.geometry, v.map.selected);
    if (!zone || d.zone != zone->id || !shows_progress(m, v) || d.saved) return f;
    const bool after_hold = !d.by_hand && v.hold.zone == d.zone && v.hold.phase == HoldPhase::Done;
    f.shown = (d.by_hand && d.open) || after_hold;
    if (!f.shown) return f;
    f.by_hand = d.by_hand;
    f.zone = d.zone;
    f.zone_name = zone_display_name(m.content, *zone);
    if (d.by_hand) {
        for (int seconds : kByHandDurations) f.durations.push_back({std::to_string(seconds), std::to_string(seconds / 60) + " min"});
        f.scores.push_back({"before", "Soreness before", d.pain_before});
        f.scores.push_back({"after", "Soreness after", d.pain_after});
    } else {
        f.scores.push_back({"after", "Soreness now", d.pain_after});  // "before" was asked before the hold
    }
    f.duration_sec = d.duration_sec;
    if (const FamilyContent* family = find_family(m.content, zone->family))
        for (const BallAdvice& advice : family->balls)
            if (const Ball* b = find_ball(m.content, advice.ball)) f.balls.push_back({b->id, b->name});
    f.balls.push_back({"", "Another or not sure"});
    f.ball = d.ball;
    f.note = d.note;
    f.note_limit = kMaxNoteLength;
    f.note_limit_text = "Up to " + std::to_string(kMaxNoteLength) + " characters";
    f.note_button = d.note.empty() ? "Add a short note" : "Note: " + d.note;
    return f;
}

Json note_field_json(const LogFormView& f) {
    Json out;
    put(out, "label", f.note_label);
    put(out, "limit", f.note_limit);
    put(out, "limitText", f.note_limit_text);
    // The page puts the count it sees in place of {n} as the visitor types.
    put(out, "countText", "{n} of " + std::to_string(f.note_limit) + " characters");
    put(out, "note", f.note);
    put(out, "saveLabel", "Save note");
    put(out, "cancelLabel", f.cancel_label);
    return out;
}

Json zones_json(const Model& m, const Layout& layout, float scale) {
    json list = json::array();
    for (const Zone& zone : m.geometry.zones) {
        const Vec2 c = visible_center(m.geometry, zone, layout);  // where it is now, zoomed or not
        const FamilyContent* family = find_family(m.content, zone.family);
        Json item;
        put(item, "id", zone.id);
        put(item, "name", zone_display_name(m.content, zone));
        put(item, "side", zone.side == Side::None ? json(nullptr) : json(side_name(zone.side)));
        put(item, "kind", kind_name(zone.kind));
        put(item, "group", family ? family->group : "");
        put(item, "groupName", group_name(family ? family->group : ""));
        // The keys that work on this zone, said where a keyboard user looks: bone can't be marked.
        item["keys"] = zone.kind == ZoneKind::Muscle
                           ? "Arrow keys move between spots on the map, Enter shows this spot's guidance, M marks it as sore."
                           : "Bone: not a spot to press, so M can't mark it. Enter shows why, and where to work instead.";
        // What M on bone says, to a screen reader too.
        put(item, "cantMark", zone.kind == ZoneKind::Muscle ? json(nullptr) : json(item["name"].get<std::string>() + " is bone, not a spot to mark."));
        put(item["center"], "x", c.x / scale);
        put(item["center"], "y", c.y / scale);
        static const char* const kDirections[] = {"up", "down", "left", "right"};
        for (int d = 0; d < 4; ++d) item["neighbours"][kDirections[d]] = neighbour_zone(m.geometry, zone, static_cast<Direction>(d));
        list.push_back(std::move(item));
    }
    return list;
}

Json notice_json(const Visitor& v) {
    if (!v.progress || v.progress->notice() == StoreNotice::None) return nullptr;
    return {{"message", notice_message(v.progress->notice())},
            {"detail", v.progress->notice_detail()},
            {"exportUnreadable", v.progress->unreadable_text().empty()
                                     ? json(nullptr)
                                     : json{{"label", kExportUnreadableLabel}, {"file", kUnreadableFileName}}}};
}

Json guide_json(const Model& m, const Visitor& v) {
    const Zone* zone = find_zone(m.geometry, v.map.selected);
    if (!zone) return nullptr;
    const Guide guide = build_guide(m.content, m.geometry, v.screening, *zone);
    Json out = guide_json(guide, m.content, v.screening);
    add_pictures_json(m, guide, out);
    put(out, "position", position_id(shown_position(v, guide)));  // whose steps the canvas shows
    put(out, "sections", sections_json(section_rows(m, v, &guide)));  // embedded: what the reader opens
    put(out, "summary", zone_summary(m, guide.family ? guide.family->where : ""));
    return out;
}

Json sessions_json(const Model& m, const Visitor& v) {
    json list = json::array();
    if (v.progress)
        for (const Session& s : v.progress->sessions()) list.push_back(session_json(m, s, true));
    return list;
}

Json logged_events_json(const Model& m, const std::vector<Session>& sessions) {
    json list = json::array();
    for (const Session& s : sessions) list.push_back(session_json(m, s, false));
    return list;
}

Json page_events_json(const Model& m, Visitor& v) {
    const std::vector<Session> logged = take_logged(v), finished = take_routine_logged(v);
    const std::vector<PendingCue> cues = take_cues(v);
    if (logged.empty() && finished.empty() && cues.empty()) return nullptr;
    json out;
    put(out, "logged", logged_events_json(m, logged));
    json played = json::array();
    for (const PendingCue& cue : cues) played.push_back(cue_json(m, v, cue));
    put(out, "cues", std::move(played));
    put(out, "routineFinished", finished.empty() ? json(nullptr) : logged_events_json(m, finished));
    return out;
}

Json progress_json(const Model& m, const Visitor& v, const std::string& zone_id) {
    const Zone* zone = find_zone(m.geometry, zone_id);
    if (!zone || zone->kind != ZoneKind::Muscle || !v.progress) return nullptr;
    Json out = zone_progress_json(zone_progress(v.progress->sessions(), zone->id, v.clock.utc_offset_minutes));
    put(out, "helped", what_helped_json(what_helped(v.progress->sessions(), zone->id, m.content)));
    return out;
}

Json snapshot_json(const Model& m, const Visitor& v) {
    const Revisions& r = v.revision;
    json revision;
    put(revision, "selection", r.selection);
    put(revision, "marks", r.marks);
    put(revision, "guide", r.guide);
    put(revision, "hold", r.hold);
    put(revision, "progress", r.progress);
    put(revision, "routine", r.routine);
    json out;
    put(out, "revision", std::move(revision));
    put(out, "selected", or_null(v.map.selected));
    put(out, "marked", v.map.marked);
    put(out, "guide", guide_json(m, v));
    put(out, "hold", hold_json(hold_view(m, v)));
    put(out, "logForm", log_form_json(log_form_view(m, v)));
    put(out, "routine", routine_view_json(routine_view(m, v)));
    put(out, "notice", notice_json(v));
    put(out, "feedback", v.feedback);
    put(out, "dataTools", shows_progress(m, v));
    // The selected muscle's history as the canvas's panel says it (knotmap.progress gives the same).
    const bool history = shows_progress(m, v) && section_shows(m, v, Section::History);
    put(out, "progress", history ? progress_json(m, v, v.map.selected) : json(nullptr));
    // The selected muscle's mark button, worded as on the canvas.
    const Zone* selected = find_zone(m.geometry, v.map.selected);
    if (selected && selected->kind == ZoneKind::Muscle) {
        const bool marked = is_marked(v.map, selected->id);
        json button;
        put(button, "label", marked ? words::kMarked : words::kMark);
        put(button, "pressed", marked);
        put(out, "markButton", std::move(button));
    } else {
        put(out, "markButton", nullptr);
    }
    // The whole back's plan and progress, shown (as on the canvas) while no zone is.
    put(out, "home", v.map.selected.empty() && history ? home_json(home_view(m, v)) : json(nullptr));
    put(out, "homeSections", v.map.selected.empty() ? sections_json(section_rows(m, v, nullptr)) : json::array());
    put(out, "place", history_place_json(history_place(m, v)));
    return out;
}

Json setup_json(const Model& m) {
    Json out;
    put(out, "options", options_json(m));
    put(out, "words", words::words_json());
    return out;
}

}  // namespace knotmap
