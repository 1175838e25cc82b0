// The history window: today's figures, the streak, the last 7 or 30 days as two charts (each
// with its table), the routines done most and where the history is kept. One call,
// invoke('history'); the words and the charts' geometry come from chart.js (pure, tested), the
// elements from chart-view.js. Data is only ever set as text; the page's own words are Fluent
// messages (locales/LANG/history.ftl), what comes worded from the core is shown as it comes.

import {
  breaksCaption,
  breaksChart,
  breaksSummary,
  breaksTable,
  intervalLegend,
  rangeName,
  routineLines,
  sittingCaption,
  sittingChart,
  sittingSummary,
  sittingTable,
  streakWords,
  todayWords,
} from './chart.js';
import { showChart } from './chart-view.js';
import { t } from './l10n.js';
import { $, closeOn, invoke, loadWords, ready, setText, showFailure } from './page.js';

/** The ranges the toggle offers, in days; the first is shown at the start. */
const RANGES = [7, 30];

let shown = null; // the last invoke('history')

function renderToday(data) {
  const days = Array.isArray(data.days) ? data.days : [];
  const today = data.today && typeof data.today === 'object' ? data.today : days.at(-1);
  const words = todayWords(today, data.sitting_s);
  setText($('today-taken'), words.taken);
  setText($('today-skipped'), words.skipped);
  setText($('today-snoozed'), words.snoozed);
  setText($('today-moved'), words.moved);
  setText($('today-longest'), words.longest);
  setText($('today-sitting'), words.sitting);
  setText($('today-natural'), words.natural);
  const line = typeof data.line === 'string' && data.line ? data.line : '';
  setText($('today-line'), line || t('history-not-running'));
}

function renderStreak(data) {
  const words = streakWords(data.streak);
  setText($('streak'), words.line);
  setText($('streak-today'), words.today);
  setText($('streak-best'), words.best);
  $('streak-best').hidden = !words.best;
  $('goal-fill').setAttribute('width', String(Math.round(words.fill * 100)));
}

/** The chosen range's days, oldest first. */
function shownDays(range) {
  const days = Array.isArray(shown.days) ? shown.days : [];
  return days.slice(-range);
}

function renderCharts(range) {
  const days = shownDays(range);
  const interval = shown.interval_s;
  const n = days.length || range;
  setText($('charts-title'), rangeName(n));
  showChart(
    $('chart-breaks'),
    $('table-breaks'),
    breaksChart(days),
    { id: 'breaks-svg', title: breaksCaption(n), desc: breaksSummary(days) },
    breaksTable(days),
  );
  showChart(
    $('chart-sitting'),
    $('table-sitting'),
    sittingChart(days, interval),
    { id: 'sitting-svg', title: sittingCaption(n), desc: sittingSummary(days, interval) },
    sittingTable(days, interval),
  );
  const hasInterval = typeof interval === 'number' && interval > 0;
  $('legend-interval').hidden = !hasInterval;
  if (hasInterval) setText($('legend-interval-text'), intervalLegend(interval));
}

function renderRoutines(data) {
  const lines = routineLines(data.routines);
  const list = $('routines');
  list.replaceChildren(
    ...lines.map(({ label, line }) => {
      const item = document.createElement('li');
      item.className = 'routine';
      const name = document.createElement('span');
      name.className = 'routine-name';
      name.textContent = label;
      const figures = document.createElement('span');
      figures.className = 'routine-figures';
      figures.textContent = line;
      item.append(name, figures);
      return item;
    }),
  );
  list.hidden = lines.length === 0;
  $('routines-none').hidden = lines.length > 0;
}

function render(data) {
  shown = data && typeof data === 'object' ? data : {};
  const problem = typeof shown.problem === 'string' ? shown.problem : '';
  setText($('problem'), problem);
  $('problem').hidden = !problem;

  const empty = shown.empty === true;
  $('empty').hidden = !empty;
  $('charts').hidden = empty;
  $('routines-card').hidden = empty;

  renderToday(shown);
  renderStreak(shown);
  if (!empty) {
    renderCharts(chosenRange());
    renderRoutines(shown);
  }

  const file = typeof shown.file === 'string' ? shown.file : '';
  setText($('file'), file);
  $('file-line').hidden = !file;
}

function chosenRange() {
  const checked = document.querySelector('input[name="range"]:checked');
  const range = checked ? Number(checked.value) : RANGES[0];
  return RANGES.includes(range) ? range : RANGES[0];
}

function wireRange() {
  for (const input of document.querySelectorAll('input[name="range"]')) {
    input.addEventListener('change', () => {
      if (shown && !shown.empty) renderCharts(chosenRange());
    });
  }
}

async function boot() {
  closeOn('close', 'message-close');
  wireRange();
  // The words and the history at once; the words first, so the page renders in its language.
  const [, history] = await Promise.allSettled([loadWords(), invoke('history')]);
  try {
    if (history.status === 'rejected') throw history.reason;
    render(history.value);
    $('message').hidden = true;
    $('history').hidden = false;
    $('close').focus({ preventScroll: true }); // the page opens at its top
  } catch (err) {
    showFailure('history', t('history-load-failed'), err);
  }
  ready();
}

boot();
