// Per-frame timing from inside the page, for Knotmap and the baseline alike, with no change to
// either: an init script (run before the page's own scripts) catches the page's assignment of
// the Emscripten `Module` object and adds the two hooks this Emscripten (3.1.6) calls around each
// main-loop iteration (Browser.mainLoop.runIter in library_browser.js). Production pages never
// run this script, so they neither ship nor pay for it.

// Runs in the page: must stay self-contained (Playwright sends its source text).
export function installFrameHooks() {
  const MAX_SAMPLES = 16384;
  const bench = window.__knotmapBench = {
    recording: false,
    times: new Float64Array(MAX_SAMPLES),  // preallocated: recording must not make garbage
    recorded: 0,
    // Knotmap only: iterations that ran the UI without drawing (a tap's release, main.cpp). They
    // are not frames, but they do a tap's work (a new selection builds its guidance), so they are
    // timed here, apart from the frames.
    passTimes: new Float64Array(MAX_SAMPLES),
    passesRecorded: 0,
    iterations: 0,  // main-loop iterations that ran
    frames: 0,      // iterations that drew a frame
    firstFrameTook: null,  // the first frame builds what later frames reuse (font atlas, layout)
    selected: null,
    selections: null,  // Knotmap only: how often the selected zone changed while recording
  };
  function hook(module) {
    let start = 0, drawnBefore = 0;
    module.preMainLoop = function () { start = performance.now(); };
    module.postMainLoop = function () {
      const took = performance.now() - start;
      if (bench.iterations++ === 0) performance.mark('bench-first-main-loop-iteration');
      // Knotmap runs iterations that draw nothing: the last one only pauses the loop, and after a
      // tap's release one runs the UI without drawing (main.cpp). Its frame counter counts only
      // iterations that drew, so those are neither counted nor timed as frames. The baseline
      // draws on every iteration.
      let drew = true;
      if (typeof module._knotmap_frames_drawn === 'function') {
        const drawn = module._knotmap_frames_drawn();
        drew = drawn !== drawnBefore;
        drawnBefore = drawn;
      }
      if (!drew) {
        // The iteration that only paused the loop did no work worth timing.
        const paused = typeof module._knotmap_loop_paused === 'function' && module._knotmap_loop_paused() === 1;
        if (bench.recording && !paused && bench.passesRecorded < MAX_SAMPLES) bench.passTimes[bench.passesRecorded++] = took;
        return;
      }
      if (bench.frames++ === 0) bench.firstFrameTook = took;
      if (!bench.recording) return;
      if (bench.recorded < MAX_SAMPLES) bench.times[bench.recorded++] = took;
      // Each tap goes to another zone than the one before: a change of selection is a tap that
      // the app took (the public API, read after the timing, so the frame time doesn't include it).
      if (window.knotmap && window.knotmap.selected) {
        const selected = window.knotmap.selected();
        if (selected !== bench.selected) { bench.selected = selected; bench.selections++; }
      }
    };
  }
  // Both pages assign a global `Module` (`var Module = {...}` or `window.Module = {...}`) before
  // the Emscripten script reads it; the setter hooks it and then steps aside for a plain property.
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get() { return undefined; },
    set(module) {
      Object.defineProperty(window, 'Module', { value: module, writable: true, configurable: true, enumerable: true });
      hook(module);
    },
  });
}

export const FIRST_ITERATION_MARK = 'bench-first-main-loop-iteration';

export function startRecording(page) {
  return page.evaluate(() => {
    const b = window.__knotmapBench;
    b.recorded = 0;
    b.passesRecorded = 0;
    b.recording = true;
    if (window.knotmap && window.knotmap.selected) { b.selected = window.knotmap.selected(); b.selections = 0; }
    else if (b.selections !== null) b.selections = 0;  // the SVG peer counts its own (dom-hooks.mjs)
  });
}

// Frame times in ms of the frames drawn since startRecording, the times of Knotmap's UI passes that
// drew nothing (empty for the others), and how many taps changed the selection meanwhile (Knotmap
// and the SVG peer; null for the ImGui baseline).
export function stopRecording(page) {
  return page.evaluate(() => {
    const b = window.__knotmapBench;
    b.recording = false;
    return { frameTimesMs: Array.from(b.times.subarray(0, b.recorded)), passTimesMs: Array.from(b.passTimes.subarray(0, b.passesRecorded)),
      selections: b.selections };
  });
}

export function frameCounts(page) {
  return page.evaluate(() => ({ iterations: window.__knotmapBench.iterations, frames: window.__knotmapBench.frames }));
}

export function firstFrameTook(page) {
  return page.evaluate(() => window.__knotmapBench.firstFrameTook);
}
