// Page glue for Knotmap: checks what the browser can do, fetches the data files while the wasm
// downloads, starts the app, mirrors its state into the DOM and exposes window.knotmap.
(function () {
  'use strict';

  var canvas = document.getElementById('canvas');
  var status = document.getElementById('knotmap-status');
  var spacer = document.getElementById('knotmap-scroll-spacer');
  var zonesBox = document.getElementById('knotmap-zones');
  var guide = document.getElementById('knotmap-guide');
  var noticeBox = document.getElementById('knotmap-notice');
  var holdBox = document.getElementById('knotmap-hold');
  var announcer = document.getElementById('knotmap-announce');

  var ASSETS = {
    geometry: 'assets/geometry.json',
    content: 'assets/content.json',
    'font-regular': 'assets/fonts/inter-regular.ttf',
    'font-semibold': 'assets/fonts/inter-semibold.ttf'
  };

  var failed = false;
  function showError(title, detail, lines) {
    if (failed) return;
    failed = true;
    status.hidden = false;
    status.classList.add('is-error');
    document.getElementById('knotmap-status-title').textContent = title;
    document.getElementById('knotmap-status-detail').textContent = detail || '';
    if (lines && lines.length) {
      var box = document.createElement('ul');
      box.className = 'knotmap-errors';
      lines.forEach(function (line) {
        var li = document.createElement('li');
        li.textContent = line;
        box.appendChild(li);
      });
      status.appendChild(box);
    }
    canvas.style.visibility = 'hidden';
    document.documentElement.classList.add('knotmap-failed');  // the static guide shows instead
    if (resolveReady) rejectReady(new Error(title));
  }

  var resolveReady, rejectReady;
  var ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
  ready.catch(function () {});  // failures are shown on the page; callers may still await it

  function supportsWasm() {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  }
  // Only whether the browser knows WebGL 2 at all: a trial context would cost as much as the app's
  // own, which reports a context that can't be made (turned off, blocked) through page.fail.
  function supportsWebGL2() { return typeof WebGL2RenderingContext === 'function'; }
  function showNoWebGL2() {
    showError('Your browser can’t draw the Knotmap map',
      'It needs WebGL 2 graphics, which are turned off or unavailable here (sometimes by a power-saving or privacy setting). Try another browser or device.');
  }

  if (!supportsWasm()) {
    showError('Your browser can’t run the Knotmap map',
      'It needs WebAssembly, which this browser has turned off or doesn’t support. Try an up-to-date Chrome, Firefox, Safari or Edge.');
    return;
  }
  if (!supportsWebGL2()) {
    showNoWebGL2();
    return;
  }

  // ---- options: URL parameters (embed.js passes the data attributes as parameters) ------------------
  // The app validates them and warns in the console about any it can't use.
  var params = [];
  new URLSearchParams(location.search).forEach(function (value, key) { params.push([key, value]); });
  var optionOf = function (name) { var p = params.filter(function (x) { return x[0] === name; }).pop(); return p && p[1]; };
  if (optionOf('theme') === 'dark') document.documentElement.setAttribute('data-theme', 'dark');
  var embedded = window.parent !== window;

  // ---- the host page: versioned messages out, one documented message in ------------------------------
  // Out: {knotmap: 1, type: "ready" | "height" | "zone-selected" | "session-logged", ...}.
  // In:  {knotmap: 1, type: "select", zone: "<zone id>" | null}; anything else is ignored.
  function post(type, payload) {
    if (!embedded) return;
    var message = { knotmap: 1, type: type };
    for (var key in payload) message[key] = payload[key];
    window.parent.postMessage(message, '*');
  }
  window.addEventListener('message', function (event) {
    if (!embedded || event.source !== window.parent) return;
    var m = event.data;
    if (!m || typeof m !== 'object' || m.knotmap !== 1 || m.type !== 'select') return;
    if (!(m.zone === null || (typeof m.zone === 'string' && /^[a-z][a-z-]{0,39}$/.test(m.zone)))) return;
    if (Object.keys(m).some(function (k) { return k !== 'knotmap' && k !== 'type' && k !== 'zone'; })) return;
    api.ready.then(function () { api.select(m.zone); });
  });

  // ---- data files, fetched in parallel with the wasm --------------------------------------------
  // The browser loads a site's whole localStorage (years of history included) on its first use:
  // done now, while the files download, instead of inside the app's start-up.
  try { window.localStorage.getItem('knotmap-screening'); } catch (e) { /* blocked: the app says so */ }
  var assetBytes = { options: new TextEncoder().encode(JSON.stringify(params)) };
  var assetsLoaded = Promise.all(Object.keys(ASSETS).map(function (name) {
    return fetch(ASSETS[name]).then(function (response) {
      if (!response.ok) throw new Error(ASSETS[name] + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then(function (buffer) { assetBytes[name] = new Uint8Array(buffer); });
  }));


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
  // ---- idle: the app pauses its loop when nothing changes; input wakes it ---------------------------
  // knotmap.js defines the exports before the wasm behind them is ready (it is preloaded, so it
  // can run early): nothing calls them until preRun says the wasm is there.
  var wasmReady = false;
  function wake() { if (wasmReady) Module._knotmap_request_frame(); }
  ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'touchstart', 'touchmove', 'touchend', 'touchcancel',
    'mousedown', 'mousemove', 'mouseup', 'keydown', 'keyup', 'wheel', 'resize', 'focus', 'blur', 'scroll'
  ].forEach(function (type) { window.addEventListener(type, wake, { capture: true, passive: true }); });
  // Nobody sees it: hidden tab, or the canvas scrolled out of view (in an embed: the iframe).
  var tabVisible = !document.hidden, onScreen = true;
  function updateVisible() {
    if (wasmReady) Module._knotmap_set_visible(tabVisible && onScreen ? 1 : 0);
  }
  document.addEventListener('visibilitychange', function () { tabVisible = !document.hidden; updateVisible(); });
  if (window.IntersectionObserver) {
    new IntersectionObserver(function (entries) {
      onScreen = entries[entries.length - 1].isIntersecting;
      updateVisible();
    }).observe(canvas);
  }

  // SDL listens for keys on the canvas but cancels the mousedown that would focus it: focus it
  // here, so Escape closes a popup after a click or tap on the map.
  canvas.addEventListener('pointerdown', function () { canvas.focus({ preventScroll: true }); });
  // ---- the data tools in the DOM (the canvas has the same buttons) ----------------------------------
  var dataResult = document.getElementById('knotmap-data-result');
  document.getElementById('knotmap-export').addEventListener('click', function () {
    page.download('knotmap-progress.json', call('knotmap_export_text', 'string', [], []));
  });
  document.getElementById('knotmap-import').addEventListener('click', function () { page.pickImportFile(); });
  document.getElementById('knotmap-delete').addEventListener('click', function () {
    if (!window.confirm('Delete all your Knotmap data on this device? This can’t be undone.')) return;
    call('knotmap_delete_all', null, [], []);
    dataResult.textContent = 'All your Knotmap data on this device was deleted.';
  });

  // Another tab logged a session: merge it in (never last-writer-wins).
  window.addEventListener('storage', function (event) {
    if (event.key === null || event.key === 'knotmap-progress') {
      if (wasmReady) Module._knotmap_storage_changed();
    }
  });

  // ---- the DOM mirror: one real button per zone, for keyboards and screen readers -------------------
  // One Tab stop for the whole map (a roving tabindex); arrow keys walk to the neighbouring zone
  // the core computed, Enter or Space selects, M marks the zone sore, Escape closes popups.
  var GROUPS = [['upper-back', 'Upper back'], ['lower-back', 'Lower back'], ['hips', 'Hips']];
  var KEY_DIRECTIONS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
  var zoneById = {};
  function zoneButton(id) { return zonesBox.querySelector('button[data-zone="' + id + '"]'); }
  function focusZone(id) {
    var next = zoneButton(id);
    if (!next) return;
    zonesBox.querySelectorAll('button[data-zone]').forEach(function (b) { b.tabIndex = b === next ? 0 : -1; });
    next.focus();
  }
  function onZoneKey(event) {
    var id = event.currentTarget.dataset.zone, zone = zoneById[id];
    var all = zonesBox.querySelectorAll('button[data-zone]');
    var target = KEY_DIRECTIONS[event.key] ? zone.neighbours[KEY_DIRECTIONS[event.key]]
      : event.key === 'Home' ? all[0].dataset.zone : event.key === 'End' ? all[all.length - 1].dataset.zone : null;
    if (target !== null) {
      event.preventDefault();
      if (target) focusZone(target);
    } else if ((event.key === 'm' || event.key === 'M') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      if (zone.kind === 'muscle') api.mark(id, event.currentTarget.getAttribute('aria-pressed') !== 'true');
      else announce(zone.name + ' is bone, not a spot to mark.');
    }
  }
  function buildZoneButtons(zones) {
    zonesBox.textContent = '';
    zones.forEach(function (zone) { zoneById[zone.id] = zone; });
    el('p', 'Arrow keys move between spots on the map, Enter shows a spot’s guidance, M marks it as sore.', zonesBox);
    GROUPS.forEach(function (group) {
      // Anatomical order: top to bottom, the person's left before their right.
      var members = zones.filter(function (z) { return z.group === group[0]; })
        .sort(function (a, b) { return a.center.y - b.center.y || a.center.x - b.center.x; });
      if (!members.length) return;
      var box = el('div', null, zonesBox);
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', group[1]);
      el('h3', group[1], box).setAttribute('aria-hidden', 'true');
      members.forEach(function (zone) {
        var button = el('button', zone.name, box);
        button.dataset.zone = zone.id;
        button.tabIndex = -1;
        button.setAttribute('aria-pressed', 'false');
        if (zone.kind === 'muscle') button.setAttribute('aria-keyshortcuts', 'M');
        button.addEventListener('click', function () { api.select(zone.id); });
        button.addEventListener('keydown', onZoneKey);
        button.addEventListener('focus', function () { call('knotmap_set_focus', 'number', ['string'], [zone.id]); });
        button.addEventListener('blur', function () { call('knotmap_set_focus', 'number', ['string'], ['']); });
      });
    });
    var first = zonesBox.querySelector('button[data-zone]');
    if (first) first.tabIndex = 0;
  }
  // Escape in the DOM layer (the canvas hears its own): close the app's popups and the log form.
  document.getElementById('knotmap-dom').addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    call('knotmap_escape', null, [], []);
    if (logForm) { logForm = null; renderHold(); }
  });

  // Polite, one message at a time: the hold's start and end, never every second.
  function announce(text) {
    announcer.textContent = '';
    setTimeout(function () { announcer.textContent = text; }, 50);
  }

  // ---- the selected zone's guidance as structured text --------------------------------------------
  function el(tag, text, parent) {
    var node = document.createElement(tag);
    if (tag === 'button') node.type = 'button';  // not "submit", even inside a form
    if (text !== undefined && text !== null) node.textContent = text;  // text, never HTML
    if (parent) parent.appendChild(node);
    return node;
  }
  function list(items, parent, ordered) {
    var box = el(ordered ? 'ol' : 'ul', null, parent);
    items.forEach(function (item) { el('li', item, box); });
    return box;
  }
  function renderScreening(g) {
    var form = el('form', null, guide);
    el('h4', 'Before you start: do any of these apply to you?', form);
    el('p', 'Your answers stay on this device and only change the advice you see.', form);
    g.screening.questions.forEach(function (q) {
      var label = el('label', null, form);
      var box = el('input', null, label);
      box.type = 'checkbox';
      box.name = q.id;
      box.checked = q.yes;
      label.appendChild(document.createTextNode(' ' + q.label));
      el('br', null, form);
    });
    var save = el('button', 'Save my answers and show the guidance', form);
    save.type = 'submit';
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var yes = g.screening.questions.map(function (q) { return q.id; })
        .filter(function (id) { return form.elements[id].checked; });
      api.setScreening({ yes: yes });
    });
  }

  // ---- the guided hold and session logging, as DOM controls -----------------------------------------
  var hold = { phase: 'idle' }, guideModel = null, logForm = null;
  function scorePicker(form, label, name, value) {
    var field = el('label', label + ' ', form);
    var select = el('select', null, field);
    select.name = name;
    for (var i = 0; i <= 10; i++) el('option', String(i), select).selected = i === value;
    el('br', null, form);
  }
  function renderLogForm(g) {
    var form = el('form', null, holdBox);
    form.setAttribute('aria-label', 'Log this session');
    scorePicker(form, 'Soreness before (0 to 10)', 'before', 5);
    scorePicker(form, 'Soreness now (0 to 10)', 'after', 5);
    var ballField = el('label', 'Ball ', form);
    var balls = el('select', null, ballField);
    balls.name = 'ball';
    g.balls.forEach(function (b) { el('option', b.name, balls).value = b.id; });
    el('option', 'Something else', balls).value = '';
    el('br', null, form);
    // No maxlength: it counts UTF-16 units, so an emoji would take two of the 140 characters. The
    // core checks the limit in characters, and a note that is too long keeps the form open.
    var note = el('input', null, el('label', 'Note (optional) ', form));
    note.name = 'note';
    el('br', null, form);
    var problem = el('p', null, form);
    problem.setAttribute('role', 'alert');
    el('button', 'Save session', form).type = 'submit';
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var result = api.logSession({
        zone: g.zone, durationSec: hold.phase === 'done' ? hold.seconds : 60, ball: balls.value || null,
        painBefore: +form.elements.before.value, painAfter: +form.elements.after.value, note: note.value || null
      });
      if (!result.ok) {  // nothing typed is lost: the form stays, with the reason
        problem.textContent = 'Not saved: ' + result.error;
        return;
      }
      logForm = null;
      renderHold();
      announce('Session saved.');
    });
  }
  // Rebuilding a section takes the focused control with it: a keyboard user would land on the
  // page's start. Focus goes to `first` in the rebuilt section instead (the guide's title, so it
  // is read from the top; the hold's first control).
  function keepingFocus(box, render, first) {
    var had = box.contains(document.activeElement);
    render();
    var target = had && first.map(function (s) { return box.querySelector(s); }).filter(Boolean)[0];
    if (target) {
      if (!/^(BUTTON|SELECT|INPUT)$/.test(target.tagName)) target.tabIndex = -1;
      target.focus({ preventScroll: true });
    }
  }
  function renderHold() { keepingFocus(holdBox, buildHold, ['button, select', 'h4']); }
  function buildHold() {
    holdBox.textContent = '';
    var g = guideModel;
    if (!g || g.kind === 'avoid' || !g.screening.answered || g.screening.editing) return;
    var here = hold.zone === g.zone;
    el('h4', 'Guided hold', holdBox);
    if (here && hold.phase === 'running') {
      el('p', 'Holding for ' + hold.seconds + ' seconds. Breathe slowly and let the muscle soften.', holdBox);
      el('button', 'Stop the hold', holdBox).addEventListener('click', function () { call('knotmap_hold', 'number', ['number'], [0]); });
      return;
    }
    if (here && hold.phase === 'done') el('p', 'Hold finished. How does it feel now?', holdBox);
    var start = el('button', 'Start ' + hold.seconds + '-second hold', holdBox);
    start.addEventListener('click', function () { call('knotmap_hold', 'number', ['number'], [1]); });
    if (!hold.log) return;
    if (logForm === g.zone || (here && hold.phase === 'done')) renderLogForm(g);
    else el('button', 'Log a session', holdBox).addEventListener('click', function () { logForm = g.zone; renderHold(); });
  }

  function renderGuide(g) { keepingFocus(guide, function () { buildGuide(g); }, ['h3']); }
  function buildGuide(g) {
    guideModel = g;
    guide.textContent = '';
    renderHold();
    if (!g) return;
    el('h3', g.name, guide);
    el('p', g.where, guide);
    if (g.kind !== 'avoid') {
      var mark = el('button', 'I feel a knot here: mark as sore', guide);
      mark.id = 'knotmap-mark';
      mark.setAttribute('aria-pressed', String(api.marked().indexOf(g.zone) >= 0));
      mark.addEventListener('click', function () { api.mark(g.zone, mark.getAttribute('aria-pressed') !== 'true'); });
    }
    if (g.kind === 'avoid') {
      el('h4', 'Don’t press here', guide);
      el('p', g.whyNot, guide);
      if (g.instead) {
        var go = el('button', 'Work here instead: ' + g.instead.name, guide);
        go.addEventListener('click', function () { api.select(g.instead.zone); });
      }
    } else {
      el('p', 'What a knot feels like: ' + g.feel, guide);
      if (!g.screening.answered || g.screening.editing) {
        renderScreening(g);
        return;
      }
      g.notices.forEach(function (notice) { el('p', notice, guide); });
      el('h4', 'Which ball', guide);
      list(g.balls.map(function (b, i) {
        return (i === 0 ? 'Best: ' : '') + b.name + ', ' + b.size + ', ' + b.firmness.toLowerCase() + '. ' + b.why;
      }), guide, true);
      el('h4', 'Not here', guide);
      list(g.avoidBalls.map(function (b) { return b.name + ': ' + b.why; }), guide);
      el('h4', 'How to do it', guide);
      g.positions.forEach(function (p) {
        el('h5', p.name, guide);
        el('p', p.hint, guide);
        list(p.steps, guide, true);
      });
      el('h4', 'How long and how hard', guide);
      el('p', g.dose, guide);
      el('p', g.pressure, guide);
      el('h4', 'Be careful', guide);
      list(g.cautions, guide);
      var change = el('button', 'Safety check: change my answers', guide);
      change.addEventListener('click', function () { call('knotmap_edit_screening', null, [], []); });
      el('h4', 'When to see a doctor instead', guide);
      list(g.redFlags, guide);
      el('p', g.redFlagsAdvice, guide);
    }
    el('h4', 'Sources', guide);
    list(g.sources.map(function (s) { return s.title + ' (' + s.publisher + ')' + (s.url ? ' ' + s.url : ''); }), guide);
  }

  var lastHeight = 0, lastSelected, lastGuideText, textScale = 0, scrollY = 0;  // read from scroll events: reading it here would lay out the half-read page
  window.addEventListener('scroll', function () { scrollY = window.scrollY; }, { passive: true });
  window.addEventListener('resize', function () { textScale = 0; });
  var page = {
    layout: function (contentHeight, rect) {
      mapRect = rect;
      // In CSS, so it stays right when the viewport (or the embedding iframe) is resized.
      spacer.style.height = 'max(0px, calc(' + Math.ceil(contentHeight) + 'px - 100dvh))';
      var height = Math.ceil(contentHeight);
      if (height !== lastHeight) {
        lastHeight = height;
        post('height', { height: height });
      }
    },
    sessionsLogged: function (sessions) {
      sessions.forEach(function (s) { post('session-logged', { session: s }); });
    },
    notice: function (notice) {
      noticeBox.textContent = '';
      if (!notice) return;
      el('p', notice.message, noticeBox);
      if (notice.detail) el('p', notice.detail, noticeBox);
      if (notice.exportUnreadable) {
        var save = el('button', notice.exportUnreadable.label, noticeBox);
        save.id = 'knotmap-export-unreadable';
        save.addEventListener('click', function () {
          page.download(notice.exportUnreadable.file, call('knotmap_unreadable_text', 'string', [], []));
        });
      }
    },
    download: function (name, text) {
      var url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    },
    pickImportFile: function () {
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        if (!file) return;
        file.text().then(function (text) {
          var result = JSON.parse(Module.ccall('knotmap_import_text', 'string', ['string'], [text]));
          dataResult.textContent = result.ok
            ? 'Imported ' + result.added + (result.added === 1 ? ' new session.' : ' new sessions.')
            : result.error;
          if (!result.ok) console.warn('Knotmap import: ' + result.error);
        });
      });
      input.click();
    },
    askNote: function (current) {
      var note = window.prompt('A short note about this session (optional)', current || '');
      if (note !== null) Module.ccall('knotmap_note_entered', null, ['string'], [note]);  // the core cuts it to 140 characters
    },
    state: function (selected, marked, model) {
      if (selected !== lastSelected) {
        if (lastSelected !== undefined) post('zone-selected', { zone: selected || null });
        lastSelected = selected;
      }
      var buttons = zonesBox.querySelectorAll('button[data-zone]');
      for (var i = 0; i < buttons.length; i++) {
        var id = buttons[i].dataset.zone;
        buttons[i].setAttribute('aria-pressed', marked.indexOf(id) >= 0 ? 'true' : 'false');
        if (id === selected) buttons[i].setAttribute('aria-current', 'true');
        else buttons[i].removeAttribute('aria-current');
      }
      var mark = document.getElementById('knotmap-mark');
      if (mark) mark.setAttribute('aria-pressed', String(marked.indexOf(selected) >= 0));
      // Only a different guide is rendered again: the region is live, and a screen reader reads it
      // out. After the frame, not inside it: the canvas answers a tap first.
      var text = JSON.stringify(model);
      if (model !== undefined && text !== lastGuideText) {
        lastGuideText = text;
        setTimeout(function () { if (lastGuideText === text) renderGuide(model); }, 0);
      }
    },
    scrollY: function () { return scrollY; },
    // The reader's default text size (page.css sizes the root at 100%), read again on resize.
    textScale: function () {
      if (!textScale) textScale = Math.min(2, Math.max(0.75, parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1));
      return textScale;
    },
    hold: function (h) {
      var before = hold;
      hold = h;
      // Export, import and delete belong with the progress views: gone when the core says those are
      // (compact, progress=off), as on the canvas.
      document.getElementById('knotmap-data').hidden = !h.log;
      renderHold();
      var zone = zoneById[h.zone];
      if (h.phase === 'running' && before.phase !== 'running') announce('Hold started on ' + zone.name + ': ' + h.seconds + ' seconds. Breathe slowly.');
      if (h.phase === 'done' && before.phase === 'running') announce('Hold finished. How does it feel now?');
    },
    fail: function (message) {
      if (message === 'webgl2') showNoWebGL2();
      else showError('Knotmap stopped unexpectedly', message);
    },
    failData: function (messages) {
      showError('Knotmap can’t start: its data files have problems',
        'Nothing you saved is affected. If you edited these files, fix the lines below and reload.',
        messages.split('\n').filter(Boolean));
    },
    firstFrame: function () {
      started = true;
      if (window.performance && performance.mark) performance.mark('knotmap-first-map-frame');
      status.hidden = true;
      buildZoneButtons(api.zones());
      resolveReady(api);
      post('ready', { zone: api.selected() });
    }
  };

  // ---- the public API ------------------------------------------------------------------------------
  // Before the first frame (or when the app couldn't start) the API answers as an empty map
  // instead of throwing: hosts may call it early. knotmap.ready says when it is live.
  var started = false;
  var NOT_STARTED = {
    knotmap_zones_json: '[]', knotmap_selected: '', knotmap_select: 0, knotmap_marked_json: '[]', knotmap_set_marked: 0,
    knotmap_sessions_json: '[]', knotmap_export_text: '{}', knotmap_guide_json: 'null',
    knotmap_screening_json: '{"answered":false,"yes":[]}',
    knotmap_set_screening: '{"ok":false,"error":"Knotmap has not started yet: wait for knotmap.ready"}',
    knotmap_log_session: '{"ok":false,"error":"Knotmap has not started yet: wait for knotmap.ready"}'
  };
  function call(name, returns, types, args) {
    if (!started) return NOT_STARTED.hasOwnProperty(name) ? NOT_STARTED[name] : null;
    return Module.ccall(name, returns, types, args);
  }
  // An API call that hands a value to the core, which checks it: {ok: true} or {ok: false, error},
  // the error also in the console. A value JSON can't hold (a cycle) is passed on as null.
  function checkedCall(name, label, value) {
    var text;
    try { text = JSON.stringify(value); } catch (e) { text = 'null'; }
    var result = JSON.parse(call(name, 'string', ['string'], [text || 'null']));
    if (!result.ok) console.warn(label + ': ' + result.error);
    return result;
  }
  var api = {
    ready: ready,
    zones: function () { return JSON.parse(call('knotmap_zones_json', 'string', [], [])); },
    selected: function () { return call('knotmap_selected', 'string', [], []) || null; },
    select: function (id) {
      if (id !== null && typeof id !== 'string') return false;
      return call('knotmap_select', 'number', ['string'], [id || '']) === 1;
    },
    marked: function () { return JSON.parse(call('knotmap_marked_json', 'string', [], [])); },
    sessions: function () { return JSON.parse(call('knotmap_sessions_json', 'string', [], [])); },
    // Validated like an import: returns {ok: true} or {ok: false, error: "field 'painAfter': ..."}.
    logSession: function (session) { return checkedCall('knotmap_log_session', 'knotmap.logSession', session); },
    // The selected zone's guide, the very object #knotmap-guide renders, or null.
    guide: function () { return JSON.parse(call('knotmap_guide_json', 'string', [], [])); },
    screening: function () { return JSON.parse(call('knotmap_screening_json', 'string', [], [])); },
    // Answers the safety questions as the form does: {yes: [question ids]}.
    setScreening: function (answers) { return checkedCall('knotmap_set_screening', 'knotmap.setScreening', answers); },
    mark: function (id, isSore) {
      if (typeof id !== 'string') return false;
      return call('knotmap_set_marked', 'number', ['string', 'number'], [id, isSore === false ? 0 : 1]) === 1;
    }
  };
  window.knotmap = api;

  // ---- start -------------------------------------------------------------------------------------
  // index.html loads knotmap.js early and queues what it reports until now.
  Module.canvas = canvas;
  Module.knotmapPage = page;
  Module.knotmapAssets = assetBytes;
  Module.knotmapOn = function (event) {
    if (event === 'ready') {  // the wasm is in: main() runs once the data files are too
      wasmReady = true;
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
})();
