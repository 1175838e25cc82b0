// The plans the node tests play: real plans of the built-in routines, written as JSON by the Rust
// side's tests into fixtures/plans/<name>.json, exactly as the session window receives them.

import { readFileSync } from 'node:fs';

/** Every plan there is a fixture of. */
export const PLAN_NAMES = Object.freeze([
  'anti-desk',
  'anti-desk-short',
  'back-relief',
  'back-relief-short',
  'desk-hips',
  'low-back-activate',
  'recovery-rolling',
]);

/** A fresh copy of the plan `name` (a test may change its copy). */
export function loadPlan(name) {
  return JSON.parse(readFileSync(new URL(`./fixtures/plans/${name}.json`, import.meta.url), 'utf8'));
}
