//! Where the person is (at the desk or at home), with what, and which routines fit there.
//!
//! A routine fits a place when its plan, filtered for the place (no floor or kneeling work at the
//! desk; only the equipment at hand), keeps at least one exercise of each of its phases and still
//! takes [`FIT_MIN_S`] or more. A break plays the chosen routine when it fits, and otherwise the
//! next one in the library's order that does: never an empty or one-step plan.

use std::fmt;

use serde::Serialize;

use crate::plan::{Plan, PlanOptions};
use crate::routine::{Equipment, Library, Named, PhaseKind, Routine};

/// The shortest a fitting plan is.
pub const FIT_MIN_S: u32 = 90;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Place {
    /// At work: standing and seated moves only.
    #[default]
    Desk,
    /// The floor is fine.
    Home,
}

impl Named for Place {
    const NAMES: &'static [(&'static str, Self)] = &[("desk", Self::Desk), ("home", Self::Home)];
}

impl Place {
    /// "At the desk", "At home".
    pub fn at(self) -> String {
        match self {
            Place::Desk => crate::t!("place-at-desk"),
            Place::Home => crate::t!("place-at-home"),
        }
    }

    /// The tray's and the settings window's word: "Desk", "Home".
    pub fn label(self) -> String {
        match self {
            Place::Desk => crate::t!("place-desk"),
            Place::Home => crate::t!("place-home"),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where the person is and the equipment they have there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Where {
    pub place: Place,
    pub equipment: Vec<Equipment>,
}

/// Why a routine does not fit a place: what it needs that the place does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misfit {
    pub floor: bool,
    pub equipment: Vec<Equipment>,
}

impl fmt::Display for Misfit {
    /// "needs the floor and a ball", "too little fits here".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut needs: Vec<String> = Vec::new();
        if self.floor {
            needs.push(crate::t!("misfit-floor"));
        }
        needs.extend(self.equipment.iter().map(|e| e.short()));
        f.write_str(&match crate::words::and_list(&needs) {
            None => crate::t!("misfit-little"),
            Some(what) => crate::t!("misfit-needs", what = what),
        })
    }
}

impl Where {
    /// The plan filters for this place.
    pub fn options(&self) -> PlanOptions {
        PlanOptions { have: Some(self.equipment.clone()), no_floor: self.place == Place::Desk, max_s: None }
    }

    /// The routine's plan here, when the routine fits; otherwise what it needs that is not here.
    pub fn fit(&self, routine: &Routine) -> Result<Plan, Misfit> {
        let misfit = || {
            let mut misfit = Misfit { floor: false, equipment: Vec::new() };
            for (_, ex) in routine.exercises() {
                misfit.floor |= self.place == Place::Desk && ex.position.is_floor();
                for e in &ex.equipment {
                    if !self.equipment.contains(e) && !misfit.equipment.contains(e) {
                        misfit.equipment.push(*e);
                    }
                }
            }
            misfit.equipment.sort();
            misfit
        };
        let Ok(plan) = Plan::build(routine, &self.options()) else { return Err(misfit()) };
        let mut phases: Vec<PhaseKind> = Vec::new();
        for phase in routine.phases.iter().map(|p| p.kind) {
            if !phases.contains(&phase) {
                phases.push(phase);
            }
        }
        if plan.phases != phases || plan.total_s < FIT_MIN_S || plan.work_steps() < 2 {
            return Err(misfit());
        }
        Ok(plan)
    }

    pub fn fits(&self, routine: &Routine) -> bool {
        self.fit(routine).is_ok()
    }

    /// The plan a break plays here: the routine filtered for the place when it fits (its short
    /// version when `short`), the whole routine when it does not (someone chose it knowingly).
    /// `None`: `short` was asked of a routine too short to have a short version.
    pub fn plan(&self, routine: &Routine, short: bool) -> Option<Plan> {
        match (self.fit(routine), short) {
            (Ok(plan), false) => Some(plan),
            (Ok(_), true) => Plan::short_with(routine, &self.options()),
            (Err(_), false) => Some(Plan::new(routine)),
            (Err(_), true) => Plan::short(routine),
        }
    }
}

/// The routine a break plays, and the one it stands in for.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick<'l> {
    pub routine: &'l Routine,
    /// The chosen routine, when it does not fit here and `routine` is played instead.
    pub instead_of: Option<&'l Routine>,
}

impl Pick<'_> {
    /// The line the break window shows when the chosen routine was replaced: "At the desk: Desk
    /// reset instead of Anti-desk reset".
    pub fn why(&self, place: Place) -> Option<String> {
        self.instead_of.map(|chosen| {
            crate::t!(
                "place-instead",
                at = place.at(),
                routine = self.routine.title.as_str(),
                chosen = chosen.title.as_str()
            )
        })
    }
}

/// The routine with id `wanted` when it fits `at`, else the next one in the library's order that
/// does (from `wanted` on, round to the start). When none fits, `wanted` itself (or the first
/// routine, should `wanted` not be in the library).
pub fn pick<'l>(library: &'l Library, wanted: &str, at: &Where) -> Pick<'l> {
    let entries = library.entries();
    let start = entries.iter().position(|e| e.routine.id == wanted);
    let chosen = &entries[start.unwrap_or(0)].routine;
    let fitting = (0..entries.len())
        .map(|i| &entries[(start.unwrap_or(0) + i) % entries.len()].routine)
        .find(|r| at.fits(r));
    match fitting {
        Some(r) if r.id == chosen.id => Pick { routine: r, instead_of: None },
        Some(r) => Pick { routine: r, instead_of: Some(chosen) },
        None => Pick { routine: chosen, instead_of: None },
    }
}

/// For routines in turn: the first routine after `after`, in the library's order and round to
/// the start, that fits `at`; `after` itself when no other does.
pub fn next_in_turn<'l>(library: &'l Library, after: &str, at: &Where) -> &'l Routine {
    let entries = library.entries();
    let start = entries.iter().position(|e| e.routine.id == after).map_or(0, |i| i + 1);
    let next_id = &entries[start % entries.len()].routine.id;
    pick(library, next_id, at).routine
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::{parse, Position};

    const DESK: Where = Where { place: Place::Desk, equipment: Vec::new() };

    fn home(equipment: &[Equipment]) -> Where {
        Where { place: Place::Home, equipment: equipment.to_vec() }
    }

    /// A routine from its phases' TOML.
    fn routine(id: &str, equipment: &str, phases: &str) -> Routine {
        let text = format!(
            "id = \"{id}\"\ntitle = \"{id}\"\nsummary = \"s\"\nequipment = [{equipment}]\n[source]\n\
             title = \"a\"\nauthor = \"b\"\n{phases}"
        );
        parse(&text, "t.toml").unwrap_or_else(|e| panic!("{}", e[0])).routine
    }

    fn exercise(name: &str, position: &str, equipment: &str, hold: u32) -> String {
        format!(
            "[[phases.exercises]]\nname = \"{name}\"\ntargets = [\"t\"]\nposition = \"{position}\"\n\
             equipment = [{equipment}]\nhold = {hold}\ncues = [\"c\"]\n"
        )
    }

    #[test]
    fn a_routine_fits_when_every_phase_keeps_an_exercise_and_it_lasts_ninety_seconds() {
        let standing = routine(
            "standing",
            "",
            &format!(
                "[[phases]]\nkind = \"stretch\"\n{}{}",
                exercise("a", "standing", "", 45),
                exercise("b", "seated", "", 45)
            ),
        );
        assert!(DESK.fits(&standing) && home(&[]).fits(&standing));

        // One of the two phases is all floor work: at the desk it would be lost.
        let mixed = routine(
            "mixed",
            "",
            &format!(
                "[[phases]]\nkind = \"stretch\"\n{}{}[[phases]]\nkind = \"activate\"\n{}",
                exercise("a", "standing", "", 60),
                exercise("b", "standing", "", 60),
                exercise("bridge", "floor", "", 30)
            ),
        );
        assert_eq!(DESK.fit(&mixed).unwrap_err(), Misfit { floor: true, equipment: vec![] });
        assert_eq!(DESK.fit(&mixed).unwrap_err().to_string(), "needs the floor");
        assert!(home(&[]).fits(&mixed));

        // What is left at the desk is too short: 60 s.
        let short = routine(
            "short",
            "\"ball\"",
            &format!(
                "[[phases]]\nkind = \"release\"\n{}{}{}",
                exercise("a", "standing", "", 30),
                exercise("b", "standing", "", 30),
                exercise("ball", "floor", "\"ball\"", 60)
            ),
        );
        let misfit = DESK.fit(&short).unwrap_err();
        assert_eq!(misfit.to_string(), "needs the floor and a ball");
        assert!(home(&[Equipment::Ball]).fits(&short));
        assert_eq!(home(&[]).fit(&short).unwrap_err().to_string(), "needs a ball");

        // A single step is never a break, however long.
        let one = routine(
            "one",
            "",
            &format!("[[phases]]\nkind = \"stretch\"\n{}", exercise("a", "standing", "", 120)),
        );
        assert!(!DESK.fits(&one));
    }

    #[test]
    fn the_plan_here_leaves_out_what_the_place_cannot_do_unless_nothing_fits() {
        let library = Library::builtin();
        let anti_desk = &library.get("anti-desk").unwrap().routine;
        // At home with a ball and a cushion, anti-desk is played as written.
        let plan = home(&[Equipment::Ball, Equipment::Cushion]).plan(anti_desk, false).unwrap();
        assert_eq!(plan, Plan::new(anti_desk));
        // At the desk it does not fit: someone who picks it anyway gets all of it.
        assert_eq!(DESK.plan(anti_desk, false).unwrap(), Plan::new(anti_desk));
        for entry in library.entries() {
            if let Ok(plan) = DESK.fit(&entry.routine) {
                assert!(plan
                    .steps
                    .iter()
                    .all(|s| matches!(s.position, Position::Standing | Position::Seated)));
                assert!(plan.routine.equipment.is_empty(), "{}", entry.routine.id);
                assert!(plan.total_s >= FIT_MIN_S && plan.work_steps() >= 2);
            }
        }
    }

    #[test]
    fn a_break_plays_the_chosen_routine_or_the_next_that_fits() {
        let library = Library::builtin();
        let at_home = home(&[Equipment::Ball, Equipment::Cushion]);
        let pick = pick(&library, "anti-desk", &at_home);
        assert_eq!((pick.routine.id.as_str(), pick.instead_of), ("anti-desk", None));
        assert_eq!(pick.why(Place::Home), None);

        let at_desk = super::pick(&library, "anti-desk", &DESK);
        assert!(DESK.fits(at_desk.routine), "{}", at_desk.routine.id);
        assert_eq!(at_desk.instead_of.map(|r| r.id.as_str()), Some("anti-desk"));
        assert_eq!(
            at_desk.why(Place::Desk).unwrap(),
            format!("At the desk: {} instead of Anti-desk reset", at_desk.routine.title)
        );
        // In the routines' and the person's language.
        let german = crate::lang::tests::speaking("de", || {
            let library = Library::load(None).0;
            super::pick(&library, "anti-desk", &DESK).why(Place::Desk).unwrap()
        });
        assert_eq!(german, "Am Schreibtisch: Reset am Schreibtisch statt Anti-Schreibtisch-Reset");
        // The desk routine after anti-desk in the library's order.
        let first_fitting = library.entries().iter().find(|e| DESK.fits(&e.routine)).unwrap();
        assert_eq!(at_desk.routine.id, first_fitting.routine.id);
    }

    #[test]
    fn routines_in_turn_take_only_what_fits_and_come_round_again() {
        let library = Library::builtin();
        let fitting: Vec<&str> = library
            .entries()
            .iter()
            .filter(|e| DESK.fits(&e.routine))
            .map(|e| e.routine.id.as_str())
            .collect();
        assert!(fitting.len() >= 4, "{fitting:?}");
        let mut id = "anti-desk".to_string();
        let mut seen = Vec::new();
        for _ in 0..fitting.len() * 2 {
            id = next_in_turn(&library, &id, &DESK).id.clone();
            seen.push(id.clone());
        }
        assert_eq!(seen[..fitting.len()], fitting[..], "each fitting routine once, in order");
        assert_eq!(seen[fitting.len()..], fitting[..], "then round again");
    }
}
