#include "progress_view.h"

#include <algorithm>
#include <cstdio>

#include "ui_kit.h"

namespace knotmap {

namespace {

constexpr const char* kLogPopup = "Log a session";
constexpr const char* kDeletePopup = "Delete all my data?";

const char* pain_word(int score) {
    if (score < 0) return "not said";
    if (score <= 2) return "barely";
    if (score <= 4) return "mild";
    if (score <= 6) return "moderate";
    if (score <= 8) return "strong";
    return "severe";
}

// A row of tappable choices; wraps when the row is full. Returns true when one was picked.
bool choice_chips(const App& app, const char* id, const std::vector<std::string>& labels, int& chosen) {
    const Palette& p = palette();
    bool picked = false;
    ImGui::PushID(id);
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    const float gap = 4 * app.scale;
    for (size_t i = 0; i < labels.size(); ++i) {
        const bool on = static_cast<int>(i) == chosen;
        const float w = std::max(ImGui::CalcTextSize(labels[i].c_str()).x + ImGui::GetStyle().FramePadding.x * 2, 36 * app.scale);
        if (i > 0 && ImGui::GetItemRectMax().x + gap + w <= right) ImGui::SameLine(0, gap);
        ImGui::PushID(static_cast<int>(i));
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(on ? p.accent : p.card));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(on ? p.on_accent : p.ink));
        if (ImGui::Button(labels[i].c_str(), ImVec2(w, 0))) {
            chosen = static_cast<int>(i);
            picked = true;
        }
        ImGui::PopStyleColor(2);
        ImGui::PopID();
    }
    ImGui::PopID();
    return picked;
}

// 0 to 10 as eleven buttons: easier to hit with a thumb than a slider, and no text entry.
void pain_picker(const App& app, const char* label, int& value) {
    ui::text(std::string(label) + "  " + (value >= 0 ? std::to_string(value) + "/10, " + pain_word(value) : "not said"));
    static const std::vector<std::string> scores{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
    choice_chips(app, label, scores, value);
}

std::string day_label(long long time_ms, const LocalClock& clock) {
    const long long days_ago = local_day(clock.now_ms, clock.utc_offset_minutes) - local_day(time_ms, clock.utc_offset_minutes);
    if (days_ago == 0) return "today";
    if (days_ago == 1) return "yesterday";
    return std::to_string(days_ago) + " days ago";
}

}  // namespace

void draw_session_fields(App& app, const Zone& zone, bool ask_before, float width) {
    (void)width;
    if (ask_before) pain_picker(app, "Before:", app.draft.pain_before);
    pain_picker(app, ask_before ? "After:" : "Now:", app.draft.pain_after);
    // The ball: the zone's recommended ones, or another.
    const FamilyContent* family = find_family(app.content, zone.family);
    std::vector<std::string> ids, names;
    if (family)
        for (const BallAdvice& advice : family->balls)
            if (const Ball* b = find_ball(app.content, advice.ball)) {
                ids.push_back(b->id);
                names.push_back(b->name);
            }
    ids.push_back("");
    names.push_back("Another or not sure");
    int chosen = static_cast<int>(std::find(ids.begin(), ids.end(), app.draft.ball) - ids.begin());
    if (chosen >= static_cast<int>(ids.size())) chosen = static_cast<int>(ids.size()) - 1;
    ui::text("Ball used");
    if (choice_chips(app, "ball", names, chosen)) app.draft.ball = ids[static_cast<size_t>(chosen)];
    if (ui::quiet_button(app.draft.note.empty() ? "Add a short note" : ("Note: " + app.draft.note).c_str()))
        app.requests.ask_note = true;
}

void draw_pain_before(App& app) { pain_picker(app, "How sore is it right now?", app.draft.pain_before); }

bool save_draft(App& app) {
    if (!app.progress) return false;
    Session s;
    s.started_at = app.clock.now_ms - static_cast<long long>(app.draft.duration_sec) * 1000;
    s.zone = app.draft.zone;
    s.duration_sec = app.draft.duration_sec;
    s.ball = app.draft.ball;
    s.pain_before = app.draft.pain_before;
    s.pain_after = app.draft.pain_after;
    s.note = app.draft.note;
    const std::string error = app.progress->log(s);
    app.feedback = error.empty() ? (app.progress->notice() == StoreNotice::None ? "Session saved on this device."
                                                                                : "Session kept for this visit.")
                                 : "Couldn't save: " + error;
    app.draft.saved = error.empty();
    if (error.empty()) app.just_logged.push_back(s);
    return error.empty();
}

void draw_storage_notice(App& app, float width) {
    if (!app.progress || app.progress->notice() == StoreNotice::None) return;
    const StoreNotice notice = app.progress->notice();
    ui::begin_card(width);
    ImGui::PushFont(app.fonts.strong);
    ui::text(notice == StoreNotice::StorageBlocked ? "Progress won't be kept on this device" : "About your saved progress");
    ImGui::PopFont();
    ui::text(notice_message(notice));
    if (!app.progress->unreadable_text().empty() && ImGui::Button(kExportUnreadableLabel)) {
        app.requests.download_name = kUnreadableFileName;
        app.requests.download_text = app.progress->unreadable_text();
    }
    if (notice == StoreNotice::WriteFailed && ImGui::Button("Export my progress")) {
        app.requests.download_name = "knotmap-progress.json";
        app.requests.download_text = app.progress->export_text();
    }
    ui::end_card(app, IM_COL32(253, 236, 200, 255), IM_COL32(226, 180, 90, 255));
    ImGui::Spacing();
}

void draw_zone_history(App& app, const Zone& zone, float width) {
    if (!app.progress) return;
    const std::vector<const Session*> history = zone_history(app.progress->sessions(), zone.id);
    ui::subheading(app, "Your history here");
    if (history.empty()) {
        ui::soft(app, "No sessions here yet. They'll show up after a guided hold, or log one by hand.");
    } else {
        const Palette& p = palette();
        const float s = app.scale;
        // Pain before (filled) and after (hollow) for the last sessions, oldest on the left.
        const size_t shown = std::min<size_t>(history.size(), 20);
        const float plot_w = std::min(width, 420 * s), plot_h = 90 * s;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(at, ImVec2(at.x + plot_w, at.y + plot_h), p.card, 8 * s);
        for (int level : {0, 5, 10}) {
            const float y = at.y + plot_h - 8 * s - (plot_h - 16 * s) * static_cast<float>(level) / 10;
            dl->AddLine(ImVec2(at.x + 24 * s, y), ImVec2(at.x + plot_w - 8 * s, y), p.card_line, 1 * s);
            char label[4];
            std::snprintf(label, sizeof label, "%d", level);
            ImGui::PushFont(app.fonts.small);
            dl->AddText(ImVec2(at.x + 6 * s, y - ImGui::GetFontSize() / 2), p.ink_soft, label);
            ImGui::PopFont();
        }
        auto point = [&](size_t i, int score) {
            const float x = at.x + 32 * s + (plot_w - 48 * s) * (shown == 1 ? 0.5f : static_cast<float>(i) / static_cast<float>(shown - 1));
            return ImVec2(x, at.y + plot_h - 8 * s - (plot_h - 16 * s) * static_cast<float>(score) / 10);
        };
        for (int pass = 0; pass < 2; ++pass) {
            ImVec2 prev;
            bool have_prev = false;
            for (size_t i = 0; i < shown; ++i) {
                const Session& session = *history[history.size() - shown + i];
                const int score = pass == 0 ? session.pain_before : session.pain_after;
                if (score < 0) continue;
                const ImVec2 pt = point(i, score);
                if (have_prev) dl->AddLine(prev, pt, pass == 0 ? p.sore_pin : p.accent, 2 * s);
                if (pass == 0) dl->AddCircleFilled(pt, 4 * s, p.sore_pin, 12);
                else dl->AddCircle(pt, 4 * s, p.accent, 12, 2 * s);
                prev = pt;
                have_prev = true;
            }
        }
        ImGui::Dummy(ImVec2(plot_w, plot_h));
        ui::soft(app, "Filled red: sore before. Open green: after.");
        const float trend = pain_trend(app.progress->sessions(), zone.id);
        const Session& last = *history.back();
        char line[160];
        std::snprintf(line, sizeof line, "%d session%s, last %s. %s", static_cast<int>(history.size()),
                      history.size() == 1 ? "" : "s", day_label(last.started_at, app.clock).c_str(),
                      trend < -0.5f ? "Getting better." : trend > 0.5f ? "Sorer lately: go gentler, and see a clinician if it keeps rising." : "About the same.");
        ui::text(line);
    }
    if (ImGui::Button("Log a session by hand")) open_log_session(app, zone);
}

void open_log_session(App& app, const Zone& zone) {
    app.draft = SessionDraft{};
    app.draft.zone = zone.id;
    app.draft.duration_sec = 120;
    const int latest = latest_tenderness(app.progress ? app.progress->sessions() : std::vector<Session>{}, zone.id);
    app.draft.pain_before = latest >= 0 ? latest : 5;
    app.draft.pain_after = app.draft.pain_before;
    if (const FamilyContent* f = find_family(app.content, zone.family))
        if (!f->balls.empty()) app.draft.ball = f->balls.front().ball;
    app.log_form_open = true;
}

namespace {

// The home view's figures, recomputed only when the log, the day or the sore marks change: with
// years of sessions they are too slow to redo every frame on a cheap phone.
struct HomeFigures {
    unsigned revision = ~0u;
    long long day = 0;
    std::vector<std::string> marked;
    TodayPlan plan;
    int days = 0, streak = 0;
    std::string week;
};

const HomeFigures& home_figures(const App& app) {
    static HomeFigures cache;
    const long long today = local_day(app.clock.now_ms, app.clock.utc_offset_minutes);
    if (cache.revision == app.progress->revision() && cache.day == today && cache.marked == app.state.marked) return cache;
    const std::vector<Session>& log = app.progress->sessions();
    cache.revision = app.progress->revision();
    cache.day = today;
    cache.marked = app.state.marked;
    cache.plan = plan_today(log, app.state.marked, app.clock);
    cache.days = days_active(log, app.clock.utc_offset_minutes);
    cache.streak = current_streak(log, app.clock);
    cache.week.clear();
    const auto summary = summarize_zones(log);
    for (const Zone& z : app.geometry.zones) {
        const auto it = summary.find(z.id);
        if (z.kind == ZoneKind::Muscle && it != summary.end() && within_last_week(it->second.last_ms, app.clock))
            cache.week += (cache.week.empty() ? "" : ", ") + zone_short_name(app.content, z);
    }
    return cache;
}

}  // namespace

bool draw_progress_home(App& app, float width) {
    if (!app.progress) return false;
    bool changed = false;
    const std::vector<Session>& log = app.progress->sessions();
    const HomeFigures& figures = home_figures(app);
    const TodayPlan& plan = figures.plan;
    ui::subheading(app, "Today");
    if (plan.items.empty()) {
        ui::soft(app, log.empty() ? "Mark the spots that hurt, and Knotmap will suggest an order and a time."
                                  : "Nothing pressing today. Mark any spot that hurts to add it.");
    } else {
        char line[96];
        std::snprintf(line, sizeof line, "About %d minutes, in this order:", plan.total_minutes);
        ui::text(line);
        int n = 1;
        for (const TodayItem& item : plan.items) {
            const Zone* zone = find_zone(app.geometry, item.zone);
            if (!zone) continue;
            ImGui::PushID(item.zone.c_str());
            std::string label = std::to_string(n++) + ". " + zone_short_name(app.content, *zone);
            if (item.tenderness >= 0) label += "  (last " + std::to_string(item.tenderness) + "/10)";
            if (ImGui::Button(label.c_str())) changed = select_zone(app.state, app.geometry, item.zone);
            ImGui::PopID();
        }
    }
    if (!log.empty()) {
        ui::subheading(app, "Your progress");
        char line[128];
        std::snprintf(line, sizeof line, "%d day%s active  ·  %d-day streak  ·  %d session%s", figures.days,
                      figures.days == 1 ? "" : "s", figures.streak, static_cast<int>(log.size()), log.size() == 1 ? "" : "s");
        ui::text(line);
        if (!figures.week.empty()) ui::soft(app, "Worked this week: " + figures.week + ".");
    }
    ui::subheading(app, "Your data");
    ui::soft(app, "Your history stays in this browser, on this device. It is never sent anywhere. Embedded on "
                  "another website, Knotmap keeps a separate history for that site.");
    if (ImGui::Button("Export")) {
        app.requests.download_name = "knotmap-progress.json";
        app.requests.download_text = app.progress->export_text();
    }
    ui::same_line_if_fits("Import");
    if (ImGui::Button("Import")) app.requests.pick_import_file = true;
    ui::same_line_if_fits("Delete all my data");
    if (ui::quiet_button("Delete all my data")) ImGui::OpenPopup(kDeletePopup);
    if (!app.feedback.empty()) ui::soft(app, app.feedback);
    (void)width;
    return changed;
}

void draw_progress_popups(App& app) {
    const ImGuiIO& io = ImGui::GetIO();
    const float s = app.scale;
    const float width = std::min(io.DisplaySize.x - 24 * s, 480 * s);
    if (app.log_form_open) {
        ImGui::OpenPopup(kLogPopup);
        app.log_form_open = false;
    }
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    if (ImGui::BeginPopupModal(kLogPopup, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::PushTextWrapPos(0);
        if (const Zone* zone = find_zone(app.geometry, app.draft.zone)) {
            ImGui::PushFont(app.fonts.strong);
            ui::text(zone_display_name(app.content, *zone));
            ImGui::PopFont();
            static const int kMinutes[] = {1, 2, 3, 5, 10};
            static const std::vector<std::string> kMinuteLabels{"1 min", "2 min", "3 min", "5 min", "10 min"};
            int which = 1;
            for (int i = 0; i < 5; ++i)
                if (kMinutes[i] * 60 == app.draft.duration_sec) which = i;
            ui::text("How long");
            if (choice_chips(app, "minutes", kMinuteLabels, which)) app.draft.duration_sec = kMinutes[which] * 60;
            draw_session_fields(app, *zone, /*ask_before=*/true, width);
            if (ui::primary_button(app, "Save session") && save_draft(app)) ImGui::CloseCurrentPopup();
            ImGui::SameLine();
        }
        if (ImGui::Button("Cancel") || ui::escape_pressed(app)) ImGui::CloseCurrentPopup();
        ImGui::PopTextWrapPos();
        ImGui::EndPopup();
    }
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    if (ImGui::BeginPopupModal(kDeletePopup, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::PushTextWrapPos(0);
        ui::text("This removes every session, your safety answers and any backup copies from this browser. It can't be undone. Export first if you want to keep a copy.");
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(palette().sore_pin));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().on_sore));
        if (ImGui::Button("Delete everything")) {
            app_delete_all(app);
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopStyleColor(2);
        ImGui::SameLine();
        if (ImGui::Button("Keep my data") || ui::escape_pressed(app)) ImGui::CloseCurrentPopup();
        ImGui::PopTextWrapPos();
        ImGui::EndPopup();
    }
}

}  // namespace knotmap
