// Hands-free cues for someone lying on the ball: a soft tone (Web Audio, no sound files), a short
// vibration and a spoken line, as the core's cue_json says (it leaves out what the visitor turned
// off); and the screen kept awake while a hold or routine runs. Every API here is optional: where
// one is missing, that cue is simply not given.
import { call } from './bridge.js';

let audio = null;       // made on the visitor's own tap (browsers require one), then suspended
let soundOn = false;    // the visitor's switch, from the last snapshot
let wantAwake = false;  // a hold or routine is running
let wakeLock = null;
let hiddenTimer = 0;

const TONES = { start: [660], half: [880], end: [784, 523] };  // Hz; the end falls, a phrase ending

// Browsers let a page make sound only after a tap: the context is made then, and kept suspended
// (no audio thread, no CPU) except while a tone plays.
function unlock() {
  if (audio || !soundOn) return;
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  try {
    audio = new Context();
    audio.suspend();
  } catch (e) { audio = null; }
}

function tone(kind) {
  const notes = TONES[kind];
  if (!audio || !notes) return;
  audio.resume().then(function () {
    const t0 = audio.currentTime + 0.02;
    notes.forEach(function (hz, i) {
      const osc = audio.createOscillator(), gain = audio.createGain();
      const at = t0 + i * 0.22;
      osc.type = 'sine';
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.25, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.5);
      osc.connect(gain).connect(audio.destination);
      osc.start(at);
      osc.stop(at + 0.55);
    });
    setTimeout(function () { if (audio) audio.suspend(); }, 1200);
  }, function () { /* no sound: the vibration and the words still come */ });
}

function say(text) {
  if (!text || !window.speechSynthesis || typeof SpeechSynthesisUtterance !== 'function') return;
  try {
    speechSynthesis.cancel();  // a late cue replaces one still being spoken
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  } catch (e) { /* no voice here */ }
}

export function playCues(cues) {
  cues.forEach(function (cue) {
    if (cue.tone) tone(cue.tone);
    if (cue.vibrate && typeof navigator.vibrate === 'function') {
      try { navigator.vibrate(cue.vibrate); } catch (e) { /* not allowed here */ }
    }
    say(cue.say);
  });
}

function keepAwake() {
  if (!wantAwake || wakeLock || document.visibilityState !== 'visible' || !navigator.wakeLock) return;
  wakeLock = true;  // asked: not twice
  navigator.wakeLock.request('screen').then(function (lock) {
    if (!wantAwake) { lock.release(); wakeLock = null; return; }
    wakeLock = lock;
    lock.addEventListener('release', function () { if (wakeLock === lock) wakeLock = null; });
  }, function () { wakeLock = null; });
}

function letSleep() {
  if (wakeLock && wakeLock !== true) wakeLock.release();
  wakeLock = null;
}

// Hidden, the page draws no frames: the routine is moved on once a second from here, so its cues
// still sound where the browser lets a hidden page run timers.
function followVisibility() {
  clearInterval(hiddenTimer);
  hiddenTimer = 0;
  if (document.visibilityState === 'visible') {
    keepAwake();
  } else {
    letSleep();
    if (wantAwake) hiddenTimer = setInterval(function () { playCues(call('routineTick', [], [])); }, 1000);
  }
}

// From each snapshot's routine part: {keepAwake, cues: [{id, on}]}.
export function followRoutine(routine) {
  soundOn = routine.cues.some(function (c) { return c.id === 'sound' && c.on; });
  wantAwake = routine.keepAwake;
  if (wantAwake) keepAwake();
  else letSleep();
}

export function listenForCues() {
  window.addEventListener('pointerup', unlock, true);
  window.addEventListener('keydown', unlock, true);
  document.addEventListener('visibilitychange', followVisibility);
}
