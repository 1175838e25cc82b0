//! The plan: a routine expanded into the exact sequence of steps the session window plays.
//!
//! Per-side exercises become Left then Right with a "switch sides" step between; sets get their
//! rests; reps get their tempo. The total is the sum of the steps, never written by hand.

use serde::Serialize;

use crate::routine::{Dose, PhaseKind, Position, Routine, Source, SAFETY};

/// Seconds given to change sides.
pub const SWITCH_SIDES_S: u32 = 5;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub routine: RoutineInfo,
    pub safety: &'static str,
    pub total_s: u32,
    pub phases: Vec<PhaseKind>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoutineInfo {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub equipment: Vec<String>,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    Right,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StepKind {
    Hold,
    Reps,
    Rest,
    Switch,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub index: usize,
    pub phase: PhaseKind,
    pub exercise: String,
    pub targets: Vec<String>,
    pub position: Position,
    pub side: Option<Side>,
    pub kind: StepKind,
    /// The duration; for reps, the suggested one (count × tempo).
    pub seconds: u32,
    pub reps: Option<u32>,
    pub tempo_s: Option<u32>,
    pub set: u32,
    pub sets: u32,
    pub cues: Vec<String>,
    pub mistake: Option<String>,
    pub optional: bool,
    /// The exercise that comes after this step's exercise, if any.
    pub next_up: Option<String>,
    pub starts_at_s: u32,
}

impl Step {
    /// Work steps are the ones a person does; switches and rests are transitions.
    pub fn is_work(&self) -> bool {
        matches!(self.kind, StepKind::Hold | StepKind::Reps)
    }
}

impl Plan {
    pub fn new(routine: &Routine) -> Plan {
        let mut steps: Vec<Step> = Vec::new();
        let exercises: Vec<_> = routine.exercises().collect();
        for (i, &(phase, ex)) in exercises.iter().enumerate() {
            let next_up = exercises.get(i + 1).map(|(_, e)| e.name.clone());
            let (kind, seconds, reps, tempo_s) = match ex.dose() {
                Dose::Hold { seconds } => (StepKind::Hold, seconds, None, None),
                Dose::Reps { count, tempo } => (StepKind::Reps, count * tempo, Some(count), Some(tempo)),
            };
            let sides: &[Option<Side>] =
                if ex.per_side { &[Some(Side::Left), Some(Side::Right)] } else { &[None] };
            let base = Step {
                index: 0,
                phase,
                exercise: ex.name.clone(),
                targets: ex.targets.clone(),
                position: ex.position,
                side: None,
                kind,
                seconds,
                reps,
                tempo_s,
                set: 1,
                sets: ex.sets,
                cues: ex.cues.clone(),
                mistake: ex.mistake.clone(),
                optional: ex.optional,
                next_up,
                starts_at_s: 0,
            };
            for set in 1..=ex.sets {
                for (s, &side) in sides.iter().enumerate() {
                    if s > 0 {
                        steps.push(Step {
                            side,
                            kind: StepKind::Switch,
                            seconds: SWITCH_SIDES_S,
                            reps: None,
                            tempo_s: None,
                            set,
                            ..base.clone()
                        });
                    }
                    steps.push(Step { side, set, ..base.clone() });
                }
                if set < ex.sets && ex.rest > 0 {
                    steps.push(Step {
                        side: None,
                        kind: StepKind::Rest,
                        seconds: ex.rest,
                        reps: None,
                        tempo_s: None,
                        set,
                        ..base.clone()
                    });
                }
            }
        }
        let mut t = 0;
        for (index, step) in steps.iter_mut().enumerate() {
            step.index = index;
            step.starts_at_s = t;
            t += step.seconds;
        }
        let mut phases: Vec<PhaseKind> = Vec::new();
        for p in &routine.phases {
            if !p.exercises.is_empty() && !phases.contains(&p.kind) {
                phases.push(p.kind);
            }
        }
        Plan {
            routine: RoutineInfo {
                id: routine.id.clone(),
                title: routine.title.clone(),
                summary: routine.summary.clone(),
                equipment: routine.equipment.clone(),
                source: routine.source.clone(),
            },
            safety: SAFETY,
            total_s: t,
            phases,
            steps,
        }
    }

    /// Number of work steps (holds and reps), the denominator of "steps completed".
    pub fn work_steps(&self) -> usize {
        self.steps.iter().filter(|s| s.is_work()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine;

    fn anti_desk() -> Plan {
        Plan::new(&routine::find(routine::DEFAULT_ID).unwrap())
    }

    #[test]
    fn anti_desk_takes_about_five_minutes() {
        let plan = anti_desk();
        // The article promises five minutes; hold the plan to within ±20 %.
        assert!((240..=360).contains(&plan.total_s), "total {} s", plan.total_s);
        assert_eq!(plan.total_s, plan.steps.iter().map(|s| s.seconds).sum::<u32>());
    }

    #[test]
    fn per_side_exercise_is_left_switch_right() {
        let plan = anti_desk();
        let stretch: Vec<_> =
            plan.steps.iter().filter(|s| s.exercise == "Kneeling hip flexor stretch").collect();
        let shape: Vec<_> = stretch.iter().map(|s| (s.kind, s.side)).collect();
        assert_eq!(
            shape,
            [
                (StepKind::Hold, Some(Side::Left)),
                (StepKind::Switch, Some(Side::Right)),
                (StepKind::Hold, Some(Side::Right)),
            ]
        );
        assert_eq!(stretch[0].seconds, 30);
    }

    #[test]
    fn steps_are_numbered_and_timed_in_order() {
        let plan = anti_desk();
        for (i, pair) in plan.steps.windows(2).enumerate() {
            assert_eq!(pair[0].index, i);
            assert_eq!(pair[1].starts_at_s, pair[0].starts_at_s + pair[0].seconds);
        }
        assert_eq!(plan.phases, [PhaseKind::Release, PhaseKind::Stretch, PhaseKind::Activate]);
    }
}
