// Unit tests for ui/js/format.js: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  capitalize,
  formatClock,
  formatDuration,
  kindCaption,
  repsLine,
  sideLabel,
  spokenDuration,
} from '../../ui/js/format.js';
import { useWords } from './words.js';

useWords();

test('formatClock rounds up and switches to m:ss from a minute', () => {
  assert.equal(formatClock(20_000), '20');
  assert.equal(formatClock(19_001), '20');
  assert.equal(formatClock(19_000), '19');
  assert.equal(formatClock(1), '1');
  assert.equal(formatClock(0), '0');
  assert.equal(formatClock(-5), '0');
  assert.equal(formatClock(60_000), '1:00');
  assert.equal(formatClock(65_000), '1:05');
  assert.equal(formatClock(600_000), '10:00');
});

test('formatDuration and spokenDuration', () => {
  assert.equal(formatDuration(0), '0 s');
  assert.equal(formatDuration(44_600), '45 s');
  assert.equal(formatDuration(300_000), '5 min');
  assert.equal(formatDuration(312_000), '5 min 12 s');
  assert.equal(spokenDuration(1_000), '1 second');
  assert.equal(spokenDuration(60_000), '1 minute');
  assert.equal(spokenDuration(312_000), '5 minutes 12 seconds');
});

test('labels', () => {
  assert.equal(capitalize('release'), 'Release');
  assert.equal(capitalize(null), '');
  assert.equal(sideLabel('left'), 'Left');
  assert.equal(sideLabel('right'), 'Right');
  assert.equal(sideLabel(null), '');
  assert.equal(repsLine(10, 3), '10 reps at 3 s each');
  assert.equal(repsLine(10, null), '10 reps');
  assert.equal(repsLine(1, 2), '1 rep at 2 s each');
  assert.equal(repsLine(null, 3), '');
  assert.equal(kindCaption('hold'), 'hold');
  assert.equal(kindCaption('switch'), 'get ready');
  assert.equal(kindCaption('reps'), '');
});

test('the picker note says what was left out here, and what the short version cut', async () => {
  const { pickerNote } = await import('../../ui/js/format.js');
  const here = {
    short: false,
    left_out: [
      { exercise: 'Glute bridge', why: 'floor' },
      { exercise: 'Band stability press', why: { equipment: ['band'] } },
    ],
  };
  assert.equal(pickerNote(here), 'Left out here: Glute bridge, Band stability press.');
  const short = { short: true, left_out: [...here.left_out, { exercise: 'V-sit', why: 'optional' }] };
  assert.equal(
    pickerNote(short),
    'Left out here: Glute bridge, Band stability press. The short version leaves out: V-sit.',
  );
  assert.equal(pickerNote({ short: true, left_out: [] }), 'Shorter holds and fewer reps.');
  assert.equal(pickerNote({ short: false, left_out: [] }), '');
  assert.equal(pickerNote(null), '');
});
