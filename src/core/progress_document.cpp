#include "progress_document.h"

#include <algorithm>
#include <map>

#include "json_check.h"
#include "utf8_text.h"

namespace knotmap {

namespace {

constexpr const char* kFormat = "knotmap-progress";

std::string quote(const std::string& s) { return "'" + s + "'"; }

// One step per version, v1 -> v2 -> ..., each tested against its fixture in tests/fixtures/.
bool migrate_to_current(Json& doc, int version, std::string& error) {
    if (version == 1) {  // v2 added the sore marks
        put(doc, "marks", Json::array());
        version = 2;
    }
    if (version == 2) version = 3;  // v3 added a session's position: rows may have an 8th field
    if (version == kProgressVersion) return true;
    error = "unsupported version " + std::to_string(version);
    return false;
}

bool read_table(const Json& doc, const char* field, std::vector<std::string>& out, std::string& error) {
    const auto it = doc.find(field);
    if (it == doc.end() || !it->is_array()) {
        error = std::string("field '") + field + "': expected a list of ids";
        return false;
    }
    for (const Json& id : *it) {
        if (!id.is_string() || id.get_ref<const std::string&>().empty()) {
            error = std::string("field '") + field + "': expected ids (strings), found " + json_type_name(id);
            return false;
        }
        out.push_back(id.get<std::string>());
    }
    return true;
}

bool read_int(const Json& v, long long min, long long max, long long& out) {
    if (!v.is_number_integer() && !v.is_number_unsigned()) return false;
    out = v.get<long long>();
    return out >= min && out <= max;
}

}  // namespace

std::string validate_session(const Session& s, const KnownIds& known) {
    if (s.zone.empty()) return "field 'zone': expected a zone id, found nothing";
    if (!is_utf8(s.zone)) return "field 'zone': expected UTF-8 text";
    if (!is_utf8(s.ball)) return "field 'ball': expected UTF-8 text";
    if (!is_utf8(s.note)) return "field 'note': expected UTF-8 text";
    if (!known.zones.empty() && !known.zones.count(s.zone)) return "field 'zone': unknown zone " + quote(s.zone);
    if (!s.ball.empty() && !known.balls.empty() && !known.balls.count(s.ball))
        return "field 'ball': unknown ball " + quote(s.ball);
    if (s.duration_sec < 1 || s.duration_sec > kMaxSessionSeconds)
        return "field 'durationSec': expected 1 to " + std::to_string(kMaxSessionSeconds) + " seconds, found " +
               std::to_string(s.duration_sec);
    if (s.pain_before < -1 || s.pain_before > 10)
        return "field 'painBefore': expected 0 to 10, found " + std::to_string(s.pain_before);
    if (s.pain_after < -1 || s.pain_after > 10)
        return "field 'painAfter': expected 0 to 10, found " + std::to_string(s.pain_after);
    if (utf8_length(s.note) > static_cast<size_t>(kMaxNoteLength))
        return "field 'note': expected at most " + std::to_string(kMaxNoteLength) + " characters, found " +
               std::to_string(utf8_length(s.note));
    if (!s.position.empty() && std::find(std::begin(kSessionPositions), std::end(kSessionPositions), s.position) == std::end(kSessionPositions))
        return "field 'position': expected \"wall\", \"floor\" or \"chair\", found " + quote(s.position);
    if (s.started_at < 946684800000LL || s.started_at > 4102444800000LL)  // 2000 to 2100
        return "field 'startedAt': the date is out of range";
    return "";
}

ParsedDocument parse_progress(const std::string& text, const KnownIds& known) {
    ParsedDocument out;
    out.status = DocumentStatus::Corrupt;
    ErrorList errors("progress");
    Json doc;
    if (!parse_json(text, doc, errors)) {
        out.error = errors.messages().front().substr(std::string("progress: ").size());
        return out;
    }
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get<std::string>() != kFormat) {
        out.error = "this is not a Knotmap progress file (field 'format' should be \"knotmap-progress\")";
        return out;
    }
    const auto version = doc.find("version");
    long long v = 0;
    if (version == doc.end() || !read_int(*version, 1, 1000000, v)) {
        out.error = "field 'version': expected a whole number from 1";
        return out;
    }
    out.version = static_cast<int>(v);
    if (v > kProgressVersion) {
        out.status = DocumentStatus::Newer;
        out.error = "saved by a newer version of Knotmap (format version " + std::to_string(v) + ")";
        return out;
    }
    if (!migrate_to_current(doc, out.version, out.error)) return out;

    long long t = 0;
    const auto start = doc.find("start");
    if (start == doc.end() || !read_int(*start, 0, 4102444800LL, t)) {
        out.error = "field 'start': expected a time in seconds";
        return out;
    }
    std::vector<std::string> zones, balls;
    if (!read_table(doc, "zones", zones, out.error) || !read_table(doc, "balls", balls, out.error)) return out;
    const auto sessions = doc.find("sessions");
    if (sessions == doc.end() || !sessions->is_array()) {
        out.error = "field 'sessions': expected a list";
        return out;
    }
    out.sessions.reserve(sessions->size());
    for (size_t i = 0; i < sessions->size(); ++i) {
        const Json& row = (*sessions)[i];
        // Built only for an error: ten years of history is 58,000 rows.
        const auto where = [i] { return "sessions[" + std::to_string(i) + "]: "; };
        if (!row.is_array() || row.size() < 6 || row.size() > (out.version >= 3 ? 8u : 7u)) {
            out.error = where() + "expected [dt, zone, seconds, ball, before, after, note?, position?]";
            return out;
        }
        long long dt, zi, dur, bi, before, after;
        if (!read_int(row[0], 0, 4102444800LL, dt)) { out.error = where() + "the time step must be 0 or more seconds"; return out; }
        if (!read_int(row[1], 0, static_cast<long long>(zones.size()) - 1, zi)) { out.error = where() + "zone index out of range"; return out; }
        if (!read_int(row[2], 0, 1000000, dur)) { out.error = where() + "expected a duration in seconds"; return out; }
        if (!read_int(row[3], -1, static_cast<long long>(balls.size()) - 1, bi)) { out.error = where() + "ball index out of range"; return out; }
        if (!read_int(row[4], -1, 100, before) || !read_int(row[5], -1, 100, after)) {
            out.error = where() + "expected pain scores (numbers)";
            return out;
        }
        t += dt;
        Session s;
        s.started_at = t * 1000;
        s.zone = zones[static_cast<size_t>(zi)];
        s.duration_sec = static_cast<int>(dur);
        s.ball = bi < 0 ? std::string() : balls[static_cast<size_t>(bi)];
        s.pain_before = static_cast<int>(before);
        s.pain_after = static_cast<int>(after);
        if (row.size() >= 7) {
            if (!row[6].is_string()) { out.error = where() + "field 'note': expected text"; return out; }
            s.note = row[6].get<std::string>();
        }
        if (row.size() == 8) {
            if (!row[7].is_string()) { out.error = where() + "field 'position': expected text"; return out; }
            s.position = row[7].get<std::string>();
        }
        const std::string problem = validate_session(s, known);
        if (!problem.empty()) {
            out.error = where() + problem;
            return out;
        }
        out.sessions.push_back(std::move(s));
    }
    sort_sessions(out.sessions);
    out.sessions.erase(std::unique(out.sessions.begin(), out.sessions.end()), out.sessions.end());
    if (const auto marks = doc.find("marks"); marks != doc.end() && !marks_from_rows(*marks, known.zones, out.marks, out.error))
        return out;
    out.status = DocumentStatus::Ok;
    return out;
}

std::string serialize_progress(const std::vector<Session>& input, const std::vector<SoreMark>& marks) {
    std::vector<Session> sessions = input;
    sort_sessions(sessions);
    std::vector<std::string> zones, balls;
    std::map<std::string, int> zone_index, ball_index;
    auto index_of = [](std::map<std::string, int>& index, std::vector<std::string>& table, const std::string& id) {
        const auto it = index.find(id);
        if (it != index.end()) return it->second;
        table.push_back(id);
        return index[id] = static_cast<int>(table.size()) - 1;
    };
    const long long start = sessions.empty() ? 0 : sessions.front().started_at / 1000;
    Json rows = Json::array();
    long long previous = start;
    for (const Session& s : sessions) {
        const long long t = s.started_at / 1000;
        Json row = Json::array({t - previous, index_of(zone_index, zones, s.zone), s.duration_sec,
                                s.ball.empty() ? -1 : index_of(ball_index, balls, s.ball), s.pain_before, s.pain_after});
        if (!s.note.empty() || !s.position.empty()) row.push_back(s.note);
        if (!s.position.empty()) row.push_back(s.position);
        rows.push_back(std::move(row));
        previous = t;
    }
    Json doc = {{"format", kFormat}, {"version", kProgressVersion}, {"start", start},
                {"zones", zones},    {"balls", balls},              {"sessions", std::move(rows)}};
    if (!marks.empty()) doc["marks"] = marks_to_rows(marks);
    return doc.dump();
}

}  // namespace knotmap
