// Issue 8's benchmark, with issue 23's second baseline: Knotmap's release build against Dear
// ImGui's own emscripten example (the stack's baseline) and against the SVG peer (a plain SVG body
// map with React, what a blogger would pick instead), measured alternately in the same run so all
// see the same machine load. Expects all three to be built already (bench/run builds them first).
// Usage: node bench/run.mjs [--runs N]
// Exit status: 0 when every hard budget holds, 1 when one is broken, 2 when a measurement failed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/static-server.mjs';
import { EXECUTABLE, PHONE } from './lib/browser.mjs';
import { measureFirstFrame, measurePage, SETTLE_MS, TAP_INTERVAL_MS, WINDOW_MS } from './lib/measure-page.mjs';
import { median } from './lib/stats.mjs';
import { seedTenYears } from './lib/ten-years.mjs';
import { filesTable, goalLines, goalsMarkdown, ratio, summarize, table } from './lib/report.mjs';
import { BUDGET_GZIP_BYTES, FIRST_FRAME_BUDGET_GZIP_BYTES, FIRST_FRAME_GOAL_GZIP_BYTES, firstFrameSizes, sum, widgetSizes } from './lib/sizes.mjs';
import { installDomHooks, peerTapPoints } from './lib/dom-hooks.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: node bench/run.mjs [--runs N]   (N >= 1, default 5)');
  process.exit(2);
}

const GOALS = { idleCpuPercent: 1, frameP99Ms: 4 };
const fmt = (n) => n.toLocaleString('en-US');

function command(file, argv) {
  try {
    return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0];
  } catch { return 'unknown'; }
}

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    nproc: cpus().length,
    cpuModel: (cpuinfo.match(/^model name\s*:\s*(.*)$/m) || [])[1] || 'unknown',
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    chromium: command(EXECUTABLE, ['--version']),
    emscripten: command('emcc', ['--version']),
    node: process.version,
    loadAverageAtStart: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

// The muscle zones' centres, in page coordinates, as Knotmap reports them: taps go round them, so
// each aims at another zone than the one before; the baseline gets tapped at the same places.
async function zoneCentres(page) {
  await page.evaluate(() => window.knotmap.ready);
  return page.evaluate(() => {
    const box = document.getElementById('canvas').getBoundingClientRect();
    return window.knotmap.zones().filter((z) => z.kind === 'muscle')
      .map((z) => ({ zone: z.id, x: box.left + z.center.x, y: box.top + z.center.y }));
  });
}

const ours = await startServer(join(ROOT, 'dist'));
const base = await startServer(join(ROOT, 'build', 'baseline'));
const svg = await startServer(join(ROOT, 'build', 'svg-peer'));
const knotmap = {
  name: 'knotmap', dir: join(ROOT, 'dist'), origin: `http://127.0.0.1:${ours.address().port}`,
  firstFrameMark: 'knotmap-first-map-frame', tapPoints: zoneCentres,
  historyMark: 'knotmap-history-shown', seedPage: 'embed.js',
};
const baseline = {
  name: 'baseline', dir: join(ROOT, 'build', 'baseline'), origin: `http://127.0.0.1:${base.address().port}`,
  firstFrameMark: 'bench-first-main-loop-iteration', seedPage: 'index.js',
};
// Its first map frame is its first content: the SVG is in the first paint React's render makes.
const peer = {
  name: 'svg peer', dir: join(ROOT, 'build', 'svg-peer'), origin: `http://127.0.0.1:${svg.address().port}`,
  firstFrameMark: 'svg-peer-first-content', tapPoints: peerTapPoints, hooks: installDomHooks,
};

const info = machine();
const results = { knotmap: [], baseline: [], peer: [] };
// Return visits (measureFirstFrame: a warmer browser, so compared only with each other): Knotmap
// with nothing stored, Knotmap with ten years of stored sessions, and the baseline.
const returnVisits = { empty: [], tenYears: [], tenYearsHistory: [], baseline: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    process.stderr.write(`run ${i + 1}/${RUNS}: knotmap`);
    const k = await measurePage(knotmap);
    results.knotmap.push(k);
    process.stderr.write(', baseline');
    results.baseline.push(await measurePage(baseline, k.tapPoints));
    process.stderr.write(', svg peer');
    results.peer.push(await measurePage(peer));
    process.stderr.write(', return visits: knotmap, with ten years of history, baseline');
    returnVisits.empty.push((await measureFirstFrame(knotmap)).firstFrameMs);
    const tenYears = await measureFirstFrame(knotmap, seedTenYears);
    returnVisits.tenYears.push(tenYears.firstFrameMs);
    returnVisits.tenYearsHistory.push(tenYears.historyMs);
    returnVisits.baseline.push((await measureFirstFrame(baseline)).firstFrameMs);
    process.stderr.write('\n');
  }
} catch (error) {
  // Exit 1 means a broken budget: a page that didn't load or answer is another kind of failure.
  console.error(`\nmeasurement failed: ${error.stack || error}`);
  process.exit(2);
} finally {
  ours.close();
  base.close();
  svg.close();
}
info.loadAverageAtEnd = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
const summaries = { knotmap: summarize(results.knotmap), baseline: summarize(results.baseline), peer: summarize(results.peer) };
const widget = widgetSizes(join(ROOT, 'dist'));
const firstFrame = firstFrameSizes(widget);
const k = summaries.knotmap, b = summaries.baseline, p = summaries.peer;
const ratios = (id) => `${ratio(k[id], b[id])} to the ImGui baseline, ${ratio(k[id], p[id])} to the SVG peer`;
const goals = [
  { name: 'size', hard: true, pass: widget.gzip <= BUDGET_GZIP_BYTES,
    detail: `widget total ${fmt(widget.gzip)} bytes gzip -9 (embed.js and what loads later included), budget ${fmt(BUDGET_GZIP_BYTES)}` },
  { name: 'size before the first map frame', hard: true, pass: firstFrame.gzip <= FIRST_FRAME_BUDGET_GZIP_BYTES,
    detail: `${fmt(firstFrame.gzip)} bytes gzip -9, budget ${fmt(FIRST_FRAME_BUDGET_GZIP_BYTES)} (what it needs now plus a margin)` },
  { name: 'size before the first map frame, issue 23', hard: false, pass: firstFrame.gzip <= FIRST_FRAME_GOAL_GZIP_BYTES,
    detail: `${fmt(firstFrame.gzip)} bytes gzip -9, goal at most ${fmt(FIRST_FRAME_GOAL_GZIP_BYTES)} (ImGui baseline ${fmt(sum(results.baseline[0].files, 'gzip'))}, SVG peer ${fmt(sum(results.peer[0].files, 'gzip'))})` },
  { name: 'idle CPU, issue 8', hard: false, pass: k.idleCpu?.median < GOALS.idleCpuPercent,
    detail: `median ${k.idleCpu?.median.toFixed(2)}% of a core, goal under ${GOALS.idleCpuPercent}% (ImGui baseline ${b.idleCpu?.median.toFixed(1)}%, SVG peer ${p.idleCpu?.median.toFixed(2)}%)` },
  // "Nothing while idle": no frame drawn, and no more CPU than a page that draws nothing at all
  // (the SVG peer, whose idle CPU is Chromium's own housekeeping).
  { name: 'nothing while idle, issue 23', hard: false,
    pass: results.knotmap.every((r) => r.idle.frames === 0) && k.idleCpu?.median <= p.idleCpu?.median,
    detail: `frames drawn idle ${results.knotmap.map((r) => r.idle.frames).join(', ')} (goal 0 in every run); CPU median `
      + `${k.idleCpu?.median.toFixed(2)}% of a core, goal no more than the SVG peer's ${p.idleCpu?.median.toFixed(2)}% (${ratios('idleCpu')})` },
  { name: 'first map frame against the SVG peer', hard: false, pass: k.firstFrameMs?.median <= p.firstFrameMs?.median,
    detail: `median ${k.firstFrameMs?.median.toFixed(0)} ms, goal no later than the SVG peer's first content, ${p.firstFrameMs?.median.toFixed(0)} ms (ratio ${ratio(k.firstFrameMs, p.firstFrameMs)})` },
  { name: 'first map frame against the ImGui baseline', hard: false, pass: k.firstFrameMs?.median <= b.firstFrameMs?.median,
    detail: `median ${k.firstFrameMs?.median.toFixed(0)} ms, goal no later than the baseline's first frame (end of its first main-loop iteration), ${b.firstFrameMs?.median.toFixed(0)} ms (ratio ${ratio(k.firstFrameMs, b.firstFrameMs)})` },
  { name: 'first map frame with ten years of history', hard: false, pass: median(returnVisits.tenYears) <= k.firstFrameMs?.median,
    detail: `return visits: median ${spread(returnVisits.tenYears)} ms with 58,400 sessions stored, goal no later than `
      + `the first visit's first map frame, ${k.firstFrameMs?.median.toFixed(0)} ms (Knotmap with nothing stored: `
      + `${spread(returnVisits.empty)} ms; the ImGui baseline's return visit ${spread(returnVisits.baseline)} ms); `
      + `the history itself shows at ${spread(returnVisits.tenYearsHistory)} ms` },
  { name: 'frame time p99 while tapping', hard: false, pass: k.frameP99Ms?.median < GOALS.frameP99Ms,
    detail: `median of the runs' p99 ${k.frameP99Ms?.median.toFixed(2)} ms, goal under ${GOALS.frameP99Ms} ms (${ratios('frameP99Ms')})` },
  { name: 'frame time p99 while pinching', hard: false, pass: k.pinchFrameP99Ms?.median < GOALS.frameP99Ms,
    detail: `median of the runs' p99 ${k.pinchFrameP99Ms?.median.toFixed(2)} ms, goal under ${GOALS.frameP99Ms} ms (${ratios('pinchFrameP99Ms')})` },
  { name: 'CPU while tapping', hard: false, pass: k.tappingCpu?.median <= b.tappingCpu?.median,
    detail: `median ${k.tappingCpu?.median.toFixed(1)}% of a core, goal no more than the ImGui baseline's ${b.tappingCpu?.median.toFixed(1)}% (${ratios('tappingCpu')})` },
];
const problems = Object.entries(results).flatMap(([name, runs]) =>
  runs.flatMap((r, i) => r.problems.map((p) => `${name} run ${i + 1}: ${p}`)));

const out = [
  `Knotmap against the ImGui baseline (Dear ImGui's example_emscripten_opengl3) and the SVG peer`,
  `(react-body-highlighter 2.0.5's back view with React 18.3.1), ${RUNS} runs each, alternating,`,
  `headless Chromium, phone profile ${PHONE.viewport.width}x${PHONE.viewport.height} CSS px at ${PHONE.deviceScaleFactor}x with touch;`,
  `median (min-max) over the runs; ratio = knotmap median / the other's median.`,
  `CPU: whole Chromium process tree, per thread from /proc/*/task/*/schedstat; ${WINDOW_MS / 1000} s idle after ${SETTLE_MS / 1000} s of settling,`,
  `then ${WINDOW_MS / 1000} s of taps every ${TAP_INTERVAL_MS} ms on Knotmap's muscle zones (same positions for the ImGui baseline;`,
  `the SVG peer's own muscles), then ${WINDOW_MS / 1000} s of two-finger pinches in and out about the middle of the tap positions.`,
  `Frame time: Knotmap and the ImGui baseline, each main-loop iteration that drew; the SVG peer, per input, its`,
  `script work (React included) plus the style, layout and paint of the frame that shows it (bench/lib/dom-hooks.mjs).`,
  `machine: ${info.nproc} cores, ${info.cpuModel}, ${info.memoryGiB} GiB; ${info.chromium}; ${info.emscripten};`,
  `load average ${info.loadAverageAtStart} at start, ${info.loadAverageAtEnd} at end.`,
  '',
  table([{ title: 'knotmap', summary: k }, { title: 'imgui', summary: b }, { title: 'svg peer', summary: p }]),
  '',
  filesTable('files requested by the knotmap page (sizes of the files served):', results.knotmap[0].files),
  filesTable('files requested by the ImGui baseline page:', results.baseline[0].files),
  filesTable('files requested by the SVG peer page:', results.peer[0].files),
  '',
  'goals:',
  goalLines(goals),
  '',
  'the goals as a markdown table (for BENCHMARKS.md):',
  '',
  goalsMarkdown(goals),
].join('\n');
console.log(out);
const windowsLosingThreads = Object.values(results).flat()
  .flatMap((r) => [r.idle.cpu, r.tapping.cpu, r.pinching.cpu]).filter((cpu) => cpu.threadsEnded > 0).length;
if (windowsLosingThreads) {
  console.log(`\nnote: in ${windowsLosingThreads} CPU windows some Chromium threads ended; their time there is not counted.`);
}
const latestTapMs = Math.max(...Object.values(results).flat().map((r) => r.tapping.latestTapMs));
if (latestTapMs > TAP_INTERVAL_MS / 2) {
  console.log(`\nnote: the benchmark itself sent a tap up to ${latestTapMs.toFixed(0)} ms late (a busy machine).`);
}
if (problems.length) console.error(`\nmeasurement problems:\n  ${problems.join('\n  ')}`);

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const resultsDir = join(ROOT, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `${stamp}.json`);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), runs: RUNS, machine: info,
  profile: PHONE, widget, summaries, returnVisits, goals, problems, results }, null, 1));
console.log(`\nresults: ${file}`);

const brokenBudget = goals.some((g) => g.hard && !g.pass);
process.exit(problems.length ? 2 : brokenBudget ? 1 : 0);
