// What the settings and history windows share: the Tauri call, closing, and the message screen
// shown when the resident cannot be reached.

export const invoke = (cmd, args) => window.__TAURI__.core.invoke(cmd, args);
export const $ = (id) => document.getElementById(id);

export function errorText(err) {
  return String((err && err.message) || err);
}

// The Close buttons and Esc close the window.
export function closeOn(...buttonIds) {
  const close = () => invoke('close').catch(() => window.close());
  for (const id of buttonIds) $(id).addEventListener('click', close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}

// In place of the page (`pageId`): what went wrong, with a Close button.
export function showFailure(pageId, title, err) {
  $('message-title').textContent = title;
  $('message-text').textContent = errorText(err);
  $('message-close').hidden = false;
  $('message').hidden = false;
  $(pageId).hidden = true;
  $('message-close').focus();
}

// The page is rendered: show the window, then say when it is painted.
export function ready() {
  invoke('ready')
    .then(() => requestAnimationFrame(() => requestAnimationFrame(() => invoke('painted'))))
    .catch((err) => console.error('unsit: ready failed', err));
}
