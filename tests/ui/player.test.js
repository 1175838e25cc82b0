// Unit tests for ui/js/player.js with a fake clock: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createPlayer, EXTRA_MS, isWorkStep, MAX_EXTRA_MS, SKIP_CREDIT } from '../../ui/js/player.js';

// A small plan shaped like the Rust core's: hold L, switch, hold R, rest,
// reps (set 1), rest, reps (set 2), hold.
function samplePlan() {
  const raw = [
    { phase: 'release', exercise: 'Piriformis ball release', side: 'left', kind: 'hold', seconds: 20 },
    { phase: 'release', exercise: 'Piriformis ball release', side: 'right', kind: 'switch', seconds: 5 },
    { phase: 'release', exercise: 'Piriformis ball release', side: 'right', kind: 'hold', seconds: 20 },
    { phase: 'activate', exercise: 'Glute bridge', side: null, kind: 'reps', seconds: 30, reps: 10, tempo_s: 3, set: 1, sets: 2 },
    { phase: 'activate', exercise: 'Glute bridge', side: null, kind: 'rest', seconds: 10, set: 1, sets: 2 },
    { phase: 'activate', exercise: 'Glute bridge', side: null, kind: 'reps', seconds: 30, reps: 10, tempo_s: 3, set: 2, sets: 2 },
    { phase: 'stretch', exercise: 'Half-kneeling hip flexor stretch', side: null, kind: 'hold', seconds: 30 },
  ];
  let at = 0;
  const steps = raw.map((s, index) => {
    const step = {
      index,
      targets: [],
      position: 'floor',
      reps: null,
      tempo_s: null,
      set: 1,
      sets: 1,
      cues: [],
      mistake: null,
      optional: false,
      next_up: null,
      ...s,
      starts_at_s: at,
    };
    at += s.seconds;
    return step;
  });
  return {
    routine: { id: 'test', title: 'Test', summary: '', equipment: [], source: null },
    safety: '',
    total_s: at,
    phases: ['release', 'stretch', 'activate'],
    steps,
  };
}

const T0 = 1_000_000; // an arbitrary performance.now() origin

test('starts on the overview and start() enters the first step', () => {
  const p = createPlayer(samplePlan());
  assert.equal(p.screen, 'overview');
  assert.equal(p.step, null);
  assert.deepEqual(p.start(T0), [{ type: 'started', to: 0 }]);
  assert.equal(p.screen, 'step');
  assert.equal(p.index, 0);
  assert.equal(p.step.exercise, 'Piriformis ball release');
  assert.deepEqual(p.start(T0 + 5), [], 'start twice does nothing');
});

test('countdown decreases with time, independent of how often it is asked', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  assert.equal(p.remainingMs(T0), 20_000);
  assert.equal(p.remainingMs(T0 + 1), 19_999);
  assert.equal(p.remainingMs(T0 + 7_250), 12_750);
  // Asking (or ticking) many times changes nothing.
  for (let t = T0; t < T0 + 7_250; t += 16) p.tick(t);
  assert.equal(p.remainingMs(T0 + 7_250), 12_750);
  assert.equal(p.remainingMs(T0 + 19_999), 1);
});

test('pause freezes the remaining time exactly and resume continues', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  assert.deepEqual(p.togglePause(T0 + 5_000), [{ type: 'paused' }]);
  assert.equal(p.paused, true);
  assert.equal(p.remainingMs(T0 + 5_000), 15_000);
  assert.equal(p.remainingMs(T0 + 60_000), 15_000, 'frozen while paused');
  assert.deepEqual(p.tick(T0 + 600_000), [], 'no auto-advance while paused');
  assert.equal(p.index, 0);

  assert.deepEqual(p.togglePause(T0 + 65_000), [{ type: 'resumed' }]);
  assert.equal(p.paused, false);
  assert.equal(p.remainingMs(T0 + 65_000), 15_000);
  assert.equal(p.remainingMs(T0 + 70_000), 10_000);
  // Ends exactly 15 s after resuming.
  assert.deepEqual(p.tick(T0 + 79_999), []);
  assert.equal(p.tick(T0 + 80_000)[0].type, 'advanced');
  // Session time: wall time includes the pause, active time does not.
  assert.equal(p.elapsedMs(T0 + 80_000), 80_000);
  assert.equal(p.activeMs(T0 + 80_000), 20_000);
});

test('auto-advances when a hold, switch or rest reaches 0', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  assert.deepEqual(p.tick(T0 + 19_999), []);
  assert.deepEqual(p.tick(T0 + 20_000), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.step.kind, 'switch');
  // The switch (5 s) started exactly at T0+20s, even if ticked late.
  assert.deepEqual(p.tick(T0 + 25_000), [{ type: 'advanced', from: 1, to: 2, reason: 'timer' }]);
  assert.equal(p.remainingMs(T0 + 25_000), 20_000);
});

test('a late tick catches up through several steps, keeping exact times', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  // 50 s later: hold (20) + switch (5) + hold (20) are over; 5 s into the reps step.
  const events = p.tick(T0 + 50_000);
  assert.deepEqual(
    events.map((e) => [e.from, e.to]),
    [
      [0, 1],
      [1, 2],
      [2, 3],
    ],
  );
  assert.equal(p.step.kind, 'reps');
  assert.equal(p.stepElapsedMs(T0 + 50_000), 5_000);
  // Reps never auto-advance, however long.
  assert.deepEqual(p.tick(T0 + 500_000), []);
  assert.equal(p.index, 3);
});

test('next and back stay within bounds', () => {
  const p = createPlayer(samplePlan());
  assert.deepEqual(p.next(T0), [], 'next on the overview does nothing');
  assert.deepEqual(p.back(T0), [], 'back on the overview does nothing');
  p.start(T0);

  // Back on the first step restarts it.
  assert.deepEqual(p.back(T0 + 8_000), [{ type: 'restarted', index: 0 }]);
  assert.equal(p.index, 0);
  assert.equal(p.remainingMs(T0 + 8_000), 20_000);

  assert.deepEqual(p.next(T0 + 9_000), [{ type: 'advanced', from: 0, to: 1, reason: 'next' }]);
  assert.deepEqual(p.next(T0 + 9_500), [{ type: 'advanced', from: 1, to: 2, reason: 'next' }]);
  // Back skips the switch transition, to the previous work step.
  assert.deepEqual(p.back(T0 + 10_000), [{ type: 'advanced', from: 2, to: 0, reason: 'back' }]);
  assert.equal(p.remainingMs(T0 + 10_000), 20_000, 'its timer restarts');

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
  const p = createPlayer(samplePlan());
  p.start(T0);
  // The hold ended at +20 s but no tick happened before the key press at +20.1 s.
  assert.deepEqual(p.next(T0 + 20_100), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.index, 1);
});

test('reps: counting advances at the target', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  p.tick(T0 + 45_000); // through to the first reps step
  assert.equal(p.index, 3);
  assert.equal(p.snapshot(T0 + 45_000).repTarget, 10);
  for (let i = 1; i < 10; i++) {
    assert.deepEqual(p.countRep(T0 + 45_000 + i * 3_000), [{ type: 'rep', repsDone: i, target: 10 }]);
  }
  assert.equal(p.index, 3);
  assert.equal(p.repsDone, 9);
  const events = p.countRep(T0 + 75_000);
  assert.deepEqual(events, [
    { type: 'rep', repsDone: 10, target: 10 },
    { type: 'advanced', from: 3, to: 4, reason: 'reps' },
  ]);
  assert.equal(p.step.kind, 'rest');
  assert.equal(p.repsDone, 0, 'the count resets on a new step');
  assert.equal(p.remainingMs(T0 + 75_000), 10_000, 'the rest starts when the last rep is counted');
});

test('reps are not counted on timed steps or while paused', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  assert.deepEqual(p.countRep(T0 + 1_000), [], 'not on a hold');
  p.tick(T0 + 45_000);
  p.togglePause(T0 + 46_000);
  assert.deepEqual(p.countRep(T0 + 47_000), []);
  assert.equal(p.repsDone, 0);
  p.togglePause(T0 + 48_000);
  assert.equal(p.countRep(T0 + 49_000).length, 1);
});

test('completed counts only work steps, and each once', () => {
  const plan = samplePlan();
  const p = createPlayer(plan);
  assert.equal(p.workTotal, plan.steps.filter(isWorkStep).length);
  assert.equal(p.workTotal, 5);
  p.start(T0);
  p.tick(T0 + 20_000); // hold L done
  assert.equal(p.completed, 1);
  p.tick(T0 + 25_000); // switch over: not work
  assert.equal(p.completed, 1);
  p.tick(T0 + 45_000); // hold R done
  assert.equal(p.completed, 2);
  for (let i = 0; i < 10; i++) p.countRep(T0 + 46_000 + i); // reps set 1
  assert.equal(p.completed, 3);
  assert.equal(p.step.kind, 'rest');
  p.next(T0 + 47_000); // skipping a rest never counts
  assert.equal(p.completed, 3);
  // Back (to set 1 of the reps) and do it again: still counted once.
  p.back(T0 + 48_000);
  assert.equal(p.index, 3);
  for (let i = 0; i < 10; i++) p.countRep(T0 + 49_000 + i);
  assert.equal(p.completed, 3);
  assert.deepEqual(p.report(), { step: 4, completed: 3, done: false });
});

test('next credits a work step only when at least half of it was done', () => {
  assert.equal(SKIP_CREDIT, 0.5);
  const p = createPlayer(samplePlan());
  p.start(T0);
  p.next(T0 + 9_999); // under half of 20 s
  assert.equal(p.completed, 0);
  p.back(T0 + 10_000);
  p.next(T0 + 20_000 - 1); // 9999 ms into a restarted 20 s hold: still under half
  assert.equal(p.completed, 0);
  p.back(T0 + 20_000);
  p.next(T0 + 30_000); // exactly half
  assert.equal(p.completed, 1);

  // Reps: half the target (5 of 10) credits.
  const q = createPlayer(samplePlan());
  q.start(T0);
  q.tick(T0 + 45_000); // the two holds run out: 2 completed
  assert.equal(q.completed, 2);
  for (let i = 0; i < 4; i++) q.countRep(T0 + 46_000);
  q.next(T0 + 47_000);
  assert.equal(q.completed, 2);
  q.back(T0 + 48_000);
  assert.equal(q.index, 3);
  for (let i = 0; i < 5; i++) q.countRep(T0 + 49_000);
  q.next(T0 + 50_000);
  assert.equal(q.completed, 3);
});

test('pause is kept across next/back and its time is still exact', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  p.togglePause(T0 + 5_000);
  p.next(T0 + 8_000);
  assert.equal(p.paused, true);
  assert.equal(p.index, 1);
  assert.equal(p.remainingMs(T0 + 30_000), 5_000, 'the new step has not started counting');
  p.togglePause(T0 + 40_000);
  assert.equal(p.remainingMs(T0 + 42_000), 3_000);
  assert.equal(p.activeMs(T0 + 42_000), 5_000 + 2_000);
});

test('finishing sets done, elapsed time and the final report', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  p.tick(T0 + 45_000); // to the first reps step (index 3)
  for (let i = 0; i < 10; i++) p.countRep(T0 + 75_000);
  p.tick(T0 + 85_000); // rest over -> reps set 2
  assert.equal(p.index, 5);
  p.togglePause(T0 + 90_000);
  p.togglePause(T0 + 100_000); // 10 s pause
  for (let i = 0; i < 10; i++) p.countRep(T0 + 120_000);
  assert.equal(p.index, 6);
  assert.equal(p.progress(T0 + 120_000), 115 / 145, 'progress by plan time at a step start');
  // The last hold (30 s) ends at +150 s; ticked late at +200 s.
  const events = p.tick(T0 + 200_000);
  assert.deepEqual(events, [{ type: 'finished', from: 6, reason: 'timer' }]);
  assert.equal(p.screen, 'done');
  assert.equal(p.done, true);
  assert.equal(p.step, null);
  assert.equal(p.finishedAt, T0 + 150_000);
  assert.equal(p.elapsedMs(T0 + 999_000), 150_000, 'elapsed is frozen once done');
  assert.equal(p.activeMs(T0 + 999_000), 140_000);
  assert.equal(p.progress(T0 + 999_000), 1);
  assert.equal(p.completed, 5);
  assert.deepEqual(p.report(), { step: 6, completed: 5, done: true });
  assert.deepEqual(p.tick(T0 + 999_000), []);
  assert.deepEqual(p.togglePause(T0 + 999_000), []);
});

test('progress moves with time inside a step, by starts_at_s / total_s', () => {
  const p = createPlayer(samplePlan());
  assert.equal(p.progress(T0), 0);
  p.start(T0);
  assert.equal(p.progress(T0), 0);
  assert.equal(p.progress(T0 + 13_500), 13.5 / 145);
  p.tick(T0 + 20_000);
  assert.equal(p.progress(T0 + 20_000), 20 / 145);
  // Reps: progress stops at the end of the suggested duration.
  p.tick(T0 + 45_000);
  assert.equal(p.progress(T0 + 45_000 + 999_000), 75 / 145);
});

test('an empty plan finishes straight away', () => {
  const p = createPlayer({ total_s: 0, steps: [] });
  assert.deepEqual(p.start(T0), [{ type: 'finished', from: 0, reason: 'empty' }]);
  assert.equal(p.done, true);
  assert.deepEqual(p.report(), { step: 0, completed: 0, done: true });
});

test('zero-length timed steps do not hang tick', () => {
  const p = createPlayer({
    total_s: 10,
    steps: [
      { kind: 'switch', seconds: 0, starts_at_s: 0 },
      { kind: 'hold', seconds: 10, starts_at_s: 0 },
    ],
  });
  p.start(T0);
  assert.deepEqual(p.tick(T0), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.remainingMs(T0), 10_000);
});

// ---- get ready and +10 s ----------------------------------------------------

/** The sample plan with a 3-s get ready on its first and last holds, as the core gives it. */
function readyPlan() {
  const plan = samplePlan();
  plan.steps[0].get_ready_s = 3;
  plan.steps[6].get_ready_s = 3;
  return plan;
}

test('get ready counts down first, then the hold, with one go event', () => {
  const p = createPlayer(readyPlan());
  p.start(T0);
  assert.equal(p.readyMs(T0), 3000);
  assert.equal(p.remainingMs(T0 + 2000), 20_000, 'the hold has not started');
  assert.equal(p.readyMs(T0 + 2000), 1000);
  assert.deepEqual(p.tick(T0 + 2999), []);
  assert.deepEqual(p.tick(T0 + 3000), [{ type: 'go', index: 0 }]);
  assert.deepEqual(p.tick(T0 + 3500), [], 'go comes once');
  assert.equal(p.readyMs(T0 + 3500), 0);
  assert.equal(p.remainingMs(T0 + 8000), 15_000);
  assert.equal(p.progress(T0 + 2000), 0, 'progress waits for the hold');
  // The hold ends 3 s + 20 s after the start; the switch has no get ready.
  assert.deepEqual(p.tick(T0 + 23_000), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.readyMs(T0 + 23_000), 0);
  assert.equal(p.remainingMs(T0 + 23_000), 5000);
});

test('a late tick reports go and the advance in order', () => {
  const p = createPlayer(readyPlan());
  p.start(T0);
  assert.deepEqual(p.tick(T0 + 24_000), [
    { type: 'go', index: 0 },
    { type: 'advanced', from: 0, to: 1, reason: 'timer' },
  ]);
  assert.equal(p.remainingMs(T0 + 24_000), 4000, 'the switch started when the hold ended');
});

test('pause during get ready freezes it', () => {
  const p = createPlayer(readyPlan());
  p.start(T0);
  p.togglePause(T0 + 1000);
  assert.equal(p.readyMs(T0 + 60_000), 2000);
  assert.deepEqual(p.tick(T0 + 60_000), []);
  p.togglePause(T0 + 60_000);
  assert.deepEqual(p.tick(T0 + 62_000), [{ type: 'go', index: 0 }]);
});

test('back starts the step again with its get ready; next during it credits nothing', () => {
  const p = createPlayer(readyPlan());
  p.start(T0);
  p.next(T0 + 2000);
  assert.equal(p.completed, 0);
  p.back(T0 + 2500);
  assert.equal(p.index, 0);
  assert.equal(p.readyMs(T0 + 2500), 3000);
  assert.deepEqual(p.tick(T0 + 5500), [{ type: 'go', index: 0 }]);
});

test('+10 s adds time to a timed step, up to a limit, and the step ends later', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  assert.deepEqual(p.addTime(T0 + 5000), [{ type: 'extended', index: 0, byMs: EXTRA_MS }]);
  assert.equal(p.durationMs, 30_000);
  assert.equal(p.remainingMs(T0 + 5000), 25_000);
  assert.deepEqual(p.tick(T0 + 20_000), [], 'not over at the original 20 s');
  assert.deepEqual(p.tick(T0 + 30_000), [{ type: 'advanced', from: 0, to: 1, reason: 'timer' }]);
  assert.equal(p.durationMs, 5000, 'the next step has its own time');
  for (let i = 0; i < 20; i += 1) p.addTime(T0 + 30_000);
  assert.equal(p.durationMs, 5000 + MAX_EXTRA_MS);
  assert.deepEqual(p.addTime(T0 + 30_000), []);
  // Progress through the routine does not run past the step's planned share.
  assert.equal(p.progress(T0 + 100_000), 25_000 / p.totalMs);
});

test('+10 s does nothing on a reps step, and after the timer ran out it advances first', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  const events = p.addTime(T0 + 21_000);
  assert.deepEqual(events[0], { type: 'advanced', from: 0, to: 1, reason: 'timer' });
  assert.equal(events[1].type, 'extended');
  p.next(T0 + 21_000);
  p.next(T0 + 21_000);
  assert.equal(p.step.kind, 'reps');
  assert.deepEqual(p.addTime(T0 + 22_000), []);
});

test('reps are paced at their tempo, and the pace stops while paused', () => {
  const p = createPlayer(samplePlan());
  p.start(T0);
  assert.equal(p.pace(T0), null, 'no pace on a hold');
  p.next(T0);
  p.next(T0);
  p.next(T0); // the first set of glute bridges: 10 reps at 3 s
  assert.equal(p.step.kind, 'reps');
  assert.deepEqual(p.pace(T0), { rep: 1, fraction: 0 });
  assert.deepEqual(p.pace(T0 + 4500), { rep: 2, fraction: 0.5 });
  p.togglePause(T0 + 4500);
  assert.deepEqual(p.pace(T0 + 60_000), { rep: 2, fraction: 0.5 });
  p.togglePause(T0 + 60_000);
  assert.deepEqual(p.pace(T0 + 60_000 + 24_000), { rep: 10, fraction: 0.5 });
  assert.deepEqual(p.pace(T0 + 200_000), { rep: 10, fraction: 1 }, 'the pace waits at the last rep');
});
