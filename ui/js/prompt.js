// The prompt: "Time to get up", shown when there is no notification service. Its three answers
// go to the resident, invoke('answer', {choice: 'start' | 'snooze' | 'skip'}), and the window
// closes; when the resident cannot take the answer, its words are shown in place and the prompt
// stays. Esc closes without an answer: the reminder stays, as with a notification closed
// unanswered.

import { t } from './l10n.js';
import { $, closeWindow, errorText, invoke, setText, showScreen } from './page.js';

/** Shows the prompt of invoke('launch') in prompt mode: {message, snooze_label}. */
export function showPrompt(info) {
  const error = $('prompt-error');
  const start = $('prompt-start');
  let answering = false; // an answer is on its way

  async function answer(choice) {
    if (answering) return;
    answering = true;
    error.hidden = true;
    try {
      await invoke('answer', { choice });
      closeWindow();
    } catch (err) {
      setText(error, errorText(err));
      error.hidden = false;
    } finally {
      answering = false;
    }
  }

  start.addEventListener('click', () => answer('start'));
  $('prompt-snooze').addEventListener('click', () => answer('snooze'));
  $('prompt-skip').addEventListener('click', () => answer('skip'));
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      closeWindow();
    }
  });

  setText($('prompt-text'), info.message);
  setText($('prompt-snooze'), info.snooze_label || t('ui-snooze'));
  document.title = `${t('ui-prompt-title')} · unsit`;
  showScreen('prompt');
  start.focus({ preventScroll: true });
}
