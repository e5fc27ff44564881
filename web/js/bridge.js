// The one way into the core: knotmap_call(name, arguments as JSON) answers JSON
// (src/core/page_api.cpp holds the table of calls). Before the first map frame, or when the app
// couldn't start, a call answers `fallback` instead: hosts may call the API early.
export const run = { wasmReady: false, started: false };

// A value JSON can't hold (a cycle) is passed on as null, for the core to refuse.
function json(value) {
  try { return JSON.stringify(value === undefined ? null : value); } catch (e) { return 'null'; }
}

export function call(name, args, fallback) {
  if (!run.started) return fallback === undefined ? null : JSON.parse(JSON.stringify(fallback));
  const text = '[' + (args || []).map(json).join(',') + ']';
  return JSON.parse(Module.ccall('knotmap_call', 'string', ['string', 'string'], [name, text]));
}

// The frame loop's own exports: cheap, called on every input event.
export function wake() { if (run.wasmReady) Module._knotmap_request_frame(); }
export function setVisible(visible) { if (run.wasmReady) Module._knotmap_set_visible(visible ? 1 : 0); }
// The technique pictures come after the first map frame: the map doesn't wait for them. Without
// them (offline, a bad file) the steps show on their own and the console says why.
export function loadPictures() {
  fetch('assets/pictures.json').then(function (response) {
    if (!response.ok) throw new Error('assets/pictures.json: HTTP ' + response.status);
    return response.text();
  }).then(function (text) {
    if (!Module.ccall('knotmap_load_pictures', 'number', ['string'], [text])) throw new Error('assets/pictures.json is not a picture set');
  }).catch(function (error) { console.warn('Knotmap: no technique pictures:', error.message); });
}

export function setFocus(id) { if (run.started) Module.ccall('knotmap_set_focus', 'number', ['string'], [id]); }
export function escape() { if (run.started) Module._knotmap_escape(); }
