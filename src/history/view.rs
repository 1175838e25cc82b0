//! What the History window and `unsit history` show: a range of days read from the file, with
//! the streak and the routines done most. Read-only.

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::days::{self, Day, Done, Streak};
use super::{Event, Reader, StoreError};

/// The days shown, and what goes with them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Oldest first; the last is `last`.
    pub days: Vec<Day>,
    /// The routines of the breaks taken in those days, most done first (at most five).
    pub routines: Vec<Done>,
    pub streak: Streak,
    /// No event is recorded at all.
    pub empty: bool,
}

impl Summary {
    /// The `n` days ending on `last` with nothing in them.
    pub fn empty(last: NaiveDate, n: u32, goal: u32) -> Summary {
        Summary {
            days: days::days(&[], &[], days::first_of(last, n), last),
            streak: Streak { goal, ..Streak::default() },
            empty: true,
            ..Summary::default()
        }
    }
}

/// How many routines the window lists.
pub const TOP: usize = 5;

/// The `n` days ending on `last` (local), read from `reader`. A stretch of sitting still going at
/// the last event ends `now` unless that event is the resident quitting.
pub fn summarise(
    reader: &Reader,
    last: NaiveDate,
    n: u32,
    goal: u32,
    now: DateTime<FixedOffset>,
    label: impl Fn(&str) -> Option<String>,
) -> Result<Summary, StoreError> {
    let first = days::first_of(last, n);
    // From the day before, so that a stretch begun then is seen whole.
    let (entries, _) = reader.entries(first.pred_opt())?;
    let until = match entries.last() {
        Some(e) if e.event == Event::Quit => None,
        _ => Some(now),
    };
    let stretches = days::stretches(&entries, until);
    let shown: Vec<_> = entries.iter().filter(|e| e.at.date_naive() >= first).cloned().collect();
    Ok(Summary {
        days: days::days(&entries, &stretches, first, last),
        routines: days::routines(&shown, TOP, label),
        streak: days::streak(&reader.taken_per_day()?, last, goal),
        empty: reader.is_empty()?,
    })
}

/// [`summarise`] from the file at `path`; no file yet is an empty history.
pub fn summarise_file(
    path: &Path,
    last: NaiveDate,
    n: u32,
    goal: u32,
    now: DateTime<FixedOffset>,
    label: impl Fn(&str) -> Option<String>,
) -> Result<Summary, StoreError> {
    match Reader::open(path)? {
        Some(reader) => summarise(&reader, last, n, goal, now, label),
        None => Ok(Summary::empty(last, n, goal)),
    }
}

/// What the break window's done screen says: "3rd break today", and the streak with this break.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub line: String,
    pub streak: Option<String>,
}

/// The tally with one more break taken today than the file holds (the session just finished is
/// recorded when its window closes).
pub fn tally(taken: &[(NaiveDate, u32)], today: NaiveDate, goal: u32) -> Tally {
    let mut taken = taken.to_vec();
    match taken.iter_mut().find(|(d, _)| *d == today) {
        Some((_, n)) => *n += 1,
        None => taken.push((today, 1)),
    }
    let streak = days::streak(&taken, today, goal);
    Tally {
        line: crate::t!("tally-today", n = streak.today, ordinal = days::ordinal(streak.today)),
        streak: days::streak_words(&streak),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn the_done_screen_counts_the_break_just_taken() {
        let taken = [(day(26), 3), (day(27), 4), (day(28), 3), (day(29), 2)];
        assert_eq!(
            tally(&taken, day(29), 3),
            Tally {
                line: "3rd break today".into(),
                streak: Some("4 days in a row with 3 breaks or more".into())
            }
        );
        // Below the goal today: the streak so far (to yesterday) is still shown.
        assert_eq!(
            tally(&taken[..3], day(29), 3).streak.as_deref(),
            Some("3 days in a row with 3 breaks or more")
        );
        assert_eq!(tally(&[], day(29), 3), Tally { line: "1st break today".into(), streak: None });
        assert_eq!(tally(&[], day(29), 1).streak.as_deref(), Some("1 day with a break"));
    }
}
