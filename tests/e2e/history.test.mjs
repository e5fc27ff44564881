// Progress that tells the truth (issue 18): each session's own change, and a trend only with its
// basis, the same in knotmap.progress(), the DOM layer and the canvas's history.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, settled, progressDocument, PHONE, DESKTOP, ARTIFACTS } from './browser.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

const DAY = 86400;
const START = 1767225600;  // 2026-01-01
// Opens the app with backdated sessions brought in as a visitor would: through import (the same
// path and checks as "Import progress from a file").
async function openWithHistory(page, rows) {
  const doc = progressDocument(rows.map(([day, painBefore, painAfter]) =>
    ({ zone: 'ql-left', at: START + day * DAY + 9 * 3600, painBefore, painAfter })), START);
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await openApp(page, b.origin);
  const result = await page.evaluate((text) => JSON.parse(Module.ccall('knotmap_call', 'string', ['string', 'string'],
    ['importText', JSON.stringify([text])])), doc);
  assert.equal(result.ok, true, result.error);
  assert.equal(result.added, rows.length);
  await settled(page);
}

test('three good sessions say what each did, and no worrying trend', async () => {
  const page = await b.newPage(DESKTOP);
  await openWithHistory(page, [[0, 7, 3], [1, 6, 4], [2, 9, 2]]);
  const { helped, ...progress } = await page.evaluate(() => window.knotmap.progress('ql-left'));
  assert.deepEqual(progress, { sessions: 3, last: { before: 9, after: 2, text: '9 → 2: 7 points easier' }, trend: null });
  assert.deepEqual([helped.balls, helped.positions], [[], []], 'no ball or position was logged: nothing to compare');
  await page.context().close();
});

test('an improving history: the trend with its basis, the same on the page as from the API', async () => {
  const page = await b.newPage(PHONE);
  await openWithHistory(page, [[0, 8, 5], [2, 7, 4], [5, 5, 3], [9, 4, 2], [12, 3, 1]]);
  await page.evaluate(() => window.knotmap.select('ql-left'));
  await settled(page);
  const progress = await page.evaluate(() => window.knotmap.progress('ql-left'));
  assert.equal(progress.sessions, 5);
  assert.equal(progress.trend.direction, 'easier');
  assert.equal(progress.trend.basis, 'your last 5 sessions over 13 days');
  assert.match(progress.trend.text, /^Getting easier: starting soreness went from 8 to 4/);
  await page.waitForFunction((text) => document.getElementById('knotmap-hold').innerText.includes(text), progress.trend.text);
  assert.ok((await page.locator('#knotmap-hold').innerText()).includes(progress.last.text));
  assert.equal(await page.evaluate(() => window.knotmap.progress('avoid-spine')), null);
  // The canvas's history, for a person to read.
  const bottom = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.evaluate((y) => window.scrollTo(0, y * 0.55), bottom);
  await settled(page);
  await page.screenshot({ path: join(ARTIFACTS, 'history-phone-improving.png') });
  await page.context().close();
});

test('the way home: from any zone, one button back to the whole back and the plan', async () => {
  const page = await b.newPage(PHONE);
  await openWithHistory(page, [[0, 7, 3]]);
  await page.evaluate(() => window.knotmap.select('glute-max-left'));
  const home = page.locator('#knotmap-guide button', { hasText: 'Whole back' });
  await home.waitFor({ state: 'attached' });
  await home.focus();  // as a keyboard user: the DOM layer shows while it has focus
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.selected() === null);
  await settled(page);
  await page.screenshot({ path: join(ARTIFACTS, 'history-phone-home.png') });
  await page.context().close();
});
