#include "iso_time.h"

#include <cstdio>

namespace knotmap {

std::string iso8601_utc(long long ms) {
    long long days = ms / 86400000, rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    // Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil, inverted): eras of
    // 400 years, which repeat the Gregorian calendar exactly.
    const long long z = days + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const long long day = doy - (153 * mp + 2) / 5 + 1;
    const long long month = mp < 10 ? mp + 3 : mp - 9;
    const long long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const auto i = [](long long v) { return static_cast<int>(v); };  // every field fits an int
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", i(year), i(month), i(day), i(rest / 3600000),
                  i(rest / 60000 % 60), i(rest / 1000 % 60), i(rest % 1000));
    return text;
}

}  // namespace knotmap
