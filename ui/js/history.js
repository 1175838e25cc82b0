// The history window, until unsit keeps a history: the status now and the last break since the
// resident started. invoke('history') -> protocol::Status, with the last session in words;
// invoke('settings') for the routines' names.

import { $, closeOn, invoke, ready, showFailure } from './page.js';

function render(status, routines) {
  $('line').textContent = status.line;
  const last = status.last_session;
  $('no-session').hidden = Boolean(last);
  $('session').hidden = !last;
  if (last) {
    const named = routines.find(([id]) => id === last.routine);
    $('session-routine').textContent = named ? named[1] : last.routine;
    const [result, took] = status.last_session_words || ['', ''];
    $('session-result').textContent = result;
    $('session-time').textContent = took;
  }
}

async function boot() {
  closeOn('close', 'message-close');
  try {
    const [status, settings] = await Promise.all([invoke('history'), invoke('settings')]);
    render(status, settings.routines || []);
    $('message').hidden = true;
    $('history').hidden = false;
    $('close').focus();
  } catch (err) {
    showFailure('history', "Can't load the history", err);
  }
  ready();
}

boot();
