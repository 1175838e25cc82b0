// Unit tests for ui/js/sounds.js: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { createSounds, SOUNDS } from '../../ui/js/sounds.js';

test('each moment has its own short sound', () => {
  const names = Object.keys(SOUNDS).sort();
  assert.deepEqual(names, ['done', 'go', 'next', 'switch']);
  const shapes = names.map((n) => JSON.stringify(SOUNDS[n].map(([f]) => f)));
  assert.equal(new Set(shapes).size, names.length, 'two moments sound the same');
  for (const name of names) {
    const end = Math.max(...SOUNDS[name].map(([, at, length]) => at + length));
    assert.ok(end <= 1, `${name} lasts ${end} s`);
  }
});

test('with no audio, playing is a quiet no-op', () => {
  globalThis.window = {}; // a webview with no AudioContext
  try {
    const sounds = createSounds();
    assert.equal(sounds.play('next'), false);
    assert.equal(sounds.play('nonsense'), false);
  } finally {
    delete globalThis.window;
  }
});

test('with audio, a sound schedules its notes', () => {
  const started = [];
  class FakeContext {
    constructor() {
      this.currentTime = 0;
      this.state = 'running';
      this.destination = {};
    }
    createOscillator() {
      return {
        frequency: {},
        connect: (g) => g,
        start: (t) => started.push(t),
        stop() {},
      };
    }
    createGain() {
      const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
      return { gain: param, connect: (d) => d };
    }
  }
  globalThis.window = { AudioContext: FakeContext };
  try {
    assert.equal(createSounds().play('switch'), true);
    assert.equal(started.length, SOUNDS.switch.length);
  } finally {
    delete globalThis.window;
  }
});
