// The selected zone's guidance as structured text: the core's guide view-model (knotmap.guide()
// returns the same object), rendered as it is, with the safety questions when they are due.
import { call } from './bridge.js';
import { el, focusAfterRender, keepingFocus, list, takePendingFocus } from './dom.js';
import { words } from './words.js';

const guide = document.getElementById('knotmap-guide');

function question(form, q) {
  const label = el('label', null, form);
  const box = el('input', null, label);
  box.type = 'checkbox';
  box.name = q.id;
  box.checked = q.yes;
  label.appendChild(document.createTextNode(' ' + q.label));
  el('br', null, form);
}

// Red flags first, then the conditions: the canvas asks the same, in the same order.
function renderScreening(api, g) {
  const form = el('form', null, guide);
  el('h4', words.screeningTitle, form);
  el('p', words.screeningNote, form);
  const ask = function (kind, title) {
    el('h5', title, form);
    g.screening.questions.filter(function (q) { return q.kind === kind; }).forEach(function (q) { question(form, q); });
  };
  ask('red-flag', words.redFlagsCheck);
  ask('condition', words.conditionsCheck);
  const save = el('button', null, form);
  save.type = 'submit';
  // The canvas's button too says which: nothing ticked, or answers to save.
  function labelSave() {
    save.textContent = g.screening.questions.some(function (q) { return form.elements[q.id].checked; })
      ? words.screeningSave : words.screeningNone;
  }
  labelSave();
  form.addEventListener('change', labelSave);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const yes = g.screening.questions.map(function (q) { return q.id; })
      .filter(function (id) { return form.elements[id].checked; });
    api.setScreening({ yes: yes });
  });
}

function renderBalls(g, box) {
  el('h4', words.whichBall, box);
  list(g.balls.map(function (b, i) {
    return (i === 0 ? words.bestBall : words.alsoGood) + ': ' + b.name + ', ' + b.size + ', ' + b.firmness.toLowerCase() + '. ' + b.why;
  }), box, true);
  el('h4', words.notHere, box);
  list(g.avoidBalls.map(function (b) { return b.name + ': ' + b.why; }), box);
}

// Wall / Floor / Chair as on the canvas: a choice, then the chosen position's steps.
function renderSteps(g, box) {
  el('h4', words.howTo, box);
  const choice = el('div', null, box);
  choice.setAttribute('role', 'group');
  choice.setAttribute('aria-label', words.howTo);
  g.positions.forEach(function (p) {
    const button = el('button', p.name, choice);
    button.dataset.position = p.id;
    button.setAttribute('aria-pressed', String(p.id === g.position));
    button.addEventListener('click', function () { call('choosePosition', [p.id]); });
  });
  g.positions.filter(function (p) { return p.id === g.position; }).forEach(function (p) {
    el('h5', p.name, box);
    el('p', p.hint, box);
    if (p.picture) picture(p.picture.alt, box);
    list(p.steps, box, true);
  });
  if (g.groove) {
    el('h5', words.howFarFromSpine, box);
    picture(g.groove.alt, box);
  }
  el('p', g.stopIf, box);
}

function renderDose(g, box) {
  el('h4', words.howLong, box);
  el('p', g.dose.text, box);
  el('p', g.dose.often, box);
  el('p', g.dose.nextDay, box);
  el('h4', words.howHard, box);
  el('p', g.pressure.text, box);
}

// Red flags stay one step away on every zone, by urgency, as in the canvas's popup.
function renderRedFlags(g, box) {
  el('h4', words.redFlags, box);
  el('p', words.redFlagsIntro, box);
  g.redFlagGroups.forEach(function (group) {
    el('h5', group.title, box);
    list(group.flags, box);
  });
}

function renderCare(g, box) {
  el('h4', words.beCareful, box);
  list(g.cautions, box);
  changeAnswers(box);
}

// Embedded, the core gives the panel as rows the reader opens one at a time (the canvas draws
// the same rows): a button each, and under the open one what it holds, or the safety check first.
function renderSections(api, g, answered) {
  const parts = { ball: renderBalls, steps: renderSteps, dose: renderDose, care: renderCare, doctor: renderRedFlags };
  g.sections.forEach(function (row) {
    const button = el('button', row.title + (row.teaser ? ': ' + row.teaser : ''), guide);
    button.dataset.section = row.id;
    button.setAttribute('aria-expanded', String(row.open));
    button.addEventListener('click', function () { call('toggleSection', [row.id]); });
    if (!row.open || !parts[row.id]) return;  // the history is the plan's part of the page
    if (!answered && row.id !== 'doctor') return renderScreening(api, g);
    if (row.id === 'steps') {
      el('p', g.where, guide);
      el('p', words.feel + g.feel, guide);
    }
    parts[row.id](g, guide);
  });
}

function changeAnswers(box) {
  el('button', words.changeAnswers, box).addEventListener('click', function () { call('editScreening', []); });
}

function renderMuscle(api, g) {
  const answered = g.screening.answered && !g.screening.editing;
  if (!g.sections.length) el('p', words.feel + g.feel, guide);
  if (!answered && !g.sections.length) {
    renderScreening(api, g);
    return;
  }
  if (answered && g.blocked) {  // what to do instead, and how urgently: in place of the steps
    const block = el('div', null, guide);
    block.setAttribute('role', 'alert');
    el('h4', g.blocked.title, block);
    el('p', g.blocked.text, block);
    list(g.blocked.reasons, block);
  }
  if (answered && g.notices.length) {
    el('h4', words.noticesTitle, guide);
    list(g.notices, guide);
  }
  if (answered && g.blocked) {
    changeAnswers(guide);
    return;
  }
  if (g.sections.length) return renderSections(api, g, answered);
  renderBalls(g, guide);
  renderSteps(g, guide);
  renderDose(g, guide);
  renderCare(g, guide);
}

function buildGuide(api, g, markButton) {
  guide.textContent = '';
  if (!g) return;
  // The way home, as on the canvas: back to the whole back and today's plan.
  el('button', words.wayHome, guide).addEventListener('click', function () {
    focusAfterRender(['#knotmap-plan h3', '#knotmap-zones button[tabindex="0"]']);
    api.select(null);
  });
  el('h3', g.name, guide);
  el('p', g.summary, guide);
  if (g.kind === 'avoid') {
    el('h4', words.dontPress, guide);
    el('p', g.whyNot, guide);
    g.instead.forEach(function (instead) {
      el('button', words.workInstead + instead.name, guide).addEventListener('click', function () { api.select(instead.zone); });
    });
  } else {
    const marked = markButton && markButton.pressed;
    const mark = el('button', markButton ? markButton.label : words.mark, guide);
    mark.id = 'knotmap-mark';
    mark.setAttribute('aria-pressed', String(!!marked));
    mark.addEventListener('click', function () { api.mark(g.zone, mark.getAttribute('aria-pressed') !== 'true'); });
    renderMuscle(api, g);
    // Embedded, the red flags are a section of their own (renderSections).
    if (!g.sections.length) renderRedFlags(g, guide);
  }
  // Embedded, a muscle's sources are in its last section, shown when that is open.
  const care = g.sections.filter(function (r) { return r.id === 'care'; })[0];
  if (care && !care.open) return;
  el('h4', words.sources, guide);
  list(g.sources.map(function (s) { return s.title + ' (' + s.publisher + ')' + (s.url ? ' ' + s.url : ''); }), guide);
}

// The region is live: a screen reader reads a new guide out, so it is rendered only when the
// core says it changed, and after the frame (the canvas answers a tap first).
// A technique picture: the canvas draws it; here it is its text alternative, as an image.
function picture(alt, parent) {
  const image = el('div', null, parent);
  image.setAttribute('role', 'img');
  image.setAttribute('aria-label', alt);
  image.className = 'knotmap-picture';
  return image;
}

export function renderGuide(api, snapshot) {
  setTimeout(function () {
    // A position chosen from the keyboard keeps the focus on its button.
    const position = document.activeElement && document.activeElement.dataset && document.activeElement.dataset.position;
    const first = position ? ['button[data-position="' + position + '"]', 'h3'] : ['h3'];
    keepingFocus(guide, function () { buildGuide(api, snapshot.guide, snapshot.markButton); }, first);
    takePendingFocus(true);
  }, 0);
}
