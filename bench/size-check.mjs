// The download size of the widget, per file and in total, raw and gzip -9 (a file-size check, not
// a timing): everything an embedding page's reader downloads, embed.js included. The budget is
// 250 KB gzip in total; with --enforce (as scripts/test runs it) a bigger total fails.
import { BUDGET_GZIP_BYTES, widgetSizes } from './lib/sizes.mjs';

const args = process.argv.slice(2);
const enforce = args.includes('--enforce');
const dist = args.find((a) => !a.startsWith('--')) || 'dist';

const { files, raw, gzip } = widgetSizes(dist);
console.log(`${'file'.padEnd(34)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)}`);
for (const f of files) console.log(`${f.name.padEnd(34)} ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)}`);
console.log(`${'total'.padEnd(34)} ${String(raw).padStart(9)} ${String(gzip).padStart(9)}  (budget ${BUDGET_GZIP_BYTES})`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`over the size goal: ${gzip} bytes gzip > ${BUDGET_GZIP_BYTES}${enforce ? '' : ' (reported, not enforced)'}`);
  if (enforce) process.exit(1);
}
