// The SVG peer's frame timing (a React page has no Emscripten main loop to hook): an init script
// that times, for each tap or pinch, the page's own work, in the same window.__knotmapBench shape
// frame-hooks.mjs keeps, so startRecording and stopRecording read both alike.
// A tap's time is the page's script work for its input events (from a capture listener on window,
// which runs first, to a bubbling one on window, which runs last, React's render included: its
// updates from a discrete event run in the microtask before that listener) plus the frame that
// shows the result (from its animation frame callback to a task posted there, which runs once the
// frame's style, layout and paint are done). Knotmap's frame time likewise covers its script and
// wasm work for a frame, and neither includes the compositor's work after it.

// Runs in the page: must stay self-contained (Playwright sends its source text).
export function installDomHooks() {
  const MAX_SAMPLES = 16384;
  const bench = window.__knotmapBench = {
    recording: false,
    times: new Float64Array(MAX_SAMPLES),
    recorded: 0,
    passTimes: new Float64Array(0),  // Knotmap only
    passesRecorded: 0,
    iterations: 0,
    frames: 0,  // frames timed after input (the peer draws nothing on its own)
    firstFrameTook: null,
    selections: 0,
  };
  let work = 0, started = null, framePending = false;
  const inputs = ['pointerdown', 'pointermove', 'pointerup', 'touchstart', 'touchmove', 'touchend', 'mousedown', 'mouseup', 'click'];
  const timeFrame = function () {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(function () {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = function () {
        const took = work + performance.now() - frameStart;
        work = 0;
        framePending = false;
        bench.frames++;
        if (bench.recording && bench.recorded < MAX_SAMPLES) bench.times[bench.recorded++] = took;
      };
      channel.port2.postMessage(0);
    });
  };
  inputs.forEach(function (type) {
    window.addEventListener(type, function () { started = performance.now(); }, { capture: true, passive: true });
    window.addEventListener(type, function () {
      if (started === null) return;
      work += performance.now() - started;
      started = null;
      timeFrame();
    }, { passive: true });
  });
  // A selection: the page's status line names the muscle picked.
  document.addEventListener('DOMContentLoaded', function () {
    const status = document.querySelector('[role=status]');
    if (!status) return;
    new MutationObserver(function () { if (bench.recording) bench.selections++; })
      .observe(status, { childList: true, characterData: true, subtree: true });
  });
}

// The peer's own tap positions: the centres of its muscles' shapes that a tap there reaches, the
// left side's from top to bottom, then the right side's, so no two taps in a row pick the same
// muscle (each shape is one muscle on one side).
export function peerTapPoints(page) {
  return page.evaluate(() => {
    const middle = document.querySelector('svg').getBoundingClientRect();
    const centreX = middle.left + middle.width / 2;
    const points = [];
    for (const shape of document.querySelectorAll('svg polygon')) {
      const r = shape.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (y < innerHeight && document.elementFromPoint(x, y) === shape) points.push({ x, y, left: x <= centreX });
    }
    const side = (left) => points.filter((p) => p.left === left).sort((a, b) => a.y - b.y).map(({ x, y }) => ({ x, y }));
    return [...side(true), ...side(false)];
  });
}
