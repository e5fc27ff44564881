// The hands-free routine (issue 21), with the browser's clock controlled: cues at the start,
// halfway and end of each hold (tones, vibration), the screen kept awake, every spot logged at
// once at the end, a reload resuming it, and nothing breaking where these browser APIs are missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, openApp, settled, PHONE, ARTIFACTS } from './browser.mjs';

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

const T0 = new Date('2026-05-04T08:00:00Z');

// Stand-ins that record what the page asks of the device: the AudioContext's oscillators (one per
// note: start 660 Hz, halfway 880 Hz, end 784 then 523 Hz), navigator.vibrate and the wake lock.
function spies() {
  window.__tones = [];
  window.__vibrations = [];
  window.__wake = [];
  window.__announced = [];  // what screen readers are told, in order
  document.addEventListener('DOMContentLoaded', () => {
    const live = document.getElementById('knotmap-announce');
    new MutationObserver(() => { if (live.textContent) window.__announced.push(live.textContent); })
      .observe(live, { childList: true, characterData: true, subtree: true });
  });
  const param = { setValueAtTime() {}, linearRampToValueAtTime() {}, exponentialRampToValueAtTime() {} };
  const node = () => ({ connect(next) { return next; } });
  window.AudioContext = class {
    constructor() { this.currentTime = 0; this.destination = node(); }
    suspend() { return Promise.resolve(); }
    resume() { return Promise.resolve(); }
    createGain() { return Object.assign(node(), { gain: param }); }
    createOscillator() {
      const osc = Object.assign(node(), { frequency: { value: 0 }, stop() {} });
      osc.start = () => window.__tones.push({ hz: osc.frequency.value, at: Date.now() });
      return osc;
    }
  };
  navigator.vibrate = (pattern) => { window.__vibrations.push(pattern); return true; };
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request(type) {
        window.__wake.push('request ' + type);
        const lock = new EventTarget();
        lock.release = () => { window.__wake.push('release'); return Promise.resolve(); };
        return Promise.resolve(lock);
      },
    },
  });
}

function withoutDeviceApis() {
  delete window.AudioContext;
  delete window.webkitAudioContext;
  delete window.speechSynthesis;
  Object.defineProperty(navigator, 'vibrate', { configurable: true, value: undefined });
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: undefined });
}

async function answeredPage(profile, init) {
  const page = await b.newPage(profile);
  await page.clock.install({ time: T0 });
  await page.addInitScript(() => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: [] })));
  await page.addInitScript(init);
  await openApp(page, b.origin);
  return page;
}

// The visitor's own tap: the home panel's "Start my routine", as a keyboard user presses it.
// Returns the time it was pressed.
async function startFromHome(page) {
  const start = page.locator('#knotmap-plan button', { hasText: /^Start my routine/ });
  await start.waitFor();
  await start.focus();
  const pressedAt = await page.evaluate(() => Date.now());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.routine() !== null);
  return pressedAt;
}

// The canvas as a visitor sees it: the DOM layer shows only while one of its controls has focus.
async function shot(page, name) {
  await page.evaluate(() => {
    if (document.activeElement) document.activeElement.blur();
    if (window.knotmap.routine()) window.scrollTo(0, Module.knotmapMapRect.h - 40);  // the card, under the map
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: join(ARTIFACTS, `routine-${name}.png`) });
}

test('a two-spot routine cues each hold, keeps the screen awake, and logs both sessions at once with their start and length', async () => {
  const page = await answeredPage(PHONE, spies);
  assert.equal(await page.evaluate(() => window.knotmap.routine()), null);
  await page.evaluate(() => window.knotmap.mark('ql-left'));
  await settled(page);
  const t0 = await startFromHome(page);
  const routine = await page.evaluate(() => window.knotmap.routine());
  assert.deepEqual(routine.spots.map((s) => [s.zone, s.position]), [['ql-left', 'wall'], ['ql-right', 'wall']]);
  assert.equal(routine.index, 0);
  assert.equal(routine.phase, 'hold');
  const hold = routine.spots[0].holdSec;
  assert.ok(hold > 0 && hold <= 60, `a hold within the limits: ${hold} s`);
  await page.waitForFunction(() => window.__tones.length === 1);
  await shot(page, 'phone-hold');
  assert.deepEqual(await page.evaluate(() => window.__wake), ['request screen']);

  await page.clock.fastForward(hold * 500);  // halfway
  await page.waitForFunction(() => window.__tones.length === 2);
  await page.clock.fastForward(hold * 500);  // the end of the first hold: the rest, with the next spot
  await page.waitForFunction(() => window.__tones.length === 4);
  assert.equal((await page.evaluate(() => window.knotmap.routine())).phase, 'rest');
  assert.match(await page.locator('#knotmap-routine').innerText(), /switch sides/i);
  await shot(page, 'phone-rest');
  await page.clock.fastForward(10000);  // the rest
  await page.waitForFunction(() => window.knotmap.routine().index === 1 && window.__tones.length === 5);
  await page.clock.fastForward(hold * 500);
  await page.waitForFunction(() => window.__tones.length === 6);
  await page.clock.fastForward(hold * 500);
  await page.waitForFunction(() => window.knotmap.routine().phase === 'rate');
  const tones = await page.evaluate(() => window.__tones.map((t) => [t.hz, t.at]));
  assert.deepEqual(tones.map((t) => t[0]), [660, 880, 784, 523, 660, 880, 784, 523].slice(0, tones.length));
  assert.equal(tones.length, 8, 'start, halfway and end of each of the two holds');
  assert.ok(tones[1][1] - tones[0][1] >= hold * 500 - 100, 'the halfway tone comes halfway');
  assert.equal((await page.evaluate(() => window.__vibrations)).length, 6, 'a buzz with each cue');
  await page.waitForFunction(() => window.__wake.includes('release'));
  // Screen readers hear each hold and rest start and the end, not the seconds in between. An
  // announcement reaches the live region 50 ms after the update that makes it (web/js/dom.js).
  await page.waitForFunction(() => window.__announced.some((text) => /Routine finished/.test(text)));
  const announced = await page.evaluate(() => window.__announced);
  assert.ok(announced.length >= 4 && announced.length <= 6, `a few announcements, not one a second: ${JSON.stringify(announced)}`);
  assert.match(announced[0], /^Hold: Side of waist, left, against the wall, \d+ seconds\.$/);
  assert.match(announced.at(-1), /Routine finished/);
  await shot(page, 'phone-rate');

  // One screen rates every spot; saving logs both sessions.
  const form = page.locator('#knotmap-routine form');
  await form.locator('select[name="before"]').first().selectOption('7');
  await form.locator('select[name="after"]').first().selectOption('3');
  await form.locator('button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.sessions().length === 2);
  const sessions = await page.evaluate(() => window.knotmap.sessions());
  assert.deepEqual(sessions.map((s) => [s.zone, s.durationSec, s.position]), [['ql-left', hold, 'wall'], ['ql-right', hold, 'wall']]);
  assert.ok(Math.abs(Date.parse(sessions[0].startedAt) - t0) < 1500, `${sessions[0].startedAt} is when the routine started`);
  assert.ok(Math.abs(Date.parse(sessions[1].startedAt) - (t0 + (hold + 10) * 1000)) < 1500, `${sessions[1].startedAt}: after the first hold and the rest`);
  assert.equal(sessions[0].painBefore, 7);
  assert.equal(sessions[0].painAfter, 3);
  assert.equal(sessions[1].painBefore, null);
  assert.equal((await page.evaluate(() => window.knotmap.routine())).phase, 'done');
  await settled(page);
  await shot(page, 'phone-done');
  assert.deepEqual(page.knotmapLog.errors, []);
  await page.context().close();
});

test('knotmap.startRoutine refuses unknown ids, avoid areas and zones the answers block', async () => {
  const page = await answeredPage(PHONE, spies);
  assert.deepEqual(await page.evaluate(() => window.knotmap.startRoutine(['nowhere'])), { ok: false, error: "unknown zone 'nowhere'" });
  assert.equal((await page.evaluate(() => window.knotmap.startRoutine(['avoid-spine']))).ok, false);
  assert.equal((await page.evaluate(() => window.knotmap.startRoutine('ql-left'))).ok, false);
  await page.evaluate(() => window.knotmap.setScreening({ yes: ['saddle-numbness'] }));
  const blocked = await page.evaluate(() => window.knotmap.startRoutine(['ql-left']));
  assert.equal(blocked.ok, false);
  assert.match(blocked.error, /rule out/);
  assert.equal(await page.evaluate(() => window.knotmap.routine()), null);
  await page.context().close();
});

test('a reload in the middle of a routine comes back to the spot it was on, paused until the visitor resumes', async () => {
  const page = await answeredPage(PHONE, spies);
  assert.deepEqual(await page.evaluate(() => window.knotmap.startRoutine(['glute-med-left'])), { ok: true });
  const hold = (await page.evaluate(() => window.knotmap.routine())).spots[0].holdSec;
  await page.clock.fastForward((hold + 10 + 6) * 1000);  // 6 seconds into the second spot
  await page.waitForFunction(() => window.knotmap.routine().index === 1);
  await page.reload();
  await page.evaluate(() => window.knotmap.ready);
  await settled(page);
  const resumed = await page.evaluate(() => window.knotmap.routine());
  assert.equal(resumed.index, 1);
  assert.equal(resumed.phase, 'hold');
  assert.equal(resumed.paused, true);
  await shot(page, 'phone-resume');
  const resume = page.locator('#knotmap-routine button', { hasText: 'Resume' });
  await resume.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.routine().paused === false);
  await page.clock.fastForward(hold * 1000);
  await page.waitForFunction(() => window.knotmap.routine().phase === 'rate');
  assert.deepEqual(await page.evaluate(() => window.knotmap.sessions()), [], 'nothing is logged before the rating');
  await page.context().close();
});

test('without Web Audio, vibration, speech or a wake lock the routine still runs and logs', async () => {
  const page = await answeredPage(PHONE, withoutDeviceApis);
  await page.evaluate(() => window.knotmap.mark('upper-trap-right'));
  await settled(page);
  await startFromHome(page);
  const hold = (await page.evaluate(() => window.knotmap.routine())).spots[0].holdSec;
  for (let i = 0; i < 4; i++) await page.clock.fastForward((hold + 10) * 500);
  await page.waitForFunction(() => window.knotmap.routine().phase === 'rate');
  await page.locator('#knotmap-routine button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.sessions().length === 2);
  assert.deepEqual(page.knotmapLog.errors, []);
  await page.context().close();
});

test('what helped: the average change by ball and position, with the sessions behind it, in the DOM layer', async () => {
  const page = await answeredPage(PHONE, spies);
  for (let i = 0; i < 3; i++) {
    await page.evaluate((i) => window.knotmap.logSession({ zone: 'ql-left', durationSec: 30 + i, ball: 'tennis-ball', position: 'floor', painBefore: 6, painAfter: 3 }), i);
  }
  await page.evaluate(() => window.knotmap.logSession({ zone: 'ql-left', durationSec: 30, ball: 'lacrosse-ball', position: 'wall', painBefore: 6, painAfter: 5 }));
  const helped = (await page.evaluate(() => window.knotmap.progress('ql-left'))).helped;
  assert.deepEqual(helped.balls.map((r) => [r.id, r.sessions, r.change]), [['tennis-ball', 3, -3], ['lacrosse-ball', 1, null]]);
  assert.deepEqual(helped.positions.map((r) => [r.id, r.change]), [['floor', -3], ['wall', null]]);
  await page.evaluate(() => window.knotmap.select('ql-left'));
  await settled(page);
  const text = await page.locator('#knotmap-hold').textContent();
  assert.match(text, /What helped/);
  assert.match(text, /Tennis ball: 3\.0 points easier on average \(3 sessions\)/);
  assert.match(text, /Lacrosse ball: 1 session: too few to tell yet/);
  await page.evaluate(() => window.scrollTo(0, 10000));
  await settled(page);
  await shot(page, 'phone-what-helped');
  await page.context().close();
});

test('a single guided hold cues its start, halfway and end, and keeps the screen awake while it runs', async () => {
  const page = await answeredPage(PHONE, spies);
  await page.evaluate(() => window.knotmap.select('ql-right'));
  const start = page.locator('#knotmap-hold button', { hasText: /^Start \d+-second hold$/ });
  await start.waitFor();
  const seconds = +(await start.textContent()).match(/\d+/)[0];
  await start.focus();
  await page.keyboard.press('Enter');  // the visitor's own key press: sound may start
  await page.waitForFunction(() => window.__tones.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__wake), ['request screen']);
  // The switches are on the hold's card too, and a switch turned off stays off.
  const vibrate = page.locator('#knotmap-hold input[type="checkbox"]').nth(1);
  await vibrate.uncheck();
  await page.clock.fastForward(seconds * 500);
  await page.waitForFunction(() => window.__tones.length === 2);
  await page.clock.fastForward(seconds * 500);
  await page.waitForFunction(() => window.__tones.length === 4);
  assert.deepEqual(await page.evaluate(() => window.__tones.map((t) => t.hz)), [660, 880, 784, 523]);
  assert.equal((await page.evaluate(() => window.__vibrations)).length, 1, 'only the start buzzed: vibration was turned off');
  await page.waitForFunction(() => window.__wake.includes('release'));
  assert.deepEqual(page.knotmapLog.errors, []);
  await page.context().close();
});
