// window.knotmap: the public API (README, "The page API"). Each method is one call into the core,
// which checks its arguments; this table only names the calls and what each answers before
// Knotmap has started. A refused call ({ok: false, error}) is also reported in the console.
import { call } from './bridge.js';

const NOT_STARTED = { ok: false, error: 'Knotmap has not started yet: wait for knotmap.ready' };
const CALLS = {
  zones: [],
  selected: null,
  select: false,
  marked: [],
  mark: false,
  sessions: [],
  logSession: NOT_STARTED,
  guide: null,
  progress: null,
  screening: { answered: false, yes: [] },
  setScreening: NOT_STARTED,
  routine: null,
  startRoutine: NOT_STARTED,
};

export function makeApi(ready) {
  const api = { ready };
  Object.keys(CALLS).forEach((name) => {
    api[name] = function () {
      const result = call(name, Array.prototype.slice.call(arguments), CALLS[name]);
      if (result && result.ok === false) console.warn('knotmap.' + name + ': ' + result.error);
      return result;
    };
  });
  return api;
}
