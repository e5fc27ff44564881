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

SafetyRules safety_rules(const Content& content, const Screening& screening, const FamilyContent& family) {
    SafetyRules rules;
    for (const RedFlag& f : content.red_flags) {
        if (!applies(screening, f.id)) continue;
        rules.flags.push_back(&f);
        rules.blocked = std::max(rules.blocked, f.urgency);
    }
    for (const GeneralCaution& c : content.general_cautions) {
        if (!applies(screening, c.id)) continue;
        rules.conditions.push_back(&c);
        rules.gentle = rules.gentle || c.effect == CautionEffect::Gentle;
        rules.side_lying_only = rules.side_lying_only || c.effect == CautionEffect::SideLyingOnly;
        const Urgency block = c.effect == CautionEffect::DoctorFirst ? Urgency::DoctorFirst
                              : c.effect == CautionEffect::SpecialistFirst && family.spine_side ? Urgency::SpecialistFirst
                                                                                               : Urgency::None;
        rules.blocked = std::max(rules.blocked, block);
    }
    for (const GeneralCaution* c : rules.conditions) {
        const bool behind = (rules.blocked == Urgency::DoctorFirst && c->effect == CautionEffect::DoctorFirst) ||
                            (rules.blocked == Urgency::SpecialistFirst && c->effect == CautionEffect::SpecialistFirst);
        if (behind) rules.blockers.push_back(c);
    }
    return rules;
}

bool shows_position(const SafetyRules& rules, const FamilyContent& family, Position position) {
    if (rules.blocked != Urgency::None) return false;
    if (position != Position::Floor) return true;
    if (rules.gentle) return false;
    return !rules.side_lying_only || family.floor_lying == Lying::Side || family.floor_lying == Lying::Seated;
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
        if (is_question(content, s)) set_applies(screening, s, true);
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
        if (!id.is_string() || !is_question(content, id.get_ref<const std::string&>())) {
            std::string ids;
            for (const RedFlag& f : content.red_flags) ids += (ids.empty() ? "" : ", ") + f.id;
            for (const GeneralCaution& c : content.general_cautions) ids += ", " + c.id;
            error = id.is_string() ? "field 'yes': unknown question '" + id.get<std::string>() + "' (the questions: " + ids + ")"
                                   : std::string("field 'yes': expected question ids (text), found ") + json_type_name(id);
            return std::nullopt;
        }
        set_applies(screening, id.get<std::string>(), true);
    }
    return screening;
}

}  // namespace knotmap
