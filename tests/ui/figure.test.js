// Unit tests for ui/js/figure.js, the figure renderer: node --test tests/ui/
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  figureProblem,
  figureShapes,
  figureSvg,
  poseAt,
  scene,
  stepFigure,
} from '../../ui/js/figure.js';
import { loadPlan } from './fixtures.js';
import { useWords } from './words.js';

useWords();

const lunge = {
  frames: [{ left_hip: -25, left_knee: 5, right_hip: 35, right_knee: 35, props: [{ kind: 'desk', at: 'left_hand', side: 'front' }], left_shoulder: 60 }],
  highlight: 'left_hip_flexors',
};

/** Every x coordinate in a list of shapes, in order. */
function xs(shapes) {
  const out = [];
  for (const { attrs } of shapes) {
    for (const key of ['cx', 'x1', 'x2']) if (key in attrs) out.push(Number(attrs[key]));
    if ('points' in attrs) for (const pair of attrs.points.split(' ')) out.push(Number(pair.split(',')[0]));
  }
  return out;
}

test('standing, the feet are on the floor and the head is up', () => {
  const { body } = scene({});
  const feet = Math.min(body.left.heel[1], body.left.toe[1]);
  assert.ok(feet > 0 && feet < 5, `feet at ${feet}`);
  assert.ok(body.head[1] > 140 && body.head[1] < 180, `head at ${body.head[1]}`);
  // Facing forward: the toes are in front of the heels.
  assert.ok(body.left.toe[0] > body.left.heel[0]);
});

test('the right side is the left side mirrored: every x reflected, every y kept', () => {
  const left = figureShapes(lunge, { phase: 0 });
  const right = figureShapes(lunge, { phase: 0, mirror: true });
  assert.equal(left.length, right.length);
  assert.notDeepEqual(left, right);
  const [a, b] = [xs(left), xs(right)];
  assert.equal(a.length, b.length);
  a.forEach((x, i) => assert.ok(Math.abs(x + b[i] - 240) < 0.11, `${x} and ${b[i]}`));
  assert.notEqual(figureSvg(lunge), figureSvg(lunge, { mirror: true }));
});

test('keyframes are played in turn, easing between them and back to the first', () => {
  const frames = [{ left_knee: 0 }, { left_knee: 100 }];
  assert.equal(poseAt(frames, 0).left_knee, 0);
  assert.equal(poseAt(frames, 0.5).left_knee, 100);
  assert.equal(poseAt(frames, 0.25).left_knee, 50, 'halfway there at a quarter');
  assert.ok(poseAt(frames, 0.05).left_knee < 10, 'slow at the start: eased');
  assert.equal(poseAt(frames, 0.75).left_knee, 50, 'and back');
  assert.equal(poseAt(frames, 1.25).left_knee, 50, 'a phase past one wraps');
  // The short way round: from -170 to 170 is 20 degrees.
  assert.equal(poseAt([{ torso: -170 }, { torso: 170 }], 0.25).torso, -180);
  // Props and support come from the nearer keyframe.
  const seat = [{ support: 'chair' }, { support: 'floor' }];
  assert.equal(poseAt(seat, 0.1).support, 'chair');
  assert.equal(poseAt(seat, 0.4).support, 'floor');
});

test('a ball under the pelvis lifts it, and the ball is on the floor', () => {
  const lying = { torso: 180, left_hip: 45, right_hip: 45, left_knee: 90, right_knee: 90 };
  const flat = scene(lying).body.pelvis[1];
  const onBall = scene({ ...lying, props: [{ kind: 'ball', at: 'pelvis' }] });
  const ball = onBall.props.find((p) => p.kind === 'ball');
  assert.ok(onBall.body.pelvis[1] > flat + 10, `${onBall.body.pelvis[1]} on the ball, ${flat} without`);
  assert.ok(Math.abs(ball.c[1] - ball.r) < 0.01, 'the ball rests on the floor');
  assert.ok(ball.c[1] + ball.r <= onBall.body.pelvis[1], 'the ball is under the pelvis');
});

test('props are drawn where they are put', () => {
  const shapes = figureShapes({ frames: [{ ...lunge.frames[0], props: [{ kind: 'wall', at: 'upper_back', side: 'behind' }, { kind: 'cushion', at: 'left_knee' }, { kind: 'foam-roller', at: 'left_thigh' }, { kind: 'band', at: 'left_hand', side: 'front' }] }] });
  const classes = shapes.map((s) => s.attrs.class);
  assert.ok(classes.includes('fig-wall'));
  assert.ok(classes.includes('fig-band'));
  assert.ok(classes.includes('fig-equipment-line'), 'the roller is drawn end on');
  assert.ok(classes.filter((c) => c === 'fig-equipment').length >= 2, 'cushion and roller');
  // Seated: a chair under the pelvis.
  const { props } = scene({ support: 'chair', left_hip: 90, right_hip: 90, left_knee: 90, right_knee: 90 });
  assert.equal(props[0].kind, 'seat');
  // The highlight is on top of the body.
  assert.equal(figureShapes(lunge).at(-1).attrs.class, 'fig-highlight');
});

test('the shapes carry numbers and class names only', () => {
  for (const shape of figureShapes(lunge)) {
    for (const [key, value] of Object.entries(shape.attrs)) {
      const fine = key === 'class' ? /^[a-z -]+$/.test(value) : key === 'points' ? /^[-0-9., ]+$/.test(value) : Number.isFinite(Number(value));
      assert.ok(fine, `${shape.tag} ${key}=${value}`);
    }
  }
});

test('bad pose data is refused, and nothing is drawn', () => {
  const cases = [
    [null, 'no figure'],
    [{ frames: [] }, 'a figure has 1 to 4 frames'],
    [{ frames: [{}, {}, {}, {}, {}] }, 'a figure has 1 to 4 frames'],
    [{ frames: [{ left_knee: 200 }] }, 'frame 1: left_knee out of 0..165'],
    [{ frames: [{ left_knee: 'bent' }] }, 'frame 1: left_knee out of 0..165'],
    [{ frames: [{ left_kne: 10 }] }, 'frame 1: unknown key left_kne'],
    [{ frames: [{ props: [{ kind: 'kettlebell', at: 'pelvis' }] }] }, 'frame 1: a prop of no known kind'],
    [{ frames: [{ props: [{ kind: 'ball', at: 'tail' }] }] }, 'frame 1: a prop at no known point'],
    [{ frames: [{}], highlight: 'biceps' }, 'an unknown highlight'],
  ];
  for (const [figure, problem] of cases) {
    assert.equal(figureProblem(figure), problem);
    assert.deepEqual(figureShapes(figure), []);
    assert.equal(figureSvg(figure), '');
  }
  assert.equal(figureProblem(lunge), '');
});

test('a step without a pose gets its position, marked as a placeholder', () => {
  for (const position of ['standing', 'seated', 'kneeling', 'floor']) {
    const { figure, placeholder } = stepFigure({ position, figure: null });
    assert.equal(placeholder, true);
    assert.equal(figureProblem(figure), '', position);
    assert.ok(figureShapes(figure).length > 10);
  }
  assert.equal(stepFigure({ position: 'standing', figure: lunge }).placeholder, false);
  // A broken figure is a placeholder too, never a broken picture.
  assert.equal(stepFigure({ position: 'floor', figure: { frames: [{ torso: 999 }] } }).placeholder, true);
});

test('every step of the real plans can be drawn', () => {
  for (const name of ['anti-desk', 'desk-hips', 'back-relief']) {
    for (const step of loadPlan(name).steps) {
      const { figure } = stepFigure(step);
      assert.ok(figureShapes(figure).length > 10, `${name}: ${step.exercise}`);
    }
  }
});

test('from the front, a hip opens its leg out to the side and the two sides mirror each other', () => {
  const { body } = scene({ view: 'front', left_hip: 45, left_knee: 45 });
  // The figure faces the viewer, its left on the right of the picture.
  assert.ok(body.left.hip[0] > body.pelvis[0] && body.right.hip[0] < body.pelvis[0]);
  assert.ok(body.left.knee[0] > body.left.hip[0] + 25, 'the left thigh goes out to the left');
  assert.ok(Math.abs(body.left.ankle[0] - body.left.knee[0]) < 0.01, 'the shin hangs straight down');
  assert.ok(body.left.knee[1] > body.right.knee[1] + 5, 'the lifted knee is higher');
  // Standing with nothing opened, left and right are each other's reflection.
  const still = scene({ view: 'front' }).body;
  for (const key of ['hip', 'knee', 'ankle', 'hand', 'elbow']) {
    assert.ok(Math.abs(still.left[key][0] + still.right[key][0] - 2 * still.pelvis[0]) < 0.01, key);
    assert.ok(Math.abs(still.left[key][1] - still.right[key][1]) < 0.01, key);
  }
  // No profile: the front view has no nose.
  const shapes = figureShapes({ frames: [{ view: 'front' }] });
  assert.ok(!shapes.some((s) => s.attrs.class.includes('fig-nose')));
  assert.ok(figureShapes({ frames: [{}] }).some((s) => s.attrs.class.includes('fig-nose')));
  assert.equal(figureProblem({ frames: [{ view: 'top' }] }), 'frame 1: view is side or front');
});
