// How tall each embed of the demo blog is on a phone and on desktop, as a new reader meets it:
// as it opens, after a tap on a muscle and the safety check, and with the steps opened.
// Usage: node bench/embed-height.mjs [--shots DIR] (after scripts/build). Prints a markdown table;
// with --shots, saves each embed's frame in each state as a PNG there, to look at.
import { launch, settled, PHONE, DESKTOP } from '../tests/e2e/browser.mjs';

const shots = process.argv.includes('--shots') ? process.argv[process.argv.indexOf('--shots') + 1] : null;
const b = await launch();
const rows = [];
try {
  for (const [name, profile] of [['phone 390x844', PHONE], ['desktop 1280x800', DESKTOP]]) {
    const page = await b.newPage(profile);
    await page.goto(b.origin + '/demo-blog.html');
    const hosts = await page.$$('[data-knotmap]');
    for (let i = 0; i < hosts.length; i++) {
      const host = hosts[i];
      await host.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => { const f = el.querySelector('iframe'); return f && f.src && f.contentWindow && f.contentWindow.knotmap; }, host, { timeout: 30000 });
      const handle = await host.$('iframe');
      const frame = await handle.contentFrame();
      await frame.evaluate(() => window.knotmap.ready);
      const height = async (state) => {
        await settled(frame);
        await page.waitForTimeout(300);
        if (shots) await handle.screenshot({ path: `${shots}/embed-${profile.hasTouch ? 'phone' : 'desktop'}-${i + 1}-${state}.png` });
        return Math.round((await handle.boundingBox()).height);
      };
      const opened = await height('opened');
      // A tap on a muscle of this embed's map (the first one it lists), where it is on screen.
      const zone = await frame.evaluate(() => window.knotmap.zones().find((z) => z.kind === 'muscle' && z.id !== window.knotmap.selected()));
      await handle.scrollIntoViewIfNeeded();
      const at = await handle.boundingBox();
      if (profile.hasTouch) await page.touchscreen.tap(at.x + zone.center.x, at.y + zone.center.y);
      else await page.mouse.click(at.x + zone.center.x, at.y + zone.center.y);
      await frame.evaluate(() => window.knotmap.setScreening({ yes: [] }));
      const tapped = await height('tapped');
      await frame.waitForSelector('#knotmap-guide [data-section="steps"]', { state: 'attached' });
      await frame.evaluate(() => document.querySelector('#knotmap-guide [data-section="steps"]').click());
      const steps = await height('steps');
      rows.push(`| ${name} | ${i + 1} | ${opened} | ${tapped} | ${steps} |`);
    }
  }
} finally {
  await b.close();
}
console.log('| viewport | embed | as it opens (CSS px) | after a tap and the safety check | with "How to do it" open |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
