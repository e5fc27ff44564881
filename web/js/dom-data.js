// The visitor's data in the DOM layer: the storage notice, export, import and delete (the canvas
// has the same tools), files saved and picked for the core, and other tabs' changes.
import { call } from './bridge.js';
import { el } from './dom.js';
import { words } from './words.js';

const noticeBox = document.getElementById('knotmap-notice');
const dataBox = document.getElementById('knotmap-data');
const dataResult = document.getElementById('knotmap-data-result');
const placeBox = document.getElementById('knotmap-place');

export function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

export function pickImportFile() {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.addEventListener('change', function () {
    const file = input.files && input.files[0];
    if (!file) return;
    file.text().then(function (text) {
      const result = call('importText', [text]);
      if (!result.ok) console.warn('Knotmap import: ' + result.error);
    });
  });
  input.click();
}

// The canvas's "Add a short note": a text field in the page (the canvas can't bring up a phone's
// keyboard), worded and limited by the core's note_field_json.
let noteDialog = null;
export function askNote(field) {
  if (!noteDialog) {
    noteDialog = el('dialog', null, document.body);
    noteDialog.id = 'knotmap-note';
    const form = el('form', null, noteDialog);
    form.method = 'dialog';
    const label = el('label', null, form);
    el('span', null, label);
    el('textarea', null, label).rows = 3;
    const count = el('p', null, form);
    count.className = 'knotmap-note-count';
    count.setAttribute('aria-live', 'polite');
    const row = el('p', null, form);
    ['save', 'cancel'].forEach(function (value) {
      const button = el('button', null, row);
      button.type = 'submit';  // closes the dialog with its value (el() makes plain buttons)
      button.value = value;
    });
  }
  const [text, count, save, cancel] = ['textarea', '.knotmap-note-count', 'button[value=save]', 'button[value=cancel]']
    .map(function (q) { return noteDialog.querySelector(q); });
  noteDialog.querySelector('label span').textContent = field.label;
  save.textContent = field.saveLabel;
  cancel.textContent = field.cancelLabel;
  text.value = field.note;
  // Characters as the core counts them (code points), so an emoji is one.
  const update = function () {
    const n = Array.from(text.value).length;
    count.textContent = field.countText.replace('{n}', n);
    count.classList.toggle('is-over', n > field.limit);
    save.disabled = n > field.limit;  // nothing typed is cut off unseen
  };
  text.oninput = update;
  update();
  noteDialog.onclose = function () { if (noteDialog.returnValue === 'save') call('noteEntered', [text.value]); };
  noteDialog.returnValue = '';
  noteDialog.showModal();
  text.focus();
}

export function listenToDataTools() {
  document.getElementById('knotmap-export').addEventListener('click', function () {
    download(words.exportFile, call('exportText', []));
  });
  document.getElementById('knotmap-import').addEventListener('click', pickImportFile);
  document.getElementById('knotmap-delete').addEventListener('click', function () {
    if (window.confirm(words.deleteTitle + '\n\n' + words.deleteDetail)) call('deleteAll', []);
  });
  // Another tab logged a session or marked a spot: merge it in (never last-writer-wins).
  window.addEventListener('storage', function (event) {
    if (event.key === null || event.key === 'knotmap-progress' || event.key === 'knotmap-marks') call('storageChanged', []);
  });
}

// The notice, the result of the last import, save or delete, and whether the tools show at all
// (they go with the progress views: not in compact mode or with progress=off).
export function renderData(snapshot) {
  dataBox.hidden = !snapshot.dataTools;
  dataResult.textContent = snapshot.feedback;
  // Embedded or without storage: where the history lives, and the way to Knotmap's own page.
  const place = snapshot.place;
  placeBox.textContent = '';
  if (place) {
    if (place.text) el('p', place.text, placeBox);
    const link = el('a', place.label, placeBox);
    link.id = 'knotmap-open-tab';
    link.href = place.href;
    link.target = '_blank';
    link.rel = 'noopener';
  }
  const notice = snapshot.notice;
  noticeBox.textContent = '';
  if (!notice) return;
  el('p', notice.message, noticeBox);
  if (notice.detail) el('p', notice.detail, noticeBox);
  if (notice.exportUnreadable) {
    const save = el('button', notice.exportUnreadable.label, noticeBox);
    save.id = 'knotmap-export-unreadable';
    save.addEventListener('click', function () { download(notice.exportUnreadable.file, call('unreadableText', [])); });
  }
}
