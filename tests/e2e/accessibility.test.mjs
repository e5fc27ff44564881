// Keyboards, screen readers and readers without the app: the zone buttons in the accessibility
// tree, a keyboard-only session from Tab to a logged session, axe-core in the page, and the
// static guide built into the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { launch, openApp, settled, PHONE, DESKTOP, ARTIFACTS, ROOT } from './browser.mjs';
import { countColorIn, pixelsOf, colorAt } from './pixels.mjs';

const content = JSON.parse(readFileSync(join(ROOT, 'assets', 'content.json'), 'utf8'));
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

async function seriousAxeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const focusedZone = (page) => page.evaluate(() => document.activeElement && document.activeElement.dataset.zone);

test('the accessibility tree lists every zone as a button with its name, grouped by region', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  const zones = await page.evaluate(() => window.knotmap.zones());
  assert.equal(zones.length, 22);
  const tree = await page.locator('#knotmap-zones').ariaSnapshot();
  for (const group of ['Upper back', 'Lower back', 'Hips']) assert.match(tree, new RegExp(`group "${group}"`));
  for (const zone of zones) {
    assert.ok(tree.includes(`button "${zone.name}"`), `${zone.id} ("${zone.name}") is in the accessibility tree:\n${tree}`);
    if (zone.side) assert.match(zone.name, new RegExp(zone.side), `${zone.id} says its side`);
  }
  // Pressed means marked sore, for screen readers as for the map's pins.
  await page.evaluate(() => window.knotmap.mark('ql-left'));
  await page.waitForFunction(() => document.querySelector('[data-zone="ql-left"]').getAttribute('aria-pressed') === 'true');
  assert.match(await page.locator('#knotmap-zones').ariaSnapshot(), /button "Side of the waist[^"]*left[^"]*" \[pressed\]/i);
  await page.context().close();
});

test('keyboard only: Tab to the map, arrows to a zone, select, mark sore, answer the safety check, run the hold, log a session', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await page.keyboard.press('Tab');
  const first = await focusedZone(page);
  assert.ok(first, 'the first Tab stop is the map');
  await page.screenshot({ path: join(ARTIFACTS, 'a11y-desktop-focus.png') });

  // Arrows follow the map's neighbours, which the app exposes with each zone.
  const zones = await page.evaluate(() => window.knotmap.zones());
  const byId = Object.fromEntries(zones.map((z) => [z.id, z]));
  let at = first;
  const route = ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight'];
  for (const key of route) {
    const expected = byId[at].neighbours[{ ArrowDown: 'down', ArrowUp: 'up', ArrowLeft: 'left', ArrowRight: 'right' }[key]] || at;
    await page.keyboard.press(key);
    at = await focusedZone(page);
    assert.equal(at, expected, `${key} from the previous zone`);
  }
  assert.equal(byId[at].kind, 'muscle', `the route ends on a muscle zone (${at})`);
  // Only one Tab stop for all the zones: Shift+Tab leaves the map, Tab comes back to the same zone.
  const tabStops = await page.evaluate(() => [...document.querySelectorAll('#knotmap-zones button')].filter((x) => x.tabIndex === 0).length);
  assert.equal(tabStops, 1);
  await page.screenshot({ path: join(ARTIFACTS, 'a11y-desktop-focus-ring.png') });

  await page.keyboard.press('Enter');
  await page.waitForFunction((z) => window.knotmap.selected() === z, at);
  await page.waitForFunction((name) => document.querySelector('#knotmap-guide h3')?.textContent === name, byId[at].name);
  await page.keyboard.press('m');
  await page.waitForFunction((z) => window.knotmap.marked().includes(z), at);
  assert.equal(await page.locator(`[data-zone="${at}"]`).getAttribute('aria-pressed'), 'true');

  // Tab on through the guide: the safety questions, answered from the keyboard.
  const form = page.locator('#knotmap-guide form');
  await form.waitFor();
  const onSubmit = () => page.evaluate(() => document.activeElement.matches('#knotmap-guide form [type="submit"]'));
  for (let i = 0; i < 40 && !(await onSubmit()); i++) await page.keyboard.press('Tab');
  assert.ok(await onSubmit(), 'Tab reaches the safety form\'s button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('#knotmap-guide form'));
  await page.waitForFunction(() => document.activeElement.matches('#knotmap-guide h3'), null, { timeout: 3000 });
  const guide = await page.locator('#knotmap-guide').innerText();
  assert.match(guide, /Which ball/);
  assert.match(guide, /How to do it/);

  // How sore before the hold (the canvas asks the same question on its hold card), then the hold:
  // announced when it starts and when it ends, not every second.
  await page.locator('#knotmap-hold select[name="before"]').focus();
  await page.keyboard.press('End');  // 10
  const start = page.locator('#knotmap-hold button', { hasText: /^Start \d+-second hold$/ });
  await start.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Hold started/.test(document.getElementById('knotmap-announce').textContent));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Stop the hold', 'focus stays on the hold controls');
  const announced = [];
  await page.exposeFunction('recordAnnouncement', (text) => announced.push(text));
  await page.evaluate(() => new MutationObserver(() => window.recordAnnouncement(document.getElementById('knotmap-announce').textContent))
    .observe(document.getElementById('knotmap-announce'), { childList: true, characterData: true, subtree: true }));
  await page.screenshot({ path: join(ARTIFACTS, 'a11y-desktop-hold.png') });
  await page.waitForFunction(() => /Hold finished/.test(document.getElementById('knotmap-announce').textContent), null, { timeout: 40000 });
  assert.deepEqual(announced.filter(Boolean), ['Hold finished. How does it feel now?'], 'one announcement at the end, none while it ran');

  // How does it feel now: the log form, from the keyboard. Its score starts unchosen.
  const log = page.locator('#knotmap-hold form');
  await log.waitFor();
  assert.equal(await log.locator('select[name="before"]').count(), 0, 'asked before the hold, not again');
  assert.equal(await log.locator('select[name="after"]').inputValue(), '', 'no preset score');
  await log.locator('select[name="after"]').focus();
  await page.keyboard.press('Home');  // not said
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');  // 3
  await log.locator('input[name="note"]').focus();
  await page.keyboard.type('keyboard only');
  await page.keyboard.press('Enter');
  // Said by the data tools' status line, in the core's words.
  await page.waitForFunction(() => document.getElementById('knotmap-data-result').textContent === 'Session saved on this device.');
  const sessions = await page.evaluate(() => window.knotmap.sessions());
  assert.equal(sessions.length, 1);
  assert.equal(sessions[0].zone, at);
  assert.equal(sessions[0].painBefore, 10);
  assert.equal(sessions[0].painAfter, 3);
  assert.equal(sessions[0].note, 'keyboard only');
  assert.equal(sessions[0].durationSec, 30);
  await page.context().close();
});

test('Escape in the DOM layer closes the log form and keeps focus in the page', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.select('glute-med-right'));
  const open = page.locator('#knotmap-hold button', { hasText: 'Log a session' });
  await open.focus();
  await page.keyboard.press('Enter');
  await page.locator('#knotmap-hold form').waitFor();
  await page.locator('#knotmap-hold select[name="after"]').focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#knotmap-hold form'));
  // Focus lands on the hold's first control, not on the page's start (where a keyboard user
  // would have to Tab through everything again).
  const focused = await page.evaluate(() => ({
    inHold: document.getElementById('knotmap-hold').contains(document.activeElement),
    text: document.activeElement.textContent,
  }));
  assert.deepEqual(focused, { inHold: true, text: 'Start 30-second hold' });
  await page.context().close();
});

// The canvas's "When to see a doctor" button, found on screen: it sits right of the panel's
// first accent-filled button ("It hurts here: mark as sore"), on the same line.
async function redFlagsButton(page) {
  const clip = { x: 640, y: 0, width: 640, height: 800 };
  const shot = await pixelsOf(page, clip);
  const accent = [31, 111, 104];
  // A filled button: an unbroken run of accent pixels (accent text above it has gaps).
  for (let y = 0; y < shot.height; y++) {
    let start = -1;
    for (let x = 0; x <= shot.width; x++) {
      const i = 4 * (y * shot.width + x);
      const on = x < shot.width &&
        Math.abs(shot.data[i] - accent[0]) + Math.abs(shot.data[i + 1] - accent[1]) + Math.abs(shot.data[i + 2] - accent[2]) < 6;
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (x - 1 - start > 100) return { x: clip.x + x - 1 + 70, y: clip.y + y + 12 };
        start = -1;
      }
    }
  }
  throw new Error('the panel\'s first button was not found');
}

test('Escape closes the canvas\'s popups, from the canvas and from the DOM layer', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.select('glute-med-right'));
  await settled(page);
  // The popup's title bar is a pale red that nothing else on the screen has.
  const view = { x: 0, y: 0, ...page.viewportSize() };
  const popupShown = async () => (await countColorIn(page, view, [252, 222, 217], 3)) > 2000;
  assert.ok(!(await popupShown()), 'no popup at first');
  // And it dims the page behind it all the way (the fade is drawn to its end, not paused).
  const backdrop = { x: 60, y: 760 };
  const undimmed = await colorAt(page, backdrop);
  const button = await redFlagsButton(page);
  for (const from of ['canvas', 'dom']) {
    await page.mouse.click(button.x, button.y);
    await settled(page);
    assert.ok(await popupShown(), `${from}: the red flags popup opened`);
    const behind = await colorAt(page, backdrop);
    assert.ok(behind[0] < undimmed[0] - 40, `${from}: the page behind is dimmed (${undimmed} -> ${behind})`);
    await page.screenshot({ path: join(ARTIFACTS, 'a11y-desktop-red-flags-popup.png') });
    if (from === 'dom') await page.locator('[data-zone="glute-med-right"]').focus();
    await page.keyboard.press('Escape');
    await settled(page);
    assert.ok(!(await popupShown()), `${from}: Escape closed it`);
  }
  await page.context().close();
});

test('keyboard: Home and End reach the first and last zone, M marks and unmarks, M on bone says why', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  const order = await page.$$eval('#knotmap-zones button[data-zone]', (els) => els.map((e) => e.dataset.zone));
  await page.keyboard.press('Tab');
  assert.equal(await focusedZone(page), order[0]);
  await page.keyboard.press('End');
  assert.equal(await focusedZone(page), order[order.length - 1]);
  await page.keyboard.press('Home');
  assert.equal(await focusedZone(page), order[0]);

  await page.locator('[data-zone="ql-left"]').focus();
  await page.keyboard.press('m');
  await page.waitForFunction(() => window.knotmap.marked().includes('ql-left'));
  await page.keyboard.press('M');
  await page.waitForFunction(() => !window.knotmap.marked().includes('ql-left'));
  await settled(page);
  assert.equal(await page.getAttribute('[data-zone="ql-left"]', 'aria-pressed'), 'false');

  await page.locator('[data-zone="avoid-spine"]').focus();
  const spine = await page.evaluate(() => window.knotmap.zones().find((z) => z.id === 'avoid-spine').name);
  await page.keyboard.press('m');
  await page.waitForFunction((name) => document.getElementById('knotmap-announce').textContent === name + ' is bone, not a spot to mark.', spine);
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), []);
  assert.equal(await page.getAttribute('[data-zone="avoid-spine"]', 'aria-pressed'), 'false');
  await page.context().close();
});

test('axe-core finds no serious or critical problem, in light and dark, with the layer open', async () => {
  for (const query of ['', '?theme=dark']) {
    const page = await b.newPage(PHONE);
    await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
    await openApp(page, b.origin, '/' + query);
    assert.deepEqual(await seriousAxeViolations(page), [], `on load ${query}`);
    await page.evaluate(() => { window.knotmap.select('ql-right'); window.knotmap.mark('ql-right'); });
    await page.waitForFunction(() => document.querySelector('#knotmap-guide h3'));
    await page.locator('[data-zone="ql-right"]').focus();
    await page.screenshot({ path: join(ARTIFACTS, `a11y-phone-layer${query ? '-dark' : ''}.png`) });
    assert.deepEqual(await seriousAxeViolations(page), [], `with a zone chosen and the layer open ${query}`);
    await page.context().close();
  }
});

test('the page holds the whole guide as HTML, shown without JavaScript, and when the app fails', async () => {
  const html = await (await fetch(`${b.origin}/`)).text();
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  const zones = await page.evaluate(() => window.knotmap.zones());
  await page.context().close();
  const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');  // quotes stay as they are in text
  const fallback = html.slice(html.indexOf('<section id="knotmap-fallback"'));
  assert.ok(fallback.length > 1000, 'the page carries the static guide');
  for (const zone of zones) {
    const article = fallback.match(new RegExp(`<article [^>]*data-zones="[^"]*\\b${zone.id}\\b[^"]*"[^>]*>(.*?)</article>`));
    assert.ok(article, `${zone.id} has its guidance in the page`);
    const family = content.families.find((f) => f.family === zone.id.replace(/-(left|right)$/, ''));
    assert.ok(article[1].includes(text(family.where)), `${zone.id}: where`);
    if (family.whyNot) assert.ok(article[1].includes(text(family.whyNot)), `${zone.id}: why not`);
    else {
      for (const steps of Object.values(family.technique)) for (const step of steps) assert.ok(article[1].includes(text(step)), `${zone.id}: ${step}`);
      for (const caution of family.cautions) assert.ok(article[1].includes(text(caution)), `${zone.id}: ${caution}`);
    }
  }
  for (const flag of content.redFlags) assert.ok(fallback.includes(text(flag.question)), `red flag: ${flag.id}`);
  // Each muscle's balls (and those to avoid, with why), its sources, and the safety questions.
  const ballName = (id) => content.balls.find((ball) => ball.id === id).name;
  const sourceOf = (id) => content.sources.find((source) => source.id === id);
  for (const family of content.families) {
    const article = fallback.match(new RegExp(`<article [^>]*data-zones="[^"]*\\b${family.family}-(left|right)\\b[^"]*"[^>]*>(.*?)</article>`)) ||
      fallback.match(new RegExp(`<article [^>]*data-zones="[^"]*\\b${family.family}\\b[^"]*"[^>]*>(.*?)</article>`));
    assert.ok(article, `${family.family} has an article`);
    const body = article[article.length - 1];
    for (const ball of family.balls || []) {
      assert.ok(body.includes(text(ballName(ball.ball))), `${family.family}: ball ${ball.ball}`);
      assert.ok(body.includes(text(ball.why)), `${family.family}: why ${ball.ball}`);
    }
    for (const ball of family.avoidBalls || []) assert.ok(body.includes(text(ball.why)), `${family.family}: avoid ${ball.ball}`);
    for (const id of family.sources || []) assert.ok(body.includes(text(sourceOf(id).title)), `${family.family}: source ${id}`);
  }
  for (const question of content.generalCautions) {
    assert.ok(fallback.includes(text(question.label)), `safety question: ${question.label}`);
    assert.ok(fallback.includes(text(question.advice)), `its advice: ${question.advice}`);
  }

  // Without JavaScript: the guide shows, the canvas doesn't.
  const ctx = await b.newPage({ ...PHONE, javaScriptEnabled: false });
  await ctx.goto(b.origin + '/');
  assert.ok(await ctx.locator('#knotmap-fallback').isVisible());
  assert.ok(!(await ctx.locator('#canvas').isVisible()));
  await ctx.screenshot({ path: join(ARTIFACTS, 'a11y-phone-no-js.png') });
  await ctx.context().close();

  // The app can't start (its wasm is missing): a message, then the same guide, and axe is happy.
  const failing = await b.newPage(DESKTOP);
  await failing.route('**/knotmap.wasm', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await failing.goto(b.origin + '/');
  await failing.locator('#knotmap-fallback').waitFor({ state: 'visible', timeout: 15000 });
  assert.match(await failing.locator('#knotmap-status').innerText(), /Knotmap couldn/);
  await failing.screenshot({ path: join(ARTIFACTS, 'a11y-desktop-failed.png') });
  assert.deepEqual(await seriousAxeViolations(failing), [], 'the fallback page');
  await failing.context().close();
});

test('the canvas text follows the reader\'s default font size', async () => {
  const heights = [];
  for (const size of [null, '24px']) {
    const page = await b.newPage(PHONE);
    await page.addInitScript((px) => {
      localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] }));
      // What a reader's "font size: large" setting does to the page's root font size.
      if (px) document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = px; });
    }, size);
    await openApp(page, b.origin);
    await page.evaluate(() => window.knotmap.select('ql-left'));
    await settled(page);
    heights.push(await page.evaluate(() => document.documentElement.scrollHeight));
    if (size) await page.screenshot({ path: join(ARTIFACTS, 'a11y-phone-large-text.png') });
    await page.context().close();
  }
  // 1.5 times the type: the guidance panel wraps into more lines, so the page grows.
  assert.ok(heights[1] > heights[0] * 1.25, `page height ${heights[0]} -> ${heights[1]}`);
});

// The breathing disc: the accent at 11% over the hold card's soft tint, a colour nothing else has.
const BREATHING_DISC = [194, 222, 218];

test('with reduced motion the breathing disc is not drawn: only the countdown moves', async () => {
  const samples = {};
  for (const motion of ['no-preference', 'reduce']) {
    const page = await b.newPage({ ...DESKTOP, reducedMotion: motion });
    await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
    await openApp(page, b.origin);
    await page.evaluate(() => window.knotmap.select('glute-med-right'));
    const start = page.locator('#knotmap-hold button', { hasText: /^Start \d+-second hold$/ });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Stop the hold/.test(document.getElementById('knotmap-hold').textContent));
    await page.evaluate(() => document.activeElement.blur());  // the DOM layer's card goes, the canvas shows whole
    const view = { x: 0, y: 0, ...page.viewportSize() };
    const count = () => countColorIn(page, view, BREATHING_DISC, 3);
    const drawnAfterScroll = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The hold card is far down the panel: the scroll position showing the most of the disc's
    // colour (under reduced motion, the same position as with motion).
    if (motion === 'no-preference') {
      const bottom = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      let best = { y: 0, n: -1 };
      for (let y = 0; y <= bottom + 299; y += 300) {
        await page.evaluate((to) => window.scrollTo(0, to), Math.min(y, bottom));
        await drawnAfterScroll();
        const n = await count();
        if (n > best.n) best = { y: Math.min(y, bottom), n };
      }
      samples.scrollY = best.y;
    }
    await page.evaluate((to) => window.scrollTo(0, to), samples.scrollY);
    await drawnAfterScroll();
    samples[motion] = [];
    for (let i = 0; i < 4; i++) {
      samples[motion].push(await count());
      await page.waitForTimeout(400);  // sampling a running animation at intervals
    }
    await page.screenshot({ path: join(ARTIFACTS, `a11y-desktop-hold-${motion}.png`) });
    await page.context().close();
  }
  const moving = samples['no-preference'];
  assert.ok(Math.min(...moving) > 300, `the disc is drawn during a hold: ${moving}`);
  assert.ok(new Set(moving).size > 1, `and it changes size from one moment to the next: ${moving}`);
  // Under reduced motion only stray pixels of that colour are left (the anti-aliased edges of the
  // card's teal text and countdown ring): a tenth of the smallest disc at most.
  assert.ok(Math.max(...samples.reduce) < Math.min(...moving) / 10, `with reduced motion it is not drawn: ${samples.reduce}`);
});
