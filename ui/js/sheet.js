// The contact sheet: every exercise of every routine as the break window draws it, to check the
// poses against their cues. invoke('sheet') -> the plan of every routine (the whole routine).

import { drawShapes, figureElement, stepPicture } from './figure-view.js';
import { t } from './l10n.js';
import { $, closeOn, invoke, loadWords, ready, showFailure } from './page.js';

/** The first work step of each exercise of a plan, in order. */
function exercises(plan) {
  const seen = new Set();
  return (plan.steps || []).filter((step) => {
    if (!step.work || seen.has(step.exercise)) return false;
    seen.add(step.exercise);
    return true;
  });
}

/** One exercise: its pictures (each keyframe; then the right side for a per-side one) and words. */
function exerciseRow(step) {
  const row = document.createElement('div');
  row.className = 'sheet-row';
  const words = document.createElement('div');
  words.className = 'sheet-words';
  const name = document.createElement('h3');
  name.textContent = step.exercise;
  const cue = document.createElement('p');
  cue.textContent = Array.isArray(step.cues) ? step.cues[0] : '';
  words.append(name, cue);
  const pictures = document.createElement('div');
  pictures.className = 'sheet-pictures';
  const picture = stepPicture(step);
  const frames = step.figure ? step.figure.frames.length : 1;
  for (let i = 0; i < frames; i += 1) {
    const exercise = step.exercise;
    const svg = figureElement(frames > 1 ? t('sheet-keyframe', { exercise, n: i + 1 }) : t('sheet-pose', { exercise }));
    svg.classList.toggle('is-placeholder', picture.placeholder);
    drawShapes(svg, picture.shapes(i / frames));
    pictures.append(svg);
  }
  if (step.side === 'left') {
    const right = stepPicture({ ...step, side: 'right' });
    const svg = figureElement(t('sheet-right-side', { exercise: step.exercise }));
    svg.classList.add('is-right');
    drawShapes(svg, right.shapes(0));
    pictures.append(svg);
  }
  row.append(words, pictures);
  return row;
}

function render(plans) {
  const sections = plans.map((plan) => {
    const section = document.createElement('section');
    section.className = 'card sheet-routine';
    section.id = `routine-${plan.routine.id}`;
    const title = document.createElement('h2');
    title.className = 'card-title';
    title.textContent = plan.label;
    section.append(title, ...exercises(plan).map(exerciseRow));
    return section;
  });
  $('routines').replaceChildren(...sections);
}

async function boot() {
  closeOn('message-close');
  // The words and the plans at once; the words first, so the page renders in its language.
  const [, plans] = await Promise.allSettled([loadWords(), invoke('sheet')]);
  try {
    if (plans.status === 'rejected') throw plans.reason;
    render(plans.value);
    $('message').hidden = true;
    $('sheet').hidden = false;
  } catch (err) {
    showFailure('sheet', t('sheet-failed'), err);
  }
  ready();
}

boot();
