// Input around the canvas: touches that start beside the map scroll the page instead of reaching
// the app; any input wakes the paused frame loop; the loop stops while nobody can see the widget.
import { setVisible, wake } from './bridge.js';

const canvas = document.getElementById('canvas');
let mapRect = { x: 0, y: 0, w: 0, h: 0 };
export function setMapRect(rect) { mapRect = rect; }

function touchOnMap(touch) {
  const r = canvas.getBoundingClientRect();
  const x = touch.clientX - r.left, y = touch.clientY - r.top;
  return x >= mapRect.x && y >= mapRect.y && x < mapRect.x + mapRect.w && y < mapRect.y + mapRect.h;
}

const passthrough = {};
function routeTouch(event) {
  if (event.target !== canvas) return;
  let keepFromApp = false;
  for (let i = 0; i < event.changedTouches.length; i++) {
    const t = event.changedTouches[i];
    if (event.type === 'touchstart' && !touchOnMap(t)) passthrough[t.identifier] = true;
    if (passthrough[t.identifier]) keepFromApp = true;
    if (event.type === 'touchend' || event.type === 'touchcancel') delete passthrough[t.identifier];
  }
  // Stopped here in the capture phase, the touch never reaches SDL's canvas listeners, so the
  // browser scrolls the page, and a tap arrives as a click instead.
  if (keepFromApp) event.stopPropagation();
}

export function listenToInput() {
  ['touchstart', 'touchmove', 'touchend', 'touchcancel'].forEach(function (type) {
    document.addEventListener(type, routeTouch, { capture: true, passive: true });
  });
  ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'touchstart', 'touchmove', 'touchend', 'touchcancel',
    'mousedown', 'mousemove', 'mouseup', 'keydown', 'keyup', 'wheel', 'resize', 'focus', 'blur', 'scroll'
  ].forEach(function (type) { window.addEventListener(type, wake, { capture: true, passive: true }); });
  // Nobody sees it: hidden tab, or the canvas scrolled out of view (in an embed: the iframe).
  let tabVisible = !document.hidden, onScreen = true;
  const updateVisible = function () { setVisible(tabVisible && onScreen); };
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
}
