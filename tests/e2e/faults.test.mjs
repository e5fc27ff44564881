// Fault injection, end to end: the app's files missing or broken, no WebGL 2, storage that throws
// on read, on write and on quota, ten years of history, and hostile messages from a host page.
// Each fault: a clear message, the guidance still readable, and nothing already stored lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, until, PHONE, DESKTOP, ARTIFACTS } from './browser.mjs';
import { seedTenYears } from '../../bench/lib/ten-years.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

// One stored session in the documented format, as an earlier visit would have left it.
const STORED = JSON.stringify({
  format: 'knotmap-progress', version: 1, start: 1767225600, zones: ['ql-left'], balls: ['tennis-ball'],
  sessions: [[0, 0, 30, 0, 6, 3]],
});

test('without the app (its script or wasm missing, wasm cut short, no WebGL 2 at all, no context or shaders that don\'t link) the page says why and shows the whole guide', async () => {
  const faults = {
    'script-missing': (page) => page.route('**/knotmap.js', (r) => r.fulfill({ status: 404, body: 'gone' })),
    'wasm-missing': (page) => page.route('**/knotmap.wasm', (r) => r.fulfill({ status: 404, body: 'gone' })),
    'wasm-truncated': (page) => page.route('**/knotmap.wasm', async (r) => {
      const body = await (await r.fetch()).body();
      await r.fulfill({ status: 200, contentType: 'application/wasm', body: body.subarray(0, body.length >> 1) });
    }),
    // A browser that has never heard of WebGL 2 (the page checks before starting the app).
    'no-webgl2-at-all': (page) => page.addInitScript(() => { delete window.WebGL2RenderingContext; }),
    // One that knows it but can't make a context (turned off, blocked): the app's own start says so.
    'no-webgl2': (page) => page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) { return type === 'webgl2' ? null : original.call(this, type, ...rest); };
    }),
    // One whose graphics driver won't link the map's shaders (checked after the first frame).
    'shaders-dont-link': (page) => page.addInitScript(() => {
      const P = WebGL2RenderingContext.prototype, real = P.getProgramParameter;
      P.getProgramParameter = function (program, name) { return name === this.LINK_STATUS ? false : real.call(this, program, name); };
    }),
  };
  for (const [name, inject] of Object.entries(faults)) {
    const page = await b.newPage(PHONE);
    await inject(page);
    await page.goto(b.origin + '/');
    await page.locator('#knotmap-fallback').waitFor({ state: 'visible', timeout: 20000 });
    assert.match(await page.locator('#knotmap-status-title').innerText(), /Knotmap couldn|can’t/, name);
    const guide = await page.locator('#knotmap-fallback').innerText();
    assert.match(guide, /quadratus lumborum/i, `${name}: the QL's guidance is readable`);
    assert.match(guide, /When to see a doctor instead/, name);
    assert.ok(!(await page.locator('#canvas').isVisible()), `${name}: no blank canvas`);
    const statusTop = await page.locator('#knotmap-status').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(statusTop < 100, `${name}: the message is at the top, not under an empty space (${statusTop} px down)`);
    await page.screenshot({ path: join(ARTIFACTS, `faults-phone-${name}.png`) });
    await page.context().close();
  }
});

// Storage that throws: patched before the page runs, with the real value kept aside to compare.
async function openWithStorage(fault) {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(([stored, kind]) => {
    const real = { get: Storage.prototype.getItem, set: Storage.prototype.setItem };
    if (real.get.call(localStorage, 'knotmap-progress') === null) real.set.call(localStorage, 'knotmap-progress', stored);
    real.set.call(localStorage, 'knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] }));
    window.realStored = () => real.get.call(localStorage, 'knotmap-progress');
    if (kind === 'read') Storage.prototype.getItem = function () { throw new Error('injected read failure'); };
    if (kind === 'write') Storage.prototype.setItem = function () { throw new Error('injected write failure'); };
    if (kind === 'quota') Storage.prototype.setItem = function () { throw new DOMException('injected', 'QuotaExceededError'); };
  }, [STORED, fault]);
  await openApp(page, b.origin);
  return page;
}

for (const fault of ['read', 'write', 'quota']) {
  test(`localStorage that throws on ${fault}: the app works, says so, and loses nothing stored`, async () => {
    const page = await openWithStorage(fault);
    assert.deepEqual(page.knotmapLog.errors, [], 'no uncaught errors');
    const logged = await page.evaluate(() => window.knotmap.logSession({ zone: 'glute-med-right', durationSec: 30, ball: null, painBefore: 5, painAfter: 2, note: null }));
    assert.equal(logged.ok, true, 'a session can still be logged for this visit');
    // The page shows the notice with the frame the log asks for.
    await page.waitForFunction(() => document.getElementById('knotmap-notice').innerText.trim() !== '', null, { timeout: 3000 });
    const notice = await page.locator('#knotmap-notice').innerText();
    if (fault === 'read') assert.match(notice, /blocking storage|won.t be kept/);
    else assert.match(notice, /full or failing/);
    const sessions = await page.evaluate(() => window.knotmap.sessions());
    assert.ok(sessions.some((s) => s.zone === 'glute-med-right'), 'the new session is there for this visit');
    if (fault !== 'read') assert.ok(sessions.some((s) => s.zone === 'ql-left'), 'the stored session was read');
    assert.equal(await page.evaluate(() => window.realStored()), STORED, 'what was stored is untouched');
    await page.screenshot({ path: join(ARTIFACTS, `faults-desktop-storage-${fault}.png`) });
    await page.context().close();
  });
}

test('ten years of daily sessions on every muscle zone load, and the map and its API work', async () => {
  const page = await b.newPage(PHONE);
  await page.addInitScript(seedTenYears);
  await openApp(page, b.origin);
  assert.deepEqual(page.knotmapLog.errors, []);
  // The map comes first, and the history is read after it (then drawn: the mark follows a frame).
  await page.waitForFunction(() => performance.getEntriesByName('knotmap-history-shown').length > 0, null, { timeout: 30000 });
  const [map, history] = await page.evaluate(() => ['knotmap-first-map-frame', 'knotmap-history-shown']
    .map((name) => performance.getEntriesByName(name)[0].startTime));
  assert.ok(map < history, `the map (${map} ms) shows before the history (${history} ms)`);
  assert.equal(await page.evaluate(() => window.knotmap.sessions().length), 3650 * 16);
  assert.equal(await page.locator('#knotmap-notice').innerText(), '', 'no storage notice');
  const ql = await page.evaluate(() => window.knotmap.zones().find((z) => z.id === 'ql-left'));
  const box = await page.locator('#canvas').boundingBox();
  await page.touchscreen.tap(box.x + ql.center.x, box.y + ql.center.y);
  await page.waitForFunction(() => window.knotmap.selected() === 'ql-left', null, { timeout: 5000 });
  await page.screenshot({ path: join(ARTIFACTS, 'faults-phone-ten-years.png') });
  await page.context().close();
});

test('hostile or malformed messages from the host page change nothing', async () => {
  const page = await b.newPage(DESKTOP);
  await page.goto(b.origin + '/demo-blog.html');
  const iframe = page.locator('[data-knotmap] iframe').first();
  await iframe.waitFor();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForFunction(() => window.knotmap && window.knotmap.selected() !== undefined, null, { timeout: 30000 });
  await frame.evaluate(() => window.knotmap.ready);
  // What is stored, but the zone last shown (the valid select at the end changes that, as it should).
  const state = () => frame.evaluate(() => JSON.stringify([window.knotmap.marked(), window.knotmap.sessions(),
    Object.fromEntries(Object.entries(localStorage).filter(([key]) => key !== 'knotmap-selection'))]));
  const before = await state();
  // What each message left selected, recorded inside the widget after it was handled.
  const heard = [];
  await page.exposeFunction('recordHeard', (zone) => heard.push(zone));
  await frame.evaluate(() => window.addEventListener('message', () => setTimeout(() => window.recordHeard(window.knotmap.selected()), 0)));
  const send = (message) => page.evaluate((m) => document.querySelector('[data-knotmap] iframe').contentWindow.postMessage(m, '*'), message);
  const big = 'x'.repeat(1 << 20);
  const hostile = [
    { knotmap: 1, type: 'select', zone: 'not-a-zone' },
    { knotmap: 1, type: 'select', zone: 42 },
    { knotmap: 1, type: 'select', zone: { toString: 'ql-right' } },
    { knotmap: 1, type: 'select', zone: big },
    { knotmap: '1', type: 'select', zone: 'ql-right' },
    { knotmap: 1, type: 'SELECT', zone: 'ql-right' },
    { knotmap: 1, type: 'mark', zone: 'ql-right' },
    { knotmap: 1, type: 'delete-all' },
    { knotmap: 1, type: 'import', text: '{"format":"knotmap-progress","version":1,"sessions":[]}' },
    ['knotmap', 1, 'select'],
    new ArrayBuffer(16),
    big,
    42,
    undefined,
  ];
  for (const message of hostile) await send(message);
  // The same valid message, but from the widget's own window rather than its host: ignored too.
  await frame.evaluate(() => window.postMessage({ knotmap: 1, type: 'select', zone: 'ql-right' }, '*'));
  // Then a valid one from the host: it is processed, after everything above (one window's
  // messages arrive in order), which proves they were all heard and ignored.
  await send({ knotmap: 1, type: 'select', zone: 'glute-max-right' });
  await frame.waitForFunction(() => window.knotmap.selected() === 'glute-max-right', null, { timeout: 5000 });
  await until(() => heard.length === hostile.length + 2, () => `heard ${heard.length}`);
  assert.deepEqual(heard.slice(0, -1), heard.slice(0, -1).map(() => 'ql-left'), 'no hostile message selected anything');
  assert.equal(heard[heard.length - 1], 'glute-max-right');
  assert.equal(await state(), before, 'marks, sessions and storage unchanged');
  // A "__proto__" key becomes the clone's prototype, not a field: the message is a plain select
  // then, and nothing is polluted.
  await send(JSON.parse('{"knotmap": 1, "type": "select", "zone": "ql-right", "__proto__": {"polluted": true}}'));
  await until(() => heard.length === hostile.length + 3);
  assert.equal(await frame.evaluate(() => Object.prototype.polluted), undefined);
  assert.equal(await frame.evaluate(() => ({}).polluted), undefined);
  await page.context().close();
});
