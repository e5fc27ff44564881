// Saves phone (390x844 at 3x) and desktop (1280x800) screenshots of dist/ to tests/e2e/artifacts/,
// optionally after selecting a zone: node scripts/screenshots.mjs [zone-id] [--marked a,b]
import { launch, openApp, PHONE, DESKTOP, ARTIFACTS } from '../tests/e2e/browser.mjs';
import { join } from 'node:path';

const zone = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
// --full: also capture each further screen of the page, scrolling one screen at a time
// (a full-page capture can't work: the canvas is sticky and draws what is scrolled into view).
const full = process.argv.includes('--full');
const markedArg = process.argv.indexOf('--marked');
const marked = markedArg > 0 ? process.argv[markedArg + 1].split(',') : [];
// --screening ids: answers saved on the device before the page loads ("none" for no cautions).
const screeningArg = process.argv.indexOf('--screening');
const screening = screeningArg > 0 ? process.argv[screeningArg + 1].split(',').filter((x) => x !== 'none') : null;
// --position wall|floor|chair: the steps (and picture) of that position.
const positionArg = process.argv.indexOf('--position');
const position = positionArg > 0 ? process.argv[positionArg + 1] : null;
const b = await launch();
for (const [name, profile] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  const page = await b.newPage(profile);
  if (screening) {
    await page.addInitScript((yes) => localStorage.setItem('knotmap-screening', JSON.stringify({ version: 1, answered: true, yes })), screening);
  }
  await openApp(page, b.origin);
  for (const id of marked) await page.evaluate((i) => window.knotmap.mark(i, true), id);
  if (zone) await page.evaluate((id) => window.knotmap.select(id), zone);
  if (position) await page.evaluate((p) => Module.ccall('knotmap_call', 'string', ['string', 'string'], ['choosePosition', JSON.stringify([p])]), position);
  await page.waitForTimeout(300);
  const file = join(ARTIFACTS, `shot-${name}${zone ? '-' + zone : ''}.png`);
  await page.screenshot({ path: file });
  console.log(file, page.knotmapLog.errors);
  if (full) {
    const { height } = page.viewportSize();
    const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (let n = 2, y = height * 0.9; y - height * 0.9 < max; n++, y += height * 0.9) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(200);
      const more = file.replace('.png', `-${n}.png`);
      await page.screenshot({ path: more });
      console.log(more);
    }
  }
}
await b.close();

// --readme: compose the desktop and phone shots into docs/screenshot.png for the README.
if (process.argv.includes('--readme')) {
  const { readFileSync } = await import('node:fs');
  const b2 = await launch();
  const page = await b2.newPage({ viewport: { width: 1400, height: 720 }, deviceScaleFactor: 1 });
  const img = (n) => 'data:image/png;base64,' + readFileSync(join(ARTIFACTS, `shot-${n}${zone ? '-' + zone : ''}.png`)).toString('base64');
  await page.setContent(`<body style="margin:0;background:#e9e4dc;display:flex;gap:28px;align-items:center;justify-content:center;height:720px">
    <img src="${img('desktop')}" style="width:1000px;border-radius:10px;box-shadow:0 6px 24px #0003">
    <img src="${img('phone')}" style="height:660px;border-radius:22px;box-shadow:0 6px 24px #0003"></body>`);
  await page.screenshot({ path: join(ARTIFACTS, '..', '..', '..', 'docs', 'screenshot.png') });
  await b2.close();
}
