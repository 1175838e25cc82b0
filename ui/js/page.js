// What every window's page shares: the Tauri call, the element lookup and text, which screen is
// shown, the message screen, closing, and showing the window once it is rendered.

/** A Tauri command; a promise that rejects (never a throw) when the Tauri API is missing. */
export function invoke(cmd, args) {
  const core = window.__TAURI__ && window.__TAURI__.core;
  if (!core || typeof core.invoke !== 'function') {
    return Promise.reject(new Error('The Tauri API is not available.'));
  }
  return core.invoke(cmd, args);
}

export const $ = (id) => document.getElementById(id);

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

// The page is rendered: show the window, then say when it is painted.
export function ready() {
  invoke('ready')
    .then(() => requestAnimationFrame(() => requestAnimationFrame(() => invoke('painted'))))
    .catch((err) => console.error('unsit: ready failed', err));
}
