// One measured visit of one page in a fresh headless Chromium: requests and the sizes of the files
// served, time to the first frame, CPU of the process tree while idle, while tapping and while
// pinching, frame times while tapping and while pinching (in the wasm main loop, or for the SVG
// peer by dom-hooks.mjs), wasm and JS memory after load and after the taps.
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchFresh } from './browser.mjs';
import { startCpuWindow } from './proc-cpu.mjs';
import { fileSize } from './sizes.mjs';
import { FIRST_ITERATION_MARK, firstFrameTook, frameCounts, installFrameHooks, startRecording, stopRecording } from './frame-hooks.mjs';

export const SETTLE_MS = 2000;     // after the first frame, before the idle window
export const WINDOW_MS = 5000;     // each CPU window: idle, then tapping
export const TAP_INTERVAL_MS = 100;

const now = () => Number(process.hrtime.bigint()) / 1e6;

async function markTime(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null, name);
}

async function memory(page, cdp) {
  // A forced collection first: the live heap, not however much garbage happens to be waiting.
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  // Emscripten 3.1.6 keeps the memory in top-level script variables, reachable from the page.
  const wasmBytes = await page.evaluate(() => (typeof wasmMemory !== 'undefined' ? wasmMemory.buffer.byteLength
    : typeof HEAP8 !== 'undefined' ? HEAP8.buffer.byteLength : null));
  return { wasmBytes, jsHeapUsedBytes: heap.usedSize, jsHeapTotalBytes: heap.totalSize };
}

// Taps through the browser's real input path (CDP touch events), one every TAP_INTERVAL_MS,
// cycling through `points`, for WINDOW_MS. Each tap is sent on time without waiting for the one
// before to be acknowledged: an acknowledgement waits for a frame, which software rendering at
// 3x can take 100 ms or more to show, so awaiting each (as page.touchscreen.tap does) stretched
// 5 s of taps to 20 s. Chromium queues them and delivers them as fast as the page takes them.
async function tapFor(cdp, points) {
  const start = now(), acks = [];
  let latestMs = 0;
  const count = Math.floor(WINDOW_MS / TAP_INTERVAL_MS);
  for (let i = 0; i < count; i++) {
    const due = start + i * TAP_INTERVAL_MS, wait = due - now();
    if (wait > 0) await sleep(wait);
    latestMs = Math.max(latestMs, now() - due);
    const { x, y } = points[i % points.length];
    acks.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] }));
    acks.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }));
  }
  const rest = start + WINDOW_MS - now();
  if (rest > 0) await sleep(rest);
  return { taps: count, latestMs,
    allAcknowledged: Promise.all(acks).then(() => now() - start) };
}

// Two-finger pinches through the same input path, from a finger's pace (a move every 16 ms): the
// fingers 60 CSS px apart spread to 180 px over ten moves, lift, and 100 ms later the next pinch
// closes them from 180 to 60 px; about 2.5 pinches a second about `centre`, for WINDOW_MS. Knotmap
// zooms the map in and out with them; the others get the same touches.
async function pinchFor(cdp, centre) {
  const start = now(), acks = [];
  const at = (d) => [{ x: centre.x - d / 2, y: centre.y, id: 1 }, { x: centre.x + d / 2, y: centre.y, id: 2 }];
  const send = (type, touchPoints) => acks.push(cdp.send('Input.dispatchTouchEvent', { type, touchPoints }));
  let due = start, pinches = 0;
  const waitUntil = async (t) => { const wait = t - now(); if (wait > 0) await sleep(wait); };
  while (due + 300 < start + WINDOW_MS) {
    const [from, to] = pinches % 2 ? [180, 60] : [60, 180];
    await waitUntil(due);
    send('touchStart', at(from));
    for (let i = 1; i <= 10; i++) {
      await waitUntil(due + 16 * i);
      send('touchMove', at(from + ((to - from) * i) / 10));
    }
    send('touchEnd', []);
    pinches++;
    due += 16 * 10 + 100;
  }
  await waitUntil(start + WINDOW_MS);
  await Promise.all(acks);
  return { pinches };
}

// Only the time to the first frame of a return visit: `seed` runs first in another tab on the
// same origin (storing ten years of history, for instance; a page the app doesn't load, so nothing
// is cached for it), which is closed before the measured page opens in a new tab (a new
// renderer). The seeding's own cost isn't measured, but the browser is warmer than on a first
// visit (its network stack and disk cache started): compare these figures only with each other,
// the baseline included, not with measurePage's.
// Also returns when the app says the stored history is shown (`target.historyMark`), if it does.
export async function measureFirstFrame(target, seed = () => {}) {
  const browser = await launchFresh();
  try {
    await browser.context.addInitScript(target.hooks || installFrameHooks);  // the baseline's first-frame mark
    const seeding = browser.page;
    await seeding.goto(target.origin + '/' + target.seedPage);
    await seeding.evaluate(seed);
    const page = await browser.context.newPage();
    await seeding.close();
    await page.goto(target.origin + '/');
    const marks = [target.firstFrameMark, target.historyMark].filter(Boolean);
    await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n, 'mark').length > 0),
      marks, { polling: 50, timeout: 60000 });
    return { firstFrameMs: await markTime(page, target.firstFrameMark),
      historyMs: target.historyMark ? await markTime(page, target.historyMark) : null };
  } finally {
    await browser.close();
  }
}

// target: { name, origin, dir, firstFrameMark, tapPoints?(page), hooks? (an init script keeping
// window.__knotmapBench as installFrameHooks does; that one by default) }
// points: the screen positions to tap when the target doesn't choose its own.
export async function measurePage(target, points) {
  const browser = await launchFresh();
  const { page, context } = browser;
  const problems = [];
  try {
    await context.addInitScript(target.hooks || installFrameHooks);
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const cdp = await context.newCDPSession(page);

    await page.goto(target.origin + '/');
    await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, target.firstFrameMark,
      { polling: 50, timeout: 60000 });
    const firstFrameMs = await markTime(page, target.firstFrameMark);
    const firstIterationMs = await markTime(page, FIRST_ITERATION_MARK);
    const firstFrameTookMs = await firstFrameTook(page);
    const tapPoints = target.tapPoints ? await target.tapPoints(page) : points;
    await sleep(SETTLE_MS);

    const idleFramesBefore = await frameCounts(page);
    const endIdle = startCpuWindow(browser.profile);
    await sleep(WINDOW_MS);
    const idleCpu = endIdle();
    const idleFramesAfter = await frameCounts(page);
    const afterLoad = await memory(page, cdp);

    await startRecording(page);
    const endTapping = startCpuWindow(browser.profile);
    const taps = await tapFor(cdp, tapPoints);
    const tappingCpu = endTapping();
    const { frameTimesMs, passTimesMs, selections } = await stopRecording(page);
    const acknowledgedMs = await taps.allAcknowledged;
    const afterTaps = await memory(page, cdp);

    // The pinches start from the whole map (a tap may have zoomed in to a crowded spot).
    await page.evaluate(() => window.knotmap && window.knotmap.select(null));
    await sleep(500);
    const centre = { x: tapPoints.reduce((s, p) => s + p.x, 0) / tapPoints.length,
      y: tapPoints.reduce((s, p) => s + p.y, 0) / tapPoints.length };
    await startRecording(page);
    const endPinching = startCpuWindow(browser.profile);
    const pinches = await pinchFor(cdp, centre);
    const pinchingCpu = endPinching();
    const pinching = await stopRecording(page);
    if (!pinching.frameTimesMs.length) problems.push('no frame was timed while pinching');
    if (selections === 0) problems.push('no tap selected a zone: are the tap positions still on the map?');
    if (!frameTimesMs.length) problems.push('no frame was timed while tapping (are the main-loop hooks still called?)');

    const origin = new URL(target.origin).origin;
    const files = requests.filter((url) => new URL(url).origin === origin).map((url) => {
      const path = new URL(url).pathname;
      const name = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
      return { name, ...fileSize(join(target.dir, name)) };
    });
    const timeline = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => ({ name: new URL(e.name).pathname, startMs: e.startTime, endMs: e.responseEnd })));
    const wasm = timeline.find((e) => e.name.endsWith('.wasm'));

    return {
      requests: requests.length, files, timeline,
      firstFrameMs, firstIterationMs, firstFrameTookMs, wasmDownloadedMs: wasm ? wasm.endMs : null,
      idle: { cpu: idleCpu, frames: idleFramesAfter.frames - idleFramesBefore.frames },
      tapping: { cpu: tappingCpu, taps: taps.taps, latestTapMs: taps.latestMs, acknowledgedMs,
        zonesSelected: selections, frames: frameTimesMs.length, frameTimesMs, passTimesMs },
      pinching: { cpu: pinchingCpu, pinches: pinches.pinches, frames: pinching.frameTimesMs.length,
        frameTimesMs: pinching.frameTimesMs, passTimesMs: pinching.passTimesMs },
      afterLoad, afterTaps, tapPoints, problems,
    };
  } finally {
    await browser.close();
  }
}
