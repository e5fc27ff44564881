// UTF-8 text as people count it: limits such as a note's 140 characters are in characters
// (Unicode code points), never in bytes, so an accented or CJK note gets the same room as ASCII.
#pragma once
#include <cstddef>
#include <string>

namespace knotmap {

// True when `text` is well-formed UTF-8: no overlong forms, UTF-16 surrogates, code points past
// U+10FFFF or sequences cut short. nlohmann's dump() aborts the wasm build on anything else.
bool is_utf8(const std::string& text);

// The number of code points in well-formed UTF-8 text (each lead byte counts once).
size_t utf8_length(const std::string& text);

// The longest prefix of `text` with at most `max_characters` code points, cut on a character
// boundary: never inside a multi-byte sequence.
std::string utf8_prefix(const std::string& text, size_t max_characters);

}  // namespace knotmap
