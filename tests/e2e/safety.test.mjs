// Safety that changes the advice (issue 17): red flags asked first and stopping the steps, every
// answer with its effect in knotmap.guide() and in both renderings, and the limits of the dose.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { coreWords, launch, openApp, settled, DESKTOP, PHONE, ARTIFACTS, ROOT } from './browser.mjs';

const content = JSON.parse(readFileSync(join(ROOT, 'assets', 'content.json'), 'utf8'));
const ball = (id) => content.balls.find((b) => b.id === id);
const words = coreWords();  // the canvas's headings and labels

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

async function visitor(profile, yes) {
  const page = await b.newPage(profile);
  await page.addInitScript((ids) => {
    localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: ids }));
  }, yes);
  await openApp(page, b.origin);
  return page;
}

async function guideOf(page, zone) {
  await page.evaluate((z) => window.knotmap.select(z), zone);
  await settled(page);
  await page.waitForFunction((z) => {
    const h = document.querySelector('#knotmap-guide h3');
    return h && h.textContent === window.knotmap.guide().name;
  }, zone);
  return { g: await page.evaluate(() => window.knotmap.guide()), text: await page.locator('#knotmap-guide').innerText() };
}

// Phone screenshots of the canvas panel, scrolled to the guide, for a person to judge.
async function shoot(page, name) {
  const top = await page.evaluate(() => Math.max(0, document.documentElement.scrollHeight * 0.32));
  await page.evaluate((y) => window.scrollTo(0, y), top);
  await settled(page);
  await page.screenshot({ path: join(ARTIFACTS, `safety-phone-${name}.png`) });
}

test('three visitors: no answers, osteoporosis with blood thinners, pregnancy: the advice fits each', async () => {
  // No answers: every position, the ordinary limits.
  const none = await visitor(PHONE, []);
  let { g, text } = await guideOf(none, 'glute-med-left');
  assert.equal(g.blocked, null);
  assert.equal(g.gentle, false);
  assert.deepEqual(g.positions.map((p) => p.id), ['wall', 'floor', 'chair']);
  assert.deepEqual(g.pressure, { ...g.pressure, start: content.pressure.start, max: content.pressure.max });
  assert.ok(g.pressure.max <= 7, 'never above 7 out of 10');
  assert.equal(g.dose.holdSec, content.dose.holdSeconds);
  assert.equal(g.dose.maxPerSpotSec, content.dose.maxPerSpotSeconds);
  assert.ok(text.includes(content.pressure.stopIf), 'a stop-if line beside the steps');
  assert.ok(await none.locator('#knotmap-hold button', { hasText: `Start ${content.dose.holdSeconds}-second hold` }).count());
  await shoot(none, 'none');
  await none.context().close();

  // Osteoporosis and blood thinners: the gentle rules, the reason first.
  const gentle = await visitor(PHONE, ['osteoporosis', 'blood-thinners']);
  ({ g, text } = await guideOf(gentle, 'glute-med-left'));
  assert.equal(g.gentle, true);
  assert.deepEqual(g.positions.map((p) => p.id), ['wall', 'chair'], 'no floor');
  assert.ok(g.balls.length > 0);
  for (const b of g.balls) assert.ok(ball(b.id).firmnessLevel <= content.pressure.gentleMaxFirmness, `${b.id} is soft`);
  assert.ok(!g.balls.some((b) => b.id === 'lacrosse-ball'), 'no lacrosse ball ranked first any more');
  assert.ok(g.pressure.max <= 5 && g.pressure.max === content.pressure.gentleMax);
  assert.equal(g.dose.holdSec, content.dose.gentleHoldSeconds);
  const osteo = content.generalCautions.find((c) => c.id === 'osteoporosis').advice;
  assert.ok(g.notices.includes(osteo));
  assert.ok(text.indexOf(osteo) < text.indexOf(words.WhichBall), 'the reason shows before the balls and the steps');
  assert.ok(await gentle.locator('#knotmap-hold button', { hasText: `Start ${content.dose.gentleHoldSeconds}-second hold` }).count(),
    'the timer is the gentle one');
  await shoot(gentle, 'osteoporosis-blood-thinners');
  await gentle.context().close();

  // Pregnancy: no lying on the back; the side-lying floor position stays.
  const pregnant = await visitor(PHONE, ['pregnancy']);
  ({ g } = await guideOf(pregnant, 'ql-left'));
  assert.deepEqual(g.positions.map((p) => p.id), ['wall', 'chair'], 'the side of the waist is worked on the back');
  ({ g, text } = await guideOf(pregnant, 'glute-med-left'));
  assert.deepEqual(g.positions.map((p) => p.id), ['wall', 'floor', 'chair'], 'lying on the side is kept');
  assert.match(g.positions[1].steps[0], /on your side/);
  await shoot(pregnant, 'pregnancy');
  await pregnant.context().close();
});

test('a red flag ticked in the form stops the steps and says what to do and how urgently', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await guideOf(page, 'shoulder-blade-left');
  // The form asks the red flags first, then the conditions.
  const headings = await page.locator('#knotmap-guide form h5').allTextContents();
  assert.deepEqual(headings, [words.RedFlagsCheck, words.ConditionsCheck]);
  const names = await page.locator('#knotmap-guide form input[type="checkbox"]').evaluateAll((boxes) => boxes.map((x) => x.name));
  assert.deepEqual(names, [...content.redFlags.map((f) => f.id), ...content.generalCautions.map((c) => c.id)]);
  // As a keyboard user: the DOM layer shows while something in it has focus.
  const box = page.locator('#knotmap-guide form input[name="between-shoulder-blades"]');
  await box.focus();
  await box.check();
  await page.locator('#knotmap-guide form button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.knotmap.guide().blocked !== null);
  const { g, text } = await guideOf(page, 'shoulder-blade-left');
  assert.equal(g.blocked.urgency, 'today');
  assert.equal(g.blocked.title, content.urgencies.today.title);
  assert.deepEqual(g.positions, []);
  assert.deepEqual(g.balls, []);
  assert.ok(text.includes(content.urgencies.today.text));
  for (const heading of [words.WhichBall, words.HowTo, words.HowLong, words.HowHard])
    assert.ok(!text.includes(heading), `no "${heading}" while blocked`);
  assert.equal(await page.locator('#knotmap-hold button').count(), 0, 'no timer');
  assert.equal(await page.locator('#knotmap-guide [role="alert"] h4').textContent(), content.urgencies.today.title);
  await page.screenshot({ path: join(ARTIFACTS, 'safety-desktop-red-flag.png') });
  // The most urgent level wins; changing the answers brings the steps back.
  assert.deepEqual(await page.evaluate(() => window.knotmap.setScreening({ yes: ['not-improving', 'chest-pain'] })), { ok: true });
  assert.equal((await page.evaluate(() => window.knotmap.guide())).blocked.urgency, 'emergency');
  assert.deepEqual(await page.evaluate(() => window.knotmap.setScreening({ yes: [] })), { ok: true });
  assert.equal((await page.evaluate(() => window.knotmap.guide())).positions.length, 3);
  await page.context().close();
});

test('a doctor-first answer blocks every zone; a spine condition only the zones beside the spine', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.setScreening({ yes: ['dvt'] }));
  let { g } = await guideOf(page, 'glute-max-left');
  assert.equal(g.blocked.urgency, 'doctor-first');
  assert.ok(g.blocked.reasons.includes(content.generalCautions.find((c) => c.id === 'dvt').advice));
  await page.evaluate(() => window.knotmap.setScreening({ yes: ['spine-condition'] }));
  ({ g } = await guideOf(page, 'laminar-lumbar-left'));
  assert.equal(g.blocked.urgency, 'specialist-first');
  ({ g } = await guideOf(page, 'glute-max-left'));
  assert.equal(g.blocked, null);
  const questions = g.screening.questions;
  assert.deepEqual([...new Set(questions.map((q) => q.kind))], ['red-flag', 'condition']);
  await page.context().close();
});

test('the text guide without JavaScript says what each answer changes and lists every red flag by urgency', async () => {
  const page = await b.newPage({ ...DESKTOP, javaScriptEnabled: false });
  await page.goto(b.origin + '/');
  const text = await page.locator('#knotmap-fallback').innerText();
  for (const f of content.redFlags) assert.ok(text.includes(f.question), f.id);
  for (const u of ['emergency', 'today', 'soon']) assert.ok(text.includes(content.urgencies[u].title), u);
  for (const c of content.generalCautions) assert.ok(text.includes(c.label) && text.includes(c.advice), c.id);
  assert.match(text, /The gentle rules: wall and chair only/);
  assert.ok(text.includes(content.pressure.stopIf));
  await page.context().close();
});
