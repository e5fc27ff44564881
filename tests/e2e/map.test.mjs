// The map: every zone and avoid area is selectable by touch on a phone and by mouse on desktop,
// and taps still land on the right zone after a resize and a zoom change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, PHONE, DESKTOP, ARTIFACTS } from './browser.mjs';

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
  const zones = await tapEveryZone(page, 'mouse');
  const ql = zones.find((z) => z.id === 'ql-right');
  const box = await canvasBox(page);
  await page.mouse.move(box.x + ql.center.x, box.y + ql.center.y);
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(ARTIFACTS, 'map-desktop-hover.png') });
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
  await page.waitForTimeout(150);
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
  await page.waitForTimeout(150);
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
  await page.waitForTimeout(150);
  assert.equal(await page.getAttribute('[data-zone="glute-max-left"]', 'aria-current'), 'true');
  await page.context().close();
});

test('after a resize and a zoom change, taps still land on the right zone and stay crisp', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForTimeout(300);
  await tapEveryZone(page, 'mouse');
  // Browser zoom to 125% on a 1280x800 window: the CSS viewport shrinks and the pixel ratio grows.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1024, height: 640, deviceScaleFactor: 1.25, mobile: false });
  await page.waitForTimeout(400);
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
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(250);
}

test('phone: a swipe that starts below the map scrolls the page; one on the map does not', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  // Marked spots lengthen the panel, so the page has somewhere to scroll.
  for (const id of ['ql-left', 'ql-right', 'glute-med-left', 'glute-max-right', 'upper-trap-left', 'shoulder-blade-right']) {
    await page.evaluate((z) => window.knotmap.mark(z), id);
  }
  await page.evaluate(() => window.knotmap.select('glute-med-left'));
  await page.waitForTimeout(250);
  const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  assert.ok(maxScroll > 100, `the page is taller than the screen (${maxScroll}px to scroll)`);
  const before = (await page.evaluate(() => window.knotmap.zones())).find((z) => z.id === 'ql-left');

  await swipe(page, before.center.x, before.center.y, before.center.y - 250);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'a swipe on the map must not scroll');

  await swipe(page, 195, 800, 600);
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 100, `the page scrolled ${scrolled}px`);
  // The map moved up with the page, and zones() reports where it is now.
  await page.waitForTimeout(100);
  const after = (await page.evaluate(() => window.knotmap.zones())).find((z) => z.id === 'ql-left');
  assert.ok(Math.abs(before.center.y - scrolled - after.center.y) < 2, 'zone centers follow the scroll');
  await page.screenshot({ path: join(ARTIFACTS, 'map-phone-scrolled.png') });
  await page.context().close();
});
