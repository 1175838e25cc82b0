// Unit tests for ui/js/sounds.js: node --test tests/ui/
import { mock, test } from 'node:test';
import assert from 'node:assert/strict';

import { createSounds, SOUNDS, SUSPEND_AFTER_MS } from '../../ui/js/sounds.js';
import { useWords } from './words.js';

useWords();

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

/**
 * A Web Audio context that records what is done with it: the start time of each note in
 * `started`, and suspend / resume in `calls`.
 */
function fakeContext(started, calls) {
  return class FakeContext {
    constructor() {
      this.currentTime = 0;
      this.state = 'running';
      this.destination = {};
    }
    suspend() {
      calls.push('suspend');
      this.state = 'suspended';
      return Promise.resolve();
    }
    resume() {
      calls.push('resume');
      this.state = 'running';
      return Promise.resolve();
    }
    createOscillator() {
      return { frequency: {}, connect: (g) => g, start: (t) => started.push(t), stop() {} };
    }
    createGain() {
      const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
      return { gain: param, connect: (d) => d };
    }
  };
}

test('with audio, a sound schedules its notes', () => {
  const started = [];
  globalThis.window = { AudioContext: fakeContext(started, []) };
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    assert.equal(createSounds().play('switch'), true);
    assert.equal(started.length, SOUNDS.switch.length);
  } finally {
    mock.timers.reset();
    delete globalThis.window;
  }
});

test('between sounds the context is suspended, and the next sound wakes it', () => {
  const calls = [];
  globalThis.window = { AudioContext: fakeContext([], calls) };
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const sounds = createSounds();
    const doneMs = Math.max(...SOUNDS.done.map(([, at, length]) => at + length)) * 1000;
    assert.equal(sounds.play('done'), true);
    // Still playing: not suspended.
    mock.timers.tick(doneMs);
    assert.deepEqual(calls, []);
    // A second sound before the first one's pause keeps the context running.
    assert.equal(sounds.play('next'), true);
    mock.timers.tick(doneMs);
    assert.deepEqual(calls, ['suspend']);
    // The next sound resumes it, and it is suspended again after.
    assert.equal(sounds.play('go'), true);
    assert.deepEqual(calls, ['suspend', 'resume']);
    mock.timers.tick(1000 + SUSPEND_AFTER_MS);
    assert.deepEqual(calls, ['suspend', 'resume', 'suspend']);
  } finally {
    mock.timers.reset();
    delete globalThis.window;
  }
});
