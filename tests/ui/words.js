// The words the Rust side would give the page (invoke('words')), read from locales/ for the
// tests: useWords('de') makes ui/js/l10n.js speak German, as the page would with LANG=de_DE.
import { readFileSync } from 'node:fs';
import { setWords } from '../../ui/js/l10n.js';

const FILES = ['core.ftl', 'session.ftl', 'settings.ftl', 'history.ftl'];

export function texts(lang) {
  return FILES.map((f) => readFileSync(new URL(`../../locales/${lang}/${f}`, import.meta.url), 'utf8'));
}

export function useWords(lang = 'en', { tag = lang } = {}) {
  setWords({ lang, tag, own: lang === 'en' ? [] : texts(lang), english: texts('en') });
}
