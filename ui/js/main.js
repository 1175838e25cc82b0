// index.html's entry point: one window, either the break session or the prompt.
//
// It asks the Rust side what to show, invoke('launch') -> {mode: 'session', plan, choices,
// sound, safety_acknowledged, why, place_line} or {mode: 'prompt', message, snooze_label, sound}, and hands the
// answer to the session view (session.js) or the prompt (prompt.js); when there is nothing to
// show, the message screen says why. Then it shows the window: invoke('ready'), and
// invoke('painted') once painted.

import { t } from './l10n.js';
import { closeOn, errorText, invoke, loadWords, ready, showMessage } from './page.js';
import { showPrompt } from './prompt.js';
import { showSession } from './session.js';

/** The message screen in place of the window's content, closed by its button or Esc. */
function showNothing(title, text) {
  closeOn('message-close');
  showMessage(title, text);
}

async function render() {
  let launch;
  // The words and the session are asked for together.
  const words = loadWords();
  try {
    launch = await invoke('launch');
  } catch (err) {
    await words;
    console.error('unsit: launch failed', err);
    showNothing(t('ui-launch-failed'), errorText(err));
    return;
  }
  await words;
  if (launch && launch.mode === 'prompt') showPrompt(launch);
  else if (launch && launch.mode === 'session' && launch.plan) showSession(launch);
  else showNothing(t('ui-nothing-title'), t('ui-nothing-text'));
}

render().finally(() => {
  // The window is created hidden and shown once the first screen is rendered: no blank flash,
  // and the window only appears when it can act on input (including its close button).
  // (Not from requestAnimationFrame: a hidden view gets no animation frames.)
  ready();
});
