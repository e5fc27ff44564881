// Shared set-up for the end-to-end tests and screenshot tools: Debian's Chromium driven by
// playwright-core (never a downloaded browser), headless, with the flags this machine needs,
// a fresh profile each launch, and dist/ served on 127.0.0.1.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, DEMO_PAGES } from '../../scripts/static-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'knotmap-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: FLAGS,
  });
  const server = await startServer(join(ROOT, 'dist'), 0, '127.0.0.1', DEMO_PAGES);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = context.browser();
  return {
    origin,
    // A fresh browser context per profile (phone, desktop...), so touch and scale settings apply.
    async newPage(profileOptions = DESKTOP) {
      const ctx = browser ? await browser.newContext(profileOptions) : context;
      const page = await ctx.newPage();
      const log = { errors: [], requests: [] };
      page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
      page.on('pageerror', (e) => log.errors.push(String(e)));
      page.on('request', (r) => log.requests.push(r.url()));
      page.knotmapLog = log;
      return page;
    },
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The words the canvas draws (src/core/words.h's constants, by name without the k), read from the
// header itself: what the page shows must be these very strings.
export function coreWords() {
  return Object.fromEntries([...readFileSync(join(ROOT, 'src', 'core', 'words.h'), 'utf8')
    .matchAll(/constexpr const char\* k(\w+) = "((?:[^"\\]|\\.)*)";/g)].map(([, name, text]) => [name, text.replace(/\\(.)/g, '$1')]));
}

// Serves the app page with its content data changed by edit(doc): the data files are inside
// index.html (scripts/inline-page.mjs). Call before openApp or goto.
export async function withContent(page, edit) {
  await page.route((url) => url.pathname === '/' || url.pathname.endsWith('/index.html'), async (route) => {
    const response = await route.fetch();
    let html = await response.text();
    // The content is in parts (scripts/inline-page.mjs): put it together, edit it, put it back.
    const restPattern = /(<script type="application\/json" id="knotmap-content-data">)([\s\S]*?)(<\/script>)/;
    const familyPattern = /(<script type="application\/json" data-knotmap-family="(\d+)">)([\s\S]*?)(<\/script>)/g;
    const sourcesPattern = /(<script type="application\/json" id="knotmap-sources-data">)([\s\S]*?)(<\/script>)/;
    const doc = JSON.parse(html.match(restPattern)[2]);
    doc.sources = JSON.parse(html.match(sourcesPattern)[2]);
    for (const m of html.matchAll(familyPattern)) doc.families[+m[2]] = JSON.parse(m[3]);
    edit(doc);
    const json = (value) => JSON.stringify(value).replace(/<\//g, '<\\/');
    html = html.replace(familyPattern, (all, open, i, body, close) => open + json(doc.families[+i]) + close);
    html = html.replace(restPattern, (all, open, body, close) => open + json({ ...doc, families: [], sources: [] }) + close);
    html = html.replace(sourcesPattern, (all, open, body, close) => open + json(doc.sources) + close);
    await route.fulfill({ response, body: html });
  });
}

// Opens the app and waits for its first frame that shows the map.
export async function openApp(page, origin, path = '/') {
  await page.goto(origin + path);
  await page.waitForFunction(() => window.knotmap && window.knotmap.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.knotmap.ready);
  await settled(page);
}

// Waits until the app has drawn everything the last input or API call asked for (its loop has
// paused again) and the DOM layer has caught up (it renders the guide in a task after the frame).
// `target` is a page or a frame. A running hold animates, so it never settles: don't use it then.
export async function settled(target) {
  await target.waitForFunction(() => typeof Module === 'object' && typeof Module._knotmap_loop_paused === 'function' &&
    Module._knotmap_loop_paused() === 1, null, { timeout: 10000, polling: 20 });
  await target.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

// A stored progress document in the documented format, as an earlier visit would have left it:
// sessions as [seconds since the previous one, zone, seconds, ball or null, before, after, note?].
export function progressDocument(sessions, start = 1767225600) {
  const zones = [], balls = [];
  const index = (list, id) => { if (!list.includes(id)) list.push(id); return list.indexOf(id); };
  let previous = start;
  const rows = sessions.map((s) => {
    const at = s.at ?? previous;
    const row = [at - previous, index(zones, s.zone), s.durationSec ?? 30, s.ball ? index(balls, s.ball) : -1,
      s.painBefore ?? -1, s.painAfter ?? -1];
    if (s.note) row.push(s.note);
    previous = at;
    return row;
  });
  return JSON.stringify({ format: 'knotmap-progress', version: 1, start, zones, balls, sessions: rows });
}

// Waits, in the test, until `condition()` holds (something the test itself records, such as
// messages heard through an exposed function); fails with `describe()` after `timeout` ms.
export async function until(condition, describe = () => '', timeout = 5000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting: ' + describe());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
