// Unit tests for ui/js/player.js with a fake clock, playing the real plans of the built-in
// routines (tests/ui/fixtures/plans/, written by the Rust side): node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createPlayer, EXTRA_MS, MAX_EXTRA_MS, SKIP_CREDIT } from '../../ui/js/player.js';
import { loadPlan, PLAN_NAMES } from './fixtures.js';
import { useWords } from './words.js';

useWords();

const T0 = 1_000_000; // an arbitrary performance.now() origin

const secondsMs = (step) => step.seconds * 1000;
const readyMs = (step) => step.get_ready_s * 1000;

/** The index of the first step (from `from` on) that matches; the plan must have one. */
function indexOf(plan, what, match, from = 0) {
  const i = plan.steps.findIndex((step, j) => j >= from && match(step, j));
  assert.ok(i >= 0, `${plan.routine.id} has ${what}`);
  return i;
}

/** Presses Next at `now` until step `index` is shown (no step is credited: none was done). */
function skipTo(p, index, now) {
  while (p.screen === 'step' && p.index < index) p.next(now);
  assert.equal(p.index, index);
}

/** Lets the current timed step run out: ticks when it ends (after its get ready); returns then. */
function runOut(p, now) {
  const end = now + p.readyMs(now) + p.remainingMs(now);
  p.tick(end);
  return end;
}

/** anti-desk starts with a hold (with its get ready) on one side, then the switch of sides. */
function antiDesk() {
  const plan = loadPlan('anti-desk');
  const [hold, change, other] = plan.steps;
  assert.deepEqual([hold.kind, change.kind, other.kind], ['hold', 'switch', 'hold']);
  assert.ok(readyMs(hold) >= 2_000, 'the first hold has a get ready');
  assert.ok(secondsMs(hold) > 8_000);
  return { plan, hold, change, other, go: T0 + readyMs(hold), d: secondsMs(hold) };
}

test('starts on the overview and start() enters the first step', () => {
  const { plan } = antiDesk();
  const p = createPlayer(plan);
  assert.equal(p.screen, 'overview');
  assert.equal(p.step, null);
  assert.deepEqual(p.start(T0), [{ type: 'started', to: 0 }]);
  assert.equal(p.screen, 'step');
  assert.equal(p.index, 0);
  assert.equal(p.step, plan.steps[0]);
  assert.deepEqual(p.start(T0 + 5), [], 'start twice does nothing');
});

test('countdown decreases with time, independent of how often it is asked', () => {
  const { plan, go, d } = antiDesk();
  const p = createPlayer(plan);
  p.start(T0);
  assert.equal(p.remainingMs(go), d);
  assert.equal(p.remainingMs(go + 1), d - 1);
  assert.equal(p.remainingMs(go + 7_250), d - 7_250);
  // Asking (or ticking) many times changes nothing.
  for (let t = T0; t < go + 7_250; t += 16) p.tick(t);
  assert.equal(p.remainingMs(go + 7_250), d - 7_250);
  assert.equal(p.remainingMs(go + d - 1), 1);
});

test('pause freezes the remaining time exactly and resume continues', () => {
  const { plan, go, d } = antiDesk();
  const p = createPlayer(plan);
  p.start(T0);
  assert.deepEqual(p.tick(go), [{ type: 'go', index: 0 }]);
  assert.deepEqual(p.togglePause(go + 5_000), [{ type: 'paused' }]);
  assert.equal(p.paused, true);
  assert.equal(p.remainingMs(go + 5_000), d - 5_000);
  assert.equal(p.remainingMs(go + 60_000), d - 5_000, 'frozen while paused');
  assert.deepEqual(p.tick(go + 600_000), [], 'no auto-advance while paused');
  assert.equal(p.index, 0);

  assert.deepEqual(p.togglePause(go + 65_000), [{ type: 'resumed' }]);
  assert.equal(p.paused, false);
  assert.equal(p.remainingMs(go + 65_000), d - 5_000);
  assert.equal(p.remainingMs(go + 70_000), d - 10_000);
  // Ends exactly what was left after resuming.
  const end = go + 60_000 + d;
  assert.deepEqual(p.tick(end - 1), []);
  assert.deepEqual(p.tick(end), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  // Session time: wall time includes the pause, active time does not.
  assert.equal(p.elapsedMs(end), end - T0);
  assert.equal(p.activeMs(end), end - T0 - 60_000);
});

test('auto-advances when a hold, switch or rest reaches 0, the next step starting right then', () => {
  const plan = loadPlan('back-relief');
  const [hold, change, other] = plan.steps;
  assert.deepEqual([hold.kind, change.kind, other.kind], ['hold', 'switch', 'hold']);
  const p = createPlayer(plan);
  p.start(T0);
  const end = T0 + readyMs(hold) + secondsMs(hold);
  assert.deepEqual(p.tick(T0 + readyMs(hold)), [{ type: 'go', index: 0 }]);
  assert.deepEqual(p.tick(end - 1), []);
  assert.deepEqual(p.tick(end), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.step.kind, 'switch');
  // The switch started exactly when the hold ended, though ticked late.
  const switched = end + secondsMs(change);
  assert.deepEqual(p.tick(switched), [{ type: 'advanced', from: 1, to: 2, reason: 'timer' }]);
  assert.equal(p.remainingMs(switched), secondsMs(other));

  // A rest between two sets runs out the same way, into the next set.
  const rest = indexOf(plan, 'a rest between sets', (s) => s.kind === 'rest');
  const t = switched;
  skipTo(p, rest, t);
  assert.deepEqual(p.tick(t + secondsMs(plan.steps[rest]) - 1), []);
  assert.deepEqual(p.tick(t + secondsMs(plan.steps[rest])), [
    { type: 'advanced', from: rest, to: rest + 1, reason: 'timer' },
  ]);
  assert.equal(p.step.exercise, plan.steps[rest].exercise);
  assert.equal(p.step.set, plan.steps[rest].set + 1);
});

test('a late tick catches up through several steps, keeping exact times', () => {
  const plan = loadPlan('anti-desk');
  const reps = indexOf(plan, 'a reps step', (s) => s.kind === 'reps');
  assert.ok(reps >= 3);
  // What the timed steps before the reps give, in order: each get ready's go, then its end.
  const expected = [];
  let at = T0;
  for (const [i, step] of plan.steps.slice(0, reps).entries()) {
    if (step.get_ready_s > 0) expected.push({ type: 'go', index: i });
    expected.push({ type: 'advanced', from: i, to: i + 1, reason: 'timer' });
    at += readyMs(step) + secondsMs(step);
  }
  const p = createPlayer(plan);
  p.start(T0);
  // 5 s into the reps step.
  assert.deepEqual(p.tick(at + 5_000), expected);
  assert.equal(p.step.kind, 'reps');
  assert.equal(p.stepElapsedMs(at + 5_000), 5_000);
  // Reps never auto-advance, however long.
  assert.deepEqual(p.tick(at + 500_000), []);
  assert.equal(p.index, reps);
});

test('next and back stay within bounds', () => {
  const { plan, hold, d } = antiDesk();
  const p = createPlayer(plan);
  assert.deepEqual(p.next(T0), [], 'next on the overview does nothing');
  assert.deepEqual(p.back(T0), [], 'back on the overview does nothing');
  p.start(T0);

  // Back on the first step restarts it, get ready included.
  assert.deepEqual(p.back(T0 + 8_000), [{ type: 'restarted', index: 0 }]);
  assert.equal(p.index, 0);
  assert.equal(p.readyMs(T0 + 8_000), readyMs(hold));
  assert.equal(p.remainingMs(T0 + 8_000), d);

  assert.deepEqual(p.next(T0 + 9_000), [{ type: 'advanced', from: 0, to: 1, reason: 'next' }]);
  assert.deepEqual(p.next(T0 + 9_500), [{ type: 'advanced', from: 1, to: 2, reason: 'next' }]);
  // Back skips the switch of sides, to the previous work step.
  assert.deepEqual(p.back(T0 + 10_000), [{ type: 'advanced', from: 2, to: 0, reason: 'back' }]);
  assert.equal(p.remainingMs(T0 + 10_000), d, 'its timer restarts');

  // Next through to the end: the last Next finishes.
  const last = p.steps.length - 1;
  let t = T0 + 11_000;
  while (p.index < last) p.next((t += 100));
  assert.equal(p.screen, 'step');
  assert.deepEqual(p.next((t += 100)), [{ type: 'finished', from: last, reason: 'next' }]);
  assert.equal(p.screen, 'done');
  assert.deepEqual(p.next(t + 100), [], 'next when done does nothing');
  assert.deepEqual(p.back(t + 100), [], 'back when done does nothing');
});

test('next after the timer already ran out does not skip twice', () => {
  const { plan, go, d } = antiDesk();
  const p = createPlayer(plan);
  p.start(T0);
  p.tick(go);
  // The hold ended, but no tick came before the key press 100 ms later.
  assert.deepEqual(p.next(go + d + 100), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.index, 1);
});

// Next pressed when a get ready had ended but no tick had come yet only reported the go.
test('next in the moment a get ready ends still moves on, after the go', () => {
  const { plan, go } = antiDesk();
  const p = createPlayer(plan);
  p.start(T0);
  assert.deepEqual(p.next(go + 1_000), [
    { type: 'go', index: 0 },
    { type: 'advanced', from: 0, to: 1, reason: 'next' },
  ]);
  assert.equal(p.index, 1);
});

test('reps: counting advances at the target', () => {
  const plan = loadPlan('desk-hips');
  const beforeSwitch = (s, j) => s.kind === 'reps' && plan.steps[j + 1]?.kind === 'switch';
  const i = indexOf(plan, 'a reps step before a switch', beforeSwitch);
  const step = plan.steps[i];
  const target = step.reps;
  const tempo = step.tempo_s * 1000;
  assert.ok(target > 1);
  const p = createPlayer(plan);
  p.start(T0);
  skipTo(p, i, T0);
  assert.equal(p.snapshot(T0).repTarget, target);
  for (let n = 1; n < target; n++) {
    assert.deepEqual(p.countRep(T0 + n * tempo), [{ type: 'rep', repsDone: n, target }]);
  }
  assert.equal(p.index, i);
  assert.equal(p.repsDone, target - 1);
  const t = T0 + target * tempo;
  assert.deepEqual(p.countRep(t), [
    { type: 'rep', repsDone: target, target },
    { type: 'advanced', from: i, to: i + 1, reason: 'reps' },
  ]);
  assert.equal(p.step.kind, 'switch');
  assert.equal(p.repsDone, 0, 'the count resets on a new step');
  assert.equal(p.remainingMs(t), secondsMs(plan.steps[i + 1]), 'the switch starts when the last rep is counted');
});

test('reps are not counted on timed steps or while paused', () => {
  const plan = loadPlan('back-relief');
  const p = createPlayer(plan);
  p.start(T0);
  assert.equal(p.step.kind, 'hold');
  assert.deepEqual(p.countRep(T0 + 1_000), [], 'not on a hold');
  skipTo(p, indexOf(plan, 'a switch', (s) => s.kind === 'switch'), T0 + 1_000);
  assert.deepEqual(p.countRep(T0 + 1_000), [], 'not on a switch');
  skipTo(p, indexOf(plan, 'a rest', (s) => s.kind === 'rest'), T0 + 1_000);
  assert.deepEqual(p.countRep(T0 + 1_000), [], 'not on a rest');

  skipTo(p, indexOf(plan, 'a reps step', (s) => s.kind === 'reps'), T0 + 1_000);
  p.togglePause(T0 + 46_000);
  assert.deepEqual(p.countRep(T0 + 47_000), [], 'not while paused');
  assert.equal(p.repsDone, 0);
  p.togglePause(T0 + 48_000);
  assert.equal(p.countRep(T0 + 49_000).length, 1);
  assert.equal(p.repsDone, 1);
});

test('completed counts only work steps, and each once', () => {
  const plan = loadPlan('back-relief');
  const p = createPlayer(plan);
  const work = plan.steps.filter((s) => s.work).length;
  assert.equal(p.workTotal, work);
  assert.ok(work > 0 && work < plan.steps.length, 'the plan has both work steps and transitions');
  p.start(T0);

  // Up to the first rest, each step runs out: a work step counts, a switch does not.
  const rest = indexOf(plan, 'a rest between sets', (s) => s.kind === 'rest');
  let t = T0;
  let done = 0;
  while (p.index < rest) {
    const step = p.step;
    t = runOut(p, t);
    if (step.work) done += 1;
    assert.equal(p.completed, done, `after a ${step.kind} step`);
  }
  assert.ok(done >= 2);
  p.next(t); // skipping a rest never counts
  assert.equal(p.completed, done);
  // Back (over the rest, to the set before it) and do it again: still counted once.
  assert.deepEqual(p.back(t), [{ type: 'advanced', from: rest + 1, to: rest - 1, reason: 'back' }]);
  t = runOut(p, t);
  assert.equal(p.index, rest);
  assert.equal(p.completed, done);
  assert.deepEqual(p.report(), { step: rest, completed: done, done: false });

  // A reps step counts when its target is reached.
  const reps = indexOf(plan, 'a reps step', (s) => s.kind === 'reps', rest);
  skipTo(p, reps, t);
  assert.equal(p.completed, done, 'skipping steps at once credits none');
  for (let i = 0; i < plan.steps[reps].reps; i++) p.countRep(t + i);
  assert.equal(p.completed, done + 1);
});

test('next credits a work step only when at least half of it was done', () => {
  assert.equal(SKIP_CREDIT, 0.5);
  const { plan, hold, d } = antiDesk();
  const ready = readyMs(hold);
  const half = d * SKIP_CREDIT;
  const p = createPlayer(plan);
  p.start(T0);
  p.next(T0 + ready + half - 1); // just under half of the hold, after its get ready
  assert.equal(p.completed, 0);
  p.back(T0 + 100_000);
  p.next(T0 + 100_000 + ready + half - 1); // the restarted hold starts from nothing: still under half
  assert.equal(p.completed, 0);
  p.back(T0 + 200_000);
  p.next(T0 + 200_000 + ready + half); // exactly half
  assert.equal(p.completed, 1);

  // Reps: half the target (rounded up) credits.
  const hips = loadPlan('desk-hips');
  const step = hips.steps[0];
  assert.equal(step.kind, 'reps');
  const need = Math.ceil(step.reps * SKIP_CREDIT);
  const q = createPlayer(hips);
  q.start(T0);
  for (let i = 0; i < need - 1; i++) q.countRep(T0 + 1_000);
  q.next(T0 + 2_000);
  assert.equal(q.completed, 0);
  q.back(T0 + 3_000);
  assert.equal(q.index, 0);
  assert.equal(q.repsDone, 0, 'back starts the count again');
  for (let i = 0; i < need; i++) q.countRep(T0 + 4_000);
  q.next(T0 + 5_000);
  assert.equal(q.completed, 1);
});

test('pause is kept across next/back and its time is still exact', () => {
  const { plan, hold, change, go, d } = antiDesk();
  assert.equal(change.get_ready_s, 0);
  const p = createPlayer(plan);
  p.start(T0);
  p.tick(go);
  p.togglePause(go + 2_000);
  p.next(go + 5_000);
  assert.equal(p.paused, true);
  assert.equal(p.index, 1);
  assert.equal(p.remainingMs(go + 30_000), secondsMs(change), 'the new step has not started counting');
  p.togglePause(go + 40_000);
  assert.equal(p.remainingMs(go + 42_000), secondsMs(change) - 2_000);
  assert.equal(p.activeMs(go + 42_000), readyMs(hold) + 2_000 + 2_000);

  p.togglePause(go + 43_000);
  p.back(go + 44_000);
  assert.equal(p.paused, true);
  assert.equal(p.index, 0);
  assert.equal(p.readyMs(go + 50_000), readyMs(hold), 'its get ready waits too');
  assert.equal(p.remainingMs(go + 50_000), d);
});

// Every plan played to the end as a person would: each timed step runs out, each rep is counted
// on the beat of its tempo, and one 10 s pause on the first reps step.
for (const name of PLAN_NAMES) {
  test(`${name}: played to the end, every work step is done, and the time and report say so`, () => {
    const plan = loadPlan(name);
    const p = createPlayer(plan);
    const last = plan.steps.length - 1;
    let paused = false;
    let t = T0;
    let events = p.start(t);
    while (p.screen === 'step') {
      const step = p.step;
      assert.equal(p.progress(t), step.starts_at_s / plan.total_s, `progress at the start of step ${p.index}`);
      if (step.kind === 'reps') {
        if (!paused) {
          p.togglePause(t);
          p.togglePause((t += 10_000));
          paused = true;
        }
        for (let i = 0; i < step.reps; i++) events = p.countRep((t += step.tempo_s * 1000));
      } else {
        t = runOut(p, t);
      }
    }
    assert.ok(paused, 'the plan has a reps step');
    assert.deepEqual(events.at(-1), { type: 'finished', from: last, reason: 'reps' });
    assert.equal(p.done, true);
    assert.equal(p.step, null);

    // The plan's time, its get readies and the pause.
    const readies = plan.steps.reduce((sum, s) => sum + s.get_ready_s, 0);
    const elapsed = (plan.total_s + readies) * 1000 + 10_000;
    assert.equal(p.finishedAt, T0 + elapsed);
    assert.equal(p.elapsedMs(t + 999_000), elapsed, 'elapsed is frozen once done');
    assert.equal(p.activeMs(t + 999_000), elapsed - 10_000);
    assert.equal(p.progress(t + 999_000), 1);
    assert.equal(p.completed, p.workTotal);
    assert.deepEqual(p.report(), { step: last, completed: p.workTotal, done: true });
    assert.deepEqual(p.tick(t + 999_000), []);
    assert.deepEqual(p.togglePause(t + 999_000), []);
  });
}

test('a late tick past a timed last step finishes when that step ended', () => {
  // The built-in plans end on reps: anti-desk's first exercise alone (a side, the switch, the
  // other side) ends on a hold.
  const full = loadPlan('anti-desk');
  const second = indexOf(full, 'a second exercise', (s) => s.exercise !== full.steps[0].exercise);
  const plan = { ...full, steps: full.steps.slice(0, second), total_s: full.steps[second].starts_at_s };
  assert.equal(plan.steps.at(-1).kind, 'hold');
  const end = plan.steps.reduce((t, s) => t + readyMs(s) + secondsMs(s), T0);
  const p = createPlayer(plan);
  p.start(T0);
  const events = p.tick(end + 50_000);
  assert.deepEqual(events.at(-1), { type: 'finished', from: second - 1, reason: 'timer' });
  assert.equal(p.finishedAt, end);
  assert.equal(p.elapsedMs(end + 999_000), end - T0);
  assert.equal(p.completed, p.workTotal);
  assert.deepEqual(p.report(), { step: second - 1, completed: p.workTotal, done: true });
});

test('progress moves with time inside a step, by starts_at_s / total_s', () => {
  const { plan, go } = antiDesk();
  const p = createPlayer(plan);
  assert.equal(p.progress(T0), 0);
  p.start(T0);
  assert.equal(p.progress(T0), 0);
  assert.equal(p.progress(go - 1), 0, 'progress waits for the hold');
  assert.equal(p.progress(go + 13_500), 13.5 / plan.total_s);
  const t = runOut(p, T0);
  assert.equal(p.progress(t), plan.steps[1].starts_at_s / plan.total_s);
  // Reps: progress stops at the end of the suggested duration.
  const reps = indexOf(plan, 'a reps step', (s) => s.kind === 'reps');
  skipTo(p, reps, t);
  const step = plan.steps[reps];
  assert.equal(p.progress(t + 999_000), (step.starts_at_s + step.seconds) / plan.total_s);
});

test('an empty plan finishes straight away', () => {
  // The core never makes a plan with no steps (it refuses instead), but the player must not hang.
  const p = createPlayer({ ...loadPlan('desk-hips'), steps: [] });
  assert.deepEqual(p.start(T0), [{ type: 'finished', from: 0, reason: 'empty' }]);
  assert.equal(p.done, true);
  assert.deepEqual(p.report(), { step: 0, completed: 0, done: true });
});

test('zero-length timed steps do not hang tick', () => {
  // The core gives every step some time; a switch of none must still be passed at once.
  const plan = loadPlan('anti-desk');
  const i = indexOf(plan, 'a switch', (s) => s.kind === 'switch');
  plan.steps[i] = { ...plan.steps[i], seconds: 0 };
  const p = createPlayer(plan);
  p.start(T0);
  skipTo(p, i, T0);
  assert.deepEqual(p.tick(T0), [{ type: 'advanced', from: i, to: i + 1, reason: 'timer' }]);
  assert.equal(p.remainingMs(T0), secondsMs(plan.steps[i + 1]));
});

// ---- get ready and +10 s ----------------------------------------------------

test('get ready counts down first, then the hold, with one go event; none after a switch', () => {
  const { plan, hold, change, other, d } = antiDesk();
  assert.equal(other.get_ready_s, 0, 'the switch is the get ready of the other side');
  const ready = readyMs(hold);
  const p = createPlayer(plan);
  p.start(T0);
  assert.equal(p.readyMs(T0), ready);
  assert.equal(p.remainingMs(T0 + ready - 1_000), d, 'the hold has not started');
  assert.equal(p.readyMs(T0 + ready - 1_000), 1_000);
  assert.deepEqual(p.tick(T0 + ready - 1), []);
  assert.deepEqual(p.tick(T0 + ready), [{ type: 'go', index: 0 }]);
  assert.deepEqual(p.tick(T0 + ready + 500), [], 'go comes once');
  assert.equal(p.readyMs(T0 + ready + 500), 0);
  assert.equal(p.remainingMs(T0 + ready + 5_000), d - 5_000);
  assert.equal(p.progress(T0 + ready - 1_000), 0, 'progress waits for the hold');
  // The hold ends its get ready and its own time after the start.
  const end = T0 + ready + d;
  assert.deepEqual(p.tick(end), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.readyMs(end), 0);
  assert.equal(p.remainingMs(end), secondsMs(change));
  // The other side starts straight after the switch.
  const switched = end + secondsMs(change);
  assert.deepEqual(p.tick(switched), [{ type: 'advanced', from: 1, to: 2, reason: 'timer' }]);
  assert.equal(p.readyMs(switched), 0);
  assert.deepEqual(p.tick(switched + 1), []);
  assert.equal(p.remainingMs(switched + 1), secondsMs(other) - 1);
});

test('a late tick reports go and the advance in order', () => {
  const { plan, change, go, d } = antiDesk();
  const p = createPlayer(plan);
  p.start(T0);
  assert.deepEqual(p.tick(go + d + 1_000), [
    { type: 'go', index: 0 },
    { type: 'advanced', from: 0, to: 1, reason: 'timer' },
  ]);
  assert.equal(p.remainingMs(go + d + 1_000), secondsMs(change) - 1_000, 'the switch started when the hold ended');
});

test('pause during get ready freezes it', () => {
  const { plan, hold } = antiDesk();
  const ready = readyMs(hold);
  const p = createPlayer(plan);
  p.start(T0);
  p.togglePause(T0 + 1_000);
  assert.equal(p.readyMs(T0 + 60_000), ready - 1_000);
  assert.deepEqual(p.tick(T0 + 60_000), []);
  p.togglePause(T0 + 60_000);
  assert.deepEqual(p.tick(T0 + 60_000 + ready - 1_001), []);
  assert.deepEqual(p.tick(T0 + 60_000 + ready - 1_000), [{ type: 'go', index: 0 }]);
});

test('back starts the step again with its get ready; next during it credits nothing', () => {
  const { plan, hold } = antiDesk();
  const ready = readyMs(hold);
  const p = createPlayer(plan);
  p.start(T0);
  p.next(T0 + ready - 1_000);
  assert.equal(p.completed, 0);
  p.back(T0 + ready);
  assert.equal(p.index, 0);
  assert.equal(p.readyMs(T0 + ready), ready);
  assert.deepEqual(p.tick(T0 + 2 * ready), [{ type: 'go', index: 0 }]);
});

test('+10 s adds time to a timed step, up to a limit, and the step ends later', () => {
  const { plan, change, go, d } = antiDesk();
  const p = createPlayer(plan);
  p.start(T0);
  p.tick(go);
  assert.deepEqual(p.addTime(go + 5_000), [{ type: 'extended', index: 0, byMs: EXTRA_MS }]);
  assert.equal(p.durationMs, d + EXTRA_MS);
  assert.equal(p.remainingMs(go + 5_000), d + EXTRA_MS - 5_000);
  assert.deepEqual(p.tick(go + d), [], 'not over at the planned time');
  const end = go + d + EXTRA_MS;
  assert.deepEqual(p.tick(end), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.durationMs, secondsMs(change), 'the next step has its own time');
  const presses = 20;
  assert.ok(presses * EXTRA_MS > MAX_EXTRA_MS);
  for (let i = 0; i < presses; i += 1) p.addTime(end);
  assert.equal(p.durationMs, secondsMs(change) + MAX_EXTRA_MS);
  assert.deepEqual(p.addTime(end), []);
  // Progress through the routine does not run past the step's planned share.
  assert.equal(p.progress(end + 50_000), (change.starts_at_s + change.seconds) / plan.total_s);
});

test('+10 s does nothing on a reps step, and after the timer ran out it advances first', () => {
  const { plan, go, d } = antiDesk();
  const p = createPlayer(plan);
  p.start(T0);
  p.tick(go);
  assert.deepEqual(p.addTime(go + d + 1_000), [
    { type: 'advanced', from: 0, to: 1, reason: 'timer' },
    { type: 'extended', index: 1, byMs: EXTRA_MS },
  ]);

  const hips = loadPlan('desk-hips');
  const q = createPlayer(hips);
  q.start(T0);
  assert.equal(q.step.kind, 'reps');
  assert.deepEqual(q.addTime(T0 + 1_000), []);
  assert.equal(q.durationMs, secondsMs(hips.steps[0]));
});

test('reps are paced at their tempo, and the pace stops while paused', () => {
  const plan = loadPlan('anti-desk');
  const i = indexOf(plan, 'a reps step with a tempo', (s) => s.kind === 'reps' && s.tempo_s > 0);
  const step = plan.steps[i];
  const tempo = step.tempo_s * 1000;
  const target = step.reps;
  assert.ok(target >= 3);
  const p = createPlayer(plan);
  p.start(T0);
  assert.equal(p.pace(T0), null, 'no pace on a hold');
  skipTo(p, i, T0);
  assert.deepEqual(p.pace(T0), { rep: 1, fraction: 0 });
  assert.deepEqual(p.pace(T0 + 1.5 * tempo), { rep: 2, fraction: 0.5 });
  p.togglePause(T0 + 1.5 * tempo);
  assert.deepEqual(p.pace(T0 + 60_000), { rep: 2, fraction: 0.5 });
  p.togglePause(T0 + 60_000);
  assert.deepEqual(p.pace(T0 + 60_000 + (target - 2) * tempo), { rep: target, fraction: 0.5 });
  const late = T0 + 60_000 + 100 * target * tempo;
  assert.deepEqual(p.pace(late), { rep: target, fraction: 1 }, 'the pace waits at the last rep');
});
