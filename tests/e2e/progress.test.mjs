// Progress kept in localStorage: nothing a visitor logged is ever lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launch, openApp, settled, progressDocument, DESKTOP, PHONE, ARTIFACTS } from './browser.mjs';
import { colorAt } from './pixels.mjs';

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

// One character of each width in UTF-8 (and in JavaScript: the emoji is two UTF-16 units).
const WIDE = { accented: '\u00e9', cjk: '\u65e5', emoji: '\u{1F642}' };
const tooLong = (n) => `field 'note': expected at most 140 characters, found ${n}`;

test('logSession: a note holds 140 characters of any width, not 141; durationSec is 1 to 3600', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  const log = (extra) => page.evaluate((s) => window.knotmap.logSession(s), { ...ql, note: null, ...extra });
  for (const [name, c] of Object.entries(WIDE)) {
    for (const n of [139, 140]) assert.deepEqual(await log({ note: c.repeat(n) }), { ok: true }, `${name} x ${n}`);
    assert.deepEqual(await log({ note: c.repeat(141) }), { ok: false, error: tooLong(141) }, `${name} x 141`);
  }
  const notes = (await page.evaluate(() => window.knotmap.sessions())).map((s) => s.note);
  for (const c of Object.values(WIDE)) for (const n of [139, 140]) assert.ok(notes.includes(c.repeat(n)), 'stored whole');
  assert.equal(notes.length, 6);
  for (const [seconds, ok] of [[0, false], [1, true], [3600, true], [3601, false], [1.5, false], ['60', false]]) {
    assert.equal((await log({ durationSec: seconds, zone: 'glute-med-left' })).ok, ok, `durationSec ${seconds}`);
  }
  assert.deepEqual((await log({ durationSec: 3601 })).error, "field 'durationSec': expected a whole number from 1 to 3600, found 3601");
  await page.context().close();
});

test('the DOM log form takes a 140-character note of wide characters, and keeps a 141-character one with the reason', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.select('glute-med-right'));
  for (const [name, c] of Object.entries(WIDE)) {
    // As a keyboard user does: the DOM layer shows only while something in it has focus.
    await page.locator('#knotmap-hold button', { hasText: 'Log a session' }).focus();
    await page.keyboard.press('Enter');
    const form = page.locator('#knotmap-hold form');
    await form.locator('input[name="note"]').fill(c.repeat(141));
    await page.keyboard.press('Enter');
    assert.equal(await form.locator('[role="alert"]').textContent(), "Couldn't save: " + tooLong(141), name);
    assert.equal(await form.locator('input[name="note"]').inputValue(), c.repeat(141), `${name}: what was typed is still there`);
    await form.locator('input[name="note"]').fill(c.repeat(140));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('#knotmap-hold form'));
    const sessions = await page.evaluate(() => window.knotmap.sessions());
    assert.equal(sessions[sessions.length - 1].note, c.repeat(140), name);
  }
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).length, 3);
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
  const check = await context.newPage();
  await openApp(check, b.origin);
  const zones = (await check.evaluate(() => window.knotmap.sessions())).map((s) => s.zone).sort();
  assert.deepEqual(zones, ['glute-med-right', 'ql-left']);
  await context.close();
});

test('a tab hears of a session another tab logged (the storage event), without doing anything itself', async () => {
  const context = await b.newPage(DESKTOP).then((p) => p.context());
  const [one, two] = [context.pages()[0], await context.newPage()];
  await openApp(one, b.origin);
  await openApp(two, b.origin);
  assert.deepEqual(await one.evaluate(() => window.knotmap.sessions()), [], 'tab one has read the (empty) log');
  assert.deepEqual(await two.evaluate((s) => window.knotmap.logSession({ ...s, zone: 'glute-med-right' }), ql), { ok: true });
  // Tab one neither logs nor reloads: only the storage event can tell it.
  await one.waitForFunction(() => window.knotmap.sessions().some((s) => s.zone === 'glute-med-right'), null, { timeout: 5000 });
  await context.close();
});

test('corrupt stored progress: the app starts, keeps a backup, says so, and can export it', async () => {
  const page = await b.newPage(DESKTOP);
  const corrupt = '{"format":"knotmap-progress","version":1,"sessi';
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('corrupted')) {
      sessionStorage.setItem('corrupted', '1');
      localStorage.setItem('knotmap-progress', text);
    }
  }, corrupt);
  await openApp(page, b.origin);
  const notice = await page.locator('#knotmap-notice').textContent();
  assert.match(notice, /couldn't be read/);
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('knotmap-progress-backup-')));
  assert.equal(backups.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), corrupt);
  await page.screenshot({ path: join(ARTIFACTS, 'progress-corrupt-notice.png') });
  // The unreadable copy, exported from the DOM layer as it was stored.
  const exportButton = page.locator('#knotmap-export-unreadable');
  assert.equal(await exportButton.textContent(), 'Export the unreadable copy');
  await exportButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  assert.equal(download.suggestedFilename(), 'knotmap-progress-unreadable.txt');
  assert.equal(readFileSync(await download.path(), 'utf8'), corrupt);

  assert.deepEqual(await page.evaluate((s) => window.knotmap.logSession(s), ql), { ok: true });
  await page.reload();
  await ready(page);
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), corrupt);
  await page.context().close();
});

test('stored progress that becomes unreadable after the page read it is backed up before the next save', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  assert.deepEqual(await page.evaluate((s) => window.knotmap.logSession(s), ql), { ok: true });
  // Something else on the device (another tab, an extension) writes garbage over the log.
  await page.evaluate(() => localStorage.setItem('knotmap-progress', 'not json at all'));
  assert.deepEqual(await page.evaluate((s) => window.knotmap.logSession({ ...s, zone: 'glute-max-left' }), ql), { ok: true });
  const stored = await page.evaluate(() => ({ ...localStorage }));
  const backups = Object.keys(stored).filter((k) => k.startsWith('knotmap-progress-backup-'));
  assert.deepEqual(backups.map((k) => stored[k]), ['not json at all'], 'the garbage is kept under a backup key');
  assert.deepEqual(JSON.parse(stored['knotmap-progress']).zones.sort(), ['glute-max-left', 'ql-left'], 'both sessions saved');
  await page.waitForFunction(() => /couldn't be read/.test(document.getElementById('knotmap-notice').textContent));
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
  await settled(frame);
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

  // A file from a newer Knotmap: refused with what to do, nothing changed.
  const newerFile = join(tmpdir(), `knotmap-newer-${process.pid}.json`);
  writeFileSync(newerFile, JSON.stringify({ ...exported, version: 7 }));
  assert.equal(await importFile(newerFile), 'This file was saved by a newer version of Knotmap (format version 7). Update the page, then import it again.');
  assert.equal(await page.evaluate(() => localStorage.getItem('knotmap-progress')), stored);

  // Notes count characters, not bytes: 140 CJK characters import, 141 don't.
  for (const [n, expected] of [[141, "This file can't be imported: sessions[0]: field 'note': expected at most 140 characters, found 141. Nothing was changed."],
    [140, 'Imported 1 new session.']]) {
    const noteFile = join(tmpdir(), `knotmap-note-${n}-${process.pid}.json`);
    writeFileSync(noteFile, progressDocument([{ zone: 'ql-right', at: 1767300000, painBefore: 3, painAfter: 1, note: WIDE.cjk.repeat(n) }]));
    assert.equal(await importFile(noteFile), expected);
  }
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).find((s) => s.zone === 'ql-right').note, WIDE.cjk.repeat(140));

  let asked = '';
  page.once('dialog', (dialog) => { asked = dialog.message(); dialog.dismiss(); });
  await page.locator('#knotmap-delete').focus();
  await page.locator('#knotmap-delete').click();
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).length, 3, 'cancelled: nothing deleted');
  assert.match(asked, /^Delete all my data\?\n\nThis removes every session, your safety answers/, 'the canvas popup\'s words');
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#knotmap-delete').click();
  assert.equal((await page.evaluate(() => window.knotmap.sessions())).length, 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('knotmap'))), []);
  await page.context().close();
});

test('logged soreness tints its zone on the map, and a marked zone gets a pin (phone)', async () => {
  const page = await b.newPage(PHONE);
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await openApp(page, b.origin);
  const zones = Object.fromEntries((await page.evaluate(() => window.knotmap.zones())).map((z) => [z.id, z]));
  const box = await page.locator('#canvas').boundingBox();
  const at = (id) => ({ x: box.x + zones[id].center.x, y: box.y + zones[id].center.y });
  // Beside the centre, where the score's badge isn't drawn: the zone's own fill.
  const fillOf = async (id) => colorAt(page, { x: at(id).x, y: at(id).y + 14 });
  const before = { ql: await fillOf('ql-left'), glute: await fillOf('glute-max-left'), trap: await fillOf('upper-trap-right') };
  for (const [zone, score, afterScore] of [['ql-left', 8, 5], ['ql-left', 6, 3], ['glute-med-right', 7, 6], ['upper-trap-left', 4, 2]]) {
    await page.evaluate((s) => window.knotmap.logSession(s), { zone, durationSec: 60, ball: null, painBefore: score, painAfter: afterScore });
  }
  await page.evaluate(() => window.knotmap.mark('glute-max-left'));
  await settled(page);
  await page.screenshot({ path: join(ARTIFACTS, 'progress-phone-map.png') });
  const distance = (a, c) => Math.hypot(a[0] - c[0], a[1] - c[1], a[2] - c[2]);
  assert.ok(distance(await fillOf('ql-left'), before.ql) > 20, 'the logged zone is tinted by its last score');
  assert.ok(distance(await fillOf('upper-trap-right'), before.trap) < 4, 'a zone without sessions is not');
  // The pin: a map pin whose tip is at the zone's centre, its white dot in a violet head above it
  // (6.5 px radius, 2.2 radii up: src/app/map_view.cpp).
  const head = { x: at('glute-max-left').x, y: at('glute-max-left').y - 14.3 };
  const pinCentre = await colorAt(page, head);
  assert.ok(pinCentre.every((c) => c > 235), `the pin's white centre, found ${pinCentre}`);
  const ring = await colorAt(page, { x: head.x + 4.5, y: head.y });
  assert.ok(distance(ring, [98, 62, 184]) < 40, `the pin's violet head, found ${ring}`);
  await page.evaluate(() => window.scrollTo(0, 800));
  await settled(page);
  await page.screenshot({ path: join(ARTIFACTS, 'progress-phone-home.png') });
  await page.context().close();
});

// The canvas and the page's DOM layer log sessions through the same draft in the core (issue 16):
// the same defaults, the same start time.
test('a session logged after a hold starts when the hold started, and carries only the scores chosen', async () => {
  const page = await b.newPage(DESKTOP);
  await page.clock.install({ time: new Date('2026-05-04T08:00:00Z') });
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.select('glute-med-right'));
  await page.locator('#knotmap-hold button', { hasText: /^Start \d+-second hold$/ }).waitFor();
  const startedAt = await page.evaluate(() => Date.now());
  // As a keyboard user does: the DOM layer shows only while something in it has focus.
  await page.locator('#knotmap-hold button', { hasText: /^Start \d+-second hold$/ }).focus();
  await page.keyboard.press('Enter');
  await page.clock.fastForward('00:31');
  const form = page.locator('#knotmap-hold form');
  await form.waitFor();
  await page.clock.fastForward('02:00');  // the visitor answers two minutes later
  await form.locator('button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.sessions().length === 1);
  const [session] = await page.evaluate(() => window.knotmap.sessions());
  assert.ok(Math.abs(Date.parse(session.startedAt) - startedAt) < 1500, `${session.startedAt} is when the hold started (${new Date(startedAt).toISOString()})`);
  assert.equal(session.durationSec, 30);
  assert.equal(session.painBefore, null, 'never asked, never saved');
  assert.equal(session.painAfter, null, 'never chosen, never saved');
  assert.equal(session.ball, 'lacrosse-ball', "the guide's first ball for the zone");
  await page.context().close();
});

test('a session logged by hand: the form the core describes, two minutes, no preset scores, ended when saved', async () => {
  const page = await b.newPage(DESKTOP);
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.select('ql-right'));
  await page.locator('#knotmap-hold button', { hasText: 'Log a session' }).focus();
  await page.keyboard.press('Enter');
  const form = page.locator('#knotmap-hold form');
  await form.waitFor();
  assert.equal(await form.locator('select[name="duration"]').inputValue(), '120');
  assert.equal(await form.locator('select[name="before"]').inputValue(), '');
  assert.equal(await form.locator('select[name="after"]').inputValue(), '');
  const before = await page.evaluate(() => Date.now());
  await form.locator('button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.sessions().length === 1);
  const [session] = await page.evaluate(() => window.knotmap.sessions());
  assert.equal(session.durationSec, 120);
  assert.equal(session.painBefore, null);
  assert.equal(session.painAfter, null);
  const started = Date.parse(session.startedAt);
  assert.ok(started <= before - 119000 && started >= before - 122000, `started two minutes before it was saved: ${session.startedAt}`);
  await page.context().close();
});

test('a theme option in any case gives the page and the canvas the same theme', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin, '/?theme=Dark');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
  const [r, g, bl] = await colorAt(page, { x: 1200, y: 780 });  // the panel's background, bottom right
  assert.ok(r + g + bl < 150, `the canvas is dark too: ${[r, g, bl]}`);
  await page.context().close();
});
