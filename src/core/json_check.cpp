#include "json_check.h"

namespace knotmap {

const char* json_type_name(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array";
        case Json::value_t::string: return "a string";
        case Json::value_t::boolean: return "a boolean";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "a number";
        default: return "an unknown value";
    }
}

void ErrorList::add(const std::string& where, const std::string& message) {
    errors_.push_back(file_ + ": " + (where.empty() ? "" : where + ": ") + message);
}

void ErrorList::expected(const std::string& where, const std::string& field, const std::string& what,
                         const Json* found) {
    std::string message = "field '" + field + "': expected " + what + ", found ";
    if (!found) {
        message += "nothing (the field is missing)";
    } else if (found->is_string() && found->get_ref<const std::string&>().empty()) {
        message += "an empty string";
    } else if (found->is_array() && found->empty()) {
        message += "an empty list";
    } else {
        message += json_type_name(*found);
    }
    add(where, message);
}

static bool type_matches(const Json& value, Json::value_t type) {
    if (type == Json::value_t::number_float) return value.is_number();
    return value.type() == type;
}

const Json* require_field(const Json& object, const char* field, Json::value_t type, const std::string& what,
                          const std::string& where, ErrorList& errors) {
    const auto it = object.find(field);
    const Json* found = it == object.end() ? nullptr : &*it;
    if (!found || !type_matches(*found, type)) {
        errors.expected(where, field, what, found);
        return nullptr;
    }
    return found;
}

const std::string* require_string(const Json& object, const char* field, const std::string& where,
                                  ErrorList& errors) {
    const auto it = object.find(field);
    const Json* found = it == object.end() ? nullptr : &*it;
    if (!found || !found->is_string() || found->get_ref<const std::string&>().empty()) {
        errors.expected(where, field, "a non-empty string", found);
        return nullptr;
    }
    return &found->get_ref<const std::string&>();
}

const Json* require_array(const Json& object, const char* field, const std::string& where, ErrorList& errors,
                          size_t min_items) {
    const auto it = object.find(field);
    const Json* found = it == object.end() ? nullptr : &*it;
    if (!found || !found->is_array() || found->size() < min_items) {
        std::string what = min_items <= 1 ? "a non-empty list" : "a list of at least " + std::to_string(min_items) + " items";
        if (found && found->is_array() && !found->empty())
            errors.add(where, "field '" + std::string(field) + "': expected " + what + ", found " +
                                  std::to_string(found->size()) + (found->size() == 1 ? " item" : " items"));
        else
            errors.expected(where, field, what, found);
        return nullptr;
    }
    return found;
}

bool optional_bool(const Json& object, const char* field, bool fallback, const std::string& where,
                   ErrorList& errors) {
    const auto it = object.find(field);
    if (it == object.end()) return fallback;
    if (!it->is_boolean()) {
        errors.expected(where, field, "true or false", &*it);
        return fallback;
    }
    return it->get<bool>();
}

bool read_number(const Json& value, float& out) {
    if (!value.is_number()) return false;
    out = value.get<float>();
    return true;
}

bool parse_json(const std::string& text, Json& out, ErrorList& errors) {
    out = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (out.is_discarded()) {
        // Re-parse with a SAX error handler to report where the text stops being JSON.
        struct Locator : nlohmann::json_sax<Json> {
            size_t position = 0;
            std::string reason;
            bool null() override { return true; }
            bool boolean(bool) override { return true; }
            bool number_integer(number_integer_t) override { return true; }
            bool number_unsigned(number_unsigned_t) override { return true; }
            bool number_float(number_float_t, const string_t&) override { return true; }
            bool string(string_t&) override { return true; }
            bool binary(binary_t&) override { return true; }
            bool start_object(std::size_t) override { return true; }
            bool key(string_t&) override { return true; }
            bool end_object() override { return true; }
            bool start_array(std::size_t) override { return true; }
            bool end_array() override { return true; }
            bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& e) override {
                position = pos;
                reason = e.what();
                return false;
            }
        } locator;
        Json::sax_parse(text, &locator, Json::input_format_t::json, /*strict=*/true);
        size_t line = 1, column = 1;
        for (size_t i = 0; i + 1 < locator.position && i < text.size(); ++i) {
            if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
        }
        errors.add("", "not valid JSON (line " + std::to_string(line) + ", column " + std::to_string(column) + ")");
        return false;
    }
    if (!out.is_object()) {
        errors.add("", std::string("expected a JSON object at the top level, found ") + json_type_name(out));
        return false;
    }
    return true;
}

}  // namespace knotmap
