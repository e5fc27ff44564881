// The static fallback: the whole guide as plain semantic HTML, generated at build time from the
// same content and geometry files the app reads. It is what a reader gets without JavaScript,
// WebAssembly or WebGL 2, and what search engines index. Usage:
//   node scripts/render-fallback.mjs assets/content.json assets/geometry.json web/index.html pictures-svg.json > dist/index.html
// pictures-svg.json: the technique pictures as inline SVG, written by scripts/pictures.cpp from
// assets/poses.json with the app's own composition.
// The page's <!-- knotmap:fallback --> marker is replaced by the generated section.
import { readFileSync } from 'node:fs';

const [contentPath, geometryPath, pagePath, picturesPath] = process.argv.slice(2);
const pictures = JSON.parse(readFileSync(picturesPath, 'utf8'));
const content = JSON.parse(readFileSync(contentPath, 'utf8'));
const geometry = JSON.parse(readFileSync(geometryPath, 'utf8'));
const page = readFileSync(pagePath, 'utf8');
const MARKER = '<!-- knotmap:fallback -->';
if (!page.includes(MARKER)) throw new Error(`${pagePath}: the marker ${MARKER} is missing`);

// Every string from the content file goes through here: it is text, never markup.
// Quotes stay as they are in text (only attributes need them escaped): the page then repeats the
// content's own words byte for byte, which its inlined data compresses against.
const text = (s) => String(s).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
const attr = (s) => text(s).replace(/"/g, '&quot;');
const tag = (name, body, attrs = '') => `<${name}${attrs}>${body}</${name}>`;
const list = (items, ordered = false) => tag(ordered ? 'ol' : 'ul', items.map((i) => tag('li', i)).join(''));

// Zone ids follow the geometry loader: a mirrored pair is "<family>-left" and "<family>-right".
const zonesOf = new Map();
for (const z of geometry.zones) {
  const ids = z.mirror === 'pair' ? [`${z.family}-left`, `${z.family}-right`] : [z.id];
  const family = z.family || z.id;
  zonesOf.set(family, (zonesOf.get(family) || []).concat(ids));
}
const balls = new Map(content.balls.map((b) => [b.id, b]));
const sources = new Map(content.sources.map((s) => [s.id, s]));
const families = new Map(content.families.map((f) => [f.family, f]));
const GROUPS = [['upper-back', 'Upper back'], ['lower-back', 'Lower back'], ['hips', 'Hips']];
const POSITIONS = [['wall', 'Against a wall (start here)'], ['floor', 'On the floor (more pressure)'], ['travel', 'In a chair or car']];

const ballLine = (b) => `${b.name}, ${b.diameterCm} cm (${b.diameterIn} in), ${b.firmness.toLowerCase()}`;
const sides = (ids) => (ids.length === 2 ? ', left and right' : '');
const anchor = (family) => `knotmap-about-${family}`;
const citeList = (ids) => ids.map((id) => text(sources.get(id).title) + ' (' + text(sources.get(id).publisher) + ')').join('; ');

function familyArticle(f) {
  const ids = zonesOf.get(f.family) || [];
  const parts = [tag('h3', text(f.name) + sides(ids)), tag('p', text(f.where))];
  if (f.whyNot !== undefined) {
    parts.push(tag('p', tag('strong', 'Don’t press here. ') + text(f.whyNot)));
    for (const instead of f.nearest.map((id) => families.get(id)).filter(Boolean))
      parts.push(tag('p', `Work here instead: <a href="#${anchor(instead.family)}">${text(instead.name)}</a>`));
  } else {
    parts.push(tag('p', 'What a knot feels like: ' + text(f.feel)));
    if (f.spineSide) parts.push(tag('p', 'Right beside the spine: with a spine condition, scoliosis or a spinal fusion, ask your spine specialist first and skip the steps below.'));
    parts.push(tag('h4', 'Which ball'), list(f.balls.map((c, i) =>
      (i === 0 ? 'Best: ' : '') + text(ballLine(balls.get(c.ball))) + '. ' + text(c.why)), true));
    parts.push(tag('h4', 'Not this ball'), list(f.avoidBalls.map((c) => text(balls.get(c.ball).name) + ': ' + text(c.why))));
    for (const [key, title] of POSITIONS) {
      if (!f.technique[key]) continue;
      const floorNote = key === 'floor'
        ? (f.floorLying === 'side' || f.floorLying === 'seated'
          ? ` (${f.floorLying === 'side' ? 'on your side' : 'sitting'}: fine in pregnancy, not with the gentle rules)`
          : ' (on your back: not in pregnancy nor with the gentle rules)')
        : '';
      if (!pictures[`${f.family} ${key}`]) throw new Error(`${picturesPath}: no picture for ${f.family} ${key}`);
      parts.push(tag('h4', title + floorNote), pictures[`${f.family} ${key}`], list(f.technique[key].map(text), true));
    }
    if (pictures[`${f.family} groove`]) parts.push(tag('h4', 'How far from the spine'), pictures[`${f.family} groove`]);
    parts.push(tag('p', tag('strong', text(content.pressure.stopIf))));
    parts.push(tag('h4', 'Be careful'), list(f.cautions.map(text)));
  }
  parts.push(tag('p', 'Sources: ' + citeList(f.sources), ' class="knotmap-cite"'));
  return tag('article', parts.join(''), ` id="${anchor(f.family)}" data-zones="${ids.join(' ')}"`);
}

// What each screening answer changes, in words: the same rules the app applies (src/core/safety.cpp).
const d = content.dose, pr = content.pressure;
const softBalls = content.balls.filter((b) => b.firmnessLevel <= pr.gentleMaxFirmness).map((b) => b.name.toLowerCase()).join(' or ');
const EFFECTS = {
  'doctor-first': 'No steps: ' + content.urgencies['doctor-first'].title.toLowerCase() + '.',
  gentle: `The gentle rules: wall and chair only, a soft ball (${softBalls}), pressure up to ${pr.gentleMax} out of 10, ` +
    `${d.gentleHoldSeconds}-second holds, ${d.gentleMaxPerSpotSeconds} seconds a spot, ${d.gentleMaxSessionMinutes} minutes in all.`,
  'side-lying-only': 'No floor position lying on your back or front; the wall, a chair, lying on your side and sitting stay.',
  'specialist-first': 'No steps on the zones right beside the spine: ' + content.urgencies['specialist-first'].title.toLowerCase() + '.',
  'keep-off-area': 'Keep the ball off that area.',
};
const URGENCIES = ['emergency', 'today', 'soon'];

const sections = [
  tag('h1', 'Knotmap: a massage-ball guide for the back and hips', ' id="knotmap-fallback-title"'),
  tag('p', text(content.disclaimer)),
  tag('h2', 'When to see a doctor instead'),
  ...URGENCIES.map((u) => tag('h3', text(content.urgencies[u].title)) + tag('p', text(content.urgencies[u].text)) +
    list(content.redFlags.filter((f) => f.urgency === u).map((f) => text(f.question)))),
  tag('p', 'Sources: ' + citeList([...new Set(content.redFlags.flatMap((f) => f.sources))]), ' class="knotmap-cite"'),
  tag('h2', 'Does any of this apply to you? What each answer changes'),
  list(content.generalCautions.map((c) => tag('strong', text(c.label)) + '. ' + text(EFFECTS[c.effect]) + ' ' + text(c.advice))),
  tag('p', 'Several answers combine: the strictest rule of each kind applies.'),
  tag('h2', 'How long and how hard'),
  tag('p', text(`Hold each tender spot for ${d.holdSeconds} seconds, or roll an inch or two back and forth over it about ` +
    `${d.rollRepetitions} times. ${d.maxPerSpotSeconds} seconds per spot at most, then move on; ${d.maxSessionMinutes} minutes in all.`)),
  tag('p', text(d.often)), tag('p', text(d.nextDay)),
  tag('p', text(`Start at about ${pr.start} out of 10 and build slowly to no more than ${pr.max}. ${pr.summary}`)),
  tag('p', tag('strong', text(pr.stopIf))),
  tag('p', text(d.why) + ' ' + text(pr.why)),
  tag('h2', 'The balls'), list(content.balls.map((b) => text(ballLine(b)))),
  ...GROUPS.map(([group, title]) => tag('section',
    tag('h2', title) + content.families.filter((f) => f.group === group).map(familyArticle).join(''))),
  tag('h2', 'Sources'),
  list(content.sources.map((s) => (s.url ? `<a href="${attr(s.url)}">${text(s.title)}</a>` : text(s.title)) + ', ' + text(s.publisher))),
];
const missing = [...zonesOf.keys()].filter((family) => !families.has(family));
if (missing.length) throw new Error(`${contentPath}: no guidance for ${missing.join(', ')}`);

const html = `<section id="knotmap-fallback" aria-labelledby="knotmap-fallback-title">${sections.join('')}</section>`;
process.stdout.write(page.replace(MARKER, () => html));
