// The foundation: the page loads and draws on desktop and phone, without console errors or any
// request leaving 127.0.0.1, and says something readable when it cannot run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, PHONE, DESKTOP, ARTIFACTS } from './browser.mjs';
import { colorStats } from './pixels.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

for (const [name, profile] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`${name}: the map renders, crisp, with no console errors and only local requests`, async () => {
    const page = await b.newPage(profile);
    await openApp(page, b.origin);
    await page.screenshot({ path: join(ARTIFACTS, `foundation-${name}.png`) });
    const stats = await colorStats(page);
    assert.ok(stats.distinctColors > 50, `expected a drawing, saw ${stats.distinctColors} colours`);
    assert.ok(stats.nonBackgroundShare > 0.1, `only ${(stats.nonBackgroundShare * 100).toFixed(1)}% drawn`);
    const backing = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight, dpr: devicePixelRatio };
    });
    assert.equal(backing.w, Math.floor(backing.cssW * backing.dpr), 'canvas backing width is CSS width x DPR');
    assert.equal(backing.h, Math.floor(backing.cssH * backing.dpr), 'canvas backing height is CSS height x DPR');
    assert.deepEqual(page.knotmapLog.errors, []);
    const foreign = page.knotmapLog.requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:'));
    assert.deepEqual(foreign, []);
    await page.context().close();
  });
}

test('without WebGL2 the page explains why instead of showing a blank canvas', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  await page.goto(b.origin + '/');
  const status = page.locator('#knotmap-status');
  await status.waitFor({ state: 'visible' });
  assert.match(await status.innerText(), /WebGL 2/);
  await page.context().close();
});

test('without WebAssembly the page explains why', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(b.origin + '/');
  assert.match(await page.locator('#knotmap-status').innerText(), /WebAssembly/);
  await page.context().close();
});

// index.html fetches and compiles the wasm itself and knotmap.js takes the module: one request
// for it, also from a server that sends it with another type than application/wasm (streaming
// compilation refuses that, and Emscripten's own loader then fetched it again).
test('the wasm is fetched once, and starts when served as application/octet-stream too', async () => {
  for (const type of ['application/wasm', 'application/octet-stream']) {
    const page = await b.newPage(PHONE);
    const wasmRequests = [];
    page.on('request', (r) => { if (r.url().endsWith('/knotmap.wasm')) wasmRequests.push(r.url()); });
    await page.route('**/knotmap.wasm', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': type } });
    });
    await openApp(page, b.origin);
    assert.equal(wasmRequests.length, 1, `${type}: one request for the wasm`);
    assert.ok((await page.evaluate(() => window.knotmap.zones())).length > 10, type);
    assert.deepEqual(page.knotmapLog.errors, [], type);
    await page.context().close();
  }
});

test('a wasm file that fails to download gives a readable message', async () => {
  const page = await b.newPage(DESKTOP);
  await page.route('**/knotmap.wasm', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(b.origin + '/');
  await page.waitForFunction(() => document.getElementById('knotmap-status').classList.contains('is-error'), null, { timeout: 20000 });
  assert.match(await page.locator('#knotmap-status').innerText(), /couldn’t start|couldn’t load/);
  await page.context().close();
});

test('a wasm file cut short gives a readable message', async () => {
  const page = await b.newPage(DESKTOP);
  await page.route('**/knotmap.wasm', async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 3)) });
  });
  await page.goto(b.origin + '/');
  await page.waitForFunction(() => document.getElementById('knotmap-status').classList.contains('is-error'), null, { timeout: 20000 });
  assert.match(await page.locator('#knotmap-status').innerText(), /couldn’t start/);
  await page.context().close();
});

test('window.knotmap answers before the app has started, instead of throwing', async () => {
  const page = await b.newPage(DESKTOP);
  await page.route('**/knotmap.wasm', async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await page.goto(b.origin + '/');
  const early = await page.evaluate(() => ({
    zones: window.knotmap.zones(), selected: window.knotmap.selected(), select: window.knotmap.select('ql-left'),
    marked: window.knotmap.marked(), sessions: window.knotmap.sessions(), log: window.knotmap.logSession({ zone: 'ql-left', durationSec: 30 }),
  }));
  assert.deepEqual(early.zones, []);
  assert.equal(early.selected, null);
  assert.equal(early.select, false);
  assert.deepEqual(early.marked, []);
  assert.deepEqual(early.sessions, []);
  assert.equal(early.log.ok, false);
  await page.evaluate(() => window.knotmap.ready);
  assert.equal((await page.evaluate(() => window.knotmap.zones())).length, 22);
  await page.context().close();
});

// knotmap.js runs from the page's head as soon as it arrives, so the wasm may be ready before the
// page's own script has run (a slow page), or after it (a slow wasm): the app starts either way.
test('the app starts when its wasm is ready before the page script, and after it', async () => {
  const marker = '<!-- Here, not at the end';
  for (const order of ['wasm-first', 'page-first']) {
    const page = await b.newPage(DESKTOP);
    if (order === 'wasm-first') {
      // A parser-blocking script, answered late, holds the page's script back.
      await page.route(/\/$/, async (route) => {
        const html = await (await route.fetch()).text();
        assert.ok(html.includes(marker), 'the built page still has its marker before app.js');
        await route.fulfill({ contentType: 'text/html', body: html.replace(marker, '<script src="slow.js"></script>' + marker) });
      });
      await page.route('**/slow.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        await route.fulfill({ contentType: 'text/javascript', body: 'window.queuedBeforePage = Module.knotmapQueue.slice();' });
      });
    } else {
      await page.route('**/knotmap.wasm', async (route) => {
        const response = await route.fetch();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.fulfill({ response });
      });
    }
    await openApp(page, b.origin);
    if (order === 'wasm-first') assert.deepEqual(await page.evaluate(() => window.queuedBeforePage), ['ready'], 'the wasm was ready first');
    assert.ok((await page.evaluate(() => window.knotmap.zones())).length > 10, order);
    assert.deepEqual(page.knotmapLog.errors, [], order);
    await page.context().close();
  }
});
