// The coach: what the break window says aloud, and when. Pure: no DOM, no Tauri, no clock of its
// own; the window passes the player's events and the player, and speaks what comes back
// (through speech-dispatcher, by the Rust side).
//
// What is said:
//   - on entering an exercise: its name (and the set: "set 2 of 3"), the side, the reps, and its
//     first cue ("Hip flexor lunge stretch. Left knee down. Kneel in a lunge…"); a later set says
//     only its name and set; the second side, right after "switch sides", only "Go";
//   - a switch: "Switch sides. Right knee down."; a rest: "Rest, 20 seconds.";
//   - near the end of a hold: "10 seconds" (holds of 20 s or more), then "3", "2", "1"; a rest
//     counts its last three seconds too;
//   - on a reps step with a tempo, when counting is on: each rep as the pace completes it;
//   - at the end: "Done, in 4 minutes 30 seconds."
// An announcement ({say}) cancels whatever is still being said; an aside ({aside}: a count or a
// time left) is spoken only into silence, so it never queues up behind an announcement. A pause
// hushes ({hush}); a resume says nothing and the counts go on from where the time is.

import { spokenDuration } from './format.js';
import { t } from './l10n.js';

/** Time left on a hold at which the coach says so, in ms: "10 seconds" only on long holds. */
const TEN_SECONDS_MS = 10_000;
/** A hold this long or longer hears "10 seconds". */
const TEN_SECONDS_FROM_MS = 20_000;
/** The last seconds, counted down. */
const COUNTDOWN = [3, 2, 1];

/** `text` ending in a full stop (or its own ! or ?). */
function sentence(text) {
  const t = String(text).trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** What is said on entering step `index` of `plan`, coming from step `from` (-1: the start). */
export function announcement(plan, index, from = -1) {
  const step = plan.steps[index];
  if (!step) return '';
  const seconds = Number(step.seconds) || 0;
  switch (step.kind) {
    case 'switch':
      return [t('voice-switch'), step.side_label ? sentence(step.side_label) : ''].filter(Boolean).join(' ');
    case 'rest':
      return seconds > 0 ? t('voice-rest-for', { time: spokenDuration(seconds * 1000) }) : t('voice-rest');
    default: {
      const reps = step.kind === 'reps' && Number(step.reps) > 0 ? t('voice-reps', { n: Number(step.reps) }) : '';
      const before = plan.steps[from];
      // Straight after its switch of sides: the side was just said.
      if (from === index - 1 && before && before.kind === 'switch') return reps ? t('voice-go-reps', { reps }) : t('voice-go');
      const sets = Number(step.sets) || 1;
      const set = Number(step.set) || 1;
      const name = sets > 1 ? t('voice-set-of', { title: step.title, set, sets }) : sentence(step.title);
      if (set > 1) return [name, reps].filter(Boolean).join(' ');
      const side = step.side_label ? sentence(step.side_label) : '';
      const cue = Array.isArray(step.cues) && step.cues.length ? sentence(step.cues[0]) : '';
      return [name, side, reps, cue].filter(Boolean).join(' ');
    }
  }
}

/** What is said at the end. */
export function doneLine(elapsedMs) {
  return t('voice-done', { time: spokenDuration(elapsedMs) });
}

/** Reps the pace has completed: 0 before the first rep's time is up. */
export function paceCount(pace) {
  if (!pace) return 0;
  return pace.fraction >= 1 ? pace.rep : pace.rep - 1;
}

/**
 * The asides due between two looks at a step: `before` and `after` are {remainingMs, count}
 * (count: reps the pace completed). Holds say the time left as it passes 10 s and each of the last
 * three seconds; rests their last three seconds; reps their count, when `counts` is on. When
 * several moments passed at once (a slow frame), only the last is said.
 */
export function asidesBetween(step, durationMs, before, after, { counts = true } = {}) {
  if (!step || !before || !after) return [];
  let text = null;
  if (step.kind === 'hold' || step.kind === 'rest') {
    const marks = COUNTDOWN.map((s) => [s * 1000, String(s)]);
    if (step.kind === 'hold' && durationMs >= TEN_SECONDS_FROM_MS) marks.unshift([TEN_SECONDS_MS, t('voice-ten-seconds')]);
    for (const [ms, words] of marks) {
      if (before.remainingMs > ms && after.remainingMs <= ms && after.remainingMs > 0) text = words;
    }
  } else if (step.kind === 'reps' && counts && after.count > before.count) {
    text = String(after.count);
  }
  return text ? [{ aside: text }] : [];
}

/**
 * A coach for one session: `hear(events, player, now)` returns what to say now, as a list of
 * {say}, {aside} and {hush}. Call it on every update, with the player's events (or none).
 */
export function createCoach(plan, { counts = true } = {}) {
  let look = null; // {index, remainingMs, count} at the last update

  function lookAt(player, now) {
    return {
      index: player.index,
      remainingMs: player.remainingMs(now),
      count: paceCount(player.pace(now)),
    };
  }

  return {
    hear(events, player, now) {
      const out = [];
      let moved = false; // a new step: its time starts over
      for (const e of events) {
        if (e.type === 'started' || e.type === 'advanced' || e.type === 'restarted') {
          moved = true;
          const to = e.type === 'restarted' ? e.index : e.to;
          const from = e.type === 'advanced' && e.to === e.from + 1 ? e.from : -1;
          out.push({ say: announcement(plan, to, from) });
        } else if (e.type === 'finished') {
          out.push({ say: doneLine(player.elapsedMs(now)) });
        } else if (e.type === 'paused') {
          out.push({ hush: true });
        }
      }
      if (player.screen !== 'step') {
        look = null;
        return out;
      }
      const seen = lookAt(player, now);
      if (look && !moved && look.index === seen.index && !player.paused) {
        out.push(...asidesBetween(player.step, player.durationMs, look, seen, { counts }));
      }
      look = seen;
      return out;
    },
  };
}
