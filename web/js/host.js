// The host page, when Knotmap is embedded (web/embed.js): versioned messages out, one in.
// Out: {knotmap: 1, type: "ready" | "height" | "zone-selected" | "session-logged", ...}.
// In:  {knotmap: 1, type: "select", zone: "<zone id>" | null}; anything else is ignored.
export const embedded = window.parent !== window;

export function post(type, payload) {
  if (!embedded) return;
  const message = { knotmap: 1, type };
  for (const key in payload) message[key] = payload[key];
  window.parent.postMessage(message, '*');
}

export function listenToHost(api) {
  window.addEventListener('message', function (event) {
    if (!embedded || event.source !== window.parent) return;
    const m = event.data;
    if (!m || typeof m !== 'object' || m.knotmap !== 1 || m.type !== 'select') return;
    if (!(m.zone === null || (typeof m.zone === 'string' && /^[a-z][a-z-]{0,39}$/.test(m.zone)))) return;
    if (Object.keys(m).some(function (k) { return k !== 'knotmap' && k !== 'type' && k !== 'zone'; })) return;
    api.ready.then(function () { api.select(m.zone); });
  });
}
