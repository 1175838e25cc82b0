// The settings window. Every change goes to the resident at once (invoke('change_setting')),
// which checks it, applies it and saves it in settings.toml; a refusal (out of range, a time
// range it cannot read) is shown under the field, in the resident's words, and nothing is saved.
//
//   invoke('settings') -> the settings as the resident runs with them (protocol::SettingsView):
//     `values` by key (seconds, true/false, an id or 'rotate', seven days or null), `ranges` in
//     words by key, `routines`, and `equipment`: every piece of equipment as [name, label], in
//     order. The place ('desk' or 'home') and the equipment lists (`equipment`: what the person
//     owns, used at home; `desk_equipment`: what is kept at the desk) are values like the others;
//     an equipment change sends its whole list.
//   invoke('change_setting', {key, value}) -> the resident's answer, or its refusal
//   invoke('ready') once the first screen is rendered, invoke('close') to close.
//
// The words are Fluent messages (locales/LANG/settings.ftl, and core.ftl's): loadWords() puts
// them into the page's static text, t() gives the ones built here. The language is a setting
// like the others; once changed, the page is loaded again to speak it.

import {
  DEFAULT_DAYS,
  equipmentBoxes,
  equipmentValue,
  minutesToSeconds,
  PLACES,
  routineOptions,
  secondsToMinutes,
} from './forms.js';
import { t } from './l10n.js';
import { $, closeOn, errorText, invoke, loadWords, ready, showFailure } from './page.js';

const MINUTE_FIELDS = ['interval', 'snooze', 'idle_reset', 'hold_max'];
const EQUIPMENT_KEYS = ['equipment', 'desk_equipment'];
/** The settings that are a checkbox each, by key (the element's id). */
const CHECKBOXES = [
  'hold_for_calls',
  'hold_for_full_screen',
  'hold_for_do_not_disturb',
  'hold_for_inhibitors',
  'sound',
  'voice',
  'voice_counts',
  'floor_view',
  'autostart',
];
const days = [0, 1, 2, 3, 4, 5, 6].map((i) => $(`day-${i}`));
const placeRadios = PLACES.map((place) => $(`place-${place}`));

let shown = { values: {}, equipment: [] }; // the view last rendered: the equipment's names and order

function setError(key, text, field) {
  const el = $(`${key}-error`);
  el.textContent = text || '';
  el.hidden = !text;
  if (field) field.setAttribute('aria-invalid', text ? 'true' : 'false');
}

// Sends one change; says so in the footer, or shows the refusal under the field.
async function change(key, value, field) {
  try {
    const answer = await invoke('change_setting', { key, value });
    setError(key, '', field);
    $('saved').textContent = answer;
    return true;
  } catch (err) {
    setError(key, errorText(err), field);
    $('saved').textContent = '';
    return false;
  }
}

function render(view) {
  const values = view.values || {};
  for (const key of MINUTE_FIELDS) $(key).value = secondsToMinutes(values[key]);
  // The ranges in the resident's words: "10 min to 8 h".
  const ranges = view.ranges || {};
  for (const key of ['interval', 'snooze', 'hold_max']) $(`${key}-hint`).textContent = ranges[key] || '';
  $('idle_reset-hint').textContent = t('settings-idle_reset-hint', { range: ranges.idle_reset || '' });

  const select = $('routine');
  const { options, selected } = routineOptions(view);
  select.replaceChildren(
    ...options.map(({ value, label }) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      return option;
    }),
  );
  select.value = selected;

  const hours = values.working_hours;
  $('hours-on').checked = Boolean(hours);
  $('hours-days').hidden = !hours;
  days.forEach((input, i) => {
    input.value = hours ? hours[i] : '';
  });

  renderPlace(values.place);
  for (const key of EQUIPMENT_KEYS) renderEquipment(view, key);

  for (const key of CHECKBOXES) $(key).checked = values[key];
  renderHistory(values);
  renderLanguage(values.language);

  const problems = view.problems || [];
  $('problems').hidden = problems.length === 0;
  $('problems-list').replaceChildren(
    ...problems.map((p) => {
      const li = document.createElement('li');
      li.textContent = p;
      return li;
    }),
  );
  $('file').textContent = view.file || '';
  $('file-sep').hidden = !view.file;
}

// The place radios: the one of the setting ticked (none for a value this page does not know).
function renderPlace(place) {
  for (const radio of placeRadios) radio.checked = radio.value === place;
}

// One equipment setting's checkboxes, built from the view's list with its labels (as text).
function renderEquipment(view, key) {
  const boxes = equipmentBoxes(view, key);
  $(`${key}-group`).hidden = boxes.length === 0;
  $(`${key}-boxes`).replaceChildren(
    ...boxes.map(({ id, name, label, checked }) => {
      const row = document.createElement('div');
      row.className = 'field-check';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.value = name;
      box.checked = checked;
      const text = document.createElement('label');
      text.htmlFor = id;
      text.textContent = label;
      row.append(box, text);
      return row;
    }),
  );
}

function tickedNames(key) {
  return [...$(`${key}-boxes`).querySelectorAll('input[type="checkbox"]:checked')].map((b) => b.value);
}

// How long the history is kept: the choices, in days (null: forever), and their words.
const KEEP_CHOICES = [
  [null, () => t('settings-keep-forever')],
  [30, () => t('settings-keep-months', { n: 1 })],
  [90, () => t('settings-keep-months', { n: 3 })],
  [365, () => t('settings-keep-years', { n: 1 })],
  [730, () => t('settings-keep-years', { n: 2 })],
  [1825, () => t('settings-keep-years', { n: 5 })],
];

function renderHistory(values) {
  $('streak_goal').value = values.streak_goal ?? '';
  const select = $('keep_history');
  const kept = values.keep_history ?? null;
  const other = [kept, () => t('settings-keep-days', { n: kept })];
  const choices = KEEP_CHOICES.some(([days]) => days === kept) ? KEEP_CHOICES : [...KEEP_CHOICES, other];
  select.replaceChildren(
    ...choices.map(([days, label]) => {
      const option = document.createElement('option');
      option.value = days === null ? 'forever' : String(days);
      option.textContent = label();
      option.selected = days === kept;
      return option;
    }),
  );
}

// The language select: the setting's value chosen; a value this page does not offer (a language
// added since) gets an option of its own, named by its code.
function renderLanguage(language) {
  const select = $('language');
  const value = language || 'auto';
  select.querySelector('option[data-added]')?.remove();
  if (![...select.options].some((o) => o.value === value)) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    option.dataset.added = '';
    select.append(option);
  }
  select.value = value;
}

function wire() {
  const goal = $('streak_goal');
  goal.addEventListener('change', () => {
    const n = Number(goal.value.trim());
    if (goal.value.trim() === '' || !Number.isInteger(n)) {
      setError('streak_goal', t('settings-streak_goal-not-whole'), goal);
    } else {
      change('streak_goal', n, goal);
    }
  });
  $('keep_history').addEventListener('change', (e) => {
    const v = e.target.value;
    change('keep_history', v === 'forever' ? null : Number(v), e.target);
  });

  for (const key of MINUTE_FIELDS) {
    const field = $(key);
    field.addEventListener('change', () => {
      const typed = minutesToSeconds(field.value);
      if (typed.error) setError(key, typed.error, field);
      else change(key, typed.seconds, field);
    });
  }
  $('routine').addEventListener('change', (e) => change('routine', e.target.value, e.target));

  for (const key of CHECKBOXES) {
    const box = $(key);
    box.addEventListener('change', async () => {
      if (!(await change(key, box.checked))) box.checked = !box.checked;
    });
  }

  // The place: on a refusal, the radio goes back to the place in force.
  for (const radio of placeRadios) {
    radio.addEventListener('change', async () => {
      if (!radio.checked) return;
      if (await change('place', radio.value, null)) shown.values.place = radio.value;
      else renderPlace(shown.values.place);
    });
  }

  // Equipment: any box sends the whole list; on a refusal, the box goes back.
  for (const key of EQUIPMENT_KEYS) {
    $(`${key}-boxes`).addEventListener('change', async (e) => {
      const box = e.target;
      if (!(box instanceof HTMLInputElement)) return;
      const value = equipmentValue(shown, tickedNames(key));
      if (await change(key, value, null)) shown.values[key] = value;
      else box.checked = !box.checked;
    });
  }

  // The language: once the resident has it, the page is loaded again, in it; on a refusal, the
  // select goes back to the language in force.
  $('language').addEventListener('change', async (e) => {
    const select = e.target;
    if (await change('language', select.value, select)) {
      shown.values.language = select.value;
      location.reload();
    } else {
      renderLanguage(shown.values.language);
    }
  });

  const sendDays = () => change('working_hours', days.map((d) => d.value), null);
  $('hours-on').addEventListener('change', async (e) => {
    const on = e.target.checked;
    if (on && days.every((d) => d.value.trim() === '')) {
      days.forEach((d, i) => {
        d.value = DEFAULT_DAYS[i];
      });
    }
    $('hours-days').hidden = !on;
    const ok = await change('working_hours', on ? days.map((d) => d.value) : [], null);
    if (!ok && !on) {
      e.target.checked = true;
      $('hours-days').hidden = false;
    }
  });
  for (const d of days) d.addEventListener('change', sendDays);

  closeOn('close', 'message-close');
}

async function boot() {
  // The words and the settings are asked for together; the words are in place before anything
  // is rendered (or a failure said). loadWords() never fails: without words, English.
  const asked = Promise.allSettled([loadWords(), invoke('settings')]);
  wire();
  const [, settings] = await asked;
  try {
    if (settings.status === 'rejected') throw settings.reason;
    const view = settings.value;
    shown = { ...view, values: { ...(view.values || {}) } };
    render(view);
    $('message').hidden = true;
    $('settings').hidden = false;
  } catch (err) {
    showFailure('settings', t('settings-load-failed'), err);
  }
  ready();
}

boot();
