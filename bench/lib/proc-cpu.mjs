// CPU time of a whole Chromium process tree (browser, renderer, GPU and utility processes), read
// from /proc: what the machine spent, whichever process spent it. Linux only.
//
// Per thread from /proc/<pid>/task/<tid>/schedstat (nanoseconds on a CPU), not from
// /proc/<pid>/stat (10 ms ticks): over 5 s a tick is 0.2% of a core, too coarse for a goal of
// 1%. The cost: a thread that ends during a window takes its time in that window with it, so
// windows count the threads that ended, and the report says when any did.
import { readFileSync, readdirSync } from 'node:fs';

function readOrNull(path) {
  try { return readFileSync(path, 'utf8'); } catch { return null; }  // the process ended meanwhile
}

// pid -> process type (browser, renderer, gpu-process, utility, zygote...) of the tree.
function treeProcesses(marker) {
  const parents = new Map(), types = new Map(), roots = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const stat = readOrNull(`/proc/${pid}/stat`), cmdline = readOrNull(`/proc/${pid}/cmdline`);
    if (stat === null || cmdline === null) continue;
    // The command name may hold spaces and parentheses: fields are counted after the last ')'.
    parents.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    types.set(pid, (cmdline.match(/--type=([a-z-]+)/) || [null, 'browser'])[1]);
    if (cmdline.includes(marker)) roots.push(pid);
  }
  const tree = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) if (!tree.has(pid) && tree.has(ppid)) { tree.add(pid); grew = true; }
  }
  return new Map([...tree].map((pid) => [pid, types.get(pid)]));
}

// Nanoseconds on a CPU so far, per thread, of every process whose command line holds `marker`
// (the browser's own fresh --user-data-dir, so no other Chromium on the machine is counted) and
// all their descendants; with the thread's name when `named` (bench/gpu-work.mjs).
export function threadTimes(marker, named = false) {
  const times = new Map();
  for (const [pid, type] of treeProcesses(marker)) {
    let tids = [];
    try { tids = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tids) {
      const schedstat = readOrNull(`/proc/${pid}/task/${tid}/schedstat`);
      if (schedstat === null) continue;
      const name = named ? (readOrNull(`/proc/${pid}/task/${tid}/comm`) || '').trim() : undefined;
      times.set(tid, { type, name, ns: Number(schedstat.split(' ')[0]) });
    }
  }
  return times;
}

// Starts a CPU measurement; the returned function ends it and gives the share of one core, in %,
// in total and per process type: the browser process does housekeeping whatever the page does,
// while the renderer and GPU processes do the page's work.
export function startCpuWindow(marker) {
  const before = threadTimes(marker), started = process.hrtime.bigint();
  return () => {
    const after = threadTimes(marker);
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const percent = (ns) => (ns / 1e9 / wall) * 100;
    let total = 0;
    const byType = {};
    for (const [tid, t] of after) {
      const ns = t.ns - (before.get(tid)?.ns ?? 0);
      total += ns;
      byType[t.type] = (byType[t.type] || 0) + ns;
    }
    for (const type in byType) byType[type] = percent(byType[type]);
    const threadsEnded = [...before.keys()].filter((tid) => !after.has(tid)).length;
    return { percentOfCore: percent(total), byType, wallSeconds: wall, threads: after.size, threadsEnded };
  };
}
