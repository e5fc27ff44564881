// The finger benchmark (issue 19): can a fingertip reach every zone? On the phone profile, from
// the whole-back view, it taps each zone at its reported centre plus Gaussian jitter (sigma 9 CSS
// px: a fingertip's spread of about 1.5 mm each way on a 390 px phone; a fixed seed), N attempts
// per zone. An attempt succeeds in one tap when the zone is selected after the first tap; in two
// when a second jittered tap, at the zone's centre as knotmap.zones() then reports it, selects it.
// Any selection of the other side's twin (ql-left for ql-right) is counted, on either tap.
// Then the frame times while zooming: 20 times, a crowded tap zooms in and select(null) zooms
// out again, every frame timed in the wasm main loop (bench/lib/frame-hooks.mjs).
// Prints per zone and overall, and a JSON summary line for BENCHMARKS.md.
//   node bench/finger.mjs [--attempts N] [--seed S] [--dist DIR]
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchFresh, PHONE } from './lib/browser.mjs';
import { installFrameHooks, startRecording, stopRecording } from './lib/frame-hooks.mjs';
import { percentile } from './lib/stats.mjs';
import { startServer } from '../scripts/static-server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ATTEMPTS = Number(arg('--attempts', 10));
const SEED = Number(arg('--seed', 19));
const SIGMA = 9;
const DOUBLE_TAP_MS = 350;  // Dear ImGui's double-click time is 300 ms

// Mulberry32, then Box-Muller: the same jitter on every run.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const uniform = random(SEED);
function gaussian() {
  const u = Math.max(uniform(), 1e-12), v = uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
const jitter = () => ({ dx: gaussian() * SIGMA, dy: gaussian() * SIGMA });
const twinOf = (id) => (id.endsWith('-left') ? id.replace(/-left$/, '-right') : id.endsWith('-right') ? id.replace(/-right$/, '-left') : null);

const server = await startServer(arg('--dist', join(ROOT, 'dist')), 0, '127.0.0.1');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchFresh(PHONE);
const page = browser.page;
await browser.context.addInitScript(installFrameHooks);
await page.goto(origin + '/');
await page.waitForFunction(() => window.knotmap && window.knotmap.ready, null, { timeout: 30000 });
await page.evaluate(() => window.knotmap.ready);
const settled = () => page.waitForFunction(() => Module._knotmap_loop_paused() === 1, null, { timeout: 30000, polling: 20 });
const canvasBox = await page.locator('#canvas').boundingBox();
const zonesNow = () => page.evaluate(() => window.knotmap.zones());
const whole = await zonesNow();

async function tap(zoneId, zones) {
  const zone = zones.find((z) => z.id === zoneId);
  const { dx, dy } = jitter();
  await page.touchscreen.tap(canvasBox.x + zone.center.x + dx, canvasBox.y + zone.center.y + dy);
  await settled();
  return page.evaluate(() => window.knotmap.selected());
}

const rows = [];
for (const zone of whole) {
  let one = 0, two = 0, twin = 0;
  for (let n = 0; n < ATTEMPTS; n++) {
    await page.evaluate(() => window.knotmap.select(null));  // the whole back again
    await settled();
    await page.waitForTimeout(DOUBLE_TAP_MS);  // a new attempt, not the second tap of a double tap
    const first = await tap(zone.id, await zonesNow());
    let picked = [first];
    if (first === zone.id) {
      one++;
      two++;
    } else {
      const second = await tap(zone.id, await zonesNow());
      picked.push(second);
      if (second === zone.id) two++;
    }
    if (picked.some((id) => id && id === twinOf(zone.id))) twin++;
  }
  rows.push({ zone: zone.id, kind: zone.kind, one, two, twin, attempts: ATTEMPTS });
  console.log(`${zone.id.padEnd(28)} one tap ${String(one).padStart(3)}/${ATTEMPTS}  within two ${String(two).padStart(3)}/${ATTEMPTS}${twin ? `  TWIN ${twin}` : ''}`);
}
// Frame times while zooming in and out.
const groove = whole.find((z) => z.id === 'laminar-lumbar-left');
await page.evaluate(() => window.knotmap.select(null));
await settled();
await startRecording(page);
// While recording, the hooks read the selection after every frame, and each API call asks for
// another frame: the loop doesn't pause, so each zoom gets a fixed time instead (0.28 s to move).
for (let n = 0; n < 20; n++) {
  await page.touchscreen.tap(canvasBox.x + groove.center.x + 4, canvasBox.y + groove.center.y + 2);
  await page.waitForTimeout(700);
  await page.evaluate(() => window.knotmap.select(null));
  await page.waitForTimeout(700);
}
const { frameTimesMs } = await stopRecording(page);
await settled();

const total = rows.length * ATTEMPTS;
const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
const worst = rows.reduce((w, r) => (r.two / r.attempts < w.two / w.attempts ? r : w), rows[0]);
const summary = {
  attempts: total, seed: SEED, sigmaCssPx: SIGMA,
  oneTap: +(sum('one') / total).toFixed(3), withinTwo: +(sum('two') / total).toFixed(3),
  worstZoneWithinTwo: { zone: worst.zone, share: +(worst.two / worst.attempts).toFixed(2) }, twinPicks: sum('twin'),
  zoomFrames: frameTimesMs.length, zoomFrameP50Ms: +percentile(frameTimesMs, 0.5).toFixed(2),
  zoomFrameP99Ms: +percentile(frameTimesMs, 0.99).toFixed(2),
};
console.log(`\noverall: one tap ${(100 * summary.oneTap).toFixed(1)}%, within two ${(100 * summary.withinTwo).toFixed(1)}%, ` +
  `worst zone within two: ${worst.zone} ${(100 * summary.worstZoneWithinTwo.share).toFixed(0)}%, twin picks: ${summary.twinPicks}`);
console.log(`while zooming: ${summary.zoomFrames} frames, p50 ${summary.zoomFrameP50Ms} ms, p99 ${summary.zoomFrameP99Ms} ms`);
console.log(JSON.stringify(summary));
await browser.close();
server.close();
