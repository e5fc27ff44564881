// The guided hold and the session log form, as DOM controls: the core's hold and log-form
// view-models, rendered as they are. The form's fields go to the core in one call on submit.
import { call } from './bridge.js';
import { announce, choiceSelect, el, keepingFocus, scoreChoices } from './dom.js';
import { buildCueSwitches } from './dom-routine.js';
import { words } from './words.js';

const holdBox = document.getElementById('knotmap-hold');
function score(select) { return select.value === '' ? null : +select.value; }

function renderLogForm(form) {
  const box = el('form', null, holdBox);
  box.setAttribute('aria-label', words.logTitle);
  const duration = form.durations.length
    ? choiceSelect(box, words.howLong, 'duration', form.durations, form.durationSec) : null;
  const scores = form.scores.map(function (q) {
    return choiceSelect(box, q.label, q.name, scoreChoices(), q.value, words.notSaid);
  });
  const balls = choiceSelect(box, words.ballUsed, 'ball', form.balls, form.ball);
  // No maxlength: it counts UTF-16 units, so an emoji would take two of the note's characters.
  // The core checks the limit in characters, and a note that is too long keeps the form open.
  const noteLabel = el('label', form.noteLabel + ' ', box);
  const note = el('input', null, noteLabel);
  note.name = 'note';
  note.value = form.note;
  el('small', ' ' + form.noteLimitText, noteLabel);
  el('br', null, box);
  const problem = el('p', null, box);
  problem.setAttribute('role', 'alert');
  el('button', form.saveLabel, box).type = 'submit';
  const skip = el('button', form.skipLabel, box);
  skip.type = 'button';
  skip.addEventListener('click', function () { save('skipScoresAndSave'); });
  if (form.byHand) {
    const cancel = el('button', form.cancelLabel, box);
    cancel.type = 'button';  // not a submit: cancelling saves nothing
    cancel.addEventListener('click', function () { call('closeLogForm', []); });
  }
  box.addEventListener('submit', function (event) {
    event.preventDefault();
    save('saveDraft');
  });
  function save(how) {
    const fields = { ball: balls.value || null, note: note.value };
    if (duration) fields.durationSec = +duration.value;
    form.scores.forEach(function (q, i) { fields[q.name === 'before' ? 'painBefore' : 'painAfter'] = score(scores[i]); });
    const result = call(how, [fields]);
    if (!result.ok) {  // nothing typed is lost: the form stays, with the reason
      problem.textContent = words.couldntSave + result.error;
    }
  }
}

// The selected zone's history in words: each session's change and, when there is enough, a trend.
function buildProgress(progress) {
  if (!progress || !progress.sessions) return;
  el('h4', words.historyTitle, holdBox);
  el('p', words.lastTime + progress.last.text, holdBox);
  if (progress.trend) el('p', progress.trend.text, holdBox);
  const helped = progress.helped, rows = helped.balls.concat(helped.positions);
  if (!rows.length) return;
  el('h4', helped.title, holdBox);
  el('p', helped.intro, holdBox);
  rows.forEach(function (row) { el('p', row.label + ': ' + row.text, holdBox); });
}

function buildHold(hold, form, progress, routine) {
  holdBox.textContent = '';
  if (!hold.shown) return;
  buildProgress(progress);
  el('h4', hold.title, holdBox);
  if (hold.here && hold.phase === 'running') {
    el('p', hold.status, holdBox);
    el('button', words.stopHold, holdBox).addEventListener('click', function () { call('stopHold', []); });
    buildCueSwitches(routine, holdBox);
    return;
  }
  if (hold.here && hold.phase === 'done') el('p', hold.status, holdBox);
  else el('p', hold.intro, holdBox);
  // No start button once the spot has had its time for today (the intro says so).
  const before = hold.startLabel && hold.before && !(hold.here && hold.phase === 'done')
    ? choiceSelect(holdBox, hold.before.label, 'before', scoreChoices(), hold.before.value, words.notSaid) : null;
  if (hold.startLabel) {
    el('button', hold.startLabel, holdBox).addEventListener('click', function () {
      call('startHold', [before ? { painBefore: score(before) } : {}]);
    });
  }
  if (form) renderLogForm(form);
  else if (hold.log) el('button', hold.logLabel, holdBox).addEventListener('click', function () { call('openLogForm', []); });
}

let lastPhase = 'idle';
export function renderHold(snapshot) {
  const hold = snapshot.hold;
  keepingFocus(holdBox, function () { buildHold(hold, snapshot.logForm, snapshot.progress, snapshot.routine); }, ['button', 'select', 'h4']);
  const started = hold.phase === 'running' && lastPhase !== 'running', ended = hold.phase === 'done' && lastPhase === 'running';
  if (started || ended) announce(hold.announce);
  lastPhase = hold.phase;
}
