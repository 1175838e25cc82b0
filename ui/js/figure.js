// The figure: a side-view person drawn from a pose (angles in degrees, as the routine file gives
// them; see src/routine/pose.rs for what each angle means), with props around it. Pose data in,
// SVG markup out: no DOM, no clock, so node tests can check every part of it.
//
// The figure faces right, its left side nearest; the right side of a per-side exercise is the
// same picture mirrored. Geometry is in figure units with y up (a standing person is about 180
// tall); the SVG flips y. Limbs are thick strokes with round ends, the nearer limbs drawn last
// and lighter, the farther ones first and darker. Colours come from CSS classes (fig-*), so the
// page's light and dark themes apply.

/** Every angle, with its range, as the routine reader checks it. */
const ANGLES = {
  torso: [-180, 180],
  neck: [-60, 60],
  left_shoulder: [-90, 190],
  right_shoulder: [-90, 190],
  left_elbow: [0, 160],
  right_elbow: [0, 160],
  left_hip: [-60, 160],
  right_hip: [-60, 160],
  left_knee: [0, 165],
  right_knee: [0, 165],
  left_ankle: [-40, 70],
  right_ankle: [-40, 70],
};

const PROP_KINDS = ['wall', 'desk', 'chair', 'ball', 'peanut', 'foam-roller', 'band', 'cushion'];
const DIRECTIONS = ['below', 'above', 'front', 'behind'];
const REGIONS = [
  'glutes',
  'lower_back',
  'upper_back',
  'abs',
  'lats',
  'left_hip_flexors',
  'right_hip_flexors',
  'left_quads',
  'right_quads',
  'left_hamstrings',
  'right_hamstrings',
  'left_adductors',
  'right_adductors',
  'left_calf',
  'right_calf',
];

// Lengths and thicknesses, in figure units.
const LEN = { torso: 50, shoulder: 45, neck: 6, head: 10, upperArm: 28, forearm: 25, thigh: 43, shin: 39, heel: 5, toe: 16, sole: 4 };
const WIDTH = { torso: 23, neck: 8, upperArm: 9.5, forearm: 8, hand: 9, thigh: 15, shin: 11.5, foot: 7.5 };
/** The picture's frame: the same for every figure, so that they share a scale. */
const VIEW = { width: 240, height: 200, floorGap: 12 };

const rad = (deg) => (deg * Math.PI) / 180;
const dir = (deg) => [Math.cos(rad(deg)), Math.sin(rad(deg))];
const add = (p, d, len) => [p[0] + d[0] * len, p[1] + d[1] * len];
const mid = (a, b, f = 0.5) => [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];

/** A pose with every angle, defaults filled in (standing, arms down, on the floor). */
function fullPose(pose) {
  const out = { view: 'side', support: 'floor', props: [] };
  for (const name of Object.keys(ANGLES)) out[name] = name === 'torso' ? 90 : 0;
  if (pose && typeof pose === 'object') {
    for (const name of Object.keys(ANGLES)) if (Number.isFinite(pose[name])) out[name] = pose[name];
    if (pose.support === 'chair') out.support = 'chair';
    if (pose.view === 'front') out.view = 'front';
    if (Array.isArray(pose.props)) out.props = pose.props;
  }
  return out;
}

/**
 * Why a figure cannot be drawn, or '' when it can: 1 to 4 frames, each angle a number within its
 * range, props of known kinds at known points, a known highlight. The routine reader already
 * refuses all of this; the page checks again rather than draw nonsense.
 */
export function figureProblem(figure) {
  if (!figure || typeof figure !== 'object') return 'no figure';
  const frames = figure.frames;
  if (!Array.isArray(frames) || frames.length < 1 || frames.length > 4) return 'a figure has 1 to 4 frames';
  for (const [i, pose] of frames.entries()) {
    if (!pose || typeof pose !== 'object') return `frame ${i + 1} is not a pose`;
    for (const [name, value] of Object.entries(pose)) {
      if (name === 'view') {
        if (value !== 'side' && value !== 'front') return `frame ${i + 1}: view is side or front`;
      } else if (name === 'support') {
        if (value !== 'floor' && value !== 'chair') return `frame ${i + 1}: support is floor or chair`;
      } else if (name === 'props') {
        if (!Array.isArray(value) || value.length > 6) return `frame ${i + 1}: props is a list of at most 6`;
        for (const prop of value) {
          if (!prop || !PROP_KINDS.includes(prop.kind)) return `frame ${i + 1}: a prop of no known kind`;
          if (pointOf(prop.at) === null) return `frame ${i + 1}: a prop at no known point`;
          if (prop.side !== undefined && !DIRECTIONS.includes(prop.side)) return `frame ${i + 1}: a prop on no known side`;
        }
      } else if (name in ANGLES) {
        const [lo, hi] = ANGLES[name];
        if (!Number.isFinite(value) || value < lo || value > hi) return `frame ${i + 1}: ${name} out of ${lo}..${hi}`;
      } else {
        return `frame ${i + 1}: unknown key ${name}`;
      }
    }
  }
  if (figure.highlight != null && !REGIONS.includes(figure.highlight)) return 'an unknown highlight';
  return '';
}

/** Where a body point is in a laid-out body: [x, y] and the limb's thickness there. */
function pointOf(name) {
  const table = {
    head: (b) => [b.head, LEN.head * 2],
    neck: (b) => [b.neck, WIDTH.neck],
    upper_back: (b) => [mid(b.pelvis, b.shoulder, 0.72), WIDTH.torso],
    lower_back: (b) => [mid(b.pelvis, b.shoulder, 0.3), WIDTH.torso],
    pelvis: (b) => [b.pelvis, WIDTH.torso],
  };
  for (const side of ['left', 'right']) {
    table[`${side}_upper_arm`] = (b) => [mid(b[side].shoulder, b[side].elbow), WIDTH.upperArm];
    table[`${side}_elbow`] = (b) => [b[side].elbow, WIDTH.upperArm];
    table[`${side}_hand`] = (b) => [b[side].hand, WIDTH.hand];
    table[`${side}_thigh`] = (b) => [mid(b[side].hip, b[side].knee), WIDTH.thigh];
    table[`${side}_knee`] = (b) => [b[side].knee, WIDTH.thigh];
    table[`${side}_shin`] = (b) => [mid(b[side].knee, b[side].ankle), WIDTH.shin];
    table[`${side}_foot`] = (b) => [mid(b[side].heel, b[side].toe), WIDTH.foot];
  }
  return typeof name === 'string' && Object.hasOwn(table, name) ? table[name] : null;
}

/** `from` turned by `by` degrees towards `to`, the short way (away from the middle when the
 * limb points straight at it, which a joint cannot fold past). */
function towards(from, to, by) {
  const delta = ((((to - from) % 360) + 540) % 360) - 180;
  return from + Math.sign(delta || 1) * Math.min(by, Math.abs(delta) || by);
}

/** Half the width of the hips and of the shoulders, seen from the front. */
const HALF = { hips: 8, shoulders: 15 };

/**
 * The body's joints seen from the front: the same angles in the other plane. The figure faces
 * the viewer, its left on the right of the picture; a shoulder or hip opens its limb out to the
 * side, and an elbow or knee folds it back towards the middle of the body (never past the line
 * towards it). The feet point out a little.
 */
function frontBody(p) {
  const pelvis = [0, 0];
  const t = p.torso;
  const across = dir(t - 90); // towards the figure's left
  const shoulder = add(pelvis, dir(t), LEN.shoulder);
  const neck = add(pelvis, dir(t), LEN.torso);
  const headDir = t + p.neck;
  const head = add(neck, dir(headDir), LEN.neck + LEN.head - 1);
  const limbs = {};
  for (const [side, sign] of [['left', 1], ['right', -1]]) {
    const shoulderAt = add(shoulder, across, sign * HALF.shoulders);
    const upper = t + 180 + sign * p[`${side}_shoulder`];
    const elbow = add(shoulderAt, dir(upper), LEN.upperArm);
    const mid = t + sign * 90; // from this side towards the middle of the body
    const fore = towards(upper, mid, p[`${side}_elbow`]);
    const hand = add(elbow, dir(fore), LEN.forearm);
    const hipAt = add(pelvis, across, sign * HALF.hips);
    const thigh = t + 180 + sign * p[`${side}_hip`];
    const knee = add(hipAt, dir(thigh), LEN.thigh);
    const shin = towards(thigh, mid, p[`${side}_knee`]);
    const ankle = add(knee, dir(shin), LEN.shin);
    const foot = shin + sign * (90 - p[`${side}_ankle`]);
    limbs[side] = {
      shoulder: shoulderAt,
      elbow,
      hand,
      hip: hipAt,
      knee,
      ankle,
      heel: add(ankle, dir(shin), LEN.sole),
      toe: add(add(ankle, dir(shin), LEN.sole), dir(foot), 7),
      angles: { upper, fore, thigh, shin, foot },
    };
  }
  return { pelvis, shoulder, neck, head, headDir, torsoDir: t, left: limbs.left, right: limbs.right, support: p.support, front: true };
}

/** The body's joints for a pose, pelvis at the origin, y up. */
export function body(pose) {
  const p = fullPose(pose);
  if (p.view === 'front') return frontBody(p);
  const pelvis = [0, 0];
  const t = p.torso;
  const shoulder = add(pelvis, dir(t), LEN.shoulder);
  const neck = add(pelvis, dir(t), LEN.torso);
  const headDir = t - p.neck;
  const head = add(neck, dir(headDir), LEN.neck + LEN.head - 1);
  const limbs = {};
  for (const side of ['left', 'right']) {
    const upper = t + 180 + p[`${side}_shoulder`];
    const elbow = add(shoulder, dir(upper), LEN.upperArm);
    const fore = upper + p[`${side}_elbow`];
    const hand = add(elbow, dir(fore), LEN.forearm);
    const thigh = t + 180 + p[`${side}_hip`];
    const knee = add(pelvis, dir(thigh), LEN.thigh);
    const shin = thigh - p[`${side}_knee`];
    const ankle = add(knee, dir(shin), LEN.shin);
    const foot = shin + 90 - p[`${side}_ankle`];
    limbs[side] = {
      shoulder,
      elbow,
      hand,
      hip: pelvis,
      knee,
      ankle,
      // The foot's line runs under the ankle, on the sole's side.
      heel: add(add(ankle, dir(foot), -LEN.heel), dir(foot - 90), LEN.sole),
      toe: add(add(ankle, dir(foot), LEN.toe), dir(foot - 90), LEN.sole),
      angles: { upper, fore, thigh, shin, foot },
    };
  }
  return { pelvis, shoulder, neck, head, headDir, torsoDir: t, left: limbs.left, right: limbs.right, support: p.support };
}

/** The direction of a prop's side, as a unit vector (below is down, front is forward). */
function sideVector(side) {
  return { below: [0, -1], above: [0, 1], front: [1, 0], behind: [-1, 0] }[side || 'below'];
}

/** Props laid out around a body: shapes with the lowest point each reaches (null: none). */
function layProps(b, props) {
  const out = [];
  for (const prop of props || []) {
    const at = pointOf(prop.at);
    if (!at) continue;
    const [point, width] = at(b);
    const d = sideVector(prop.side);
    const touch = add(point, d, width / 2);
    switch (prop.kind) {
      case 'ball': {
        const r = 6.5;
        out.push({ kind: 'ball', c: add(touch, d, r), r });
        break;
      }
      case 'foam-roller': {
        const r = 8;
        out.push({ kind: 'roller', c: add(touch, d, r), r });
        break;
      }
      case 'peanut': {
        const r = 5;
        out.push({ kind: 'peanut', c: add(touch, d, r), r });
        break;
      }
      case 'cushion': {
        out.push({ kind: 'cushion', c: add(touch, d, 3.5), w: 28, h: 7 });
        break;
      }
      case 'band':
        out.push({ kind: 'band', from: point, to: add(point, d[0] === 0 && d[1] === -1 ? [1, 0] : d, 70) });
        break;
      case 'wall':
        out.push({ kind: 'wall', x: touch[0], facing: prop.side === 'front' ? 1 : -1 });
        break;
      case 'desk':
        out.push({ kind: 'desk', top: touch[1], x: point[0], facing: prop.side === 'behind' ? -1 : 1 });
        break;
      case 'chair':
        out.push({ kind: 'chair', top: touch[1], x: point[0] });
        break;
      default:
        break;
    }
  }
  return out;
}

/** The lowest y a body and its props reach (rounded limb ends included). */
function lowest(b, props) {
  const ys = [b.head[1] - LEN.head, b.pelvis[1] - WIDTH.torso / 2, b.shoulder[1] - WIDTH.torso / 2];
  for (const side of ['left', 'right']) {
    const l = b[side];
    ys.push(l.elbow[1] - WIDTH.upperArm / 2, l.hand[1] - WIDTH.hand / 2, l.knee[1] - WIDTH.thigh / 2);
    ys.push(l.ankle[1] - WIDTH.shin / 2, l.heel[1] - WIDTH.foot / 2, l.toe[1] - WIDTH.foot / 2);
  }
  for (const p of props) {
    if (p.kind === 'ball' || p.kind === 'roller' || p.kind === 'peanut') ys.push(p.c[1] - p.r);
    if (p.kind === 'cushion') ys.push(p.c[1] - p.h / 2);
  }
  return Math.min(...ys);
}

/** Moves every point of a laid-out body and its props up by `dy`. */
function lift(b, props, dy) {
  const up = (p) => [p[0], p[1] + dy];
  const moved = { ...b, pelvis: up(b.pelvis), shoulder: up(b.shoulder), neck: up(b.neck), head: up(b.head) };
  for (const side of ['left', 'right']) {
    const l = b[side];
    moved[side] = { ...l };
    for (const key of ['shoulder', 'elbow', 'hand', 'hip', 'knee', 'ankle', 'heel', 'toe']) moved[side][key] = up(l[key]);
  }
  const movedProps = props.map((p) => {
    const q = { ...p };
    if (q.c) q.c = up(q.c);
    if (q.from) q.from = up(q.from);
    if (q.to) q.to = up(q.to);
    if (q.top !== undefined) q.top += dy;
    return q;
  });
  return [moved, movedProps];
}

/**
 * The scene of one pose: the body on the floor (its lowest point, props included, at y = 0),
 * the props, and the chair it sits on when `support` is chair.
 */
export function scene(pose) {
  const b = body(pose);
  const props = layProps(b, fullPose(pose).props);
  const [grounded, placed] = lift(b, props, -lowest(b, props));
  if (grounded.support === 'chair') {
    placed.unshift({ kind: 'seat', top: grounded.pelvis[1] - WIDTH.torso / 2, x: grounded.pelvis[0] });
  }
  return { body: grounded, props: placed };
}

/** 0 → 0, 1 → 1, slow at both ends. */
function ease(f) {
  return f * f * (3 - 2 * f);
}

/**
 * The pose at `phase` (0 to 1: one repetition) of keyframes played in turn and back to the
 * first, easing between them. Props and support are the nearer keyframe's.
 */
export function poseAt(frames, phase) {
  if (!Array.isArray(frames) || frames.length === 0) return fullPose(null);
  if (frames.length === 1 || !Number.isFinite(phase)) return fullPose(frames[0]);
  const n = frames.length;
  const at = (((phase % 1) + 1) % 1) * n;
  const i = Math.floor(at) % n;
  const f = ease(at - Math.floor(at));
  const a = fullPose(frames[i]);
  const b = fullPose(frames[(i + 1) % n]);
  const out = f < 0.5 ? { ...a } : { ...b };
  for (const name of Object.keys(ANGLES)) {
    // The short way round, so -170 to 170 turns 20 degrees, not 340.
    const delta = ((((b[name] - a[name]) % 360) + 540) % 360) - 180;
    out[name] = a[name] + delta * f;
  }
  return out;
}

/** The default pose for a position, for exercises whose file gives none. */
const POSITION_POSES = {
  standing: {},
  seated: { support: 'chair', left_hip: 90, right_hip: 90, left_knee: 90, right_knee: 90, left_shoulder: 20, right_shoulder: 20, left_elbow: 60, right_elbow: 60 },
  kneeling: { left_hip: 0, right_hip: 0, left_knee: 90, right_knee: 90, left_ankle: 40, right_ankle: 40 },
  floor: { torso: 180, left_knee: 0, right_knee: 0, left_shoulder: 10, right_shoulder: 10 },
};

const f1 = (n) => (Math.round(n * 10) / 10).toString();

/** One SVG element as data: its tag and attributes (numbers and class names only). */
const el = (tag, attrs) => ({ tag, attrs });

/** Elements as SVG markup (for node tests and previews; the page builds them with the DOM). */
function markup(nodes) {
  return nodes
    .map((n) => `<${n.tag}${Object.entries(n.attrs).map(([k, v]) => ` ${k}="${v}"`).join('')}/>`)
    .join('');
}
/** SVG coordinates: x as is, y flipped, the floor `VIEW.floorGap` above the bottom. */
function svgPoint(p, cx) {
  return `${f1(p[0] - cx + VIEW.width / 2)},${f1(VIEW.height - VIEW.floorGap - p[1])}`;
}

function limbPath(points, cx, width, cls) {
  return [el('polyline', { class: cls, points: points.map((p) => svgPoint(p, cx)).join(' '), 'stroke-width': width })];
}

function drawProps(props, cx, behind) {
  const out = [];
  const P = (p) => svgPoint(p, cx).split(',').map(Number);
  for (const prop of props) {
    const isFurniture = ['wall', 'desk', 'seat', 'chair', 'band'].includes(prop.kind);
    if (isFurniture !== behind) continue;
    switch (prop.kind) {
      case 'wall': {
        const [x] = P([prop.x, 0]);
        const w = 8;
        const left = prop.facing < 0 ? x - w : x;
        out.push(el('rect', { class: 'fig-wall', x: f1(left), y: 0, width: w, height: VIEW.height - VIEW.floorGap }));
        break;
      }
      case 'desk': {
        const [x, y] = P([prop.x, prop.top]);
        // The top reaches from just behind the hand to the far side, where its leg stands.
        const from = prop.facing > 0 ? x - 8 : x - 58;
        const legX = prop.facing > 0 ? from + 56 : from + 2;
        out.push(el('rect', { class: 'fig-furniture', x: f1(from), y: f1(y), width: 66, height: 5, rx: 1.5 }));
        out.push(el('rect', { class: 'fig-furniture', x: f1(legX), y: f1(y + 5), width: 6, height: f1(VIEW.height - VIEW.floorGap - y - 5) }));
        break;
      }
      case 'seat':
      case 'chair': {
        const [x, y] = P([prop.x, prop.top]);
        const floor = VIEW.height - VIEW.floorGap;
        out.push(el('rect', { class: 'fig-furniture', x: f1(x - 20), y: f1(y), width: 36, height: 5, rx: 1.5 }));
        out.push(el('rect', { class: 'fig-furniture', x: f1(x - 20), y: f1(y + 5), width: 4, height: f1(floor - y - 5) }));
        out.push(el('rect', { class: 'fig-furniture', x: f1(x + 12), y: f1(y + 5), width: 4, height: f1(floor - y - 5) }));
        out.push(el('rect', { class: 'fig-furniture', x: f1(x - 24), y: f1(y - 42), width: 4, height: 47, rx: 1.5 }));
        break;
      }
      case 'band': {
        const [x1, y1] = P(prop.from);
        const [x2, y2] = P(prop.to);
        out.push(el('line', { class: 'fig-band', x1: f1(x1), y1: f1(y1), x2: f1(x2), y2: f1(y2) }));
        out.push(el('circle', { class: 'fig-furniture', cx: f1(x2), cy: f1(y2), r: 3 }));
        break;
      }
      case 'ball':
      case 'peanut': {
        const [x, y] = P(prop.c);
        if (prop.kind === 'peanut') {
          out.push(el('circle', { class: 'fig-equipment', cx: f1(x - 3), cy: f1(y), r: prop.r }));
          out.push(el('circle', { class: 'fig-equipment', cx: f1(x + 3), cy: f1(y), r: prop.r }));
        } else {
          out.push(el('circle', { class: 'fig-equipment', cx: f1(x), cy: f1(y), r: prop.r }));
        }
        break;
      }
      case 'roller': {
        const [x, y] = P(prop.c);
        out.push(el('circle', { class: 'fig-equipment', cx: f1(x), cy: f1(y), r: prop.r }));
        out.push(el('circle', { class: 'fig-equipment-line', cx: f1(x), cy: f1(y), r: f1(prop.r * 0.45) }));
        break;
      }
      case 'cushion': {
        const [x, y] = P(prop.c);
        out.push(el('rect', { class: 'fig-equipment', x: f1(x - prop.w / 2), y: f1(y - prop.h / 2), width: prop.w, height: prop.h, rx: 3.5 }));
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** The highlighted region: a band of colour along the part of the body it names. */
function drawHighlight(b, region, cx) {
  if (!region) return [];
  const side = region.startsWith('right_') ? 'right' : 'left';
  const l = b[side];
  const t = b.torsoDir;
  const offset = (a, c, deg, by) => [add(a, dir(deg), by), add(c, dir(deg), by)];
  let seg = null;
  let width = 7;
  const torsoAt = (f) => mid(b.pelvis, b.shoulder, f);
  switch (region.replace(/^(left|right)_/, '')) {
    case 'glutes':
      seg = offset(torsoAt(-0.05), torsoAt(0.12), t + 90, 7);
      width = 12;
      break;
    case 'lower_back':
      seg = offset(torsoAt(0.2), torsoAt(0.5), t + 90, 8);
      break;
    case 'upper_back':
      seg = offset(torsoAt(0.55), torsoAt(0.9), t + 90, 8);
      break;
    case 'abs':
      seg = offset(torsoAt(0.15), torsoAt(0.55), t - 90, 8);
      break;
    case 'lats':
      seg = offset(torsoAt(0.5), torsoAt(0.85), t + 90, 4);
      width = 9;
      break;
    case 'hip_flexors':
      seg = offset(torsoAt(0.15), mid(l.hip, l.knee, 0.35), l.angles.thigh + 90, 4);
      break;
    case 'quads':
      seg = offset(mid(l.hip, l.knee, 0.2), mid(l.hip, l.knee, 0.9), l.angles.thigh + 90, 3.5);
      break;
    case 'hamstrings':
      seg = offset(mid(l.hip, l.knee, 0.2), mid(l.hip, l.knee, 0.9), l.angles.thigh - 90, 3.5);
      break;
    case 'adductors':
      seg = [mid(l.hip, l.knee, 0.25), mid(l.hip, l.knee, 0.85)];
      break;
    case 'calf':
      seg = offset(mid(l.knee, l.ankle, 0.15), mid(l.knee, l.ankle, 0.7), l.angles.shin - 90, 2.5);
      break;
    default:
      return [];
  }
  return limbPath(seg, cx, width, 'fig-highlight');
}

function drawLimbs(l, cx, cls) {
  return [
    ...limbPath([l.hip, l.knee, l.ankle], cx, WIDTH.thigh, `${cls} fig-leg`),
    ...limbPath([l.heel, l.toe], cx, WIDTH.foot, `${cls} fig-foot`),
  ];
}

function drawArm(l, cx, cls) {
  const [x, y] = svgPoint(l.hand, cx).split(',');
  return [
    ...limbPath([l.shoulder, l.elbow, l.hand], cx, WIDTH.upperArm, `${cls} fig-arm`),
    el('circle', { class: `${cls} fig-hand`, cx: x, cy: y, r: WIDTH.hand / 2 }),
  ];
}

/** The picture's viewBox. */
export const VIEWBOX = `0 0 ${VIEW.width} ${VIEW.height}`;

/**
 * The elements of a figure's picture at `phase` (0 to 1 of a repetition; ignored for one frame),
 * mirrored for the right side, back to front: floor, furniture, the far limbs, equipment, the
 * body, the near limbs, the highlight. `cx` centres the picture; give the same for every phase of
 * an animation (figureCentre) so that the floor and the furniture stay put. [] when the figure
 * cannot be drawn (figureProblem).
 */
export function figureShapes(figure, { phase = 0, mirror = false, cx } = {}) {
  if (figureProblem(figure)) return [];
  const pose = poseAt(figure.frames, phase);
  const { body: b, props } = scene(pose);
  const centre = Number.isFinite(cx) ? cx : figureCentre(figure);
  const [hx, hy] = svgPoint(b.head, centre).split(',');
  const [nx, ny] = svgPoint(add(b.head, dir(b.headDir - 90), LEN.head - 1), centre).split(',');
  const floor = VIEW.height - VIEW.floorGap;
  const neck = limbPath([b.neck, add(b.neck, dir(b.headDir), LEN.neck)], centre, WIDTH.neck, 'fig-body fig-neck');
  const head = el('circle', { class: 'fig-body fig-head', cx: hx, cy: hy, r: LEN.head });
  const shapes = b.front
    ? [
        // From the front: both sides at the same depth, the legs behind the arms.
        el('line', { class: 'fig-floor', x1: 0, y1: floor, x2: VIEW.width, y2: floor }),
        ...drawProps(props, centre, true),
        ...drawLimbs(b.right, centre, 'fig-far'),
        ...drawLimbs(b.left, centre, 'fig-near'),
        ...drawProps(props, centre, false),
        ...neck,
        ...limbPath([b.pelvis, b.shoulder], centre, WIDTH.torso + 8, 'fig-body fig-torso'),
        head,
        ...drawArm(b.right, centre, 'fig-far'),
        ...drawArm(b.left, centre, 'fig-near'),
        ...drawHighlight(b, figure.highlight, centre),
      ]
    : [
        el('line', { class: 'fig-floor', x1: 0, y1: floor, x2: VIEW.width, y2: floor }),
        ...drawProps(props, centre, true),
        ...drawArm(b.right, centre, 'fig-far'),
        ...drawLimbs(b.right, centre, 'fig-far'),
        ...drawProps(props, centre, false),
        ...neck,
        ...limbPath([b.pelvis, b.shoulder], centre, WIDTH.torso, 'fig-body fig-torso'),
        head,
        el('circle', { class: 'fig-body fig-nose', cx: nx, cy: ny, r: 2.6 }),
        ...drawLimbs(b.left, centre, 'fig-near'),
        ...drawArm(b.left, centre, 'fig-near'),
        ...drawHighlight(b, figure.highlight, centre),
      ];
  if (!mirror) return shapes;
  // Mirrored about the middle of the picture: the right side, facing left.
  return shapes.map((shape) => el(shape.tag, mirrored(shape.attrs)));
}

/** An element's attributes mirrored about the picture's vertical middle line. */
function mirrored(attrs) {
  const flip = (x) => f1(VIEW.width - Number(x));
  const out = { ...attrs };
  for (const key of ['cx', 'x1', 'x2']) if (key in out) out[key] = flip(out[key]);
  if ('x' in out) out.x = f1(VIEW.width - Number(out.x) - Number(out.width));
  if ('points' in out) {
    out.points = out.points
      .split(' ')
      .map((pair) => {
        const [x, y] = pair.split(',');
        return `${flip(x)},${y}`;
      })
      .join(' ');
  }
  return out;
}

/** The whole SVG markup of a figure (node tests and previews). */
export function figureSvg(figure, options = {}) {
  const shapes = figureShapes(figure, options);
  if (shapes.length === 0) return '';
  return `<svg class="figure" viewBox="${VIEWBOX}" xmlns="http://www.w3.org/2000/svg" role="img">${markup(shapes)}</svg>`;
}

/** The x the picture is centred on: the middle of the body over every frame. */
export function figureCentre(figure) {
  const frames = figure && Array.isArray(figure.frames) ? figure.frames : [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const frame of frames) {
    const { body: b } = scene(frame);
    const xs = [b.head[0], b.pelvis[0], b.shoulder[0]];
    for (const side of ['left', 'right']) {
      const l = b[side];
      xs.push(l.hand[0], l.knee[0], l.ankle[0], l.toe[0], l.heel[0], l.elbow[0]);
    }
    lo = Math.min(lo, ...xs);
    hi = Math.max(hi, ...xs);
  }
  return Number.isFinite(lo) ? (lo + hi) / 2 : 0;
}

/** A figure for a step: its own, or the position's plain pose, marked as a placeholder. */
export function stepFigure(step) {
  if (step && step.figure && !figureProblem(step.figure)) return { figure: step.figure, placeholder: false };
  const pose = POSITION_POSES[step && step.position] || POSITION_POSES.standing;
  return { figure: { frames: [pose], highlight: null }, placeholder: true };
}
