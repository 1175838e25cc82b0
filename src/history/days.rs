//! What the history says, computed from its events: pure functions, no file and no clock.
//!
//! Sitting time is not stored; it follows from the events. A stretch of sitting begins when the
//! resident starts (within working hours), when a break ends (a session, or coming back from a
//! natural break), when reminders resume and when working hours begin. It ends when a break
//! begins (a session starts; for a natural break, when the person left), when reminders are
//! paused, when working hours end and when the resident quits. A skip is not a break: the
//! stretch goes on. Each stretch is split at local midnight, so that every day has its own.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration as Span, FixedOffset, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{Answer, Entry, Event};

/// A stretch of sitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stretch {
    pub from: DateTime<FixedOffset>,
    pub to: DateTime<FixedOffset>,
}

/// The stretches of sitting the events show, in order. One still going at the last event ends at
/// `until` when given (the resident is running: now), else at the last event.
pub fn stretches(entries: &[Entry], until: Option<DateTime<FixedOffset>>) -> Vec<Stretch> {
    let mut out = Vec::new();
    let mut since: Option<DateTime<FixedOffset>> = None;
    let mut last: Option<DateTime<FixedOffset>> = None;
    let close =
        |since: &mut Option<DateTime<FixedOffset>>, to: DateTime<FixedOffset>, out: &mut Vec<Stretch>| {
            if let Some(from) = since.take() {
                if to > from {
                    out.push(Stretch { from, to });
                }
            }
        };
    for entry in entries {
        let at = entry.at;
        match &entry.event {
            Event::Started { off_hours, .. } => {
                // One still open means the resident did not quit: it ended with the last event.
                if let Some(last) = last {
                    close(&mut since, last, &mut out);
                }
                since = (!off_hours).then_some(at);
            }
            Event::Quit | Event::Paused { .. } | Event::Hours { working: false } => {
                close(&mut since, at, &mut out)
            }
            Event::Resumed | Event::Hours { working: true } if since.is_none() => since = Some(at),
            Event::Answer { answer: Answer::Start, .. } => close(&mut since, at, &mut out),
            // A break window closed on its overview: the person is back in the chair.
            Event::Answer { answer: Answer::Skip, .. } if since.is_none() => since = Some(at),
            Event::Session { duration_s, .. } => {
                close(&mut since, at - secs(*duration_s), &mut out);
                since = Some(at);
            }
            Event::NaturalBreak { away_s } => {
                close(&mut since, at - secs(*away_s), &mut out);
                since = Some(at);
            }
            // A reminder says how long the person has sat: the start of a stretch the events
            // read so far did not show (the first day of a range).
            Event::Reminder { sat_for_s, .. } if since.is_none() => since = Some(at - secs(*sat_for_s)),
            _ => {}
        }
        last = Some(at);
    }
    if let Some(to) = until.or(last) {
        close(&mut since, to, &mut out);
    }
    out
}

fn secs(s: u64) -> Span {
    Span::seconds(i64::try_from(s).unwrap_or(i64::MAX / 1000))
}

/// `stretch` split at local midnight: (day, seconds) for each day it covers.
fn per_day(stretch: &Stretch) -> Vec<(NaiveDate, u64)> {
    let mut out = Vec::new();
    let mut from: NaiveDateTime = stretch.from.naive_local();
    let to = stretch.to.naive_local();
    while from < to {
        let midnight = from.date().succ_opt().map_or(to, |d| d.and_hms_opt(0, 0, 0).unwrap_or(to));
        let end = midnight.min(to);
        out.push((from.date(), (end - from).num_seconds().max(0) as u64));
        from = end;
    }
    out
}

/// One day's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    /// `2026-11-29`.
    pub date: String,
    /// `Sun`.
    pub weekday: String,
    /// Breaks taken: sessions that reached their first step.
    pub taken: u32,
    pub skipped: u32,
    pub snoozed: u32,
    /// Times away long enough to count as a break.
    pub natural: u32,
    /// Seconds spent in break sessions.
    pub moved_s: u64,
    /// The longest stretch of sitting.
    pub longest_sitting_s: u64,
    /// All the sitting of the day.
    pub sitting_s: u64,
}

/// Every day from `first` to `last` (local), with its figures from `entries` and `stretches`.
pub fn days(entries: &[Entry], stretches: &[Stretch], first: NaiveDate, last: NaiveDate) -> Vec<Day> {
    let mut by_day: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    let mut date = first;
    while date <= last {
        let day = Day {
            date: date.format("%Y-%m-%d").to_string(),
            weekday: date.format("%a").to_string(),
            ..Day::default()
        };
        by_day.insert(date, day);
        date = match date.succ_opt() {
            Some(d) => d,
            None => break,
        };
    }
    for entry in entries {
        let Some(day) = by_day.get_mut(&entry.at.date_naive()) else { continue };
        match &entry.event {
            Event::Session { duration_s, .. } if entry.event.is_break_taken() => {
                day.taken += 1;
                day.moved_s += duration_s;
            }
            Event::Answer { answer: Answer::Skip, .. } => day.skipped += 1,
            Event::Answer { answer: Answer::Snooze, .. } => day.snoozed += 1,
            Event::NaturalBreak { .. } => day.natural += 1,
            _ => {}
        }
    }
    for stretch in stretches {
        for (date, s) in per_day(stretch) {
            if let Some(day) = by_day.get_mut(&date) {
                day.sitting_s += s;
                day.longest_sitting_s = day.longest_sitting_s.max(s);
            }
        }
    }
    by_day.into_values().collect()
}

/// Days in a row with at least `goal` breaks taken.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Streak {
    /// The streak now: ending today when today has reached the goal, else ending yesterday; 0
    /// when yesterday did not reach it either.
    pub days: u32,
    pub goal: u32,
    /// The longest streak ever.
    pub best: u32,
    /// Breaks taken today.
    pub today: u32,
}

/// The streak from the breaks taken per day (any order; days with none may be missing).
pub fn streak(taken: &[(NaiveDate, u32)], today: NaiveDate, goal: u32) -> Streak {
    let goal = goal.max(1);
    let mut good: Vec<NaiveDate> = taken.iter().filter(|(_, n)| *n >= goal).map(|(d, _)| *d).collect();
    good.sort();
    good.dedup();
    let mut best = 0;
    let mut run = 0;
    let mut previous: Option<NaiveDate> = None;
    for day in &good {
        run = match previous {
            Some(p) if p.succ_opt() == Some(*day) => run + 1,
            _ => 1,
        };
        best = best.max(run);
        previous = Some(*day);
    }
    let today_taken = taken.iter().filter(|(d, _)| *d == today).map(|(_, n)| *n).sum();
    let is_good = |d: NaiveDate| good.binary_search(&d).is_ok();
    let mut end = if today_taken >= goal { Some(today) } else { today.pred_opt() };
    let mut days = 0;
    while let Some(day) = end.filter(|d| is_good(*d)) {
        days += 1;
        end = day.pred_opt();
    }
    Streak { days, goal, best, today: today_taken }
}

/// A routine and how often it was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Done {
    pub id: String,
    pub label: String,
    pub count: u32,
    pub moved_s: u64,
}

/// The routines of the breaks taken in `entries`, most done first (then most time, then by id),
/// at most `top`; `label` names a routine (its id when it returns `None`: one no longer there).
pub fn routines(entries: &[Entry], top: usize, label: impl Fn(&str) -> Option<String>) -> Vec<Done> {
    let mut counts: BTreeMap<&str, (u32, u64)> = BTreeMap::new();
    for entry in entries {
        if let Event::Session { routine, duration_s, .. } = &entry.event {
            if entry.event.is_break_taken() {
                let c = counts.entry(routine).or_default();
                c.0 += 1;
                c.1 += duration_s;
            }
        }
    }
    let mut done: Vec<Done> = counts
        .into_iter()
        .map(|(id, (count, moved_s))| Done {
            id: id.to_string(),
            label: label(id).unwrap_or_else(|| id.to_string()),
            count,
            moved_s,
        })
        .collect();
    done.sort_by(|a, b| b.count.cmp(&a.count).then(b.moved_s.cmp(&a.moved_s)).then(a.id.cmp(&b.id)));
    done.truncate(top);
    done
}

/// "1st", "2nd", "3rd", "4th", "11th", "21st", "112th".
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "4 days in a row with 3 breaks or more", or `None` when there is no streak.
pub fn streak_words(streak: &Streak) -> Option<String> {
    (streak.days > 0).then(|| crate::t!("streak", days = streak.days, goal = streak.goal))
}

/// The first day of the `n` days that end on `last`.
pub fn first_of(last: NaiveDate, n: u32) -> NaiveDate {
    last - chrono::Days::new(u64::from(n.max(1) - 1))
}

/// A weekday's short name, for the table: `Sun 29 Nov`.
pub fn day_label(date: NaiveDate) -> String {
    let weekday = crate::t!("weekday", day = date.format("%a").to_string().to_lowercase());
    let month = crate::t!("month", month = date.format("%b").to_string().to_lowercase());
    crate::t!("date-short", weekday = weekday, day = date.day(), month = month)
}

#[cfg(test)]
mod tests;
