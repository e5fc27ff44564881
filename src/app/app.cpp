#include "app.h"

#include <imgui.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "geometry_loader.h"
#include "guide.h"
#include "iso_time.h"
#include "json_check.h"
#include "map_view.h"
#include "panel_view.h"
#include "utf8_text.h"
#include "zone_navigation.h"

namespace knotmap {

namespace {

constexpr ImGuiWindowFlags kFullScreenWindow =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus;

// The brand, the "mark sore spots" switch and the caption that says which side is which.
bool draw_map_header(App& app, const Rect& map) {
    const Palette& p = palette();
    const float s = app.scale;
    bool changed = false;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(app.fonts.heading);
    const ImVec2 brand_pos(map.x + 16 * s, map.y + 12 * s);
    dl->AddCircleFilled(ImVec2(brand_pos.x + 9 * s, brand_pos.y + 12 * s), 9 * s, p.accent, 24);
    dl->AddCircleFilled(ImVec2(brand_pos.x + 9 * s, brand_pos.y + 12 * s), 3.5f * s, p.accent_soft, 16);
    dl->AddText(ImVec2(brand_pos.x + 24 * s, brand_pos.y), p.ink, "Knotmap");
    ImGui::PopFont();

    const bool marking = app.state.marking;  // the button may flip it; the style stack must not
    const char* label = marking ? "Marking sore spots: on" : "Mark sore spots";
    ImGui::PushFont(app.fonts.strong);
    const ImVec2 size = ImGui::CalcTextSize(label);
    const ImVec2 button(size.x + ImGui::GetStyle().FramePadding.x * 2, size.y + ImGui::GetStyle().FramePadding.y * 2);
    ImGui::SetCursorScreenPos(ImVec2(map.x + map.w - button.x - 16 * s, map.y + 8 * s));
    if (marking) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.sore_pin));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.sore_pin));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.on_sore));
    }
    if (ImGui::Button(label)) {
        app.state.marking = !app.state.marking;
        changed = true;
    }
    if (marking) ImGui::PopStyleColor(3);
    ImGui::PopFont();

    ImGui::PushFont(app.fonts.small);
    const char* caption = app.state.marking ? "Tap every spot that hurts. Tap again to unmark."
                                            : "Your back, as seen from behind: L is your left";
    const ImVec2 cs = ImGui::CalcTextSize(caption);
    dl->AddText(ImVec2(map.x + (map.w - cs.x) / 2, map.y + 52 * s), p.ink_soft, caption);
    ImGui::PopFont();
    return changed;
}

}  // namespace

bool app_load(App& app, const std::string& geometry_json, const std::string& content_json) {
    app.load_errors.clear();
    GeometryLoadResult geometry = load_geometry(geometry_json);
    ContentLoadResult content = load_content(content_json);
    app.load_errors = geometry.errors;
    app.load_errors.insert(app.load_errors.end(), content.errors.begin(), content.errors.end());
    if (geometry.geometry && content.content) {
        const auto mismatch = check_content_matches_geometry(*content.content, *geometry.geometry);
        app.load_errors.insert(app.load_errors.end(), mismatch.begin(), mismatch.end());
    }
    if (!app.load_errors.empty()) return false;
    app.geometry = std::move(*geometry.geometry);
    app.content = std::move(*content.content);
    return true;
}

namespace {

constexpr const char* kScreeningKey = "knotmap-screening";

KnownIds known_ids(const App& app) {
    KnownIds known;
    known.zones = app.all_muscle_zones;  // sessions are on muscles, never on bone
    for (const Zone& z : app.geometry.zones)
        if (z.kind == ZoneKind::Muscle) known.zones.insert(z.id);
    for (const Ball& b : app.content.balls) known.balls.insert(b.id);
    return known;
}

void save_screening(App& app) {
    if (!app.storage || (!app.screening.answered && app.screening.yes.empty())) return;  // nothing worth keeping
    app.storage->write(kScreeningKey, screening_to_json(app.screening));  // kept in memory if refused
}

nlohmann::json result_json(bool ok, const std::string& error) {
    nlohmann::json out{{"ok", ok}};
    if (!ok) out["error"] = error;
    return out;
}

// Reads an optional whole number in [min, max]; absent or null gives `fallback`.
bool read_whole(const nlohmann::json& obj, const char* field, int min, int max, int fallback, int& out,
                std::string& error) {
    const auto it = obj.find(field);
    if (it == obj.end() || it->is_null()) {
        out = fallback;
        return true;
    }
    if (!it->is_number() || it->get<double>() != static_cast<double>(static_cast<long long>(it->get<double>())) ||
        it->get<double>() < min || it->get<double>() > max) {
        error = std::string("field '") + field + "': expected a whole number from " + std::to_string(min) + " to " +
                std::to_string(max) + ", found " + (it->is_number() ? it->dump() : std::string(json_type_name(*it)));
        return false;
    }
    out = static_cast<int>(it->get<double>());
    return true;
}

}  // namespace

std::vector<std::string> app_apply_options(App& app, const OptionPairs& params) {
    OptionsResult result = parse_embed_options(params, app.geometry, app.content);
    app.options = result.options;
    const EmbedOptions& o = app.options;
    set_theme(o.dark, o.has_accent, o.accent.r, o.accent.g, o.accent.b);
    for (const Zone& z : app.geometry.zones)
        if (z.kind == ZoneKind::Muscle) app.all_muscle_zones.insert(z.id);
    if (!o.families.empty()) {
        // Hidden families leave the map entirely: not drawn, not tappable, not listed.
        auto& zones = app.geometry.zones;
        zones.erase(std::remove_if(zones.begin(), zones.end(),
                                   [&](const Zone& z) { return z.kind == ZoneKind::Muscle && !o.families.count(z.family); }),
                    zones.end());
    }
    if (!o.zone.empty()) select_zone(app.state, app.geometry, o.zone);
    return result.warnings;
}

bool app_shows_progress(const App& app) { return app.options.progress && !app.options.compact && app.progress; }

void app_attach_storage(App& app, KeyValueStorage& storage) {
    app.storage = &storage;
    app.progress_pending = app.options.progress;
    std::string saved;
    if (storage.read(kScreeningKey, saved) == StorageResult::Ok) app_restore_screening(app, saved);
}

bool app_load_progress(App& app) {
    if (!app.progress_pending) return false;
    app.progress_pending = false;
    app.progress = std::make_unique<ProgressStore>(*app.storage, known_ids(app));
    app.progress->load(app.clock.now_ms);
    return true;
}

// A session as the page API and the host events name its fields. Notes stay in the widget: the
// host page gets what was done, not what was written.
nlohmann::json session_json(const App& app, const Session& s, bool with_note) {
    const Zone* zone = find_zone(app.geometry, s.zone);
    nlohmann::json out{{"zone", s.zone},
                       {"side", zone && zone->side != Side::None ? nlohmann::json(side_name(zone->side)) : nlohmann::json(nullptr)},
                       {"startedAt", iso8601_utc(s.started_at)},
                       {"durationSec", s.duration_sec},
                       {"ball", s.ball.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.ball)},
                       {"painBefore", s.pain_before < 0 ? nlohmann::json(nullptr) : nlohmann::json(s.pain_before)},
                       {"painAfter", s.pain_after < 0 ? nlohmann::json(nullptr) : nlohmann::json(s.pain_after)}};
    if (with_note) out["note"] = s.note;
    return out;
}

std::string app_sessions_json(App& app) {
    app_load_progress(app);
    nlohmann::json list = nlohmann::json::array();
    if (!app.progress) return list.dump();
    for (const Session& s : app.progress->sessions()) list.push_back(session_json(app, s, true));
    return list.dump();
}

std::string app_take_logged_events(App& app) {
    nlohmann::json list = nlohmann::json::array();
    for (const Session& s : app.just_logged) list.push_back(session_json(app, s, false));
    app.just_logged.clear();
    return list.dump();
}

std::string app_log_session_json(App& app, const std::string& session_json) {
    app_load_progress(app);
    if (!app.progress) return result_json(false, "Knotmap hasn't finished starting").dump();
    nlohmann::json in;
    ErrorList ignored("session");
    parse_json_value(session_json, in, ignored);
    if (!in.is_object()) return result_json(false, "expected an object {zone, durationSec, ball, painBefore, painAfter, note}").dump();
    Session s;
    std::string error;
    const auto zone = in.find("zone");
    if (zone == in.end() || !zone->is_string()) return result_json(false, "field 'zone': expected a zone id such as \"ql-left\"").dump();
    s.zone = zone->get<std::string>();
    int duration = 0;
    if (!read_whole(in, "durationSec", 1, kMaxSessionSeconds, -1, duration, error)) return result_json(false, error).dump();
    if (duration < 0) return result_json(false, "field 'durationSec': expected a number of seconds, found nothing").dump();
    s.duration_sec = duration;
    if (!read_whole(in, "painBefore", 0, 10, -1, s.pain_before, error) ||
        !read_whole(in, "painAfter", 0, 10, -1, s.pain_after, error))
        return result_json(false, error).dump();
    const auto ball = in.find("ball");
    if (ball != in.end() && !ball->is_null()) {
        if (!ball->is_string()) return result_json(false, "field 'ball': expected a ball id such as \"tennis-ball\"").dump();
        s.ball = ball->get<std::string>();
    }
    const auto note = in.find("note");
    if (note != in.end() && !note->is_null()) {
        if (!note->is_string()) return result_json(false, "field 'note': expected text").dump();
        s.note = note->get<std::string>();
    }
    s.started_at = app.clock.now_ms;
    error = app.progress->log(s);
    if (error.empty()) app.just_logged.push_back(s);
    return result_json(error.empty(), error).dump();
}

std::string app_import(App& app, const std::string& text) {
    app_load_progress(app);
    if (!app.progress) return result_json(false, "Knotmap hasn't finished starting").dump();
    const ImportOutcome outcome = app.progress->import_text(text);
    app.feedback = outcome.ok ? "Imported: " + std::to_string(outcome.added) + (outcome.added == 1 ? " new session." : " new sessions.")
                              : outcome.error;
    nlohmann::json out = result_json(outcome.ok, outcome.error);
    if (outcome.ok) out["added"] = outcome.added;
    return out.dump();
}

std::string app_export_text(App& app) {
    app_load_progress(app);
    return app.progress ? app.progress->export_text() : "{}";
}

std::string app_unreadable_text(App& app) {
    app_load_progress(app);
    return app.progress ? app.progress->unreadable_text() : std::string();
}

void app_delete_all(App& app) {
    app_load_progress(app);
    if (app.progress) app.progress->delete_all();
    app.screening = Screening{};
    app.state.marked.clear();
    app.draft = SessionDraft{};
    app.feedback = "All your Knotmap data on this device was deleted.";
}

void app_storage_changed(App& app) {
    if (app_load_progress(app)) return;  // just read: already up to date
    if (app.progress) app.progress->reload_from_storage();
}

void app_note_entered(App& app, const std::string& note) {
    app.draft.note = utf8_prefix(note, kMaxNoteLength);  // cut on a character boundary, never inside one
}

std::string app_notice_json(const App& app) {
    if (!app.progress || app.progress->notice() == StoreNotice::None) return "null";
    return nlohmann::json{{"message", notice_message(app.progress->notice())},
                          {"detail", app.progress->notice_detail()},
                          {"exportUnreadable", app.progress->unreadable_text().empty()
                                                   ? nlohmann::json(nullptr)
                                                   : nlohmann::json{{"label", kExportUnreadableLabel}, {"file", kUnreadableFileName}}}}
        .dump();
}

bool app_fonts_stale(const App& app, float scale, float text_scale) {
    return app.font_scale != scale || app.text_scale != text_scale;
}

void app_rebuild_fonts(App& app, float scale, float text_scale) {
    app.fonts = build_fonts_and_style(app.font_files, scale, text_scale);
    app.font_scale = scale;
    app.text_scale = text_scale;
}

void app_frame(App& app, const FrameInput& in, FrameOutput& out) {
    app.scale = in.scale;
    app.now = in.now;
    app.clock = in.clock;
    app.reduced_motion = in.reduced_motion;
    const std::string screening_before = screening_to_json(app.screening);
    const bool editing_before = app.screening.editing;
    if (update_hold(app.timer, app.now)) out.state_changed = true;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(in.width, in.height));
    ImGui::Begin("Knotmap", nullptr, kFullScreenWindow);
    Layout layout = compute_layout(in.width, in.height, in.scale, app.geometry.bounds, app.options.embedded);
    // Portrait: map and panel scroll together with the page. Side by side: the map stays put and
    // only the panel scrolls.
    if (layout.stacked) {
        layout.map.y -= in.scroll_y;
        layout.origin.y -= in.scroll_y;
    }
    layout.panel.y -= in.scroll_y;
    app.layout = layout;

    bool changed = draw_map_header(app, layout.map);
    MapViewInput map_in;
    map_in.geometry = &app.geometry;
    map_in.content = &app.content;
    map_in.layout = layout;
    map_in.scale = in.scale;
    map_in.pointer_is_touch = in.pointer_is_touch;
    map_in.fonts = &app.fonts;
    if (app_shows_progress(app)) {
        // One pass over the log when it changes, not one per zone per frame: ten years of
        // sessions must not slow a tap down.
        if (app.progress->revision() != app.summary_revision) {
            app.zone_summary = summarize_zones(app.progress->sessions());
            app.summary_revision = app.progress->revision();
        }
        map_in.progress = &app.zone_summary;
        map_in.any_progress = !app.progress->sessions().empty();
    }
    map_in.clock = app.clock;
    changed = draw_map(map_in, app.state) || changed;

    if (!layout.stacked) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddLine(ImVec2(layout.map.w, 0), ImVec2(layout.map.w, in.height), palette().card_line, in.scale);
    }
    const float panel_height = draw_panel(app, layout.panel, changed);
    // Embedded, the frame is as tall as the content, so the content must not grow with the frame.
    const float beside_height = app.options.embedded ? std::max(layout.map.h, panel_height) : std::max(in.height, panel_height);
    out.content_height = layout.stacked ? layout.map.h + panel_height : beside_height;
    out.map_on_screen = layout.map;
    out.state_changed = out.state_changed || changed;
    out.animating = app.timer.phase == HoldPhase::Running;
    out.screening_changed = screening_to_json(app.screening) != screening_before;
    out.guide_changed = out.screening_changed || app.screening.editing != editing_before;
    app.escape_requested = false;
    if (out.screening_changed) save_screening(app);
    ImGui::End();
}

std::string app_guide_json(const App& app) {
    const Zone* zone = find_zone(app.geometry, app.state.selected);
    if (!zone) return "null";
    return guide_to_json(build_guide(app.content, app.geometry, app.screening, *zone), app.content, app.screening);
}

std::string app_screening_json(const App& app) { return screening_to_json(app.screening); }

std::string app_set_screening(App& app, const std::string& answers_json) {
    std::string error;
    std::optional<Screening> s = screening_from_answers(answers_json, app.content, error);
    if (!s) return result_json(false, error).dump();
    app.screening = *s;
    app.screening.editing = false;
    save_screening(app);
    return result_json(true, "").dump();
}

void app_edit_screening(App& app) { app.screening.editing = true; }

std::string app_screening_answers_json(const App& app) {
    return nlohmann::json{{"answered", app.screening.answered}, {"yes", app.screening.yes}}.dump();
}

void app_restore_screening(App& app, const std::string& saved) {
    if (saved.empty()) return;
    if (std::optional<Screening> s = screening_from_json(saved, app.content)) app.screening = *s;
}

std::string app_zones_json(const App& app) {
    nlohmann::json list = nlohmann::json::array();
    for (const Zone& zone : app.geometry.zones) {
        const Vec2 c = map_to_screen(app.layout, zone.center);
        list.push_back({{"id", zone.id},
                        {"name", zone_display_name(app.content, zone)},
                        {"side", zone.side == Side::None ? nlohmann::json(nullptr) : nlohmann::json(side_name(zone.side))},
                        {"kind", kind_name(zone.kind)},
                        {"group", find_family(app.content, zone.family) ? find_family(app.content, zone.family)->group : ""},
                        {"center", {{"x", c.x / app.scale}, {"y", c.y / app.scale}}},
                        {"neighbours", {{"up", neighbour_zone(app.geometry, zone, Direction::Up)},
                                        {"down", neighbour_zone(app.geometry, zone, Direction::Down)},
                                        {"left", neighbour_zone(app.geometry, zone, Direction::Left)},
                                        {"right", neighbour_zone(app.geometry, zone, Direction::Right)}}}});
    }
    return list.dump();
}

std::string app_marked_json(const App& app) { return nlohmann::json(app.state.marked).dump(); }

bool app_select(App& app, const std::string& id) {
    if (id.empty()) {
        app.state.selected.clear();
        return true;
    }
    return select_zone(app.state, app.geometry, id);
}

bool app_set_marked(App& app, const std::string& id, bool marked) {
    const Zone* zone = find_zone(app.geometry, id);
    return zone && set_marked(app.state, *zone, marked);
}

bool app_set_focus(App& app, const std::string& id) {
    if (!id.empty() && !find_zone(app.geometry, id)) return false;
    app.state.focused = id;
    return true;
}

bool app_hold(App& app, bool start) {
    if (!start) {
        cancel_hold(app.timer);
        return true;
    }
    const Zone* zone = find_zone(app.geometry, app.state.selected);
    if (!zone || zone->kind != ZoneKind::Muscle || !app.screening.answered) return false;
    start_hold(app.timer, zone->id, app.content.dose.hold_seconds, app.now);
    app.draft.saved = false;
    return true;
}

std::string app_hold_json(const App& app) {
    static const char* const kPhases[] = {"idle", "running", "done"};
    return nlohmann::json{{"phase", kPhases[static_cast<int>(app.timer.phase)]},
                          {"zone", app.timer.zone},
                          {"seconds", app.timer.phase == HoldPhase::Idle ? app.content.dose.hold_seconds : app.timer.duration},
                          {"log", app_shows_progress(app)}}.dump();
}

}  // namespace knotmap
