// Unit tests for ui/js/forms.js: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  DEFAULT_DAYS,
  equipmentBoxes,
  equipmentValue,
  minutesToSeconds,
  PLACES,
  routineOptions,
  secondsToMinutes,
} from '../../ui/js/forms.js';
import { useWords } from './words.js';

useWords();

test('minutes as typed become whole seconds, and anything else an error in words', () => {
  assert.deepEqual(minutesToSeconds('90'), { seconds: 5400 });
  assert.deepEqual(minutesToSeconds(' 7.5 '), { seconds: 450 });
  assert.deepEqual(minutesToSeconds(''), { error: 'Type a number of minutes.' });
  assert.deepEqual(minutesToSeconds('ten'), { error: '“ten” is not a number of minutes.' });
  assert.deepEqual(minutesToSeconds('-5'), { error: 'Type a number of minutes above zero.' });
  // Out of range is not decided here: the resident refuses it with the range.
  assert.deepEqual(minutesToSeconds('5000'), { seconds: 300000 });
});

test('seconds are shown as whole minutes, or to one decimal', () => {
  assert.equal(secondsToMinutes(7200), '120');
  assert.equal(secondsToMinutes(450), '7.5');
  assert.equal(secondsToMinutes(3), '0.1');
});

test('the routine choices end with rotation, which is selected when on', () => {
  const view = { routines: [['anti-desk', 'Anti-desk reset · 5 min']], values: { routine: 'anti-desk' } };
  assert.deepEqual(routineOptions(view), {
    options: [
      { value: 'anti-desk', label: 'Anti-desk reset · 5 min' },
      { value: 'rotate', label: 'Each in turn (rotate)' },
    ],
    selected: 'anti-desk',
  });
  assert.equal(routineOptions({ ...view, values: { routine: 'rotate' } }).selected, 'rotate');
  assert.equal(DEFAULT_DAYS.length, 7);
});

const EQUIPMENT = [
  ['ball', 'a massage ball, such as a tennis or lacrosse ball'],
  ['peanut', 'a peanut ball'],
  ['foam-roller', 'a foam roller'],
  ['band', 'a resistance band'],
  ['cushion', 'a cushion or folded towel'],
];

test('each equipment setting has a box per piece, in the view\'s order and words, ticked as set', () => {
  const view = { equipment: EQUIPMENT, values: { equipment: ['cushion', 'ball'], desk_equipment: [] } };
  const home = equipmentBoxes(view, 'equipment');
  assert.deepEqual(
    home.map((b) => b.id),
    ['equipment-ball', 'equipment-peanut', 'equipment-foam-roller', 'equipment-band', 'equipment-cushion'],
  );
  assert.deepEqual(home.filter((b) => b.checked).map((b) => b.name), ['ball', 'cushion']);
  assert.equal(home[0].label, 'a massage ball, such as a tennis or lacrosse ball');
  const desk = equipmentBoxes(view, 'desk_equipment');
  assert.equal(desk[2].id, 'desk_equipment-foam-roller');
  assert.ok(desk.every((b) => !b.checked));
  // An older resident without the list: no boxes (the page hides the group).
  assert.deepEqual(equipmentBoxes({ values: {} }, 'equipment'), []);
});

test('an equipment change sends the whole list, in the view\'s order', () => {
  const view = { equipment: EQUIPMENT };
  assert.deepEqual(equipmentValue(view, ['cushion', 'ball']), ['ball', 'cushion']);
  assert.deepEqual(equipmentValue(view, []), []);
  assert.deepEqual(equipmentValue(view, ['ball', 'unknown']), ['ball']);
  assert.deepEqual(PLACES, ['desk', 'home']);
});
