// What is in the wasm: each function's size in bytes, from a build that keeps the function names
// (scripts/build-names does one into build/web-names/). The largest first, and the total per
// source area (our core, app and platform, Dear ImGui, libc++, SDL, the rest) by name.
//   node bench/wasm-functions.mjs [file.wasm] [how many to list, 40]
import { readFileSync } from 'node:fs';

const file = process.argv[2] || 'build/web-names/knotmap.wasm';
const top = Number(process.argv[3] || 40);
const bytes = readFileSync(file);

let at = 8;  // after the magic and the version
function uleb() {
  let result = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}
function name() {
  const length = uleb();
  const text = bytes.toString('utf8', at, at + length);
  at += length;
  return text;
}

let imported = 0;
const sizes = [];
const names = new Map();
while (at < bytes.length) {
  const id = bytes[at++];
  const size = uleb();
  const end = at + size;
  if (id === 2) {  // imports: imported functions come first in the index space
    for (let n = uleb(); n > 0; n--) {
      name();
      name();
      const kind = bytes[at++];
      if (kind === 0) { uleb(); imported++; }
      else if (kind === 1) { at++; const flags = uleb(); uleb(); if (flags & 1) uleb(); }
      else if (kind === 2) { const flags = uleb(); uleb(); if (flags & 1) uleb(); }
      else if (kind === 3) { at += 2; }
    }
  } else if (id === 10) {
    for (let n = uleb(); n > 0; n--) {
      const body = uleb();
      sizes.push(body);
      at += body;
    }
  } else if (id === 0 && name() === 'name') {
    while (at < end) {
      const sub = bytes[at++];
      const subSize = uleb();
      const subEnd = at + subSize;
      if (sub === 1) for (let n = uleb(); n > 0; n--) { const index = uleb(); names.set(index, name()); }
      at = subEnd;
    }
  }
  at = end;
}

function area(fn) {
  if (/knotmap|Knotmap/.test(fn)) return /ImGui|imgui|draw_|ui::|app_/.test(fn) ? 'knotmap app' : 'knotmap core';
  if (/^ImGui|Im[A-Z]|stb|imgui/.test(fn)) return 'Dear ImGui';
  if (/nlohmann/.test(fn)) return 'nlohmann/json';
  if (/^SDL|^Emscripten_|^GLES2_/.test(fn)) return 'SDL';
  if (/^std::|__cxx|__1::/.test(fn)) return 'libc++';
  return 'other (libc, glue)';
}

const rows = sizes.map((size, i) => ({ size, name: names.get(imported + i) || `function ${imported + i}` }));
const total = rows.reduce((sum, r) => sum + r.size, 0);
console.log(`${rows.length} functions, ${total} bytes of code in ${file}\n`);
const byArea = new Map();
for (const r of rows) byArea.set(area(r.name), (byArea.get(area(r.name)) || 0) + r.size);
for (const [a, size] of [...byArea].sort((x, y) => y[1] - x[1])) console.log(`${String(size).padStart(8)}  ${a}`);
console.log('');
for (const r of rows.sort((x, y) => y.size - x.size).slice(0, top)) console.log(`${String(r.size).padStart(8)}  ${r.name.slice(0, 150)}`);
