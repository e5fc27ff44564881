// Puts the built page's own stylesheet, script and data files into dist/index.html, and deletes
// the files: four requests fewer before the first map frame (a browser opens at most six
// connections to a server over HTTP/1.1). Usage:
//   node scripts/inline-page.mjs dist    (after page.css, the bundled app.js and assets/*.json are in dist/)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
const pagePath = join(dist, 'index.html');
let page = readFileSync(pagePath, 'utf8');

// Text inside <style> or <script> ends at the first "</style" or "</script"; neither file may hold one.
// The stylesheet loses its comments and layout whitespace (page.css has no strings that hold
// any: only font names, which keep their single spaces).
const minifyCss = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim();
function inline(file, tag, element, minify = (text) => text) {
  const body = minify(readFileSync(join(dist, file), 'utf8').trim());
  if (new RegExp(`</${element}`, 'i').test(body)) throw new Error(`${file} contains "</${element}": it can't be inlined`);
  if (!page.includes(tag)) throw new Error(`${pagePath}: ${tag} is missing`);
  page = page.replace(tag, () => `<${element}>${body}</${element}>`);
  rmSync(join(dist, file));
}
inline('page.css', '<link rel="stylesheet" href="page.css">', 'style', minifyCss);
inline('app.js', '<script src="app.js"></script>', 'script');

// The data files go in too, as JSON (web/js/main.js reads them once the page is parsed). gzip only
// looks back 32 KB, and the page's text guide says much of what the content says: each family's
// data goes right after its article, the sources after the guide's list of them, the rest of the
// content after the guide's opening sections,
// so gzip finds most of it already sent (about 5 KB less than two separate files).
const json = (value, what) => {
  const body = JSON.stringify(value).replace(/<\//g, '<\\/');  // JSON's own escape for "/"
  if (body.includes('<!--')) throw new Error(`${what} contains "<!--": it can't be inlined`);
  return body;
};
const insertAfter = (anchor, html, what) => {
  const at = page.indexOf(anchor);
  if (at < 0) throw new Error(`${pagePath}: ${anchor} is missing (for ${what})`);
  page = page.slice(0, at + anchor.length) + html + page.slice(at + anchor.length);
};
const contentFile = join(dist, 'assets', 'content.json');
const content = JSON.parse(readFileSync(contentFile, 'utf8'));
content.families.forEach((family, i) => {
  const start = page.indexOf(`<article id="knotmap-about-${family.family}"`);
  if (start < 0) throw new Error(`${pagePath}: no article for family ${family.family}`);
  const end = page.indexOf('</article>', start) + '</article>'.length;
  page = page.slice(0, end) + `<script type="application/json" data-knotmap-family="${i}">${json(family, family.family)}</script>` + page.slice(end);
});
const rest = { ...content, families: [], sources: [] };
insertAfter('<h2>The balls</h2>', `<script type="application/json" id="knotmap-content-data">${json(rest, 'content.json')}</script>`, 'content.json');
const sourcesEnd = page.indexOf('</ul>', page.indexOf('<h2>Sources</h2>')) + '</ul>'.length;
if (sourcesEnd < '</ul>'.length) throw new Error(`${pagePath}: the text guide's list of sources is missing`);
page = page.slice(0, sourcesEnd) + `<script type="application/json" id="knotmap-sources-data">${json(content.sources, 'sources')}</script>` + page.slice(sourcesEnd);
const geometryFile = join(dist, 'assets', 'geometry.json');
if (!page.includes('</main>')) throw new Error(`${pagePath}: </main> is missing`);
page = page.replace('</main>', () => `<script type="application/json" id="knotmap-geometry-data">${json(JSON.parse(readFileSync(geometryFile, 'utf8')), 'geometry.json')}</script>\n</main>`);
rmSync(contentFile);
rmSync(geometryFile);
writeFileSync(pagePath, page);
