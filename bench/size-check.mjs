// The download size of the widget, per file and in total, raw and gzip -9 (a file-size check, not
// a timing): everything an embedding page's reader downloads, embed.js included. The budget is
// 250 KB gzip in total; with --enforce (as scripts/test runs it) a bigger total fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 250 * 1000;  // 250 KB, the stricter decimal reading
const args = process.argv.slice(2);
const enforce = args.includes('--enforce');
const dist = args.find((a) => !a.startsWith('--')) || 'dist';
const NOT_WIDGET = new Set(['demo-blog.html']);  // the demo host page, not part of the widget

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let raw = 0, gzip = 0;
const rows = [];
for (const file of walk(dist)) {
  const name = relative(dist, file);
  if (NOT_WIDGET.has(name)) continue;
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += gz;
  rows.push(`${name.padEnd(34)} ${String(bytes.length).padStart(9)} ${String(gz).padStart(9)}`);
}
console.log(`${'file'.padEnd(34)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)}`);
for (const row of rows.sort()) console.log(row);
console.log(`${'total'.padEnd(34)} ${String(raw).padStart(9)} ${String(gzip).padStart(9)}  (budget ${BUDGET_GZIP_BYTES})`);
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`over the size goal: ${gzip} bytes gzip > ${BUDGET_GZIP_BYTES}${enforce ? '' : ' (reported, not enforced)'}`);
  if (enforce) process.exit(1);
}
