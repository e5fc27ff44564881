// Guidance for every zone reaches the page as text, and the safety screening changes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { coreWords, launch, openApp, settled, withContent, PHONE, DESKTOP, ARTIFACTS, ROOT } from './browser.mjs';
import { pixelsOf, changedPixels } from './pixels.mjs';

const content = JSON.parse(readFileSync(join(ROOT, 'assets', 'content.json'), 'utf8'));
const familyOf = (id) => id.replace(/-(left|right)$/, '');
const family = (id) => content.families.find((f) => f.family === familyOf(id));
const ballName = (id) => content.balls.find((b) => b.id === id).name;

let b;
before(async () => { b = await launch(); });
after(async () => { await b.close(); });

async function answered(page, yes = []) {
  await page.addInitScript((ids) => {
    localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes: ids }));
  }, yes);
}

async function guideText(page, id) {
  await page.evaluate((z) => window.knotmap.select(z), id);
  await page.waitForFunction((z) => {
    const h = document.querySelector('#knotmap-guide h3');
    return h && h.textContent === window.knotmap.zones().find((x) => x.id === z).name;
  }, id, { timeout: 3000 });
  return page.locator('#knotmap-guide').innerText();
}

test('every zone shows its name, best ball, wall steps and cautions (or why not to press) as text', async () => {
  const page = await b.newPage(DESKTOP);
  await answered(page);
  await openApp(page, b.origin);
  const zones = await page.evaluate(() => window.knotmap.zones());
  for (const zone of zones) {
    const text = await guideText(page, zone.id);
    const f = family(zone.id);
    assert.ok(text.includes(zone.name), `${zone.id}: name`);
    if (zone.kind === 'avoid') {
      assert.ok(text.includes(f.whyNot), `${zone.id}: why not`);
      assert.match(text, /Work here instead/, `${zone.id}: points to a zone`);
      continue;
    }
    assert.ok(text.includes(ballName(f.balls[0].ball)), `${zone.id}: first ball`);
    for (const step of f.technique.wall) assert.ok(text.includes(step), `${zone.id}: wall step "${step}"`);
    for (const caution of f.cautions) assert.ok(text.includes(caution), `${zone.id}: caution "${caution}"`);
    assert.ok(text.includes(content.redFlags[0].question), `${zone.id}: red flags`);
  }
  await page.context().close();
});

test('the first time, the screening is asked; the answers are kept and change the guidance', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  await page.evaluate(() => window.knotmap.select('laminar-lumbar-left'));
  const form = page.locator('#knotmap-guide form');
  await form.waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'guide-phone-screening.png') });
  // The DOM mirror shows itself when something in it has keyboard focus, as for a keyboard user.
  for (const name of ['pregnancy', 'spine-condition']) {
    await form.locator(`input[name="${name}"]`).focus();
    await form.locator(`input[name="${name}"]`).check();
  }
  await form.locator('button[type="submit"]').focus();
  await page.screenshot({ path: join(ARTIFACTS, 'guide-phone-screening-dom.png') });
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction(() => !document.querySelector('#knotmap-guide form'));
  const text = await page.locator('#knotmap-guide').innerText();
  // Beside the spine with a spine condition: no steps, the specialist first; the pregnancy advice shows too.
  assert.match(text, /Ask your spine specialist first/);
  assert.deepEqual(await page.evaluate(() => window.knotmap.guide().positions), [], 'no steps beside the spine');
  assert.equal(await page.evaluate(() => window.knotmap.guide().blocked.urgency), 'specialist-first');
  assert.doesNotMatch(text, /Start here: leaning into a wall/);
  assert.ok(text.includes(content.generalCautions.find((c) => c.id === 'pregnancy').advice));
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('knotmap-screening')));
  assert.deepEqual(saved.yes.sort(), ['pregnancy', 'spine-condition']);
  await settled(page);
  await page.screenshot({ path: join(ARTIFACTS, 'guide-phone-after-screening.png') });

  // A zone away from the spine gets no specialist note; after a reload the answers still apply.
  await page.reload();
  await page.evaluate(() => window.knotmap.ready);
  const glute = await guideText(page, 'glute-max-right');
  assert.doesNotMatch(glute, /Ask your spine specialist first/);
  assert.match(glute, /Start here: leaning into a wall/);
  // Pregnancy keeps the buttock's floor position: it is worked sitting, not lying on the back.
  assert.deepEqual(await page.evaluate(() => window.knotmap.guide().positions.map((p) => p.id)), ['wall', 'floor', 'chair']);
  assert.equal(await page.locator('#knotmap-guide form').count(), 0, 'not asked again');
  await page.context().close();
});

test('guidance text never becomes HTML, whatever the content file holds', async () => {
  const page = await b.newPage(DESKTOP);
  await answered(page);
  await withContent(page, (doc) => {
    doc.families.find((f) => f.family === 'ql').where = '<img src=x onerror="window.__pwned=1"> Side of the waist </script>';
  });
  await openApp(page, b.origin);
  const text = await guideText(page, 'ql-left');
  assert.ok(text.includes('<img src=x'), 'shown as text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#knotmap-guide img').count(), 0);
  await page.context().close();
});

test('a broken content file shows a precise error screen, not a blank canvas', async () => {
  const page = await b.newPage(DESKTOP);
  await withContent(page, (doc) => { delete doc.families.find((f) => f.family === 'ql').technique.wall; });
  await page.goto(b.origin + '/');
  await page.waitForFunction(() => document.getElementById('knotmap-status').classList.contains('is-error'), null, { timeout: 20000 });
  const text = await page.locator('#knotmap-status').innerText();
  assert.match(text, /content\.json: families\[5\] \(ql\): technique: field 'wall': expected a non-empty list, found nothing/);
  await page.screenshot({ path: join(ARTIFACTS, 'guide-content-error.png') });
  await page.context().close();
});

for (const [name, profile] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`${name}: choosing a zone draws its guidance panel on the canvas`, async () => {
    const page = await b.newPage(profile);
    await answered(page);
    await openApp(page, b.origin);
    const view = { x: 0, y: 0, ...page.viewportSize() };
    const before = await pixelsOf(page, view, 'css');
    await page.evaluate(() => window.knotmap.select('ql-left'));
    await settled(page);
    const after = await pixelsOf(page, view, 'css');
    await page.screenshot({ path: join(ARTIFACTS, `guide-${name}-ql.png`) });
    // The panel's text and cards replace the home view: a large part of the screen is redrawn.
    const changed = changedPixels(before, after, view);
    const share = changed.count / (before.width * before.height);
    assert.ok(share > 0.05, `${(share * 100).toFixed(1)}% of the screen changed`);
    await page.evaluate(() => window.scrollTo(0, innerHeight * 0.9));
    await settled(page);
    await page.screenshot({ path: join(ARTIFACTS, `guide-${name}-ql-2.png`) });
    await page.context().close();
  });
}

test('knotmap.guide() is what #knotmap-guide shows, word for word, for every muscle zone; null with nothing selected', async () => {
  const page = await b.newPage(DESKTOP);
  await answered(page);
  await openApp(page, b.origin);
  assert.equal(await page.evaluate(() => window.knotmap.guide()), null);
  const muscles = (await page.evaluate(() => window.knotmap.zones())).filter((z) => z.kind === 'muscle');
  for (const zone of muscles) {
    const text = await guideText(page, zone.id);
    const g = await page.evaluate(() => window.knotmap.guide());
    assert.equal(g.zone, zone.id);
    assert.equal(g.name, zone.name);
    assert.equal(g.side, zone.side);
    assert.equal(g.kind, 'muscle');
    assert.deepEqual(g.positions.map((p) => p.id), ['wall', 'floor', 'chair'], `${zone.id}: every position, in order`);
    // The steps of the chosen position show, as on the canvas; choosing another shows its steps.
    for (const p of g.positions) {
      assert.ok(text.includes(p.name), `${zone.id}: ${p.id} name`);
      const shown = await page.evaluate((id) => {
        const before = window.knotmap.guide().position;
        Module.ccall('knotmap_call', 'string', ['string', 'string'], ['choosePosition', JSON.stringify([id])]);
        return before;
      }, p.id);
      if (shown !== p.id) await page.waitForFunction((id) => document.querySelector('#knotmap-guide button[data-position="' + id + '"][aria-pressed="true"]'), p.id);
      const now = await page.locator('#knotmap-guide').innerText();
      for (const step of p.steps) assert.ok(now.includes(step), `${zone.id}: ${p.id} step "${step}"`);
    }
    await page.evaluate(() => Module.ccall('knotmap_call', 'string', ['string', 'string'], ['choosePosition', '["wall"]']));
    assert.deepEqual(g.positions.find((p) => p.id === 'wall').steps, family(zone.id).technique.wall);
    for (const ball of g.balls) assert.ok(text.includes(ball.name) && text.includes(ball.why), `${zone.id}: ball ${ball.id}`);
    for (const ball of g.avoidBalls) assert.ok(text.includes(ball.why), `${zone.id}: not ${ball.id}`);
    for (const caution of g.cautions) assert.ok(text.includes(caution), `${zone.id}: caution "${caution}"`);
    for (const flag of g.redFlags) assert.ok(text.includes(flag), `${zone.id}: red flag`);
    assert.ok(g.balls.every((ball) => typeof ball.diameterCm === 'number' && ball.firmness), `${zone.id}: ball sizes`);
  }
  await page.context().close();
});

test('knotmap.setScreening() answers as the form does, screening() reads it back, and an unknown id changes nothing', async () => {
  const page = await b.newPage(PHONE);
  await openApp(page, b.origin);
  assert.deepEqual(await page.evaluate(() => window.knotmap.screening()), { answered: false, yes: [] });
  const refused = await page.evaluate(() => window.knotmap.setScreening({ yes: ['pregnancy', 'kneecap'] }));
  assert.equal(refused.ok, false);
  assert.match(refused.error, /^field 'yes': unknown question 'kneecap' \(the questions: .*pregnancy.*\)$/);
  for (const bad of [null, [], { yes: 'pregnancy' }, { yes: [], more: 1 }]) {
    assert.deepEqual(await page.evaluate((a) => window.knotmap.setScreening(a), bad), { ok: false, error: 'expected {yes: [question ids]}' });
  }
  assert.deepEqual(await page.evaluate(() => window.knotmap.screening()), { answered: false, yes: [] });
  assert.equal(await page.evaluate(() => localStorage.getItem('knotmap-screening')), null, 'nothing stored');

  assert.deepEqual(await page.evaluate(() => window.knotmap.setScreening({ yes: ['pregnancy'] })), { ok: true });
  assert.deepEqual(await page.evaluate(() => window.knotmap.screening()), { answered: true, yes: ['pregnancy'] });
  await page.evaluate(() => window.knotmap.select('ql-left'));
  await settled(page);
  const g = await page.evaluate(() => window.knotmap.guide());
  assert.deepEqual(g.positions.map((p) => p.id), ['wall', 'chair']);
  assert.deepEqual(g.screening.questions.filter((q) => q.yes).map((q) => q.id), ['pregnancy']);
  assert.equal(await page.locator('#knotmap-guide form').count(), 0, 'the form is not asked any more');
  await page.reload();
  await page.evaluate(() => window.knotmap.ready);
  assert.deepEqual(await page.evaluate(() => window.knotmap.screening()), { answered: true, yes: ['pregnancy'] }, 'kept on the device');
  assert.deepEqual(await page.evaluate(() => window.knotmap.setScreening({ yes: [] })), { ok: true });
  assert.deepEqual(await page.evaluate(() => window.knotmap.screening()), { answered: true, yes: [] });
  await page.context().close();
});

test('"change my answers" is one state: the page\'s button reopens the questions on the canvas too, and answering closes them in both', async () => {
  const page = await b.newPage(DESKTOP);
  await answered(page);
  await openApp(page, b.origin);
  await guideText(page, 'ql-left');
  assert.equal(await page.locator('#knotmap-guide form').count(), 0);
  const view = { x: 0, y: 0, ...page.viewportSize() };
  const before = await pixelsOf(page, view, 'css');
  await page.locator('#knotmap-guide button', { hasText: 'Safety check: change my answers' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#knotmap-guide form').waitFor();
  assert.equal(await page.evaluate(() => window.knotmap.guide().screening.editing), true);
  await page.evaluate(() => document.activeElement.blur());
  await settled(page);
  // The canvas's panel now shows the questions instead of the guidance.
  const reopened = await pixelsOf(page, view, 'css');
  const share = changedPixels(before, reopened, view).count / (view.width * view.height);
  assert.ok(share > 0.05, `the canvas redrew its panel (${(share * 100).toFixed(1)}% changed)`);
  await page.locator('#knotmap-guide form button[type="submit"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('#knotmap-guide form'));
  assert.equal(await page.evaluate(() => window.knotmap.guide().screening.editing), false);
  await page.evaluate(() => document.activeElement.blur());
  await settled(page);
  const closed = await pixelsOf(page, view, 'css');
  assert.ok(changedPixels(before, closed, view).count / (view.width * view.height) < 0.01, 'the canvas shows the guidance again');
  await page.context().close();
});

const words = coreWords();

test('the page\'s headings and buttons are the words the canvas draws', async () => {
  const page = await b.newPage(DESKTOP);
  await openApp(page, b.origin);
  const texts = (selector) => page.locator(selector).allTextContents();
  await guideText(page, 'glute-med-left');
  // Not answered yet: the safety questions, with the canvas's title and button.
  assert.deepEqual(await texts('#knotmap-guide h4'), [words.ScreeningTitle, words.RedFlags, words.Sources]);
  assert.deepEqual(await texts('#knotmap-guide form h5'), [words.RedFlagsCheck, words.ConditionsCheck]);
  assert.equal(await page.locator('#knotmap-guide form p').textContent(), words.ScreeningNote);
  const save = page.locator('#knotmap-guide form button[type="submit"]');
  assert.equal(await save.textContent(), words.ScreeningNone, 'nothing ticked');
  await page.evaluate(() => {
    const box = document.querySelector('#knotmap-guide form input[name="pregnancy"]');
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  });
  assert.equal(await save.textContent(), words.ScreeningSave, 'an answer to save');
  await page.evaluate(() => window.knotmap.setScreening({ yes: [] }));
  await page.waitForFunction(() => !document.querySelector('#knotmap-guide form'));
  assert.deepEqual(await texts('#knotmap-guide h4'),
    [words.WhichBall, words.NotHere, words.HowTo, words.HowLong, words.HowHard, words.BeCareful, words.RedFlags, words.Sources]);
  assert.equal(await page.locator('#knotmap-mark').textContent(), words.Mark);
  assert.ok((await page.locator('#knotmap-guide').innerText()).includes(words.Feel), 'what a knot feels like');
  assert.ok((await texts('#knotmap-guide button')).includes(words.ChangeAnswers));
  assert.ok((await texts('#knotmap-guide li'))[0].startsWith(words.BestBall + ': '));
  assert.ok((await texts('#knotmap-hold button')).includes('Log a session by hand'));
  // Bone: why not, and where to work instead.
  await guideText(page, 'avoid-spine');
  assert.deepEqual(await texts('#knotmap-guide h4'), [words.DontPress, words.Sources]);
  const instead = await page.evaluate(() => window.knotmap.guide().instead.map((z) => z.name));
  assert.equal(instead.length, 2, 'the mid-back and the low-back grooves');
  assert.deepEqual(await texts('#knotmap-guide button'), [words.WayHome, ...instead.map((name) => words.WorkInstead + name)]);
  await page.context().close();
});
