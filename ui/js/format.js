// Small pure text helpers for the session window (no DOM).

/** Remaining time on the ring: "45", "1:05". Rounds up, so it shows 1 until 0. */
export function formatClock(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return String(s);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** A duration in words: "45 s", "5 min", "5 min 12 s". */
export function formatDuration(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  const r = s % 60;
  if (m === 0) return `${r} s`;
  return r === 0 ? `${m} min` : `${m} min ${r} s`;
}

/** A duration in words for screen readers: "45 seconds", "5 minutes 12 seconds". */
export function spokenDuration(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  const r = s % 60;
  const parts = [];
  if (m) parts.push(`${m} ${m === 1 ? 'minute' : 'minutes'}`);
  if (r || !m) parts.push(`${r} ${r === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/** "release" -> "Release". */
export function capitalize(text) {
  const t = String(text ?? '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** "left" -> "Left", anything else (null) -> "". */
export function sideLabel(side) {
  return side === 'left' ? 'Left' : side === 'right' ? 'Right' : '';
}

/** "10 reps at 3 s each", "10 reps" without a tempo. */
export function repsLine(reps, tempoSeconds) {
  const n = Number(reps);
  if (!Number.isFinite(n) || n <= 0) return '';
  const noun = n === 1 ? 'rep' : 'reps';
  const t = Number(tempoSeconds);
  return Number.isFinite(t) && t > 0 ? `${n} ${noun} at ${t} s each` : `${n} ${noun}`;
}

/** The small word under the countdown. */
export function kindCaption(kind) {
  switch (kind) {
    case 'hold':
      return 'hold';
    case 'rest':
      return 'rest';
    case 'switch':
      return 'get ready';
    default:
      return '';
  }
}
