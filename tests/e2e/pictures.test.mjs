// The technique pictures (issue 20): every muscle zone's positions have a picture whose text
// alternative the DOM layer carries as an image, the same as knotmap.guide() reports; the static
// guide (no JavaScript) has one <svg> with a <title> per family and position; no picture is
// offered for a guide the visitor's answers block; and they arrive after the first map frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openApp, settled, PHONE, DESKTOP, ARTIFACTS, ROOT } from './browser.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

const answered = (page, yes = []) => page.addInitScript((ids) => {
  localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: ids }));
}, yes);
const picturesArrived = (page) => page.waitForFunction(() => {
  window.knotmap.select('ql-left');
  const g = window.knotmap.guide();
  return g && g.positions.length && g.positions[0].picture;
}, null, { timeout: 10000, polling: 50 });

test("every muscle zone's positions each have a picture, named by its text alternative in the DOM layer", async () => {
  const page = await b.newPage(DESKTOP);
  await answered(page);
  await openApp(page, b.origin);
  await picturesArrived(page);
  const muscles = (await page.evaluate(() => window.knotmap.zones())).filter((z) => z.kind === 'muscle');
  assert.equal(muscles.length, 16);
  for (const zone of muscles) {
    await page.evaluate((id) => window.knotmap.select(id), zone.id);
    const g = await page.evaluate(() => window.knotmap.guide());
    for (const p of g.positions) {
      assert.ok(p.picture && p.picture.alt.length > 60, `${zone.id} ${p.id}: a picture with a text alternative`);
      await page.evaluate((id) => Module.ccall('knotmap_call', 'string', ['string', 'string'], ['choosePosition', JSON.stringify([id])]), p.id);
      await page.waitForFunction((id) => document.querySelector('#knotmap-guide button[data-position="' + id + '"][aria-pressed="true"]'), p.id);
      const named = await page.locator('#knotmap-guide').getByRole('img', { name: p.picture.alt, exact: true }).count();
      assert.equal(named, 1, `${zone.id} ${p.id}: the DOM layer's image is named by it`);
    }
    const beside = ['laminar-thoracic', 'laminar-lumbar', 'erector-lumbar'].some((f) => zone.id.startsWith(f));
    assert.equal(Boolean(g.groove), beside, `${zone.id}: how far from the spine, only beside it`);
    if (beside) assert.equal(await page.locator('#knotmap-guide').getByRole('img', { name: g.groove.alt, exact: true }).count(), 1);
  }
  await page.context().close();
});

test('a guide the answers block offers no picture; the gentle rules leave the wall and the chair pictures', async () => {
  const page = await b.newPage(PHONE);
  await answered(page, ['osteoporosis']);
  await openApp(page, b.origin);
  await picturesArrived(page);
  const gentle = await page.evaluate(() => window.knotmap.guide());
  assert.deepEqual(gentle.positions.map((p) => p.id), ['wall', 'chair']);
  assert.ok(gentle.positions.every((p) => p.picture && p.picture.alt));
  await page.evaluate(() => window.knotmap.setScreening({ yes: ['chest-pain'] }));
  await settled(page);
  const blocked = await page.evaluate(() => window.knotmap.guide());
  assert.ok(blocked.blocked);
  assert.deepEqual(blocked.positions, []);
  assert.equal(blocked.groove, null);
  assert.equal(await page.locator('#knotmap-guide [role="img"]').count(), 0);
  await page.context().close();
});

test('the static guide has one <svg> with a <title> per family and position, the same text as the app', async () => {
  const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  const content = JSON.parse(readFileSync(join(ROOT, 'assets', 'content.json'), 'utf8'));
  const page = await b.newPage(DESKTOP);
  await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('http://example.invalid/');
  const titles = await page.evaluate(() => Array.from(document.querySelectorAll('#knotmap-fallback article')).map((a) => ({
    id: a.id, titles: Array.from(a.querySelectorAll('svg > title')).map((t) => t.textContent)
  })));
  let total = 0;
  for (const family of content.families.filter((f) => !f.family.startsWith('avoid-'))) {
    const article = titles.find((a) => a.id === `knotmap-about-${family.family}`);
    const groove = ['laminar-thoracic', 'laminar-lumbar', 'erector-lumbar'].includes(family.family) ? 1 : 0;
    assert.equal(article.titles.length, Object.keys(family.technique).length + groove, family.family);
    assert.ok(article.titles.every((t) => t.length > 60), `${family.family}: titles`);
    total += Object.keys(family.technique).length;
  }
  assert.equal(total, 24);
  await page.screenshot({ path: join(ARTIFACTS, 'pictures-fallback.png'), fullPage: false });
  await page.context().close();
  // And the app's text alternative for the QL against a wall is the static guide's title.
  const app = await b.newPage(DESKTOP);
  await answered(app);
  await openApp(app, b.origin);
  await picturesArrived(app);
  const alt = await app.evaluate(() => window.knotmap.guide().positions.find((p) => p.id === 'wall').picture.alt);
  assert.ok(titles.find((a) => a.id === 'knotmap-about-ql').titles.includes(alt));
  await app.context().close();
});
