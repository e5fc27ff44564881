// Times as the page API writes them: ISO 8601 in UTC with milliseconds, exactly as JavaScript's
// Date.prototype.toISOString() does, so the page passes them on without converting anything.
#pragma once
#include <string>

namespace knotmap {

// "2026-01-01T00:00:00.000Z" for 1767225600000 (milliseconds since 1970, UTC); years 0 to 9999.
std::string iso8601_utc(long long ms);

}  // namespace knotmap
