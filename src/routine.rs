//! Routines: the TOML format, parsing with located errors, and the built-in set compiled into the binary.
//!
//! A routine is data, written by people. `Routine::from_toml` reads one file; errors name the origin,
//! the line and column, and what was expected.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The built-in routines, compiled in. The first one is the default.
const BUILTIN: &[(&str, &str)] = &[("routines/anti-desk.toml", include_str!("../routines/anti-desk.toml"))];

/// The routine used when none is chosen.
pub const DEFAULT_ID: &str = "anti-desk";

/// The articles' safety advice, shown once before a first session.
pub const SAFETY: &str = "Move gently and stop if anything hurts. See a doctor or physiotherapist \
for pain that stays, after an injury or a fall, or if you feel tingling or numbness.";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub source: Source,
    #[serde(default)]
    pub equipment: Vec<String>,
    pub phases: Vec<Phase>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub author: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub kind: PhaseKind,
    pub exercises: Vec<Exercise>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PhaseKind {
    Release,
    Stretch,
    Activate,
}

impl fmt::Display for PhaseKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PhaseKind::Release => "Release",
            PhaseKind::Stretch => "Stretch",
            PhaseKind::Activate => "Activate",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    Floor,
    Kneeling,
    Standing,
    Seated,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub name: String,
    pub targets: Vec<String>,
    pub position: Position,
    /// Seconds to hold, for a timed exercise.
    #[serde(default)]
    pub hold: Option<u32>,
    /// Repetitions, for a counted exercise.
    #[serde(default)]
    pub reps: Option<u32>,
    /// Seconds per repetition (the suggested tempo).
    #[serde(default)]
    pub tempo: Option<u32>,
    /// Done once on each side, left first.
    #[serde(default)]
    pub per_side: bool,
    #[serde(default = "one")]
    pub sets: u32,
    /// Seconds of rest between sets.
    #[serde(default)]
    pub rest: u32,
    pub cues: Vec<String>,
    #[serde(default)]
    pub mistake: Option<String>,
    /// Not for everyone: shown as optional.
    #[serde(default)]
    pub optional: bool,
}

fn one() -> u32 {
    1
}

/// What a routine's exercise asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dose {
    Hold { seconds: u32 },
    Reps { count: u32, tempo: u32 },
}

impl Exercise {
    pub fn dose(&self) -> Dose {
        match (self.hold, self.reps) {
            (Some(seconds), _) => Dose::Hold { seconds },
            (None, Some(count)) => Dose::Reps { count, tempo: self.tempo.unwrap_or(DEFAULT_TEMPO) },
            // Validation guarantees one of the two; a hold of the minimum is a safe reading.
            (None, None) => Dose::Hold { seconds: 5 },
        }
    }
}

/// Seconds per repetition when a file does not say.
pub const DEFAULT_TEMPO: u32 = 3;

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

/// 1-based line and column of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

impl Routine {
    /// Parses and validates one routine. `origin` names the text in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<Routine, RoutineError> {
        let routine: Routine = toml::from_str(text).map_err(|e| RoutineError {
            origin: origin.to_string(),
            at: e.span().map(|s| line_col(text, s.start)),
            message: e.message().trim_end().to_string(),
        })?;
        routine.validate().map_err(|message| RoutineError {
            origin: origin.to_string(),
            at: None,
            message,
        })?;
        Ok(routine)
    }

    fn validate(&self) -> Result<(), String> {
        if self.phases.iter().all(|p| p.exercises.is_empty()) {
            return Err("a routine needs at least one exercise".into());
        }
        for ex in self.phases.iter().flat_map(|p| &p.exercises) {
            match (ex.hold, ex.reps) {
                (Some(_), Some(_)) => {
                    return Err(format!("`{}` has both `hold` and `reps`; give one", ex.name))
                }
                (None, None) => {
                    return Err(format!("`{}` needs `hold = SECONDS` or `reps = COUNT`", ex.name))
                }
                _ => {}
            }
            if !(1..=4).contains(&ex.cues.len()) {
                return Err(format!("`{}` needs 1 to 4 cues, not {}", ex.name, ex.cues.len()));
            }
        }
        Ok(())
    }

    /// Every exercise, in order, with its phase.
    pub fn exercises(&self) -> impl Iterator<Item = (PhaseKind, &Exercise)> {
        self.phases.iter().flat_map(|p| p.exercises.iter().map(move |e| (p.kind, e)))
    }
}

/// The built-in routines. They are checked by the test suite, so a failure here is a build bug.
pub fn builtin() -> Vec<Routine> {
    BUILTIN
        .iter()
        .map(|(name, text)| {
            Routine::from_toml(text, &format!("built-in:{name}"))
                .unwrap_or_else(|e| panic!("built-in routine is invalid: {e}"))
        })
        .collect()
}

/// The routine with this id, among the built-ins.
pub fn find(id: &str) -> Option<Routine> {
    builtin().into_iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_parses() {
        let all = builtin();
        assert!(all.iter().any(|r| r.id == DEFAULT_ID));
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let err = Routine::from_toml("id = \"x\"\ntitle = \n", "mine.toml").unwrap_err();
        assert_eq!(err.origin, "mine.toml");
        assert_eq!(err.at, Some((2, 9)));
        assert!(err.to_string().starts_with("mine.toml:2:9: "), "{err}");
    }

    #[test]
    fn unknown_key_is_refused_where_it_stands() {
        let text = BUILTIN[0].1.replacen("summary =", "sumary =", 1);
        let err = Routine::from_toml(&text, "x.toml").unwrap_err();
        assert!(err.message.contains("unknown field `sumary`"), "{err}");
        let line = text.lines().position(|l| l.starts_with("sumary")).unwrap() + 1;
        assert_eq!(err.at, Some((line, 1)));
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        assert_eq!(line_col("é = 1\nab", 8), (2, 2));
        assert_eq!(line_col("abc", 0), (1, 1));
    }
}
