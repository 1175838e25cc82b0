// The settings window's words: every message its page and scripts name is in the English
// source (locales/en/settings.ftl, or core.ftl's), and the English is the page's own text.
// Static reading, no browser: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import { t } from '../../ui/js/l10n.js';
import { useWords } from './words.js';

useWords();

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const html = read('ui/settings.html');

test('settings: every message the page and its scripts name is in English', () => {
  const ids = [...html.matchAll(/data-l10n-id="([^"]+)"/g)].map((m) => m[1]);
  for (const script of ['ui/js/settings.js', 'ui/js/forms.js']) {
    ids.push(...[...read(script).matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]));
  }
  assert.ok(ids.length > 50, `${ids.length} ids`);
  const english = ['settings', 'core'].map((f) => read(`locales/en/${f}.ftl`)).join('\n');
  const defined = new Set([...english.matchAll(/^([a-z][\w-]*) =/gm)].map((m) => m[1]));
  for (const id of ids) assert.ok(defined.has(id), id);
});

test('settings: the English each element gets is its text in the page', () => {
  let seen = 0;
  for (const [, , attrs, id, text] of html.matchAll(/<(\w+)([^>]*\sdata-l10n-id="([^"]+)"[^>]*)>([^<]*)<\/\1>/g)) {
    const args = attrs.match(/data-l10n-args='([^']+)'/);
    assert.equal(t(id, args ? JSON.parse(args[1]) : undefined), text, id);
    seen++;
  }
  assert.ok(seen > 40, `${seen} elements`);
  assert.equal(t('settings-day-input.placeholder'), 'no reminders');
});

test('settings: how long the history is kept, in words', () => {
  assert.equal(t('settings-keep-months', { n: 1 }), '1 month');
  assert.equal(t('settings-keep-years', { n: 5 }), '5 years');
  assert.equal(t('settings-keep-days', { n: 45 }), '45 days');
  assert.equal(t('settings-idle_reset-hint', { range: '1 min to 1 h' }), 'Idle, locked or asleep · 1 min to 1 h');
});

test('settings: the language select offers auto and each language by its own name', () => {
  const select = html.match(/<select id="language"[^>]*>([\s\S]*?)<\/select>/);
  assert.ok(select, 'the language select');
  assert.match(html, /<label for="language"[^>]*>/);
  assert.match(select[0], /aria-describedby="language-error"/);
  const options = [...select[1].matchAll(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(options, [
    ['auto', 'Same as the desktop'],
    ['en', 'English'],
    ['de', 'Deutsch'],
    ['es', 'Español'],
  ]);
});
