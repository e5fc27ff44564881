// Where the first visit's time goes, up to the first map frame (issue 23): the page's start-up
// phases from its own performance marks (src/platform/main.cpp marks each phase's end) over N
// fresh first visits, then one visit under a Chromium performance trace for what the renderer's
// main thread did meanwhile (HTML, scripts, lazy wasm compilation, WebGL, layout and paint).
// Phone profile, as bench/run. Expects dist/ built.
// Usage: node bench/first-visit-trace.mjs [--runs N] [--save trace.json] [--dist DIR (default dist/)]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/static-server.mjs';
import { launchFresh } from './lib/browser.mjs';
import { median } from './lib/stats.mjs';
import { endTrace, startTrace } from './lib/trace.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', 5));
const SAVE = option('--save', null);
const DIST = option('--dist', join(ROOT, 'dist'));

// The page's own milestones, which overlap (the wasm downloads and compiles while the page is read),
// then the app's phases, one after the other from main() on: each takes from the previous one's end.
const MILESTONES = [
  ['page HTML received', (t) => t.nav.responseEnd],
  ['knotmap.wasm downloaded (compiled as it came)', (t) => t.resources['knotmap.wasm']],
  ['page parsed (DOMContentLoaded)', (t) => t.nav.domContentLoaded],
  ['first paint (the page shell)', (t) => t.paint['first-contentful-paint']],
];
const PHASES = [
  ['main() runs: wasm instantiated, page data in', (t) => t.marks['knotmap-main']],
  ['content, geometry and options read', (t) => t.marks['knotmap-data-read']],
  ['SDL window and WebGL 2 context, ImGui set up', (t) => t.marks['knotmap-gl-ready']],
  ['GL objects, font atlas rasterized and uploaded', (t) => t.marks['knotmap-fonts-built']],
  ['first UI pass (map, panel)', (t) => t.marks['knotmap-ui-built']],
  ['first map frame drawn', (t) => t.marks['knotmap-first-map-frame']],
];

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8.wasm', 'v8', 'loading', 'gpu', 'webgl',
  'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile'];

async function visit(origin, traced) {
  const browser = await launchFresh();
  try {
    const { page } = browser;
    const cdp = traced ? await browser.context.newCDPSession(page) : null;
    if (traced) await startTrace(cdp, CATEGORIES);
    await page.goto(origin + '/');
    await page.waitForFunction(() => performance.getEntriesByName('knotmap-first-map-frame').length > 0, null, { polling: 50 });
    const timings = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const byName = (entries, key, value) => Object.fromEntries(entries.map((e) => [key(e), value(e)]));
      return {
        nav: { responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventStart },
        paint: byName(performance.getEntriesByType('paint'), (e) => e.name, (e) => e.startTime),
        marks: byName(performance.getEntriesByType('mark'), (e) => e.name, (e) => e.startTime),
        resources: byName(performance.getEntriesByType('resource'), (e) => new URL(e.name).pathname.slice(1), (e) => e.responseEnd),
        timeOrigin: performance.timeOrigin,
      };
    });
    const events = traced ? await endTrace(cdp) : null;
    return { timings, events };
  } finally {
    await browser.close();
  }
}

// The renderer main thread's work in a time window, by kind: each event's own time (its duration
// minus its children's, so nothing counts twice) goes to the first kind its name matches. Wasm
// code running leaves no trace event of its own: it is the own time of the task or callback that
// runs it ("tasks' own time").
const KINDS = [
  ['wasm compiled on the main thread (lazily, on first call)', /CompileLazy/],
  ['wasm compilation, other (streaming, instantiation)', /^wasm\.|v8\.wasm/],
  ['waiting for the GPU process (WebGL context, shaders, reads)', /WaitFor|Finish|CheckFramebufferStatus|GetShaderiv|GetProgramiv|ReadPixels/],
  ['other WebGL and GPU command work', /WebGL|GLES2|GPU|Gpu|CommandBuffer|SharedImage|TransferBuffer/],
  ['HTML parsing', /ParseHTML|ParseAuthorStyleSheet|DocumentParser|DecodedData/],
  ['style, layout and paint', /UpdateLayoutTree|RecalcStyle|Layout|Paint|PrePaint|Layerize|UpdateLayer|Commit|Rasterize/],
  ['JavaScript compilation', /V8\.(Compile|Parse|CollectSourcePositions|DeserializeContext)|v8\.compile/],
  ['JavaScript running and tasks\' own time (wasm code runs here)', /./],
];

function mainThreadBreakdown(events, from, to) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Each event's own time within [from, to): its clipped duration minus its direct children's.
  const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, to) - Math.max(e.ts, from));
  const stack = [], own = new Map();
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    own.set(e, clip(e));
    if (parent) own.set(parent, Math.max(0, own.get(parent) - clip(e)));
    stack.push(e);
  }
  const totals = new Map(KINDS.map(([kind]) => [kind, 0]));
  let busy = 0;
  for (const [e, us] of own) {
    busy += us;
    const kind = KINDS.find(([, re]) => re.test(e.name));
    totals.set(kind[0], totals.get(kind[0]) + us);
  }
  return { totals, busy, span: to - from };
}

const server = await startServer(DIST);
const origin = `http://127.0.0.1:${server.address().port}`;
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push((await visit(origin, false)).timings);
  const at = (pick) => {
    const values = runs.map(pick);
    return values.every((v) => typeof v === 'number') ? median(values) : null;
  };
  const ms = (v) => (v === null ? 'n/a' : v.toFixed(0));
  console.log(`First visit, phone profile, fresh headless Chromium each time; ${RUNS} visits, median ms since navigation.`);
  console.log(`${'milestone or phase'.padEnd(48)} ${'ends at'.padStart(8)} ${'takes'.padStart(7)}`);
  for (const [label, pick] of MILESTONES) console.log(`${label.padEnd(48)} ${ms(at(pick)).padStart(8)}`);
  // Each phase's own time is the median of its durations (not the difference of the medians).
  let previous = null;
  for (const [label, pick] of PHASES) {
    const takes = previous ? at((t) => pick(t) - previous(t)) : null;
    console.log(`${label.padEnd(48)} ${ms(at(pick)).padStart(8)} ${(takes === null ? '' : ms(takes)).padStart(7)}`);
    previous = pick;
  }

  const traced = await visit(origin, true);
  if (SAVE) writeFileSync(SAVE, JSON.stringify(traced.events));
  const markAt = (name) => traced.events.find((e) => e.name === name && e.ph !== 'e')?.ts;
  const navStart = markAt('navigationStart'), mainAt = markAt('knotmap-main'), frameAt = markAt('knotmap-first-map-frame');
  if (!navStart || !mainAt || !frameAt) {
    console.log('\n(the traced visit lacks navigationStart, knotmap-main or knotmap-first-map-frame)');
  } else {
    console.log(`\nOne traced visit (tracing slows it): the renderer main thread's time, by kind, before main() `
      + `(${((mainAt - navStart) / 1000).toFixed(0)} ms) and from main() to the first map frame (${((frameAt - mainAt) / 1000).toFixed(0)} ms):`);
    const before = mainThreadBreakdown(traced.events, navStart, mainAt), after = mainThreadBreakdown(traced.events, mainAt, frameAt);
    console.log(`  ${''.padEnd(64)} ${'before main()'.padStart(14)} ${'main() to frame'.padStart(16)}`);
    for (const [kind] of KINDS) {
      console.log(`  ${kind.padEnd(64)} ${(before.totals.get(kind) / 1000).toFixed(0).padStart(14)} ${(after.totals.get(kind) / 1000).toFixed(0).padStart(16)}`);
    }
    const idle = (b) => ((b.span - b.busy) / 1000).toFixed(0);
    console.log(`  ${'idle (waiting for the network or the wasm)'.padEnd(64)} ${idle(before).padStart(14)} ${idle(after).padStart(16)}`);
  }
} finally {
  server.close();
}
