// unsit's windows: DOM rendering, input, and the Tauri glue.
//
// The routine logic lives in player.js (pure, tested); this file only
//   - asks the Rust side what to show: invoke('launch') -> {mode: 'session',
//     plan, choices, sound, safety_acknowledged} or {mode: 'prompt',
//     message, snooze_label, sound}
//   - lets the overview's picker swap the plan: invoke('choose') -> plan (the
//     Rust core builds every plan, the short version included)
//   - drives the player with performance.now() from requestAnimationFrame
//     (plus a 1 s interval, so a throttled window still advances),
//   - renders the three screens (overview, step, done),
//   - reports every step change: invoke('progress', {step, completed, done}),
//   - plays the sounds (sounds.js) unless muted; the mute is saved through
//     the resident: invoke('set_sound'),
//   - remembers the safety advice was read: invoke('acknowledge_safety'),
//   - passes the prompt's answer to the resident: invoke('answer'),
//   - shows the window once the first screen is rendered: invoke('ready'),
//     then says it is painted: invoke('painted'),
//   - closes the window: invoke('close').
//
// CSP: no inline script/style and no element.style. Text from the plan is
// only ever set with textContent. Visual state is CSS classes plus SVG
// attributes (the ring's stroke-dashoffset, the progress bar's width).

import { createPlayer, isTimedStep, repTarget, stepDurationMs } from './player.js';
import { createSounds } from './sounds.js';
import {
  capitalize,
  formatClock,
  formatDuration,
  formatMinutes,
  kindCaption,
  repsLine,
  sideLabel,
  spokenDuration,
} from './format.js';

const RING_CIRCUMFERENCE = 2 * Math.PI * 54; // r="54" in index.html
const AUTO_CLOSE_MS = 5000;
const FLASH_MS = 900;

const $ = (id) => document.getElementById(id);

const els = {
  screens: {
    message: $('message'),
    overview: $('overview'),
    step: $('step'),
    prompt: $('prompt'),
    done: $('done'),
  },
  messageTitle: $('message-title'),
  messageText: $('message-text'),
  messageClose: $('message-close'),

  ovMinutes: $('ov-minutes'),
  ovMinutesSep: $('ov-minutes-sep'),
  ovTitle: $('ov-title'),
  ovSummary: $('ov-summary'),
  ovPhases: $('ov-phases'),
  ovEquipmentBlock: $('ov-equipment-block'),
  ovEquipment: $('ov-equipment'),
  ovPicker: $('ov-picker'),
  ovRoutine: $('ov-routine'),
  ovShort: $('ov-short'),
  ovPickerNote: $('ov-picker-note'),
  ovSafety: $('ov-safety'),
  ovSafetyText: $('ov-safety-text'),
  safetyOk: $('safety-ok'),
  soundBtns: [$('ov-sound-btn'), $('step-sound-btn')],
  ovSource: $('ov-source'),
  ovSourceTitle: $('ov-source-title'),
  ovSourceAuthor: $('ov-source-author'),
  startBtn: $('start-btn'),

  card: $('step-card'),
  phase: $('step-phase'),
  optional: $('step-optional'),
  side: $('step-side'),
  name: $('step-name'),
  targets: $('step-targets'),
  ring: $('ring'),
  ringProgress: $('ring-progress'),
  ringDigits: $('ring-digits'),
  ringCaption: $('ring-caption'),
  reps: $('reps'),
  repBtn: $('rep-btn'),
  repCount: $('rep-count'),
  repProgress: $('rep-progress'),
  paceDot: $('pace-dot'),
  repTap: $('rep-tap'),
  repTarget: $('rep-target'),
  meta: $('step-meta'),
  cues: $('step-cues'),
  mistake: $('step-mistake'),
  mistakeText: $('step-mistake-text'),
  next: $('step-next'),
  nextText: $('step-next-text'),
  controls: document.querySelector('.controls'),
  backBtn: $('back-btn'),
  pauseBtn: $('pause-btn'),
  pauseText: $('pause-text'),
  moreBtn: $('more-btn'),
  nextBtn: $('next-btn'),
  nextBtnText: document.querySelector('#next-btn .ctl-text'),
  stopBtn: $('stop-btn'),
  progress: $('progress'),
  progressFill: $('progress-fill'),
  announcer: $('announcer'),

  promptText: $('prompt-text'),
  promptError: $('prompt-error'),
  promptStart: $('prompt-start'),
  promptSnooze: $('prompt-snooze'),
  promptSkip: $('prompt-skip'),

  doneTitle: $('done-title'),
  doneLead: $('done-lead'),
  doneTime: $('done-time'),
  doneSteps: $('done-steps'),
  doneHint: $('done-hint'),
  closeBtn: $('close-btn'),
};

const reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

let screen = 'message';
let player = null;
let launch = null; // what invoke('launch') said
let soundOn = true;
const sounds = createSounds();
let shownStep = null; // the step object currently rendered
let rafId = 0;
let intervalId = 0;
let flashTimer = 0;
let announceTimer = 0;
let autoCloseTimer = 0;
let pointerInside = false;
let closing = false;
let reports = Promise.resolve(); // progress calls, in order
let choosing = false; // a choose() call is on its way
// What was last written to the DOM, so a frame only touches what changed.
const last = {
  digits: '',
  dash: '',
  width: '',
  valuenow: '',
  caption: '',
  repLabel: '',
  paused: null,
  ready: null,
  paceAngle: '',
};

// ---- Tauri glue -------------------------------------------------------------

function invoke(cmd, args) {
  const core = window.__TAURI__ && window.__TAURI__.core;
  if (!core || typeof core.invoke !== 'function') {
    return Promise.reject(new Error('The Tauri API is not available.'));
  }
  return core.invoke(cmd, args);
}

/** Tell the Rust side where we are; calls are chained so they arrive in order. */
function reportProgress() {
  if (!player) return reports;
  const args = player.report();
  reports = reports
    .then(() => invoke('progress', args))
    .catch((err) => console.error('unsit: progress failed', err));
  return reports;
}

async function closeWindow() {
  if (closing) return;
  closing = true;
  stopLoop();
  clearTimeout(autoCloseTimer);
  await reports; // the last progress report goes out before the window does
  try {
    await invoke('close');
  } catch (err) {
    console.error('unsit: close failed', err);
    closing = false;
    window.close();
  }
}

// ---- screens ----------------------------------------------------------------

function show(name) {
  screen = name;
  for (const [key, section] of Object.entries(els.screens)) section.hidden = key !== name;
}

function showMessage(title, text, closable) {
  els.messageTitle.textContent = title;
  els.messageText.textContent = text;
  els.messageClose.hidden = !closable;
  show('message');
  if (closable) els.messageClose.focus();
}

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}

function listItems(ul, items, className) {
  clear(ul);
  for (const item of items) {
    const li = document.createElement('li');
    if (className) li.className = className;
    li.textContent = String(item);
    ul.appendChild(li);
  }
}

function setText(el, text) {
  const t = text == null ? '' : String(text);
  if (el.textContent !== t) el.textContent = t;
}

// ---- 1. overview ------------------------------------------------------------

function renderOverview(plan) {
  const routine = plan.routine || {};
  const minutes = formatMinutes(plan.total_s);
  setText(els.ovMinutes, minutes);
  els.ovMinutesSep.hidden = !minutes;
  setText(els.ovTitle, routine.title || 'Break');
  setText(els.ovSummary, routine.summary);
  els.ovSummary.hidden = !routine.summary;

  const phases = Array.isArray(plan.phases) ? plan.phases : [];
  listItems(els.ovPhases, phases.map(capitalize), 'chip');
  els.ovPhases.hidden = phases.length === 0;

  const equipment = Array.isArray(routine.equipment) ? routine.equipment : [];
  listItems(els.ovEquipment, equipment);
  els.ovEquipmentBlock.hidden = equipment.length === 0;

  setText(els.ovSafetyText, plan.safety);
  els.ovSafety.hidden = !plan.safety || launch.safety_acknowledged;

  renderPicker(plan);

  const source = routine.source;
  if (source && (source.title || source.author)) {
    setText(els.ovSourceTitle, source.title || '');
    setText(els.ovSourceAuthor, source.title && source.author ? ` · ${source.author}` : source.author || '');
    els.ovSource.hidden = false;
  } else {
    els.ovSource.hidden = true;
  }
  document.title = routine.title ? `${routine.title} · unsit` : 'unsit';
}

// The picker: a routine, and its full or short version.

function renderPicker(plan) {
  const choices = Array.isArray(launch.choices) ? launch.choices : [];
  els.ovPicker.hidden = choices.length === 0;
  if (els.ovRoutine.childElementCount !== choices.length) {
    clear(els.ovRoutine);
    for (const choice of choices) {
      const option = document.createElement('option');
      option.value = choice.id;
      option.textContent = `${choice.title} · ${formatMinutes(choice.total_s)}`;
      els.ovRoutine.appendChild(option);
    }
  }
  const id = plan.routine && plan.routine.id;
  els.ovRoutine.value = id;
  const choice = choices.find((c) => c.id === id);
  const hasShort = Boolean(choice && choice.short_s);
  setText(els.ovShort, hasShort ? `Short · ${formatMinutes(choice.short_s)}` : 'Short');
  els.ovShort.hidden = !hasShort;
  const short = Boolean(plan.shortened);
  els.ovShort.setAttribute('aria-pressed', String(short));
  els.ovShort.setAttribute(
    'aria-label',
    hasShort ? `Short version, ${formatMinutes(choice.short_s)} instead of ${formatMinutes(choice.total_s)}` : 'Short version',
  );
  const leftOut = Array.isArray(plan.left_out) ? plan.left_out.map((l) => l.exercise) : [];
  let note = '';
  if (short) note = leftOut.length ? `Leaves out: ${leftOut.join(', ')}.` : 'Shorter holds and fewer reps.';
  setText(els.ovPickerNote, note);
  els.ovPickerNote.hidden = !note;
}

async function choose(routine, short) {
  if (!player || player.screen !== 'overview' || choosing) return;
  choosing = true;
  try {
    const plan = await invoke('choose', { routine, short });
    launch.plan = plan;
    player = createPlayer(plan);
    renderOverview(plan);
  } catch (err) {
    console.error('unsit: choose failed', err);
    renderPicker(launch.plan);
  } finally {
    choosing = false;
  }
}

function acknowledgeSafety() {
  launch.safety_acknowledged = true;
  els.ovSafety.hidden = true;
  els.startBtn.focus({ preventScroll: true });
  invoke('acknowledge_safety').catch((err) => console.error('unsit: acknowledge_safety failed', err));
}

// Sound: on unless muted; the choice is saved in settings.toml by the resident.

function renderSound() {
  for (const btn of els.soundBtns) {
    btn.setAttribute('aria-pressed', String(!soundOn));
    btn.setAttribute('aria-label', soundOn ? 'Mute sounds (M)' : 'Turn sounds on (M)');
    btn.classList.toggle('is-muted', !soundOn);
  }
}

function toggleSound() {
  soundOn = !soundOn;
  renderSound();
  invoke('set_sound', { on: soundOn }).catch((err) =>
    console.warn('unsit: the sound setting is not saved:', err),
  );
}

function cue(name) {
  if (!soundOn) return;
  if (sounds.play(name)) document.documentElement.dataset.lastSound = name;
}

function startSession() {
  if (!player || player.screen !== 'overview') return;
  const now = performance.now();
  handle(player.start(now), now);
  if (screen === 'step') startLoop();
}

// ---- 2. step ----------------------------------------------------------------

function stepTitle(step) {
  if (step.kind === 'switch') return 'Switch sides';
  if (step.kind === 'rest') return 'Rest';
  return step.exercise || '';
}

function stepSubtitle(step) {
  if (step.kind === 'switch' || step.kind === 'rest') return step.exercise || '';
  const targets = Array.isArray(step.targets) ? step.targets : [];
  return targets.map(capitalize).join(' · ');
}

function stepMeta(step) {
  const parts = [];
  if (step.kind !== 'rest' && step.kind !== 'switch' && Number(step.sets) > 1) {
    parts.push(`Set ${step.set} of ${step.sets}`);
  }
  if (step.kind === 'reps') parts.push(repsLine(repTarget(step), step.tempo_s));
  return parts.filter(Boolean).join(' · ');
}

function announcement(step) {
  const side = sideLabel(step.side);
  const parts = [];
  if (step.phase) parts.push(capitalize(step.phase));
  let what = stepTitle(step);
  if (step.kind === 'switch' || step.kind === 'rest') {
    what += step.exercise ? `, ${step.exercise}` : '';
  }
  if (side) what += `, ${side.toLowerCase()} side`;
  parts.push(what);
  const meta = stepMeta(step);
  if (meta) parts.push(meta);
  if (isTimedStep(step)) parts.push(spokenDuration(stepDurationMs(step)));
  if (Number(step.get_ready_s) > 0) parts.push(`Get ready: it starts in ${step.get_ready_s} seconds`);
  return parts.join('. ') + '.';
}

/** The moment a step change is: 'switch', 'next' (a new exercise), or '' (none). */
function momentOf(prev, step) {
  if (prev === step) return '';
  if (step.kind === 'switch') return 'switch';
  if (!prev || prev.exercise !== step.exercise) return 'next';
  return (prev.side ?? null) !== (step.side ?? null) ? 'switch' : '';
}

function flash() {
  const card = els.card;
  card.classList.remove('flash');
  void card.offsetWidth; // restart the animation
  card.classList.add('flash');
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => card.classList.remove('flash'), FLASH_MS);
}

function announce(text) {
  // Clear first, so the same text (a restarted step) is announced again.
  els.announcer.textContent = '';
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    els.announcer.textContent = text;
  }, 60);
}

/** Render what does not change during a step; called on every step change. */
function enterStep(reason) {
  const step = player.step;
  if (!step) return;
  const prev = shownStep;
  shownStep = step;

  const section = els.screens.step;
  for (const kind of ['hold', 'reps', 'rest', 'switch']) {
    section.classList.toggle(`kind-${kind}`, step.kind === kind);
  }

  setText(els.phase, capitalize(step.phase));
  const side = sideLabel(step.side);
  setText(els.side, side);
  els.side.hidden = !side;
  if (side) els.side.setAttribute('aria-label', `${side} side`);
  else els.side.removeAttribute('aria-label');
  els.optional.hidden = !step.optional;

  setText(els.name, stepTitle(step));
  setText(els.targets, stepSubtitle(step));

  const timed = isTimedStep(step);
  els.ring.hidden = !timed;
  els.reps.hidden = step.kind !== 'reps';
  els.moreBtn.disabled = !timed;
  if (step.kind === 'reps') setText(els.repTarget, repTarget(step));

  setText(els.meta, stepMeta(step));
  listItems(els.cues, Array.isArray(step.cues) ? step.cues : []);
  els.cues.hidden = els.cues.childElementCount === 0;

  setText(els.mistakeText, step.mistake);
  els.mistake.hidden = !step.mistake;

  const isLast = player.index >= player.steps.length - 1;
  if (step.next_up) {
    setText(els.nextText, step.next_up);
    els.next.hidden = false;
  } else if (isLast) {
    setText(els.nextText, 'last one, then done');
    els.next.hidden = false;
  } else {
    els.next.hidden = true;
  }
  setText(els.nextBtnText, isLast ? 'Finish' : 'Next');
  els.nextBtn.setAttribute('aria-label', isLast ? 'Finish (Right arrow)' : 'Next (Right arrow)');

  last.digits = '';
  last.dash = '';
  last.caption = '';
  last.repLabel = '';
  last.paused = null;
  last.ready = null;
  last.paceAngle = '';

  if (screen !== 'step') show('step');
  // The same moment is heard and seen: a sound, and the card's flash.
  const moment = momentOf(prev, step);
  if (moment) {
    flash();
    if (reason !== 'back') cue(moment);
  }
  announce(announcement(step));

  // Focus follows the step's main control (Pause, or the rep counter, so
  // Enter does the obvious thing), unless the user is on Back/Next/Stop.
  const active = document.activeElement;
  const navigating = active && active !== els.pauseBtn && els.controls.contains(active);
  if (!navigating) (step.kind === 'reps' ? els.repBtn : els.pauseBtn).focus({ preventScroll: true });
}

/** Show `fraction` (0..1) of a ring circle, via its stroke-dashoffset attribute. */
function setRing(circle, fraction) {
  const dash = (RING_CIRCUMFERENCE * (1 - fraction)).toFixed(2);
  if (dash === last.dash) return;
  last.dash = dash;
  circle.setAttribute('stroke-dashoffset', dash);
  // A zero-length dash with a round cap would still draw a dot.
  circle.classList.toggle('is-empty', fraction <= 0);
}

/** Render what changes with time; called every frame. */
function renderStep(now) {
  const step = player.step;
  if (!step) return;
  const paused = player.paused;

  if (paused !== last.paused) {
    last.paused = paused;
    els.screens.step.classList.toggle('is-paused', paused);
    setText(els.pauseText, paused ? 'Resume' : 'Pause');
    els.pauseBtn.setAttribute('aria-label', paused ? 'Resume (Space)' : 'Pause (Space)');
    els.repBtn.setAttribute('aria-disabled', String(paused));
  }

  const readyMs = player.readyMs(now);
  const ready = readyMs > 0;
  if (ready !== last.ready) {
    last.ready = ready;
    els.screens.step.classList.toggle('is-ready', ready);
  }

  if (ready) {
    // The get-ready countdown, before a hold: 3, 2, 1 on the ring.
    const total = Number(step.get_ready_s) * 1000;
    const digits = formatClock(readyMs);
    if (digits !== last.digits) {
      last.digits = digits;
      els.ringDigits.textContent = digits;
    }
    const shown = reducedMotion && reducedMotion.matches ? Math.ceil(readyMs / 1000) * 1000 : readyMs;
    setRing(els.ringProgress, total > 0 ? Math.min(1, shown / total) : 0);
    const caption = paused ? 'paused' : 'get ready';
    if (caption !== last.caption) {
      last.caption = caption;
      els.ringCaption.textContent = caption;
    }
  } else if (isTimedStep(step)) {
    const duration = player.durationMs;
    let remaining = player.remainingMs(now);
    const digits = formatClock(remaining);
    if (digits !== last.digits) {
      last.digits = digits;
      els.ringDigits.textContent = digits;
    }
    // With reduced motion the ring moves once a second, with the digits.
    if (reducedMotion && reducedMotion.matches) remaining = Math.min(duration, Math.ceil(remaining / 1000) * 1000);
    const fraction = duration > 0 ? remaining / duration : 0;
    setRing(els.ringProgress, fraction);
    const caption = paused ? 'paused' : kindCaption(step.kind);
    if (caption !== last.caption) {
      last.caption = caption;
      els.ringCaption.textContent = caption;
    }
  } else if (step.kind === 'reps') {
    const target = repTarget(step);
    setText(els.repCount, player.repsDone);
    setRing(els.repProgress, player.repsDone / target);
    // The tempo: a dot goes round once per rep; under the count, the rep the pace is on.
    const pace = player.pace(now);
    els.paceDot.classList.toggle('is-hidden', !pace);
    if (pace) {
      const angle = (pace.fraction * 360).toFixed(1);
      if (angle !== last.paceAngle) {
        last.paceAngle = angle;
        els.paceDot.setAttribute('transform', `rotate(${angle} 60 60)`);
      }
      setText(els.repTap, pace.rep === 1 && player.repsDone === 0 ? 'tap' : `pace ${pace.rep}`);
    } else {
      setText(els.repTap, 'tap');
    }
    const label = paused
      ? `Paused, ${player.repsDone} of ${target} reps`
      : `Count a rep: ${player.repsDone} of ${target} done (Space)`;
    if (label !== last.repLabel) {
      last.repLabel = label;
      els.repBtn.setAttribute('aria-label', label);
    }
  }

  const p = player.progress(now);
  const width = (p * 1000).toFixed(1);
  if (width !== last.width) {
    last.width = width;
    els.progressFill.setAttribute('width', width);
  }
  const valuenow = String(Math.round(p * 100));
  if (valuenow !== last.valuenow) {
    last.valuenow = valuenow;
    els.progress.setAttribute('aria-valuenow', valuenow);
  }
}

/** Apply a batch of player events to the screen and to the Rust side. */
function handle(events, now) {
  if (!events.length) return;
  let moved = null; // the reason of the last move
  let finished = false;
  let went = false;
  for (const e of events) {
    if (e.type === 'started' || e.type === 'advanced' || e.type === 'restarted') moved = e.reason || e.type;
    if (e.type === 'finished') finished = true;
    if (e.type === 'go' && e.index === player.index) went = true;
  }
  if (finished) {
    reportProgress();
    cue('done');
    showDone(now);
    return;
  }
  if (moved) {
    enterStep(moved);
    reportProgress();
  }
  if (went && !moved) {
    cue('go');
    flash();
  }
  renderStep(now);
}

function act(action) {
  if (!player || screen !== 'step') return;
  const now = performance.now();
  handle(action(now), now);
}

const goBack = () => act((now) => player.back(now));
const goNext = () => act((now) => player.next(now));
const togglePause = () => act((now) => player.togglePause(now));
const countRep = () => act((now) => player.countRep(now));
const addTime = () => act((now) => player.addTime(now));

/** Space: pause/resume on timed steps, count a rep on reps steps. */
function primaryAction() {
  if (player && player.step && player.step.kind === 'reps' && !player.paused) countRep();
  else togglePause();
}

function stop() {
  if (player && player.screen === 'step') reportProgress(); // done: false
  closeWindow();
}

// ---- the clock ----------------------------------------------------------------

function update() {
  if (!player || player.screen !== 'step') return;
  const now = performance.now();
  const events = player.tick(now);
  if (events.length) handle(events, now);
  else renderStep(now);
}

function frame() {
  rafId = requestAnimationFrame(frame);
  update();
}

function startLoop() {
  stopLoop();
  rafId = requestAnimationFrame(frame);
  intervalId = setInterval(update, 1000); // rAF stops in hidden windows
}

function stopLoop() {
  cancelAnimationFrame(rafId);
  clearInterval(intervalId);
  rafId = 0;
  intervalId = 0;
}

// ---- 3. done ----------------------------------------------------------------

function showDone(now) {
  stopLoop();
  shownStep = null;
  setText(els.doneTime, formatDuration(player.elapsedMs(now)));
  setText(els.doneSteps, `${player.completed} of ${player.workTotal}`);
  const any = player.completed > 0 || player.workTotal === 0;
  setText(els.doneTitle, any ? 'Nice work' : 'Break over');
  setText(els.doneLead, any ? 'Your hips and lower back thank you.' : 'Even a short pause helps. Next time, try a full round.');
  show('done');
  els.closeBtn.focus({ preventScroll: true });
  armAutoClose();
}

/** Close 5 s after the Done screen shows, or 5 s after the pointer leaves. */
function armAutoClose() {
  clearTimeout(autoCloseTimer);
  if (screen !== 'done' || closing) return;
  if (pointerInside) {
    setText(els.doneHint, 'Staying open while the pointer is here.');
    return;
  }
  setText(els.doneHint, 'Closing by itself in a few seconds.');
  autoCloseTimer = setTimeout(closeWindow, AUTO_CLOSE_MS);
}

function trackPointer() {
  try {
    pointerInside = document.documentElement.matches(':hover');
  } catch {
    pointerInside = false;
  }
  document.addEventListener('mouseover', () => {
    if (pointerInside) return;
    pointerInside = true;
    armAutoClose();
  });
  document.addEventListener('mouseout', (e) => {
    if (e.relatedTarget) return; // moved between elements, still inside
    pointerInside = false;
    armAutoClose();
  });
}

// ---- keyboard ---------------------------------------------------------------

function isSpace(e) {
  return e.key === ' ' || e.key === 'Spacebar';
}

function isMuteKey(e) {
  return (e.key === 'm' || e.key === 'M') && !e.repeat;
}

function onKeyDown(e) {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  const onButton = e.target instanceof HTMLButtonElement;

  switch (screen) {
    case 'overview':
      if (e.key === 'Escape') {
        // Closing on the overview skips the break (the resident is told so).
        e.preventDefault();
        closeWindow();
      } else if (e.key === 'Enter' && !onButton && !(e.target instanceof HTMLSelectElement) && !e.repeat) {
        e.preventDefault();
        startSession();
      } else if (isMuteKey(e) && !(e.target instanceof HTMLSelectElement)) {
        e.preventDefault();
        toggleSound();
      }
      break;

    case 'step':
      if (e.key === 'Escape') {
        e.preventDefault();
        stop();
      } else if (e.key === 'ArrowLeft') {
        e.preventDefault();
        if (!e.repeat) goBack();
      } else if (e.key === 'ArrowRight') {
        e.preventDefault();
        if (!e.repeat) goNext();
      } else if (isSpace(e)) {
        // Space is a shortcut everywhere on this screen (not "press the
        // focused button"); Enter still presses the focused button.
        e.preventDefault();
        if (!e.repeat) primaryAction();
      } else if (e.key === 'Enter' && !onButton && !e.repeat) {
        e.preventDefault();
        primaryAction();
      } else if (e.key === '+' || e.key === '=') {
        e.preventDefault();
        addTime();
      } else if (isMuteKey(e)) {
        e.preventDefault();
        toggleSound();
      }
      break;

    case 'prompt':
      if (e.key === 'Escape') {
        // No answer: the reminder stays, as with a notification closed unanswered.
        e.preventDefault();
        closeWindow();
      }
      break;

    case 'done':
    case 'message':
      if (e.key === 'Escape') {
        e.preventDefault();
        closeWindow();
      }
      break;
  }
}

function onKeyUp(e) {
  // Some engines press a focused button on Space keyup; Space is ours here.
  if (screen === 'step' && isSpace(e)) e.preventDefault();
}

// ---- boot -------------------------------------------------------------------

function wire() {
  els.startBtn.addEventListener('click', startSession);
  els.backBtn.addEventListener('click', goBack);
  els.pauseBtn.addEventListener('click', togglePause);
  els.nextBtn.addEventListener('click', goNext);
  els.stopBtn.addEventListener('click', stop);
  els.moreBtn.addEventListener('click', addTime);
  for (const btn of els.soundBtns) btn.addEventListener('click', toggleSound);
  els.ovRoutine.addEventListener('change', () => choose(els.ovRoutine.value, false));
  els.ovShort.addEventListener('click', () => choose(els.ovRoutine.value, !launch.plan.shortened));
  els.safetyOk.addEventListener('click', acknowledgeSafety);
  els.promptStart.addEventListener('click', () => answer('start'));
  els.promptSnooze.addEventListener('click', () => answer('snooze'));
  els.promptSkip.addEventListener('click', () => answer('skip'));
  els.repBtn.addEventListener('click', countRep);
  els.closeBtn.addEventListener('click', closeWindow);
  els.messageClose.addEventListener('click', closeWindow);
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('keyup', onKeyUp);
  trackPointer();
}

async function boot() {
  wire();
  try {
    await render();
  } finally {
    // The window is created hidden and shown once the first screen is rendered: no blank flash,
    // and the window only appears when it can act on input (including its close button).
    // (Not from requestAnimationFrame: a hidden view gets no animation frames.)
    invoke('ready')
      .then(() => requestAnimationFrame(() => requestAnimationFrame(() => invoke('painted'))))
      .catch((err) => console.error('unsit: ready failed', err));
  }
}

async function render() {
  try {
    launch = await invoke('launch');
  } catch (err) {
    console.error('unsit: launch failed', err);
    showMessage("Couldn't start the break", String((err && err.message) || err), true);
    return;
  }
  soundOn = !launch || launch.sound !== false;
  renderSound();
  if (launch && launch.mode === 'prompt') {
    renderPrompt(launch);
    return;
  }
  if (!launch || launch.mode !== 'session' || !launch.plan) {
    showMessage('Nothing to do right now', 'There is no break session to show.', true);
    return;
  }
  player = createPlayer(launch.plan);
  renderOverview(launch.plan);
  show('overview');
  els.startBtn.focus({ preventScroll: true });
}

// ---- the prompt ---------------------------------------------------------------

function renderPrompt(info) {
  setText(els.promptText, info.message);
  setText(els.promptSnooze, info.snooze_label || 'Snooze');
  document.title = 'Time to get up · unsit';
  show('prompt');
  els.promptStart.focus({ preventScroll: true });
}

let answering = false;

async function answer(choice) {
  if (answering) return;
  answering = true;
  els.promptError.hidden = true;
  try {
    await invoke('answer', { choice });
    closeWindow();
  } catch (err) {
    setText(els.promptError, String((err && err.message) || err));
    els.promptError.hidden = false;
  } finally {
    answering = false;
  }
}

boot();
