// Smaller stand-ins for the C library's number text (-Wl,--wrap in CMakeLists.txt): its strtod
// and its vsnprintf work in long double (128-bit, done in software in wasm), which brings about
// 17 KB of code into the download for numbers Knotmap reads and writes in plain double.
// - strtod: what reaches it is JSON numbers (nlohmann/json's reader) with up to 19 significant
//   digits. Up to 15 digits and a power of ten up to 22 the result is exact (one rounding of
//   exact parts, as Clinger's fast path); beyond that it is within a few units in the last place.
// - vsnprintf and fiprintf (snprintf, Dear ImGui's and SDL's formatting, the library's messages): flags, width, precision and length
//   modifiers with d i u x X o c s p % and f F e E g G; a float is formatted from a double,
//   correct to its 17 significant digits.
#include <cmath>
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "web_page.h"

namespace {

const double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                               1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

double scale_by_ten(double value, int exponent) {
    while (exponent > 22) {
        value *= 1e22;
        exponent -= 22;
    }
    while (exponent < -22) {
        value /= 1e22;
        exponent += 22;
    }
    return exponent >= 0 ? value * kExactPowers[exponent] : value / kExactPowers[-exponent];
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Writes into a buffer of a given size, always counting what would have been written.
struct Out {
    char* buf;
    size_t size;
    size_t n = 0;
    void put(char c) {
        if (n + 1 < size) buf[n] = c;
        ++n;
    }
    void put(const char* s, size_t len) {
        for (size_t i = 0; i < len; ++i) put(s[i]);
    }
    void pad(char c, int count) {
        for (int i = 0; i < count; ++i) put(c);
    }
};

struct Spec {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    int width = 0, precision = -1;
};

// A number's text (its digits, without sign) laid out with sign, padding and zeros.
void emit(Out& out, const Spec& spec, const char* sign, const char* prefix, const char* body, size_t body_len,
          int leading_zeros) {
    const int sign_len = static_cast<int>(std::strlen(sign)), prefix_len = static_cast<int>(std::strlen(prefix));
    const int len = sign_len + prefix_len + leading_zeros + static_cast<int>(body_len);
    const int fill = spec.width > len ? spec.width - len : 0;
    if (!spec.left && !spec.zero) out.pad(' ', fill);
    out.put(sign, static_cast<size_t>(sign_len));
    out.put(prefix, static_cast<size_t>(prefix_len));
    if (!spec.left && spec.zero) out.pad('0', fill);
    out.pad('0', leading_zeros);
    out.put(body, body_len);
    if (spec.left) out.pad(' ', fill);
}

const char* sign_of(bool negative, const Spec& spec) { return negative ? "-" : spec.plus ? "+" : spec.space ? " " : ""; }

void format_integer(Out& out, Spec spec, uint64_t value, bool negative, unsigned base, bool upper) {
    char digits[24];
    int len = 0;
    const char* set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    for (uint64_t v = value; v > 0; v /= base) digits[len++] = set[v % base];
    if (spec.precision == 0 && value == 0) len = 0;
    char body[24];
    for (int i = 0; i < len; ++i) body[i] = digits[len - 1 - i];
    int zeros = spec.precision > len ? spec.precision - len : (spec.precision < 0 && len == 0 ? 1 : 0);
    if (spec.precision >= 0) spec.zero = false;
    const char* prefix = spec.alt && value != 0 ? (base == 16 ? (upper ? "0X" : "0x") : base == 8 ? "0" : "") : "";
    emit(out, spec, sign_of(negative, spec), prefix, body, static_cast<size_t>(len), zeros);
}

// The decimal digits of |value| rounded to `decimals` places, as an integer part and a fraction
// part; false when the number is too large for that (it is then written in e-notation).
bool fixed_digits(double value, int decimals, char* text, size_t& len) {
    if (decimals > 17) decimals = 17;
    const double scaled = std::round(value * kExactPowers[decimals]);
    if (!(scaled < 1.8e19)) return false;
    uint64_t whole = static_cast<uint64_t>(scaled);
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + whole % 10);
        whole /= 10;
    } while (whole > 0 || n <= decimals);
    len = 0;
    for (int i = n - 1; i >= 0; --i) {
        text[len++] = digits[i];
        if (i == decimals && decimals > 0) text[len++] = '.';
    }
    return true;
}

// |value| as d.ddd with `decimals` digits after the point, and its power of ten.
int exponent_digits(double value, int decimals, char* text, size_t& len) {
    if (decimals > 16) decimals = 16;
    int exponent = value == 0 ? 0 : static_cast<int>(std::floor(std::log10(value)));
    double mantissa = value == 0 ? 0 : scale_by_ten(value, -exponent);
    double rounded = std::round(mantissa * kExactPowers[decimals]);
    if (rounded >= kExactPowers[decimals + 1]) {  // 9.99 rounded up to 10.0
        ++exponent;
        rounded = std::round(scale_by_ten(value, -exponent) * kExactPowers[decimals]);
    } else if (value != 0 && rounded < kExactPowers[decimals]) {  // log10 a hair low
        --exponent;
        rounded = std::round(scale_by_ten(value, -exponent) * kExactPowers[decimals]);
    }
    fixed_digits(rounded / kExactPowers[decimals], decimals, text, len);
    return exponent;
}

size_t append_exponent(char* text, size_t len, int exponent, bool upper) {
    text[len++] = upper ? 'E' : 'e';
    text[len++] = exponent < 0 ? '-' : '+';
    const int e = exponent < 0 ? -exponent : exponent;
    if (e >= 100) text[len++] = static_cast<char>('0' + e / 100);
    text[len++] = static_cast<char>('0' + e / 10 % 10);
    text[len++] = static_cast<char>('0' + e % 10);
    return len;
}

void strip_zeros(char* text, size_t& len) {
    if (!std::memchr(text, '.', len)) return;
    while (len > 0 && text[len - 1] == '0') --len;
    if (len > 0 && text[len - 1] == '.') --len;
}

void format_float(Out& out, Spec spec, double value, char conversion) {
    const bool upper = conversion == 'F' || conversion == 'E' || conversion == 'G';
    const bool negative = std::signbit(value);
    const double magnitude = std::fabs(value);
    if (!std::isfinite(value)) {
        spec.zero = false;
        const char* text = std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        emit(out, spec, sign_of(negative, spec), "", text, 3, 0);
        return;
    }
    int precision = spec.precision < 0 ? 6 : spec.precision;
    char text[64];
    size_t len = 0;
    const char kind = static_cast<char>(conversion | 0x20);  // f, e or g
    if (kind == 'g') {
        if (precision == 0) precision = 1;
        const int exponent = exponent_digits(magnitude, precision - 1, text, len);
        const bool fixed =
            exponent >= -4 && exponent < precision && fixed_digits(magnitude, precision - 1 - exponent, text, len);
        if (!spec.alt) strip_zeros(text, len);
        if (!fixed) len = append_exponent(text, len, exponent, upper);
    } else if (kind == 'f' && fixed_digits(magnitude, precision, text, len)) {
        if (spec.alt && precision == 0) text[len++] = '.';
    } else {
        const int exponent = exponent_digits(magnitude, precision, text, len);
        len = append_exponent(text, len, exponent, upper);
    }
    emit(out, spec, sign_of(negative, spec), "", text, len, 0);
}

int format(char* buf, size_t size, const char* fmt, va_list args) {
    Out out{buf, size};
    while (*fmt) {
        if (*fmt != '%') {
            out.put(*fmt++);
            continue;
        }
        ++fmt;
        Spec spec;
        for (;; ++fmt) {
            if (*fmt == '-') spec.left = true;
            else if (*fmt == '+') spec.plus = true;
            else if (*fmt == ' ') spec.space = true;
            else if (*fmt == '#') spec.alt = true;
            else if (*fmt == '0') spec.zero = true;
            else break;
        }
        if (*fmt == '*') {
            spec.width = va_arg(args, int);
            if (spec.width < 0) {
                spec.left = true;
                spec.width = -spec.width;
            }
            ++fmt;
        } else {
            while (is_digit(*fmt)) spec.width = spec.width * 10 + (*fmt++ - '0');
        }
        if (*fmt == '.') {
            ++fmt;
            spec.precision = 0;
            if (*fmt == '*') {
                spec.precision = va_arg(args, int);
                ++fmt;
            } else {
                while (is_digit(*fmt)) spec.precision = spec.precision * 10 + (*fmt++ - '0');
            }
        }
        if (spec.left) spec.zero = false;
        int longs = 0;  // 0: int, 1: long, 2: long long (and size_t, intmax_t, ptrdiff_t: 32 or 64 bits as long)
        bool half = false;
        for (;; ++fmt) {
            if (*fmt == 'l') ++longs;
            else if (*fmt == 'z' || *fmt == 't') longs = sizeof(size_t) == 8 ? 2 : 1;
            else if (*fmt == 'j') longs = 2;
            else if (*fmt == 'h') half = true;
            else if (*fmt == 'L') continue;  // long double: Knotmap passes none
            else break;
        }
        const char c = *fmt ? *fmt++ : '\0';
        switch (c) {
            case 'd':
            case 'i': {
                const long long v = longs >= 2 ? va_arg(args, long long) : longs == 1 ? va_arg(args, long) : va_arg(args, int);
                const uint64_t magnitude = v < 0 ? static_cast<uint64_t>(0) - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
                format_integer(out, spec, magnitude, v < 0, 10, false);
                break;
            }
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                uint64_t v = longs >= 2 ? va_arg(args, unsigned long long)
                                        : longs == 1 ? va_arg(args, unsigned long) : va_arg(args, unsigned);
                if (half && longs == 0) v &= 0xffffu;
                spec.plus = spec.space = false;
                format_integer(out, spec, v, false, c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X');
                break;
            }
            case 'p': {
                spec.alt = true;
                format_integer(out, spec, reinterpret_cast<uintptr_t>(va_arg(args, void*)), false, 16, false);
                break;
            }
            case 'c': {
                const char ch = static_cast<char>(va_arg(args, int));
                spec.zero = false;
                emit(out, spec, "", "", &ch, 1, 0);
                break;
            }
            case 's': {
                const char* s = va_arg(args, const char*);
                if (!s) s = "(null)";
                size_t len = 0;
                while (s[len] && (spec.precision < 0 || len < static_cast<size_t>(spec.precision))) ++len;
                spec.zero = false;
                emit(out, spec, "", "", s, len, 0);
                break;
            }
            case 'f':
            case 'F':
            case 'e':
            case 'E':
            case 'g':
            case 'G':
                format_float(out, spec, va_arg(args, double), c);
                break;
            case '%': out.put('%'); break;
            case 'n': break;  // never used; not written (a format can't write into memory here)
            default:  // unknown: written as it is
                out.put('%');
                if (c) out.put(c);
                break;
        }
    }
    if (size > 0) buf[out.n < size ? out.n : size - 1] = '\0';
    return static_cast<int>(out.n);
}

}  // namespace

extern "C" {

double __wrap_strtod(const char* text, char** end) {
    const char* p = text;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
    const bool negative = *p == '-';
    if (*p == '-' || *p == '+') ++p;
    uint64_t mantissa = 0;
    int digits = 0, exponent = 0;
    bool any = false;
    for (; is_digit(*p); ++p, any = true) {
        if (digits < 19) {
            mantissa = mantissa * 10 + static_cast<uint64_t>(*p - '0');
            if (mantissa) ++digits;
        } else {
            ++exponent;  // digits past the 19th only scale
        }
    }
    if (*p == '.') {
        for (++p; is_digit(*p); ++p, any = true) {
            if (digits < 19) {
                mantissa = mantissa * 10 + static_cast<uint64_t>(*p - '0');
                if (mantissa) ++digits;
                --exponent;
            }
        }
    }
    if (!any) {
        if (end) *end = const_cast<char*>(text);
        return 0;
    }
    if (*p == 'e' || *p == 'E') {
        const char* e = p + 1;
        const bool minus = *e == '-';
        if (*e == '-' || *e == '+') ++e;
        if (is_digit(*e)) {
            int value = 0;
            for (; is_digit(*e); ++e)
                if (value < 100000) value = value * 10 + (*e - '0');
            exponent += minus ? -value : value;
            p = e;
        }
    }
    if (end) *end = const_cast<char*>(p);
    double result = static_cast<double>(mantissa);
    if (mantissa != 0) {
        if (exponent < -340) result = 0;
        else if (exponent > 310) result = HUGE_VAL;
        else result = scale_by_ten(result, exponent);
    }
    return negative ? -result : result;
}

int __wrap_vsnprintf(char* buf, size_t size, const char* fmt, va_list args) { return format(buf, size, fmt, args); }

// The C library's and the libraries' own messages (an abort's reason, a shader that didn't
// compile) come here, not through its printf; they go to the console, without the C library's
// file streams and their JavaScript glue.
int __wrap_fiprintf(FILE*, const char* fmt, ...) {
    char text[512];
    va_list args;
    va_start(args, fmt);
    const int n = format(text, sizeof text, fmt, args);
    va_end(args);
    knotmap::page::warn(text);
    return n;
}

}  // extern "C"
