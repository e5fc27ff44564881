// Debian's Chromium driven by playwright-core (never a downloaded browser), headless, with the
// same flags as tests/e2e/browser.mjs, one fresh browser and profile per measured page load: the
// process tree measured from /proc then holds nothing but that page.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];
export const EXECUTABLE = process.env.CHROMIUM || '/usr/bin/chromium';

// The widget is mostly read on phones: a 390x844 CSS px screen at 3x with touch, as tests/e2e's PHONE.
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

export async function launchFresh(profileOptions = PHONE) {
  const profile = mkdtempSync(join(tmpdir(), 'knotmap-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE, headless: true, args: FLAGS, ...profileOptions,
  });
  return {
    context,
    profile,  // also the marker that finds this browser's processes in /proc
    page: context.pages()[0] || await context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
