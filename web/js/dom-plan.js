// Today's plan and the progress lines of the whole back, as the canvas's home panel shows them
// (home_view.h), with each spot of the plan a button that opens its guidance.
import { call } from './bridge.js';
import { el, focusAfterRender, keepingFocus } from './dom.js';

const planBox = document.getElementById('knotmap-plan');

export function renderPlan(api, home, rows) {
  keepingFocus(planBox, function () {
    planBox.textContent = '';
    // Embedded: the plan and progress are a section the reader opens (the canvas's row).
    rows.forEach(function (row) {
      const button = el('button', row.title + ': ' + row.teaser, planBox);
      button.dataset.section = row.id;
      button.setAttribute('aria-expanded', String(row.open));
      button.addEventListener('click', function () { call('toggleSection', [row.id]); });
    });
    if (!home) return;
    if (home.routine) {
      const start = el('button', home.routine.label, planBox);
      start.addEventListener('click', function () {
        if (home.routine.needsScreening) {
          focusAfterRender(['#knotmap-guide h3']);
          api.select(home.routine.zones[0]);
        } else {
          focusAfterRender(['#knotmap-routine h3']);
          call('startRoutine', [home.routine.zones]);
        }
      });
      el('p', home.routine.note, planBox);
    }
    el('h3', home.planTitle, planBox);
    el('p', home.planIntro, planBox);
    if (home.plan.length) {
      const list = el('ol', null, planBox);
      home.plan.forEach(function (item) {
        const button = el('button', item.label, el('li', null, list));
        button.dataset.zone = item.zone;
        button.addEventListener('click', function () {
          focusAfterRender(['#knotmap-guide h3']);
          api.select(item.zone);
        });
      });
    }
    if (home.progressLine) {
      el('h3', home.progressTitle, planBox);
      el('p', home.progressLine, planBox);
      if (home.weekLine) el('p', home.weekLine, planBox);
    }
  }, ['button']);
}
