// The page's status box: loading, then hidden; or why Knotmap can't run, in plain words (the
// static guide shows instead). Also knotmap.ready, settled by start-up or failure.
const status = document.getElementById('knotmap-status');
let failed = false, resolveReady, rejectReady;
export const ready = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
ready.catch(function () {});  // failures are shown on the page; callers may still await it

let api = null;
export function setApi(value) { api = value; }
export function started() { resolveReady(api); }

export function showError(title, detail, lines) {
  if (failed) return;
  failed = true;
  status.hidden = false;
  status.classList.add('is-error');
  document.getElementById('knotmap-status-title').textContent = title;
  document.getElementById('knotmap-status-detail').textContent = detail || '';
  if (lines && lines.length) {
    const box = document.createElement('ul');
    box.className = 'knotmap-errors';
    lines.forEach(function (line) {
      const li = document.createElement('li');
      li.textContent = line;
      box.appendChild(li);
    });
    status.appendChild(box);
  }
  document.getElementById('canvas').style.visibility = 'hidden';
  document.documentElement.classList.add('knotmap-failed');  // the static guide shows instead
  rejectReady(new Error(title));
}

export function showNoWebGL2() {
  showError('Your browser can’t draw the Knotmap map',
    'It needs WebGL 2 graphics, which are turned off or unavailable here (sometimes by a power-saving or privacy setting). Try another browser or device.');
}
