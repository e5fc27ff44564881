// Puts the built page's own stylesheet and script into dist/index.html, and deletes the files:
// two requests fewer before the first map frame (a browser opens at most six connections to a
// server over HTTP/1.1, and the page needs eight files). Usage:
//   node scripts/inline-page.mjs dist    (after page.css and the bundled, minified app.js are in dist/)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
const pagePath = join(dist, 'index.html');
let page = readFileSync(pagePath, 'utf8');

// Text inside <style> or <script> ends at the first "</style" or "</script"; neither file may hold one.
function inline(file, tag, element) {
  const body = readFileSync(join(dist, file), 'utf8').trim();
  if (new RegExp(`</${element}`, 'i').test(body)) throw new Error(`${file} contains "</${element}": it can't be inlined`);
  if (!page.includes(tag)) throw new Error(`${pagePath}: ${tag} is missing`);
  page = page.replace(tag, () => `<${element}>${body}</${element}>`);
  rmSync(join(dist, file));
}
inline('page.css', '<link rel="stylesheet" href="page.css">', 'style');
inline('app.js', '<script src="app.js"></script>', 'script');
writeFileSync(pagePath, page);
