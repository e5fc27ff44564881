// Where the first visit's time goes, up to the first map frame (issue 23): the page's start-up
// phases from its own performance marks (src/platform/main.cpp marks each phase's end) over N
// fresh first visits, then one visit under a Chromium performance trace for what the renderer's
// main thread did meanwhile (HTML, scripts, lazy wasm compilation, WebGL, layout and paint).
// Phone profile, as bench/run. Expects dist/ built.
// Usage: node bench/first-visit-trace.mjs [--runs N] [--save trace.json]
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

// Each phase ends at a mark (or a resource's arrival); its time is from the previous phase's end.
const PHASES = [
  ['page HTML received', (t) => t.nav.responseEnd],
  ['page parsed (DOMContentLoaded)', (t) => t.nav.domContentLoaded],
  ['first paint (the page shell)', (t) => t.paint['first-contentful-paint']],
  ['knotmap.wasm downloaded', (t) => t.resources['knotmap.wasm']],
  ['wasm compiled and started: main() runs', (t) => t.marks['knotmap-main']],
  ['content, geometry and options read', (t) => t.marks['knotmap-data-read']],
  ['SDL window and WebGL 2 context, ImGui set up', (t) => t.marks['knotmap-gl-ready']],
  ['font atlas rasterized and uploaded', (t) => t.marks['knotmap-fonts-built']],
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

// The renderer main thread's work before the first map frame, by kind: the time of its top-level
// tasks' children, each given to the first kind its name matches (nested events are not counted
// twice: only an event's own share, its time minus its children's, goes to its kind).
const KINDS = [
  ['wasm compilation on the main thread (lazy, function by function)', /^wasm\.(CompileLazy|LazyCompile)|CompileLazy/],
  ['wasm compilation (other)', /^wasm\./],
  ['WebGL calls (context, buffers, textures, draws)', /WebGL|GLES2|webgl|GPU|Gpu|CommandBuffer|SharedImage/],
  ['garbage collection', /GC|Scavenge|MarkCompact|Sweep/],
  ['HTML parsing', /ParseHTML|ParseAuthorStyleSheet/],
  ['style, layout and paint', /UpdateLayoutTree|RecalcStyle|Layout|Paint|PrePaint|Layerize|UpdateLayer|Commit|Rasterize/],
  ['JavaScript and wasm running (script evaluation, callbacks, main())', /EvaluateScript|FunctionCall|v8\.|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run|V8\.|XHR|ResourceReceivedData/],
];

function mainThreadBreakdown(events, firstFrameTs) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return null;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .filter((e) => e.ts < firstFrameTs).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Each event's own time: its duration minus its direct children's.
  const stack = [], own = new Map();
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    own.set(e, Math.min(e.dur, firstFrameTs - e.ts));
    if (parent) own.set(parent, own.get(parent) - Math.min(e.dur, own.get(parent)));
    stack.push(e);
  }
  const totals = new Map(KINDS.map(([kind]) => [kind, 0]));
  let other = 0, busy = 0;
  const otherNames = new Map();
  for (const [e, us] of own) {
    busy += us;
    const kind = KINDS.find(([, re]) => re.test(e.name));
    if (kind) totals.set(kind[0], totals.get(kind[0]) + us);
    else { other += us; otherNames.set(e.name, (otherNames.get(e.name) || 0) + us); }
  }
  const topOther = [...otherNames].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, us]) => `${n} ${(us / 1000).toFixed(0)}`);
  return { totals, other, topOther, busy };
}

const server = await startServer(join(ROOT, 'dist'));
const origin = `http://127.0.0.1:${server.address().port}`;
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push((await visit(origin, false)).timings);
  const rows = PHASES.map(([label, at]) => {
    const ends = runs.map(at);
    return { label, end: ends.every((v) => typeof v === 'number') ? median(ends) : null, ends };
  });
  console.log(`First visit, phone profile, fresh headless Chromium each time; ${RUNS} visits, median ms since navigation.`);
  console.log(`${'phase'.padEnd(48)} ${'ends at'.padStart(8)} ${'takes'.padStart(7)}`);
  let previous = 0;
  for (const r of rows) {
    if (r.end === null) { console.log(`${r.label.padEnd(48)} ${'n/a'.padStart(8)}`); continue; }
    // The phases of the page shell overlap the wasm's download: "takes" is from the previous end.
    const takes = r.end - previous;
    console.log(`${r.label.padEnd(48)} ${r.end.toFixed(0).padStart(8)} ${takes.toFixed(0).padStart(7)}`);
    previous = Math.max(previous, r.end);
  }

  const traced = await visit(origin, true);
  if (SAVE) writeFileSync(SAVE, JSON.stringify(traced.events));
  const mark = traced.events.find((e) => e.name === 'knotmap-first-map-frame' && e.ph !== 'e');
  const navStart = traced.events.find((e) => e.name === 'navigationStart');
  const breakdown = mark && mainThreadBreakdown(traced.events, mark.ts);
  if (!breakdown) {
    console.log('\n(the traced visit has no renderer main thread or no first-map-frame mark)');
  } else {
    const span = navStart ? (mark.ts - navStart.ts) / 1000 : null;
    console.log(`\nOne traced visit: the renderer main thread up to the first map frame${span ? ` (${span.toFixed(0)} ms after navigation start; tracing slows it)` : ''}:`);
    for (const [kind, us] of breakdown.totals) console.log(`  ${kind.padEnd(70)} ${(us / 1000).toFixed(0).padStart(5)} ms`);
    console.log(`  ${'other'.padEnd(70)} ${(breakdown.other / 1000).toFixed(0).padStart(5)} ms  (${breakdown.topOther.join(', ')})`);
    console.log(`  ${'busy in all'.padEnd(70)} ${(breakdown.busy / 1000).toFixed(0).padStart(5)} ms`);
  }
} finally {
  server.close();
}
