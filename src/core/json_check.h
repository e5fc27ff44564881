// Small helpers for validating nlohmann::json documents with precise, human-readable errors
// ("content.json: zones[3] (ql-left): field 'name': expected a non-empty string, found a number").
// Every access is type-checked first, so the loaders never rely on nlohmann's exceptions.
#pragma once
#include <nlohmann/json.hpp>
#include <cstddef>
#include <string>
#include <vector>

namespace knotmap {

using Json = nlohmann::json;

const char* json_type_name(const Json& value);  // "a number", "an array", "null"...

// object[key] = value, as one small call instead of nlohmann's inlined insert, conversion and
// destruction at every field: the view-models set hundreds of fields, and every byte of code is
// downloaded by every reader.
void put(Json& object, const char* key, Json&& value);
void put(Json& object, const char* key, const Json& value);
void put(Json& object, const char* key, const std::string& value);
void put(Json& object, const char* key, const char* value);
void put(Json& object, const char* key, std::nullptr_t);
void put(Json& object, const char* key, bool value);
void put(Json& object, const char* key, int value);
void put(Json& object, const char* key, unsigned value);
void put(Json& object, const char* key, long value);
void put(Json& object, const char* key, unsigned long value);
void put(Json& object, const char* key, long long value);
void put(Json& object, const char* key, double value);
void put(Json& object, const char* key, const std::vector<std::string>& value);

class ErrorList {
public:
    explicit ErrorList(std::string file) : file_(std::move(file)) {}
    void add(const std::string& where, const std::string& message);
    // "expected X, found <type of found>" for a field of an object.
    void expected(const std::string& where, const std::string& field, const std::string& what, const Json* found);
    bool empty() const { return errors_.empty(); }
    const std::vector<std::string>& messages() const { return errors_; }
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::vector<std::string> errors_;
};

// Field readers: return nullptr (and record an error) when the field is missing or has the wrong type.
const Json* require_field(const Json& object, const char* field, Json::value_t type, const std::string& what,
                          const std::string& where, ErrorList& errors);
const std::string* require_string(const Json& object, const char* field, const std::string& where, ErrorList& errors);
const Json* require_array(const Json& object, const char* field, const std::string& where, ErrorList& errors,
                          size_t min_items = 1);
bool optional_bool(const Json& object, const char* field, bool fallback, const std::string& where, ErrorList& errors);
bool read_number(const Json& value, float& out);

// Parses text without throwing; records "not valid JSON" with the parser's position on failure.
// parse_json also requires an object at the top level; parse_json_value takes any value.
bool parse_json(const std::string& text, Json& out, ErrorList& errors);
bool parse_json_value(const std::string& text, Json& out, ErrorList& errors);

}  // namespace knotmap
