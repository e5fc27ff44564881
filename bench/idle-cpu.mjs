// Idle CPU: the share of one core the whole Chromium process tree uses during 5 seconds without
// input after the page has loaded and settled, for Knotmap and for Dear ImGui's own example (the
// baseline, bench/build-baseline), in the same run. Reads CPU time from /proc, so it measures
// what the machine spent, including the GPU process (swiftshader renders in software here: the
// figures compare within a run, not across machines). Usage: node bench/idle-cpu.mjs [runs]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../scripts/static-server.mjs';
import { ROOT } from '../tests/e2e/browser.mjs';

const RUNS = Number(process.argv[2] || 3);
const SETTLE_MS = 2000, MEASURE_MS = 5000;
const TICKS_PER_SECOND = 100;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

function processTreeTicks(profile) {
  const stats = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      stats.set(pid, { ppid: fields[1], ticks: Number(fields[11]) + Number(fields[12]), cmdline });
    } catch { /* the process ended meanwhile */ }
  }
  const roots = [...stats].filter(([, s]) => s.cmdline.includes(profile)).map(([pid]) => pid);
  const tree = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, s] of stats) if (!tree.has(pid) && tree.has(s.ppid)) { tree.add(pid); grew = true; }
  }
  let ticks = 0;
  for (const pid of tree) ticks += stats.get(pid).ticks;
  return ticks;
}

async function idleShare(url) {
  const profile = mkdtempSync(join(tmpdir(), 'knotmap-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] || await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const t0 = processTreeTicks(profile), start = Date.now();
  await page.waitForTimeout(MEASURE_MS);
  const t1 = processTreeTicks(profile), seconds = (Date.now() - start) / 1000;
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  return ((t1 - t0) / TICKS_PER_SECOND / seconds) * 100;
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

const ours = await startServer(join(ROOT, 'dist'));
const base = await startServer(join(ROOT, 'build', 'baseline'));
const results = { knotmap: [], baseline: [] };
for (let i = 0; i < RUNS; i++) {
  results.knotmap.push(await idleShare(`http://127.0.0.1:${ours.address().port}/`));
  results.baseline.push(await idleShare(`http://127.0.0.1:${base.address().port}/`));
}
ours.close();
base.close();
const k = summary(results.knotmap), bl = summary(results.baseline);
const fmt = (s) => `${s.median.toFixed(1)}% (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`;
console.log(`idle CPU, % of one core, ${RUNS} runs of ${MEASURE_MS / 1000} s each, whole Chromium process tree`);
console.log(`  knotmap   ${fmt(k)}`);
console.log(`  baseline  ${fmt(bl)}  (Dear ImGui example_emscripten_opengl3)`);
console.log(`  ratio     ${(k.median / bl.median).toFixed(3)}`);
