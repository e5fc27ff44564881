#include "safety.h"

#include <algorithm>

#include "json_check.h"

namespace knotmap {

bool applies(const Screening& screening, const std::string& caution_id) {
    return std::find(screening.yes.begin(), screening.yes.end(), caution_id) != screening.yes.end();
}

void set_applies(Screening& screening, const std::string& caution_id, bool yes) {
    const auto it = std::find(screening.yes.begin(), screening.yes.end(), caution_id);
    if (yes && it == screening.yes.end()) screening.yes.push_back(caution_id);
    if (!yes && it != screening.yes.end()) screening.yes.erase(it);
}

std::vector<const GeneralCaution*> applicable_cautions(const Content& content, const Screening& screening) {
    std::vector<const GeneralCaution*> out;
    for (const GeneralCaution& c : content.general_cautions)
        if (applies(screening, c.id)) out.push_back(&c);
    return out;
}

bool hides_position(const Content& content, const Screening& screening, Position position) {
    if (position != Position::Floor) return false;
    for (const GeneralCaution* c : applicable_cautions(content, screening))
        if (c->effect == CautionEffect::NoFloor) return true;
    return false;
}

bool needs_specialist_first(const Content& content, const Screening& screening, const FamilyContent& family) {
    if (!family.spine_side) return false;
    for (const GeneralCaution* c : applicable_cautions(content, screening))
        if (c->effect == CautionEffect::SpineSpecialist) return true;
    return false;
}

std::string screening_to_json(const Screening& screening) {
    return Json{{"version", 1}, {"answered", screening.answered}, {"yes", screening.yes}}.dump();
}

std::optional<Screening> screening_from_json(const std::string& text, const Content& content) {
    ErrorList errors("screening");
    Json doc;
    if (!parse_json(text, doc, errors)) return std::nullopt;
    const auto version = doc.find("version");
    const auto answered = doc.find("answered");
    const auto yes = doc.find("yes");
    if (version == doc.end() || !version->is_number_integer() || version->get<int>() != 1) return std::nullopt;
    if (answered == doc.end() || !answered->is_boolean()) return std::nullopt;
    if (yes == doc.end() || !yes->is_array()) return std::nullopt;
    Screening screening;
    screening.answered = answered->get<bool>();
    for (const Json& id : *yes) {
        if (!id.is_string()) return std::nullopt;
        const std::string& s = id.get_ref<const std::string&>();
        const bool known = std::any_of(content.general_cautions.begin(), content.general_cautions.end(),
                                       [&](const GeneralCaution& c) { return c.id == s; });
        if (known) set_applies(screening, s, true);
    }
    return screening;
}

std::optional<Screening> screening_from_answers(const std::string& text, const Content& content, std::string& error) {
    ErrorList errors("screening");
    Json doc;
    const auto yes = parse_json(text, doc, errors) ? doc.find("yes") : doc.end();
    if (!doc.is_object() || doc.size() != 1 || yes == doc.end() || !yes->is_array()) {
        error = "expected {yes: [question ids]}";
        return std::nullopt;
    }
    Screening screening;
    screening.answered = true;
    for (const Json& id : *yes) {
        const bool known = id.is_string() && std::any_of(content.general_cautions.begin(), content.general_cautions.end(),
                                                         [&](const GeneralCaution& c) { return c.id == id.get_ref<const std::string&>(); });
        if (!known) {
            std::string ids;
            for (const GeneralCaution& c : content.general_cautions) ids += (ids.empty() ? "" : ", ") + c.id;
            error = id.is_string() ? "field 'yes': unknown question '" + id.get<std::string>() + "' (the questions: " + ids + ")"
                                   : std::string("field 'yes': expected question ids (text), found ") + json_type_name(id);
            return std::nullopt;
        }
        set_applies(screening, id.get<std::string>(), true);
    }
    return screening;
}

}  // namespace knotmap
