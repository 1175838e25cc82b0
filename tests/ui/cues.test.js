// Unit tests for the step card's pure helpers in ui/js/format.js (cue turns, side badge,
// easier/harder lines, the picker's groups, the safety paragraphs): node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  CUE_MS,
  cueAt,
  pickerGroups,
  safetyParagraphs,
  stepSideLabel,
  variationText,
} from '../../ui/js/format.js';
import { createPlayer } from '../../ui/js/player.js';
import { loadPlan } from './fixtures.js';
import { useWords } from './words.js';

useWords();

const CUES = ['Main cue.', 'Second.', 'Third.', 'Fourth.'];

test('the first cue stays; the others take turns every 6 s, from the second round again', () => {
  assert.equal(CUE_MS, 6000);
  const nextAt = (ms) => cueAt(CUES, ms).next;
  assert.equal(cueAt(CUES, 0).first, 'Main cue.');
  assert.equal(cueAt(CUES, 59_000).first, 'Main cue.');
  assert.equal(nextAt(0), 'Second.');
  assert.equal(nextAt(5_999), 'Second.');
  assert.equal(nextAt(6_000), 'Third.');
  assert.equal(nextAt(12_000), 'Fourth.');
  assert.equal(nextAt(17_999), 'Fourth.');
  // After the last, back to the second (never the first, which is always shown).
  assert.equal(nextAt(18_000), 'Second.');
  assert.equal(nextAt(24_000), 'Third.');
  assert.equal(cueAt(CUES, 18_000).turn, 0);
});

test('two cues: the second stays under the first', () => {
  for (const ms of [0, 6_000, 60_000]) assert.deepEqual(cueAt(['A', 'B'], ms), { first: 'A', next: 'B', turn: 0 });
});

test('one cue or none: nothing under it', () => {
  assert.deepEqual(cueAt(['Only.'], 30_000), { first: 'Only.', next: '', turn: -1 });
  assert.deepEqual(cueAt([], 0), { first: '', next: '', turn: -1 });
  assert.deepEqual(cueAt(null, 0), { first: '', next: '', turn: -1 });
  assert.deepEqual(cueAt(undefined, 0), { first: '', next: '', turn: -1 });
});

test('a time that is not a number or below zero is the step start', () => {
  assert.equal(cueAt(CUES, -5).next, 'Second.');
  assert.equal(cueAt(CUES, NaN).next, 'Second.');
  assert.equal(cueAt(CUES, undefined).next, 'Second.');
});

test('empty and non-text cues are left out of the turns', () => {
  assert.deepEqual(cueAt(['A', '', null, 'B'], 6_000), { first: 'A', next: 'B', turn: 0 });
});

test("the turns follow the player's step clock: they stop while paused and start over with the step", () => {
  const plan = loadPlan('anti-desk');
  plan.steps[0].cues = CUES;
  const player = createPlayer(plan);
  player.start(1_000);
  const nextAt = (now) => cueAt(player.step.cues, player.stepElapsedMs(now)).next;
  assert.equal(nextAt(1_000), 'Second.');
  assert.equal(nextAt(7_000), 'Third.');
  player.togglePause(8_000); // 7 s into the step
  assert.equal(nextAt(30_000), 'Third.', 'paused: the cue stays');
  player.togglePause(30_000);
  assert.equal(nextAt(34_999), 'Third.'); // 11.999 s of step time
  assert.equal(nextAt(35_000), 'Fourth.'); // 12 s
  player.back(36_000); // on the first step: restarts it
  assert.equal(nextAt(36_000), 'Second.');
});

test('the side badge: the plan\'s words, else Left/Right from the side', () => {
  assert.equal(stepSideLabel({ side: 'left', side_label: 'Left leg back' }), 'Left leg back');
  assert.equal(stepSideLabel({ side: 'right', side_label: 'Right' }), 'Right');
  assert.equal(stepSideLabel({ side: 'right', side_label: null }), 'Right');
  assert.equal(stepSideLabel({ side: 'left' }), 'Left');
  assert.equal(stepSideLabel({ side: 'left', side_label: '  ' }), 'Left');
  assert.equal(stepSideLabel({ side: null, side_label: null }), '');
  assert.equal(stepSideLabel(null), '');
});

test('easier and harder: the text, with the dose in brackets when there is one', () => {
  assert.equal(variationText({ text: 'Stand and hold a chair', dose: '20 s' }), 'Stand and hold a chair (20 s)');
  assert.equal(variationText({ text: 'One leg', dose: null }), 'One leg');
  assert.equal(variationText({ text: '', dose: '8 reps' }), '');
  assert.equal(variationText(null), '');
  assert.equal(variationText(undefined), '');
});

const choice = (id, fits, misfit = null) => ({
  id,
  label: `${id} · 5 min`,
  length: '5 min',
  short_length: null,
  fits,
  misfit,
  long: false,
});

test('the picker: fitting routines first, the others after, each saying what it needs', () => {
  const groups = pickerGroups([
    choice('desk-hips', true),
    choice('anti-desk', false, 'needs the floor and a ball'),
    choice('back-relief', false, null),
  ]);
  assert.deepEqual(groups, {
    fitting: [{ value: 'desk-hips', label: 'desk-hips · 5 min' }],
    others: [
      { value: 'anti-desk', label: 'anti-desk · 5 min — needs the floor and a ball' },
      { value: 'back-relief', label: 'back-relief · 5 min' },
    ],
  });
});

test('the picker keeps the core\'s order within each group, even when the core interleaves them', () => {
  const { fitting, others } = pickerGroups([
    choice('a', false, 'needs a band'),
    choice('b', true),
    choice('c', false, 'needs the floor'),
    choice('d', true),
  ]);
  assert.deepEqual(fitting.map((o) => o.value), ['b', 'd']);
  assert.deepEqual(others.map((o) => o.value), ['a', 'c']);
});

test('the picker takes choices without `fits` (an older core) as fitting', () => {
  const { fitting, others } = pickerGroups([{ id: 'anti-desk', label: 'Anti-desk reset · 5 min' }]);
  assert.deepEqual(fitting, [{ value: 'anti-desk', label: 'Anti-desk reset · 5 min' }]);
  assert.deepEqual(others, []);
  assert.deepEqual(pickerGroups(null), { fitting: [], others: [] });
});

test('the safety dialog: the full advice, else the one line', () => {
  assert.deepEqual(safetyParagraphs({ safety: 'Short.', safety_full: ['One.', '', 'Two.'] }), ['One.', 'Two.']);
  assert.deepEqual(safetyParagraphs({ safety: 'Short.' }), ['Short.']);
  assert.deepEqual(safetyParagraphs({ safety: 'Short.', safety_full: [] }), ['Short.']);
  assert.deepEqual(safetyParagraphs({}), []);
  assert.deepEqual(safetyParagraphs(null), []);
});
