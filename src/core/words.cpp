#include "words.h"

namespace knotmap::words {

namespace {
struct Word {
    const char* key;
    const char* text;
};
// A table and a loop: one JSON assignment per word would cost more code in the download.
constexpr Word kWords[] = {
    {"feel", kFeel},
    {"mark", kMark},
    {"wayHome", kWayHome},
    {"redFlags", kRedFlags},
    {"redFlagsIntro", kRedFlagsIntro},
    {"noticesTitle", kNoticesTitle},
    {"screeningTitle", kScreeningTitle},
    {"redFlagsCheck", kRedFlagsCheck},
    {"conditionsCheck", kConditionsCheck},
    {"screeningNote", kScreeningNote},
    {"screeningNone", kScreeningNone},
    {"screeningSave", kScreeningSave},
    {"whichBall", kWhichBall},
    {"bestBall", kBestBall},
    {"alsoGood", kAlsoGood},
    {"notHere", kNotHere},
    {"howTo", kHowTo},
    {"howFarFromSpine", kHowFarFromSpine},
    {"howLong", kHowLong},
    {"howHard", kHowHard},
    {"beCareful", kBeCareful},
    {"changeAnswers", kChangeAnswers},
    {"dontPress", kDontPress},
    {"workInstead", kWorkInstead},
    {"sources", kSources},
    {"stopHold", kStopHold},
    {"historyTitle", kHistoryTitle},
    {"lastTime", kLastTime},
    {"logTitle", kLogTitle},
    {"ballUsed", kBallUsed},
    {"notSaid", kNotSaid},
    {"couldntSave", kCouldntSave},
    {"exportFile", kExportFile},
    {"deleteTitle", kDeleteTitle},
    {"deleteDetail", kDeleteDetail},
};
}  // namespace

Json words_json() {
    Json out = Json::object();
    for (const Word& w : kWords) out[w.key] = w.text;
    return out;
}

}  // namespace knotmap::words

namespace knotmap::words {

std::string for_pointer(const std::string& tap_sentence, bool touch_screen) {
    if (touch_screen) return tap_sentence;
    std::string out = tap_sentence;
    for (const char* from : {"Tap", "tap"}) {
        const std::string to = from[0] == 'T' ? "Click" : "click";
        for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size()))
            out.replace(at, 3, to);
    }
    return out;
}

}  // namespace knotmap::words
