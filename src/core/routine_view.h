// The routine as the visitor sees and hears it: the card the canvas draws and #knotmap-routine
// renders (countdown, the spot and its position, what comes next, pause/skip/stop, the cue
// switches, the rating screen), the cues the page plays, and the home panel's start button.
#pragma once
#include <string>
#include <vector>

#include "json_check.h"
#include "model.h"
#include "page_view.h"
#include "visitor.h"

namespace knotmap {

struct CueSwitch {
    std::string id;  // "sound", "vibrate", "speech": set_cue's names
    std::string label;   // "Tone"
    bool on = false;
    std::string button;  // the canvas's switch: "Tone: on"
};

struct RateRow {
    size_t spot = 0;
    std::string name;  // "Side of waist, left, against the wall"
    ScoreQuestion before, after;
};

struct RoutineView {
    bool shown = false;
    const char* phase = "done";  // "hold" | "rest" | "rate" | "done"
    std::string title;           // "Routine: spot 2 of 4"
    std::string spot;            // the spot held, or (a rest) the next one: "Side of waist, left"
    std::string position;        // "Against the wall"
    int seconds_left = 0, seconds_total = 0;
    std::string count;           // "25 s"
    std::string status;          // "Hold and breathe slowly", "Rest, then move the ball", "Paused"
    std::string next;            // "Next: Side of waist, right, against the wall", or "Last spot"
    bool paused = false;
    std::string pause_label, skip_label, stop_label = "Stop and rate";
    std::string announce;        // said politely when a hold or rest starts or ends, never each second
    std::string cues_title = "Cues";
    std::vector<CueSwitch> cues;
    std::string rate_intro;
    std::vector<RateRow> rates;  // spots reached
    std::string save_label = "Save all sessions";
    std::string done_text;
    std::string close_label = "Back to the map";
    bool keep_awake = false;     // a hold or rest is running (or a single guided hold)
};

RoutineView routine_view(const Model& m, const Visitor& v);
Json routine_view_json(const RoutineView& r);
// knotmap.routine(): null, or {spots: [{zone, position, holdSec}], index, phase}.
Json routine_api_json(const Visitor& v);
// The cue to play: {tone: "start"|"half"|"end"|null, vibrate: [ms...]|null, say: text ("" for none)},
// each part left out when the visitor turned it off.
Json cue_json(const Model& m, const Visitor& v, const PendingCue& cue);

// The home panel's "Start my routine" (no routine running, spots to take): a label with the count
// and the time, what it does, and the zones; before the safety check it opens the first spot's.
struct RoutineStart {
    bool shown = false;
    bool needs_screening = false;  // the button opens `zones.front()`, whose guide asks the questions
    std::string label;  // "Start my routine: 4 spots, about 3 minutes"
    std::string note;   // "Hands-free: a tone, a buzz and a voice..."
    std::vector<std::string> zones;
};
RoutineStart routine_start(const Model& m, const Visitor& v);
Json routine_start_json(const RoutineStart& start);

}  // namespace knotmap
