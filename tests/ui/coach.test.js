// Unit tests for ui/js/coach.js: what the break window says, and when, for a real plan played
// with a fake clock: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { announcement, asidesBetween, createCoach, doneLine, paceCount } from '../../ui/js/coach.js';
import { createPlayer } from '../../ui/js/player.js';
import { loadPlan } from './fixtures.js';
import { useWords } from './words.js';

useWords();

const T0 = 1_000_000; // an arbitrary performance.now() origin
const FRAME_MS = 125; // as the window updates

/**
 * Plays `plan` to the end as a person keeping the pace would: every timed step runs out, each rep
 * is counted as the pace completes it, and the first hold is paused for 5 s after 12 s. Returns
 * what the coach said, as [seconds since the start, words].
 */
function play(plan, { counts = true } = {}) {
  const player = createPlayer(plan);
  const coach = createCoach(plan, { counts });
  const said = [];
  let now = T0;
  const hear = (events) => {
    for (const u of coach.hear(events, player, now)) {
      const words = u.say ? `say ${u.say}` : u.aside ? `aside ${u.aside}` : 'hush';
      said.push([(now - T0) / 1000, words]);
    }
  };
  hear(player.start(now));
  let paused = false;
  while (player.screen === 'step') {
    now += FRAME_MS;
    if (!paused && player.index === 0 && player.stepElapsedMs(now) >= 12_000) {
      paused = true;
      hear(player.togglePause(now));
      // Nothing is said while paused, however many updates pass.
      for (let i = 0; i < 40; i += 1) {
        now += FRAME_MS;
        hear(player.tick(now));
      }
      hear(player.togglePause(now));
      continue;
    }
    if (player.step.kind === 'reps' && paceCount(player.pace(now)) > player.repsDone) {
      hear(player.countRep(now));
      continue;
    }
    hear(player.tick(now));
  }
  return said;
}

// back-relief has both sides, three sets with rests between them, holds and reps with a tempo.
const BACK_RELIEF = [
  [0, 'say Psoas ball release. Ball left of the navel. Face down, ball on the belly inside one hip bone, about halfway towards the navel.'],
  [12, 'hush'],
  [28, 'aside 10 seconds'],
  [35, 'aside 3'],
  [36, 'aside 2'],
  [37, 'aside 1'],
  [38, 'say Switch sides. Ball right of the navel.'],
  [43, 'say Go.'],
  [63, 'aside 10 seconds'],
  [70, 'aside 3'],
  [71, 'aside 2'],
  [72, 'aside 1'],
  [73, 'say Hip flexor lunge stretch. Left knee down. Kneel in a lunge with the back knee on a cushion and the front foot flat.'],
  [126, 'aside 10 seconds'],
  [133, 'aside 3'],
  [134, 'aside 2'],
  [135, 'aside 1'],
  [136, 'say Switch sides. Right knee down.'],
  [141, 'say Go.'],
  [191, 'aside 10 seconds'],
  [198, 'aside 3'],
  [199, 'aside 2'],
  [200, 'aside 1'],
  [201, 'say Glute bridge hold, set 1 of 3. Lie on your back, knees bent and feet flat, with a cushion between your knees.'],
  [254, 'aside 10 seconds'],
  [261, 'aside 3'],
  [262, 'aside 2'],
  [263, 'aside 1'],
  [264, 'say Rest, 20 seconds.'],
  [281, 'aside 3'],
  [282, 'aside 2'],
  [283, 'aside 1'],
  [284, 'say Glute bridge hold, set 2 of 3.'],
  [337, 'aside 10 seconds'],
  [344, 'aside 3'],
  [345, 'aside 2'],
  [346, 'aside 1'],
  [347, 'say Rest, 20 seconds.'],
  [364, 'aside 3'],
  [365, 'aside 2'],
  [366, 'aside 1'],
  [367, 'say Glute bridge hold, set 3 of 3.'],
  [420, 'aside 10 seconds'],
  [427, 'aside 3'],
  [428, 'aside 2'],
  [429, 'aside 1'],
  [430, 'say Knee-to-chest press. Left knee up. 6 reps. Lie on your back with knees bent and feet flat.'],
  [435, 'aside 1'],
  [440, 'aside 2'],
  [445, 'aside 3'],
  [450, 'aside 4'],
  [455, 'aside 5'],
  [460, 'say Switch sides. Right knee up.'],
  [465, 'say Go: 6 reps.'],
  [470, 'aside 1'],
  [475, 'aside 2'],
  [480, 'aside 3'],
  [485, 'aside 4'],
  [490, 'aside 5'],
  [495, 'say Mountain climbers. 20 reps. Set up in a straight-arm plank, wrists below shoulders.'],
  [497, 'aside 1'],
  [499, 'aside 2'],
  [501, 'aside 3'],
  [503, 'aside 4'],
  [505, 'aside 5'],
  [507, 'aside 6'],
  [509, 'aside 7'],
  [511, 'aside 8'],
  [513, 'aside 9'],
  [515, 'aside 10'],
  [517, 'aside 11'],
  [519, 'aside 12'],
  [521, 'aside 13'],
  [523, 'aside 14'],
  [525, 'aside 15'],
  [527, 'aside 16'],
  [529, 'aside 17'],
  [531, 'aside 18'],
  [533, 'aside 19'],
  [535, 'say V-sit. 6 reps. Sit with knees bent and feet on the floor, hands lightly behind your thighs.'],
  [540, 'aside 1'],
  [545, 'aside 2'],
  [550, 'aside 3'],
  [555, 'aside 4'],
  [560, 'aside 5'],
  [565, 'say Done, in 9 minutes 25 seconds.'],
];

test('the coach says each moment of a plan with sides, sets, rests and reps, at its time', () => {
  assert.deepEqual(play(loadPlan('back-relief')), BACK_RELIEF);
});

test('with counting off, reps are not counted aloud and everything else is said', () => {
  const said = play(loadPlan('back-relief'), { counts: false });
  const counts = (script) => script.filter(([, words]) => /^aside \d+$/.test(words) && Number(words.slice(6)) > 3);
  assert.deepEqual(counts(said), []);
  const notReps = (script) => script.filter(([t]) => t < 430 || t >= 565);
  assert.deepEqual(notReps(said), notReps(BACK_RELIEF));
});

test('going back to the second side says the whole exercise, not just go', () => {
  const plan = loadPlan('back-relief');
  assert.equal(plan.steps[1].kind, 'switch');
  assert.equal(announcement(plan, 2, 1), 'Go.');
  assert.equal(
    announcement(plan, 2, 3),
    'Psoas ball release. Ball right of the navel. Face down, ball on the belly inside one hip bone, about halfway towards the navel.',
  );
  const player = createPlayer(plan);
  const coach = createCoach(plan);
  let now = T0;
  coach.hear(player.start(now), player, now);
  for (let i = 0; i < 3; i += 1) player.next((now += 1000));
  assert.equal(player.index, 3);
  now += 1000;
  // Back from the next exercise: the second side's hold, in full.
  assert.deepEqual(coach.hear(player.back(now), player, now), [
    { say: 'Psoas ball release. Ball right of the navel. Face down, ball on the belly inside one hip bone, about halfway towards the navel.' },
  ]);
});

test('a slow update says only the last moment it passed, and a hold ending says nothing of it', () => {
  const hold = { kind: 'hold' };
  assert.deepEqual(asidesBetween(hold, 30_000, { remainingMs: 11_000 }, { remainingMs: 9_000 }), [{ aside: '10 seconds' }]);
  assert.deepEqual(asidesBetween(hold, 30_000, { remainingMs: 4_000 }, { remainingMs: 1_500 }), [{ aside: '2' }]);
  assert.deepEqual(asidesBetween(hold, 30_000, { remainingMs: 1_100 }, { remainingMs: 0 }), []);
  // A short hold hears no "10 seconds"; +10 s brings the marks back.
  assert.deepEqual(asidesBetween(hold, 15_000, { remainingMs: 11_000 }, { remainingMs: 9_000 }), []);
  assert.deepEqual(asidesBetween(hold, 40_000, { remainingMs: 12_000 }, { remainingMs: 10_000 }), [{ aside: '10 seconds' }]);
  // A switch counts nothing down.
  assert.deepEqual(asidesBetween({ kind: 'switch' }, 5_000, { remainingMs: 3_100 }, { remainingMs: 2_900 }), []);
});

test('the end says the time taken', () => {
  assert.equal(doneLine(65_000), 'Done, in 1 minute 5 seconds.');
  assert.equal(doneLine(4 * 60_000), 'Done, in 4 minutes.');
});
