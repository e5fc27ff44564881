// Breaks each promise the README makes, one at a time, and checks that the test written for it
// fails: a test that still passes with its promise broken proves nothing. Not part of
// scripts/test (each break needs a rebuild): run it after changing a test or what it guards.
//   node tests/mutations.mjs            every break
//   node tests/mutations.mjs hover ...  only those named
//   node tests/mutations.mjs --check     only that each break still applies (fast; in scripts/test)
// Each break edits one file, rebuilds the site (scripts/build) or the native unit tests, runs the
// named test, and restores the file; the site is rebuilt as it was at the end. Exit status 1 when
// a test survived its break.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// name: [file, text to find (exactly once), its replacement, how to check: [e2e file, test name],
// 'unit', or 'fuzz <targets>' (20 s each; any finding fails).
// Not here: the page's own check of a host message's zone id (a second line: knotmap.select()
// refuses any id the core doesn't know), so removing it breaks no promise.
const BREAKS = {
  'finger-picks-twin': ['src/core/finger_pick.cpp', '    if (!twin_under(best)) pick.zone = best->id;', '    pick.zone = best->id;', 'unit'],
  'zoom-ignores-reduced-motion': ['src/core/visitor.cpp', '    if (reduced_motion || t >= 1) return v.zoom_to;', '    if ((reduced_motion && false) || t >= 1) return v.zoom_to;',
    ['finger', 'with reduced motion the zoom is a cut']],
  'zones-center-not-visible': ['src/core/finger_pick.cpp', '    if (shows(c)) return c;\n', '    return c;\n', 'unit'],
  'select-none-keeps-zoom': ['src/core/visitor.cpp', '    if (id.empty()) zoom_map(v, MapZoom{});  // "none" is the whole back again\n', '',
    ['finger', 'two taps reach laminar-lumbar-left']],
  'pinch-ignores-fingers-midpoint': ['src/core/finger_pick.cpp', '    const Vec2 held = screen_to_map(zoom_layout(base, start), from.mid);',
    '    const Vec2 held = screen_to_map(zoom_layout(base, start), to.mid);', 'unit'],
  'pinch-taps': ['src/app/app.cpp', '    ui.press.down = false;\n    set_zoom(', '    set_zoom(', ['finger', 'two fingers pinch the map larger']],
  'slide-taps': ['src/app/map_view.cpp', 'press.screen.y) <= 12 * in.scale', 'press.screen.y) <= 1e9f', ['finger', 'a finger that slides on the map is no tap']],
  'picture-not-mirrored': ['src/core/poses.cpp', '    if (side == Side::Right) mirror(d);\n    return d;\n}\n\nvoid mirror', '    (void)side;\n    return d;\n}\n\nvoid mirror', 'unit'],
  'pose-position-unchecked': ['src/core/poses.cpp', "                if (!family.technique(p).empty() && !poses.picture(family.family, p))", "                if (false && !poses.picture(family.family, p))", 'unit'],
  'picture-while-blocked': ['src/core/picture_view.cpp', "    if (!m.pictures || !guide.family || guide.blocked.urgency != Urgency::None) return nullptr;", "    if (!m.pictures || !guide.family) return nullptr;", 'unit'],
  'dom-picture-unnamed': ['web/js/dom-guide.js', "  image.setAttribute('aria-label', alt);\n", '', ['pictures', "every muscle zone's positions each have a picture"]],
  'fallback-without-pictures': ['scripts/render-fallback.mjs', "parts.push(tag('h4', title + floorNote), pictures[`${f.family} ${key}`], list(", "parts.push(tag('h4', title + floorNote), list(",
    ['pictures', 'the static guide has one <svg>']],
  'marks-not-saved': ['src/core/progress_store.cpp', '    ++revision_;\n    save_marks();\n}', '    ++revision_;\n}',
    ['marks', 'marks, the plan and the selection survive a reload']],
  'marks-merge-older-wins': ['src/core/sore_marks.cpp', 'if (a.changed_at != b.changed_at) return a.changed_at > b.changed_at;',
    'if (a.changed_at != b.changed_at) return a.changed_at < b.changed_at;', ['marks', 'a second tab gets them and can change them']],
  'skip-keeps-scores': ['src/core/visitor.cpp', '    v.draft.pain_before = v.draft.pain_after = -1;\n    return save_draft(v, m);', '    return save_draft(v, m);',
    ['marks', 'a hold logged with "skip" stores no scores']],
  'mark-label-stale': ['web/js/dom-zones.js', '    mark.textContent = markButton.label;\n', '',
    ['marks', 'the keyboard card']],
  'card-covers-map': ['web/page.css', '#knotmap-dom.card-over-map:focus-within { right: auto; width: calc(var(--map-right) - 16px); }', '',
    ['marks', 'the keyboard card']],
  'note-prompt': ['web/js/dom-data.js', "  noteDialog.showModal();\n", "  noteDialog.showModal();\n  window.prompt('Note');\n",
    ['marks', 'the note is typed in the page']],
  'way-home-no-scroll': ['src/app/panel_view.cpp', '            ui.requests.scroll_to = 0;\n', '',
    ['marks', 'the way home by click on the canvas']],
  'storage-event': ['web/js/dom-data.js', "window.addEventListener('storage', function (event) {", "window.addEventListener('storage-off', function (event) {",
    ['progress', 'a tab hears of a session another tab logged']],
  'unreadable-export': ['web/js/dom-data.js', "save.id = 'knotmap-export-unreadable';", "save.id = 'knotmap-export-unreadable-gone';",
    ['progress', 'corrupt stored progress']],
  'late-corruption-backup': ['src/core/progress_store.cpp', '} else if (text != unreadable_) {', '} else if (false) {',
    ['progress', 'becomes unreadable after the page read it']],
  'note-in-bytes': ['src/core/progress_document.cpp', 'if (utf8_length(s.note) > static_cast<size_t>(kMaxNoteLength))',
    'if (s.note.size() > static_cast<size_t>(kMaxNoteLength))', ['progress', 'a note holds 140 characters of any width']],
  'note-form-maxlength': ['web/js/dom-hold.js', "note.name = 'note';\n", "note.name = 'note';\n  note.maxLength = 140;\n",
    ['progress', 'the DOM log form takes a 140-character note']],
  'duration-limit': ['src/core/progress_log.h', 'constexpr int kMaxSessionSeconds = 3600;', 'constexpr int kMaxSessionSeconds = 7200;',
    ['progress', 'durationSec is 1 to 3600']],
  'newer-import': ['src/core/progress_store.cpp', 'if (doc.status == DocumentStatus::Newer) {\n        out.error',
    'if (false) {\n        out.error', ['progress', 'export, import without duplicates']],
  'progress-tint': ['src/app/map_view.cpp', 'if (tenderness >= 0) fill = tenderness_color(tenderness);', 'if (tenderness >= 0 && false) fill = tenderness_color(tenderness);',
    ['progress', 'logged soreness tints its zone']],
  'focus-after-escape': ['web/js/dom.js', 'const target = had && first.map', 'const target = false && first.map',
    ['accessibility', 'Escape in the DOM layer closes the log form']],
  'announce-twice': ['web/js/dom-hold.js', "if (started || ended) announce(hold.announce);",
    "if (started || ended) { announce('Hold.'); setTimeout(function () { announce(hold.announce); }, 200); }",
    ['accessibility', 'keyboard only: Tab to the map']],
  'home-end': ['web/js/dom-zones.js', ": event.key === 'Home' ? all[0].dataset.zone : event.key === 'End' ? all[all.length - 1].dataset.zone : null;", ': null;',
    ['accessibility', 'Home and End reach the first and last zone']],
  'm-never-unmarks': ['web/js/dom-zones.js', "api.mark(id, event.currentTarget.getAttribute('aria-pressed') !== 'true');", 'api.mark(id, true);',
    ['accessibility', 'Home and End reach the first and last zone']],
  'm-on-bone-silent': ['web/js/dom-zones.js', "else announce(zone.cantMark);", '',
    ['accessibility', 'Home and End reach the first and last zone']],
  'escape-ignored': ['src/app/ui_kit.cpp', 'return ui.escape_requested || ImGui::IsKeyPressed', 'return (ui.escape_requested && false) || ImGui::IsKeyPressed',
    ['accessibility', "Escape closes the canvas's popups"]],
  'modal-dim-paused': ['src/platform/main.cpp', 'if (ImGui::GetTopMostPopupModal() && GImGui->DimBgRatio < 1.0f) request_frames(1);', '',
    ['accessibility', "Escape closes the canvas's popups"]],
  'reduced-motion-ignored': ['src/app/timer_view.cpp', 'if (!dc.reduced_motion && v.hold.phase == HoldPhase::Running) {',
    'if (v.hold.phase == HoldPhase::Running) {', ['accessibility', 'with reduced motion the breathing disc']],
  'fallback-without-balls': ['scripts/render-fallback.mjs', "parts.push(tag('h4', 'Which ball'), list(f.balls.map", "parts.push(tag('h4', 'Which ball'), list([].map",
    ['accessibility', 'the page holds the whole guide as HTML']],
  'fallback-without-questions': ['scripts/render-fallback.mjs', "list(content.generalCautions.map((c) =>", 'list([].map((c) =>',
    ['accessibility', 'the page holds the whole guide as HTML']],
  'hover-not-drawn': ['src/app/map_view.cpp', 'hovered = (under && !in.pointer_is_touch) ? under->id : std::string();', 'hovered.clear();',
    ['map', 'hovering names it']],
  'hover-label-gone': ['src/app/map_view.cpp', '        draw_hover_label(in, *under);\n', '        if (false) draw_hover_label(in, *under);\n',
    ['map', 'hovering names it']],
  'map-drawn-offset': ['src/app/map_view.cpp', 'const Vec2 s = map_to_screen(layout, p);\n    return ImVec2(s.x, s.y);',
    'const Vec2 s = map_to_screen(layout, p);\n    return ImVec2(s.x + 18, s.y);', ['map', 'each zone is drawn where its hit area is']],
  'select-null-ignored': ['src/core/page_api.cpp', 'id.is_string() ? id.get<std::string>() : ""', 'id.is_string() ? id.get<std::string>() : c.visitor.map.selected',
    ['map', 'select(null) clears the selection']],
  'unmark-ignored': ['src/core/map_state.cpp', 'if (!marked && it != state.marked.end()) state.marked.erase(it);', '',
    ['map', 'select(null) clears the selection']],
  'mark-bone': ['src/core/map_state.cpp', 'if (zone.kind != ZoneKind::Muscle) return false;', '',
    ['map', 'select(null) clears the selection']],
  'host-message-extra-fields': ['web/js/host.js', "if (Object.keys(m).some(function (k) { return k !== 'knotmap' && k !== 'type' && k !== 'zone'; })) return;", '',
    ['embed', 'host messages are accepted only in the documented format']],
  'widget-hears-itself': ['web/js/host.js', 'if (!embedded || event.source !== window.parent) return;', 'if (!embedded) return;',
    ['faults', 'hostile or malformed messages']],
  'embed-any-source': ['web/embed.js', 'if (event.source !== frame.contentWindow || event.origin !== url.origin) return;', 'if (event.origin !== url.origin) return;',
    ['embed', 'cross-origin']],
  'embed-any-origin': ['web/embed.js', 'if (event.source !== frame.contentWindow || event.origin !== url.origin) return;', 'if (event.source !== frame.contentWindow) return;',
    ['embed', 'cross-origin']],
  'ready-without-zone': ['web/js/page.js', "post('ready', { zone: api.selected() });", "post('ready', { zone: null });",
    ['embed', 'ready says the chosen zone']],
  'hidden-tab-draws': ['web/js/input.js', 'setVisible(tabVisible && onScreen);', 'setVisible(onScreen);',
    ['embed', 'the loop stops while the tab is hidden']],
  'offscreen-draws': ['web/js/input.js', 'setVisible(tabVisible && onScreen);', 'setVisible(tabVisible);',
    ['embed', 'an embed scrolled out of view draws nothing']],
  'shader-broken-unreported': ['src/platform/main.cpp', 'if (!g.renderer.linked()) knotmap::page::fail', 'if (false) knotmap::page::fail',
    ['faults', 'without the app']],
  'repeated-frames-drawn': ['src/platform/last_frame.cpp', '    return equal_;\n}', '    return false;\n}',
    ['embed', 'frames that would repeat the picture on the canvas are not drawn']],
  'shown-again-not-redrawn': ['src/platform/main.cpp', '        g.last_frame.forget();  // a hidden tab', '        // a hidden tab',
    ['embed', 'frames that would repeat the picture on the canvas are not drawn']],
  'idle-draws': ['src/platform/main.cpp', 'if (g.frames_to_draw <= 0 || !g_page_visible) {', 'if (false) {',
    ['embed', 'idle: no frame is drawn']],
  'compact-ignored': ['src/core/visitor.cpp', 'return m.options.progress && !m.options.compact && v.progress;', 'return m.options.progress && v.progress;',
    ['embed', 'compact=true: the map shows no progress']],
  'progress-off-ignored': ['src/core/visitor.cpp', 'v.progress_pending = m.options.progress;', 'v.progress_pending = true;',
    ['embed', 'progress=off: the map shows no progress']],
  'data-tools-always': ['web/js/dom-data.js', 'dataBox.hidden = !snapshot.dataTools;', '',
    ['embed', 'compact=true: the map shows no progress']],
  'accent-ignored': ['src/app/theme.cpp', 'if (!has_accent) return palette;', 'if (has_accent || true) return palette;',
    ['embed', 'accent: the blog']],
  'no-webgl2-unchecked': ['web/js/main.js', '} else if (!supportsWebGL2()) {', '} else if (false) {',
    ['faults', 'without the app']],
  'content-error-count': ['tests/unit/test_content.cpp', '    CHECK(errors[2] ==', '    CHECK(errors[1] ==', 'unit'],
  'dom-guide-without-cautions': ['web/js/dom-guide.js', '  list(g.cautions, box);', '  list([], box);',
    ['guide', 'knotmap.guide() is what']],
  'chair-is-travel': ['src/core/guide.cpp', '{"chair", "Chair or car",', '{"travel", "Chair or car",',
    ['guide', 'knotmap.guide() is what']],
  'unknown-answer-ignored': ['src/core/safety.cpp', "        if (!id.is_string() || !is_question(content, id.get_ref<const std::string&>())) {",
    "        if (!id.is_string()) {",
    ['guide', 'knotmap.setScreening() answers as the form does']],
  'change-answers-page-only': ['web/js/dom-guide.js', "el('button', words.changeAnswers, box).addEventListener('click', function () { call('editScreening', []); });",
    "el('button', words.changeAnswers, box).addEventListener('click', function () { renderScreening(null, window.knotmap.guide()); });", ['guide', '"change my answers" is one state']],
  // Issue 16: the canvas and the DOM layer log through one draft in the core, and agree.
  'hold-session-starts-now': ['src/core/visitor.cpp', ': v.draft.started_at;', ': v.clock.now_ms - static_cast<long long>(s.duration_sec) * 1000;',
    ['progress', 'a session logged after a hold starts when the hold started']],
  'soreness-preset': ['src/core/visitor.h', 'int pain_before = -1, pain_after = -1;', 'int pain_before = 5, pain_after = 5;',
    ['progress', 'a session logged by hand: the form the core describes']],
  'by-hand-one-minute': ['src/core/visitor.h', 'constexpr int kByHandDefaultDuration = 120;', 'constexpr int kByHandDefaultDuration = 60;',
    ['progress', 'a session logged by hand: the form the core describes']],
  'theme-read-by-page': ['web/js/page.js', "document.documentElement.setAttribute('data-theme', setup.options.theme);",
    "document.documentElement.setAttribute('data-theme', new URLSearchParams(location.search).get('theme') || 'light');",
    ['progress', 'a theme option in any case']],
  'page-heading-of-its-own': ['web/js/dom-guide.js', "el('h4', words.howTo, box);", "el('h4', 'Technique', box);",
    ['guide', 'headings and buttons are the words the canvas draws']],
  'word-left-out-of-setup': ['src/core/words.cpp', '    {"mark", kMark},\n', '', 'unit'],
  'gentle-keeps-floor': ['src/core/safety.cpp', '    if (rules.gentle) return false;\n', '', 'unit'],
  'red-flag-not-blocking': ['src/core/safety.cpp', '        rules.blocked = std::max(rules.blocked, f.urgency);\n', '', 'unit'],
  'hold-past-spot-limit': ['src/core/visitor.cpp', '    return std::max(0, std::min(g.dose.hold_sec, left));', '    return std::max(0, std::min(g.dose.hold_sec, left + g.dose.max_per_spot_sec));', 'unit'],
  'dom-steps-despite-block': ['web/js/dom-guide.js', '  if (answered && g.blocked) {\n    changeAnswers(guide);\n    return;\n  }\n', '',
    ['safety', 'a red flag ticked in the form stops the steps']],
  // Issue 18: progress that tells the truth.
  'trend-from-too-few-days': ['src/core/zone_progress.cpp', '|| days.size() < static_cast<size_t>(kTrendMinDays)) return p;', ') return p;', 'unit'],
  'sorer-from-one-point': ['src/core/zone_progress.cpp', 'if (to - from >= 2 && after_rise >= 0) {', 'if (to - from >= 1 && after_rise >= -10) {', 'unit'],
  'marks-without-revision': ['src/core/visitor.cpp', '    bump(v, kMarks);\n    return true;', '    return true;',
    ['accessibility', 'Home and End reach the first and last zone']],
  'draft-fields-partly-applied': ['src/core/page_api.cpp', '    if (std::string bad = validate_session(check, known_ids(m)); !bad.empty()) return bad;\n    if (v.draft.by_hand) set_draft_duration(v, duration);\n    set_draft_ball(v, m, ball);\n',
    '    if (v.draft.by_hand) set_draft_duration(v, duration);\n    set_draft_ball(v, m, ball);\n    if (std::string bad = validate_session(check, known_ids(m)); !bad.empty()) return bad;\n',
    ['progress', 'the DOM log form takes a 140-character note']],
  'iso-day-off-by-one': ['src/core/iso_time.cpp', 'const long long day = doy - (153 * mp + 2) / 5 + 1;', 'const long long day = doy - (153 * mp + 2) / 5;', 'unit'],
  // The fuzz targets judge the stored rules by a statement of their own, not by the core's validator.
  'fuzz-note-limit-drift': ['src/core/progress_log.h', 'constexpr int kMaxNoteLength = 140;', 'constexpr int kMaxNoteLength = 141;',
    'fuzz import progress'],
  // Issue 21: the routine, its cues and what helped.
  'routine-one-side': ['src/core/routine.cpp', '        if (zone->side == Side::None) continue;\n', '        continue;\n', 'unit'],
  'routine-ignores-answers': ['src/core/visitor_routine.cpp', '        else if (build_guide(m.content, m.geometry, v.screening, *zone).positions.empty())',
    '        else if (false)', ['routine', 'knotmap.startRoutine refuses']],
  'routine-resumes-running': ['src/core/visitor_routine.cpp', '    pause_routine(r, left_at);\n', '', ['routine', 'a reload in the middle of a routine']],
  'routine-announces-every-second': ['web/js/dom-routine.js', 'r.announce && r.announce !== lastAnnounced)', 'r.announce)', ['routine', 'a two-spot routine cues each hold']],
  'wake-lock-kept': ['web/js/cues.js', '  else letSleep();\n', '', ['routine', 'a single guided hold cues']],
  'no-halfway-tone': ['src/core/routine_view.cpp', '            tone = "half";', '            tone = nullptr;', ['routine', 'a two-spot routine cues each hold']],
  'helped-from-two-sessions': ['src/core/what_helped.h', 'constexpr int kHelpedMinSessions = 3;', 'constexpr int kHelpedMinSessions = 1;', 'unit'],
  'routine-session-without-position': ['src/core/routine.cpp', '        session.position = position_id(s.position);\n', '', 'unit'],
  // Issue 22: an embed that fits a post.
  'embed-sections-all-open': ['src/core/sections.cpp', 'return !uses_sections(m) || v.open_section == s;', 'return !uses_sections(m) || v.open_section == s || s != Section::None;',
    ['embed-fit', 'sections: the DOM layer']],
  'embed-map-tall': ['src/core/layout.cpp', 'constexpr float kEmbeddedMapAspect = 0.86f;', 'constexpr float kEmbeddedMapAspect = 1.38f;',
    ['embed-fit', 'phone: each embed opens about one screen']],
  'embed-own-tab-keeps-embed': ['src/core/sections.cpp', '    if (!o.progress) add("progress", "off");\n', '    if (!o.progress) add("progress", "off");\n    add("embed", "1");\n',
    ['embed-fit', 'links to Knotmap\'s own page']],
  'embed-compact-same-map': ['src/core/layout.cpp', '        const float css_map_h = embedded ? compact ?', '        const float css_map_h = embedded ? false ?',
    ['embed-fit', 'phone: each embed opens about one screen']],
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  return { ok: result.status === 0, output: (result.stdout || '') + (result.stderr || '') };
}

function build(file) {
  if (file.startsWith('tests/unit/') || file.startsWith('src/core/')) {
    const native = run('sh', ['-c', 'cmake --preset native >/dev/null && cmake --build --preset native']);
    if (!native.ok) return native;
  }
  return file.startsWith('tests/unit/') ? { ok: true } : run(join(ROOT, 'scripts', 'build'), []);
}

function check(how) {
  if (how === 'unit') return run('ctest', ['--preset', 'native']);
  if (typeof how === 'string' && how.startsWith('fuzz ')) return run(join(ROOT, 'scripts', 'fuzz'), ['20', ...how.split(' ').slice(1)]);
  const [suite, name] = how;
  return run('node', ['--test', '--test-concurrency=1', '--test-name-pattern', name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    join('tests', 'e2e', `${suite}.test.mjs`)]);
}

// --check: only that every break still finds its text, exactly once (scripts/test runs this, so a
// change that moves a guarded line is told to move its break too).
if (process.argv[2] === '--check') {
  const stale = Object.entries(BREAKS).filter(([, [file, find]]) => readFileSync(join(ROOT, file), 'utf8').split(find).length !== 2);
  for (const [name, [file]] of stale) console.log(`stale break ${name}: its text is not in ${file} exactly once`);
  console.log(`${Object.keys(BREAKS).length - stale.length} of ${Object.keys(BREAKS).length} breaks apply to the code as it is`);
  process.exit(stale.length ? 1 : 0);
}

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(BREAKS);
const survivors = [];
for (const name of names) {
  const [file, find, replace, how] = BREAKS[name] || [];
  if (!file) throw new Error(`no break named ${name}`);
  const path = join(ROOT, file);
  const original = readFileSync(path, 'utf8');
  if (original.split(find).length !== 2) {
    survivors.push(name);
    console.log(`FAILED   ${name}: ${file} (the text to break is not there exactly once: fix the break)`);
    continue;
  }
  writeFileSync(path, original.replace(find, replace));
  let verdict;
  try {
    const built = build(file);
    if (!built.ok) verdict = 'the break does not build (fix the break)';
    else verdict = check(how).ok ? 'SURVIVED: the test still passes' : 'caught';
  } finally {
    writeFileSync(path, original);
  }
  if (verdict !== 'caught') survivors.push(name);
  console.log(`${verdict === 'caught' ? 'caught  ' : 'FAILED  '} ${name}: ${file}${verdict === 'caught' ? '' : ' (' + verdict + ')'}`);
}
const restored = build('src/core/');
if (!restored.ok) { console.log(restored.output); process.exit(2); }
console.log(`\n${names.length - survivors.length} of ${names.length} breaks caught by their tests`);
process.exit(survivors.length ? 1 : 0);
