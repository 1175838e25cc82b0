// Small pure text helpers for the session window (no DOM), in the words of ./l10n.js.

import { t } from './l10n.js';

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
  if (m === 0) return t('duration-s', { s: r });
  return r === 0 ? t('duration-min', { min: m }) : t('ui-duration-min-s', { min: m, s: r });
}

/** A duration in words for screen readers: "45 seconds", "5 minutes 12 seconds". */
export function spokenDuration(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(s / 60);
  const r = s % 60;
  if (!m) return t('ui-seconds', { n: r });
  if (!r) return t('ui-minutes', { n: m });
  return t('ui-minutes-seconds', { minutes: t('ui-minutes', { n: m }), seconds: t('ui-seconds', { n: r }) });
}

/** "release" -> "Release". */
export function capitalize(text) {
  const t = String(text ?? '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** "left" -> "Left", anything else (null) -> "". */
export function sideLabel(side) {
  return side === 'left' ? t('side-left') : side === 'right' ? t('side-right') : '';
}

/** "10 reps at 3 s each", "10 reps" without a tempo. */
export function repsLine(reps, tempoSeconds) {
  const n = Number(reps);
  if (!Number.isFinite(n) || n <= 0) return '';
  const tempo = Number(tempoSeconds);
  return Number.isFinite(tempo) && tempo > 0 ? t('ui-reps-at', { n, tempo }) : t('dose-reps', { n });
}

/** The small word under the countdown. */
export function kindCaption(kind) {
  switch (kind) {
    case 'hold':
      return t('ui-caption-hold');
    case 'rest':
      return t('ui-caption-rest');
    case 'switch':
      return t('ui-caption-switch');
    default:
      return '';
  }
}

/** The side badge: the plan's own words ("Left leg back"), else "Left"/"Right" from the side. */
export function stepSideLabel(step) {
  const own = step && typeof step.side_label === 'string' ? step.side_label.trim() : '';
  return own || sideLabel(step && step.side);
}

/**
 * An easier or harder version as the card writes it after its "Easier:" / "Harder:":
 * "Keep the back knee down (20 s)", without the dose when it has none; '' for none.
 */
export function variationText(variation) {
  const text = variation && typeof variation.text === 'string' ? variation.text.trim() : '';
  if (!text) return '';
  return variation.dose ? `${text} (${variation.dose})` : text;
}

/** How long each of the other cues stays up under the first one. */
export const CUE_MS = 6000;

/**
 * The cues shown `elapsedMs` into a step: the first one stays (it is the main instruction);
 * under it the others take turns, CUE_MS each, from the second to the last and round again.
 * `next` is '' with fewer than two cues. The time is the player's step time, so the turns stop
 * while paused and start over with the step.
 */
export function cueAt(cues, elapsedMs) {
  const list = Array.isArray(cues) ? cues.filter((c) => typeof c === 'string' && c !== '') : [];
  const first = list[0] ?? '';
  const others = list.length - 1;
  if (others < 1) return { first, next: '', turn: -1 };
  const t = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs : 0;
  const turn = Math.floor(t / CUE_MS) % others;
  return { first, next: list[turn + 1], turn };
}

/**
 * The overview picker's options: the routines that fit where the person is, in the core's
 * order, then the others, each saying what it needs ("… · 9 min — needs the floor and a ball").
 * The core already orders them; a misplaced one is still put in its group, so the groups are
 * never interleaved.
 */
export function pickerGroups(choices) {
  const fitting = [];
  const others = [];
  for (const choice of Array.isArray(choices) ? choices : []) {
    if (!choice || choice.id == null) continue;
    const label = String(choice.label ?? choice.id);
    if (choice.fits === false) {
      others.push({ value: String(choice.id), label: choice.misfit ? `${label} — ${choice.misfit}` : label });
    } else {
      fitting.push({ value: String(choice.id), label });
    }
  }
  return { fitting, others };
}

/** The full safety advice as paragraphs: plan.safety_full, else the one-line plan.safety. */
export function safetyParagraphs(plan) {
  const full = plan && Array.isArray(plan.safety_full) ? plan.safety_full : [];
  const paragraphs = full.filter((p) => typeof p === 'string' && p.trim() !== '');
  if (paragraphs.length) return paragraphs;
  return plan && typeof plan.safety === 'string' && plan.safety ? [plan.safety] : [];
}

/**
 * The line under the picker: the exercises left out here (they need the floor, or equipment not
 * at hand), and what the short version leaves out. '' when nothing was.
 */
export function pickerNote(plan) {
  const leftOut = plan && Array.isArray(plan.left_out) ? plan.left_out : [];
  const becauseHere = (why) => why === 'floor' || Boolean(why && typeof why === 'object' && why.equipment);
  const here = leftOut.filter((l) => becauseHere(l.why)).map((l) => l.exercise);
  const cut = leftOut.filter((l) => !becauseHere(l.why)).map((l) => l.exercise);
  const parts = [];
  if (here.length) parts.push(t('ui-left-out-here', { list: here.join(', ') }));
  if (plan && plan.short) {
    parts.push(cut.length ? t('ui-short-leaves-out', { list: cut.join(', ') }) : t('ui-short-shorter'));
  }
  return parts.join(' ');
}
