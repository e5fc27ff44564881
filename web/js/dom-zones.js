// One real button per zone, for keyboards and screen readers, grouped by body region as the core
// names them. One Tab stop for the whole map (a roving tabindex); arrow keys walk to the
// neighbouring zone the core computed, Enter or Space selects, M marks the zone sore.
import { setFocus } from './bridge.js';
import { announce, el } from './dom.js';

const zonesBox = document.getElementById('knotmap-zones');
const KEY_DIRECTIONS = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const zoneById = {};

export function zoneNamed(id) { return zoneById[id]; }
function zoneButton(id) { return zonesBox.querySelector('button[data-zone="' + id + '"]'); }

function focusZone(id) {
  const next = zoneButton(id);
  if (!next) return;
  zonesBox.querySelectorAll('button[data-zone]').forEach(function (b) { b.tabIndex = b === next ? 0 : -1; });
  next.focus();
}

function onZoneKey(api, event) {
  const id = event.currentTarget.dataset.zone, zone = zoneById[id];
  const all = zonesBox.querySelectorAll('button[data-zone]');
  const target = KEY_DIRECTIONS[event.key] ? zone.neighbours[KEY_DIRECTIONS[event.key]]
    : event.key === 'Home' ? all[0].dataset.zone : event.key === 'End' ? all[all.length - 1].dataset.zone : null;
  if (target !== null) {
    event.preventDefault();
    if (target) focusZone(target);
  } else if ((event.key === 'm' || event.key === 'M') && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    if (zone.kind === 'muscle') api.mark(id, event.currentTarget.getAttribute('aria-pressed') !== 'true');
    else announce(zone.cantMark);  // and the card's hint above says why
  }
}

// The keyboard card never covers what it talks about: beside the map, it sits over the panel
// while a zone is focused and over the map otherwise; with the map above the panel, it moves to
// the top when the focused zone is in the lower half of the screen.
let lastRect = { x: 0, y: 0, w: 0, h: 0 };
export function placeCard(mapRect) {
  const dom = document.getElementById('knotmap-dom');
  const side = mapRect.w > 0 && mapRect.w < innerWidth - 40;
  dom.style.setProperty('--map-right', Math.round(mapRect.x + mapRect.w) + 'px');
  const update = function () {
    const id = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.zone : null;
    const zone = id && zonesBox.contains(document.activeElement) ? zoneById[id] : null;
    dom.classList.toggle('card-over-panel', side && !!zone);
    dom.classList.toggle('card-over-map', side && !zone);
    // Where the zone is on screen now (the map scrolls with the page here).
    const now = zone && !side ? window.knotmap.zones().filter(function (z) { return z.id === id; })[0] : null;
    const canvasTop = document.getElementById('canvas').getBoundingClientRect().top;
    dom.classList.toggle('card-top', !!now && canvasTop + now.center.y > innerHeight / 2);
  };
  if (!dom.dataset.placed) dom.addEventListener('focusin', function () { placeCard(lastRect); });
  dom.dataset.placed = '1';
  lastRect = mapRect;
  update();
}

export function buildZoneButtons(api, zones) {
  zonesBox.textContent = '';
  zones.forEach(function (zone) { zoneById[zone.id] = zone; });
  const hint = el('p', zones.length ? zones[0].keys : '', zonesBox);
  hint.id = 'knotmap-zone-keys';
  // Anatomical order: top to bottom, the person's left before their right; regions in the order
  // they come down the back.
  const sorted = zones.slice().sort(function (a, b) { return a.center.y - b.center.y || a.center.x - b.center.x; });
  const groups = [];
  sorted.forEach(function (z) { if (groups.indexOf(z.groupName) < 0) groups.push(z.groupName); });
  groups.forEach(function (name) {
    const box = el('div', null, zonesBox);
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', name);
    el('h3', name, box).setAttribute('aria-hidden', 'true');
    sorted.filter(function (z) { return z.groupName === name; }).forEach(function (zone) {
      const button = el('button', zone.name, box);
      button.dataset.zone = zone.id;
      button.tabIndex = -1;
      button.setAttribute('aria-pressed', 'false');
      if (zone.kind === 'muscle') button.setAttribute('aria-keyshortcuts', 'M');
      button.addEventListener('click', function () { api.select(zone.id); });
      button.addEventListener('keydown', function (event) { onZoneKey(api, event); });
      button.addEventListener('focus', function () {
        hint.textContent = zone.keys;
        setFocus(zone.id);
      });
      button.addEventListener('blur', function () { setFocus(''); });
    });
  });
  const first = zonesBox.querySelector('button[data-zone]');
  if (first) first.tabIndex = 0;
}

// The selection and the sore marks, on the buttons (and the guide's own mark button, worded by the core).
export function showMarks(selected, marked, markButton) {
  const buttons = zonesBox.querySelectorAll('button[data-zone]');
  for (let i = 0; i < buttons.length; i++) {
    const id = buttons[i].dataset.zone;
    buttons[i].setAttribute('aria-pressed', marked.indexOf(id) >= 0 ? 'true' : 'false');
    if (id === selected) buttons[i].setAttribute('aria-current', 'true');
    else buttons[i].removeAttribute('aria-current');
  }
  const mark = document.getElementById('knotmap-mark');
  if (mark && markButton) {
    mark.textContent = markButton.label;
    mark.setAttribute('aria-pressed', String(markButton.pressed));
  }
}
