#include "utf8_text.h"

namespace knotmap {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

bool is_utf8(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        const auto byte = [&](size_t at) { return static_cast<unsigned char>(text[at]); };
        const unsigned char lead = byte(i);
        size_t extra = 0;
        unsigned long code = 0, smallest = 0;
        if (lead < 0x80) { ++i; continue; }
        if ((lead & 0xE0) == 0xC0) { extra = 1; code = lead & 0x1Fu; smallest = 0x80; }
        else if ((lead & 0xF0) == 0xE0) { extra = 2; code = lead & 0x0Fu; smallest = 0x800; }
        else if ((lead & 0xF8) == 0xF0) { extra = 3; code = lead & 0x07u; smallest = 0x10000; }
        else return false;
        if (text.size() - i <= extra) return false;
        for (size_t k = 1; k <= extra; ++k) {
            if (!is_continuation(byte(i + k))) return false;
            code = (code << 6) | (byte(i + k) & 0x3Fu);
        }
        // Overlong forms, UTF-16 surrogates and code points past Unicode's end are not UTF-8 either.
        if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += extra + 1;
    }
    return true;
}

size_t utf8_length(const std::string& text) {
    size_t count = 0;
    for (const char c : text)
        if (!is_continuation(static_cast<unsigned char>(c))) ++count;
    return count;
}

std::string utf8_prefix(const std::string& text, size_t max_characters) {
    size_t characters = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (is_continuation(static_cast<unsigned char>(text[i]))) continue;
        if (characters == max_characters) return text.substr(0, i);
        ++characters;
    }
    return text;
}

}  // namespace knotmap
