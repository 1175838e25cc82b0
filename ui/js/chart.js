// The history window's charts and words: the days of invoke('history') in, chart geometry and
// text out. Numbers, strings and class names only (no DOM, no clock), so node tests can check
// every part of it; chart-view.js puts them on the page.
//
// A chart is drawn in a fixed viewBox (CHART); the plot area leaves room on the left for the y
// axis' labels and at the bottom for the days'. y grows downwards, as in SVG: the baseline is
// the plot's bottom edge.
//
// Every word is a Fluent message (t(), from locales/LANG/history.ftl and core.ftl): the numbers
// go in as numbers, and the messages choose the plural forms.

import { t } from './l10n.js';

/** The charts' viewBox, about 1:1 with the page's card at the window's usual width. */
export const CHART = { width: 400, height: 180 };

/** Room around the plot area: the y labels on the left, the day labels under it. */
const PAD = { left: 44, right: 8, top: 10, bottom: 24 };

/** Roughly how wide a character of an axis label is, at the stylesheet's 11 px. */
const CHAR_W = 6.2;

/** The widest a bar gets, so that 7 days still look like bars and not blocks. */
const MAX_BAR = 28;

/** The weekdays the history gives (chrono's "%a", always English), as core.ftl's `weekday` keys. */
const WEEKDAYS = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** The y axis for seconds: the steps tried in turn, the first giving at most 5 intervals. */
const DURATION_STEPS = [300, 600, 900, 1800, 3600, 7200, 10800, 14400, 21600, 28800, 43200, 86400];

const r1 = (n) => Math.round(n * 10) / 10;

/** A count or a number of seconds: a finite number above zero, else 0. */
const amount = (x) => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : 0);

const text = (x) => (typeof x === 'string' ? x : '');

/**
 * 1 -> "1st", 2 -> "2nd", 11 -> "11th", 22 -> "22nd", 111 -> "111th". English only: no page shows
 * it (the done screen's "3rd break today" comes worded from the core).
 */
export function ordinal(n) {
  const i = Math.trunc(Number(n));
  if (!Number.isFinite(i)) return '';
  const tens = Math.abs(i) % 100;
  const ones = Math.abs(i) % 10;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ones === 1 ? 'st' : ones === 2 ? 'nd' : ones === 3 ? 'rd' : 'th';
  return `${i}${suffix}`;
}

/**
 * A duration in words, to the minute: "0 min", "under 1 min", "9 min", "1 h", "1 h 30 min".
 * Anything that is not a number of seconds above zero is "0 min".
 */
export function durationWords(seconds) {
  const s = amount(seconds);
  const minutes = Math.round(s / 60);
  if (minutes === 0) return s > 0 ? t('history-under-min') : t('duration-min', { min: 0 });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('duration-min', { min: m });
  return m === 0 ? t('duration-h', { h }) : t('duration-h-min', { h, min: m });
}

/** A duration axis label: "0", "30 min", "1 h", "1 h 30". */
export function durationTick(seconds) {
  const minutes = Math.round(amount(seconds) / 60);
  if (minutes === 0) return '0';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('duration-min', { min: m });
  return m === 0 ? t('duration-h', { h }) : t('history-tick-h-min', { h, min: m });
}

/**
 * The y axis for counts: 0, a nice step (1, 2, 5 times a power of ten), up to the first tick at
 * or above `max`; at least up to 4, and at most 5 intervals.
 */
export function niceTicks(max) {
  const top = Math.max(4, Math.ceil(amount(max)));
  let step = 1;
  for (let power = 1; ; power *= 10) {
    const found = [1, 2, 5].map((f) => f * power).find((s) => Math.ceil(top / s) <= 5);
    if (found) {
      step = found;
      break;
    }
  }
  const ticks = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}

/**
 * The y axis for seconds, in steps of minutes or hours (DURATION_STEPS), up to the first tick at
 * or above `maxS`, at most 5 intervals; an hour when there is nothing to show.
 */
export function durationTicks(maxS) {
  const top = amount(maxS) || 3600;
  const step =
    DURATION_STEPS.find((s) => Math.ceil(top / s) <= 5) ?? Math.ceil(top / 5 / 86400) * 86400;
  const ticks = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}

/** One day of the history with every figure a number (0 when missing) and its names as text. */
export function dayFigures(day) {
  const d = day && typeof day === 'object' ? day : {};
  return {
    date: text(d.date),
    weekday: text(d.weekday),
    taken: amount(d.taken),
    skipped: amount(d.skipped),
    snoozed: amount(d.snoozed),
    natural: amount(d.natural),
    moved_s: amount(d.moved_s),
    longest_sitting_s: amount(d.longest_sitting_s),
    sitting_s: amount(d.sitting_s),
  };
}

/** "2026-11-29" -> "29 Nov"; the date as given when it is not one. */
export function shortDate(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(date));
  const month = m ? Number(m[2]) : 0;
  if (month < 1 || month > 12) return text(date);
  return t('history-date', { day: Number(m[3]), month });
}

/** A weekday's short name in the language in force ("Sun" -> "So"); any other text as given. */
function weekdayName(weekday) {
  const key = weekday.toLowerCase();
  return WEEKDAYS.has(key) ? t('weekday', { day: key }) : weekday;
}

/** A day's name: "Sun" (short), "Sun 29 Nov" (long); whichever part there is. */
export function dayName(day, long = false) {
  const d = dayFigures(day);
  const weekday = weekdayName(d.weekday);
  const date = shortDate(d.date);
  if (!long) return weekday || date;
  if (weekday && date) return t('history-day-date', { weekday, date });
  return weekday || date;
}

/** The days as a list of dayFigures, whatever was given. */
function figures(days) {
  return Array.isArray(days) ? days.map(dayFigures) : [];
}

/** The plot area in a chart of this size. */
function plotArea(width, height) {
  return {
    left: PAD.left,
    right: width - PAD.right,
    top: PAD.top,
    bottom: height - PAD.bottom,
    width: width - PAD.left - PAD.right,
    height: height - PAD.top - PAD.bottom,
  };
}

/** A day's slot across the plot: the bar's x and width, and the slot's middle. */
function slot(plot, n, i) {
  const each = plot.width / Math.max(1, n);
  const w = Math.min(MAX_BAR, each * 0.62);
  return { x: r1(plot.left + each * i + (each - w) / 2), w: r1(w), mid: r1(plot.left + each * (i + 0.5)) };
}

/** The y of `value` on a scale whose last tick is at the plot's top. */
function scaleY(plot, top) {
  const per = top > 0 ? plot.height / top : 0;
  return (value) => r1(plot.bottom - value * per);
}

/**
 * The days' labels under the plot: every weekday for a week; for more days, a date every few
 * days counting back from today's (so today always has one). A label that would run past an
 * edge is anchored to it.
 */
function dayLabels(list, plot, width) {
  const n = list.length;
  const every = n <= 7 ? 1 : Math.ceil(n / 6);
  const labels = [];
  list.forEach((day, i) => {
    if ((n - 1 - i) % every !== 0) return;
    const label = n <= 7 ? dayName(day) : shortDate(day.date);
    if (!label) return;
    const { mid } = slot(plot, n, i);
    const half = (label.length * CHAR_W) / 2;
    const classes = ['x-label'];
    let x = mid;
    if (mid + half > width) {
      classes.push('is-end');
      x = width;
    } else if (mid - half < 0) {
      classes.push('is-start');
      x = 0;
    }
    if (i === n - 1) classes.push('is-today');
    labels.push({ x, y: plot.bottom + 16, label, cls: classes.join(' ') });
  });
  return labels;
}

/** The y axis: a grid line and a label for each tick. */
function axis(ticks, y, format) {
  return ticks.map((value) => ({ value, y: y(value), label: format(value) }));
}

/**
 * The breaks chart: per day a stacked bar, breaks taken at the bottom and skipped on top, on a
 * count axis (niceTicks). Bars: {x, y, w, h, cls, day, value, title}; a segment of 0 has h 0,
 * on the baseline or on the segment under it.
 */
export function breaksChart(days, { width = CHART.width, height = CHART.height } = {}) {
  const list = figures(days);
  const plot = plotArea(width, height);
  const values = niceTicks(Math.max(0, ...list.map((d) => d.taken + d.skipped)));
  const y = scaleY(plot, values.at(-1));
  const bars = [];
  list.forEach((d, i) => {
    const { x, w } = slot(plot, list.length, i);
    const day = dayName(d, true);
    const takenTop = y(d.taken);
    const top = y(d.taken + d.skipped);
    bars.push({ x, y: takenTop, w, h: r1(plot.bottom - takenTop), cls: 'bar bar-taken', day, value: d.taken, title: t('history-bar-taken', { day, n: d.taken }) });
    bars.push({ x, y: top, w, h: r1(takenTop - top), cls: 'bar bar-skipped', day, value: d.skipped, title: t('history-bar-skipped', { day, n: d.skipped }) });
  });
  return {
    width,
    height,
    plot,
    bars,
    ticks: axis(values, y, String),
    labels: dayLabels(list, plot, width),
    reference: null,
  };
}

/**
 * How far past the interval a stretch may go and still count as a break on time: a reminder is
 * sent again after 15 minutes, so one answered before that was answered at the first asking.
 */
export const GRACE_S = 15 * 60;

/**
 * The sitting chart: per day the longest stretch of sitting, on an axis of minutes or hours that
 * covers the break interval too; the interval as a dashed reference line ("every 2 h"), and the
 * bars more than GRACE_S past it marked is-over. No interval (not a number above 0): no line and
 * no marks.
 */
export function sittingChart(days, intervalS, { width = CHART.width, height = CHART.height } = {}) {
  const list = figures(days);
  const interval = amount(intervalS);
  const plot = plotArea(width, height);
  const values = durationTicks(Math.max(interval, ...list.map((d) => d.longest_sitting_s)));
  const y = scaleY(plot, values.at(-1));
  const bars = list.map((d, i) => {
    const { x, w } = slot(plot, list.length, i);
    const day = dayName(d, true);
    const value = d.longest_sitting_s;
    const top = y(value);
    const over = interval > 0 && value > interval + GRACE_S;
    return {
      x,
      y: top,
      w,
      h: r1(plot.bottom - top),
      cls: over ? 'bar bar-sitting is-over' : 'bar bar-sitting',
      day,
      value,
      title: t('history-bar-sitting', { day, duration: durationWords(value) }),
    };
  });
  let reference = null;
  if (interval > 0) {
    const ry = y(interval);
    // Over the line, or under it when the line is at the top and the label would be cut off.
    const labelY = ry - 5 < plot.top + 4 ? ry + 13 : ry - 5;
    reference = { x1: plot.left, x2: plot.right, y: ry, label: t('history-every', { interval: durationWords(interval) }), labelX: plot.left + 4, labelY, cls: 'ref-line' };
  }
  return {
    width,
    height,
    plot,
    bars,
    ticks: axis(values, y, durationTick),
    labels: dayLabels(list, plot, width),
    reference,
  };
}

/** "Last 7 days", "Today" for one: a heading, or the start of a sentence. */
export function rangeName(n) {
  return t('history-range', { n });
}

/** "last 7 days", "today" for one: within a sentence. */
function rangeInline(n) {
  return t('history-range-inline', { n });
}

/** The breaks chart's title and its table's caption: "Breaks taken and skipped, last 7 days". */
export function breaksCaption(n) {
  return t('history-breaks-caption', { range: rangeInline(n) });
}

/** The sitting chart's title and its table's caption: "Longest sitting stretch, last 7 days". */
export function sittingCaption(n) {
  return t('history-sitting-caption', { range: rangeInline(n) });
}

/** The legend's reference line: "Break interval: every 2 h". */
export function intervalLegend(intervalS) {
  return t('history-legend-every', { interval: durationWords(intervalS) });
}

/** The latest of the days with the most of `key` (ties go to the most recent). */
function latestMost(list, key) {
  return list.reduce((best, d) => (best === null || d[key] >= best[key] ? d : best), null);
}

/** The breaks chart in words: "Last 7 days: 12 breaks taken, 3 skipped. Most on Tue: 4." */
export function breaksSummary(days) {
  const list = figures(days);
  if (list.length === 0) return t('history-no-days');
  const taken = list.reduce((sum, d) => sum + d.taken, 0);
  const skipped = list.reduce((sum, d) => sum + d.skipped, 0);
  let out = t('history-breaks-summary', { range: rangeName(list.length), taken, skipped });
  const most = latestMost(list, 'taken');
  if (taken > 0 && list.length > 1) out += ` ${t('history-breaks-most', { day: dayName(most, list.length > 7), n: most.taken })}`;
  return out;
}

/**
 * The sitting chart in words: "Last 7 days: the longest sitting stretch was 2 h 30 min, on Tue.
 * 2 days had a stretch longer than the break interval (2 h)."
 */
export function sittingSummary(days, intervalS) {
  const list = figures(days);
  if (list.length === 0) return t('history-no-days');
  const interval = amount(intervalS);
  const most = latestMost(list, 'longest_sitting_s');
  const range = rangeName(list.length);
  if (most.longest_sitting_s === 0) return t('history-sitting-none', { range });
  let out = t('history-sitting-summary', {
    range,
    longest: durationWords(most.longest_sitting_s),
    day: dayName(most, list.length > 7),
  });
  if (interval > 0) {
    const n = list.filter((d) => d.longest_sitting_s > interval).length;
    out += ` ${t('history-sitting-over', { n, interval: durationWords(interval) })}`;
  }
  return out;
}

/** The breaks chart's table: {caption, head, rows: [{head, cells}]}, oldest day first. */
export function breaksTable(days) {
  const list = figures(days);
  return {
    caption: breaksCaption(list.length),
    head: [t('history-day'), t('history-taken'), t('history-skipped')],
    rows: list.map((d) => ({ head: dayName(d, true), cells: [String(d.taken), String(d.skipped)] })),
  };
}

/** The sitting chart's table, with a column for the days past the interval when there is one. */
export function sittingTable(days, intervalS) {
  const list = figures(days);
  const interval = amount(intervalS);
  const head = [t('history-day'), t('history-longest')];
  if (interval > 0) head.push(t('history-longer-than', { duration: durationWords(interval + GRACE_S) }));
  return {
    caption: sittingCaption(list.length),
    head,
    rows: list.map((d) => {
      const cells = [durationWords(d.longest_sitting_s)];
      if (interval > 0) cells.push(d.longest_sitting_s > interval + GRACE_S ? t('history-yes') : t('history-no'));
      return { head: dayName(d, true), cells };
    }),
  };
}

/**
 * The Today card's figures as text: the three counts as plain integers, the durations in words,
 * and the sitting now ("—" when the resident does not count it: not running, away or paused).
 */
export function todayWords(day, sittingS) {
  const d = dayFigures(day);
  const now = typeof sittingS === 'number' && Number.isFinite(sittingS) && sittingS >= 0;
  return {
    taken: String(d.taken),
    skipped: String(d.skipped),
    snoozed: String(d.snoozed),
    natural: String(d.natural),
    moved: durationWords(d.moved_s),
    longest: durationWords(d.longest_sitting_s),
    sitting: now ? durationWords(sittingS) : '—',
  };
}

/**
 * The streak in words: the run ("4 days in a row with 3 breaks or more", or how to start one),
 * the best run ('' before the first), today's progress, and how full today's bar is (0 to 1).
 */
export function streakWords(streak) {
  const s = streak && typeof streak === 'object' ? streak : {};
  const days = Math.floor(amount(s.days));
  const goal = Math.max(1, Math.floor(amount(s.goal)));
  const best = Math.max(days, Math.floor(amount(s.best)));
  const today = Math.floor(amount(s.today));
  // The same words as the done screen's, which come from the core.
  let line;
  if (days > 0) line = t('history-streak-days', { days, goal });
  else if (best > 0) line = t('history-streak-restart', { goal });
  else line = t('history-streak-none', { goal });
  // Under the goal with a streak going, how many more keep it (without one, the line says how
  // to start one).
  let progress;
  if (today >= goal) progress = t('history-today-counts', { today });
  else if (days > 0) progress = t('history-today-keep', { today, goal, more: goal - today });
  else progress = t('history-today-progress', { today, goal });
  return {
    line,
    best: best > 0 ? t('history-streak-best', { days: best }) : '',
    today: progress,
    fill: Math.min(1, today / goal),
  };
}

/** The routines done most: {label, line: "12 breaks · 1 h"}, at most 5, bad entries left out. */
export function routineLines(routines) {
  const list = Array.isArray(routines) ? routines : [];
  return list
    .filter((r) => r && typeof r === 'object' && (text(r.label) || text(r.id)))
    .slice(0, 5)
    .map((r) => ({
      id: text(r.id),
      label: text(r.label) || text(r.id),
      line: t('history-routine-line', { count: Math.floor(amount(r.count)), moved: durationWords(r.moved_s) }),
    }));
}
