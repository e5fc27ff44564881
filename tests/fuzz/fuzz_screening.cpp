// Fuzzes the visitor's screening answers against the shipped guidance. The input is the answers
// as the page API gives them ({"yes": [ids]}) when it parses as such, else its bytes pick answers
// (each byte one question, by index). Whatever the answers, every zone's guide keeps every safety
// rule of tests/safety_properties.h: a red flag or a doctor-first answer means no steps; gentle
// answers mean no floor, soft balls and the lower ceilings; pregnancy means no step lying on the
// back or front; no zone recommends a ball it avoids; pressure never above its ceiling.
#include "../safety_properties.h"
#include "fuzz_support.h"

using namespace knotmap;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const fuzz::Shipped& s = fuzz::shipped();
    const std::string text = fuzz::text_of(data, size);
    std::string error;
    std::optional<Screening> screening = screening_from_answers(text, s.content, error);
    KNOTMAP_EXPECT(screening.has_value() == error.empty(), "answers and error disagree: " + error);
    if (!screening) {
        screening = Screening{};
        screening->answered = true;
        const size_t questions = s.content.red_flags.size() + s.content.general_cautions.size();
        for (size_t i = 0; i < size; ++i) {
            const size_t q = data[i] % questions;
            const std::string& id = q < s.content.red_flags.size() ? s.content.red_flags[q].id
                                                                   : s.content.general_cautions[q - s.content.red_flags.size()].id;
            set_applies(*screening, id, !applies(*screening, id));
        }
    }
    for (const Zone& zone : s.geometry.zones) {
        const Guide g = build_guide(s.content, s.geometry, *screening, zone);
        const std::string broken = safety_properties::broken_rule(s.content, *screening, g);
        KNOTMAP_EXPECT(broken.empty(), zone.id + ": " + broken);
    }
    // Saved and read back, the answers are the same.
    const std::optional<Screening> back = screening_from_json(screening_to_json(*screening), s.content);
    KNOTMAP_EXPECT(back && back->yes == screening->yes, "the saved answers read back differently");
    return 0;
}
