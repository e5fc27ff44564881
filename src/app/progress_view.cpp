#include "progress_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "page_view.h"
#include "sections.h"
#include "what_helped.h"
#include "zone_progress.h"
#include "ui_kit.h"
#include "words.h"

namespace knotmap {

namespace {

// A row of tappable choices; wraps when the row is full. Returns true when one was picked.
bool choice_chips(const DrawContext& dc, const char* id, const std::vector<std::string>& labels, int& chosen) {
    const Palette& p = dc.palette;
    bool picked = false;
    ImGui::PushID(id);
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    const float gap = 4 * dc.scale;
    for (size_t i = 0; i < labels.size(); ++i) {
        const bool on = static_cast<int>(i) == chosen;
        const float w = std::max(ImGui::CalcTextSize(labels[i].c_str()).x + ImGui::GetStyle().FramePadding.x * 2, 36 * dc.scale);
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

const std::vector<std::string>& labels_of(const std::vector<Choice>& choices, std::vector<std::string>& out) {
    out.clear();
    for (const Choice& c : choices) out.push_back(c.label);
    return out;
}

std::string day_label(long long time_ms, const LocalClock& clock) {
    const long long days_ago = local_day(clock.now_ms, clock.utc_offset_minutes) - local_day(time_ms, clock.utc_offset_minutes);
    if (days_ago == 0) return "today";
    if (days_ago == 1) return "yesterday";
    return std::to_string(days_ago) + " days ago";
}

// Each ball and position as a bar: its average change in soreness (easier to the right, in the
// accent colour), with the words that say how many sessions it rests on.
void draw_what_helped(const WhatHelped& helped, const DrawContext& dc, float width) {
    if (helped.balls.empty() && helped.positions.empty()) return;
    const Palette& p = dc.palette;
    const float s = dc.scale;
    ui::subheading(dc, helped.title);
    ui::soft(dc, helped.intro);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const std::vector<HelpedRow>* rows : {&helped.balls, &helped.positions}) {
        for (const HelpedRow& row : *rows) {
            ImGui::PushFont(dc.fonts.strong);
            ui::text(row.label);
            ImGui::PopFont();
            if (row.enough) {
                const ImVec2 at = ImGui::GetCursorScreenPos();
                const float full = width - 8 * s, h = 10 * s;
                const float w = std::max(2 * s, full * static_cast<float>(std::min(10.0, std::fabs(row.change)) / 10));
                dl->AddRectFilled(at, ImVec2(at.x + full, at.y + h), p.card, h / 2);
                dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), row.change < 0 ? p.accent : p.warning, h / 2);
                ImGui::Dummy(ImVec2(full, h));
            }
            ui::soft(dc, row.text);
        }
    }
}

}  // namespace

// 0 to 10 as eleven buttons: easier to hit with a thumb than a slider, and no text entry. None
// is chosen until the visitor taps one.
bool score_chips(const DrawContext& dc, const ScoreQuestion& q, int& chosen) {
    ui::text(q.label + (q.label.back() == '?' ? "  " : ":  ") + pain_words(q.value));  // "How sore is it right now?  not said"
    std::vector<std::string> scores;
    for (int i = 0; i <= 10; ++i) scores.push_back(std::to_string(i));
    chosen = q.value;
    return choice_chips(dc, q.name.c_str(), scores, chosen);
}

void draw_score_question(Visitor& v, const DrawContext& dc, const ScoreQuestion& q) {
    int chosen = -1;
    if (score_chips(dc, q, chosen)) set_draft_pain(v, q.name == "before", chosen);
}

void draw_log_fields(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc, const LogFormView& form) {
    std::vector<std::string> labels;
    if (!form.durations.empty()) {
        int which = -1;
        for (size_t i = 0; i < form.durations.size(); ++i)
            if (form.durations[i].id == std::to_string(form.duration_sec)) which = static_cast<int>(i);
        ui::text(words::kHowLong);
        if (choice_chips(dc, "minutes", labels_of(form.durations, labels), which))
            set_draft_duration(v, std::atoi(form.durations[static_cast<size_t>(which)].id.c_str()));
    }
    for (const ScoreQuestion& q : form.scores) draw_score_question(v, dc, q);
    int chosen = static_cast<int>(form.balls.size()) - 1;
    for (size_t i = 0; i < form.balls.size(); ++i)
        if (form.balls[i].id == form.ball) chosen = static_cast<int>(i);
    ui::text(words::kBallUsed);
    if (choice_chips(dc, "ball", labels_of(form.balls, labels), chosen)) set_draft_ball(v, m, form.balls[static_cast<size_t>(chosen)].id);
    if (ui::quiet_button(dc, form.note_button.c_str())) ui.requests.ask_note = true;
}

void draw_storage_notice(const Model& m, const Visitor& v, UiState& ui, const DrawContext& dc, float width) {
    if (!v.progress || v.progress->notice() == StoreNotice::None) return;
    const StoreNotice notice = v.progress->notice();
    const ui::Card card = ui::begin_card(width);
    ImGui::PushFont(dc.fonts.strong);
    ui::text(notice == StoreNotice::StorageBlocked ? "Progress won't be kept on this device" : "About your saved progress");
    ImGui::PopFont();
    ui::text(notice_message(notice));
    if (!v.progress->unreadable_text().empty() && ImGui::Button(kExportUnreadableLabel)) {
        ui.requests.download_name = kUnreadableFileName;
        ui.requests.download_text = v.progress->unreadable_text();
    }
    if (notice == StoreNotice::StorageBlocked) {
        const HistoryPlace place = history_place(m, v);
        if (place.shown && ImGui::Button(place.link_label.c_str())) ui.requests.open_url = place.link_href;
    }
    if (notice == StoreNotice::WriteFailed && ImGui::Button("Export my progress")) {
        ui.requests.download_name = words::kExportFile;
        ui.requests.download_text = v.progress->export_text();
    }
    ui::end_card(dc, card, IM_COL32(253, 236, 200, 255), IM_COL32(226, 180, 90, 255));
    ImGui::Spacing();
}

void draw_export_import(const Visitor& v, UiState& ui) {
    if (ImGui::Button("Export")) {
        ui.requests.download_name = words::kExportFile;
        ui.requests.download_text = v.progress->export_text();
    }
    ui::same_line_if_fits("Import");
    if (ImGui::Button("Import")) ui.requests.pick_import_file = true;
}

bool draw_history_place(const Model& m, const Visitor& v, UiState& ui, const DrawContext& dc) {
    const HistoryPlace place = history_place(m, v);
    if (!place.shown) return false;
    if (!place.text.empty()) ui::soft(dc, place.text);
    if (ui::quiet_button(dc, place.link_label.c_str())) ui.requests.open_url = place.link_href;
    return true;
}

void draw_zone_history(const Model& m, Visitor& v, const DrawContext& dc, const Zone& zone, float width) {
    if (!v.progress) return;
    const std::vector<const Session*> history = zone_history(v.progress->sessions(), zone.id);
    ui::subheading(dc, words::kHistoryTitle);
    if (history.empty()) {
        ui::soft(dc, "No sessions here yet. They'll show up after a guided hold, or log one by hand.");
    } else {
        const Palette& p = dc.palette;
        const float s = dc.scale;
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
            ImGui::PushFont(dc.fonts.small);
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
                if (have_prev) dl->AddLine(prev, pt, pass == 0 ? p.warning : p.accent, 2 * s);
                if (pass == 0) dl->AddCircleFilled(pt, 4 * s, p.warning, 12);
                else dl->AddCircle(pt, 4 * s, p.accent, 12, 2 * s);
                prev = pt;
                have_prev = true;
            }
        }
        ImGui::Dummy(ImVec2(plot_w, plot_h));
        ui::soft(dc, "Filled red: sore before. Open green: after.");
        // What the sessions say: the same view-model as knotmap.progress(zone).
        const ZoneProgress progress = zone_progress(v.progress->sessions(), zone.id, v.clock.utc_offset_minutes);
        char line[96];
        std::snprintf(line, sizeof line, "%d session%s; the last one %s.", progress.sessions, progress.sessions == 1 ? "" : "s",
                      day_label(history.back()->started_at, v.clock).c_str());
        ui::text(line);
        ui::text(words::kLastTime + progress.last->text);
        if (progress.trend) ui::text(progress.trend->text);
        draw_what_helped(what_helped(v.progress->sessions(), zone.id, m.content), dc, plot_w);
    }
    if (ImGui::Button(kLogByHandLabel)) open_log_form(v, m);
}

const HomeView& cached_home(const Model& m, const Visitor& v, UiState& ui) {
    HomeCache& cache = ui.home;
    const long long today = local_day(v.clock.now_ms, v.clock.utc_offset_minutes);
    const Revisions& r = v.revision;
    if (cache.progress_revision == r.progress && cache.marks_revision == r.marks && cache.guide_revision == r.guide &&
        cache.routine_revision == r.routine && cache.day == today)
        return cache.view;
    cache.progress_revision = r.progress;
    cache.marks_revision = r.marks;
    cache.guide_revision = r.guide;  // the answers decide what a routine may take
    cache.routine_revision = r.routine;
    cache.day = today;
    cache.view = home_view(m, v);
    return cache.view;
}

void draw_today_plan(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc) {
    const HomeView& home = cached_home(m, v, ui);
    ui::subheading(dc, home.plan_title.c_str());
    if (home.plan.empty()) {
        ui::soft(dc, home.plan_intro);
        return;
    }
    ui::text(home.plan_intro);
    for (const PlanItem& item : home.plan) {
        ImGui::PushID(item.zone.c_str());
        if (ImGui::Button(item.label.c_str())) select(v, m, item.zone);
        ImGui::PopID();
    }
}

void draw_progress_home(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc) {
    if (!v.progress) return;
    const HomeView& home = cached_home(m, v, ui);
    if (home.plan.empty()) draw_today_plan(m, v, ui, dc);  // with a plan, it came first
    if (!home.progress_line.empty()) {
        ui::subheading(dc, home.progress_title.c_str());
        ui::text(home.progress_line);
        if (!home.week_line.empty()) ui::soft(dc, home.week_line);
    }
    ui::subheading(dc, "Your data");
    if (!draw_history_place(m, v, ui, dc))
        ui::soft(dc, "Your history stays in this browser, on this device. It is never sent anywhere. Embedded on "
                      "another website, Knotmap keeps a separate history for that site.");
    draw_export_import(v, ui);
    ui::same_line_if_fits("Delete all my data");
    if (ui::quiet_button(dc, "Delete all my data")) ImGui::OpenPopup(words::kDeleteTitle);
    if (!v.feedback.empty()) ui::soft(dc, v.feedback);
}

void draw_progress_popups(const Model& m, Visitor& v, UiState& ui, const DrawContext& dc) {
    const ImGuiIO& io = ImGui::GetIO();
    const float s = dc.scale;
    const float width = std::min(io.DisplaySize.x - 24 * s, 480 * s);
    // The form by hand is a popup on the canvas; it follows the draft, which the page may open or close too.
    const LogFormView form = log_form_view(m, v);
    const bool wanted = form.shown && form.by_hand;
    if (wanted && !ui.log_popup_open) ImGui::OpenPopup(words::kLogTitle);
    ui.log_popup_open = false;
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    if (ImGui::BeginPopupModal(words::kLogTitle, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ui.log_popup_open = wanted;
        ImGui::PushTextWrapPos(0);
        if (wanted) {
            ImGui::PushFont(dc.fonts.strong);
            ui::text(form.zone_name);
            ImGui::PopFont();
            draw_log_fields(m, v, ui, dc, form);
            if (ui::primary_button(dc, form.save_label.c_str())) save_draft(v, m);
            ui::same_line_if_fits(form.skip_label.c_str());
            if (ImGui::Button(form.skip_label.c_str())) save_draft_without_scores(v, m);
            ui::same_line_if_fits(form.cancel_label.c_str());
        }
        if (!wanted) {
            ImGui::CloseCurrentPopup();
        } else if (ImGui::Button(form.cancel_label.c_str()) || ui::escape_pressed(ui)) {
            close_log_form(v);
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopTextWrapPos();
        ImGui::EndPopup();
    }
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    if (ImGui::BeginPopupModal(words::kDeleteTitle, nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
        ImGui::PushTextWrapPos(0);
        ui::text(words::kDeleteDetail);
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(dc.palette.warning));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(dc.palette.on_warning));
        if (ImGui::Button("Delete everything")) {
            delete_everything(v, m);
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopStyleColor(2);
        ImGui::SameLine();
        if (ImGui::Button("Keep my data") || ui::escape_pressed(ui)) ImGui::CloseCurrentPopup();
        ImGui::PopTextWrapPos();
        ImGui::EndPopup();
    }
}

}  // namespace knotmap
