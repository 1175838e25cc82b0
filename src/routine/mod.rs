//! Routines: the model, the TOML format with located errors, and the library of built-in and user
//! routines.
//!
//! A routine is data, written by people. [`parse`] reads one file and returns the routine or every
//! mistake in it, each with file, line and column and the expected form. [`Library`] gathers the
//! built-ins compiled into the binary and the user's own files, which add to them or override them.
//!
//! The types derive `Deserialize` too: that derive is the reference reading of the format, the
//! JSON Schema (`routines/schema.json`) is generated from it, and a test holds the hand-written
//! reader in `parse` to the same answers.

mod library;
mod parse;
pub mod pose;
#[cfg(test)]
mod tests;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use library::{check, Entry, Library, Origin};
pub use parse::{nearest, parse, parse_bytes, translate, Parsed};

/// The routine used when none is chosen.
pub const DEFAULT_ID: &str = "anti-desk";

/// The articles' safety advice in one line, shown on the overview until it is acknowledged.
pub fn safety() -> String {
    crate::t!("safety")
}

/// The full safety advice, behind the overview's "Safety" link at all times.
pub fn safety_full() -> Vec<String> {
    ["safety-full-1", "safety-full-2", "safety-full-3", "safety-full-4", "safety-full-5"]
        .into_iter()
        .map(|id| crate::lang::say(id, None))
        .collect()
}

/// Limits of the format. The reader enforces them and the schema states them.
pub mod limits {
    /// Largest routine file, in bytes.
    pub const FILE_BYTES: usize = 256 * 1024;
    pub const EXERCISES: usize = 60;
    pub const PHASES: usize = 10;
    pub const ID_CHARS: usize = 40;
    pub const TITLE_CHARS: usize = 60;
    pub const SUMMARY_CHARS: usize = 300;
    pub const SOURCE_TITLE_CHARS: usize = 160;
    pub const AUTHOR_CHARS: usize = 80;
    pub const NAME_CHARS: usize = 60;
    pub const TARGETS: usize = 6;
    pub const TARGET_CHARS: usize = 40;
    pub const CUES: usize = 4;
    /// A cue is read while moving: one short line.
    pub const CUE_CHARS: usize = 100;
    pub const MISTAKE_CHARS: usize = 200;
    pub const CAUTION_CHARS: usize = 200;
    /// The text of an easier or harder version.
    pub const VARIANT_CHARS: usize = 120;
    pub const SIDE_CHARS: usize = 40;
    pub const HOLD_S: (u32, u32) = (5, 600);
    pub const REPS: (u32, u32) = (1, 100);
    pub const TEMPO_S: (u32, u32) = (1, 20);
    pub const SETS: (u32, u32) = (1, 10);
    pub const REST_S: (u32, u32) = (5, 300);
    pub const SWITCH_SIDES_S: (u32, u32) = (3, 30);
}

/// A routine: a short sequence of exercises in phases, from one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Routine {
    /// Unique id: lowercase letters, digits and dashes, starting with a letter (`unsit break ID`).
    #[cfg_attr(test, schemars(regex(pattern = r"^[a-z][a-z0-9-]{0,39}$")))]
    pub id: String,
    /// The name people see.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TITLE_CHARS)))]
    pub title: String,
    /// One or two sentences on what the routine does.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::SUMMARY_CHARS)))]
    pub summary: String,
    /// The article the routine comes from.
    pub source: Source,
    /// Everything the exercises need: exactly the union of the exercises' `equipment`.
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    /// The phases in order, each with at least one exercise.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::PHASES)))]
    pub phases: Vec<Phase>,
}

/// The article a routine comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The article's title.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::SOURCE_TITLE_CHARS)))]
    pub title: String,
    /// Its author, or the publisher when no person is named.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::AUTHOR_CHARS)))]
    pub author: String,
}

/// A phase: release, stretch or activate, with its exercises.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub kind: PhaseKind,
    #[cfg_attr(test, schemars(length(min = 1, max = limits::EXERCISES)))]
    pub exercises: Vec<Exercise>,
}

/// A value written as one of a fixed set of words.
pub trait Named: Sized + Copy + PartialEq + 'static {
    /// Every value with its word, in the order the documentation lists them.
    const NAMES: &'static [(&'static str, Self)];

    fn name(self) -> &'static str {
        Self::NAMES.iter().find(|(_, v)| *v == self).map_or("", |(n, _)| n)
    }

    fn from_name(word: &str) -> Option<Self> {
        Self::NAMES.iter().find(|(n, _)| *n == word).map(|(_, v)| *v)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum PhaseKind {
    /// Loosen tight spots: ball and roller work.
    Release,
    /// Lengthen what sitting shortens.
    Stretch,
    /// Wake up the muscles sitting switches off.
    Activate,
}

impl Named for PhaseKind {
    const NAMES: &'static [(&'static str, Self)] =
        &[("release", Self::Release), ("stretch", Self::Stretch), ("activate", Self::Activate)];
}

impl fmt::Display for PhaseKind {
    /// "Release", in the person's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            PhaseKind::Release => crate::t!("phase-release"),
            PhaseKind::Stretch => crate::t!("phase-stretch"),
            PhaseKind::Activate => crate::t!("phase-activate"),
        })
    }
}

impl PhaseKind {
    /// The phase within a sentence: "release".
    pub fn inline(self) -> String {
        match self {
            PhaseKind::Release => crate::t!("phase-release.inline"),
            PhaseKind::Stretch => crate::t!("phase-stretch.inline"),
            PhaseKind::Activate => crate::t!("phase-activate.inline"),
        }
    }
}

/// Where the body is. "No floor" keeps only standing and seated exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Position {
    /// Lying or sitting on the floor.
    Floor,
    /// On one or both knees.
    Kneeling,
    Standing,
    /// On a chair.
    Seated,
}

impl Named for Position {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("floor", Self::Floor),
        ("kneeling", Self::Kneeling),
        ("standing", Self::Standing),
        ("seated", Self::Seated),
    ];
}

impl Position {
    /// Whether the exercise needs you down on the floor (lying, sitting or kneeling).
    pub fn is_floor(self) -> bool {
        matches!(self, Position::Floor | Position::Kneeling)
    }
}

/// Something an exercise needs. A chair and a wall are everywhere and are not listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Equipment {
    /// A massage ball: tennis, lacrosse or similar.
    Ball,
    /// Two balls taped together, to work either side of the spine.
    Peanut,
    FoamRoller,
    /// A resistance band and something to anchor it to.
    Band,
    /// A cushion, pillow or folded towel.
    Cushion,
}

impl Named for Equipment {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("ball", Self::Ball),
        ("peanut", Self::Peanut),
        ("foam-roller", Self::FoamRoller),
        ("band", Self::Band),
        ("cushion", Self::Cushion),
    ];
}

impl Equipment {
    /// In a short phrase: "a ball", "a foam roller".
    pub fn short(self) -> String {
        match self {
            Equipment::Ball => crate::t!("equipment-ball"),
            Equipment::Peanut => crate::t!("equipment-peanut"),
            Equipment::FoamRoller => crate::t!("equipment-foam-roller"),
            Equipment::Band => crate::t!("equipment-band"),
            Equipment::Cushion => crate::t!("equipment-cushion"),
        }
    }

    /// What people see.
    pub fn label(self) -> String {
        match self {
            Equipment::Ball => crate::t!("equipment-ball-long"),
            Equipment::Peanut => crate::t!("equipment-peanut-long"),
            Equipment::FoamRoller => crate::t!("equipment-foam-roller-long"),
            Equipment::Band => crate::t!("equipment-band-long"),
            Equipment::Cushion => crate::t!("equipment-cushion-long"),
        }
    }
}

/// One exercise and its dose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Unique within the routine.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::NAME_CHARS)))]
    pub name: String,
    /// The muscles it works.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::TARGETS)))]
    pub targets: Vec<String>,
    pub position: Position,
    /// What it needs; each item must be in the routine's `equipment`.
    #[serde(default)]
    pub equipment: Vec<Equipment>,
    /// Seconds to hold (or to work a spot): give `hold` or `reps`, not both.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = limits::HOLD_S.0, max = limits::HOLD_S.1)))]
    pub hold: Option<u32>,
    /// Repetitions: give `hold` or `reps`, not both.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = limits::REPS.0, max = limits::REPS.1)))]
    pub reps: Option<u32>,
    /// Seconds per repetition, with `reps` only (default 3).
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = limits::TEMPO_S.0, max = limits::TEMPO_S.1)))]
    pub tempo: Option<u32>,
    /// Done on the left, then the right, with a switch between.
    #[serde(default)]
    pub per_side: bool,
    /// Seconds to change sides, with `per_side` only (default 5).
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = limits::SWITCH_SIDES_S.0, max = limits::SWITCH_SIDES_S.1)))]
    pub switch_sides: Option<u32>,
    /// Number of sets (default 1).
    #[serde(default = "one")]
    #[cfg_attr(test, schemars(range(min = limits::SETS.0, max = limits::SETS.1)))]
    pub sets: u32,
    /// Seconds of rest between sets, with `sets` of 2 or more only.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = limits::REST_S.0, max = limits::REST_S.1)))]
    pub rest: Option<u32>,
    /// One to four short instructions.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::CUES)))]
    pub cues: Vec<String>,
    /// The common mistake and how to avoid it.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 1, max = limits::MISTAKE_CHARS)))]
    pub mistake: Option<String>,
    /// Not for everyone: shown as optional and left out first when time is short.
    #[serde(default)]
    pub optional: bool,
    /// Who should skip or change this exercise, shown on its card.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 1, max = limits::CAUTION_CHARS)))]
    pub caution: Option<String>,
    /// What "left" means for this exercise, with the word for left in it, in any language this
    /// build speaks ("left leg back", "linkes Bein hinten"); the right side reads the same with the
    /// word for right. With `per_side` only.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 1, max = limits::SIDE_CHARS)))]
    pub side: Option<String>,
    /// An easier version: for sore knees, a stiff back, a first try.
    #[serde(default)]
    pub easier: Option<Variant>,
    /// A harder version, for when this one has become easy.
    #[serde(default)]
    pub harder: Option<Variant>,
    /// How it looks, still: for a hold. Give `pose` or `frames`, not both.
    #[serde(default)]
    pub pose: Option<pose::Pose>,
    /// How it moves: 2 to 4 keyframes, played in turn once per repetition.
    #[serde(default)]
    #[cfg_attr(test, schemars(length(min = 2, max = 4)))]
    pub frames: Vec<pose::Pose>,
    /// The muscles to show in colour on the figure.
    #[serde(default)]
    pub highlight: Option<pose::Region>,
}

/// An easier or harder version of an exercise: what to do instead, and its own dose if it has
/// one (`hold` or `reps`, not both).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Variant {
    /// What to do differently, in one short line.
    #[cfg_attr(test, schemars(length(min = 1, max = limits::VARIANT_CHARS)))]
    pub text: String,
    /// Seconds to hold, when it differs from the exercise's.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = limits::HOLD_S.0, max = limits::HOLD_S.1)))]
    pub hold: Option<u32>,
    /// Repetitions, when they differ from the exercise's.
    #[serde(default)]
    #[cfg_attr(test, schemars(range(min = limits::REPS.0, max = limits::REPS.1)))]
    pub reps: Option<u32>,
}

fn one() -> u32 {
    1
}

/// Seconds per repetition when a file does not say.
pub const DEFAULT_TEMPO_S: u32 = 3;

/// Seconds to change sides when a file does not say.
pub const DEFAULT_SWITCH_SIDES_S: u32 = 5;

/// What an exercise asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dose {
    Hold { seconds: u32 },
    Reps { count: u32, tempo: u32 },
}

impl Exercise {
    pub fn dose(&self) -> Dose {
        match (self.hold, self.reps) {
            (Some(seconds), _) => Dose::Hold { seconds },
            (None, Some(count)) => Dose::Reps { count, tempo: self.tempo.unwrap_or(DEFAULT_TEMPO_S) },
            // The reader guarantees one of the two; a hold of the minimum is a safe reading.
            (None, None) => Dose::Hold { seconds: limits::HOLD_S.0 },
        }
    }

    pub fn switch_sides_s(&self) -> u32 {
        self.switch_sides.unwrap_or(DEFAULT_SWITCH_SIDES_S)
    }

    /// How it looks, if the file says.
    pub fn figure(&self) -> Option<pose::Figure> {
        let frames = match &self.pose {
            Some(pose) => vec![pose.clone()],
            None if self.frames.is_empty() => return None,
            None => self.frames.clone(),
        };
        Some(pose::Figure { frames, highlight: self.highlight })
    }
}

impl Routine {
    /// Every exercise, in order, with its phase.
    pub fn exercises(&self) -> impl Iterator<Item = (PhaseKind, &Exercise)> {
        self.phases.iter().flat_map(|p| p.exercises.iter().map(move |e| (p.kind, e)))
    }
}

/// A mistake in a routine file, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutineError {
    /// Where the text came from: a path, or `built-in:NAME`.
    pub origin: String,
    /// 1-based line and column, when the mistake has a place in the text.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for RoutineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.origin, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl std::error::Error for RoutineError {}

/// 1-based line and column of byte offset `at` in `text`; columns count characters.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
