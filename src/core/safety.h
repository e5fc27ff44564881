// The safety screening ("Do any of these apply to you?"): the visitor's answers, what they change
// in the guidance, and how they are saved on the device (a small JSON document).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content.h"

namespace knotmap {

struct Screening {
    bool answered = false;         // the visitor has been through the screening once
    std::vector<std::string> yes;  // ids of the general cautions that apply to them
    bool editing = false;          // the visitor reopened the questions ("change my answers"); not stored
};

bool applies(const Screening& screening, const std::string& caution_id);
void set_applies(Screening& screening, const std::string& caution_id, bool yes);

// Answers that change the steps: pregnancy hides the floor position; a spine condition puts
// "ask your specialist first" above the steps of zones beside the spine.
bool hides_position(const Content& content, const Screening& screening, Position position);
bool needs_specialist_first(const Content& content, const Screening& screening, const FamilyContent& family);
std::vector<const GeneralCaution*> applicable_cautions(const Content& content, const Screening& screening);

// Saved form: {"version":1,"answered":true,"yes":["pregnancy"]}. Unknown ids are dropped (the
// content may have changed); anything malformed gives nullopt and the screening is asked again.
std::string screening_to_json(const Screening& screening);
std::optional<Screening> screening_from_json(const std::string& text, const Content& content);
// The visitor's answers as the page API gives them, {"yes": [question ids]}: the screening,
// answered, or nothing and a precise error (an unknown id is named, never ignored).
std::optional<Screening> screening_from_answers(const std::string& text, const Content& content, std::string& error);

}  // namespace knotmap
