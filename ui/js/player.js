// unsit session player: the pure logic behind the session window.
//
// No DOM, no Tauri, no timers of its own. Every method that depends on time
// takes `now`, a monotonic time in milliseconds (session.js passes
// performance.now(); the tests pass made-up numbers). Nothing counts ticks:
// the player remembers when the current step started and how long it has been
// paused, and derives everything else from `now`, so calling it 4 times a
// second or 60 times a second gives the same result, and pause/resume is
// exact.
//
// The plan is computed by the Rust core and is taken as given (never
// re-derived here). The fields used: plan.total_s, and per step kind, work,
// seconds, reps, tempo_s, starts_at_s, get_ready_s. Whether a step is work (a
// hold or reps, which counts) or a transition (a switch or rest, which does
// not) is the core's `work`, not worked out from the kind.
//
// Get ready: a step with get_ready_s > 0 (the core gives holds 3 s, except
// right after a switch of sides) first counts that down, then its own time.
// The "go" moment is an event, so the window can sound and show it.
//
// API
//   createPlayer(plan) -> Player
//
//   Actions (each returns an array of events, possibly empty):
//     start(now)        overview -> first step (or straight to done if empty)
//     tick(now)         auto-advance: when a hold/rest/switch has run its
//                       duration, move on. If several steps ran out since the
//                       last call (a throttled window), advances through all of
//                       them, each next step starting exactly when the previous
//                       one ended.
//     next(now)         skip forward; on the last step, finish. If the current
//                       step's timer has already run out, the pending
//                       auto-advance is the "next" (no double skip); a pending
//                       go (get ready ended) comes first, then the skip.
//     back(now)         go to the previous work step (skipping switch/rest
//                       transitions), its timer restarted; on the first step,
//                       restart it.
//     togglePause(now)  pause / resume (kept across back/next).
//     countRep(now)     on a reps step, count one rep; at the target, advance.
//                       Ignored while paused.
//     addTime(now)      +10 s (EXTRA_MS) on a timed step; at most MAX_EXTRA_MS
//                       per step. Ignored on reps steps.
//
//   Events:
//     {type:'started', to}
//     {type:'advanced', from, to, reason}   reason: 'timer'|'reps'|'next'|'back'
//     {type:'restarted', index}
//     {type:'finished', from, reason}
//     {type:'paused'} / {type:'resumed'}
//     {type:'rep', repsDone, target}
//     {type:'go', index}                    the get-ready countdown ended
//     {type:'extended', index, byMs}
//
//   Reading:
//     screen            'overview' | 'step' | 'done'
//     index, step       current step index and object (step is null off 'step')
//     paused, repsDone
//     completed         number of work steps (hold, reps) completed so far;
//                       switch and rest steps never count. A work step counts
//                       once (going back and doing it again does not add),
//                       when its timer runs out, when its reps reach the
//                       target, or when Next is pressed after at least half of
//                       it (SKIP_CREDIT) was done.
//     workTotal         number of work steps in the plan
//     remainingMs(now)  hold/rest/switch: time left; reps: time left of the
//                       suggested duration (reps never auto-advance). During
//                       get ready: the whole of the step's own time.
//     readyMs(now)      time left of the get-ready countdown (0 once it ended)
//     pace(now)         reps with a tempo: {rep, fraction} where the suggested
//                       tempo is (rep 1-based, at most the target; fraction
//                       0..1 through it; fraction 1 once the time is up);
//                       null elsewhere
//     durationMs        the current step's time, with any +10 s added
//     stepElapsedMs(now)
//     elapsedMs(now)    wall time since start (frozen once done)
//     activeMs(now)     elapsedMs minus time spent paused
//     progress(now)     0..1 through the routine by time:
//                       (starts_at_s + time into the step) / total_s
//     report()          {step, completed, done}: the arguments of
//                       invoke('progress', ...)
//     snapshot(now)     all of the above as a plain object

/** Step kinds that run on a countdown and auto-advance at 0. */
export const TIMED_KINDS = Object.freeze(['hold', 'rest', 'switch']);
/** Fraction of a work step that must be done for Next to credit it. */
export const SKIP_CREDIT = 0.5;
/** What one press of +10 s adds. */
export const EXTRA_MS = 10_000;
/** The most +10 s can add to one step. */
export const MAX_EXTRA_MS = 120_000;

export function isTimedStep(step) {
  return step != null && TIMED_KINDS.includes(step.kind);
}

/** The step's duration in ms (for reps: the suggested duration). */
export function stepDurationMs(step) {
  const s = Number(step?.seconds);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 0;
}

/** The get-ready countdown before a step, in ms (0 for none). */
export function getReadyMs(step) {
  const s = Number(step?.get_ready_s);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 0;
}

/** Number of reps to count on a reps step (at least 1). */
export function repTarget(step) {
  const r = Number(step?.reps);
  return Number.isInteger(r) && r > 0 ? r : 1;
}

export function createPlayer(plan) {
  return new Player(plan);
}

export class Player {
  constructor(plan) {
    this.plan = plan ?? {};
    this.steps = Array.isArray(this.plan.steps) ? this.plan.steps : [];

    // Start of each step in ms from the routine start: the plan's starts_at_s,
    // or (if a step lacks it) the running sum of durations.
    this._startsMs = [];
    let sum = 0;
    for (const step of this.steps) {
      const at = Number(step?.starts_at_s);
      this._startsMs.push(Number.isFinite(at) && at >= 0 ? at * 1000 : sum);
      sum = this._startsMs[this._startsMs.length - 1] + stepDurationMs(step);
    }
    const total = Number(this.plan.total_s);
    this.totalMs = Number.isFinite(total) && total > 0 ? total * 1000 : sum;
    this.workTotal = this.steps.filter(isWork).length;

    this.screen = 'overview';
    this.index = 0;
    this.repsDone = 0;
    this.startedAt = null;
    this.finishedAt = null;

    this._stepStart = 0; // when the current step started
    this._stepPaused = 0; // ms paused in the current step (finished pauses)
    this._extraMs = 0; // +10 s presses on the current step
    this._went = false; // the current step's get-ready has ended
    this._pausedAt = null; // start of the current pause, or null
    this._pausedTotal = 0; // ms paused in the whole session (finished pauses)
    this._completed = new Set(); // indices of completed work steps
  }

  // ---- reading -----------------------------------------------------------

  get step() {
    return this.screen === 'step' ? (this.steps[this.index] ?? null) : null;
  }

  get paused() {
    return this._pausedAt !== null;
  }

  get completed() {
    return this._completed.size;
  }

  get done() {
    return this.screen === 'done';
  }

  stepElapsedMs(now) {
    if (this.screen !== 'step') return 0;
    const ref = this._pausedAt ?? now;
    return Math.max(0, ref - this._stepStart - this._stepPaused);
  }

  get durationMs() {
    const step = this.step;
    return step ? stepDurationMs(step) + this._extraMs : 0;
  }

  /** Time left of the get-ready countdown. */
  readyMs(now) {
    const step = this.step;
    if (!step) return 0;
    return Math.max(0, getReadyMs(step) - this.stepElapsedMs(now));
  }

  /** Time spent on the step itself, after get ready. */
  _workedMs(now) {
    return Math.max(0, this.stepElapsedMs(now) - getReadyMs(this.step));
  }

  pace(now) {
    const step = this.step;
    if (!step || step.kind !== 'reps') return null;
    const tempo = Number(step.tempo_s) * 1000;
    if (!(tempo > 0)) return null;
    const t = this._workedMs(now);
    const target = repTarget(step);
    const n = Math.floor(t / tempo);
    if (n >= target) return { rep: target, fraction: 1 };
    return { rep: n + 1, fraction: (t % tempo) / tempo };
  }

  remainingMs(now) {
    if (!this.step) return 0;
    return Math.max(0, this.durationMs - this._workedMs(now));
  }

  elapsedMs(now) {
    if (this.startedAt === null) return 0;
    return Math.max(0, (this.finishedAt ?? now) - this.startedAt);
  }

  activeMs(now) {
    if (this.startedAt === null) return 0;
    const end = this.finishedAt ?? now;
    const pausing = this._pausedAt !== null ? end - this._pausedAt : 0;
    return Math.max(0, this.elapsedMs(now) - this._pausedTotal - pausing);
  }

  progress(now) {
    if (this.screen === 'done') return 1;
    if (this.screen !== 'step') return 0;
    const step = this.step;
    if (this.totalMs <= 0) return this.steps.length ? this.index / this.steps.length : 0;
    const into = Math.min(this._workedMs(now), stepDurationMs(step));
    return clamp01((this._startsMs[this.index] + into) / this.totalMs);
  }

  report() {
    return { step: this.index, completed: this.completed, done: this.done };
  }

  snapshot(now) {
    const step = this.step;
    return {
      screen: this.screen,
      index: this.index,
      step,
      paused: this.paused,
      repsDone: this.repsDone,
      repTarget: step && step.kind === 'reps' ? repTarget(step) : null,
      completed: this.completed,
      workTotal: this.workTotal,
      remainingMs: this.remainingMs(now),
      readyMs: this.readyMs(now),
      durationMs: this.durationMs,
      stepElapsedMs: this.stepElapsedMs(now),
      elapsedMs: this.elapsedMs(now),
      activeMs: this.activeMs(now),
      progress: this.progress(now),
    };
  }

  // ---- actions -----------------------------------------------------------

  start(now) {
    if (this.screen !== 'overview') return [];
    this.startedAt = now;
    this.screen = 'step';
    if (this.steps.length === 0) {
      this._finish(now);
      return [{ type: 'finished', from: 0, reason: 'empty' }];
    }
    this._enter(0, now);
    return [{ type: 'started', to: 0 }];
  }

  tick(now) {
    const events = [];
    // Each pass either breaks or moves forward (or finishes), so this ends.
    while (this.screen === 'step' && !this.paused) {
      const step = this.step;
      const ready = getReadyMs(step);
      const go = this._stepStart + this._stepPaused + ready;
      if (ready > 0 && !this._went && now >= go) {
        this._went = true;
        events.push({ type: 'go', index: this.index });
      }
      if (!isTimedStep(step)) break;
      const end = go + this.durationMs;
      if (now < end) break;
      this._credit(this.index);
      events.push(this._advance(end, 'timer'));
    }
    return events;
  }

  next(now) {
    if (this.screen !== 'step') return [];
    const pending = this.tick(now);
    // A timer that already ran out has moved on: that move was the "next". A get ready that
    // ended is only news: the press still moves on.
    if (pending.some((e) => e.type !== 'go')) return pending;
    const step = this.step;
    if (isWork(step) && this._didEnough(step, now)) this._credit(this.index);
    return [...pending, this._advance(now, 'next')];
  }

  back(now) {
    if (this.screen !== 'step') return [];
    const from = this.index;
    if (from === 0) {
      this._enter(0, now);
      return [{ type: 'restarted', index: 0 }];
    }
    let to = from - 1;
    while (to > 0 && !isWork(this.steps[to])) to -= 1;
    this._enter(to, now);
    return [{ type: 'advanced', from, to, reason: 'back' }];
  }

  togglePause(now) {
    const events = this.tick(now);
    if (this.screen !== 'step') return events;
    if (this._pausedAt !== null) {
      const d = Math.max(0, now - this._pausedAt);
      this._stepPaused += d;
      this._pausedTotal += d;
      this._pausedAt = null;
      events.push({ type: 'resumed' });
    } else {
      this._pausedAt = now;
      events.push({ type: 'paused' });
    }
    return events;
  }

  addTime(now) {
    const events = this.tick(now);
    const step = this.step;
    if (!isTimedStep(step)) return events;
    const byMs = Math.min(EXTRA_MS, MAX_EXTRA_MS - this._extraMs);
    if (byMs <= 0) return events;
    this._extraMs += byMs;
    events.push({ type: 'extended', index: this.index, byMs });
    return events;
  }

  countRep(now) {
    const step = this.step;
    if (!step || step.kind !== 'reps' || this.paused) return [];
    const target = repTarget(step);
    this.repsDone = Math.min(this.repsDone + 1, target);
    const events = [{ type: 'rep', repsDone: this.repsDone, target }];
    if (this.repsDone >= target) {
      this._credit(this.index);
      events.push(this._advance(now, 'reps'));
    }
    return events;
  }

  // ---- internals -----------------------------------------------------------

  _enter(index, t) {
    if (this._pausedAt !== null) {
      // Stay paused, but the pause now belongs to the new step.
      this._pausedTotal += Math.max(0, t - this._pausedAt);
      this._pausedAt = t;
    }
    this.index = index;
    this._stepStart = t;
    this._stepPaused = 0;
    this._extraMs = 0;
    this._went = false;
    this.repsDone = 0;
  }

  _advance(t, reason) {
    const from = this.index;
    if (from + 1 >= this.steps.length) {
      this._finish(t);
      return { type: 'finished', from, reason };
    }
    this._enter(from + 1, t);
    return { type: 'advanced', from, to: from + 1, reason };
  }

  _finish(t) {
    if (this._pausedAt !== null) {
      this._pausedTotal += Math.max(0, t - this._pausedAt);
      this._pausedAt = null;
    }
    this.screen = 'done';
    this.finishedAt = t;
  }

  _credit(index) {
    if (isWork(this.steps[index])) this._completed.add(index);
  }

  _didEnough(step, now) {
    if (step.kind === 'reps') return this.repsDone >= Math.ceil(repTarget(step) * SKIP_CREDIT);
    return this._workedMs(now) >= stepDurationMs(step) * SKIP_CREDIT;
  }
}

/** A step the person does (counts towards `completed`), as the core says. */
function isWork(step) {
  return step != null && step.work === true;
}

function clamp01(x) {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
