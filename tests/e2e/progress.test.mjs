// Progress kept in localStorage: nothing a visitor logged is ever lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launch, openApp, DESKTOP, PHONE, ARTIFACTS } from './browser.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

const ql = { zone: 'ql-left', durationSec: 60, ball: 'tennis-ball', painBefore: 7, painAfter: 4, note: 'after work' };

async function ready(page) { await page.evaluate(() => window.knotmap.ready); }

test('a logged session is there after a reload, and every key written starts with knotmap', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  assert.deepEqual(await page.evaluate((s) => window.knotmap.logSession(s), ql), { ok: true });
  await page.reload();
  await ready(page);
  const sessions = await page.evaluate(() => window.knotmap.sessions());
  assert.equal(sessions.length, 1);
  assert.equal(sessions[0].zone, 'ql-left');
  assert.equal(sessions[0].side, 'left');
  assert.equal(sessions[0].ball, 'tennis-ball');
  assert.equal(sessions[0].painBefore, 7);
  assert.equal(sessions[0].painAfter, 4);
  assert.equal(sessions[0].note, 'after work');
  assert.ok(!Number.isNaN(Date.parse(sessions[0].startedAt)));
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0 && keys.every((k) => k.startsWith('knotmap')), keys.join());
  await page.context().close();
});

test('logSession validates like an import and changes nothing on bad input', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  const bad = await page.evaluate((s) => window.knotmap.logSession({ ...s, painAfter: 14 }), ql);
  assert.deepEqual(bad, { ok: false, error: "field 'painAfter': expected a whole number from 0 to 10, found 14" });
  const unknownBall = await page.evaluate((s) => window.knotmap.logSession({ ...s, ball: 'bowling-ball' }), ql);
  assert.equal(unknownBall.error, "field 'ball': unknown ball 'bowling-ball'");
  const bone = await page.evaluate((s) => window.knotmap.logSession({ ...s, zone: 'avoid-spine' }), ql);
  assert.equal(bone.ok, false);
  assert.equal((await page.evaluate(() => window.knotmap.logSession(null))).ok, false);
  assert.deepEqual(await page.evaluate(() => window.knotmap.sessions()), []);
  await page.context().close();
});

test('two tabs logging at the same time both keep their sessions', async () => {
  const context = await b.newPage(DESKTOP).then((p) => p.context());
  const [one, two] = [context.pages()[0], await context.newPage()];
  await openApp(one, b.origin);
  await openApp(two, b.origin);
  await Promise.all([
    one.evaluate((s) => window.knotmap.logSession(s), ql),
    two.evaluate((s) => window.knotmap.logSession({ ...s, zone: 'glute-med-right', note: 'tab two' }), ql),
  ]);
  await one.evaluate((s) => window.knotmap.logSession({ ...s, zone: 'upper-trap-left', note: 'tab one again' }), ql);
  await one.waitForTimeout(200);
  const check = await context.newPage();
  await openApp(check, b.origin);
  const zones = (await check.evaluate(() => window.knotmap.sessions())).map((s) => s.zone).sort();
  assert.deepEqual(zones, ['glute-med-right', 'ql-left', 'upper-trap-left']);
  // The first tab heard about the second one's session through the storage event.
  assert.equal((await one.evaluate(() => window.knotmap.sessions())).length, 3);
  await context.close();
});

test('corrupt stored progress: the app starts, keeps a backup, says so, and can export it', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('corrupted')) {
      sessionStorage.setItem('corrupted', '1');
      localStorage.setItem('knotmap-progress', '{"format":"knotmap-progress","version":1,"sessi');
    }
  });
  await openApp(page, b.origin);
  const notice = await page.locator('#knotmap-notice').textContent();
  assert.match(notice, /couldn't be read/);
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('knotmap-progress-backup-')));
  assert.equal(backups.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), '{"format":"knotmap-progress","version":1,"sessi');
  await page.screenshot({ path: join(ARTIFACTS, 'progress-corrupt-notice.png') });
  assert.deepEqual(await page.evaluate((s) => window.knotmap.logSession(s), ql), { ok: true });
  await page.reload();
  await ready(page);
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), '{"format":"knotmap-progress","version":1,"sessi');
  await page.context().close();
});

test('progress from a newer version is left untouched', async () => {
  const page = await b.newPage(DESKTOP);
  const newer = '{"format":"knotmap-progress","version":7,"future":true}';
  await page.addInitScript((text) => { if (!localStorage.getItem('knotmap-progress')) localStorage.setItem('knotmap-progress', text); }, newer);
  await openApp(page, b.origin);
  assert.match(await page.locator('#knotmap-notice').textContent(), /newer version/);
  await page.evaluate((s) => window.knotmap.logSession(s), ql);
  assert.equal(await page.evaluate(() => localStorage.getItem('knotmap-progress')), newer);
  await page.context().close();
});

test('storage blocked in a sandboxed iframe: the app works and says progress will not be kept', async () => {
  const page = await b.newPage(DESKTOP);
  await page.route('**/sandbox-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><title>host</title><iframe sandbox="allow-scripts" src="/index.html" style="width:900px;height:700px;border:0"></iframe>',
  }));
  await page.goto(b.origin + '/sandbox-host.html');
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForFunction(() => window.knotmap && window.knotmap.ready, null, { timeout: 30000 });
  await frame.evaluate(() => window.knotmap.ready);
  assert.match(await frame.locator('#knotmap-notice').textContent(), /blocking storage/);
  assert.deepEqual(await frame.evaluate((s) => window.knotmap.logSession(s), ql), { ok: true });
  assert.equal((await frame.evaluate(() => window.knotmap.sessions())).length, 1);
  assert.equal(await frame.evaluate(() => window.knotmap.select('ql-left')), true);
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(ARTIFACTS, 'progress-storage-blocked.png') });
  assert.deepEqual(page.knotmapLog.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.context().close();
});

test('export, import without duplicates, a precise error on a bad file, and delete all behind a confirmation', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await page.evaluate((s) => window.knotmap.logSession(s), ql);

  await page.locator('#knotmap-export').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#knotmap-export').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.format, 'knotmap-progress');
  assert.equal(exported.sessions.length, 1);

  // The exported file plus one more session: importing it adds only the new one.
  exported.zones.push('glute-max-right');
  exported.sessions.push([3600, exported.zones.length - 1, 90, -1, 6, 3]);
  const file = join(tmpdir(), `knotmap-import-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(exported));
  async function importFile(path) {
    await page.locator('#knotmap-import').focus();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#knotmap-import').click()]);
    await chooser.setFiles(path);
    await page.waitForFunction(() => document.getElementById('knotmap-data-result').textContent !== '');
    const text = await page.locator('#knotmap-data-result').textContent();
    await page.evaluate(() => { document.getElementById('knotmap-data-result').textContent = ''; });
    return text;
  }
  assert.equal(await importFile(file), 'Imported 1 new session.');
  assert.equal(await importFile(file), 'Imported 0 new sessions.');
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).length, 2);

  const badFile = join(tmpdir(), `knotmap-bad-${process.pid}.json`);
  exported.sessions.push([60, 0, 30, -1, 5, 99]);
  writeFileSync(badFile, JSON.stringify(exported));
  const stored = await page.evaluate(() => localStorage.getItem('knotmap-progress'));
  assert.equal(await importFile(badFile),
    "This file can't be imported: sessions[2]: field 'painAfter': expected 0 to 10, found 99. Nothing was changed.");
  assert.equal(await page.evaluate(() => localStorage.getItem('knotmap-progress')), stored);

  page.once('dialog', (dialog) => dialog.dismiss());
  await page.locator('#knotmap-delete').focus();
  await page.locator('#knotmap-delete').click();
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).length, 2, 'cancelled: nothing deleted');
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#knotmap-delete').click();
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).length, 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('knotmap'))), []);
  await page.context().close();
});

test('phone: screenshots of progress on the map and in the panel', async () => {
  const page = await b.newPage(PHONE);
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await openApp(page, b.origin);
  for (const [zone, before, afterScore] of [['ql-left', 8, 5], ['ql-left', 6, 3], ['glute-med-right', 7, 6], ['upper-trap-left', 4, 2]]) {
    await page.evaluate((s) => window.knotmap.logSession(s), { zone, durationSec: 60, ball: null, painBefore: before, painAfter: afterScore });
  }
  await page.evaluate(() => window.knotmap.mark('glute-max-left'));
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, 'progress-phone-map.png') });
  await page.evaluate(() => window.scrollTo(0, 800));
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(ARTIFACTS, 'progress-phone-home.png') });
  await page.context().close();
});
