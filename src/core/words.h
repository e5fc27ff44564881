// Words that both renderings show, written once: the canvas draws these constants and the page's
// DOM layer gets the same ones at start (words_json), so a heading or a button reads the same in
// both. Wording that depends on the visitor's state is in the view-models (guide.h, page_view.h).
#pragma once
#include "json_check.h"

namespace knotmap::words {

constexpr const char* kFeel = "What a knot feels like: ";
constexpr const char* kMark = "It hurts here: mark as sore";
constexpr const char* kMarked = "Sore spot marked  ·  unmark";  // the same button once marked
constexpr const char* kWayHome = "← Whole back and today's plan";
constexpr const char* kWholeBack = "← Whole back";  // over the zoomed map: out to the whole back
constexpr const char* kRedFlags = "When to see a doctor instead";
constexpr const char* kRedFlagsIntro = "Don't use a ball. Get medical help if you have back pain with any of these:";
constexpr const char* kNoticesTitle = "Because of your answers";
constexpr const char* kScreeningTitle = "Before you start: a quick safety check";
constexpr const char* kRedFlagsCheck = "Do you have any of these right now?";
constexpr const char* kConditionsCheck = "Do any of these apply to you?";
constexpr const char* kScreeningNote = "Your answers stay on this device and only change the advice you see.";
constexpr const char* kScreeningNone = "None of these: show me how";  // nothing ticked
constexpr const char* kScreeningSave = "Save and show me how";
constexpr const char* kWhichBall = "Which ball";
constexpr const char* kBestBall = "Best ball here";
constexpr const char* kAlsoGood = "Also good";
constexpr const char* kNotHere = "Not here";
constexpr const char* kHowTo = "How to do it";
constexpr const char* kHowFarFromSpine = "How far from the spine";
constexpr const char* kHowLong = "How long";
constexpr const char* kHowHard = "How hard";
constexpr const char* kBeCareful = "Be careful";
constexpr const char* kChangeAnswers = "Safety check: change my answers";
constexpr const char* kDontPress = "Don't press here";
constexpr const char* kWorkInstead = "Work here instead: ";
constexpr const char* kSources = "Sources";
constexpr const char* kStopHold = "Stop the hold";
constexpr const char* kHistoryTitle = "Your history here";
constexpr const char* kLastTime = "Last time: ";
constexpr const char* kLogTitle = "Log a session";
constexpr const char* kBallUsed = "Ball used";
constexpr const char* kNotSaid = "Not said";
constexpr const char* kCouldntSave = "Couldn't save: ";  // then the reason
constexpr const char* kExportFile = "knotmap-progress.json";

// Sentences are written for a finger ("Tap the spot"); with a mouse they say "Click" instead.
std::string for_pointer(const std::string& tap_sentence, bool touch_screen);
constexpr const char* kDeleteTitle = "Delete all my data?";
constexpr const char* kDeleteDetail =
    "This removes every session, your safety answers and any backup copies from this browser. It can't be undone. "
    "Export first if you want to keep a copy.";

// {"feel": kFeel, "mark": kMark, ...}: the keys are the names above without the k, in camelCase.
Json words_json();

}  // namespace knotmap::words
