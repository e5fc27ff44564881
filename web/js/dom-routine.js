// The routine as DOM controls (routine_view.h's view-model as it is): the spot, its position and
// countdown, what comes next, pause/skip/stop and the cue switches; then one form rating every
// spot. Built again only when its shape changes; each second only the countdown's text moves, and
// screen readers hear the start and end of each hold and rest, never the seconds.
import { call } from './bridge.js';
import { announce, choiceSelect, el, keepingFocus, scoreChoices } from './dom.js';
import { words } from './words.js';

const box = document.getElementById('knotmap-routine');
let shape = '', lastAnnounced = '', countText = null;

function button(label, name, args, parent) {
  el('button', label, parent).addEventListener('click', function () { call(name, args || []); });
}

function buildRunning(r) {
  el('h3', r.title, box);
  el('p', r.spot + ': ' + r.position, box).className = 'knotmap-routine-spot';
  countText = el('p', r.count, box);
  countText.className = 'knotmap-routine-count';
  el('p', r.status, box);
  el('p', r.next, box);
  button(r.pauseLabel, 'routineButton', [r.paused ? 'resume' : 'pause'], box);
  button(r.skipLabel, 'routineButton', ['skip'], box);
  button(r.stopLabel, 'routineButton', ['stop'], box);
}

function buildRating(r) {
  el('h3', r.title, box);
  el('p', r.rateIntro, box);
  const form = el('form', null, box);
  r.rates.forEach(function (row) {
    const group = el('fieldset', null, form);
    el('legend', row.name, group);
    const selects = [row.before, row.after].map(function (q) {
      return choiceSelect(group, q.label, q.name, scoreChoices(), q.value, words.notSaid);
    });
    selects.forEach(function (select) {
      select.addEventListener('change', function () {
        const score = function (s) { return s.value === '' ? null : +s.value; };
        call('rateSpot', [row.spot, score(selects[0]), score(selects[1])]);
      });
    });
  });
  const problem = el('p', null, form);
  problem.setAttribute('role', 'alert');
  el('button', r.saveLabel, form).type = 'submit';
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const result = call('finishRoutine', []);
    if (!result.ok) problem.textContent = words.couldntSave + result.error;
  });
}

export function buildCueSwitches(r, parent) {
  const group = el('fieldset', null, parent);
  el('legend', r.cuesTitle, group);
  r.cues.forEach(function (c) {
    const label = el('label', null, group);
    const input = el('input', null, label);
    input.type = 'checkbox';
    input.checked = c.on;
    input.addEventListener('change', function () { call('setCue', [c.id, input.checked]); });
    label.appendChild(document.createTextNode(' ' + c.label + ' '));
  });
}

export function renderRoutine(r) {
  // Only the routine shows while it runs, as on the canvas.
  ['knotmap-plan', 'knotmap-guide', 'knotmap-hold'].forEach(function (id) { document.getElementById(id).hidden = r.shown; });
  box.hidden = !r.shown;
  const next = [r.shown, r.phase, r.title, r.paused, r.next, JSON.stringify(r.cues), JSON.stringify(r.rates), r.doneText].join('|');
  if (next !== shape) {
    shape = next;
    keepingFocus(box, function () {
      box.textContent = '';
      countText = null;
      if (!r.shown) return;
      if (r.phase === 'rate') buildRating(r);
      else if (r.phase === 'done') {
        el('h3', r.title, box);
        el('p', r.doneText, box);
        button(r.closeLabel, 'routineButton', ['close'], box);
      } else {
        buildRunning(r);
        buildCueSwitches(r, box);
      }
    }, ['button', 'select', 'h3']);
  } else if (countText) {
    countText.textContent = r.count;
  }
  if (r.shown && r.announce && r.announce !== lastAnnounced) announce(r.announce);
  lastAnnounced = r.shown ? r.announce : '';
}
