// The WordPress plugin in a real WordPress 6.1, set up by tests/wordpress/run (which says where in
// KNOTMAP_WP_SITE): the block, the shortcode, a pasted link and options the widget can't use, on
// a phone and on desktop, in the block theme and then the classic one; the full-page address, the
// oEmbed answers, and the block in the editor. Saves docs/wordpress-*.png for the README.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, settled, DESKTOP, PHONE, ROOT } from '../e2e/browser.mjs';

const site = JSON.parse(readFileSync(process.env.KNOTMAP_WP_SITE, 'utf8'));
const { origin, posts, admin } = site;
const READY_TIMEOUT = 30000;  // wasm and WebGL on swiftshader, two cores
const PROFILES = [['desktop', DESKTOP], ['phone', PHONE]];

let b;
before(async () => { b = await launch(); });
after(async () => { if (b) await b.close(); });

// A page that records every request (its frames' too) and every uncaught error.
async function newPage(profile) {
  const page = await b.newPage(profile);
  page.uncaught = [];
  page.on('pageerror', (e) => page.uncaught.push(String(e)));
  page.widgetRequests = [];  // those made by the widget's own frames
  page.on('request', (r) => { if (/\/plugins\/knotmap\/widget\//.test(r.frame().url())) page.widgetRequests.push(r.url()); });
  return page;
}

const foreign = (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;
function foreignRequests(page) {
  return page.knotmapLog.requests.filter(foreign);
}

async function ready(frame) {
  await frame.waitForFunction(() => window.knotmap && window.knotmap.ready, null, { timeout: READY_TIMEOUT });
  await frame.evaluate(() => window.knotmap.ready);
  await settled(frame);
}

// Each [data-knotmap] element's widget, scrolled to (they load lazily) and started.
async function widgets(page) {
  const found = [];
  for (const host of await page.$$('[data-knotmap]')) {
    await host.scrollIntoViewIfNeeded();
    const handle = await host.waitForSelector('iframe', { timeout: 10000 });
    await page.waitForFunction((f) => f.src && f.contentWindow && f.contentWindow.knotmap, handle, { timeout: READY_TIMEOUT });
    const frame = await handle.contentFrame();
    await ready(frame);
    found.push({ host, handle, frame });
  }
  return found;
}

// The iframe grows to its content's height (embed.js, on the widget's "height" message).
async function assertSizedToContent({ handle, frame }) {
  let outer = 0, inner = -10;
  for (const end = Date.now() + 10000; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    outer = (await handle.boundingBox()).height;
    inner = await frame.evaluate(() => document.documentElement.scrollHeight);
    if (Math.abs(outer - inner) <= 2) return;
  }
  assert.fail(`iframe ${outer}px vs content ${inner}px`);
}

async function waitForFrame(page, matches, timeout = 30000) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const frame = page.frames().find((f) => matches(f.url()));
    if (frame) return frame;
  }
  throw new Error('no such frame: ' + page.frames().map((f) => f.url()).join(', '));
}

async function paragraphs(page) {
  return page.$$eval('main p, article p, .entry-content p', (ps) => ps.map((p) => p.textContent.trim()));
}

async function logIn(page) {
  await page.goto(origin + '/wp-login.php');
  await page.fill('#user_login', admin.user);
  await page.fill('#user_pass', admin.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//, { timeout: 30000 }), page.click('#wp-submit')]);
}

// The docs' screenshots: small PNGs of the viewport, one pixel per CSS pixel.
async function screenshot(page, name) {
  await page.screenshot({ path: join(ROOT, 'docs', name), scale: 'css' });
}

for (const [name, profile] of PROFILES) {
  test(`${name}: the block's widget loads from the blog, takes its options, fits its content and keeps a session across a reload`, async () => {
    const page = await newPage(profile);
    await page.goto(posts.block.url);
    const text = await paragraphs(page);
    assert.ok(text.some((t) => t.startsWith('The quadratus lumborum')) && text.some((t) => t.startsWith('Hold each spot')), 'the post\'s paragraphs');
    const [widget, ...more] = await widgets(page);
    assert.equal(more.length, 0);
    assert.equal(await widget.handle.getAttribute('sandbox'), null, 'not sandboxed');
    assert.equal(new URL(await widget.handle.getAttribute('src')).origin, origin, 'served by the blog');
    assert.equal(await widget.frame.evaluate(() => window.knotmap.selected()), 'ql-left');
    assert.equal(await widget.frame.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
    await assertSizedToContent(widget);

    // The widget's storage is the blog's: a session logged here is still there after a reload.
    assert.deepEqual(await widget.frame.evaluate(() => window.knotmap.logSession({ zone: 'ql-left', durationSec: 30, painBefore: 6, painAfter: 3 })), { ok: true });
    await page.reload();
    const [again] = await widgets(page);
    assert.equal(await again.frame.evaluate(() => window.knotmap.sessions().length), 1);

    // For the README: the post scrolled to the widget, a line of the article above it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = (await again.host.boundingBox()).y;
    await page.evaluate((y) => window.scrollTo(0, y), top - (name === 'phone' ? 90 : 140));
    await settled(again.frame);
    await screenshot(page, `wordpress-post-${name}.png`);

    assert.deepEqual(foreignRequests(page), [], 'no request to another site');
    assert.deepEqual(page.uncaught, []);
    await page.context().close();
  });

  test(`${name}: the shortcode's widget takes every option it gives`, async () => {
    const page = await newPage(profile);
    await page.goto(posts.shortcode.url);
    const [widget] = await widgets(page);
    const params = Object.fromEntries(new URL(await widget.handle.getAttribute('src')).searchParams);
    assert.deepEqual(params, { zone: 'ql-left', theme: 'dark', families: 'ql,glute-med', accent: '#b0552f', compact: 'true', progress: 'off', embed: '1' });
    assert.equal(await widget.frame.evaluate(() => window.knotmap.selected()), 'ql-left');
    assert.equal(await widget.frame.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
    const families = await widget.frame.evaluate(() => [...new Set(window.knotmap.zones().filter((z) => z.kind === 'muscle')
      .map((z) => z.id.replace(/-(left|right)$/, '')))].sort());
    assert.deepEqual(families, ['glute-med', 'ql']);
    // progress off: nothing is logged.
    assert.equal((await widget.frame.evaluate(() => window.knotmap.logSession({ zone: 'ql-left', durationSec: 30 }))).ok, false);
    await assertSizedToContent(widget);
    assert.deepEqual(foreignRequests(page), []);
    assert.deepEqual(page.uncaught, []);
    await page.context().close();
  });

  test(`${name}: a pasted link becomes the same widget, not a sandboxed embed (on its own line, and as an embed block)`, async () => {
    const page = await newPage(profile);
    for (const [post, zone] of [[posts.pasted, 'glute-med-left'], [posts.pastedBlock, 'glute-max-right']]) {
      await page.goto(post.url);
      assert.equal(await page.$('.wp-embedded-content, iframe[sandbox]'), null, 'WordPress\'s sandboxed embed');
      const [widget, ...more] = await widgets(page);
      assert.equal(more.length, 0);
      assert.equal(await widget.handle.getAttribute('sandbox'), null);
      assert.equal(await widget.frame.evaluate(() => window.knotmap.selected()), zone);
      await assertSizedToContent(widget);
      // Not sandboxed: the widget can keep a session.
      assert.deepEqual(await widget.frame.evaluate((z) => window.knotmap.logSession({ zone: z, durationSec: 30 }), zone), { ok: true });
      const text = await paragraphs(page);
      assert.ok(text.includes('That was the widget.'));
      assert.ok(!(await page.evaluate(() => document.querySelector('main, #main, body').innerText)).includes('/knotmap/?zone='),
        'the link itself is not left in the text');
    }
    assert.deepEqual(foreignRequests(page), []);
    assert.deepEqual(page.uncaught, []);
    await page.context().close();
  });

  test(`${name}: options the widget can't use leave a readable post with working widgets, and no note for readers`, async () => {
    const page = await newPage(profile);
    await page.goto(posts.bad.url);
    const text = await paragraphs(page);
    for (const line of ['This post gives the widget options it cannot use.', 'Between the two widgets.', 'The end of the post, still readable.'])
      assert.ok(text.includes(line), line);
    assert.equal(await page.$('.knotmap-note'), null, 'readers see no note');
    assert.ok(!(await page.content()).includes('nope'), 'nor the bad value anywhere');
    const found = await widgets(page);
    assert.equal(found.length, 2);
    for (const widget of found) {
      assert.equal(await widget.frame.evaluate(() => window.knotmap.selected()), null);
      assert.equal(await widget.frame.evaluate(() => document.documentElement.getAttribute('data-theme')), 'light');
      // Only valid options reach the widget (the block's theme attribute defaults to light).
      const params = Object.fromEntries(new URL(await widget.handle.getAttribute('src')).searchParams);
      delete params.theme;
      assert.deepEqual(params, { embed: '1' });
    }
    assert.deepEqual(foreignRequests(page), []);
    assert.deepEqual(page.uncaught, []);
    await page.context().close();
  });
}

// The cases of tests/unit/test_embed_options.cpp, and more at the edges of each rule.
const OPTION_CASES = [
  [['zone', 'ql-left'], ['families', 'ql, glute-med'], ['theme', 'dark'], ['accent', '#c0392b'], ['compact', '1'], ['progress', 'off'], ['lang', 'en'], ['embed', '1']],
  [['zone', 'elbow-left'], ['theme', 'purple'], ['accent', 'teal'], ['compact', 'maybe'], ['progress', 'sometimes'], ['lang', 'fr'], ['families', 'ql,avoid-spine,knee'], ['colour', 'red']],
  [['families', 'glute-max'], ['zone', 'ql-left']],
  [['zone', 'avoid-spine'], ['families', ' q l ,,glute-med '], ['theme', 'DARK'], ['accent', 'B52'], ['compact', ''], ['progress', 'NO'], ['lang', 'EN']],
  [['zone', ''], ['accent', '#12345'], ['theme', ''], ['families', 'avoid-ribs']],
];

test('the plugin validates options as the widget does: the same values taken, as many warnings', async () => {
  const results = JSON.parse(execFileSync('php', [join(ROOT, 'tests', 'wordpress', 'validate.php'), process.env.KNOTMAP_WP_DIR, origin],
    { input: JSON.stringify(OPTION_CASES) }));
  // As the widget's unit tests have it.
  assert.deepEqual(results[0], { options: { zone: 'ql-left', families: 'ql,glute-med', theme: 'dark', accent: '#c0392b', compact: 'true', progress: 'off', lang: 'en' }, problems: [] });
  assert.deepEqual(results[1].options, { families: 'ql' });
  assert.equal(results[1].problems.length, 9);
  assert.equal(results[1].problems[8], "Knotmap: unknown option 'colour' is ignored.");
  assert.deepEqual(results[2].options, { families: 'glute-max' });
  assert.match(results[2].problems.join(), /zone 'ql-left' is not among the families shown/);
  assert.deepEqual(results[3].options, { zone: 'avoid-spine', families: 'ql,glute-med', theme: 'dark', accent: '#bb5522', compact: 'true', progress: 'off', lang: 'en' });

  // And the widget itself, given the same options as its address: it starts the same and warns as often.
  const catalog = JSON.parse(readFileSync(join(process.env.KNOTMAP_WP_DIR, 'wp-content', 'plugins', 'knotmap', 'options.json'), 'utf8'));
  const allMuscles = catalog.families.map((f) => f.id).filter((id) => !id.startsWith('avoid-')).sort();
  for (const [i, pairs] of OPTION_CASES.entries()) {
    const page = await newPage(DESKTOP);  // fresh storage: no selection remembered from the last case
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('Knotmap:')) warnings.push(m.text()); });
    await page.goto(`${origin}/wp-content/plugins/knotmap/widget/index.html?${new URLSearchParams(pairs)}`);
    await ready(page.mainFrame());
    const { options, problems } = results[i];
    const seen = await page.evaluate(() => ({
      zone: window.knotmap.selected(),
      theme: document.documentElement.getAttribute('data-theme'),
      families: [...new Set(window.knotmap.zones().filter((z) => z.kind === 'muscle').map((z) => z.id.replace(/-(left|right)$/, '')))].sort(),
    }));
    assert.deepEqual(seen, {
      zone: options.zone ?? null,
      theme: options.theme ?? 'light',
      families: options.families ? options.families.split(',').sort() : allMuscles,
    }, `case ${i}`);
    assert.equal(warnings.length, problems.length, `case ${i}: the widget's warnings ${JSON.stringify(warnings)}, the plugin's ${JSON.stringify(problems)}`);
    await page.context().close();
  }
});

test('an editor sees a note above each widget naming the values left out', async () => {
  const page = await newPage(DESKTOP);
  await logIn(page);
  await page.goto(posts.bad.url);
  const notes = await page.$$eval('.knotmap-note', (ps) => ps.map((p) => p.textContent));
  assert.equal(notes.length, 2);
  assert.match(notes[0], /zone 'nope' is not a zone; using no selection/);
  assert.match(notes[0], /theme 'purple' is not light or dark; using light/);
  assert.match(notes[1], /accent 'not-a-colour' is not a colour/);
  assert.equal((await widgets(page)).length, 2, 'the widgets still work');
  await page.context().close();
});

test('/knotmap/ serves the widget full size from the blog, with an oEmbed discovery link', async () => {
  const page = await newPage(DESKTOP);
  const address = origin + '/knotmap/?zone=ql-left';
  const response = await page.goto(address);
  assert.equal(response.status(), 200);
  await ready(page.mainFrame());
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'ql-left');
  const discovery = await page.$eval('link[rel="alternate"][type="application/json+oembed"]', (l) => l.href);
  const asked = new URL(discovery).searchParams.get('url');
  assert.equal(asked, address);
  const answer = await (await fetch(discovery)).json();
  assert.equal(answer.type, 'rich');
  assert.deepEqual(foreignRequests(page), []);
  assert.deepEqual(page.uncaught, []);
  // The widget's own folder works too, as a page and as an address to paste.
  const widgetPage = await page.goto(origin + '/wp-content/plugins/knotmap/widget/?zone=glute-max-left');
  assert.equal(widgetPage.status(), 200);
  await ready(page.mainFrame());
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'glute-max-left');
  await page.context().close();
});

test('the oEmbed route answers oEmbed 1.0 for this site\'s Knotmap addresses and 404 for any other', async () => {
  const oembed = (url) => fetch(`${origin}/?rest_route=/knotmap/v1/oembed&url=${encodeURIComponent(url)}`);
  for (const [url, zone] of [[origin + '/knotmap/?zone=ql-left&theme=dark&bogus=1', 'ql-left'],
    [origin + '/wp-content/plugins/knotmap/widget/index.html?zone=glute-med-right', 'glute-med-right']]) {
    const response = await oembed(url);
    assert.equal(response.status, 200, url);
    assert.match(response.headers.get('content-type'), /application\/json/);
    const answer = await response.json();
    assert.equal(answer.version, '1.0');
    assert.equal(answer.type, 'rich');
    assert.equal(answer.provider_name, 'Knotmap');
    assert.ok(answer.title && answer.width > 0 && answer.height > 0);
    const src = answer.html.match(/<iframe src="([^"]+)"/)[1].replace(/&#038;/g, '&');
    const params = new URL(src).searchParams;
    assert.equal(params.get('zone'), zone);
    assert.equal(params.get('embed'), '1');
    assert.equal(params.get('bogus'), null, 'only valid options');
    assert.match(answer.html, /loading="lazy"/);
    assert.match(answer.html, /title="Knotmap/);
    assert.match(answer.html, /width:100%/);
  }
  for (const foreign of ['https://example.com/knotmap/?zone=ql-left', origin + '/?p=' + posts.block.id, origin + '/knotmapper/']) {
    const response = await oembed(foreign);
    assert.equal(response.status, 404, foreign);
    assert.ok((await response.json()).code);
  }
});

test('the block editor: the sidebar has the options, the preview is the live widget, and a bad value shows a warning', async () => {
  const page = await newPage(DESKTOP);
  await logIn(page);
  await page.goto(`${origin}/wp-admin/post.php?post=${posts.block.id}&action=edit`);
  await page.waitForFunction(() => window.wp && wp.data && wp.data.select('core/block-editor').getBlocks().length > 0, null, { timeout: 60000 });
  await page.evaluate(() => {
    if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const block = wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'knotmap/body-map');
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const sidebar = page.locator('.interface-complementary-area');
  for (const label of ['Selected zone', 'Muscles shown', 'Theme', 'Accent colour', 'Compact', 'Progress'])
    await sidebar.getByText(label, { exact: true }).first().waitFor({ timeout: 10000 });
  const zoneSelect = sidebar.getByLabel('Selected zone');
  assert.equal(await zoneSelect.inputValue(), 'ql-left');
  assert.equal(await sidebar.getByLabel('Theme').inputValue(), 'dark');

  const preview = async () => {
    const handle = await page.waitForSelector('.wp-block-knotmap-body-map iframe', { timeout: 10000 });
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    await ready(frame);
    return frame;
  };
  let frame = await preview();
  assert.equal(await frame.evaluate(() => window.knotmap.selected()), 'ql-left');
  assert.equal(await frame.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
  // For the README: the block with the paragraph above it, its toolbar clear of the widget.
  await page.evaluate(() => {
    const block = document.querySelector('.wp-block-knotmap-body-map');
    block.scrollIntoView({ block: 'start' });
    let scroller = block.parentElement;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    if (scroller) scroller.scrollBy(0, -120);
  });
  await settled(frame);
  await screenshot(page, 'wordpress-editor.png');

  // A Knotmap link pasted into the editor becomes an embed block previewing the widget, answered
  // by the plugin inside the editor's request (the PHP server saw no request for the oEmbed route).
  const oembedRequests = () => readFileSync(process.env.KNOTMAP_WP_PHP_LOG, 'utf8').split('\n')
    .filter((line) => /knotmap%2Fv1%2Foembed|knotmap\/v1\/oembed/i.test(line)).length;
  const before = oembedRequests();
  await page.evaluate((url) => wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('core/embed', { url })),
    origin + '/knotmap/?zone=ql-right');
  const pasted = await waitForFrame(page, (url) => url.includes('/plugins/knotmap/widget/index.html?zone=ql-right'));
  await ready(pasted);
  assert.equal(await pasted.evaluate(() => window.knotmap.selected()), 'ql-right');
  assert.equal(oembedRequests(), before, 'no HTTP request from the blog to itself');
  await page.evaluate(() => {
    const editor = wp.data.select('core/block-editor');
    wp.data.dispatch('core/block-editor').removeBlocks(editor.getBlocks().filter((b) => b.name === 'core/embed').map((b) => b.clientId));
    wp.data.dispatch('core/block-editor').selectBlock(editor.getBlocks().find((b) => b.name === 'knotmap/body-map').clientId);
  });

  // Another zone chosen in the sidebar: the preview reloads with it.
  await zoneSelect.selectOption('glute-med-right');
  await page.waitForFunction(() => /zone=glute-med-right/.test(document.querySelector('.wp-block-knotmap-body-map iframe').src), null, { timeout: 10000 });
  frame = await preview();
  assert.equal(await frame.evaluate(() => window.knotmap.selected()), 'glute-med-right');
  assert.deepEqual(page.uncaught, []);

  // The post with a bad accent: a warning in the block, naming it. (Leaving without saving.)
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${origin}/wp-admin/post.php?post=${posts.bad.id}&action=edit`);
  const notice = page.locator('.wp-block-knotmap-body-map .components-notice.is-warning');
  await notice.waitFor({ timeout: 30000 });
  assert.match(await notice.textContent(), /accent 'not-a-colour' is not a colour/);
  // WordPress's own editor fetches avatars and its welcome guide's picture; the widget nothing.
  assert.ok(page.widgetRequests.length > 3);
  assert.deepEqual(page.widgetRequests.filter(foreign), []);
  await page.context().close();
});

test('the classic theme (Twenty Twenty-One, pretty permalinks): the block, the pasted link and /knotmap/ work the same', async () => {
  execFileSync('php', [join(ROOT, 'tests', 'wordpress', 'configure.php'), process.env.KNOTMAP_WP_DIR, origin, 'twentytwentyone', '/%postname%/'], { stdio: 'inherit' });
  const page = await newPage(DESKTOP);
  for (const [post, zone] of [[posts.block, 'ql-left'], [posts.pasted, 'glute-med-left']]) {
    await page.goto(post.url);
    assert.ok(await page.$('link#twenty-twenty-one-style-css'), 'the classic theme');
    const [widget] = await widgets(page);
    assert.equal(await widget.frame.evaluate(() => window.knotmap.selected()), zone);
    assert.equal(await widget.handle.getAttribute('sandbox'), null);
    await assertSizedToContent(widget);
  }
  await page.goto(origin + '/knotmap/?zone=ql-right');
  await ready(page.mainFrame());
  assert.equal(await page.evaluate(() => window.knotmap.selected()), 'ql-right');
  assert.deepEqual(foreignRequests(page), []);
  assert.deepEqual(page.uncaught, []);
  await page.context().close();
});

test('PHP logged no error, warning or notice from the plugin', () => {
  const log = process.env.KNOTMAP_WP_DEBUG_LOG;
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
  assert.deepEqual(lines.filter((line) => line.includes('plugins/knotmap/')), []);
});
