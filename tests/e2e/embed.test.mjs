// Embedding in a blog: the demo page's two embeds, their options, host events, and idle cost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, DESKTOP, PHONE, ARTIFACTS } from './browser.mjs';

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
  await page.waitForTimeout(300);
  return widgetFrames(page);
}

for (const [name, profile] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`${name}: both embeds load lazily, size to their content, and apply their options`, async () => {
    const page = await b.newPage(profile);
    await page.goto(b.origin + '/demo-blog.html');
    await page.waitForTimeout(300);
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
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, `embed-${name}-first.png`) });
    await frames[1].handle.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, `embed-${name}-second.png`) });
    const foreign = page.knotmapLog.requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    await page.context().close();
  });
}

test('a tap inside an embed reaches the host as a versioned event', async () => {
  const page = await b.newPage(DESKTOP);
  await page.goto(b.origin + '/demo-blog.html');
  await page.evaluate(() => {
    window.__events = [];
    document.querySelectorAll('[data-knotmap]').forEach((host, i) => {
      for (const type of ['zone-selected', 'height', 'session-logged', 'ready'])
        host.addEventListener('knotmap:' + type, (e) => window.__events.push({ embed: i, ...e.detail }));
    });
  });
  const [{ handle, frame }] = await loadEmbeds(page);
  await handle.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  const zones = await frame.evaluate(() => window.knotmap.zones());
  const glute = zones.find((z) => z.id === 'glute-med-right');
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
  assert.ok(events.some((e) => e.type === 'ready'));
  await page.context().close();
});

test('host messages are accepted only in the documented format', async () => {
  const page = await b.newPage(DESKTOP);
  await page.goto(b.origin + '/demo-blog.html');
  const [{ frame }] = await loadEmbeds(page);
  const send = (message) => page.evaluate((m) => document.querySelector('[data-knotmap] iframe').contentWindow.postMessage(m, '*'), message);
  for (const hostile of [
    { knotmap: 1, type: 'select', zone: 'ql-right', extra: 1 },
    { knotmap: 2, type: 'select', zone: 'ql-right' },
    { type: 'select', zone: 'ql-right' },
    { knotmap: 1, type: 'select', zone: '<img src=x onerror=alert(1)>' },
    { knotmap: 1, type: 'logSession', session: {} },
    'select ql-right',
    null,
  ]) await send(hostile);
  await page.waitForTimeout(300);
  assert.equal(await frame.evaluate(() => window.knotmap.selected()), 'ql-left', 'nothing changed');
  await send({ knotmap: 1, type: 'select', zone: 'ql-right' });
  await frame.waitForFunction(() => window.knotmap.selected() === 'ql-right', null, { timeout: 3000 });
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
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), null);
  const muscles = await page.evaluate(() => window.knotmap.zones().filter((z) => z.kind === 'muscle').map((z) => z.id).sort());
  assert.deepEqual(muscles, ['ql-left', 'ql-right']);
  await page.context().close();
});

test('idle: no frame is drawn without input after the cooldown; input draws again', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);  // the cooldown: a few frames after the last event
  const start = await page.evaluate(() => Module._knotmap_frames_drawn());
  await page.waitForTimeout(3000);
  const idle = await page.evaluate(() => Module._knotmap_frames_drawn());
  assert.equal(idle - start, 0, 'frames drawn while idle');
  await page.mouse.move(400, 400);
  await page.waitForTimeout(300);
  assert.ok(await page.evaluate(() => Module._knotmap_frames_drawn()) > idle, 'input wakes it');
  await page.context().close();
});
