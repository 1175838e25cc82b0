// Puts a figure (figure.js) on the page: builds the SVG elements with the DOM, from shapes that
// hold numbers and class names only, and gives the picture its text alternative as text.

import { figureCentre, figureShapes, stepFigure, VIEWBOX } from './figure.js';

const NS = 'http://www.w3.org/2000/svg';

/** An <svg> for figures, labelled by `label` (set as text). */
export function figureElement(label) {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', VIEWBOX);
  svg.setAttribute('class', 'figure');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label || '');
  return svg;
}

/**
 * Draws `shapes` into `svg`. The same figure at another phase has the same elements: then only
 * the attributes that changed are set, so that an animation makes no garbage.
 */
export function drawShapes(svg, shapes) {
  const children = svg.children;
  const same = children.length === shapes.length && shapes.every((shape, i) => children[i].tagName === shape.tag);
  if (same) {
    shapes.forEach((shape, i) => {
      const node = children[i];
      for (const [key, value] of Object.entries(shape.attrs)) {
        const text = String(value);
        if (node.getAttribute(key) !== text) node.setAttribute(key, text);
      }
    });
    return;
  }
  const nodes = shapes.map((shape) => {
    const node = document.createElementNS(NS, shape.tag);
    for (const [key, value] of Object.entries(shape.attrs)) node.setAttribute(key, String(value));
    return node;
  });
  svg.replaceChildren(...nodes);
}

/**
 * A step's figure, ready to draw at any phase: its own pose or keyframes, or the plain pose of
 * its position (marked as a placeholder); mirrored on the right side.
 */
export function stepPicture(step) {
  const { figure, placeholder } = stepFigure(step);
  const mirror = Boolean(step && step.side === 'right');
  const cx = figureCentre(figure);
  const frames = figure.frames.length;
  return {
    placeholder,
    moving: frames > 1,
    shapes: (phase) => figureShapes(figure, { phase, mirror, cx }),
  };
}
