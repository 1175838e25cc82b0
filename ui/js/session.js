// The session window: the overview (with the picker and the full safety advice), the step screen
// and the done screen.
//
// The routine logic lives in player.js (pure, tested); this view
//   - shows the plan of invoke('launch') and its words as the Rust core gives them (the
//     routine's length, where the person is (place_line) and why this routine (why), each
//     choice's label, lengths and what it lacks here (misfit), each step's title, side label,
//     caution and easier/harder versions), never re-derived,
//   - lets the overview's picker swap the plan: invoke('choose') -> plan (the Rust core builds
//     every plan, the short version included),
//   - drives the player with performance.now() from a timer every FRAME_MS,
//   - reports every step change: invoke('progress', {step, completed, done}),
//   - plays the sounds (sounds.js) unless muted,
//   - speaks what the coach (coach.js) says when the voice is on: invoke('speak'), and
//     invoke('hush') on a pause; invoke('voice_check') says whether speech works at all,
//   - saves the mute (M) and the voice (V) through the resident: invoke('remember'),
//   - remembers the safety advice was read: invoke('acknowledge_safety'),
//   - shows today's tally on the done screen: invoke('tally') -> {line, streak},
//   - closes the window (page.js), after the last progress report went out.
//
// CSP: no inline script/style and no element.style. Text from the plan is only ever set with
// textContent. Visual state is CSS classes plus SVG attributes (the ring's stroke-dashoffset,
// the progress bar's width).

import { createPlayer, isTimedStep, repTarget, stepDurationMs } from './player.js';
import { createCoach } from './coach.js';
import { createSounds } from './sounds.js';
import {
  capitalize,
  cueAt,
  formatClock,
  formatDuration,
  kindCaption,
  pickerGroups,
  pickerNote,
  repsLine,
  safetyParagraphs,
  spokenDuration,
  stepSideLabel,
  variationText,
} from './format.js';
import { drawShapes, figureElement, stepPicture } from './figure-view.js';
import { t } from './l10n.js';
import { $, closeWindow, errorText, invoke, setText, showScreen } from './page.js';

const RING_CIRCUMFERENCE = 2 * Math.PI * 54; // r="54" in index.html
const AUTO_CLOSE_MS = 5000;
const FLASH_MS = 900;

const els = {
  step: $('step'),

  ovMinutes: $('ov-minutes'),
  ovMinutesSep: $('ov-minutes-sep'),
  ovPlace: $('ov-place'),
  ovTitle: $('ov-title'),
  ovWhy: $('ov-why'),
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
  ovSafetyLink: $('ov-safety-link'),
  safetyDialog: $('safety-dialog'),
  safetyList: $('safety-list'),
  safetyClose: $('safety-close'),
  soundBtns: [$('ov-sound-btn'), $('step-sound-btn')],
  voiceBtns: [$('ov-voice-btn'), $('step-voice-btn')],
  voiceNotes: [$('ov-voice-note'), $('step-voice-note')],
  largeBtn: $('large-btn'),
  fullscreenBtn: $('fullscreen-btn'),
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
  cue: $('step-cue'),
  cueNext: $('step-cue-next'),
  caution: $('step-caution'),
  cautionText: $('step-caution-text'),
  easier: $('step-easier'),
  easierText: $('step-easier-text'),
  harder: $('step-harder'),
  harderText: $('step-harder-text'),
  mistake: $('step-mistake'),
  mistakeText: $('step-mistake-text'),
  next: $('step-next'),
  nextText: $('step-next-text'),
  figure: $('step-figure'),
  nextFigure: $('step-next-figure'),
  ovMoves: $('ov-moves'),
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

  doneTitle: $('done-title'),
  doneLead: $('done-lead'),
  doneTally: $('done-tally'),
  doneTallyLine: $('done-tally-line'),
  doneTallyStreak: $('done-tally-streak'),
  doneTime: $('done-time'),
  doneSteps: $('done-steps'),
  doneHint: $('done-hint'),
  closeBtn: $('close-btn'),
};

const reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

/** The step screen is drawn at most this often, in ms (8 a second). */
const FRAME_MS = 125;

/** A hold with keyframes goes through them once in this long. */
const FIGURE_CYCLE_MS = 4000;
/** Phases of the figure per cycle (a rep, or FIGURE_CYCLE_MS). */
const FIGURE_STEPS = 60;

/** The figure's text alternative: the exercise and its first cue. */
function figureLabel(step) {
  const cue = Array.isArray(step.cues) && step.cues.length ? `: ${step.cues[0]}` : '';
  return `${step.title}${cue}`;
}

/**
 * Shows the session of invoke('launch') in session mode: {plan, choices, sound,
 * safety_acknowledged, why, place_line}.
 */
export function showSession(launch) {
  const view = new SessionView(launch);
  view.wire();
  view.showOverview();
  return view;
}

// ---- text from a step ---------------------------------------------------------

function listItems(ul, items, className) {
  ul.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      if (className) li.className = className;
      li.textContent = String(item);
      return li;
    }),
  );
}

function listParagraphs(container, paragraphs) {
  container.replaceChildren(
    ...paragraphs.map((text) => {
      const p = document.createElement('p');
      p.textContent = String(text);
      return p;
    }),
  );
}

function option({ value, label }) {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = label;
  return el;
}

/** The picker's options: the routines that fit here, then a group of those that need more. */
function pickerNodes(choices) {
  const { fitting, others } = pickerGroups(choices);
  const nodes = fitting.map(option);
  if (others.length) {
    const group = document.createElement('optgroup');
    group.label = t('ui-picker-others.label');
    group.append(...others.map(option));
    nodes.push(group);
  }
  return nodes;
}

/** A phase's name: "release" -> "Release", in the language in force. */
function phaseName(phase) {
  const id = `phase-${phase}`;
  const name = t(id);
  return name === id ? capitalize(phase) : name;
}

/** An "Easier:" / "Harder:" line, shown when the step has that version. */
function showVariation(line, textEl, variation) {
  const text = variationText(variation);
  setText(textEl, text);
  line.hidden = !text;
}

/** Under the title: the muscles of a work step; the exercise a switch or rest belongs to. */
function stepSubtitle(step) {
  if (!step.work) return step.exercise || '';
  const targets = Array.isArray(step.targets) ? step.targets : [];
  return targets.map(capitalize).join(' · ');
}

function stepMeta(step) {
  const parts = [];
  if (step.work && Number(step.sets) > 1) parts.push(t('ui-set-of', { set: Number(step.set), sets: Number(step.sets) }));
  if (step.kind === 'reps') parts.push(repsLine(repTarget(step), step.tempo_s));
  return parts.filter(Boolean).join(' · ');
}

/** The side badge's name for screen readers: "Left side", or the plan's own words as they are. */
function spokenSide(label) {
  return label === t('side-left') || label === t('side-right') ? t('ui-side-spoken', { side: label }) : label;
}

/** What a screen reader hears once per step: the step, its side and time, its main cue and caution. */
function announcement(step) {
  const side = stepSideLabel(step);
  const parts = [];
  if (step.phase) parts.push(phaseName(step.phase));
  let what = step.title || '';
  if (!step.work) what += step.exercise ? `, ${step.exercise}` : '';
  if (side) what += `, ${spokenSide(side).toLowerCase()}`;
  parts.push(what);
  const meta = stepMeta(step);
  if (meta) parts.push(meta);
  if (isTimedStep(step)) parts.push(spokenDuration(stepDurationMs(step)));
  if (Number(step.get_ready_s) > 0) parts.push(t('ui-get-ready', { s: Number(step.get_ready_s) }));
  // Only the first cue: the others take turns on screen, which would be too much to hear.
  const { first } = cueAt(step.cues, 0);
  if (first) parts.push(first);
  if (step.caution) parts.push(t('ui-take-care-spoken', { caution: step.caution }));
  return parts.map((p) => String(p).replace(/[.\s]+$/, '')).join('. ') + '.';
}

/** The moment a step change is: 'switch', 'next' (a new exercise), or '' (none). */
function momentOf(prev, step) {
  if (prev === step) return '';
  if (step.kind === 'switch') return 'switch';
  if (!prev || prev.exercise !== step.exercise) return 'next';
  return (prev.side ?? null) !== (step.side ?? null) ? 'switch' : '';
}

// ---- keys ---------------------------------------------------------------------

function isSpace(e) {
  return e.key === ' ' || e.key === 'Spacebar';
}

function isMuteKey(e) {
  return (e.key === 'm' || e.key === 'M') && !e.repeat;
}

/** Floor and kneeling exercises are the ones done away from the screen. */
function isOnTheFloor(step) {
  return step.position === 'floor' || step.position === 'kneeling';
}

/** Saves one of the break window's toggles (sound, voice) in the settings file. */
function remember(setting, on) {
  invoke('remember', { setting, on }).catch((err) =>
    console.warn(`unsit: the ${setting} setting is not saved:`, err),
  );
}

function isVoiceKey(e) {
  return (e.key === 'v' || e.key === 'V') && !e.repeat;
}

// ---- the view -------------------------------------------------------------------

class SessionView {
  constructor(launch) {
    this.plan = launch.plan;
    this.choices = Array.isArray(launch.choices) ? launch.choices : [];
    this.placeLine = typeof launch.place_line === 'string' ? launch.place_line : '';
    this.why = typeof launch.why === 'string' ? launch.why : '';
    // The why line is about the routine the window opened with; another one picked has none.
    this.whyFor = this.plan.routine && this.plan.routine.id;
    this.pickerBuilt = false; // the choices do not change during a session: built once
    this.safetyAcknowledged = Boolean(launch.safety_acknowledged);
    this.soundOn = launch.sound !== false;
    this.sounds = createSounds();
    this.voiceOn = launch.voice === true;
    this.voiceCounts = launch.voice_counts !== false;
    this.voiceBroken = false; // speech-dispatcher did not answer: said once, then quiet
    this.coach = null; // made at the start, for the plan then chosen
    // The large view (F): on for floor and kneeling exercises when the setting says so.
    this.floorView = launch.floor_view === true;
    this.large = false;
    this.fullscreen = false;
    this.player = createPlayer(this.plan);
    this.screen = 'message'; // 'overview' | 'step' | 'done' once shown
    this.shownStep = null; // the step object currently rendered
    this.choosing = false; // a choose() call is on its way
    this.closing = false;
    this.pointerInside = false;
    this.reports = Promise.resolve(); // progress calls, in order
    this.timers = { interval: 0, flash: 0, announce: 0, autoClose: 0 };
    // What was last written to the DOM, so a frame only touches what changed.
    this.last = {
      digits: '',
      dash: '',
      width: '',
      valuenow: '',
      caption: '',
      repLabel: '',
      paused: null,
      ready: null,
      paceAngle: '',
      cueNext: '',
      figurePhase: null,
    };
    // The shown step's picture (figure-view.js).
    this.picture = null;
  }

  show(name) {
    this.screen = name;
    showScreen(name);
  }

  wire() {
    const on = (el, handler) => el.addEventListener('click', handler);
    on(els.startBtn, () => this.start());
    on(els.backBtn, () => this.goBack());
    on(els.pauseBtn, () => this.togglePause());
    on(els.nextBtn, () => this.goNext());
    on(els.stopBtn, () => this.stop());
    on(els.moreBtn, () => this.addTime());
    for (const btn of els.soundBtns) on(btn, () => this.toggleSound());
    for (const btn of els.voiceBtns) on(btn, () => this.toggleVoice());
    on(els.largeBtn, () => this.toggleLarge());
    on(els.fullscreenBtn, () => this.toggleFullscreen());
    els.ovRoutine.addEventListener('change', () => this.choose(els.ovRoutine.value, false));
    on(els.ovShort, () => this.choose(els.ovRoutine.value, !this.plan.short));
    on(els.safetyOk, () => this.acknowledgeSafety());
    on(els.ovSafetyLink, () => this.openSafety());
    on(els.safetyClose, () => this.closeSafety());
    // However the dialog closes (its button, Esc, the engine), focus goes back to the link.
    els.safetyDialog.addEventListener('close', () => this.safetyClosed());
    // Esc inside the dialog is the dialog's: it never reaches the overview, where it would skip
    // the break (onKeyDown also checks, for a key pressed with the focus outside the dialog).
    els.safetyDialog.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      this.closeSafety();
    });
    on(els.repBtn, () => this.countRep());
    on(els.closeBtn, () => this.close());
    document.addEventListener('keydown', (e) => this.onKeyDown(e));
    document.addEventListener('keyup', (e) => this.onKeyUp(e));
    this.trackPointer();
  }

  // ---- the Rust side ---------------------------------------------------------

  /** Tell the Rust side where we are; calls are chained so they arrive in order. */
  reportProgress() {
    const args = this.player.report();
    this.reports = this.reports
      .then(() => invoke('progress', args))
      .catch((err) => console.error('unsit: progress failed', err));
    return this.reports;
  }

  async close() {
    if (this.closing) return;
    this.closing = true;
    this.stopLoop();
    if (this.voiceOn && this.player.screen === 'step') invoke('hush').catch(() => {});
    clearTimeout(this.timers.autoClose);
    await this.reports; // the last progress report goes out before the window does
    if (!(await closeWindow())) this.closing = false;
  }

  // ---- 1. overview -----------------------------------------------------------

  showOverview() {
    this.renderSound();
    this.renderVoice();
    if (this.voiceOn) this.checkVoice();
    this.renderOverview();
    this.show('overview');
    els.startBtn.focus({ preventScroll: true });
  }

  renderOverview() {
    const plan = this.plan;
    const routine = plan.routine || {};
    setText(els.ovMinutes, plan.length);
    els.ovMinutesSep.hidden = !plan.length;
    setText(els.ovPlace, this.placeLine);
    els.ovPlace.hidden = !this.placeLine;
    setText(els.ovTitle, routine.title || t('ui-break'));
    const why = routine.id === this.whyFor ? this.why : '';
    setText(els.ovWhy, why);
    els.ovWhy.hidden = !why;
    setText(els.ovSummary, routine.summary);
    els.ovSummary.hidden = !routine.summary;

    const phases = Array.isArray(plan.phases) ? plan.phases : [];
    listItems(els.ovPhases, phases.map(phaseName), 'chip');
    els.ovPhases.hidden = phases.length === 0;

    this.renderMoves();

    const equipment = Array.isArray(routine.equipment) ? routine.equipment : [];
    listItems(els.ovEquipment, equipment);
    els.ovEquipmentBlock.hidden = equipment.length === 0;

    setText(els.ovSafetyText, plan.safety);
    els.ovSafety.hidden = !plan.safety || this.safetyAcknowledged;
    this.renderSafetyList();

    this.renderPicker();

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

  /** The overview's strip of the routine's moves: each exercise's key pose, small. */
  renderMoves() {
    const steps = Array.isArray(this.plan.steps) ? this.plan.steps : [];
    const seen = new Set();
    const items = [];
    for (const step of steps) {
      if (!step.work || seen.has(step.exercise)) continue;
      seen.add(step.exercise);
      const li = document.createElement('li');
      li.className = 'move';
      const svg = figureElement(step.exercise);
      drawShapes(svg, stepPicture(step).shapes(0));
      li.append(svg);
      items.push(li);
    }
    els.ovMoves.replaceChildren(...items);
    els.ovMoves.hidden = items.length === 0;
  }

  /** The picker: a routine, and its full or short version. */
  renderPicker() {
    const { plan, choices } = this;
    els.ovPicker.hidden = choices.length === 0;
    if (!this.pickerBuilt) {
      this.pickerBuilt = true;
      els.ovRoutine.replaceChildren(...pickerNodes(choices));
    }
    const id = plan.routine && plan.routine.id;
    els.ovRoutine.value = id;
    const choice = choices.find((c) => c.id === id);
    const hasShort = Boolean(choice && choice.short_length);
    setText(els.ovShort, hasShort ? t('ui-short-length', { length: choice.short_length }) : t('ui-short'));
    els.ovShort.hidden = !hasShort;
    const short = Boolean(plan.short);
    els.ovShort.setAttribute('aria-pressed', String(short));
    els.ovShort.setAttribute(
      'aria-label',
      hasShort
        ? t('ui-short-instead.aria-label', { short: choice.short_length, length: choice.length })
        : t('ui-short-version.aria-label'),
    );
    const note = pickerNote(plan);
    setText(els.ovPickerNote, note);
    els.ovPickerNote.hidden = !note;
  }

  async choose(routine, short) {
    if (this.player.screen !== 'overview' || this.choosing) return;
    this.choosing = true;
    try {
      const plan = await invoke('choose', { routine, short });
      this.plan = plan;
      this.player = createPlayer(plan);
      this.renderOverview();
    } catch (err) {
      console.error('unsit: choose failed', err);
      this.renderPicker();
    } finally {
      this.choosing = false;
    }
  }

  // The full safety advice: a dialog from the "Safety advice" link, there at all times.

  renderSafetyList() {
    const paragraphs = safetyParagraphs(this.plan);
    listParagraphs(els.safetyList, paragraphs);
    els.ovSafetyLink.hidden = paragraphs.length === 0; // a plan always has some; never an empty dialog
  }

  get safetyOpen() {
    return els.safetyDialog.open;
  }

  openSafety() {
    const dialog = els.safetyDialog;
    if (this.screen !== 'overview' || dialog.open) return;
    els.safetyList.scrollTop = 0;
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      // No <dialog> support: an open, fixed box over a page made inert behind it.
      dialog.setAttribute('open', '');
      dialog.classList.add('is-fallback');
      $('overview').inert = true;
    }
    els.safetyClose.focus({ preventScroll: true });
  }

  closeSafety() {
    const dialog = els.safetyDialog;
    if (!dialog.open) return;
    if (typeof dialog.close === 'function') {
      dialog.close(); // fires 'close': safetyClosed()
    } else {
      dialog.removeAttribute('open');
      this.safetyClosed();
    }
  }

  safetyClosed() {
    els.safetyDialog.classList.remove('is-fallback');
    $('overview').inert = false;
    if (this.screen === 'overview') els.ovSafetyLink.focus({ preventScroll: true });
  }

  acknowledgeSafety() {
    this.safetyAcknowledged = true;
    els.ovSafety.hidden = true;
    els.startBtn.focus({ preventScroll: true });
    invoke('acknowledge_safety').catch((err) => console.error('unsit: acknowledge_safety failed', err));
  }

  // Sound: on unless muted; the choice is saved in settings.toml by the resident.

  renderSound() {
    for (const btn of els.soundBtns) {
      btn.setAttribute('aria-pressed', String(!this.soundOn));
      btn.setAttribute('aria-label', t(this.soundOn ? 'ui-mute.aria-label' : 'ui-unmute.aria-label'));
      btn.classList.toggle('is-muted', !this.soundOn);
    }
  }

  toggleSound() {
    this.soundOn = !this.soundOn;
    this.renderSound();
    remember('sound', this.soundOn);
  }

  // Voice: off unless asked for; the choice is saved in settings.toml by the resident.

  renderVoice() {
    for (const btn of els.voiceBtns) {
      btn.setAttribute('aria-pressed', String(this.voiceOn));
      btn.setAttribute('aria-label', t(this.voiceOn ? 'ui-voice-off.aria-label' : 'ui-voice-on.aria-label'));
    }
  }

  toggleVoice() {
    this.voiceOn = !this.voiceOn;
    this.renderVoice();
    if (this.voiceOn) this.checkVoice();
    else invoke('hush').catch(() => {});
    remember('voice', this.voiceOn);
  }

  /**
   * Reaches the speech service now, so the first words come quickly; when there is none, the
   * Rust side's one line ("Spoken cues need speech-dispatcher") is shown, once, and everything
   * else goes on.
   */
  checkVoice() {
    invoke('voice_check').catch((err) => {
      if (this.voiceBroken) return;
      this.voiceBroken = true;
      for (const note of els.voiceNotes) {
        setText(note, errorText(err));
        note.hidden = false;
      }
    });
  }

  /** Says what the coach says now: announcements, asides and hushes, in order. */
  speak(lines) {
    if (!this.voiceOn || this.voiceBroken) return;
    for (const line of lines) {
      const call = line.hush
        ? invoke('hush')
        : invoke('speak', { text: line.say || line.aside, aside: !line.say });
      call.then((ok) => ok === false && this.checkVoice()).catch(() => this.checkVoice());
      if (line.say || line.aside) document.documentElement.dataset.lastSaid = line.say || line.aside;
    }
  }

  // The large view: the count fills the window, readable from the floor.

  renderLarge() {
    els.step.classList.toggle('is-large', this.large);
    els.largeBtn.setAttribute('aria-pressed', String(this.large));
    els.largeBtn.setAttribute('aria-label', t(this.large ? 'ui-usual-view.aria-label' : 'ui-large-view.aria-label'));
  }

  toggleLarge() {
    this.large = !this.large;
    this.renderLarge();
  }

  toggleFullscreen() {
    const on = !this.fullscreen;
    invoke('fullscreen', { on })
      .then(() => {
        this.fullscreen = on;
        els.fullscreenBtn.setAttribute('aria-pressed', String(on));
      })
      .catch((err) => console.warn('unsit: full screen failed:', err));
  }

  cue(name) {
    if (!this.soundOn) return;
    if (this.sounds.play(name)) document.documentElement.dataset.lastSound = name;
  }

  start() {
    if (this.player.screen !== 'overview') return;
    this.coach = createCoach(this.plan, { counts: this.voiceCounts });
    const now = performance.now();
    this.handle(this.player.start(now), now);
    if (this.screen === 'step') this.startLoop();
  }

  // ---- 2. step -----------------------------------------------------------------

  flash() {
    const card = els.card;
    card.classList.remove('flash');
    void card.offsetWidth; // restart the animation
    card.classList.add('flash');
    clearTimeout(this.timers.flash);
    this.timers.flash = setTimeout(() => card.classList.remove('flash'), FLASH_MS);
  }

  announce(text) {
    // Clear first, so the same text (a restarted step) is announced again.
    els.announcer.textContent = '';
    clearTimeout(this.timers.announce);
    this.timers.announce = setTimeout(() => {
      els.announcer.textContent = text;
    }, 60);
  }

  /** Render what does not change during a step; called on every step change. */
  enterStep(reason) {
    const { player } = this;
    const step = player.step;
    if (!step) return;
    const prev = this.shownStep;
    this.shownStep = step;

    for (const kind of ['hold', 'reps', 'rest', 'switch']) {
      els.step.classList.toggle(`kind-${kind}`, step.kind === kind);
    }

    // With the setting, the view follows where the body is: large on the floor, as usual
    // standing; F still switches within a stretch of either.
    if (this.floorView && (!prev || isOnTheFloor(prev) !== isOnTheFloor(step))) this.large = isOnTheFloor(step);
    this.renderLarge();

    setText(els.phase, phaseName(step.phase));
    const side = stepSideLabel(step);
    setText(els.side, side);
    els.side.hidden = !side;
    if (side) els.side.setAttribute('aria-label', spokenSide(side));
    else els.side.removeAttribute('aria-label');
    els.optional.hidden = !step.optional;

    setText(els.name, step.title);
    setText(els.targets, stepSubtitle(step));

    const timed = isTimedStep(step);
    els.ring.hidden = !timed;
    els.reps.hidden = step.kind !== 'reps';
    els.moreBtn.disabled = !timed;
    if (step.kind === 'reps') setText(els.repTarget, repTarget(step));

    setText(els.meta, stepMeta(step));
    // The first cue stays; the others take turns under it (renderStep, on the step's clock).
    const cues = cueAt(step.cues, 0);
    setText(els.cue, cues.first);
    els.cue.hidden = !cues.first;
    setText(els.cueNext, cues.next);
    els.cueNext.hidden = !cues.next;

    setText(els.cautionText, step.caution);
    els.caution.hidden = !step.caution;
    showVariation(els.easier, els.easierText, step.easier);
    showVariation(els.harder, els.harderText, step.harder);

    setText(els.mistakeText, step.mistake);
    els.mistake.hidden = !step.mistake;

    // The figure: the move itself, large; drawn at its key pose now, moved by renderStep.
    this.picture = stepPicture(step);
    els.figure.classList.toggle('is-placeholder', this.picture.placeholder);
    els.figure.setAttribute('aria-label', figureLabel(step));
    drawShapes(els.figure, this.picture.shapes(0));
    const next = player.steps.slice(player.index + 1).find((s) => s.work && s.exercise !== step.exercise);
    if (next) drawShapes(els.nextFigure, stepPicture(next).shapes(0));
    els.nextFigure.classList.toggle('is-hidden', !next);

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
    setText(els.nextBtnText, t(isLast ? 'ui-finish' : 'ui-next'));
    els.nextBtn.setAttribute('aria-label', t(isLast ? 'ui-finish-button.aria-label' : 'ui-next-button.aria-label'));

    Object.assign(this.last, {
      digits: '',
      dash: '',
      caption: '',
      repLabel: '',
      paused: null,
      ready: null,
      paceAngle: '',
      cueNext: cues.next,
      figurePhase: 0,
    });
    // A long card scrolls; each step starts at its top, with the countdown in view.
    els.card.scrollTop = 0;

    if (this.screen !== 'step') this.show('step');
    // The same moment is heard and seen: a sound, and the card's flash.
    const moment = momentOf(prev, step);
    if (moment) {
      this.flash();
      if (reason !== 'back') this.cue(moment);
    }
    this.announce(announcement(step));

    // Focus follows the step's main control (Pause, or the rep counter, so
    // Enter does the obvious thing), unless the user is on Back/Next/Stop.
    const active = document.activeElement;
    const navigating = active && active !== els.pauseBtn && els.controls.contains(active);
    if (!navigating) (step.kind === 'reps' ? els.repBtn : els.pauseBtn).focus({ preventScroll: true });
  }

  /** Show `fraction` (0..1) of a ring circle, via its stroke-dashoffset attribute. */
  setRing(circle, fraction) {
    const dash = (RING_CIRCUMFERENCE * (1 - fraction)).toFixed(2);
    if (dash === this.last.dash) return;
    this.last.dash = dash;
    circle.setAttribute('stroke-dashoffset', dash);
    // A zero-length dash with a round cap would still draw a dot.
    circle.classList.toggle('is-empty', fraction <= 0);
  }

  /** Sets the ring's digits and caption, when they changed. */
  setClock(digits, caption) {
    const { last } = this;
    if (digits !== last.digits) {
      last.digits = digits;
      els.ringDigits.textContent = digits;
    }
    if (caption !== last.caption) {
      last.caption = caption;
      els.ringCaption.textContent = caption;
    }
  }

  /** Render what changes with time; called every frame. */
  renderStep(now) {
    const { player, last } = this;
    const step = player.step;
    if (!step) return;
    const paused = player.paused;
    const reduced = Boolean(reducedMotion && reducedMotion.matches);

    if (paused !== last.paused) {
      last.paused = paused;
      els.step.classList.toggle('is-paused', paused);
      setText(els.pauseText, t(paused ? 'ui-resume' : 'ui-pause'));
      els.pauseBtn.setAttribute('aria-label', t(paused ? 'ui-resume-button.aria-label' : 'ui-pause-button.aria-label'));
      els.repBtn.setAttribute('aria-disabled', String(paused));
    }

    const readyMs = player.readyMs(now);
    const ready = readyMs > 0;
    if (ready !== last.ready) {
      last.ready = ready;
      els.step.classList.toggle('is-ready', ready);
    }

    if (ready) {
      // The get-ready countdown, before a hold: 3, 2, 1 on the ring.
      const total = Number(step.get_ready_s) * 1000;
      const shown = reduced ? Math.ceil(readyMs / 1000) * 1000 : readyMs;
      this.setClock(formatClock(readyMs), t(paused ? 'ui-caption-paused' : 'ui-caption-ready'));
      this.setRing(els.ringProgress, total > 0 ? Math.min(1, shown / total) : 0);
    } else if (isTimedStep(step)) {
      const duration = player.durationMs;
      let remaining = player.remainingMs(now);
      this.setClock(formatClock(remaining), paused ? t('ui-caption-paused') : kindCaption(step.kind));
      // With reduced motion the ring moves once a second, with the digits.
      if (reduced) remaining = Math.min(duration, Math.ceil(remaining / 1000) * 1000);
      this.setRing(els.ringProgress, duration > 0 ? remaining / duration : 0);
    } else if (step.kind === 'reps') {
      const target = repTarget(step);
      setText(els.repCount, player.repsDone);
      this.setRing(els.repProgress, player.repsDone / target);
      // The tempo: a dot goes round once per rep; under the count, the rep the pace is on.
      const pace = player.pace(now);
      els.paceDot.classList.toggle('is-hidden', !pace);
      if (pace) {
        const angle = (pace.fraction * 360).toFixed(1);
        if (angle !== last.paceAngle) {
          last.paceAngle = angle;
          els.paceDot.setAttribute('transform', `rotate(${angle} 60 60)`);
        }
        setText(els.repTap, pace.rep === 1 && player.repsDone === 0 ? t('ui-rep-tap') : t('ui-pace', { rep: pace.rep }));
      } else {
        setText(els.repTap, t('ui-rep-tap'));
      }
      const counted = { done: player.repsDone, target };
      const label = t(paused ? 'ui-count-paused.aria-label' : 'ui-count-rep.aria-label', counted);
      if (label !== last.repLabel) {
        last.repLabel = label;
        els.repBtn.setAttribute('aria-label', label);
      }
    }

    // The figure moves through its keyframes: once per rep at the rep's pace, or every few
    // seconds on a hold; it stands still while paused, and under reduced motion.
    if (this.picture && this.picture.moving && !reduced && !ready) {
      const pace = step.kind === 'reps' ? player.pace(now) : null;
      const fraction = pace ? pace.fraction : (player.stepElapsedMs(now) % FIGURE_CYCLE_MS) / FIGURE_CYCLE_MS;
      // Drawn with the rest of the screen, when its phase moved.
      const phase = Math.round(fraction * FIGURE_STEPS) / FIGURE_STEPS;
      if (phase !== last.figurePhase) {
        last.figurePhase = phase;
        drawShapes(els.figure, this.picture.shapes(phase));
      }
    }

    // The other cues take turns by the step's own time: they stop while paused, and start
    // over with the step.
    const cueNext = cueAt(step.cues, player.stepElapsedMs(now)).next;
    if (cueNext !== last.cueNext) {
      last.cueNext = cueNext;
      els.cueNext.textContent = cueNext;
    }

    const p = player.progress(now);
    // The bar moves in steps of 0.5 % of the routine (two pixels or so): smooth to the eye, and
    // a repaint every second or two, not every frame.
    const width = String(Math.round(p * 200) * 5);
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

  /** Applies the player's events (maybe none) to the screen, the voice and the Rust side. */
  handle(events, now) {
    if (this.coach) this.speak(this.coach.hear(events, this.player, now));
    if (!events.length) {
      this.renderStep(now);
      return;
    }
    let moved = null; // the reason of the last move
    let finished = false;
    let went = false;
    for (const e of events) {
      if (e.type === 'started' || e.type === 'advanced' || e.type === 'restarted') moved = e.reason || e.type;
      if (e.type === 'finished') finished = true;
      if (e.type === 'go' && e.index === this.player.index) went = true;
    }
    if (finished) {
      this.reportProgress();
      this.cue('done');
      this.showDone(now);
      return;
    }
    if (moved) {
      this.enterStep(moved);
      this.reportProgress();
    }
    if (went && !moved) {
      this.cue('go');
      this.flash();
    }
    this.renderStep(now);
  }

  act(action) {
    if (this.screen !== 'step') return;
    const now = performance.now();
    this.handle(action(this.player, now), now);
  }

  goBack() {
    this.act((p, now) => p.back(now));
  }

  goNext() {
    this.act((p, now) => p.next(now));
  }

  togglePause() {
    this.act((p, now) => p.togglePause(now));
  }

  countRep() {
    this.act((p, now) => p.countRep(now));
  }

  addTime() {
    this.act((p, now) => p.addTime(now));
  }

  /** Space: pause/resume on timed steps, count a rep on reps steps. */
  primaryAction() {
    const { player } = this;
    if (player.step && player.step.kind === 'reps' && !player.paused) this.countRep();
    else this.togglePause();
  }

  stop() {
    if (this.player.screen === 'step') this.reportProgress(); // done: false
    this.close();
  }

  // ---- the clock -----------------------------------------------------------------

  update() {
    const { player } = this;
    if (player.screen !== 'step') return;
    const now = performance.now();
    this.handle(player.tick(now), now);
  }

  startLoop() {
    this.stopLoop();
    // The screen changes at most every FRAME_MS: smooth enough for a ring, a dot and a figure,
    // and a small part of the work of drawing every frame (the window paints in software). A
    // timer, not requestAnimationFrame: asking WebKit for animation frames 8 times a second
    // cost a third more CPU than the timer alone (scripts/bench-figure), and a timer keeps
    // the player going in a hidden window too.
    const tick = () => {
      this.timers.interval = setTimeout(tick, FRAME_MS);
      this.update();
    };
    tick();
  }

  stopLoop() {
    clearTimeout(this.timers.interval);
    this.timers.interval = 0;
  }

  // ---- 3. done -----------------------------------------------------------------

  showDone(now) {
    const { player } = this;
    this.stopLoop();
    this.shownStep = null;
    setText(els.doneTime, formatDuration(player.elapsedMs(now)));
    setText(els.doneSteps, t('ui-done-steps', { done: player.completed, total: player.workTotal }));
    const any = player.completed > 0 || player.workTotal === 0;
    setText(els.doneTitle, t(any ? 'ui-done-title' : 'ui-done-over'));
    setText(
      els.doneLead,
      t(any ? 'ui-done-lead' : 'ui-done-short'),
    );
    this.show('done');
    els.closeBtn.focus({ preventScroll: true });
    this.armAutoClose();
    this.showTally();
  }

  /**
   * Today's tally under the lead ("3rd break today", the streak under it), asked for once the
   * last progress report is in; it stays hidden when the call fails.
   */
  showTally() {
    this.reports
      .then(() => invoke('tally'))
      .then((tally) => {
        const line = tally && typeof tally.line === 'string' ? tally.line : '';
        if (!line) return;
        const streak = typeof tally.streak === 'string' ? tally.streak : '';
        setText(els.doneTallyLine, line);
        setText(els.doneTallyStreak, streak);
        els.doneTallyStreak.hidden = !streak;
        els.doneTally.hidden = false;
      })
      .catch((err) => console.error('unsit: tally failed', err));
  }

  /** Close 5 s after the Done screen shows, or 5 s after the pointer leaves. */
  armAutoClose() {
    clearTimeout(this.timers.autoClose);
    if (this.screen !== 'done' || this.closing) return;
    if (this.pointerInside) {
      setText(els.doneHint, t('ui-staying-open'));
      return;
    }
    setText(els.doneHint, t('ui-closing-soon'));
    this.timers.autoClose = setTimeout(() => this.close(), AUTO_CLOSE_MS);
  }

  trackPointer() {
    try {
      this.pointerInside = document.documentElement.matches(':hover');
    } catch {
      this.pointerInside = false;
    }
    document.addEventListener('mouseover', () => {
      if (this.pointerInside) return;
      this.pointerInside = true;
      this.armAutoClose();
    });
    document.addEventListener('mouseout', (e) => {
      if (e.relatedTarget) return; // moved between elements, still inside
      this.pointerInside = false;
      this.armAutoClose();
    });
  }

  // ---- keyboard ------------------------------------------------------------------

  onKeyDown(e) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const onButton = e.target instanceof HTMLButtonElement;
    const onSelect = e.target instanceof HTMLSelectElement;

    switch (this.screen) {
      case 'overview':
        if (this.safetyOpen) {
          // The dialog has the keys: Esc closes it (and only it: the break is not skipped).
          if (e.key === 'Escape') {
            e.preventDefault();
            this.closeSafety();
          }
          break;
        }
        if (e.key === 'Escape') {
          // Closing on the overview skips the break (the resident is told so).
          e.preventDefault();
          this.close();
        } else if (e.key === 'Enter' && !onButton && !onSelect && !e.repeat) {
          e.preventDefault();
          this.start();
        } else if (isMuteKey(e) && !onSelect) {
          e.preventDefault();
          this.toggleSound();
        } else if (isVoiceKey(e) && !onSelect) {
          e.preventDefault();
          this.toggleVoice();
        }
        break;

      case 'step':
        if (e.key === 'Escape') {
          e.preventDefault();
          this.stop();
        } else if (e.key === 'ArrowLeft') {
          e.preventDefault();
          if (!e.repeat) this.goBack();
        } else if (e.key === 'ArrowRight') {
          e.preventDefault();
          if (!e.repeat) this.goNext();
        } else if (isSpace(e)) {
          // Space is a shortcut everywhere on this screen (not "press the
          // focused button"); Enter still presses the focused button.
          e.preventDefault();
          if (!e.repeat) this.primaryAction();
        } else if (e.key === 'Enter' && !onButton && !e.repeat) {
          e.preventDefault();
          this.primaryAction();
        } else if (e.key === '+' || e.key === '=') {
          e.preventDefault();
          this.addTime();
        } else if (isMuteKey(e)) {
          e.preventDefault();
          this.toggleSound();
        } else if (isVoiceKey(e)) {
          e.preventDefault();
          this.toggleVoice();
        } else if ((e.key === 'f' || e.key === 'F') && !e.repeat) {
          e.preventDefault();
          this.toggleLarge();
        } else if (e.key === 'F11' && !e.repeat) {
          e.preventDefault();
          this.toggleFullscreen();
        }
        break;

      case 'done':
        if (e.key === 'Escape') {
          e.preventDefault();
          this.close();
        }
        break;
    }
  }

  onKeyUp(e) {
    // Some engines press a focused button on Space keyup; Space is ours here.
    if (this.screen === 'step' && isSpace(e)) e.preventDefault();
  }
}
