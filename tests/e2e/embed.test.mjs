// Embedding in a blog: the demo page's two embeds, their options, host events, and idle cost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launch, openApp, settled, until, progressDocument, DESKTOP, PHONE, ARTIFACTS } from './browser.mjs';
import { colorAt, colorStats, countColorIn } from './pixels.mjs';
import { startServer } from '../../scripts/static-server.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

async function widgetFrames(page) {
  const frames = [];
  for (const handle of await page.$$('[data-knotmap] iframe')) frames.push({ handle, frame: await handle.contentFrame() });
  return frames;
}

// Scrolls each embed into view (they load lazily) and waits for its first frame.
async function loadEmbeds(page) {
  const hosts = await page.$$('[data-knotmap]');
  for (const host of hosts) {
    await host.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => {
      const f = el.querySelector('iframe');
      return f && f.src && f.contentWindow && f.contentWindow.knotmap;
    }, host, { timeout: 30000 });
    const frame = await (await host.$('iframe')).contentFrame();
    await frame.evaluate(() => window.knotmap.ready);
  }
  const frames = await widgetFrames(page);
  for (const { frame } of frames) await settled(frame);
  return frames;
}

for (const [name, profile] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`${name}: both embeds load lazily, size to their content, and apply their options`, async () => {
    const page = await b.newPage(profile);
    await page.goto(b.origin + '/demo-blog.html');
    await page.waitForFunction(() => document.querySelectorAll('[data-knotmap] iframe').length === 2);
    const before = await page.$$eval('[data-knotmap] iframe', (fs) => fs.map((f) => Boolean(f.src)));
    assert.equal(before[1], false, 'the second embed, far down the article, waits until it comes near');
    const frames = await loadEmbeds(page);
    assert.equal(frames.length, 2);
    for (const { handle, frame } of frames) {
      // The iframe is as tall as the widget's content.
      const outer = (await handle.boundingBox()).height;
      const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(Math.abs(outer - inner) <= 2, `iframe ${outer}px vs content ${inner}px`);
      assert.equal(await frame.evaluate(() => window.scrollY), 0);
    }
    const [first, second] = frames.map((f) => f.frame);
    assert.equal(await first.evaluate(() => window.knotmap.selected()), 'ql-left');
    assert.equal(await second.evaluate(() => window.knotmap.selected()), 'shoulder-blade-left');
    // families: the second shows only upper-back muscles (and the places not to press).
    const families = await second.evaluate(() => [...new Set(window.knotmap.zones().filter((z) => z.kind === 'muscle').map((z) => z.id.replace(/-(left|right)$/, '')))].sort());
    assert.deepEqual(families, ['laminar-thoracic', 'shoulder-blade', 'upper-trap']);
    assert.equal(await second.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
    // progress off: nothing is logged there.
    assert.deepEqual(await second.evaluate(() => window.knotmap.logSession({ zone: 'upper-trap-left', durationSec: 30 })).then((r) => r.ok), false);
    await page.evaluate(() => window.scrollTo(0, 0));
    await frames[0].handle.scrollIntoViewIfNeeded();
    await settled(first);
    await page.screenshot({ path: join(ARTIFACTS, `embed-${name}-first.png`) });
    await frames[1].handle.scrollIntoViewIfNeeded();
    await settled(second);
    await page.screenshot({ path: join(ARTIFACTS, `embed-${name}-second.png`) });
    const foreign = page.knotmapLog.requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    await page.context().close();
  });
}

// Records every knotmap:* event from the page's start (they don't bubble: caught while capturing).
function recordHostEvents() {
  window.__events = [];
  for (const type of ['zone-selected', 'height', 'session-logged', 'ready']) {
    document.addEventListener('knotmap:' + type, (e) => {
      const embed = [...document.querySelectorAll('[data-knotmap]')].indexOf(e.target);
      window.__events.push({ embed, ...e.detail });
    }, true);
  }
}

test('a tap inside an embed reaches the host as a versioned event; ready says the chosen zone', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(recordHostEvents);
  await page.goto(b.origin + '/demo-blog.html');
  const [{ handle, frame }] = await loadEmbeds(page);
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'ready' && e.embed === 0));
  assert.deepEqual(await page.evaluate(() => window.__events.filter((e) => e.type === 'ready' && e.embed === 0)),
    [{ embed: 0, knotmap: 1, type: 'ready', zone: 'ql-left' }]);
  await handle.scrollIntoViewIfNeeded();
  await settled(frame);
  const zones = await frame.evaluate(() => window.knotmap.zones());
  const glute = zones.find((z) => z.id === 'glute-med-right');
  // The embed can be taller than the window (the safety questions are long): bring the spot into view.
  const top = (await handle.boundingBox()).y;
  await page.evaluate((y) => window.scrollBy(0, y), top + glute.center.y - 400);
  await settled(frame);
  const box = await handle.boundingBox();
  await page.mouse.click(box.x + glute.center.x, box.y + glute.center.y);
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'zone-selected'), null, { timeout: 5000 });
  const selected = await page.evaluate(() => window.__events.filter((e) => e.type === 'zone-selected'));
  assert.deepEqual(selected[selected.length - 1], { embed: 0, knotmap: 1, type: 'zone-selected', zone: 'glute-med-right' });
  await frame.evaluate(() => window.knotmap.logSession({ zone: 'glute-med-right', durationSec: 45, ball: 'lacrosse-ball', painBefore: 6, painAfter: 3, note: 'private' }));
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'session-logged'), null, { timeout: 5000 });
  const logged = await page.evaluate(() => window.__events.find((e) => e.type === 'session-logged'));
  assert.equal(logged.session.zone, 'glute-med-right');
  assert.equal(logged.session.painAfter, 3);
  assert.equal(logged.session.note, undefined, 'notes stay inside the widget');
  const events = await page.evaluate(() => window.__events);
  assert.ok(events.some((e) => e.type === 'height' && e.embed === 0 && e.height > 300));
  await page.context().close();
});

test('cross-origin: embed.js takes its widget\'s messages and ignores the same from another frame or origin', async () => {
  const hostDir = mkdtempSync(join(tmpdir(), 'knotmap-host-'));
  const widget = b.origin;  // http://127.0.0.1:A; the host page is served from another port: another origin
  writeFileSync(join(hostDir, 'index.html'), `<!doctype html><title>A blog</title>
<p>An article about back pain.</p>
<div id="real" data-knotmap data-zone="ql-left"></div>
<iframe id="impostor-widget" src="${widget}/index.html?zone=glute-max-left&embed=1" style="width:400px;height:300px"></iframe>
<iframe id="impostor-local" srcdoc="<script>parent.postMessage({knotmap: 1, type: 'zone-selected', zone: 'from-local-frame'}, '*')</script>"></iframe>
<script src="${widget}/embed.js"></script>`);
  writeFileSync(join(hostDir, 'elsewhere.html'),
    "<!doctype html><script>parent.postMessage({knotmap: 1, type: 'zone-selected', zone: 'from-a-navigated-frame'}, '*')</script>");
  const hostServer = await startServer(hostDir, 0, '127.0.0.1');
  const host = `http://127.0.0.1:${hostServer.address().port}`;
  try {
    const page = await b.newPage(DESKTOP);
    await page.addInitScript(recordHostEvents);
    await page.addInitScript(() => {
      window.__raw = [];
      window.addEventListener('message', (e) => window.__raw.push({ origin: e.origin, data: e.data }));
    });
    await page.goto(host + '/');
    const handle = await page.waitForSelector('#real iframe');
    const frame = await handle.contentFrame();
    await frame.waitForFunction(() => window.knotmap && window.knotmap.ready, null, { timeout: 30000 });
    await frame.evaluate(() => window.knotmap.ready);
    assert.equal(new URL(frame.url()).origin, widget);
    // The host itself posts a look-alike message: same format, wrong source and origin.
    await page.evaluate(() => window.postMessage({ knotmap: 1, type: 'zone-selected', zone: 'from-the-host' }, '*'));
    // Every impostor has spoken (the page's own listener heard them, so embed.js's did too).
    await page.waitForFunction(() => ['glute-max-left', 'from-local-frame', 'from-the-host']
      .every((zone) => window.__raw.some((m) => m.data && m.data.zone === zone)), null, { timeout: 30000 });
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'ready'));
    const events = await page.evaluate(() => window.__events);
    assert.deepEqual(events.filter((e) => e.type === 'ready'), [{ embed: 0, knotmap: 1, type: 'ready', zone: 'ql-left' }],
      'only the real widget\'s ready, from the widget\'s origin');
    assert.ok(events.some((e) => e.type === 'height'), 'its height');
    assert.deepEqual(events.filter((e) => e.type === 'zone-selected'), [], 'no impostor reached the host element');
    // The widget's own messages still arrive: a selection made inside it, and the host's select.
    await frame.evaluate(() => window.knotmap.select('ql-right'));
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'zone-selected' && e.zone === 'ql-right'));
    await page.evaluate((origin) => document.querySelector('#real iframe').contentWindow
      .postMessage({ knotmap: 1, type: 'select', zone: 'glute-med-left' }, origin), widget);
    await frame.waitForFunction(() => window.knotmap.selected() === 'glute-med-left', null, { timeout: 5000 });
    // The impostor widget is a real Knotmap too, just not this element's: its selection stays its own.
    await page.waitForFunction(() => window.__events.some((e) => e.zone === 'glute-med-left'));
    assert.ok(!(await page.evaluate(() => window.__events.some((e) => e.zone === 'glute-max-left'))));
    // The widget's frame taken to another origin (a link followed inside it): the same window as
    // before, so only the origin check keeps its messages out.
    await page.evaluate((url) => { document.querySelector('#real iframe').src = url; }, host + '/elsewhere.html');
    await page.waitForFunction(() => window.__raw.some((m) => m.data && m.data.zone === 'from-a-navigated-frame'), null, { timeout: 10000 });
    assert.ok(!(await page.evaluate(() => window.__events.some((e) => e.zone === 'from-a-navigated-frame'))),
      'a message from another origin in the widget\'s frame is ignored');
    await page.context().close();
  } finally {
    hostServer.close();
    rmSync(hostDir, { recursive: true, force: true });
  }
});

test('host messages are accepted only in the documented format', async () => {
  const page = await b.newPage(DESKTOP);
  await page.goto(b.origin + '/demo-blog.html');
  const [{ frame }] = await loadEmbeds(page);
  // The selection as each message leaves it, recorded inside the widget.
  const selections = [];
  await page.exposeFunction('recordSelection', (zone) => selections.push(zone));
  await frame.evaluate(() => window.addEventListener('message', () => setTimeout(() => window.recordSelection(window.knotmap.selected()), 0)));
  const send = (message) => page.evaluate((m) => document.querySelector('[data-knotmap] iframe').contentWindow.postMessage(m, '*'), message);
  const hostile = [
    { knotmap: 1, type: 'select', zone: 'ql-right', extra: 1 },
    { knotmap: 2, type: 'select', zone: 'ql-right' },
    { type: 'select', zone: 'ql-right' },
    { knotmap: 1, type: 'select', zone: '<img src=x onerror=alert(1)>' },
    { knotmap: 1, type: 'logSession', session: {} },
    'select ql-right',
    null,
  ];
  for (const message of hostile) await send(message);
  // A valid message last: once it is processed, so were the ones before it (messages from one
  // window arrive in order), and none of them changed the selection.
  await send({ knotmap: 1, type: 'select', zone: 'ql-right' });
  await frame.waitForFunction(() => window.knotmap.selected() === 'ql-right', null, { timeout: 3000 });
  await until(() => selections.length === hostile.length + 1, () => `heard ${selections.length} messages: ${selections}`);
  assert.equal(selections.length, hostile.length + 1, `every message was heard: ${selections}`);
  assert.deepEqual(selections.slice(0, -1), hostile.map(() => 'ql-left'), 'no malformed message selected anything');
  await page.context().close();
});

test('a bad option warns in the console, naming it, and the widget falls back to the default', async () => {
  const page = await b.newPage(DESKTOP);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('Knotmap')) warnings.push(m.text()); });
  await openApp(page, b.origin, '/?theme=plaid&zone=kneecap-left&accent=notacolour&families=ql');
  assert.ok(warnings.some((w) => w.includes("option 'theme'")), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes("option 'zone'")));
  assert.ok(warnings.some((w) => w.includes("option 'accent'")));
  assert.equal(await page.evaluate(() => window.knotmap.selected()), null);
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), 'light', 'the default theme, as the canvas has it');
  const muscles = await page.evaluate(() => window.knotmap.zones().filter((z) => z.kind === 'muscle').map((z) => z.id).sort());
  assert.deepEqual(muscles, ['ql-left', 'ql-right']);
  await page.context().close();
});

const framesDrawn = (target) => target.evaluate(() => Module._knotmap_frames_drawn());

test('idle: no frame is drawn without input once the loop has paused; input draws again', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await page.mouse.move(5, 5);
  await settled(page);  // the few frames after the last event are drawn, then the loop pauses
  const start = await framesDrawn(page);
  await page.waitForTimeout(3000);  // the observation window itself, not a wait for something
  const idle = await framesDrawn(page);
  assert.equal(idle - start, 0, 'frames drawn while idle');
  await page.mouse.move(400, 400);
  await page.waitForFunction((n) => Module._knotmap_frames_drawn() > n, idle, { timeout: 3000 });
  await page.context().close();
});

// After any input the loop runs a few frames for ImGui to settle; those that would repeat what the
// canvas already shows are not drawn (src/platform/last_frame.h), and the picture stays.
test('frames that would repeat the picture on the canvas are not drawn; a change is, and the map stays', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  await settled(page);
  const start = await framesDrawn(page);
  await page.evaluate(() => { window.iterations = 0; Module.postMainLoop = () => { window.iterations++; }; });
  await page.evaluate(() => Module._knotmap_request_frame());  // the loop wakes; nothing changed
  await settled(page);
  assert.ok(await page.evaluate(() => window.iterations) >= 3, 'the loop ran its settling frames');
  assert.equal(await framesDrawn(page) - start, 0, 'frames drawn that repeated the last one');
  const stats = await colorStats(page);
  assert.ok(stats.distinctColors > 50 && stats.nonBackgroundShare > 0.1, 'the map is still on the canvas');
  // Shown again after being hidden, the widget draws its frame anew: the browser may have dropped
  // the hidden canvas's picture.
  await page.evaluate(() => { Module._knotmap_set_visible(0); Module._knotmap_set_visible(1); });
  await settled(page);
  assert.equal(await framesDrawn(page) - start, 1, 'one frame drawn when shown again');
  assert.equal(await page.evaluate(() => window.knotmap.select('ql-left')), true);
  await page.waitForFunction((n) => Module._knotmap_frames_drawn() > n + 1, start, { timeout: 3000 });
  await page.context().close();
});

// A change that needs drawing (the API selects a zone) while nobody can see the widget: nothing
// is drawn within this window, which is many frames long at 60 per second.
async function expectNoFramesWhile(target, change) {
  const start = await framesDrawn(target);
  await change();
  await target.waitForTimeout(600);  // the observation window: dozens of frames, were the loop running
  assert.equal(await framesDrawn(target) - start, 0, 'frames drawn while nobody could see them');
}

test('the loop stops while the tab is hidden, and starts again when it is shown', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  const setHidden = (hidden) => page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { value: h, configurable: true });
    Object.defineProperty(document, 'visibilityState', { value: h ? 'hidden' : 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
  await setHidden(true);
  await expectNoFramesWhile(page, async () => {
    assert.equal(await page.evaluate(() => window.knotmap.select('ql-left')), true);
    await page.mouse.move(300, 300);
  });
  const hiddenAt = await framesDrawn(page);
  await setHidden(false);
  await page.waitForFunction((n) => Module._knotmap_frames_drawn() > n, hiddenAt, { timeout: 3000 });
  await page.context().close();
});

test('an embed scrolled out of view draws nothing, and draws again when it comes back', async () => {
  const page = await b.newPage(DESKTOP);
  await page.goto(b.origin + '/demo-blog.html');
  const [{ handle, frame }] = await loadEmbeds(page);
  // Far below the first embed (the second one loads meanwhile; it is not the one watched).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction((el) => el.getBoundingClientRect().bottom < 0, handle);
  // The widget hears it from an IntersectionObserver; one of the test's own on the same canvas is
  // told in the same step, so once it says "out of view", so has the widget's.
  await frame.evaluate(() => new Promise((resolve) => {
    const watch = new IntersectionObserver((entries) => {
      if (!entries[entries.length - 1].isIntersecting) { watch.disconnect(); resolve(); }
    });
    watch.observe(document.getElementById('canvas'));
  }));
  await settled(frame);
  await expectNoFramesWhile(frame, async () => {
    assert.equal(await frame.evaluate(() => window.knotmap.select('glute-max-left')), true);
  });
  const awayAt = await framesDrawn(frame);
  await handle.scrollIntoViewIfNeeded();
  await frame.waitForFunction((n) => Module._knotmap_frames_drawn() > n, awayAt, { timeout: 3000 });
  await page.context().close();
});

for (const option of ['compact=true', 'progress=off']) {
  test(`${option}: the map shows no progress and the DOM no log form or data tools; progress=off also logs nothing and leaves the stored history as it was`, async () => {
    const stored = progressDocument([{ zone: 'ql-left', painBefore: 9, painAfter: 9 }]);
    const results = {};
    for (const query of ['', option]) {
      const page = await b.newPage(DESKTOP);
      await page.addInitScript((text) => {
        localStorage.setItem('knotmap-progress', text);
        localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] }));
      }, stored);
      await openApp(page, b.origin, '/?' + query);
      await page.waitForFunction(() => performance.getEntriesByName('knotmap-history-shown').length > 0);
      await settled(page);
      const zones = Object.fromEntries((await page.evaluate(() => window.knotmap.zones())).map((z) => [z.id, z]));
      const box = await page.locator('#canvas').boundingBox();
      // The zone's fill beside its centre (where a score badge would be), against its twin's.
      const fill = async (id) => colorAt(page, { x: box.x + zones[id].center.x, y: box.y + zones[id].center.y + 16 });
      const [left, right] = [await fill('ql-left'), await fill('ql-right')];
      await page.evaluate(() => window.knotmap.select('ql-left'));
      await settled(page);
      results[query] = {
        tinted: Math.hypot(left[0] - right[0], left[1] - right[1], left[2] - right[2]) > 20,
        logged: (await page.evaluate(() => window.knotmap.logSession({ zone: 'ql-right', durationSec: 30 }))).ok,
        logButton: await page.locator('#knotmap-hold button', { hasText: 'Log a session' }).count(),
        dataTools: await page.locator('#knotmap-data').isHidden() ? 'hidden' : 'shown',
        stored: await page.evaluate(() => localStorage.getItem('knotmap-progress')),
      };
      await page.screenshot({ path: join(ARTIFACTS, `embed-option-${query.replace(/=.*/, '') || 'default'}.png`) });
      await page.context().close();
    }
    assert.deepEqual({ ...results[''], stored: undefined }, { tinted: true, logged: true, logButton: 1, dataTools: 'shown', stored: undefined }, 'by default');
    assert.deepEqual(results[option], { tinted: false, logged: option === 'compact=true', logButton: 0, dataTools: 'hidden', stored: option === 'compact=true' ? results[option].stored : stored }, option);
  });
}

test('accent: the blog\'s colour draws the selection and the buttons', async () => {
  const accent = [0xb0, 0x55, 0x2f];
  const counts = {};
  for (const query of ['', '?accent=%23b0552f']) {
    const page = await b.newPage(DESKTOP);
    await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
    await openApp(page, b.origin, '/' + query);
    await page.evaluate(() => window.knotmap.select('ql-left'));
    await settled(page);
    counts[query] = await countColorIn(page, { x: 0, y: 0, ...page.viewportSize() }, accent, 4);
    if (query) await page.screenshot({ path: join(ARTIFACTS, 'embed-option-accent.png') });
    await page.context().close();
  }
  assert.ok(counts[''] < 50, `without the option the colour is (almost) absent: ${counts['']} pixels`);
  assert.ok(counts['?accent=%23b0552f'] > 1000, `with it, the selection line and buttons: ${counts['?accent=%23b0552f']} pixels`);
});
