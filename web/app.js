// Page glue for Knotmap: checks what the browser can do, fetches the data files while the wasm
// downloads, starts the app, mirrors its state into the DOM and exposes window.knotmap.
(function () {
  'use strict';

  var canvas = document.getElementById('canvas');
  var status = document.getElementById('knotmap-status');
  var spacer = document.getElementById('knotmap-scroll-spacer');
  var zonesBox = document.getElementById('knotmap-zones');
  var guide = document.getElementById('knotmap-guide');

  var ASSETS = {
    geometry: 'assets/geometry.json',
    content: 'assets/content.json',
    'font-regular': 'assets/fonts/inter-regular.otf',
    'font-semibold': 'assets/fonts/inter-semibold.otf'
  };

  var failed = false;
  function showError(title, detail) {
    if (failed) return;
    failed = true;
    status.hidden = false;
    status.classList.add('is-error');
    document.getElementById('knotmap-status-title').textContent = title;
    document.getElementById('knotmap-status-detail').textContent = detail || '';
    canvas.style.visibility = 'hidden';
    if (resolveReady) rejectReady(new Error(title));
  }

  var resolveReady, rejectReady;
  var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
  ready.catch(function () {});  // failures are shown on the page; callers may still await it

  function supportsWasm() {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  }
  function supportsWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }

  if (!supportsWasm()) {
    showError('Your browser can’t run the Knotmap map',
      'It needs WebAssembly, which this browser has turned off or doesn’t support. Try an up-to-date Chrome, Firefox, Safari or Edge.');
    return;
  }
  if (!supportsWebGL2()) {
    showError('Your browser can’t draw the Knotmap map',
      'It needs WebGL 2 graphics, which are turned off or unavailable here (sometimes by a power-saving or privacy setting). Try another browser or device.');
    return;
  }

  // ---- data files, fetched in parallel with the wasm --------------------------------------------
  var assetBytes = {};
  var assetsLoaded = Promise.all(Object.keys(ASSETS).map(function (name) {
    return fetch(ASSETS[name]).then(function (response) {
      if (!response.ok) throw new Error(ASSETS[name] + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) { assetBytes[name] = new Uint8Array(buffer); });
  }));

  var content = null;  // parsed content.json, for the DOM guidance mirror

  // ---- touches: the map owns touches that start on it; others scroll the page -------------------
  var mapRect = { x: 0, y: 0, w: 0, h: 0 };
  var passthrough = {};
  function touchOnMap(touch) {
    var r = canvas.getBoundingClientRect();
    var x = touch.clientX - r.left, y = touch.clientY - r.top;
    return x >= mapRect.x && y >= mapRect.y && x < mapRect.x + mapRect.w && y < mapRect.y + mapRect.h;
  }
  function routeTouch(event) {
    if (event.target !== canvas) return;
    var keepFromApp = false;
    for (var i = 0; i < event.changedTouches.length; i++) {
      var t = event.changedTouches[i];
      if (event.type === 'touchstart' && !touchOnMap(t)) passthrough[t.identifier] = true;
      if (passthrough[t.identifier]) keepFromApp = true;
      if (event.type === 'touchend' || event.type === 'touchcancel') delete passthrough[t.identifier];
    }
    // Stopped here in the capture phase, the touch never reaches SDL's canvas listeners, so the
    // browser scrolls the page, and a tap arrives as a click instead.
    if (keepFromApp) event.stopPropagation();
  }
  ['touchstart', 'touchmove', 'touchend', 'touchcancel'].forEach(function (type) {
    document.addEventListener(type, routeTouch, { capture: true, passive: true });
  });
  window.addEventListener('scroll', function () { if (window.Module && Module._knotmap_request_frame) Module._knotmap_request_frame(); }, { passive: true });

  // ---- the DOM mirror ------------------------------------------------------------------------------
  var GROUPS = [['upper-back', 'Upper back'], ['lower-back', 'Lower back'], ['hips', 'Hips']];
  function buildZoneButtons(zones) {
    zonesBox.textContent = '';
    GROUPS.forEach(function (group) {
      var members = zones.filter(function (z) { return z.group === group[0]; });
      if (!members.length) return;
      var box = document.createElement('div');
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', group[1]);
      members.forEach(function (zone) {
        var button = document.createElement('button');
        button.type = 'button';
        button.dataset.zone = zone.id;
        button.textContent = zone.name;
        button.setAttribute('aria-pressed', 'false');
        button.addEventListener('click', function () { api.select(zone.id); });
        box.appendChild(button);
      });
      zonesBox.appendChild(box);
    });
  }

  function familyOf(id) { return id.replace(/-(left|right)$/, ''); }

  function renderGuide(selected) {
    guide.textContent = '';
    if (!selected || !content) return;
    var zone = api.zones().filter(function (z) { return z.id === selected; })[0];
    var family = (content.families || []).filter(function (f) { return f.family === familyOf(selected); })[0];
    if (!zone || !family) return;
    var h = document.createElement('h3');
    h.textContent = zone.name;
    guide.appendChild(h);
    [family.where, family.whyNot].forEach(function (text) {
      if (!text) return;
      var p = document.createElement('p');
      p.textContent = text;  // always text, never HTML, whatever the content file holds
      guide.appendChild(p);
    });
  }

  var page = {
    layout: function (contentHeight, rect) {
      mapRect = rect;
      spacer.style.height = Math.max(0, Math.ceil(contentHeight - canvas.clientHeight)) + 'px';
    },
    state: function (selected, marked) {
      var buttons = zonesBox.querySelectorAll('button[data-zone]');
      for (var i = 0; i < buttons.length; i++) {
        var id = buttons[i].dataset.zone;
        buttons[i].setAttribute('aria-pressed', marked.indexOf(id) >= 0 ? 'true' : 'false');
        if (id === selected) buttons[i].setAttribute('aria-current', 'true');
        else buttons[i].removeAttribute('aria-current');
      }
      renderGuide(selected);
    },
    fail: function (message) {
      if (message === 'webgl2') showError('Your browser can’t draw the Knotmap map', 'WebGL 2 could not be started on this device.');
      else showError('Knotmap stopped unexpectedly', message);
    },
    firstFrame: function () {
      if (window.performance && performance.mark) performance.mark('knotmap-first-map-frame');
      status.hidden = true;
      buildZoneButtons(api.zones());
      page.state(api.selected(), api.marked());
      resolveReady(api);
    }
  };

  // ---- the public API ------------------------------------------------------------------------------
  function call(name, returns, types, args) { return Module.ccall(name, returns, types, args); }
  var api = {
    ready: ready,
    zones: function () { return JSON.parse(call('knotmap_zones_json', 'string', [], [])); },
    selected: function () { return call('knotmap_selected', 'string', [], []) || null; },
    select: function (id) {
      if (id !== null && typeof id !== 'string') return false;
      return call('knotmap_select', 'number', ['string'], [id || '']) === 1;
    },
    marked: function () { return JSON.parse(call('knotmap_marked_json', 'string', [], [])); },
    mark: function (id, isSore) {
      if (typeof id !== 'string') return false;
      return call('knotmap_set_marked', 'number', ['string', 'number'], [id, isSore === false ? 0 : 1]) === 1;
    }
  };
  window.knotmap = api;

  // ---- start -------------------------------------------------------------------------------------
  window.Module = {
    canvas: canvas,
    knotmapPage: page,
    knotmapAssets: assetBytes,
    preRun: [function () {
      Module.addRunDependency('knotmap-assets');
      assetsLoaded.then(function () {
        try { content = JSON.parse(new TextDecoder().decode(assetBytes.content)); } catch (e) { content = null; }
        Module.removeRunDependency('knotmap-assets');
      }, function (error) {
        showError('Knotmap couldn’t load its data', 'Check your connection and reload the page. (' + error.message + ')');
      });
    }],
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function (what) {
      showError('Knotmap couldn’t start', 'The app file failed to load or run. Reload the page to try again.');
    }
  };
  var script = document.createElement('script');
  script.src = 'knotmap.js';
  script.onerror = function () {
    showError('Knotmap couldn’t load', 'The app file didn’t download. Check your connection and reload the page.');
  };
  document.body.appendChild(script);
})();
