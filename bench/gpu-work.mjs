// Where the CPU goes while tapping, thread by thread (issue 23), and what each of Knotmap's frames
// asks the software renderer to fill. bench/run gives the CPU per process type; this splits it by
// thread (Chromium's GPU process runs SwiftShader's rasterizer on worker threads apart from its
// main thread) for Knotmap and the ImGui baseline, tapped the same way as bench/run does, and then
// counts the triangles and the pixels (clipped to each draw's scissor, as the rasterizer fills
// them) of Knotmap's frames, by vertex colour, and of the baseline's, from the WebGL calls themselves.
// Phone profile, as bench/run. Expects dist/ and build/baseline/ built.
// Usage: node bench/gpu-work.mjs [--runs N]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/static-server.mjs';
import { launchFresh } from './lib/browser.mjs';
import { threadTimes } from './lib/proc-cpu.mjs';
import { median } from './lib/stats.mjs';
import { SETTLE_MS, TAP_INTERVAL_MS, WINDOW_MS } from './lib/measure-page.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, parseInt(process.argv[runsArg + 1], 10) || 1) : 3;

// "process type: thread name", numbers at the end of a name dropped so that a pool's threads add up.
const threadLabel = (t) => {
  const name = t.name.replace(/[<]?\d+[>]?$/, '#');
  return `${t.type}: ${name === 'chromium' ? 'main' : name}`;
};

async function tapWindow(page, cdp, points) {
  const start = Date.now();
  for (let i = 0; i < Math.floor(WINDOW_MS / TAP_INTERVAL_MS); i++) {
    const wait = start + i * TAP_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { x, y } = points[i % points.length];
    cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] }).catch(() => {});
    cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }).catch(() => {});
  }
  const rest = start + WINDOW_MS - Date.now();
  if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
}

// Knotmap's muscle zones' centres, as bench/run taps them (the baseline gets the same places).
async function zoneCentres(origin) {
  const browser = await launchFresh();
  try {
    await browser.page.goto(origin + '/index.html');
    await browser.page.evaluate(() => window.knotmap.ready);
    return await browser.page.evaluate(() => {
      const box = document.getElementById('canvas').getBoundingClientRect();
      return window.knotmap.zones().filter((z) => z.kind === 'muscle').map((z) => ({ x: box.left + z.center.x, y: box.top + z.center.y }));
    });
  } finally { await browser.close(); }
}

async function cpuByThread(origin, points) {
  const browser = await launchFresh();
  try {
    await browser.page.goto(origin + '/index.html');
    await browser.page.waitForTimeout(SETTLE_MS + 500);
    const cdp = await browser.context.newCDPSession(browser.page);
    const before = threadTimes(browser.profile, true), started = process.hrtime.bigint();
    await tapWindow(browser.page, cdp, points);
    const after = threadTimes(browser.profile, true), seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const byName = {};
    for (const [tid, t] of after) byName[threadLabel(t)] = (byName[threadLabel(t)] || 0) + (t.ns - (before.get(tid)?.ns ?? 0)) / 1e9 / seconds * 100;
    return byName;
  } finally { await browser.close(); }
}

// Runs in the page before its scripts: records, per frame (a clear starts one), the draw calls,
// triangles and the pixels each covers inside its scissor box, by the first vertex's colour.
// WebGL 1 too: the baseline is built with Emscripten's default, WebGL 1.
function recordFills() {
  const state = { frames: [], frame: null, vertices: null, indices: null, scissor: [0, 0, 0, 0] };
  window.__fills = state;
  for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
  const keep = (target, data, srcOffset, length) => {
    const bytes = new Uint8Array(data.buffer, data.byteOffset + (srcOffset || 0), length !== undefined ? length : data.byteLength).slice();
    if (target === 0x8892) state.vertices = bytes; else if (target === 0x8893) state.indices = bytes;  // ARRAY_BUFFER, ELEMENT_ARRAY_BUFFER
  };
  const bufferData = P.bufferData;
  P.bufferData = function (target, data, usage, srcOffset, length) {
    if (data && data.buffer) keep(target, data, srcOffset, length);
    return bufferData.apply(this, arguments);
  };
  const bufferSubData = P.bufferSubData;
  P.bufferSubData = function (target, dstOffset, data, srcOffset, length) {
    keep(target, data, srcOffset, length);
    return bufferSubData.apply(this, arguments);
  };
  const scissor = P.scissor;
  P.scissor = function (x, y, w, h) { state.scissor = [x, y, w, h]; return scissor.apply(this, arguments); };
  const clear = P.clear;
  P.clear = function () { state.frame = { draws: 0, triangles: 0, pixels: 0, byColor: {} }; state.frames.push(state.frame); return clear.apply(this, arguments); };
  // A triangle's area inside a box (Sutherland-Hodgman against the box's four sides).
  function areaInside(points, x0, y0, x1, y1) {
    const cut = (poly, inside, at) => {
      const out = [];
      for (let i = 0; i < poly.length; i++) {
        const a = poly[i], b = poly[(i + 1) % poly.length];
        if (inside(a)) out.push(a);
        if (inside(a) !== inside(b)) out.push(at(a, b));
      }
      return out;
    };
    const lerp = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    let p = points;
    p = cut(p, (q) => q[0] >= x0, (a, b) => lerp(a, b, (x0 - a[0]) / (b[0] - a[0])));
    p = cut(p, (q) => q[0] <= x1, (a, b) => lerp(a, b, (x1 - a[0]) / (b[0] - a[0])));
    p = cut(p, (q) => q[1] >= y0, (a, b) => lerp(a, b, (y0 - a[1]) / (b[1] - a[1])));
    p = cut(p, (q) => q[1] <= y1, (a, b) => lerp(a, b, (y1 - a[1]) / (b[1] - a[1])));
    let twice = 0;
    for (let i = 0; i < p.length; i++) { const a = p[i], b = p[(i + 1) % p.length]; twice += a[0] * b[1] - b[0] * a[1]; }
    return Math.abs(twice) / 2;
  }
  const drawElements = P.drawElements;
  P.drawElements = function (mode, count, type, offset) {
    const f = state.frame;
    if (f && state.vertices && state.indices) {
      // ImDrawVert: x, y, u, v as floats, then the colour (ImGui's ABGR), 20 bytes.
      const floats = new Float32Array(state.vertices.buffer, 0, state.vertices.byteLength >> 2);
      const words = new Uint32Array(state.vertices.buffer, 0, state.vertices.byteLength >> 2);
      const index = type === 0x1403 ? new Uint16Array(state.indices.buffer, offset, count) : new Uint32Array(state.indices.buffer, offset, count);
      const [sx, sy, sw, sh] = state.scissor, height = this.drawingBufferHeight;
      f.draws++;
      for (let i = 0; i + 2 < count; i += 3) {
        const a = index[i] * 5, b = index[i + 1] * 5, c = index[i + 2] * 5;
        const area = areaInside([[floats[a], floats[a + 1]], [floats[b], floats[b + 1]], [floats[c], floats[c + 1]]],
          sx, height - sy - sh, sx + sw, height - sy);
        f.triangles++;
        f.pixels += area;
        const abgr = words[a + 4] >>> 0;
        const key = '#' + [0, 8, 16].map((s) => ((abgr >>> s) & 255).toString(16).padStart(2, '0')).join('') + ' alpha ' + ((abgr >>> 24) / 255).toFixed(2);
        f.byColor[key] = (f.byColor[key] || 0) + area;
      }
    }
    return drawElements.apply(this, arguments);
  };
  }
}

async function knotmapFills(origin) {
  const browser = await launchFresh();
  try {
    const { page } = browser;
    await page.addInitScript(recordFills);
    await page.goto(origin + '/index.html');
    await page.evaluate(() => window.knotmap.ready);
    const settle = () => page.waitForFunction(() => Module._knotmap_loop_paused() === 1, null, { polling: 20 });
    await settle();
    const screen = await page.evaluate(() => { const c = document.getElementById('canvas'); return c.width * c.height; });
    const rows = [['home (nothing selected)', await page.evaluate(() => window.__fills.frames.at(-1))]];
    for (const zone of ['ql-left', 'glute-max-right', 'upper-trap-left']) {
      await page.evaluate((id) => window.knotmap.select(id), zone);
      await settle();
      rows.push([`${zone} selected`, await page.evaluate(() => window.__fills.frames.at(-1))]);
    }
    return { screen, rows };
  } finally { await browser.close(); }
}

// The ImGui baseline draws on every animation frame: its last complete frame after settling.
async function baselineFill(origin) {
  const browser = await launchFresh();
  try {
    await browser.page.addInitScript(recordFills);
    await browser.page.goto(origin + '/index.html');
    await browser.page.waitForTimeout(SETTLE_MS);
    return await browser.page.evaluate(() => window.__fills.frames.at(-2));
  } finally { await browser.close(); }
}

const knotmapServer = await startServer(join(ROOT, 'dist'));
const baselineServer = await startServer(join(ROOT, 'build', 'baseline'));
const knotmapOrigin = `http://127.0.0.1:${knotmapServer.address().port}`;
const baselineOrigin = `http://127.0.0.1:${baselineServer.address().port}`;
try {
  const points = await zoneCentres(knotmapOrigin);
  const samples = { knotmap: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    samples.knotmap.push(await cpuByThread(knotmapOrigin, points));
    samples.baseline.push(await cpuByThread(baselineOrigin, points));
  }
  const names = [...new Set([...samples.knotmap, ...samples.baseline].flatMap(Object.keys))];
  const med = (list, name) => median(list.map((s) => s[name] || 0));
  const rows = names.map((name) => [name, med(samples.knotmap, name), med(samples.baseline, name)])
    .filter(([, k, b]) => k >= 0.5 || b >= 0.5).sort((x, y) => y[1] - x[1]);
  console.log(`CPU while tapping (every ${TAP_INTERVAL_MS} ms for ${WINDOW_MS / 1000} s, bench/run's taps), % of a core by thread, median of ${RUNS} runs each,`);
  console.log('phone profile, fresh headless Chromium; threads under 0.5% in both left out:');
  console.log(`${'process: thread'.padEnd(40)} ${'knotmap'.padStart(8)} ${'imgui'.padStart(8)}`);
  for (const [name, k, b] of rows) console.log(`${name.padEnd(40)} ${k.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)}`);
  const total = (list) => median(list.map((s) => Object.values(s).reduce((a, b) => a + b, 0)));
  console.log(`${'all threads'.padEnd(40)} ${total(samples.knotmap).toFixed(1).padStart(8)} ${total(samples.baseline).toFixed(1).padStart(8)}`);

  const { screen, rows: fills } = await knotmapFills(knotmapOrigin);
  console.log(`\nKnotmap's frames as the rasterizer gets them (a ${screen.toLocaleString('en-US')}-pixel canvas; pixels inside each draw's scissor box):`);
  for (const [label, f] of fills) {
    console.log(`${label.padEnd(26)} ${f.draws} draws, ${f.triangles.toLocaleString('en-US')} triangles, ${(f.pixels / screen).toFixed(2)} screens of pixels`);
  }
  const base = await baselineFill(baselineOrigin);
  console.log(`${'the ImGui baseline'.padEnd(26)} ${base.draws} draws, ${base.triangles.toLocaleString('en-US')} triangles, ${(base.pixels / screen).toFixed(2)} screens of pixels`);
  const last = fills.at(-1)[1];
  console.log(`largest fills of the last frame, by vertex colour (screens):`);
  for (const [color, px] of Object.entries(last.byColor).sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${color.padEnd(22)} ${(px / screen).toFixed(2)}`);
} finally {
  knotmapServer.close();
  baselineServer.close();
}
