// The windows' words: Fluent messages, in the language the Rust side chose.
//
// invoke('words') gives {lang, tag, own, english}: the .ftl texts of the language and of
// English (the source), which this module formats with @fluent/bundle (vendored, ui/vendor/).
// A message the language lacks, or cannot format, is English on its own. The page's static text
// carries data-l10n-id: the message's value replaces an element's text when the element has no
// element children, and its attributes (.aria-label, .title, .placeholder) set those attributes.

import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';

/** Attributes a message may set on its element. */
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'aria-description'];

let bundles = [];
let tag = 'en';

function bundle(tag, texts) {
  // No Unicode isolation marks: the words go into plain text, as on the Rust side.
  const b = new FluentBundle(tag, { useIsolating: false });
  for (const text of texts || []) b.addResource(new FluentResource(String(text)));
  return b;
}

/** Uses `words` (invoke('words')'s answer) from now on. */
export function setWords(words) {
  const w = words || {};
  tag = w.tag || w.lang || 'en';
  const english = bundle('en', w.english);
  bundles = w.lang && w.lang !== 'en' ? [bundle(tag, w.own), english] : [english];
}

function format(b, id, args) {
  const [name, attribute] = id.split('.');
  const message = b.getMessage(name);
  if (!message) return null;
  const pattern = attribute ? message.attributes[attribute] : message.value;
  if (!pattern) return null;
  const errors = [];
  const text = b.formatPattern(pattern, args, errors);
  return errors.length ? null : text;
}

/** The message `id` ("ui-start", or "ui-large.aria-label") with `args`; the id if none has it. */
export function t(id, args) {
  for (const b of bundles) {
    const text = format(b, id, args);
    if (text !== null) return text;
  }
  return id;
}

/** Puts the words into every element under `root` that has data-l10n-id. */
export function localize(root) {
  for (const el of root.querySelectorAll('[data-l10n-id]')) {
    const id = el.getAttribute('data-l10n-id');
    const args = el.dataset.l10nArgs ? JSON.parse(el.dataset.l10nArgs) : undefined;
    const found = bundles.map((b) => b.getMessage(id)).filter(Boolean);
    if (found.some((m) => m.value) && el.childElementCount === 0) el.textContent = t(id, args);
    const names = new Set(found.flatMap((m) => Object.keys(m.attributes)));
    for (const name of ATTRIBUTES) {
      if (names.has(name)) el.setAttribute(name, t(`${id}.${name}`, args));
    }
  }
  const doc = root.ownerDocument || root;
  if (doc.documentElement) doc.documentElement.lang = tag;
}
