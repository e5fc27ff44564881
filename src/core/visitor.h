// The visitor's state and the only ways to change it. Every change is one action below: it
// checks its input, changes the state and bumps the revision of each part of the page it
// changed. The canvas's buttons, the page's DOM layer and the window.knotmap API all call
// these, so the two renderings can't drift apart, and each action is unit-tested here.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "finger_pick.h"
#include "hold_timer.h"
#include "key_value_storage.h"
#include "map_state.h"
#include "model.h"
#include "progress_stats.h"
#include "progress_store.h"
#include "routine.h"
#include "safety.h"
#include "sections.h"

namespace knotmap {

struct Guide;  // guide.h

// A session being filled in: after a hold, or by hand with "Log a session". Soreness is never
// preset: -1 until the visitor picks a score, and saved as "not said" if they never do.
struct SessionDraft {
    std::string zone;
    bool by_hand = false;      // opened with "Log a session" (the form asks how long and before/after)
    bool open = false;         // the form is shown
    bool saved = false;        // shown as saved until the next hold
    int duration_sec = 0;
    long long started_at = 0;  // ms; a hold's draft started when the hold did, by hand: when saved minus its duration
    std::string ball;          // "" for another ball or not sure
    int pain_before = -1, pain_after = -1;
    std::string note;
    std::string position;      // the position whose steps showed ("wall", "floor", "chair"), for "what helped"
};

constexpr int kByHandDurations[] = {60, 120, 180, 300, 600};  // the choices of the form, in seconds
constexpr int kByHandDefaultDuration = 120;
bool is_by_hand_duration(int seconds);  // one of kByHandDurations

// What each action may change on the page, so each part is rendered again only when it changed.
enum Part : unsigned {
    kSelection = 1,  // the selected zone
    kMarks = 2,      // sore marks and the marking switch
    kGuide = 4,      // the guide's view-model (the screening, the selection)
    kHold = 8,       // the hold and the log form
    kProgress = 16,  // the session log, the storage notice, the feedback line
    kRoutine = 32,   // the routine (its phase, each second of its countdown) and the cue settings
};

struct Revisions {
    unsigned all = 0;  // any change
    unsigned selection = 0, marks = 0, guide = 0, hold = 0, progress = 0, routine = 0;
};

// How a hold or routine speaks to someone who isn't looking: each can be turned off (remembered).
struct CueSettings {
    bool sound = true;    // a soft tone (Web Audio)
    bool vibrate = true;  // where the device has one
    bool speech = true;   // "15 seconds left", "next: ..."
};

// A cue the page plays now: the routine's state after it, and what happened.
struct PendingCue {
    RoutineCue cue;
    size_t spot;  // the spot it is about: the one held, or (a rest) the next one
    bool ended_hold;  // a hold ended in the same step (its tone plays)
    bool single;      // from the single guided hold (start_hold), not a routine
};

struct Visitor {
    MapState map;  // selection, sore marks, "marking" mode
    Screening screening;
    HoldTimer hold;
    SessionDraft draft;
    KeyValueStorage* storage = nullptr;       // the device's storage, owned by the platform
    std::unique_ptr<ProgressStore> progress;  // the session log, once read (load_progress)
    bool progress_pending = false;            // attached but not read yet
    std::string feedback;                     // one-line result of the last import, save or delete
    std::vector<Session> just_logged;         // for the host page's "session-logged" events
    // The map's zoom, moving from `zoom_from` to `zoom_to` over kZoomSeconds from `zoom_start`.
    MapZoom zoom_from, zoom_to;
    double zoom_start = -1e9;
    Position position = Position::Wall;       // the technique shown (wall, floor, chair), where the answers allow it
    std::vector<std::pair<std::string, int>> held_sec;  // seconds held on each zone this visit: a spot's limit
    double now = 0;                           // seconds, monotonic: the hold's clock
    LocalClock clock;                         // wall-clock time and time zone, for start times and days
    std::optional<Routine> routine;           // "Start my routine": through every sore spot
    CueSettings cues;
    std::vector<PendingCue> pending_cues;     // for the page to play (take_cues)
    bool hold_half_cued = false;              // the guided hold's halfway cue was given
    std::vector<Session> routine_logged;      // for the host page's "routine-finished" event
    int routine_second = -1;                  // the countdown's whole second last shown
    Section open_section = Section::None;     // embedded: the one section of the panel open (sections.h)
    Revisions revision;
};

// Inputs, not changes: the time, set before the actions of a frame or an API call.
void set_time(Visitor& v, double now, const LocalClock& clock);
bool shows_progress(const Model& m, const Visitor& v);  // progress is on, read, and the widget isn't compact

// ---- storage --------------------------------------------------------------------------------
// Connects the device's storage and restores the saved screening answers. The session log is
// read later by load_progress: years of it take longer to read than the first frame takes.
void attach_storage(Visitor& v, const Model& m, KeyValueStorage& storage);
bool load_progress(Visitor& v, const Model& m);  // true when it read the log now
void storage_changed(Visitor& v, const Model& m);  // another tab wrote the log
void delete_everything(Visitor& v, const Model& m);  // every knotmap key, the screening, the marks

// ---- the map ----------------------------------------------------------------------------------
bool select(Visitor& v, const Model& m, const std::string& id);  // "" deselects; false for an unknown id
// A tap or click on the map: `hit` is the zone picked (empty: outside every zone).
void tap_zone(Visitor& v, const Model& m, const std::string& hit);
bool mark(Visitor& v, const Model& m, const std::string& id, bool sore);  // false for bone or unknown
void set_marking(Visitor& v, bool on);

// ---- zoom: a fingertip's way into crowded places ---------------------------------------------------
constexpr double kZoomSeconds = 0.28;
// The zoom now (eased); with reduced motion, the target at once.
MapZoom current_zoom(const Visitor& v, bool reduced_motion);
bool zoom_moving(const Visitor& v, bool reduced_motion);
bool zoomed(const Visitor& v);  // towards more than the whole back
void zoom_map(Visitor& v, const MapZoom& to);
// The technique pictures arrived (Model::poses): the guide's view-model changes.
void pictures_arrived(Visitor& v);
// The zoom set at once, without easing: the fingers of a pinch carry the map themselves.
void set_zoom(Visitor& v, const MapZoom& to);
// A finger's tap, weighed by pick_by_finger at `tap` (map units): selects (or marks) what it
// picked, and zooms in about the tap when the place is crowded.
void finger_tap(Visitor& v, const Model& m, const FingerPick& pick, Vec2 tap, bool reduced_motion);

// ---- the screening -------------------------------------------------------------------------------
bool answer_question(Visitor& v, const Model& m, const std::string& id, bool yes);  // a checkbox
void confirm_screening(Visitor& v, const Model& m);  // "Save and show me how"
// knotmap.setScreening() and the DOM form: {"yes": [ids]}. Empty on success, else the error.
std::string set_screening(Visitor& v, const Model& m, const std::string& answers_json);
void edit_screening(Visitor& v);  // "Safety check: change my answers"

// ---- the panel's sections (embedded) ------------------------------------------------------------------
// Opens the section ("ball", "steps", "dose", "history", "care"), closing the one open; the open
// one closes. False for anything else.
bool toggle_section(Visitor& v, const std::string& id);

// ---- the technique ------------------------------------------------------------------------------
// "wall", "floor" or "chair" (position_id in guide.h); false for anything else.
bool choose_position(Visitor& v, const std::string& id);
// The position whose steps show: the one chosen, or the guide's first when the answers rule it out.
Position shown_position(const Visitor& v, const Guide& guide);

// ---- the guided hold -------------------------------------------------------------------------------
// The hold a zone allows now: the guide's hold for the visitor's answers, cut to what is left of
// the spot's limit this visit; 0 when nothing is left or the guide shows no steps there.
int hold_allowed(const Visitor& v, const Model& m, const Zone& zone);
int hold_allowed(const Visitor& v, const Guide& guide);  // the same, from the zone's guide already built
// On the selected muscle, once the screening is answered, for hold_allowed seconds (none: false).
bool start_hold(Visitor& v, const Model& m);
void stop_hold(Visitor& v);
void count_roll(Visitor& v);
// Moves the hold to Done when its time is up (true when it did), queuing its halfway and end cues.
bool tick(Visitor& v);

// ---- logging a session ------------------------------------------------------------------------------
bool open_log_form(Visitor& v, const Model& m);  // "Log a session" by hand, on the selected muscle
void close_log_form(Visitor& v);
bool set_draft_pain(Visitor& v, bool before, int score);  // 0..10, or -1 for "not said"
bool set_draft_ball(Visitor& v, const Model& m, const std::string& ball);  // "" for another
bool set_draft_duration(Visitor& v, int seconds);  // one of kByHandDurations
void set_draft_note(Visitor& v, const std::string& note);  // cut to kMaxNoteLength characters
// Saves the draft as a session. Empty on success, else the error (the draft is kept).
std::string save_draft(Visitor& v, const Model& m);
// "Skip the scores": saves the draft with no soreness scores, whatever was picked.
std::string save_draft_without_scores(Visitor& v, const Model& m);
// knotmap.logSession(): a session that ended now. Empty on success, else the error.
std::string log_session(Visitor& v, const Model& m, Session session);
ImportOutcome import_progress(Visitor& v, const Model& m, const std::string& text);
std::vector<Session> take_logged(Visitor& v);  // since the last call

// ---- the routine ---------------------------------------------------------------------------------
// The spots "Start my routine" takes: the marked sore spots, or else today's plan.
std::vector<std::string> routine_zones(const Visitor& v);
// The spots a routine through `zones` would take (each with its position, hold and ball), or
// the reason there is none (`error`).
std::vector<RoutineSpot> routine_spots(const Visitor& v, const Model& m, const std::vector<std::string>& zones, std::string& error);
// knotmap.startRoutine(): every spot checked (known muscle zones the answers don't block, with
// hold time left), the other side added, ordered top to bottom. Empty on success, else the error.
std::string begin_routine(Visitor& v, const Model& m, const std::vector<std::string>& zones);
// Brings the routine up to the wall clock (each frame, and each second while the page is hidden):
// queues its cues, stores it when its phase changes and every few seconds. True when it changed.
bool run_routine(Visitor& v);
void pause_routine(Visitor& v);
void resume_routine(Visitor& v);
void skip_routine_spot(Visitor& v);
void stop_routine(Visitor& v);  // straight to rating what was held
bool rate_routine_spot(Visitor& v, size_t spot, int before, int after);
// Logs every spot held as a session at once. Empty on success, else the error (the routine is kept).
std::string finish_routine(Visitor& v, const Model& m);
void close_routine(Visitor& v);  // the done screen's "Back to the map", or a routine never rated: dropped
bool set_cue(Visitor& v, const std::string& which, bool on);  // "sound", "vibrate", "speech"
void store_routine_now(Visitor& v);  // the page is being hidden: the time it was left is kept
std::vector<PendingCue> take_cues(Visitor& v);
std::vector<Session> take_routine_logged(Visitor& v);

}  // namespace knotmap
