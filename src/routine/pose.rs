//! Poses: how an exercise looks, as data. A pose sets a side-view figure's joints by angle and
//! places props around it; the break window draws it (`ui/js/figure.js`).
//!
//! The figure faces forward (right on screen), its left side nearest. Angles are degrees:
//!
//! - `torso`: where the torso points, pelvis to neck. 90 is upright; 0 points forward (lying
//!   face down with the head forward, or a plank); 180 points back (lying on the back).
//! - `neck`: the head against the torso; positive tips it forward, chin down.
//! - `*_shoulder`: the upper arm against the torso. 0 hangs along it; 90 points forward; 180
//!   points past the head; negative reaches behind.
//! - `*_elbow`, `*_knee`: how far the joint bends, 0 straight.
//! - `*_hip`: the thigh against the torso. 0 continues the torso's line (standing); 90 points
//!   forward (sitting); negative reaches behind (the back leg of a lunge).
//! - `*_ankle`: the foot against the shin; 0 is a right angle, positive points the toes.
//!
//! A pose seen from the front (`view = "front"`) uses the same angles in the other plane: the
//! shoulders and hips open the limbs out to the side, the knees and elbows fold them back.
//!
//! The figure rests on the floor at its lowest point, props included (a ball under the hip lifts
//! the hip), or on a chair (`support = "chair"`), with its feet on the floor.

use serde::{Deserialize, Serialize};

use super::Named;

/// At most this many keyframes.
pub const FRAMES: (usize, usize) = (2, 4);
/// At most this many props in a pose.
pub const PROPS: usize = 6;

/// Every angle of a pose, with its range in degrees, in the order the documentation lists them.
pub const ANGLES: &[(&str, (i32, i32))] = &[
    ("torso", (-180, 180)),
    ("neck", (-60, 60)),
    ("left_shoulder", (-90, 190)),
    ("right_shoulder", (-90, 190)),
    ("left_elbow", (0, 160)),
    ("right_elbow", (0, 160)),
    ("left_hip", (-60, 160)),
    ("right_hip", (-60, 160)),
    ("left_knee", (0, 165)),
    ("right_knee", (0, 165)),
    ("left_ankle", (-40, 70)),
    ("right_ankle", (-40, 70)),
];

fn upright() -> i32 {
    90
}

/// One pose of the figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pose {
    /// Where the torso points, pelvis to neck: 90 upright, 0 forward, 180 back (default 90).
    #[serde(default = "upright")]
    #[cfg_attr(test, schemars(range(min = -180, max = 180)))]
    pub torso: i32,
    /// The head against the torso; positive tips it forward (default 0).
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = -60, max = 60)))]
    pub neck: i32,
    /// The upper arm against the torso: 0 along it, 90 forward, 180 past the head.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = -90, max = 190)))]
    pub left_shoulder: i32,
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = -90, max = 190)))]
    pub right_shoulder: i32,
    /// How far the elbow bends, 0 straight.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = 0, max = 160)))]
    pub left_elbow: i32,
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = 0, max = 160)))]
    pub right_elbow: i32,
    /// The thigh against the torso: 0 in line (standing), 90 forward (sitting), negative behind.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = -60, max = 160)))]
    pub left_hip: i32,
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = -60, max = 160)))]
    pub right_hip: i32,
    /// How far the knee bends, 0 straight.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = 0, max = 165)))]
    pub left_knee: i32,
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = 0, max = 165)))]
    pub right_knee: i32,
    /// The foot against the shin: 0 a right angle, positive points the toes.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = -40, max = 70)))]
    pub left_ankle: i32,
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = -40, max = 70)))]
    pub right_ankle: i32,
    /// Seen from the side (the default) or from the front.
    #[serde(default)]
    pub view: View,
    /// What the body rests on (default the floor).
    #[serde(default)]
    pub support: Support,
    /// Things in the scene: furniture, and the equipment where it touches the body.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(max = PROPS)))]
    pub props: Vec<Prop>,
}

impl Pose {
    /// The angle called `name` (one of [`ANGLES`]).
    pub fn angle(&self, name: &str) -> i32 {
        match name {
            "torso" => self.torso,
            "neck" => self.neck,
            "left_shoulder" => self.left_shoulder,
            "right_shoulder" => self.right_shoulder,
            "left_elbow" => self.left_elbow,
            "right_elbow" => self.right_elbow,
            "left_hip" => self.left_hip,
            "right_hip" => self.right_hip,
            "left_knee" => self.left_knee,
            "right_knee" => self.right_knee,
            "left_ankle" => self.left_ankle,
            "right_ankle" => self.right_ankle,
            other => unreachable!("`{other}` is not in ANGLES"),
        }
    }

    /// Sets the angle called `name` (one of [`ANGLES`]).
    pub fn set_angle(&mut self, name: &str, degrees: i32) {
        let slot = match name {
            "torso" => &mut self.torso,
            "neck" => &mut self.neck,
            "left_shoulder" => &mut self.left_shoulder,
            "right_shoulder" => &mut self.right_shoulder,
            "left_elbow" => &mut self.left_elbow,
            "right_elbow" => &mut self.right_elbow,
            "left_hip" => &mut self.left_hip,
            "right_hip" => &mut self.right_hip,
            "left_knee" => &mut self.left_knee,
            "right_knee" => &mut self.right_knee,
            "left_ankle" => &mut self.left_ankle,
            "right_ankle" => &mut self.right_ankle,
            other => unreachable!("`{other}` is not in ANGLES"),
        };
        *slot = degrees;
    }
}

impl Default for Pose {
    /// Standing, arms down.
    fn default() -> Pose {
        Pose {
            torso: upright(),
            neck: 0,
            left_shoulder: 0,
            right_shoulder: 0,
            left_elbow: 0,
            right_elbow: 0,
            left_hip: 0,
            right_hip: 0,
            left_knee: 0,
            right_knee: 0,
            left_ankle: 0,
            right_ankle: 0,
            view: View::Side,
            support: Support::Floor,
            props: Vec::new(),
        }
    }
}

/// Where the figure is seen from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// From its left: forward and back show (bending, lunges, bridges).
    #[default]
    Side,
    /// From the front, its left on the right of the picture: out to the side shows (side bends,
    /// a leg lifted out, lying on one side). Shoulders and hips then open the limb out to the
    /// side, and a knee or elbow bends back towards the middle.
    Front,
}

impl Named for View {
    const NAMES: &'static [(&'static str, Self)] = &[("side", Self::Side), ("front", Self::Front)];
}

/// What the body rests on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Support {
    /// Its lowest point is on the floor.
    #[default]
    Floor,
    /// The pelvis on a chair's seat, the feet on the floor.
    Chair,
}

impl Named for Support {
    const NAMES: &'static [(&'static str, Self)] = &[("floor", Self::Floor), ("chair", Self::Chair)];
}

/// A thing in the scene, touching the body at a point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Prop {
    pub kind: PropKind,
    /// The point of the body it touches.
    pub at: Point,
    /// Which way from that point it is (default below).
    #[serde(default)]
    pub side: Direction,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PropKind {
    /// A wall, upright, touching the body.
    Wall,
    /// A desk whose top is at the point (a hand resting on it).
    Desk,
    /// A chair's seat or its back at the point.
    Chair,
    Ball,
    Peanut,
    FoamRoller,
    /// A band from the point to an anchor.
    Band,
    Cushion,
}

impl Named for PropKind {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("wall", Self::Wall),
        ("desk", Self::Desk),
        ("chair", Self::Chair),
        ("ball", Self::Ball),
        ("peanut", Self::Peanut),
        ("foam-roller", Self::FoamRoller),
        ("band", Self::Band),
        ("cushion", Self::Cushion),
    ];
}

/// Which way from its point a prop is, on screen before mirroring: below is towards the floor,
/// front is the way the figure faces.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Below,
    Above,
    Front,
    Behind,
}

impl Named for Direction {
    const NAMES: &'static [(&'static str, Self)] =
        &[("below", Self::Below), ("above", Self::Above), ("front", Self::Front), ("behind", Self::Behind)];
}

/// An enum whose values are written as words: the type, its `Named` words, serde's reading.
macro_rules! words {
    ($(#[$doc:meta])* $type:ident { $($name:literal => $variant:ident),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(test, derive(schemars::JsonSchema))]
        pub enum $type {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl Named for $type {
            const NAMES: &'static [(&'static str, Self)] = &[$(($name, Self::$variant)),*];
        }
    };
}

words! {
    /// A point of the body a prop can touch.
    Point {
        "head" => Head,
        "neck" => Neck,
        "upper_back" => UpperBack,
        "lower_back" => LowerBack,
        "pelvis" => Pelvis,
        "left_upper_arm" => LeftUpperArm,
        "right_upper_arm" => RightUpperArm,
        "left_elbow" => LeftElbow,
        "right_elbow" => RightElbow,
        "left_hand" => LeftHand,
        "right_hand" => RightHand,
        "left_thigh" => LeftThigh,
        "right_thigh" => RightThigh,
        "left_knee" => LeftKnee,
        "right_knee" => RightKnee,
        "left_shin" => LeftShin,
        "right_shin" => RightShin,
        "left_foot" => LeftFoot,
        "right_foot" => RightFoot,
    }
}

words! {
    /// A muscle region the figure can highlight.
    Region {
        "glutes" => Glutes,
        "lower_back" => LowerBack,
        "upper_back" => UpperBack,
        "abs" => Abs,
        "lats" => Lats,
        "left_hip_flexors" => LeftHipFlexors,
        "right_hip_flexors" => RightHipFlexors,
        "left_quads" => LeftQuads,
        "right_quads" => RightQuads,
        "left_hamstrings" => LeftHamstrings,
        "right_hamstrings" => RightHamstrings,
        "left_adductors" => LeftAdductors,
        "right_adductors" => RightAdductors,
        "left_calf" => LeftCalf,
        "right_calf" => RightCalf,
    }
}

/// How an exercise looks: one pose, or 2 to 4 keyframes played in turn at the exercise's tempo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub frames: Vec<Pose>,
    pub highlight: Option<Region>,
}
