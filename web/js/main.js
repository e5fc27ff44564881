// Page glue for Knotmap (bundled into the page by scripts/build): checks what the browser can
// do, fetches the fonts and reads the page's data while the wasm downloads, starts the app and
// exposes window.knotmap.
// What the page shows comes from the core; these modules only render it and pass input on.
import { makeApi } from './api.js';
import { escape, run, call } from './bridge.js';
import { listenToDataTools } from './dom-data.js';
import { listenForCues } from './cues.js';
import { listenToHost } from './host.js';
import { listenToInput } from './input.js';
import { makePage } from './page.js';
import { ready, setApi, showError, showNoWebGL2 } from './status.js';

const FONTS = {
  'font-regular': 'assets/fonts/inter-regular.ttf'
};

// The data is inside the page, with its text guide (scripts/inline-page.mjs): read once the page
// is parsed, as the bytes the core takes (which checks every field; a part missing or cut short
// here says so on the error screen).
function pageData(assetBytes) {
  return new Promise(function (resolve) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
    else resolve();
  }).then(function () {
    const read = function (element, name) {
      if (!element) throw new Error('the page has no ' + name + ' data');
      return JSON.parse(element.textContent);
    };
    // The content's families sit beside their articles in the text guide, each with its index, and
    // its sources after the guide's list of them.
    const content = read(document.getElementById('knotmap-content-data'), 'content');
    content.sources = read(document.getElementById('knotmap-sources-data'), 'sources');
    document.querySelectorAll('script[data-knotmap-family]').forEach(function (element) {
      content.families[+element.getAttribute('data-knotmap-family')] = read(element, 'family');
    });
    assetBytes.content = new TextEncoder().encode(JSON.stringify(content));
    assetBytes.geometry = new TextEncoder().encode(JSON.stringify(read(document.getElementById('knotmap-geometry-data'), 'geometry')));
  });
}

function supportsWasm() {
  return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
}
// Only whether the browser knows WebGL 2 at all: a trial context would cost as much as the app's
// own, which reports a context that can't be made (turned off, blocked) through page.fail.
function supportsWebGL2() { return typeof WebGL2RenderingContext === 'function'; }

function start() {
  // The options (URL parameters; embed.js passes its data attributes as parameters) go to the
  // core as they are: it parses them, warns about any it can't use, and hands back what it chose.
  const params = [];
  new URLSearchParams(location.search).forEach(function (value, key) { params.push([key, value]); });
  // The browser loads a site's whole localStorage (years of history included) on its first use:
  // done now, while the files download, instead of inside the app's start-up.
  try { window.localStorage.getItem('knotmap-screening'); } catch (e) { /* blocked: the app says so */ }
  const assetBytes = { options: new TextEncoder().encode(JSON.stringify(params)) };
  const assetsLoaded = Promise.all(Object.keys(FONTS).map(function (name) {
    return fetch(FONTS[name]).then(function (response) {
      if (!response.ok) throw new Error(FONTS[name] + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) { assetBytes[name] = new Uint8Array(buffer); });
  }).concat(pageData(assetBytes)));

  const api = makeApi(ready);
  setApi(api);
  window.knotmap = api;
  listenToHost(api);
  listenToInput();
  listenToDataTools();
  listenForCues();
  // Escape, on the canvas or in the DOM layer: close the app's popups and the log form (SDL
  // doesn't listen for keys here: scripts/bootstrap).
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    escape();
    call('closeLogForm', []);
  });

  // index.html loads knotmap.js early and queues what it reports until now.
  Module.canvas = document.getElementById('canvas');
  Module.knotmapPage = makePage(api);
  Module.knotmapAssets = assetBytes;
  Module.knotmapOn = function (event) {
    if (event === 'ready') {  // the wasm is in: main() runs once the data files are too
      run.wasmReady = true;
      assetsLoaded.then(function () {
        Module.removeRunDependency('knotmap-page');
      }, function (error) {
        showError('Knotmap couldn’t load its data', 'Check your connection and reload the page. (' + error.message + ')');
      });
    } else if (event === 'missing') {
      showError('Knotmap couldn’t load', 'The app file didn’t download. Check your connection and reload the page.');
    } else {
      showError('Knotmap couldn’t start', 'The app file failed to load or run. Reload the page to try again.');
    }
  };
  Module.knotmapQueue.splice(0).forEach(Module.knotmapOn);
}

if (!supportsWasm()) {
  showError('Your browser can’t run the Knotmap map',
    'It needs WebAssembly, which this browser has turned off or doesn’t support. Try an up-to-date Chrome, Firefox, Safari or Edge.');
} else if (!supportsWebGL2()) {
  showNoWebGL2();
} else {
  start();
}
