// Unit tests for ui/js/chart.js, the history window's charts and words: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  breaksChart,
  breaksSummary,
  breaksCaption,
  breaksTable,
  CHART,
  dayName,
  durationTick,
  durationTicks,
  durationWords,
  niceTicks,
  ordinal,
  rangeName,
  routineLines,
  shortDate,
  sittingCaption,
  sittingChart,
  sittingSummary,
  sittingTable,
  streakWords,
  todayWords,
} from '../../ui/js/chart.js';
import { texts, useWords } from './words.js';

useWords(); // English: the tests read the English words

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** `n` days ending on Sun 29 Nov 2026, oldest first, each with `figures(i)` over zeros. */
function days(n, figures = () => ({})) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2026, 10, 29 - (n - 1 - i)));
    out.push({
      date: date.toISOString().slice(0, 10),
      weekday: WEEKDAYS[(date.getUTCDay() + 6) % 7],
      taken: 0,
      skipped: 0,
      snoozed: 0,
      natural: 0,
      moved_s: 0,
      longest_sitting_s: 0,
      sitting_s: 0,
      ...figures(i),
    });
  }
  return out;
}

/** A week, Mon 23 to Sun 29 Nov: 12 taken, the most (4) on Wed, 1 skipped on Tue. */
const WEEK = days(7, (i) => ({ taken: [1, 2, 4, 0, 3, 2, 0][i], skipped: i === 1 ? 1 : 0 }));

const near = (a, b) => Math.abs(a - b) < 0.11;

test('count ticks are nice integers from 0, at least up to 4, at most 5 intervals', () => {
  assert.deepEqual(niceTicks(0), [0, 1, 2, 3, 4]);
  assert.deepEqual(niceTicks(3), [0, 1, 2, 3, 4]);
  assert.deepEqual(niceTicks(4), [0, 1, 2, 3, 4]);
  assert.deepEqual(niceTicks(5), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(niceTicks(7), [0, 2, 4, 6, 8]);
  assert.deepEqual(niceTicks(12), [0, 5, 10, 15]);
  assert.deepEqual(niceTicks(26), [0, 10, 20, 30]);
  assert.deepEqual(niceTicks(240), [0, 50, 100, 150, 200, 250]);
  assert.deepEqual(niceTicks(260), [0, 100, 200, 300]);
  assert.deepEqual(niceTicks(NaN), [0, 1, 2, 3, 4]);
  assert.deepEqual(niceTicks(-3), [0, 1, 2, 3, 4]);
  for (let max = 0; max < 500; max += 7) {
    const ticks = niceTicks(max);
    assert.ok(ticks.at(-1) >= max && ticks.length <= 6 && ticks.every(Number.isInteger), `${max}: ${ticks}`);
  }
});

test('duration ticks step in minutes or hours, and cover the longest', () => {
  assert.deepEqual(durationTicks(0), [0, 900, 1800, 2700, 3600]);
  assert.deepEqual(durationTicks(7200), [0, 1800, 3600, 5400, 7200]);
  assert.deepEqual(durationTicks(1800), [0, 600, 1200, 1800]);
  assert.deepEqual(durationTicks(5400), [0, 1800, 3600, 5400]);
  assert.deepEqual(durationTicks(11400), [0, 3600, 7200, 10800, 14400]);
  assert.deepEqual(durationTicks(7200).map(durationTick), ['0', '30 min', '1 h', '1 h 30', '2 h']);
  assert.equal(durationTicks(600000).length <= 6, true);
});

test('durations in words, to the minute', () => {
  assert.equal(durationWords(0), '0 min');
  assert.equal(durationWords(null), '0 min');
  assert.equal(durationWords(-5), '0 min');
  assert.equal(durationWords(20), 'under 1 min');
  assert.equal(durationWords(60), '1 min');
  assert.equal(durationWords(540), '9 min');
  assert.equal(durationWords(3600), '1 h');
  assert.equal(durationWords(5400), '1 h 30 min');
  assert.equal(durationWords(7500), '2 h 5 min');
  assert.equal(durationTick(0), '0');
  assert.equal(durationTick(2700), '45 min');
  assert.equal(durationTick(10800), '3 h');
});

test('ordinals in English', () => {
  const cases = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', 11: '11th', 12: '12th', 13: '13th', 21: '21st', 22: '22nd', 23: '23rd', 101: '101st', 111: '111th', 112: '112th', 0: '0th' };
  for (const [n, word] of Object.entries(cases)) assert.equal(ordinal(Number(n)), word);
});

test('dates and day names', () => {
  assert.equal(shortDate('2026-11-29'), '29 Nov');
  assert.equal(shortDate('2026-01-05'), '5 Jan');
  assert.equal(shortDate('someday'), 'someday');
  assert.equal(dayName({ date: '2026-11-29', weekday: 'Sun' }), 'Sun');
  assert.equal(dayName({ date: '2026-11-29', weekday: 'Sun' }, true), 'Sun 29 Nov');
  assert.equal(dayName({ date: '2026-11-29' }), '29 Nov');
});

test('the breaks chart: stacked bars on the baseline, the tallest up to the top of the plot', () => {
  const chart = breaksChart(WEEK);
  const { plot } = chart;
  assert.equal(chart.width, CHART.width);
  assert.equal(chart.bars.length, 14, 'taken and skipped for each day');
  const taken = chart.bars.filter((b) => b.cls === 'bar bar-taken');
  const skipped = chart.bars.filter((b) => b.cls === 'bar bar-skipped');
  // Every taken bar stands on the baseline; a skipped one on its taken bar.
  taken.forEach((b, i) => {
    assert.ok(near(b.y + b.h, plot.bottom), `${b.day}`);
    assert.ok(near(skipped[i].y + skipped[i].h, b.y), `${b.day}`);
    assert.equal(skipped[i].x, b.x);
  });
  // Thu: nothing at all: height 0, on the baseline.
  assert.equal(taken[3].value, 0);
  assert.equal(taken[3].h, 0);
  assert.equal(taken[3].y, plot.bottom);
  assert.equal(skipped[3].h, 0);
  assert.equal(skipped[3].y, plot.bottom);
  // The most (Wed, 4; the axis goes to 4) reaches the top of the plot.
  assert.deepEqual(chart.ticks.map((t) => t.label), ['0', '1', '2', '3', '4']);
  assert.equal(taken[2].y, plot.top);
  assert.ok(near(taken[2].h, plot.height));
  // Tue: 2 taken + 1 skipped, three quarters of the way up.
  assert.ok(near(skipped[1].y, plot.bottom - plot.height * 0.75));
  // The ticks: 0 on the baseline, the last at the top.
  assert.equal(chart.ticks[0].y, plot.bottom);
  assert.equal(chart.ticks.at(-1).y, plot.top);
  assert.equal(taken[2].title, 'Wed 25 Nov: 4 taken');
  assert.equal(taken[2].day, 'Wed 25 Nov');
  assert.equal(chart.reference, null);
});

test('the tallest bar under a nice top: 7 on an axis to 8', () => {
  const chart = breaksChart(days(7, (i) => ({ taken: i === 6 ? 7 : 1 })));
  assert.equal(chart.ticks.at(-1).value, 8);
  const today = chart.bars.filter((b) => b.cls === 'bar bar-taken').at(-1);
  assert.ok(near(today.h, (chart.plot.height * 7) / 8));
});

test('7 and 30 days fit the width, bars apart and in order', () => {
  for (const n of [1, 7, 30]) {
    for (const chart of [breaksChart(days(n, () => ({ taken: 2 }))), sittingChart(days(n, () => ({ longest_sitting_s: 600 })), 7200)]) {
      const bars = chart.bars.filter((b) => b.cls !== 'bar bar-skipped');
      assert.equal(bars.length, n);
      let right = 0;
      for (const b of bars) {
        assert.ok(b.x >= chart.plot.left && b.x + b.w <= chart.plot.right + 0.01, `${n} days: ${b.x}+${b.w}`);
        assert.ok(b.x > right, `${n} days: bars do not touch`);
        assert.ok(b.w >= 4, `${n} days: bars are visible`);
        right = b.x + b.w;
      }
    }
  }
});

test('day labels: every weekday for a week, every 5th date for 30 days, inside the chart', () => {
  const week = breaksChart(WEEK).labels;
  assert.deepEqual(week.map((l) => l.label), WEEKDAYS);
  assert.ok(week.at(-1).cls.includes('is-today'));
  assert.ok(!week[0].cls.includes('is-today'));
  const month = breaksChart(days(30));
  assert.deepEqual(month.labels.map((l) => l.label), ['4 Nov', '9 Nov', '14 Nov', '19 Nov', '24 Nov', '29 Nov']);
  // Today's label would run past the right edge: it is anchored there.
  assert.ok(month.labels.at(-1).cls.includes('is-end'));
  assert.equal(month.labels.at(-1).x, month.width);
  for (const label of [...week, ...month.labels]) {
    assert.ok(label.x >= 0 && label.x <= CHART.width && label.y <= CHART.height, label.label);
    assert.match(label.cls, /^[a-z -]+$/);
  }
});

test('all-zero and empty data give a sane axis and nothing divided by zero', () => {
  for (const list of [days(7), days(30), [], [{}], null]) {
    for (const chart of [breaksChart(list), sittingChart(list, 0), sittingChart(list, 7200)]) {
      assert.ok(chart.ticks.length >= 4);
      for (const v of [...chart.ticks.map((t) => t.y), ...chart.bars.flatMap((b) => [b.x, b.y, b.w, b.h])]) {
        assert.ok(Number.isFinite(v), `a number: ${v}`);
      }
      for (const b of chart.bars) {
        assert.equal(b.h, 0);
        assert.equal(b.y, chart.plot.bottom);
      }
    }
  }
  assert.deepEqual(breaksChart([]).bars, []);
  assert.deepEqual(sittingChart(days(7), null).ticks.map((t) => t.label), ['0', '15 min', '30 min', '45 min', '1 h']);
});

test('the sitting chart: the interval as a dashed line, the bars past it marked', () => {
  const week = days(7, (i) => ({ longest_sitting_s: [1800, 7200, 9000, 0, 3600, 8100, 5400][i] }));
  const chart = sittingChart(week, 7200);
  const { plot } = chart;
  // 2 h 30 at most: the axis goes there in half hours.
  assert.deepEqual(chart.ticks.map((t) => t.label), ['0', '30 min', '1 h', '1 h 30', '2 h', '2 h 30']);
  assert.deepEqual(
    chart.bars.map((b) => b.cls.includes('is-over')),
    [false, false, true, false, false, false, false],
    'more than 15 min past the interval (a reminder answered before it was sent again is on time)',
  );
  assert.ok(chart.bars.every((b) => /^bar bar-sitting( is-over)?$/.test(b.cls)));
  assert.ok(near(chart.bars[1].y, chart.reference.y), 'a bar of exactly the interval meets the line');
  assert.ok(near(chart.reference.y, plot.bottom - plot.height * 0.8));
  assert.equal(chart.reference.label, 'every 2 h');
  assert.equal(chart.reference.x1, plot.left);
  assert.equal(chart.reference.x2, plot.right);
  assert.ok(chart.reference.labelY < chart.reference.y, 'the label over the line');
  assert.equal(chart.bars[3].h, 0);
  assert.equal(chart.bars[2].title, 'Wed 25 Nov: 2 h 30 min');
  assert.equal(chart.bars[2].y, plot.top, 'the longest reaches the top');
  // The interval above every bar: the axis still reaches it.
  const short = sittingChart(days(7, () => ({ longest_sitting_s: 600 })), 5400);
  assert.equal(short.ticks.at(-1).value, 5400);
  assert.equal(short.reference.y, short.plot.top);
  assert.ok(short.reference.labelY > short.reference.y, 'at the top, the label goes under the line');
  assert.equal(short.reference.label, 'every 1 h 30 min');
  assert.ok(short.bars.every((b) => !b.cls.includes('is-over')));
  // No interval: no line, no marks.
  const none = sittingChart(week, null);
  assert.equal(none.reference, null);
  assert.ok(none.bars.every((b) => !b.cls.includes('is-over')));
});

test('the charts carry numbers, strings and class names only', () => {
  const charts = [breaksChart(WEEK), sittingChart(days(30, (i) => ({ longest_sitting_s: i * 400 })), 7200)];
  for (const chart of charts) {
    for (const bar of chart.bars) {
      for (const key of ['x', 'y', 'w', 'h', 'value']) assert.ok(Number.isFinite(bar[key]), `${key}=${bar[key]}`);
      assert.match(bar.cls, /^[a-z -]+$/);
      assert.equal(typeof bar.title, 'string');
    }
  }
});

test('the summaries say the charts in words', () => {
  assert.equal(breaksSummary(WEEK), 'Last 7 days: 12 breaks taken, 1 skipped. Most on Wed: 4.');
  assert.equal(breaksSummary(days(7)), 'Last 7 days: 0 breaks taken, 0 skipped.');
  assert.equal(breaksSummary(days(7, (i) => ({ taken: i === 6 ? 1 : 0 }))), 'Last 7 days: 1 break taken, 0 skipped. Most on Sun: 1.');
  // A tie goes to the most recent; over a month the date is said too.
  assert.equal(
    breaksSummary(days(30, (i) => ({ taken: i === 3 || i === 20 ? 5 : 1 }))),
    'Last 30 days: 38 breaks taken, 0 skipped. Most on Fri 20 Nov: 5.',
  );
  assert.equal(breaksSummary([]), 'No days to show yet.');

  const week = days(7, (i) => ({ longest_sitting_s: [1800, 7200, 9000, 0, 3600, 8100, 5400][i] }));
  assert.equal(
    sittingSummary(week, 7200),
    'Last 7 days: the longest sitting stretch was 2 h 30 min, on Wed. 2 days had a stretch longer than the break interval (2 h).',
  );
  assert.equal(
    sittingSummary(days(7, () => ({ longest_sitting_s: 600 })), 7200),
    'Last 7 days: the longest sitting stretch was 10 min, on Sun. No day had a stretch longer than the break interval (2 h).',
  );
  assert.equal(sittingSummary(week, null), 'Last 7 days: the longest sitting stretch was 2 h 30 min, on Wed.');
  assert.equal(sittingSummary(days(7), 7200), 'Last 7 days: no sitting recorded.');
});

test('the tables hold the same figures, a row per day', () => {
  const breaks = breaksTable(WEEK);
  assert.equal(breaks.caption, 'Breaks taken and skipped, last 7 days');
  assert.deepEqual(breaks.head, ['Day', 'Taken', 'Skipped']);
  assert.deepEqual(breaks.rows[1], { head: 'Tue 24 Nov', cells: ['2', '1'] });
  assert.equal(breaks.rows.length, 7);
  const week = days(7, (i) => ({ longest_sitting_s: i === 2 ? 9000 : 600 }));
  const sitting = sittingTable(week, 7200);
  assert.deepEqual(sitting.head, ['Day', 'Longest sitting stretch', 'Longer than 2 h 15 min']);
  assert.deepEqual(sitting.rows[2], { head: 'Wed 25 Nov', cells: ['2 h 30 min', 'yes'] });
  assert.deepEqual(sitting.rows[0].cells, ['10 min', 'no']);
  assert.deepEqual(sittingTable(week, null).head, ['Day', 'Longest sitting stretch']);
  assert.equal(sittingTable(days(30), 7200).caption, 'Longest sitting stretch, last 30 days');
});

test("today's figures: the counts as plain integers, durations in words, a dash when not counting", () => {
  const day = { taken: 2, skipped: 1, snoozed: 3, natural: 1, moved_s: 540, longest_sitting_s: 5400, sitting_s: 20000 };
  assert.deepEqual(todayWords(day, 1200), {
    taken: '2',
    skipped: '1',
    snoozed: '3',
    natural: '1',
    moved: '9 min',
    longest: '1 h 30 min',
    sitting: '20 min',
  });
  assert.equal(todayWords(day, null).sitting, '—');
  assert.equal(todayWords(day, 0).sitting, '0 min');
  assert.deepEqual(todayWords(undefined, null), {
    taken: '0',
    skipped: '0',
    snoozed: '0',
    natural: '0',
    moved: '0 min',
    longest: '0 min',
    sitting: '—',
  });
});

test('the streak in words', () => {
  assert.deepEqual(streakWords({ days: 4, goal: 3, best: 9, today: 2 }), {
    line: '4 days in a row with 3 breaks or more',
    best: 'Best: 9 days',
    today: '2 of 3 breaks today: 1 more keeps the streak going',
    fill: 2 / 3,
  });
  const one = streakWords({ days: 1, goal: 1, best: 1, today: 1 });
  assert.equal(one.line, '1 day with a break');
  assert.equal(streakWords({ days: 0, goal: 3, best: 5, today: 1 }).line, 'No streak right now: take 3 breaks in a day to start a new one');
  assert.equal(one.best, 'Best: 1 day');
  assert.equal(one.today, '1 break today: today counts');
  assert.equal(one.fill, 1);
  const none = streakWords({ days: 0, goal: 3, best: 0, today: 0 });
  assert.equal(none.line, 'No streak yet: take 3 breaks in a day to start one');
  assert.equal(none.best, '');
  assert.equal(none.today, '0 of 3 breaks today');
  assert.equal(streakWords({ days: 0, goal: 3, best: 2, today: 2 }).today, '2 of 3 breaks today');
  assert.equal(none.fill, 0);
  assert.equal(streakWords({ days: 0, goal: 3, best: 5, today: 5 }).today, '5 breaks today: today counts');
  assert.equal(streakWords({ days: 0, goal: 3, best: 5, today: 5 }).fill, 1);
  // Nothing usable: a goal of at least 1, never a division by zero.
  assert.deepEqual(streakWords(null), {
    line: 'No streak yet: take 1 break in a day to start one',
    best: '',
    today: '0 of 1 break today',
    fill: 0,
  });
});

test('the routines done most: label and "12 breaks · 1 h", at most 5', () => {
  const lines = routineLines([
    { id: 'anti-desk', label: 'Anti-desk reset', count: 12, moved_s: 3600 },
    { id: 'desk-hips', label: 'Desk hips', count: 1, moved_s: 300 },
    { id: 'no-label', count: 2, moved_s: 0 },
    null,
    { label: '' },
  ]);
  assert.deepEqual(lines, [
    { id: 'anti-desk', label: 'Anti-desk reset', line: '12 breaks · 1 h' },
    { id: 'desk-hips', label: 'Desk hips', line: '1 break · 5 min' },
    { id: 'no-label', label: 'no-label', line: '2 breaks · 0 min' },
  ]);
  assert.deepEqual(routineLines(undefined), []);
  const many = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, label: `R${i}`, count: 8 - i, moved_s: 60 }));
  assert.equal(routineLines(many).length, 5);
});

/** A message id where words should be: what t() gives for a message no language has. */
const RAW_ID = /\b(?:history|sheet|duration|weekday|time)(?:-[a-z0-9]+)+\b|^weekday$/;

/** Every word function's text for a week and a month, in the language in force. */
function allWords() {
  const week = days(7, (i) => ({ taken: i, skipped: i % 2, moved_s: i * 100, longest_sitting_s: [20, 7200, 9000, 0, 3600, 8100, 5400][i] }));
  const month = days(30, (i) => ({ taken: i % 4, longest_sitting_s: i * 400 }));
  const out = [shortDate('2026-11-29'), dayName(week[0], true), rangeName(1), rangeName(7), breaksCaption(30), sittingCaption(1)];
  for (const list of [week, month, days(7), []]) {
    for (const chart of [breaksChart(list), sittingChart(list, 7200)]) {
      out.push(...chart.bars.map((b) => b.title), ...chart.ticks.map((t) => t.label), ...chart.labels.map((l) => l.label));
      if (chart.reference) out.push(chart.reference.label);
    }
    out.push(breaksSummary(list), sittingSummary(list, 7200), sittingSummary(list, null));
    for (const table of [breaksTable(list), sittingTable(list, 7200)]) {
      out.push(table.caption, ...table.head, ...table.rows.flatMap((r) => [r.head, ...r.cells]));
    }
  }
  out.push(...Object.values(todayWords(week[6], 1200)).map(String));
  for (const streak of [{ days: 4, goal: 3, best: 9, today: 2 }, { days: 1, goal: 1, best: 1, today: 1 }, { days: 0, goal: 3, best: 5, today: 0 }, null]) {
    const w = streakWords(streak);
    out.push(w.line, w.best, w.today);
  }
  out.push(...routineLines([{ id: 'a', label: 'A', count: 1, moved_s: 20 }, { id: 'b', count: 3, moved_s: 5400 }]).map((r) => r.line));
  return out;
}

test('every word is worded: no message id in English', () => {
  for (const text of allWords()) assert.doesNotMatch(text, RAW_ID, text);
});

test("in German: core.ftl's German durations and weekdays, and English for what history.ftl lacks; never an id", () => {
  const english = allWords();
  const germanFiles = texts('de').join('\n');
  const translated = (id) => new RegExp(`^${id}\\s*=`, 'm').test(germanFiles);
  useWords('de', { tag: 'de-DE' });
  try {
    // core.ftl speaks German: a duration is not the English, and is words, not an id.
    const duration = durationWords(5400);
    assert.notEqual(duration, '1 h 30 min');
    assert.doesNotMatch(duration, RAW_ID);
    assert.notEqual(dayName({ date: '2026-11-25', weekday: 'Wed' }), 'Wed');
    // history.ftl: German once it is translated; until then English, message by message.
    for (const [id, text, en] of [
      ['history-range', rangeName(7), 'Last 7 days'],
      ['history-day', breaksTable(WEEK).head[0], 'Day'],
      ['history-streak-days', streakWords({ days: 4, goal: 3, best: 9, today: 2 }).line, '4 days in a row with 3 breaks or more'],
    ]) {
      if (translated(id)) assert.notEqual(text, en, id);
      else assert.equal(text, en, `${id}: English until German has it`);
    }
    const german = allWords();
    assert.equal(german.length, english.length);
    for (const text of german) assert.doesNotMatch(text, RAW_ID, text);
  } finally {
    useWords('en');
  }
  assert.deepEqual(allWords(), english, 'English again');
});
