// Small DOM helpers shared by the page's views: text-only elements, lists, announcements, and
// rebuilding a section without losing the keyboard user's place.
export function el(tag, text, parent) {
  const node = document.createElement(tag);
  if (tag === 'button') node.type = 'button';  // not "submit", even inside a form
  if (text !== undefined && text !== null) node.textContent = text;  // text, never HTML
  if (parent) parent.appendChild(node);
  return node;
}

export function list(items, parent, ordered) {
  const box = el(ordered ? 'ol' : 'ul', null, parent);
  items.forEach((item) => el('li', item, box));
  return box;
}

// A <select> of choices [{id, label}] with `value` chosen (null: the "not said" option, if given).
export function choiceSelect(parent, label, name, choices, value, notSaid) {
  const select = el('select', null, el('label', label + ' ', parent));
  select.name = name;
  if (notSaid) el('option', notSaid, select).value = '';
  choices.forEach((c) => {
    const option = el('option', c.label, select);
    option.value = c.id;
    option.selected = value !== null && String(value) === c.id;
  });
  el('br', null, parent);
  return select;
}

export function scoreChoices() {
  const out = [];
  for (let i = 0; i <= 10; i++) out.push({ id: String(i), label: String(i) });
  return out;
}

const announcer = document.getElementById('knotmap-announce');
// Polite, one message at a time: the hold's start and end, never every second.
export function announce(text) {
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = text; }, 50);
}

// Rebuilding a section takes the focused control with it: a keyboard user would land on the
// page's start. Focus goes to the first of `first` in the rebuilt section instead.
export function keepingFocus(box, render, first) {
  const had = box.contains(document.activeElement);
  render();
  const target = had && first.map((s) => box.querySelector(s)).filter(Boolean)[0];
  if (target) {
    if (!/^(BUTTON|SELECT|INPUT)$/.test(target.tagName)) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }
}

// A button that changes what is shown (a plan's spot, the way home) sends focus to where the
// visitor went, once the next snapshot has been rendered: the first of `selectors` found.
let pendingFocus = null;
export function focusAfterRender(selectors) { pendingFocus = selectors; }
// The guide renders a moment after the rest (dom-guide.js): until then a target may not exist yet.
export function takePendingFocus(last) {
  if (!pendingFocus) return;
  const target = pendingFocus.map((s) => document.querySelector(s)).filter(Boolean)[0];
  if (!target && !last) return;
  pendingFocus = null;
  if (!target) return;
  if (!/^(BUTTON|SELECT|INPUT)$/.test(target.tagName)) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}
