// The download size of the widget, per file and in total, raw and gzip -9 (a file-size check, not
// a timing): everything an embedding page's reader downloads, embed.js included. The budget is
// 250 KB gzip in total, and what comes before the first map frame has its own budget (what it needs
// plus a small margin; issue 23's goal is 200 KB); with --enforce (as scripts/test runs it) a
// bigger total or a bigger first-map-frame part fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGET_GZIP_BYTES, FIRST_FRAME_BUDGET_GZIP_BYTES, FIRST_FRAME_GOAL_GZIP_BYTES, firstFrameSizes, LOADED_LATER, widgetSizes } from './lib/sizes.mjs';

const args = process.argv.slice(2);
const enforce = args.includes('--enforce');
const dist = args.find((a) => !a.startsWith('--')) || 'dist';

const { files, raw, gzip } = widgetSizes(dist);
console.log(`${'file'.padEnd(34)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)}`);
for (const f of files) console.log(`${f.name.padEnd(34)} ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)}`);
console.log(`${'total'.padEnd(34)} ${String(raw).padStart(9)} ${String(gzip).padStart(9)}  (budget ${BUDGET_GZIP_BYTES})`);
const later = files.filter((f) => LOADED_LATER[f.name]);
for (const f of later) console.log(`loaded after the first map frame: ${f.name} (${LOADED_LATER[f.name]}) ${f.gzip} bytes gzip`);
const first = firstFrameSizes({ files }).gzip;
console.log(`before the first map frame (embed.js included): ${first} bytes gzip `
  + `(budget ${FIRST_FRAME_BUDGET_GZIP_BYTES}, goal ${FIRST_FRAME_GOAL_GZIP_BYTES})`);
// The static guide's pictures are inline SVG in index.html: what they add to its gzip size.
const page = readFileSync(join(dist, 'index.html'), 'utf8');
const svgs = page.match(/<svg[\s\S]*?<\/svg>/g) || [];
const withoutSvg = gzipSync(page.replace(/<svg[\s\S]*?<\/svg>/g, ''), { level: 9 }).length;
console.log(`of which the static guide's ${svgs.length} inline SVG pictures: ${gzipSync(page, { level: 9 }).length - withoutSvg} bytes gzip`);
const over = [];
if (gzip > BUDGET_GZIP_BYTES) over.push(`the total, ${gzip} bytes gzip > ${BUDGET_GZIP_BYTES}`);
if (first > FIRST_FRAME_BUDGET_GZIP_BYTES) over.push(`before the first map frame, ${first} bytes gzip > ${FIRST_FRAME_BUDGET_GZIP_BYTES}`);
for (const line of over) console.error(`over the size budget: ${line}${enforce ? '' : ' (reported, not enforced)'}`);
if (enforce && over.length) process.exit(1);
