// A fingertip on the phone (issue 19): a tap on a crowded place zooms in, the next tap picks;
// knotmap.zones() reports where each zone is now, zoomed or not; select(null) and the map's own
// button go back to the whole back; a mouse stays one click; reduced motion makes the zoom a cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, settled, PHONE, DESKTOP, ARTIFACTS } from './browser.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

const zone = (page, id) => page.evaluate((i) => window.knotmap.zones().find((z) => z.id === i), id);
const mapRect = (page) => page.evaluate(() => Module.knotmapMapRect);

for (const id of ['laminar-lumbar-left', 'avoid-spine']) {
  test(`two taps reach ${id}: the first zooms in, the second, at the centre as now reported, picks it`, async () => {
    const page = await b.newPage(PHONE);
    await openApp(page, b.origin);
    const box = await page.locator('#canvas').boundingBox();
    const before = await zone(page, id);
    // The first tap off the centre, as a finger lands, towards a neighbour: where the fingertip
    // covers both, the place is crowded and the map zooms in.
    let now = before;
    for (const dx of [5, 7, 9, 11, 13]) {
      await page.evaluate(() => window.knotmap.select(null));
      await settled(page);
      await page.touchscreen.tap(box.x + before.center.x + dx, box.y + before.center.y + 2);
      await settled(page);
      now = await zone(page, id);
      if (now.center.x !== before.center.x || now.center.y !== before.center.y) break;
    }
    assert.notDeepEqual(now.center, before.center, 'the map zoomed: the zone is somewhere else on screen');
    const map = await mapRect(page);
    assert.ok(now.center.x > map.x && now.center.x < map.x + map.w && now.center.y > map.y && now.center.y < map.y + map.h,
      'and it shows in the map');
    assert.notEqual(await page.evaluate(() => window.knotmap.selected()), id.endsWith('-left') ? id.replace('-left', '-right') : 'never');
    await page.screenshot({ path: join(ARTIFACTS, `finger-zoomed-${id}.png`) });
    await page.touchscreen.tap(box.x + now.center.x, box.y + now.center.y);
    await settled(page);
    assert.equal(await page.evaluate(() => window.knotmap.selected()), id);
    // select(null) is the whole back again: every centre where it was at the start.
    await page.evaluate(() => window.knotmap.select(null));
    await settled(page);
    assert.deepEqual((await zone(page, id)).center, before.center);
    await page.context().close();
  });
}

test("the zoomed map's own button goes back to the whole back and keeps the selection", async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  const box = await page.locator('#canvas').boundingBox();
  const before = await zone(page, 'laminar-thoracic-right');
  await page.touchscreen.tap(box.x + before.center.x + 4, box.y + before.center.y + 2);  // a finger, a little off
  await settled(page);
  assert.notDeepEqual((await zone(page, 'laminar-thoracic-right')).center, before.center);
  const selected = await page.evaluate(() => window.knotmap.selected());
  // "← Whole back" sits at the bottom left of the map (src/app/map_view.cpp).
  const map = await mapRect(page);
  await page.touchscreen.tap(box.x + map.x + 40, box.y + map.y + map.h - 34);
  await settled(page);
  assert.deepEqual((await zone(page, 'laminar-thoracic-right')).center, before.center);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), selected);
  await page.context().close();
});

test('a mouse stays one click, even on a groove beside the spine', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  const box = await page.locator('#canvas').boundingBox();
  const before = await zone(page, 'laminar-lumbar-right');
  await page.mouse.click(box.x + before.center.x, box.y + before.center.y);
  await settled(page);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'laminar-lumbar-right');
  assert.deepEqual((await zone(page, 'laminar-lumbar-right')).center, before.center, 'no zoom');
  await page.context().close();
});

test('with reduced motion the zoom is a cut: the first frame that moves the map is already the zoomed view', async () => {
  const justAfterTap = async (options) => {
    const context = await b.newPage({ ...PHONE, ...options }).then((p) => p.context());
    const page = context.pages()[0];
    await openApp(page, b.origin);
    const box = await page.locator('#canvas').boundingBox();
    const g = await zone(page, 'laminar-lumbar-left');
    // Watched frame by frame from before the tap: the first place the zone is reported away from
    // where it started (the tap counts as the finger lifts).
    const first = page.evaluate((start) => new Promise((resolve) => {
      const look = () => {
        const c = window.knotmap.zones().find((z) => z.id === 'laminar-lumbar-left').center;
        if (c.x !== start.x || c.y !== start.y) resolve(c);
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }), g.center);
    await page.touchscreen.tap(box.x + g.center.x + 4, box.y + g.center.y + 2);  // a finger, a little off
    const early = await first;
    await settled(page);
    const end = (await zone(page, 'laminar-lumbar-left')).center;
    await context.close();
    return Math.hypot(end.x - early.x, end.y - early.y);
  };
  const moving = await justAfterTap({});
  const cut = await justAfterTap({ reducedMotion: 'reduce' });
  assert.ok(moving > 1, `with motion, the first frame that moves the map is on its way (${moving.toFixed(1)} px from its end)`);
  assert.ok(cut < 0.5, `with reduced motion, it is already there (${cut.toFixed(1)} px from its end)`);
});

// Two fingers through the real input pipeline: the first stays where it lands (so only the
// second finger's spread can tell this from a tap), the second lands `from` CSS px to its right
// and moves to `to` px from it over ten moves; then both lift. Returns where their midpoint ended.
async function pinch(page, first, from, to) {
  const cdp = await page.context().newCDPSession(page);
  const points = (d) => [{ x: first.x, y: first.y, id: 1 }, { x: first.x + d, y: first.y, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * i) / 10) });
    await page.waitForTimeout(16);  // a finger's pace: one move a frame
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settled(page);
  return { x: first.x + to / 2, y: first.y };
}

test('two fingers pinch the map larger about the point between them, select nothing, and pinch back to the whole back', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  const box = await page.locator('#canvas').boundingBox();
  const left = await zone(page, 'laminar-lumbar-left'), right = await zone(page, 'laminar-lumbar-right');
  const between = { x: (left.center.x + right.center.x) / 2, y: left.center.y };
  // Fingers 60 px apart about the spine, spread to 180: the map three times as large, and the
  // spine (under their midpoint at the start) under their midpoint at the end.
  const end = await pinch(page, { x: box.x + between.x - 30, y: box.y + between.y }, 60, 180);
  const left2 = await zone(page, 'laminar-lumbar-left'), right2 = await zone(page, 'laminar-lumbar-right');
  const spread = (right2.center.x - left2.center.x) / (right.center.x - left.center.x);
  assert.ok(spread > 2.6 && spread < 3.4, `the grooves are three times as far apart (${spread.toFixed(2)})`);
  assert.ok(Math.abs(box.x + (left2.center.x + right2.center.x) / 2 - end.x) < 4, 'and the spine is under the fingers');
  assert.equal(await page.evaluate(() => window.knotmap.selected()), null, 'a pinch is no tap');
  await page.screenshot({ path: join(ARTIFACTS, 'finger-pinched.png') });
  // Zoomed by the fingers, one tap picks a groove.
  await page.touchscreen.tap(box.x + left2.center.x, box.y + left2.center.y);
  await settled(page);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'laminar-lumbar-left');
  // Closing the fingers again: the whole back, every zone where it was.
  await pinch(page, { x: box.x + between.x - 90, y: box.y + between.y }, 180, 50);
  assert.deepEqual((await zone(page, 'laminar-lumbar-left')).center, left.center);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'laminar-lumbar-left', 'the selection stays');
  await page.context().close();
});

test('a finger that slides on the map is no tap: it selects nothing', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  const box = await page.locator('#canvas').boundingBox();
  const ql = await zone(page, 'ql-left');
  const cdp = await page.context().newCDPSession(page);
  const at = (dx) => [{ x: box.x + ql.center.x + dx, y: box.y + ql.center.y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (const dx of [10, 20, 30, 40]) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(dx) });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settled(page);
  assert.equal(await page.evaluate(() => window.knotmap.selected()), null);
  await page.context().close();
});
