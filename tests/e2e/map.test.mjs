// The map: every zone and avoid area is selectable by touch on a phone and by mouse on desktop,
// and taps still land on the right zone after a resize and a zoom change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, settled, PHONE, DESKTOP, ARTIFACTS } from './browser.mjs';
import { colorAt, pixelsOf, changedPixels } from './pixels.mjs';

const EXPECTED_IDS = [
  'laminar-thoracic', 'laminar-lumbar', 'erector-lumbar', 'ql', 'glute-max', 'glute-med', 'shoulder-blade', 'upper-trap',
  'avoid-scapula', 'avoid-ribs',
].flatMap((f) => [`${f}-left`, `${f}-right`]).concat(['avoid-spine', 'avoid-sacrum']).sort();

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

async function canvasBox(page) {
  return page.evaluate(() => {
    const r = document.getElementById('canvas').getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
}

async function waitSelected(page, id) {
  await page.waitForFunction((want) => window.knotmap.selected() === want, id, { timeout: 3000 })
    .catch(() => {});
  return page.evaluate(() => window.knotmap.selected());
}

// Taps (or clicks) every zone's center and checks it became the selection; then taps outside the body.
async function tapEveryZone(page, how) {
  const zones = await page.evaluate(() => window.knotmap.zones());
  const box = await canvasBox(page);
  const missed = [];
  for (const zone of zones) {
    const x = box.x + zone.center.x, y = box.y + zone.center.y;
    if (how === 'touch') await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    const got = await waitSelected(page, zone.id);
    if (got !== zone.id) missed.push(`${zone.id} (got ${got})`);
  }
  assert.deepEqual(missed, [], 'zones whose center did not select them');
  return zones;
}

test('zones() lists every contract id with names, sides and kinds', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  const zones = await page.evaluate(() => window.knotmap.zones());
  assert.deepEqual(zones.map((z) => z.id).sort(), EXPECTED_IDS);
  for (const z of zones) {
    assert.ok(z.name && z.name.length > 3, `${z.id} has a human name`);
    const side = z.id.endsWith('-left') ? 'left' : z.id.endsWith('-right') ? 'right' : null;
    assert.equal(z.side, side, `${z.id} side`);
    assert.equal(z.kind, z.id.startsWith('avoid-') ? 'avoid' : 'muscle', `${z.id} kind`);
    if (side === 'left') assert.match(z.name, /left/);
    if (side === 'right') assert.match(z.name, /right/);
  }
  // The user's left is on the screen's left in a back view.
  const byId = Object.fromEntries(zones.map((z) => [z.id, z]));
  assert.ok(byId['ql-left'].center.x < byId['ql-right'].center.x);
  // The DOM mirror holds one named button per zone.
  const buttons = await page.$$eval('#knotmap-zones button[data-zone]', (els) => els.map((e) => [e.dataset.zone, e.textContent]));
  assert.deepEqual(buttons.map((x) => x[0]).sort(), EXPECTED_IDS);
  assert.ok(buttons.every(([id, name]) => name === byId[id].name));
  await page.context().close();
});

test('phone: tapping every zone selects it; tapping outside the body deselects', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  const zones = await tapEveryZone(page, 'touch');
  const box = await canvasBox(page);
  const head = zones.find((z) => z.id === 'avoid-spine');
  await page.touchscreen.tap(box.x + 12, box.y + head.center.y);  // far left edge, beside the arm
  assert.equal(await waitSelected(page, null), null);
  await page.context().close();
});

test('desktop: clicking every zone selects it; hovering names it', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await tapEveryZone(page, 'mouse');
  await page.evaluate(() => window.knotmap.select(null));
  await page.mouse.move(5, 5);
  await settled(page);
  const zones = await page.evaluate(() => window.knotmap.zones());
  const ql = zones.find((z) => z.id === 'ql-right');
  const box = await canvasBox(page);
  const point = { x: box.x + ql.center.x, y: box.y + ql.center.y };
  // The zone, and room to its right and below for the label that follows the pointer.
  const clip = { x: point.x - 40, y: point.y - 40, width: 260, height: 110 };
  const before = await pixelsOf(page, clip);
  const centreBefore = await pixelsOf(page, { x: point.x - 2, y: point.y - 2, width: 4, height: 4 });
  await page.mouse.move(point.x, point.y);
  await settled(page);
  const hovered = await pixelsOf(page, clip);
  await page.screenshot({ path: join(ARTIFACTS, 'map-desktop-hover.png') });
  const diff = changedPixels(before, hovered, clip);
  // The zone's fill lights up under the pointer, and a label wider than the zone appears beside it.
  const fill = changedPixels(await pixelsOf(page, { x: point.x - 2, y: point.y - 2, width: 4, height: 4 }), centreBefore, { x: point.x - 2, y: point.y - 2, width: 4, height: 4 });
  assert.ok(fill.count > 0, 'the hovered zone is drawn differently');
  assert.ok(diff.box && diff.box.right - point.x > 80, `a label appears beside the pointer (changed up to ${diff.box && diff.box.right - point.x} px to its right)`);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), null, 'hovering selects nothing');
  await page.context().close();
});

for (const [name, profile] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: each zone is drawn where its hit area is (selecting it repaints its reported centre, not its twin's)`, async () => {
    const page = await b.newPage(profile);
    await openApp(page, b.origin);
    const box = await canvasBox(page);
    for (const id of ['laminar-lumbar-left', 'laminar-thoracic-right', 'erector-lumbar-left', 'ql-right', 'upper-trap-left', 'glute-med-right']) {
      const twin = id.endsWith('-left') ? id.replace(/-left$/, '-right') : id.replace(/-right$/, '-left');
      await page.evaluate(() => window.knotmap.select(null));
      if (!profile.hasTouch) await page.mouse.move(1, 1);  // no hover label left over from the last click
      await settled(page);
      const zones = Object.fromEntries((await page.evaluate(() => window.knotmap.zones())).map((z) => [z.id, z]));
      const at = (z) => ({ x: box.x + zones[z].center.x, y: box.y + zones[z].center.y });
      const before = [await colorAt(page, at(id)), await colorAt(page, at(twin))];
      assert.equal(await page.evaluate((z) => window.knotmap.select(z), id), true);
      await settled(page);
      const after = [await colorAt(page, at(id)), await colorAt(page, at(twin))];
      const distance = (a, c) => Math.hypot(a[0] - c[0], a[1] - c[1], a[2] - c[2]);
      assert.ok(distance(before[0], after[0]) > 20, `${id}: its centre is repainted when selected (${before[0]} -> ${after[0]})`);
      assert.ok(distance(before[1], after[1]) < 4, `${id}: its twin ${twin} is not (${before[1]} -> ${after[1]})`);
      // And a tap there is what the hit test answers.
      await page.evaluate(() => window.knotmap.select(null));
      if (profile.hasTouch) await page.touchscreen.tap(at(id).x, at(id).y);
      else await page.mouse.click(at(id).x, at(id).y);
      assert.equal(await waitSelected(page, id), id);
    }
    await page.context().close();
  });
}

test('select(null) clears the selection; mark(id, false) unmarks; mark() refuses avoid areas and unknown ids', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  assert.equal(await page.evaluate(() => window.knotmap.select('ql-left')), true);
  await page.waitForFunction(() => document.querySelector('#knotmap-guide h3'));
  assert.equal(await page.evaluate(() => window.knotmap.select(null)), true);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), null);
  await settled(page);
  assert.equal(await page.locator('[aria-current="true"]').count(), 0, 'no zone button is current');
  assert.equal(await page.locator('#knotmap-guide').textContent(), '', 'the guide is empty');

  assert.equal(await page.evaluate(() => window.knotmap.mark('ql-left')), true);
  assert.equal(await page.evaluate(() => window.knotmap.mark('glute-med-right', true)), true);
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), ['ql-left', 'glute-med-right']);
  assert.equal(await page.evaluate(() => window.knotmap.mark('ql-left', false)), true);
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), ['glute-med-right']);
  for (const bad of ['avoid-spine', 'avoid-ribs-left', 'kneecap-left', '', 42, null]) {
    assert.equal(await page.evaluate((id) => window.knotmap.mark(id), bad), false, `mark(${JSON.stringify(bad)})`);
  }
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), ['glute-med-right']);
  await settled(page);
  assert.equal(await page.getAttribute('[data-zone="ql-left"]', 'aria-pressed'), 'false');
  assert.equal(await page.getAttribute('[data-zone="glute-med-right"]', 'aria-pressed'), 'true');
  await page.context().close();
});

// A phone page with "Mark sore spots" switched on by a tap, and the zones by id.
async function openMarking() {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  const zones = await page.evaluate(() => window.knotmap.zones());
  const byId = Object.fromEntries(zones.map((z) => [z.id, z]));
  const box = await canvasBox(page);
  // The switch sits in the header row above the figure, at the right.
  await page.touchscreen.tap(box.x + page.viewportSize().width - 70, box.y + 28);
  await settled(page);
  return { page, byId, box };
}

test('marking mode marks several sore spots, aria-pressed follows, and a second tap unmarks', async () => {
  const { page, byId, box } = await openMarking();
  for (const id of ['ql-left', 'glute-med-right', 'avoid-spine']) {
    await page.touchscreen.tap(box.x + byId[id].center.x, box.y + byId[id].center.y);
    await page.waitForFunction((z) => window.knotmap.selected() === z, id, { timeout: 3000 });
  }
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), ['ql-left', 'glute-med-right']);
  assert.equal(await page.getAttribute('[data-zone="ql-left"]', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('[data-zone="avoid-spine"]', 'aria-pressed'), 'false');
  await page.screenshot({ path: join(ARTIFACTS, 'map-phone-marked.png') });
  await page.touchscreen.tap(box.x + byId['ql-left'].center.x, box.y + byId['ql-left'].center.y);
  await page.waitForFunction(() => window.knotmap.marked().length === 1, null, { timeout: 3000 });
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), ['glute-med-right']);
  await page.context().close();
});

test('taps that arrive in a burst (a slow frame) each count: none is merged into a long press', async () => {
  const { page, byId, box } = await openMarking();
  // Four taps sent 1 ms apart, without waiting for the page: they reach it in the same frame or two.
  const cdp = await page.context().newCDPSession(page);
  const sent = [];
  for (const id of ['ql-left', 'glute-med-right', 'upper-trap-left', 'erector-lumbar-right']) {
    const point = { x: box.x + byId[id].center.x, y: box.y + byId[id].center.y };
    sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] }));
    sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }));
  }
  await Promise.all(sent);
  await page.waitForFunction(() => window.knotmap.marked().length === 4, null, { timeout: 5000 });
  assert.deepEqual((await page.evaluate(() => window.knotmap.marked())).sort(),
    ['erector-lumbar-right', 'glute-med-right', 'ql-left', 'upper-trap-left']);
  await page.context().close();
});

test('select(id) selects by API and refuses unknown ids', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  assert.equal(await page.evaluate(() => window.knotmap.select('glute-max-left')), true);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'glute-max-left');
  assert.equal(await page.evaluate(() => window.knotmap.select('not-a-zone')), false);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'glute-max-left');
  await settled(page);
  assert.equal(await page.getAttribute('[data-zone="glute-max-left"]', 'aria-current'), 'true');
  await page.context().close();
});

test('after a resize and a zoom change, taps still land on the right zone and stay crisp', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  // The resize reaches the app in an event a moment later: wait for a frame drawn after it.
  let drawn = await page.evaluate(() => Module._knotmap_frames_drawn());
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForFunction((n) => document.getElementById('canvas').clientWidth === 900 && Module._knotmap_frames_drawn() > n, drawn);
  await settled(page);
  await tapEveryZone(page, 'mouse');
  // Browser zoom to 125% on a 1280x800 window: the CSS viewport shrinks and the pixel ratio grows.
  const cdp = await page.context().newCDPSession(page);
  drawn = await page.evaluate(() => Module._knotmap_frames_drawn());
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1024, height: 640, deviceScaleFactor: 1.25, mobile: false });
  await page.waitForFunction((n) => devicePixelRatio === 1.25 && Module._knotmap_frames_drawn() > n &&
    document.getElementById('canvas').width === Math.floor(document.getElementById('canvas').clientWidth * 1.25), drawn);
  await settled(page);
  const backing = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, cssW: c.clientWidth, dpr: devicePixelRatio };
  });
  assert.equal(backing.dpr, 1.25);
  assert.equal(backing.w, Math.floor(backing.cssW * backing.dpr));
  await tapEveryZone(page, 'mouse');
  await page.screenshot({ path: join(ARTIFACTS, 'map-desktop-zoomed.png') });
  await page.context().close();
});

// A finger swipe through the real input pipeline (touchstart, touchmoves, touchend).
async function swipe(page, x, fromY, toY) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: fromY + ((toY - fromY) * i) / 10 }] });
    await page.waitForTimeout(16);  // a finger's pace: one move a frame
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await scrollStopped(page);
  await settled(page);
}

// Waits until the page's scroll position holds still (a fling may carry on after the finger lifts).
async function scrollStopped(page) {
  await page.evaluate(() => new Promise((resolve) => {
    let last = window.scrollY;
    const poll = setInterval(() => {
      if (window.scrollY === last) { clearInterval(poll); resolve(); }
      last = window.scrollY;
    }, 100);
  }));
}

test('phone: a swipe that starts below the map scrolls the page; one on the map does not', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  // Marked spots lengthen the panel, so the page has somewhere to scroll.
  for (const id of ['ql-left', 'ql-right', 'glute-med-left', 'glute-max-right', 'upper-trap-left', 'shoulder-blade-right']) {
    await page.evaluate((z) => window.knotmap.mark(z), id);
  }
  await page.evaluate(() => window.knotmap.select('glute-med-left'));
  await settled(page);
  const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  assert.ok(maxScroll > 100, `the page is taller than the screen (${maxScroll}px to scroll)`);
  const before = (await page.evaluate(() => window.knotmap.zones())).find((z) => z.id === 'ql-left');

  await swipe(page, before.center.x, before.center.y, before.center.y - 250);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'a swipe on the map must not scroll');

  await swipe(page, 195, 800, 600);
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 100, `the page scrolled ${scrolled}px`);
  // The map moved up with the page, and zones() reports where it is now.
  const after = (await page.evaluate(() => window.knotmap.zones())).find((z) => z.id === 'ql-left');
  assert.ok(Math.abs(before.center.y - scrolled - after.center.y) < 2, 'zone centers follow the scroll');
  await page.screenshot({ path: join(ARTIFACTS, 'map-phone-scrolled.png') });
  await page.context().close();
});
