#include "json_check.h"

namespace knotmap {

#define KNOTMAP_PUT(type, expression) \
    __attribute__((noinline)) void put(Json& object, const char* key, type value) { object[key] = expression; }
KNOTMAP_PUT(Json&&, std::move(value))
KNOTMAP_PUT(const Json&, value)
KNOTMAP_PUT(const std::string&, value)
KNOTMAP_PUT(const char*, value)
KNOTMAP_PUT(std::nullptr_t, (static_cast<void>(value), nullptr))
KNOTMAP_PUT(bool, value)
KNOTMAP_PUT(int, value)
KNOTMAP_PUT(unsigned, value)
KNOTMAP_PUT(long, value)
KNOTMAP_PUT(unsigned long, value)
KNOTMAP_PUT(long long, value)
KNOTMAP_PUT(double, value)
KNOTMAP_PUT(const std::vector<std::string>&, value)
#undef KNOTMAP_PUT

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

namespace {

// Builds the document like nlohmann's own DOM parser, and remembers where the text stops being
// JSON. One parser instantiation for both jobs keeps the wasm small, and nothing throws.
struct LocatingDomParser {
    using Dom = nlohmann::detail::json_sax_dom_parser<Json>;
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    explicit LocatingDomParser(Json& out) : dom(out, /*allow_exceptions=*/false) {}
    bool null() { return dom.null(); }
    bool boolean(bool v) { return dom.boolean(v); }
    bool number_integer(number_integer_t v) { return dom.number_integer(v); }
    bool number_unsigned(number_unsigned_t v) { return dom.number_unsigned(v); }
    bool number_float(number_float_t v, const string_t& s) { return dom.number_float(v, s); }
    bool string(string_t& v) { return dom.string(v); }
    bool binary(binary_t& v) { return dom.binary(v); }
    bool start_object(std::size_t n) { return dom.start_object(n); }
    bool key(string_t& v) { return dom.key(v); }
    bool end_object() { return dom.end_object(); }
    bool start_array(std::size_t n) { return dom.start_array(n); }
    bool end_array() { return dom.end_array(); }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception&) {
        failed = true;
        position = pos;
        return false;
    }

    Dom dom;
    bool failed = false;
    std::size_t position = 0;
};

}  // namespace

bool parse_json(const std::string& text, Json& out, ErrorList& errors) {
    if (!parse_json_value(text, out, errors)) return false;
    if (!out.is_object()) {
        errors.add("", std::string("expected a JSON object at the top level, found ") + json_type_name(out));
        return false;
    }
    return true;
}

bool parse_json_value(const std::string& text, Json& out, ErrorList& errors) {
    LocatingDomParser parser(out);
    Json::sax_parse(text, &parser, Json::input_format_t::json, /*strict=*/true);
    if (parser.failed) {
        size_t line = 1, column = 1;
        for (size_t i = 0; i + 1 < parser.position && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        errors.add("", "not valid JSON (line " + std::to_string(line) + ", column " + std::to_string(column) + ")");
        out = Json();
        return false;
    }
    return true;
}

}  // namespace knotmap
