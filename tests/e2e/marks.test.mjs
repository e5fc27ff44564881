// What the visitor marked lasts (issue 18): marks, today's plan and the selection survive a reload
// and reach a second tab; a mark is drawn unlike any score; the way home works by tap, click and
// keyboard; the keyboard card shows one control at a time, beside what it talks about.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, settled, coreWords, PHONE, DESKTOP, ARTIFACTS } from './browser.mjs';
import { countColorIn } from './pixels.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

const words = coreWords();
const answered = () => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] }));

test('marks, the plan and the selection survive a reload, and a second tab gets them and can change them', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  for (const id of ['ql-left', 'glute-max-right', 'laminar-lumbar-left']) assert.equal(await page.evaluate((z) => window.knotmap.mark(z, true), id), true);
  assert.equal(await page.evaluate(() => window.knotmap.mark('glute-max-right', false)), true);
  await page.evaluate(() => window.knotmap.select('glute-med-left'));
  await settled(page);
  await openApp(page, b.origin);  // loaded again: as a reload
  await page.waitForFunction(() => window.knotmap.marked().length === 2);
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), ['ql-left', 'laminar-lumbar-left'], 'in the order marked');
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'glute-med-left');
  // The plan is made from the marks: the way home shows it, in the page as on the canvas.
  await page.evaluate(() => window.knotmap.select(null));
  await settled(page);
  const plan = await page.locator('#knotmap-plan').innerText();
  assert.match(plan, /About \d+ minutes, in this order:/);
  assert.match(plan, /Side of waist, left/);
  assert.match(plan, /Low-back groove, left/);
  await page.screenshot({ path: join(ARTIFACTS, 'marks-phone-after-reload.png') });

  const two = await page.context().newPage();
  await openApp(two, b.origin);
  await two.waitForFunction(() => window.knotmap.marked().length === 2);
  assert.equal(await two.evaluate(() => window.knotmap.mark('ql-left', false)), true);
  // The first tab hears of it (the storage event) without doing anything itself.
  await page.waitForFunction(() => JSON.stringify(window.knotmap.marked()) === '["laminar-lumbar-left"]', null, { timeout: 5000 });
  await page.context().close();
});

test('an export carries the marks, delete everything forgets them, an import brings them back', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.mark('ql-right', true));
  const exported = await page.evaluate(() => Module.ccall('knotmap_call', 'string', ['string', 'string'], ['exportText', '[]']));
  assert.match(JSON.parse(exported), /"marks":\[\["ql-right",\d+,1\]\]/);
  await page.evaluate(() => Module.ccall('knotmap_call', 'string', ['string', 'string'], ['deleteAll', '[]']));
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), []);
  assert.equal(await page.evaluate(() => localStorage.getItem('knotmap-marks')), null);
  const result = await page.evaluate((text) => JSON.parse(Module.ccall('knotmap_call', 'string', ['string', 'string'], ['importText', JSON.stringify([text])])), JSON.parse(exported));
  assert.equal(result.ok, true);
  assert.deepEqual(await page.evaluate(() => window.knotmap.marked()), ['ql-right']);
  await page.context().close();
});

test('a marked spot is drawn in the marks violet, which no soreness score uses, and the legend explains it', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  const clip = { x: 0, y: 0, width: 720, height: 800 };
  const before = await countColorIn(page, clip, [98, 62, 184], 40);
  await page.evaluate(() => window.knotmap.mark('glute-max-left', true));
  await settled(page);
  const after = await countColorIn(page, clip, [98, 62, 184], 40);
  assert.ok(after > before + 100, `the pin and the legend's pin are drawn in violet (${before} -> ${after} pixels)`);
  await page.screenshot({ path: join(ARTIFACTS, 'marks-desktop-legend.png') });
  await page.context().close();
});

test('a hold logged with "skip" stores no scores, even after one was picked', async () => {
  const page = await b.newPage(DESKTOP);
  await page.clock.install({ time: new Date('2026-05-04T08:00:00Z') });
  await page.addInitScript(answered);
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.select('glute-med-right'));
  const start = page.locator('#knotmap-hold button', { hasText: /^Start \d+-second hold$/ });
  await start.waitFor({ state: 'attached' });
  await page.locator('#knotmap-hold select[name="before"]').selectOption('6');
  await start.focus();
  await page.keyboard.press('Enter');
  await page.clock.fastForward('00:31');
  const skip = page.locator('#knotmap-hold form button', { hasText: 'Skip the scores and save' });
  await skip.waitFor({ state: 'attached' });
  await skip.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.sessions().length === 1);
  const [session] = await page.evaluate(() => window.knotmap.sessions());
  assert.equal(session.painBefore, null);
  assert.equal(session.painAfter, null);
  await page.context().close();
});

test('the way home by click on the canvas (desktop) and by tap (phone)', async () => {
  for (const [profile, how] of [[DESKTOP, 'click'], [PHONE, 'tap']]) {
    const page = await b.newPage(profile);
    await openApp(page, b.origin);
    await page.evaluate(() => window.knotmap.mark('ql-left', true));
    await page.evaluate(() => window.knotmap.select('ql-left'));
    await settled(page);
    const box = await findWayHome(page);
    // On the phone, read a little way down first: the way home brings the map back into view.
    const down = how === 'tap' ? 200 : 0;
    await page.evaluate((y) => window.scrollTo(0, y), down);
    await settled(page);
    if (how === 'tap') await page.touchscreen.tap(box.x, box.y - down);
    else await page.mouse.click(box.x, box.y);
    await page.waitForFunction(() => window.knotmap.selected() === null);
    await page.waitForFunction(() => scrollY === 0, null, { timeout: 3000 });
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, `marks-way-home-${how}.png`) });
    if (how === 'tap') assert.match(await page.locator('#knotmap-plan').innerText(), /Side of waist, left/, 'the plan, under the map');
    await page.context().close();
  }
});

// The canvas has no DOM for its button: the way home is the first line of the panel, beside the
// map or under it (the map's place is what the page was told).
async function findWayHome(page) {
  return page.evaluate(() => {
    const map = Module.knotmapMapRect;
    const stacked = map.w >= innerWidth - 1;
    // The panel's padding is 20 CSS px, the button's 8 px tall padding around one 16 px line.
    const x = (stacked ? 0 : map.x + map.w) + 20 + 60;
    const y = (stacked ? map.y + map.h : 0) + 20 + 18;
    return { x, y };
  });
}

test('the keyboard card: one question at a time, labels that follow the state, bone says why, Tab reaches Wall/Floor/Chair', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await page.locator('#knotmap-zones button[data-zone="ql-left"]').focus();
  await page.keyboard.press('Enter');
  await settled(page);
  // Over the panel while a zone is focused, so the map's focus ring stays in view.
  const card = () => page.evaluate(() => document.getElementById('knotmap-dom').getBoundingClientRect().toJSON());
  const mapRight = await page.evaluate(() => Module.knotmapMapRect.x + Module.knotmapMapRect.w);
  assert.ok((await card()).left >= mapRight, 'a zone focused: the card is beside the map');
  await page.keyboard.press('m');
  await settled(page);
  assert.equal(await page.locator('#knotmap-mark').textContent(), words.Marked);
  assert.equal(await page.locator('#knotmap-mark').getAttribute('aria-pressed'), 'true');
  // The screening: only the focused question shows in the card, over the map (the panel has them all).
  await page.keyboard.press('Tab');
  while (!(await page.evaluate(() => document.activeElement.type === 'checkbox'))) await page.keyboard.press('Tab');
  await settled(page);
  const shown = await page.evaluate(() => Array.from(document.querySelectorAll('#knotmap-guide form label'))
    .filter((l) => l.getBoundingClientRect().width > 2).length);
  assert.equal(shown, 1, 'one question in the card at a time');
  assert.ok((await card()).right <= mapRight, 'a panel field focused: the card is over the map');
  await page.screenshot({ path: join(ARTIFACTS, 'marks-keyboard-card-question.png') });
  // Answer (none of these), then Tab reaches the Wall/Floor/Chair choice and changes it.
  await page.evaluate(() => window.knotmap.setScreening({ yes: [] }));
  await settled(page);
  await page.locator('#knotmap-mark').focus();
  let steps = 0;
  while (!(await page.evaluate(() => !!document.activeElement.dataset.position)) && steps++ < 20) await page.keyboard.press('Tab');
  assert.ok(steps < 20, 'Tab reaches the position choice');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.position), 'floor');
  await page.keyboard.press('Enter');
  await settled(page);
  assert.equal(await page.evaluate(() => window.knotmap.guide().position), 'floor');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.position), 'floor', 'focus stays on the choice');
  assert.match(await page.locator('#knotmap-guide h5').first().textContent(), /Floor/);
  // Bone: M can't mark it, and the card says so where the keys are explained.
  await page.locator('#knotmap-zones button[data-zone="avoid-spine"]').focus();
  await page.keyboard.press('m');
  await settled(page);
  assert.equal(await page.evaluate(() => window.knotmap.marked().includes('avoid-spine')), false);
  assert.match(await page.locator('#knotmap-zone-keys').textContent(), /can't mark it/);
  await page.screenshot({ path: join(ARTIFACTS, 'marks-keyboard-card-bone.png') });
  await page.context().close();
});

const core = (page, name, args = []) => page.evaluate(([n, a]) =>
  JSON.parse(Module.ccall('knotmap_call', 'string', ['string', 'string'], [n, JSON.stringify(a)])), [name, args]);

test('the note is typed in the page, with its limit shown, not in a browser prompt', async () => {
  const page = await b.newPage(PHONE);
  await page.addInitScript(answered);
  await openApp(page, b.origin);
  let prompted = false;
  page.on('dialog', (d) => { prompted = true; d.dismiss(); });
  await page.evaluate(() => window.knotmap.select('glute-med-right'));
  assert.equal((await core(page, 'openLogForm')), true);
  // What the canvas's "Add a short note" does: the page opens the field the core describes.
  const field = await core(page, 'noteField');
  assert.equal(field.limit, 140);
  await page.evaluate((f) => Module.knotmapPage.askNote(f), field);
  const dialog = page.locator('#knotmap-note');
  await dialog.waitFor();
  await page.keyboard.type('Left side eased 🙂');
  assert.equal(await dialog.locator('.knotmap-note-count').textContent(), '17 of 140 characters');
  await page.screenshot({ path: join(ARTIFACTS, 'marks-note-dialog-phone.png') });
  await dialog.locator('textarea').fill('x'.repeat(141));
  assert.equal(await dialog.locator('button[value="save"]').isDisabled(), true, 'over the limit: nothing is cut off unseen');
  await dialog.locator('textarea').fill('Left side eased 🙂');
  await dialog.locator('button[value="save"]').click();
  await page.waitForFunction(() => JSON.parse(Module.ccall('knotmap_call', 'string', ['string', 'string'], ['noteField', '[]'])).note !== '');
  assert.equal((await core(page, 'noteField')).note, 'Left side eased 🙂');
  assert.equal(prompted, false);
  await page.context().close();
});
