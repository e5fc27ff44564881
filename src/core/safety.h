// The safety screening: red flags first ("Do you have any of these right now?"), then conditions
// ("Do any of these apply to you?"); the visitor's answers, what they change in the guidance, and
// how they are saved on the device (a small JSON document).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content.h"

namespace knotmap {

struct Screening {
    bool answered = false;         // the visitor has been through the screening once
    std::vector<std::string> yes;  // ids of the red flags and conditions that apply to them
    bool editing = false;          // the visitor reopened the questions ("change my answers"); not stored
};

bool applies(const Screening& screening, const std::string& caution_id);
void set_applies(Screening& screening, const std::string& caution_id, bool yes);

// What the visitor's answers mean for one zone. Several answers combine: the strictest rule of
// each kind wins (the most urgent block; gentle and side-lying-only once any answer asks).
struct SafetyRules {
    Urgency blocked = Urgency::None;                 // the most urgent reason to use no ball here
    std::vector<const RedFlag*> flags;               // red flags answered yes, in content order
    std::vector<const GeneralCaution*> conditions;   // conditions answered yes, in content order
    std::vector<const GeneralCaution*> blockers;     // those behind a doctor-first or specialist-first block
    bool gentle = false;
    bool side_lying_only = false;
};
SafetyRules safety_rules(const Content& content, const Screening& screening, const FamilyContent& family);
// Whether the guide shows a position's steps under these rules (none when blocked).
bool shows_position(const SafetyRules& rules, const FamilyContent& family, Position position);

// Saved form: {"version":1,"answered":true,"yes":["pregnancy"]}. Unknown ids are dropped (the
// content may have changed); anything malformed gives nullopt and the screening is asked again.
std::string screening_to_json(const Screening& screening);
std::optional<Screening> screening_from_json(const std::string& text, const Content& content);
// The visitor's answers as the page API gives them, {"yes": [question ids]}: the screening,
// answered, or nothing and a precise error (an unknown id is named, never ignored).
std::optional<Screening> screening_from_answers(const std::string& text, const Content& content, std::string& error);

}  // namespace knotmap
