// An embed that fits a post: about one phone screen as it opens (the map and a short summary),
// the rest as sections the reader opens (the canvas and the DOM layer render the same rows), the
// desktop layout beside the map, compact visibly smaller, and where the history lives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, settled, DESKTOP, PHONE, ARTIFACTS } from './browser.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

// The demo blog's embeds, each scrolled near (they load lazily) and started.
async function loadEmbeds(page) {
  await page.goto(b.origin + '/demo-blog.html');
  const embeds = [];
  for (const host of await page.$$('[data-knotmap]')) {
    await host.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => {
      const f = el.querySelector('iframe');
      return f && f.src && f.contentWindow && f.contentWindow.knotmap;
    }, host, { timeout: 30000 });
    const handle = await host.$('iframe');
    const frame = await handle.contentFrame();
    await frame.evaluate(() => window.knotmap.ready);
    embeds.push({ handle, frame });
  }
  return embeds;
}

// The frame's height once the widget has drawn and the page has sized the iframe to it.
async function heightOf({ handle, frame }) {
  await settled(frame);
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
  await handle.evaluate((f, h) => new Promise((resolve) => {
    const check = () => (Math.abs(f.getBoundingClientRect().height - h) <= 2 ? resolve() : requestAnimationFrame(check));
    check();
  }), inner);
  return Math.round((await handle.boundingBox()).height);
}

// As a keyboard user does: the DOM layer's button, focused, and Enter.
// Then waits for the DOM layer's rendering of the new rows (a task after the canvas's frame).
async function press(frame, selector) {
  const revision = await frame.evaluate(() => window.knotmap.guide().sections.map((r) => r.open).join());
  await (await frame.frameElement()).scrollIntoViewIfNeeded();  // on screen, as for the reader (out of view it draws nothing)
  await frame.locator(selector).focus();
  await frame.locator(selector).press('Enter');
  await frame.waitForFunction((before) => window.knotmap.guide().sections.map((r) => r.open).join() !== before, revision);
  await settled(frame);
  await frame.waitForFunction(() => window.knotmap.guide().sections.every((r) => {
    const button = document.querySelector(`#knotmap-guide [data-section="${r.id}"]`);
    return button && button.getAttribute('aria-expanded') === String(r.open);
  }));
}

const domSections = (frame, box = '#knotmap-guide') => frame.$$eval(`${box} [data-section]`,
  (buttons) => buttons.map((b) => ({ id: b.dataset.section, open: b.getAttribute('aria-expanded') === 'true' })));

test('phone: each embed opens about one screen tall, and stays so after a tap and the safety check', async () => {
  const page = await b.newPage(PHONE);
  const embeds = await loadEmbeds(page);
  const opened = [];
  for (const embed of embeds) opened.push(await heightOf(embed));
  // 844 px is the whole screen: the map and the summary are in it, the last tiles just below.
  for (const h of opened) assert.ok(h <= 900, `an embed opens ${h} px tall (was about 3,600 before sections)`);
  const [first, second] = embeds;
  assert.ok(opened[1] < opened[0], `compact (${opened[1]} px) is smaller than the default (${opened[0]} px)`);
  const [mapDefault, mapCompact] = await Promise.all(embeds.map((e) => e.frame.evaluate(() => Module.knotmapMapRect.h)));
  assert.ok(mapCompact < mapDefault * 0.9, `compact's map ${mapCompact} px, the default's ${mapDefault} px`);
  // A new reader taps another muscle and answers the safety check: still about a screen.
  await first.handle.scrollIntoViewIfNeeded();
  const zone = await first.frame.evaluate(() => window.knotmap.zones().find((z) => z.id === 'glute-med-right'));
  const box = await first.handle.boundingBox();
  await page.touchscreen.tap(box.x + zone.center.x, box.y + zone.center.y);
  await first.frame.waitForFunction(() => window.knotmap.selected() === 'glute-med-right');
  await first.frame.evaluate(() => window.knotmap.setScreening({ yes: [] }));
  const tapped = await heightOf(first);
  assert.ok(tapped <= 950, `after a tap and the check: ${tapped} px`);
  await first.handle.screenshot({ path: join(ARTIFACTS, 'embed-fit-phone-tapped.png') });
  await second.handle.scrollIntoViewIfNeeded();
  await second.handle.screenshot({ path: join(ARTIFACTS, 'embed-fit-phone-compact.png') });
  assert.deepEqual(page.knotmapLog.errors, []);
  await page.context().close();
});

test('desktop: the embed puts its panel beside the map and stays within a screen', async () => {
  const page = await b.newPage(DESKTOP);
  const embeds = await loadEmbeds(page);
  for (const embed of embeds) {
    const h = await heightOf(embed);
    const width = (await embed.handle.boundingBox()).width;
    const map = await embed.frame.evaluate(() => Module.knotmapMapRect);
    assert.ok(map.w <= width * 0.55, `the map takes ${map.w} of ${width} px: the panel is beside it`);
    assert.ok(h <= 800, `the embed is ${h} px tall`);
  }
  await embeds[0].handle.scrollIntoViewIfNeeded();
  await embeds[0].handle.screenshot({ path: join(ARTIFACTS, 'embed-fit-desktop.png') });
  await page.context().close();
});

test('sections: the DOM layer has the core\'s rows; opening one shows the safety check first, then its guidance, on the canvas too', async () => {
  const page = await b.newPage(PHONE);
  const [first] = await loadEmbeds(page);
  const { frame } = first;
  await first.handle.scrollIntoViewIfNeeded();  // an embed out of view draws nothing, and so renders nothing
  await settled(frame);
  const rows = await frame.evaluate(() => window.knotmap.guide().sections);
  assert.deepEqual(rows.map((r) => r.id), ['ball', 'steps', 'dose', 'history', 'care', 'doctor']);
  assert.deepEqual(await domSections(frame), rows.map((r) => ({ id: r.id, open: false })));
  // Nothing of the guidance is shown yet: no ball list, no steps.
  assert.equal(await frame.locator('#knotmap-guide ol').count(), 0);
  const closed = await heightOf(first);

  await press(frame, '#knotmap-guide [data-section="ball"]');
  await frame.waitForFunction(() => window.knotmap.guide().sections.find((r) => r.id === 'ball').open);
  await settled(frame);
  assert.deepEqual((await domSections(frame)).filter((r) => r.open).map((r) => r.id), ['ball']);
  // Before the answers, the section holds the safety check, in both renderings.
  assert.equal(await frame.locator('#knotmap-guide form').count(), 1);
  const checking = await heightOf(first);
  assert.ok(checking > closed + 600, `the canvas drew the check (${closed} -> ${checking} px)`);
  await frame.evaluate(() => window.knotmap.setScreening({ yes: [] }));
  await settled(frame);
  assert.equal(await frame.locator('#knotmap-guide form').count(), 0);
  const balls = await frame.locator('#knotmap-guide ol').first().innerText();
  assert.match(balls, /medicine ball/i);
  const ball = await heightOf(first);
  assert.ok(ball > closed + 100 && ball < checking, `the ball section (${ball} px) between closed and the check`);
  await first.handle.screenshot({ path: join(ARTIFACTS, 'embed-fit-phone-ball.png') });

  // One at a time: opening the steps closes the ball; the hold shows under the steps only.
  await press(frame, '#knotmap-guide [data-section="steps"]');
  await frame.waitForFunction(() => window.knotmap.guide().sections.find((r) => r.id === 'steps').open);
  await settled(frame);
  assert.deepEqual((await domSections(frame)).filter((r) => r.open).map((r) => r.id), ['steps']);
  assert.ok(await frame.locator('#knotmap-guide [data-position]').count() >= 2, 'the wall / floor / chair choice');
  assert.ok((await frame.locator('#knotmap-hold').innerText()).length > 0, 'the guided hold is under the steps');
  // The doctor section needs no answers; closing the open one returns to the short panel.
  await press(frame, '#knotmap-guide [data-section="doctor"]');
  await frame.waitForFunction(() => window.knotmap.guide().sections.find((r) => r.id === 'doctor').open);
  await settled(frame);
  assert.match(await frame.locator('#knotmap-guide').innerText(), /When to see a doctor instead/);
  assert.equal((await frame.locator('#knotmap-hold').innerText()).trim(), '', 'no hold outside the steps');
  await press(frame, '#knotmap-guide [data-section="doctor"]');
  await frame.waitForFunction(() => window.knotmap.guide().sections.every((r) => !r.open));
  const again = await heightOf(first);
  assert.ok(Math.abs(again - closed) < 120, `closed again: ${again} px (${closed} px before the answers)`);
  assert.deepEqual(page.knotmapLog.errors, []);
  await page.context().close();
});

test('embedded, the history says where it lives and links to Knotmap\'s own page with the same options', async () => {
  const page = await b.newPage(DESKTOP);
  const [first, second] = await loadEmbeds(page);
  await first.handle.scrollIntoViewIfNeeded();
  await settled(first.frame);
  const link = first.frame.locator('#knotmap-open-tab');
  assert.match(await first.frame.locator('#knotmap-place').innerText(), /kept on this blog, in this browser only/);
  assert.equal(await link.getAttribute('target'), '_blank');
  const href = await link.evaluate((a) => a.href);
  const url = new URL(href);
  assert.equal(url.pathname, '/index.html');
  assert.equal(url.searchParams.get('zone'), 'ql-left');
  assert.equal(url.searchParams.get('accent'), 'b0552f');
  assert.equal(url.searchParams.get('embed'), null, 'the full page, not the embed');
  // The reader's tap opens it in its own tab, where the widget is Knotmap's own page.
  const [tab] = await Promise.all([page.context().waitForEvent('page'), link.evaluate((a) => a.click())]);
  await tab.waitForFunction(() => window.knotmap && window.knotmap.ready, null, { timeout: 30000 });
  await tab.evaluate(() => window.knotmap.ready);
  assert.equal(await tab.evaluate(() => window.knotmap.selected()), 'ql-left');
  assert.equal(await tab.evaluate(() => window.parent === window), true);
  await tab.close();
  // progress=off keeps no history: nothing to say.
  assert.equal((await second.frame.locator('#knotmap-place').innerText()).trim(), '');
  await page.context().close();
});

test('without storage, the notice stays and the page offers Knotmap in its own tab', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(() => { Storage.prototype.getItem = function () { throw new Error('blocked'); }; });
  await page.goto(b.origin + '/index.html?zone=ql-left&theme=dark');
  await page.waitForFunction(() => window.knotmap && window.knotmap.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.knotmap.ready);
  await settled(page);
  assert.match(await page.locator('#knotmap-notice').innerText(), /won.t be kept|blocking storage/);
  const href = await page.locator('#knotmap-open-tab').evaluate((a) => a.href);
  assert.equal(new URL(href).search, '?zone=ql-left&theme=dark');
  await page.context().close();
});
