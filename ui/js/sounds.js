// Short, distinct sounds for the moments of a session, made with Web Audio
// (no sound files): a new exercise, a switch of sides, the end of a get-ready
// countdown, and the end of the routine.
//
// Each sound is a few sine notes with a soft attack and an exponential decay,
// quiet enough not to startle. The AudioContext is made on the first sound
// (after a click or key press, so autoplay rules allow it); if the webview has
// no audio, sounds are silently skipped. Between sounds the context is
// suspended: a running context keeps its audio threads busy even in silence
// (a third of the break window's CPU while a step animated, by perf).

/** [frequency Hz, start s, length s] per note. */
export const SOUNDS = Object.freeze({
  next: [[659.25, 0, 0.22]], // one soft chime (E5)
  switch: [
    [523.25, 0, 0.14], // C5, then G5: "the other side"
    [783.99, 0.16, 0.22],
  ],
  go: [[880, 0, 0.09]], // a short blip (A5): the hold starts
  done: [
    [523.25, 0, 0.16], // C5 E5 G5: finished
    [659.25, 0.17, 0.16],
    [783.99, 0.34, 0.42],
  ],
});

const VOLUME = 0.16;

/** How long after its last note a context is suspended, in ms. */
export const SUSPEND_AFTER_MS = 300;

export function createSounds() {
  let ctx = null;
  let broken = false;
  let idle = 0; // the timer that suspends the context once the sound has played out

  function context() {
    if (ctx || broken) return ctx;
    try {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      ctx = Ctx ? new Ctx() : null;
    } catch (err) {
      console.warn('unsit: no audio', err);
      ctx = null;
    }
    broken = !ctx;
    return ctx;
  }

  /** Plays `name`; returns whether it was played. */
  function play(name) {
    const notes = SOUNDS[name];
    const ac = notes && context();
    if (!ac) return false;
    try {
      clearTimeout(idle);
      if (ac.state === 'suspended') ac.resume();
      const t0 = ac.currentTime + 0.01;
      const end = Math.max(...notes.map(([, at, length]) => at + length + 0.02));
      idle = setTimeout(() => {
        if (ac.state === 'running') ac.suspend().catch(() => {});
      }, end * 1000 + SUSPEND_AFTER_MS);
      for (const [freq, at, length] of notes) {
        const osc = ac.createOscillator();
        const gain = ac.createGain();
        osc.type = 'sine';
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, t0 + at);
        gain.gain.exponentialRampToValueAtTime(VOLUME, t0 + at + 0.012);
        gain.gain.exponentialRampToValueAtTime(0.0001, t0 + at + length);
        osc.connect(gain).connect(ac.destination);
        osc.start(t0 + at);
        osc.stop(t0 + at + length + 0.02);
      }
      return true;
    } catch (err) {
      console.warn('unsit: sound failed', err);
      return false;
    }
  }

  return { play };
}
