// What every window's page shares: the Tauri call, the element lookup and text, which screen is
// shown, the message screen, closing, and showing the window once it is rendered.

import { localize, setWords } from './l10n.js';

// Until the first screen is painted, every call and its answer is marked on the page's timeline
// (performance.mark): unsit-ui prints the marks when start-up timings are asked for.
let starting = true;

/** A Tauri command; a promise that rejects (never a throw) when the Tauri API is missing. */
export function invoke(cmd, args) {
  const core = window.__TAURI__ && window.__TAURI__.core;
  if (!core || typeof core.invoke !== 'function') {
    return Promise.reject(new Error('The Tauri API is not available.'));
  }
  if (!starting) return core.invoke(cmd, args);
  performance.mark(`call ${cmd}`);
  const answered = () => performance.mark(`answer ${cmd}`);
  return core.invoke(cmd, args).then(
    (value) => {
      answered();
      return value;
    },
    (err) => {
      answered();
      throw err;
    },
  );
}

export const $ = (id) => document.getElementById(id);

/**
 * Loads the words of the language in force (invoke('words')) and puts them into the page's
 * static text (data-l10n-id). Before it, or when it fails, the page speaks English.
 */
export async function loadWords() {
  try {
    setWords(await invoke('words'));
  } catch (err) {
    console.error('unsit: words failed; English it is', err);
    setWords(null);
  }
  localize(document);
}

export function errorText(err) {
  return String((err && err.message) || err);
}

/** Sets an element's text (data is only ever shown as text), touching the DOM only on a change. */
export function setText(el, text) {
  const t = text == null ? '' : String(text);
  if (el.textContent !== t) el.textContent = t;
}

/** Shows the `.screen` section with this id and hides the others. */
export function showScreen(id) {
  for (const section of document.querySelectorAll('.screen')) section.hidden = section.id !== id;
}

/** The message screen: what happened, in words, with its Close button focused. */
export function showMessage(title, text) {
  $('message-title').textContent = title;
  $('message-text').textContent = text;
  $('message-close').hidden = false;
  showScreen('message');
  $('message-close').focus();
}

// In place of the page (`pageId`): what went wrong, with a Close button.
export function showFailure(pageId, title, err) {
  $(pageId).hidden = true;
  showMessage(title, errorText(err));
}

let closing = null; // the close on its way, so a second request does not ask again

/**
 * Closes the window; resolves to whether the Tauri side took the request. When it did not, the
 * page closes itself instead.
 */
export function closeWindow() {
  closing ??= invoke('close').then(
    () => true,
    (err) => {
      console.error('unsit: close failed', err);
      closing = null;
      window.close();
      return false;
    },
  );
  return closing;
}

// The Close buttons and Esc close the window.
export function closeOn(...buttonIds) {
  for (const id of buttonIds) $(id).addEventListener('click', closeWindow);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeWindow();
  });
}

/** The file a resource entry is for, without the origin. */
function fileOf(url) {
  try {
    return new URL(url).pathname.replace(/^\//, '') || url;
  } catch {
    return url;
  }
}

/**
 * Where the page's start-up went, for `painted`: the navigation's stages, each file fetched
 * (requested and received), and the marks (the calls, `ready`), in ms since `origin`.
 */
export function startupTimes() {
  const marks = [];
  const [nav] = performance.getEntriesByType('navigation');
  if (nav) {
    for (const key of ['fetchStart', 'responseEnd', 'domInteractive', 'domContentLoadedEventEnd', 'loadEventEnd']) {
      if (nav[key] > 0) marks.push([key, nav[key]]);
    }
  }
  for (const entry of performance.getEntriesByType('resource')) {
    marks.push([`${fileOf(entry.name)} requested`, entry.startTime]);
    marks.push([`${fileOf(entry.name)} received`, entry.responseEnd]);
  }
  for (const entry of performance.getEntriesByType('mark')) marks.push([entry.name, entry.startTime]);
  marks.push(['two frames after ready', performance.now()]);
  return { origin: performance.timeOrigin, marks };
}

// The page is rendered: show the window, then say when it is painted (with where the time went,
// when unsit-ui asks for it).
export function ready() {
  performance.mark('ready');
  invoke('ready')
    .then((timed) =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          starting = false;
          invoke('painted', timed === true ? { page: startupTimes() } : {});
          performance.clearMarks();
        }),
      ),
    )
    .catch((err) => {
      starting = false; // no more marks: nobody will ask for them
      performance.clearMarks();
      console.error('unsit: ready failed', err);
    });
}
