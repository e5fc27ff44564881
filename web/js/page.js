// What the core calls on the page (src/platform/knotmap_library.js): the layout, one snapshot per
// revision of the visitor's state, the options it parsed and the shared words, files, and start-up
// and failure.
import { loadPictures, run } from './bridge.js';
import { takePendingFocus } from './dom.js';
import { renderPlan } from './dom-plan.js';
import { askNote, download, pickImportFile, renderData } from './dom-data.js';
import { renderGuide } from './dom-guide.js';
import { renderHold } from './dom-hold.js';
import { renderRoutine } from './dom-routine.js';
import { followRoutine, playCues } from './cues.js';
import { buildZoneButtons, placeCard, showMarks } from './dom-zones.js';
import { post } from './host.js';
import { setMapRect } from './input.js';
import { showError, showNoWebGL2, started } from './status.js';
import { words } from './words.js';

const spacer = document.getElementById('knotmap-scroll-spacer');

export function makePage(api) {
  let lastHeight = 0, textScale = 0, scrollY = 0;  // read from scroll events: reading it in a frame would lay out the half-read page
  let seen = null;  // the part revisions last rendered
  window.addEventListener('scroll', function () { scrollY = window.scrollY; }, { passive: true });
  window.addEventListener('resize', function () { textScale = 0; });
  return {
    layout: function (contentHeight, rect) {
      setMapRect(rect);
      placeCard(rect);
      Module.knotmapMapRect = rect;  // where the map is (CSS px): tests find the canvas's controls by it
      // In CSS, so it stays right when the viewport (or the embedding iframe) is resized.
      spacer.style.height = 'max(0px, calc(' + Math.ceil(contentHeight) + 'px - 100dvh))';
      const height = Math.ceil(contentHeight);
      if (height !== lastHeight) {
        lastHeight = height;
        post('height', { height: height });
      }
    },
    // Each part is rendered again only when its revision moved.
    update: function (snapshot) {
      const r = snapshot.revision, first = seen === null;
      if (!first && r.selection !== seen.selection) post('zone-selected', { zone: snapshot.selected });
      if (first || r.selection !== seen.selection || r.marks !== seen.marks) showMarks(snapshot.selected, snapshot.marked, snapshot.markButton);
      if (first || r.guide !== seen.guide || r.selection !== seen.selection) renderGuide(api, snapshot);
      if (first || r.hold !== seen.hold || r.selection !== seen.selection || r.guide !== seen.guide || r.progress !== seen.progress ||
          (r.routine !== seen.routine && snapshot.hold.phase === 'running')) renderHold(snapshot);
      if (first || r.progress !== seen.progress) renderData(snapshot);
      if (first || r.progress !== seen.progress || r.marks !== seen.marks || r.selection !== seen.selection ||
          r.guide !== seen.guide || r.routine !== seen.routine) renderPlan(api, snapshot.home, snapshot.homeSections);
      if (first || r.routine !== seen.routine || r.hold !== seen.hold) {
        renderRoutine(snapshot.routine);
        followRoutine(snapshot.routine);
      }
      takePendingFocus();
      seen = r;
    },
    setup: function (setup) {
      document.documentElement.setAttribute('data-theme', setup.options.theme);
      Object.assign(words, setup.words);
    },
    events: function (events) {
      events.logged.forEach(function (s) { post('session-logged', { session: s }); });
      if (events.routineFinished) post('routine-finished', { sessions: events.routineFinished });
      playCues(events.cues);
    },
    download: download,
    pickImportFile: pickImportFile,
    askNote: askNote,
    scrollTo: function (y) {
      const still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: y, behavior: still ? 'auto' : 'smooth' });
    },
    scrollY: function () { return scrollY; },
    // From the reader's tap a moment ago (still a user activation): a new tab, not this frame.
    open: function (href) { window.open(href, '_blank', 'noopener'); },
    // The reader's default text size (page.css sizes the root at 100%), read again on resize.
    textScale: function () {
      if (!textScale) textScale = Math.min(2, Math.max(0.75, parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1));
      return textScale;
    },
    fail: function (message) {
      if (message === 'webgl2') showNoWebGL2();
      else showError('Knotmap stopped unexpectedly', message);
    },
    failData: function (messages) {
      showError('Knotmap can’t start: its data files have problems',
        'Nothing you saved is affected. If you edited these files, fix the lines below and reload.',
        messages.split('\n').filter(Boolean));
    },
    firstFrame: function () {
      run.started = true;
      if (window.performance && performance.mark) performance.mark('knotmap-first-map-frame');
      document.getElementById('knotmap-status').hidden = true;
      buildZoneButtons(api, api.zones());
      if (seen) showMarks(api.selected(), api.marked());
      started();
      post('ready', { zone: api.selected() });
      loadPictures();
    }
  };
}
