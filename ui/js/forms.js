// Pure helpers of the settings window (tested in tests/ui/forms.test.js). Whether a value is in
// range is the resident's to say: these only turn what was typed into what it is asked. Their
// words are the settings window's messages (locales/LANG/settings.ftl).

import { t } from './l10n.js';

// Minutes as typed ("90", " 7.5 ") -> whole seconds, or an error in words.
export function minutesToSeconds(text) {
  const typed = String(text ?? '').trim();
  if (typed === '') return { error: t('settings-minutes-empty') };
  const n = Number(typed);
  if (!Number.isFinite(n)) return { error: t('settings-minutes-not-a-number', { typed }) };
  if (n <= 0) return { error: t('settings-minutes-not-above-zero') };
  return { seconds: Math.round(n * 60) };
}

// Seconds -> minutes as shown in a field: whole, or to one decimal ("7.5").
export function secondsToMinutes(seconds) {
  return String(Math.round(seconds / 6) / 10);
}

// The hours a person most likely wants when they turn working hours on with none set.
export const DEFAULT_DAYS = ['09:00-17:00', '09:00-17:00', '09:00-17:00', '09:00-17:00', '09:00-17:00', '', ''];

// The routine select's choices: every routine, then rotation; and which one is chosen (the
// routine setting's value: an id, or 'rotate').
export function routineOptions(view) {
  const options = (view.routines || []).map(([id, label]) => ({ value: id, label }));
  options.push({ value: 'rotate', label: t('settings-routine-rotate') });
  return { options, selected: (view.values || {}).routine };
}

// The places a break can be taken, as the place setting names them.
export const PLACES = Object.freeze(['desk', 'home']);

// The checkboxes of one equipment setting ('equipment': what the person owns, used at home;
// 'desk_equipment': what is kept at the desk): one per piece in the view's list, in its order,
// labelled in its words, ticked when the setting has it. Ids are "<key>-<name>".
export function equipmentBoxes(view, key) {
  const all = Array.isArray(view.equipment) ? view.equipment : [];
  const value = (view.values || {})[key];
  const have = new Set(Array.isArray(value) ? value : []);
  return all.map(([name, label]) => ({ id: `${key}-${name}`, name, label, checked: have.has(name) }));
}

// The whole list a change sends: the ticked names, in the view's order (not the order of ticking).
export function equipmentValue(view, ticked) {
  const on = new Set(ticked);
  return (Array.isArray(view.equipment) ? view.equipment : []).map(([name]) => name).filter((n) => on.has(n));
}
