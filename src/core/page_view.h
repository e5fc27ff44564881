// View-models of what the visitor sees, beside the guide (guide.h): the hold, the log form, the
// storage notice, the zone list and the snapshot the page's DOM layer renders. The canvas draws
// the same structs, so wording, defaults, limits and choices are decided here once.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "json_check.h"
#include "layout.h"
#include "model.h"
#include "visitor.h"

namespace knotmap {

// A 0..10 soreness question; value -1 until the visitor picks one.
struct ScoreQuestion {
    std::string name;   // "before" or "after": the field it fills
    std::string label;  // "Soreness now"
    int value = -1;
};

struct Choice {
    std::string id;  // a ball id ("" for another), or seconds for durations
    std::string label;
};

constexpr const char* kLogByHandLabel = "Log a session by hand";  // the canvas and the page

struct HoldView {
    const char* phase = "idle";  // "idle" | "running" | "done"
    std::string zone;            // the zone held (or last held)
    int seconds = 0;
    bool here = false;  // the selected zone is the one held
    bool log = false;   // sessions can be logged (progress is on and read)
    bool shown = false;  // the selected zone is a muscle and the screening is answered
    std::string title = "Guided hold";
    std::string intro;       // idle: what the hold is
    std::string status;      // running or done: one line
    std::string announce;    // said once to screen readers when the hold starts or ends
    std::string start_label;  // "Start 30-second hold"
    std::string log_label = kLogByHandLabel;
    ScoreQuestion before;    // idle, when logging: asked before the hold
};

struct LogFormView {
    bool shown = false;
    bool by_hand = false;
    std::string zone, zone_name;
    std::vector<Choice> durations;  // by hand only
    int duration_sec = 0;
    std::vector<ScoreQuestion> scores;
    std::vector<Choice> balls;  // the guide's balls, then "Another or not sure" ("")
    std::string ball;
    std::string note;
    int note_limit = 0;  // characters
    std::string note_label = "Note (optional)";
    std::string note_limit_text;  // "Up to 140 characters"
    std::string note_button;      // the canvas's button that opens the note field: "Add a short note" or "Note: ..."
    std::string save_label = "Save session";
    std::string skip_label = "Skip the scores and save";  // logs the session with no soreness scores
    std::string cancel_label = "Cancel";
};

HoldView hold_view(const Model& m, const Visitor& v);
LogFormView log_form_view(const Model& m, const Visitor& v);
std::string pain_words(int score);  // "3/10, mild", or "not said"
Json score_json(const ScoreQuestion& q);  // {name, label, value: 0..10 or null}

// JSON for the page (text only; the DOM layer inserts it as text, never as HTML).
Json zones_json(const Model& m, const Layout& layout, float scale);  // knotmap.zones(): centres in CSS pixels
Json guide_json(const Model& m, const Visitor& v);  // the selected zone's guide (guide.h), or null
Json notice_json(const Visitor& v);  // {message, detail, exportUnreadable: null | {label, file}} or null
Json sessions_json(const Model& m, const Visitor& v);  // knotmap.sessions()
// knotmap.progress(zone): zone_progress.h's view-model of a muscle zone, or null (unknown zone,
// avoid area, progress not read).
Json progress_json(const Model& m, const Visitor& v, const std::string& zone_id);
// The note field the page opens for the canvas: {label, limit, limitText, countText ("{n} of 140
// characters"), note, saveLabel, cancelLabel}.
Json note_field_json(const LogFormView& form);
Json logged_events_json(const Model& m, const std::vector<Session>& sessions);  // host events: no notes
// What happened since the last frame, for the page: {logged: [sessions logged: host
// "session-logged" events], cues: [routine_view.h's cue_json to play], routineFinished: null |
// [the routine's sessions: the host "routine-finished" event]}. Null when nothing did.
Json page_events_json(const Model& m, Visitor& v);
// Everything the DOM layer shows, with the revision of each part so it re-renders only what changed:
// {revision: {selection, marks, guide, hold, progress}, selected, marked, guide, hold, logForm,
//  notice, feedback, dataTools, progress (the selected muscle's zone_progress_json, or null),
//  markButton (the selected muscle's: {label, pressed}, or null),
//  home (home_view.h's home_json while no zone is selected, or null)}.
Json snapshot_json(const Model& m, const Visitor& v);
// Sent once at start: {options: options_json (model.h), words: words_json (words.h)}.
Json setup_json(const Model& m);

// Stored progress that couldn't be read is kept; the canvas and the page offer it under these names.
constexpr const char* kExportUnreadableLabel = "Export the unreadable copy";
constexpr const char* kUnreadableFileName = "knotmap-progress-unreadable.txt";

}  // namespace knotmap
