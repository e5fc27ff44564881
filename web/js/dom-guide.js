// The selected zone's guidance as structured text: the core's guide view-model (knotmap.guide()
// returns the same object), rendered as it is, with the safety questions when they are due.
import { call } from './bridge.js';
import { el, keepingFocus, list } from './dom.js';

const guide = document.getElementById('knotmap-guide');

function renderScreening(api, g) {
  const form = el('form', null, guide);
  el('h4', 'Before you start: do any of these apply to you?', form);
  el('p', 'Your answers stay on this device and only change the advice you see.', form);
  g.screening.questions.forEach(function (q) {
    const label = el('label', null, form);
    const box = el('input', null, label);
    box.type = 'checkbox';
    box.name = q.id;
    box.checked = q.yes;
    label.appendChild(document.createTextNode(' ' + q.label));
    el('br', null, form);
  });
  el('button', 'Save my answers and show the guidance', form).type = 'submit';
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const yes = g.screening.questions.map(function (q) { return q.id; })
      .filter(function (id) { return form.elements[id].checked; });
    api.setScreening({ yes: yes });
  });
}

function renderMuscle(api, g) {
  el('p', 'What a knot feels like: ' + g.feel, guide);
  if (!g.screening.answered || g.screening.editing) {
    renderScreening(api, g);
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
  const change = el('button', 'Safety check: change my answers', guide);
  change.addEventListener('click', function () { call('editScreening', []); });
  el('h4', 'When to see a doctor instead', guide);
  list(g.redFlags, guide);
  el('p', g.redFlagsAdvice, guide);
}

function buildGuide(api, g, marked) {
  guide.textContent = '';
  if (!g) return;
  el('h3', g.name, guide);
  el('p', g.where, guide);
  if (g.kind === 'avoid') {
    el('h4', 'Don’t press here', guide);
    el('p', g.whyNot, guide);
    if (g.instead) {
      const go = el('button', 'Work here instead: ' + g.instead.name, guide);
      go.addEventListener('click', function () { api.select(g.instead.zone); });
    }
  } else {
    const mark = el('button', 'I feel a knot here: mark as sore', guide);
    mark.id = 'knotmap-mark';
    mark.setAttribute('aria-pressed', String(marked.indexOf(g.zone) >= 0));
    mark.addEventListener('click', function () { api.mark(g.zone, mark.getAttribute('aria-pressed') !== 'true'); });
    renderMuscle(api, g);
  }
  el('h4', 'Sources', guide);
  list(g.sources.map(function (s) { return s.title + ' (' + s.publisher + ')' + (s.url ? ' ' + s.url : ''); }), guide);
}

// The region is live: a screen reader reads a new guide out, so it is rendered only when the
// core says it changed, and after the frame (the canvas answers a tap first).
export function renderGuide(api, snapshot) {
  setTimeout(function () {
    keepingFocus(guide, function () { buildGuide(api, snapshot.guide, snapshot.marked); }, ['h3']);
  }, 0);
}
