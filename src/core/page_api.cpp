#include "page_api.h"


#include "json_check.h"
#include "page_view.h"
#include "routine_view.h"

namespace knotmap {

namespace {

Json result(const std::string& error) {
    Json out{{"ok", error.empty()}};
    if (!error.empty()) out["error"] = error;
    return out;
}

const Json& arg(const Json& args, size_t i) {
    static const Json missing;  // null
    return args.is_array() && i < args.size() ? args[i] : missing;
}

std::string text_arg(const Json& args, size_t i) {
    const Json& a = arg(args, i);
    return a.is_string() ? a.get<std::string>() : std::string();
}

// Reads an optional whole number in [min, max]; absent or null gives `fallback`.
bool read_whole(const Json& obj, const char* field, int min, int max, int fallback, int& out, std::string& error) {
    const auto it = obj.find(field);
    if (it == obj.end() || it->is_null()) {
        out = fallback;
        return true;
    }
    const double value = it->is_number() ? it->get<double>() : 0;
    if (!it->is_number() || value != static_cast<double>(static_cast<long long>(value)) || value < min || value > max) {
        error = std::string("field '") + field + "': expected a whole number from " + std::to_string(min) + " to " +
                std::to_string(max) + ", found " + (it->is_number() ? it->dump() : std::string(json_type_name(*it)));
        return false;
    }
    out = static_cast<int>(value);
    return true;
}

// Reads an optional text field; absent or null leaves `out` as it is.
bool read_text(const Json& obj, const char* field, const char* expected, std::string& out, std::string& error) {
    const auto it = obj.find(field);
    if (it == obj.end() || it->is_null()) return true;
    if (!it->is_string()) {
        error = std::string("field '") + field + "': expected " + expected;
        return false;
    }
    out = it->get<std::string>();
    return true;
}

// knotmap.logSession({zone, durationSec, ball, painBefore, painAfter, note, position}).
std::string parse_session(const Json& in, Session& s) {
    if (!in.is_object()) return "expected an object {zone, durationSec, ball, painBefore, painAfter, note}";
    std::string error;
    const auto zone = in.find("zone");
    if (zone == in.end() || !zone->is_string()) return "field 'zone': expected a zone id such as \"ql-left\"";
    s.zone = zone->get<std::string>();
    if (!read_whole(in, "durationSec", 1, kMaxSessionSeconds, -1, s.duration_sec, error)) return error;
    if (s.duration_sec < 0) return "field 'durationSec': expected a number of seconds, found nothing";
    if (!read_whole(in, "painBefore", 0, 10, -1, s.pain_before, error) || !read_whole(in, "painAfter", 0, 10, -1, s.pain_after, error) ||
        !read_text(in, "ball", "a ball id such as \"tennis-ball\"", s.ball, error) || !read_text(in, "note", "text", s.note, error) ||
        !read_text(in, "position", "\"wall\", \"floor\" or \"chair\"", s.position, error))
        return error;
    return "";
}

// The DOM log form's fields, set on the draft before it is saved.
std::string fill_draft(Visitor& v, const Model& m, const Json& in) {
    if (!in.is_object()) return "expected an object {durationSec, painBefore, painAfter, ball, note}";
    std::string error, ball = v.draft.ball, note = v.draft.note;
    int duration = v.draft.duration_sec, before = v.draft.pain_before, after = v.draft.pain_after;
    if (!read_whole(in, "durationSec", 1, kMaxSessionSeconds, duration, duration, error) ||
        !read_whole(in, "painBefore", 0, 10, before, before, error) || !read_whole(in, "painAfter", 0, 10, after, after, error) ||
        !read_text(in, "ball", "a ball id", ball, error) || !read_text(in, "note", "text", note, error))
        return error;
    if (in.contains("ball") && in["ball"].is_null()) ball.clear();
    // Everything is checked before anything changes: a refused form keeps what was typed.
    if (v.draft.by_hand && duration != v.draft.duration_sec && !is_by_hand_duration(duration))
        return "field 'durationSec': expected one of the form's choices";
    if (!ball.empty() && !find_ball(m.content, ball)) return "field 'ball': unknown ball '" + ball + "'";
    Session check;  // the note is checked as an import or logSession checks it
    check.zone = v.draft.zone;
    check.duration_sec = duration;
    check.note = note;
    check.started_at = v.clock.now_ms;
    if (std::string bad = validate_session(check, known_ids(m)); !bad.empty()) return bad;
    if (v.draft.by_hand) set_draft_duration(v, duration);
    set_draft_ball(v, m, ball);
    set_draft_pain(v, true, before);
    set_draft_pain(v, false, after);
    set_draft_note(v, note);
    return "";
}

// A plain table of function pointers (captureless lambdas), not a map of std::function: every
// byte of code crosses a phone connection.
struct Entry {
    const char* name;
    Json (*handler)(const PageCall&, const Json& args);
};

const Entry kCalls[] = {
    // ---- the public API (README: "The page API") ----
    {"zones", [](const PageCall& c, const Json&) { return zones_json(c.model, c.layout, c.scale); }},
    {"selected", [](const PageCall& c, const Json&) { return c.visitor.map.selected.empty() ? Json(nullptr) : Json(c.visitor.map.selected); }},
    {"select", [](const PageCall& c, const Json& a) {
         const Json& id = arg(a, 0);
         return Json((id.is_null() || id.is_string()) && select(c.visitor, c.model, id.is_string() ? id.get<std::string>() : ""));
     }},
    {"marked", [](const PageCall& c, const Json&) { return Json(c.visitor.map.marked); }},
    {"mark", [](const PageCall& c, const Json& a) {
         return Json(arg(a, 0).is_string() && mark(c.visitor, c.model, text_arg(a, 0), !(arg(a, 1).is_boolean() && !arg(a, 1).get<bool>())));
     }},
    {"sessions", [](const PageCall& c, const Json&) {
         load_progress(c.visitor, c.model);
         return sessions_json(c.model, c.visitor);
     }},
    {"logSession", [](const PageCall& c, const Json& a) {
         load_progress(c.visitor, c.model);
         Session s;
         std::string error = parse_session(arg(a, 0), s);
         return result(error.empty() ? log_session(c.visitor, c.model, s) : error);
     }},
    {"guide", [](const PageCall& c, const Json&) { return guide_json(c.model, c.visitor); }},
    {"progress", [](const PageCall& c, const Json& a) {
         load_progress(c.visitor, c.model);
         return progress_json(c.model, c.visitor, text_arg(a, 0));
     }},
    {"screening", [](const PageCall& c, const Json&) {
         return Json{{"answered", c.visitor.screening.answered}, {"yes", c.visitor.screening.yes}};
     }},
    {"setScreening", [](const PageCall& c, const Json& a) { return result(set_screening(c.visitor, c.model, arg(a, 0).dump())); }},
    {"routine", [](const PageCall& c, const Json&) { return routine_api_json(c.visitor); }},
    {"startRoutine", [](const PageCall& c, const Json& a) {
         load_progress(c.visitor, c.model);
         const Json& zones = arg(a, 0);
         std::vector<std::string> ids;
         for (const Json& id : zones.is_array() ? zones : Json::array()) ids.push_back(id.is_string() ? id.get<std::string>() : id.dump());
         return result(zones.is_array() ? begin_routine(c.visitor, c.model, ids) : "expected a list of zone ids, such as [\"ql-left\"]");
     }},
    // ---- the page's own DOM layer ----
    {"editScreening", [](const PageCall& c, const Json&) { edit_screening(c.visitor); return Json(true); }},
    {"startHold", [](const PageCall& c, const Json& a) {
         int before = c.visitor.draft.pain_before;
         std::string error;
         if (arg(a, 0).is_object() && read_whole(arg(a, 0), "painBefore", 0, 10, -1, before, error)) set_draft_pain(c.visitor, true, before);
         return Json(start_hold(c.visitor, c.model));
     }},
    {"stopHold", [](const PageCall& c, const Json&) { stop_hold(c.visitor); return Json(true); }},
    {"openLogForm", [](const PageCall& c, const Json&) { return Json(open_log_form(c.visitor, c.model)); }},
    {"closeLogForm", [](const PageCall& c, const Json&) { close_log_form(c.visitor); return Json(true); }},
    {"saveDraft", [](const PageCall& c, const Json& a) {
         std::string error = fill_draft(c.visitor, c.model, arg(a, 0));
         return result(error.empty() ? save_draft(c.visitor, c.model) : error);
     }},
    {"noteField", [](const PageCall& c, const Json&) { return note_field_json(log_form_view(c.model, c.visitor)); }},
    {"toggleSection", [](const PageCall& c, const Json& a) { return Json(toggle_section(c.visitor, text_arg(a, 0))); }},
    {"choosePosition", [](const PageCall& c, const Json& a) { return Json(choose_position(c.visitor, text_arg(a, 0))); }},
    {"skipScoresAndSave", [](const PageCall& c, const Json& a) {
         std::string error = fill_draft(c.visitor, c.model, arg(a, 0));
         return result(error.empty() ? save_draft_without_scores(c.visitor, c.model) : error);
     }},
    {"importText", [](const PageCall& c, const Json& a) {
         const ImportOutcome outcome = import_progress(c.visitor, c.model, text_arg(a, 0));
         Json out = result(outcome.ok ? "" : outcome.error);
         if (outcome.ok) out["added"] = outcome.added;
         return out;
     }},
    {"exportText", [](const PageCall& c, const Json&) {
         load_progress(c.visitor, c.model);
         return Json(c.visitor.progress ? c.visitor.progress->export_text() : "{}");
     }},
    {"unreadableText", [](const PageCall& c, const Json&) {
         load_progress(c.visitor, c.model);
         return Json(c.visitor.progress ? c.visitor.progress->unreadable_text() : "");
     }},
    {"deleteAll", [](const PageCall& c, const Json&) { delete_everything(c.visitor, c.model); return Json(true); }},
    {"storageChanged", [](const PageCall& c, const Json&) { storage_changed(c.visitor, c.model); return Json(true); }},
    // The routine card's buttons, by name: "pause", "resume", "skip", "stop", "close".
    {"routineButton", [](const PageCall& c, const Json& a) {
         static void (*const kActions[])(Visitor&) = {pause_routine, resume_routine, skip_routine_spot, stop_routine, close_routine};
         static const char* const kNames[] = {"pause", "resume", "skip", "stop", "close"};
         for (size_t i = 0; i < 5; ++i)
             if (text_arg(a, 0) == kNames[i]) {
                 kActions[i](c.visitor);
                 return Json(true);
             }
         return Json(false);
     }},
    {"rateSpot", [](const PageCall& c, const Json& a) {
         const auto score = [&](size_t i) { return arg(a, i).is_number_integer() ? arg(a, i).get<int>() : -1; };
         return Json(arg(a, 0).is_number_unsigned() && rate_routine_spot(c.visitor, arg(a, 0).get<size_t>(), score(1), score(2)));
     }},
    {"finishRoutine", [](const PageCall& c, const Json&) { return result(finish_routine(c.visitor, c.model)); }},
    {"setCue", [](const PageCall& c, const Json& a) { return Json(set_cue(c.visitor, text_arg(a, 0), arg(a, 1).is_boolean() && arg(a, 1).get<bool>())); }},
    // Each second while the page is hidden (no frames run): the hold and the routine moved on, and
    // the cues due, for the page to play.
    {"routineTick", [](const PageCall& c, const Json&) {
         tick(c.visitor);
         run_routine(c.visitor);
         Json cues = Json::array();
         for (const PendingCue& cue : take_cues(c.visitor)) cues.push_back(cue_json(c.model, c.visitor, cue));
         return cues;
     }},
    {"noteEntered", [](const PageCall& c, const Json& a) { set_draft_note(c.visitor, text_arg(a, 0)); return Json(true); }},
};

}  // namespace

std::string call_page_api(const PageCall& call, const std::string& name, const std::string& args_json) {
    const Entry* entry = nullptr;
    for (const Entry& e : kCalls)
        if (name == e.name) entry = &e;
    if (!entry) return result("unknown call '" + name + "'").dump();
    Json args;
    ErrorList ignored("arguments");
    if (!parse_json_value(args_json, args, ignored) || !args.is_array())
        return result("the arguments of '" + name + "' must be a JSON array").dump();
    return entry->handler(call, args).dump();
}

}  // namespace knotmap
