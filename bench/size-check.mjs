// The download-size budget, checked on every test run as a file-size check (not a timing): the
// whole widget a visitor downloads must stay under 250 KB gzip -9. The full benchmark in bench/
// measures the rest.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 250 * 1024;
const dist = process.argv[2] || 'dist';
// What the widget page downloads (the demo blog page and embed loader are not part of the widget).
const NOT_WIDGET = new Set(['demo-blog.html']);

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
  if (NOT_WIDGET.has(name) || name === 'embed.js') continue;
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
  console.error(`size budget broken: ${gzip} bytes gzip > ${BUDGET_GZIP_BYTES}`);
  process.exit(1);
}
