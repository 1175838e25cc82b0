// The plans the Rust side writes for these tests (tests/ui/fixtures/plans/) have what the session
// window reads from a plan, as it reads it: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { loadPlan, PLAN_NAMES } from './fixtures.js';
import { useWords } from './words.js';

useWords();

const isText = (v) => typeof v === 'string' && v.length > 0;
const isCount = (v) => Number.isInteger(v) && v >= 0;

for (const name of PLAN_NAMES) {
  test(`${name}: the plan has the words and numbers the session window shows`, () => {
    const plan = loadPlan(name);
    const { routine } = plan;
    assert.equal(routine.id, name.replace(/-short$/, ''));
    assert.ok(isText(routine.title) && isText(routine.summary));
    assert.ok(Array.isArray(routine.equipment) && routine.equipment.every(isText));
    assert.ok(isText(routine.source.title) && isText(routine.source.author));
    assert.ok(isText(plan.safety));
    // The overview's safety dialog shows the full advice, a paragraph each.
    assert.ok(Array.isArray(plan.safety_full) && plan.safety_full.length > 0 && plan.safety_full.every(isText));
    assert.ok(plan.phases.length > 0);
    for (const phase of plan.phases) assert.ok(['release', 'stretch', 'activate'].includes(phase), phase);

    // The overview shows the length as given, and the picker the label "Title · length", marked
    // "(long)" for a long routine.
    assert.ok(isText(plan.length));
    assert.equal(typeof plan.long, 'boolean');
    assert.equal(plan.label, `${routine.title} · ${plan.length}${plan.long ? ' (long)' : ''}`);
    assert.equal(typeof plan.shortened, 'boolean');
    assert.equal(plan.shortened, name.endsWith('-short'));
    assert.equal(plan.short, name.endsWith('-short'));
    assert.ok(Array.isArray(plan.left_out) && plan.left_out.every((l) => isText(l.exercise)));
  });

  test(`${name}: each step says what it is, and the steps add up to the plan's time`, () => {
    const plan = loadPlan(name);
    let at = 0;
    for (const [i, step] of plan.steps.entries()) {
      const where = `${name} step ${i}`;
      assert.equal(step.index, i, where);
      assert.equal(step.starts_at_s, at, where);
      assert.ok(isCount(step.seconds) && step.seconds > 0, where);
      assert.ok(isCount(step.get_ready_s), where);
      at += step.seconds;

      // Work steps (holds and reps) count; switches and rests are transitions with their own title.
      assert.ok(['hold', 'reps', 'rest', 'switch'].includes(step.kind), where);
      assert.equal(step.work, step.kind === 'hold' || step.kind === 'reps', where);
      const title = { switch: 'Switch sides', rest: 'Rest' }[step.kind] ?? step.exercise;
      assert.equal(step.title, title, where);
      assert.ok(isText(step.exercise) && isText(step.phase), where);

      assert.ok([null, 'left', 'right'].includes(step.side), where);
      // The side badge: the plan's words on a side, nothing without one.
      assert.ok(step.side === null ? step.side_label === null : isText(step.side_label), where);
      assert.ok(step.caution === null || isText(step.caution), where);
      for (const variant of [step.easier, step.harder]) {
        if (variant === null) continue;
        assert.ok(isText(variant.text), where);
        assert.ok(variant.dose === null || isText(variant.dose), where);
      }
      if (step.kind === 'reps') {
        assert.ok(step.reps > 0 && step.tempo_s > 0, where);
        assert.equal(step.seconds, step.reps * step.tempo_s, where);
      } else {
        assert.equal(step.reps, null, where);
      }
      assert.ok(step.set >= 1 && step.set <= step.sets, where);
      assert.ok(Array.isArray(step.targets) && Array.isArray(step.cues) && step.cues.every(isText), where);
      assert.ok(step.mistake === null || isText(step.mistake), where);
      assert.ok(step.next_up === null || isText(step.next_up), where);
      assert.equal(typeof step.optional, 'boolean', where);
    }
    assert.equal(plan.total_s, at);
  });
}

test('a short version is shorter than its routine, and says what it left out', () => {
  for (const name of PLAN_NAMES.filter((n) => n.endsWith('-short'))) {
    const short = loadPlan(name);
    const full = loadPlan(name.replace(/-short$/, ''));
    assert.ok(short.total_s < full.total_s, name);
    assert.equal(full.shortened, false);
    assert.deepEqual(full.left_out, []);
    for (const { exercise } of short.left_out) {
      assert.ok(full.steps.some((s) => s.exercise === exercise), `${name}: ${exercise}`);
      assert.ok(!short.steps.some((s) => s.exercise === exercise), `${name}: ${exercise}`);
    }
  }
});
