// The pages and their scripts agree: every element a script looks up by a literal id is in its
// page, and routine text is never set as HTML. Static reading, no browser: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useWords } from './words.js';

useWords();

const read = (path) => readFileSync(new URL(`../../ui/${path}`, import.meta.url), 'utf8');

/** The ids of a page's elements. */
function pageIds(html) {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
}

/** The ids a script looks up literally: $('x') and document.getElementById('x'). */
function scriptIds(js) {
  return [...js.matchAll(/(?:\$|getElementById)\('([^'$`]+)'\)/g)].map((m) => m[1]);
}

const PAGES = [
  ['index.html', ['js/session.js', 'js/prompt.js', 'js/main.js']],
  ['settings.html', ['js/settings.js']],
  ['sheet.html', ['js/sheet.js']],
  ['history.html', ['js/history.js', 'js/chart-view.js']],
];

for (const [page, scripts] of PAGES) {
  test(`${page}: every id its scripts look up is there`, () => {
    const ids = pageIds(read(page));
    for (const script of scripts) {
      for (const id of scriptIds(read(script))) assert.ok(ids.has(id), `${script} looks up #${id}`);
    }
  });
}

test('index.html: the new overview and step elements, and no list of all cues', () => {
  const html = read('index.html');
  const ids = pageIds(html);
  for (const id of [
    'ov-place',
    'ov-why',
    'ov-routine',
    'ov-safety-link',
    'safety-dialog',
    'safety-list',
    'safety-close',
    'step-side',
    'step-caution',
    'step-easier',
    'step-harder',
    'step-cue',
    'step-cue-next',
  ]) {
    assert.ok(ids.has(id), id);
  }
  assert.ok(!ids.has('step-cues'));
  assert.match(html, /<dialog id="safety-dialog"/);
  assert.match(html, /id="step-cue-next"[^>]*aria-live="off"/);
  assert.match(html, /id="step-caution"[^>]*role="note"/);
});

test('settings.html: the place radios, and where the equipment boxes and errors go', () => {
  const html = read('settings.html');
  const ids = pageIds(html);
  for (const id of [
    'place-desk',
    'place-home',
    'place-hint',
    'place-error',
    'equipment-boxes',
    'equipment-error',
    'desk_equipment-boxes',
    'desk_equipment-error',
  ]) {
    assert.ok(ids.has(id), id);
  }
  assert.match(html, /id="place-desk" type="radio" name="place" value="desk"/);
  assert.match(html, /id="place-home" type="radio" name="place" value="home"/);
});

test('history.html: the elements the history is shown in, its stylesheet, no inline style', () => {
  const html = read('history.html');
  const ids = pageIds(html);
  for (const id of [
    'message',
    'message-title',
    'message-text',
    'message-close',
    'history',
    'close',
    'problem',
    'empty',
    'today-taken',
    'today-skipped',
    'today-snoozed',
    'today-moved',
    'today-longest',
    'today-sitting',
    'streak',
    'streak-today',
    'streak-best',
    'range-7',
    'range-30',
    'chart-breaks',
    'chart-sitting',
    'table-breaks',
    'table-sitting',
    'routines',
    'file',
  ]) {
    assert.ok(ids.has(id), id);
  }
  assert.match(html, /<main id="history"/);
  assert.match(html, /id="range-7"[^>]*type="radio" name="range" value="7" checked/);
  assert.match(html, /id="range-30"[^>]*type="radio" name="range" value="30"/);
  // The tables are behind a "Show as a table" under each chart.
  assert.equal(html.match(/<summary[^>]*>Show as a table<\/summary>/g).length, 2);
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
  assert.deepEqual(sheets, ['css/app.css', 'css/forms.css', 'css/history.css']);
  assert.doesNotMatch(html, /\sstyle=|<style|<script(?![^>]*\ssrc=)/);
});

test('index.html: the done screen has a place for the tally, hidden until filled', () => {
  const html = read('index.html');
  assert.match(html, /id="done-lead"[^>]*>[^<]*<\/p>\s*<p id="done-tally"[^>]*hidden/);
});

test('no script sets HTML', () => {
  for (const script of [
    'js/session.js',
    'js/settings.js',
    'js/prompt.js',
    'js/history.js',
    'js/page.js',
    'js/sheet.js',
    'js/figure.js',
    'js/figure-view.js',
    'js/chart.js',
    'js/chart-view.js',
  ]) {
    assert.doesNotMatch(read(script), /innerHTML|outerHTML|insertAdjacentHTML|document\.write/, script);
  }
});
