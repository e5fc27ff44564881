// The printed report: one row per measurement with the median and range over the runs for
// Knotmap and each baseline and the ratios of the medians, the files each page downloaded, and
// the goals with PASS or FAIL.
import { median, percentile, summary } from './stats.mjs';
import { sum } from './sizes.mjs';

const MiB = 1024 * 1024;

// Each row: how to read one run's figure, and how many decimals it deserves.
export const METRICS = [
  { id: 'requests', label: 'requests', get: (r) => r.requests, decimals: 0 },
  { id: 'rawBytes', label: 'transfer raw, bytes', get: (r) => sum(r.files, 'raw'), decimals: 0 },
  { id: 'gzipBytes', label: 'transfer gzip -9, bytes', get: (r) => sum(r.files, 'gzip'), decimals: 0 },
  { id: 'firstFrameMs', label: 'first map frame, ms', get: (r) => r.firstFrameMs, decimals: 0 },
  { id: 'wasmDownloadedMs', label: '  wasm downloaded by, ms', get: (r) => r.wasmDownloadedMs, decimals: 0 },
  { id: 'firstFrameTookMs', label: '  the first frame itself, ms', get: (r) => r.firstFrameTookMs, decimals: 1 },
  { id: 'idleCpu', label: 'CPU idle 5 s, % of a core', get: (r) => r.idle.cpu.percentOfCore, decimals: 2 },
  { id: 'idlePageCpu', label: '  of which renderer + GPU', get: (r) => pageShare(r.idle.cpu), decimals: 2 },
  { id: 'tappingCpu', label: 'CPU tapping 5 s, % of a core', get: (r) => r.tapping.cpu.percentOfCore, decimals: 1 },
  { id: 'tappingPageCpu', label: '  of which renderer + GPU', get: (r) => pageShare(r.tapping.cpu), decimals: 1 },
  { id: 'idleFrames', label: 'frames drawn idle 5 s', get: (r) => r.idle.frames, decimals: 0 },
  { id: 'tappingFrames', label: 'frames drawn tapping 5 s', get: (r) => r.tapping.frames, decimals: 0 },
  { id: 'zonesSelected', label: 'taps that selected their zone', get: (r) => r.tapping.zonesSelected, decimals: 0 },
  { id: 'frameMedianMs', label: 'frame time median, ms', get: (r) => frameStat(r, 0.5), decimals: 2 },
  { id: 'frameP99Ms', label: 'frame time p99, ms', get: (r) => frameStat(r, 0.99), decimals: 2 },
  { id: 'pinchingCpu', label: 'CPU pinching 5 s, % of a core', get: (r) => r.pinching.cpu.percentOfCore, decimals: 1 },
  { id: 'pinchingFrames', label: 'frames drawn pinching 5 s', get: (r) => r.pinching.frames, decimals: 0 },
  { id: 'pinchFrameMedianMs', label: 'frame time median pinching, ms', get: (r) => pinchStat(r, 0.5), decimals: 2 },
  { id: 'pinchFrameP99Ms', label: 'frame time p99 pinching, ms', get: (r) => pinchStat(r, 0.99), decimals: 2 },
  { id: 'uiPasses', label: 'UI passes without drawing, tapping 5 s', get: (r) => passes(r)?.length ?? null, decimals: 0 },
  { id: 'uiPassMedianMs', label: '  their time median, ms', get: (r) => passStat(r, 0.5), decimals: 2 },
  { id: 'uiPassP99Ms', label: '  their time p99, ms', get: (r) => passStat(r, 0.99), decimals: 2 },
  { id: 'wasmLoadMiB', label: 'wasm memory after load, MiB', get: (r) => mib(r.afterLoad.wasmBytes), decimals: 2 },
  { id: 'wasmTapsMiB', label: 'wasm memory after taps, MiB', get: (r) => mib(r.afterTaps.wasmBytes), decimals: 2 },
  { id: 'heapLoadMiB', label: 'JS heap after load, MiB', get: (r) => r.afterLoad.jsHeapUsedBytes / MiB, decimals: 2 },
  { id: 'heapTapsMiB', label: 'JS heap after taps, MiB', get: (r) => r.afterTaps.jsHeapUsedBytes / MiB, decimals: 2 },
];

const mib = (bytes) => (typeof bytes === 'number' ? bytes / MiB : null);  // the SVG peer has no wasm

// The processes doing the page's own work; the rest (the browser process, utilities) is
// Chromium's housekeeping, which an empty page pays too.
function pageShare(cpu) {
  return (cpu.byType.renderer || 0) + (cpu.byType['gpu-process'] || 0);
}

// The median (p 0.5) or a percentile of a list of times; null for none.
function timeStat(times, p) {
  if (!times || !times.length) return null;
  return p === 0.5 ? median(times) : percentile(times, p);
}

const frameStat = (run, p) => timeStat(run.tapping.frameTimesMs, p);
const pinchStat = (run, p) => timeStat(run.pinching.frameTimesMs, p);

// Knotmap's release passes (null for the baseline, which has none; and for results saved before
// they were timed).
function passes(run) {
  return run.tapping.passTimesMs && run.tapping.passTimesMs.length ? run.tapping.passTimesMs : null;
}

const passStat = (run, p) => timeStat(passes(run), p);

export function summarize(runs) {
  return Object.fromEntries(METRICS.map((m) => [m.id, summary(runs.map(m.get))]));
}

const num = (v, decimals) => (v === null || v === undefined ? '-' : v.toLocaleString('en-US',
  { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));

function cell(s, decimals) {
  if (!s) return 'n/a';
  if (s.min === s.max) return num(s.median, decimals);
  return `${num(s.median, decimals)} (${num(s.min, decimals)}-${num(s.max, decimals)})`;
}

export function ratio(ours, base) {
  if (!ours || !base) return 'n/a';
  if (base.median === 0) return ours.median === 0 ? '1' : '-';
  const r = ours.median / base.median;
  return r === 0 ? '0' : r >= 100 ? r.toFixed(0) : r >= 0.01 ? r.toFixed(2) : r.toPrecision(1);
}

// columns: [{ title, summary }], ours first; a ratio column against each of the others.
export function table(columns) {
  const [ours, ...others] = columns;
  const rows = [['', ...columns.map((c) => c.title), ...others.map((c) => `ratio to ${c.title}`)]];
  for (const m of METRICS) {
    rows.push([m.label, ...columns.map((c) => cell(c.summary[m.id], m.decimals)),
      ...others.map((c) => ratio(ours.summary[m.id], c.summary[m.id]))]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

export function filesTable(title, files) {
  const width = Math.max(24, ...files.map((f) => f.name.length));
  const line = (a, b, c) => `  ${a.padEnd(width)} ${String(b).padStart(9)} ${String(c).padStart(9)}`;
  return [title, line('file', 'raw', 'gzip -9'), ...files.map((f) => line(f.name, f.raw, f.gzip)),
    line('total', sum(files, 'raw'), sum(files, 'gzip'))].join('\n');
}

export function goalLines(goals) {
  return goals.map((g) => `  ${g.pass ? 'PASS' : 'FAIL'}  ${g.name}: ${g.detail}${g.hard ? '  [hard budget]' : ''}`).join('\n');
}

// The same goals as a markdown table, for BENCHMARKS.md (a cell's "|" escaped).
export function goalsMarkdown(goals) {
  const cell = (text) => text.replace(/\|/g, '\\|');
  return ['| goal | kind | result | figures (median of the runs; ratio = Knotmap / the other) |', '|---|---|---|---|',
    ...goals.map((g) => `| ${cell(g.name)} | ${g.hard ? '**hard budget**' : 'reported'} | ${g.pass ? 'PASS' : '**FAIL**'} | ${cell(g.detail)} |`)].join('\n');
}
