//! A made-up history, for the screenshots, the benchmark and trying the History window: working
//! days with reminders, breaks taken, snoozed and skipped, holds, lunch away from the desk, and
//! quieter weekends. The same seed gives the same history.

use chrono::{DateTime, Datelike, Duration as Span, Local, NaiveDate, TimeZone, Weekday};

use super::{Answer, Event, Origin};
use crate::scheduler::Quiet;

/// The routines the made-up breaks use (built-in ids), the first most often.
const ROUTINES: [&str; 5] = ["desk-reset", "desk-hips", "desk-stretch", "anti-desk", "desk-activate"];

/// A small xorshift generator: enough for made-up days, and the same on every machine.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A whole number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// The events of the `n` days ending on `last`, breaks due every `interval_min` minutes of sitting.
pub fn days(last: NaiveDate, n: u32, interval_min: u32, seed: u64) -> Vec<(DateTime<Local>, Event)> {
    let mut dice = Dice(seed.max(1));
    let mut out = Vec::new();
    let first = last - chrono::Days::new(u64::from(n.max(1) - 1));
    let mut date = first;
    while date <= last {
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        if !weekend || dice.chance(25) {
            one_day(&mut dice, date, weekend, interval_min, &mut out);
        }
        date = match date.succ_opt() {
            Some(d) => d,
            None => break,
        };
    }
    out
}

/// One working day's events on `date`.
pub fn working_day(date: NaiveDate, interval_min: u32, seed: u64) -> Vec<(DateTime<Local>, Event)> {
    let mut out = Vec::new();
    one_day(&mut Dice(seed.max(1)), date, false, interval_min, &mut out);
    out
}

fn one_day(
    dice: &mut Dice,
    date: NaiveDate,
    weekend: bool,
    interval_min: u32,
    out: &mut Vec<(DateTime<Local>, Event)>,
) {
    let Some(mut t) = date.and_hms_opt(8, 30, 0).and_then(|t| Local.from_local_datetime(&t).earliest())
    else {
        return;
    };
    t += Span::minutes(dice.below(45) as i64);
    let end = t + Span::hours(if weekend { 3 } else { 8 }) + Span::minutes(dice.below(60) as i64);
    let lunch = t + Span::minutes(200 + dice.below(60) as i64);
    let mut had_lunch = weekend;
    let interval = Span::minutes(i64::from(interval_min));
    let mut push = |t: DateTime<Local>, e: Event| out.push((t, e));
    push(t, Event::Started { interval_s: interval.num_seconds() as u64, off_hours: false });
    let mut sitting = t;
    loop {
        let mut due = sitting + interval;
        if !had_lunch && due > lunch {
            // Lunch away from the desk: a natural break.
            let away = Span::minutes(30 + dice.below(30) as i64);
            t = lunch.max(sitting) + away;
            push(t, Event::NaturalBreak { away_s: away.num_seconds() as u64 });
            sitting = t;
            had_lunch = true;
            continue;
        }
        if due >= end {
            break;
        }
        if dice.chance(6) {
            let held = Span::minutes(3 + dice.below(20) as i64);
            let why = if dice.chance(60) { Quiet::Call } else { Quiet::FullScreen };
            due += held;
            push(due, Event::Held { why, held_s: held.num_seconds() as u64 });
        }
        let sat = |now: DateTime<Local>| (now - sitting).num_seconds().max(0) as u64;
        push(due, Event::Reminder { attempt: 0, sat_for_s: sat(due) });
        t = due + Span::minutes(dice.below(4) as i64);
        let from = if dice.chance(70) { Origin::Notification } else { Origin::Tray };
        let answer = |answer, snooze_s, sat_for_s| Event::Answer { answer, from, snooze_s, sat_for_s };
        let roll = dice.below(100);
        if roll < 14 {
            push(t, answer(Answer::Snooze, Some(600), None));
            t += Span::minutes(10);
            push(t, Event::Reminder { attempt: 0, sat_for_s: sat(t) });
            t += Span::minutes(1);
        } else if roll < 26 {
            // Skipped: the stretch goes on to the next reminder.
            push(t, answer(Answer::Skip, None, Some(sat(t))));
            sitting = t;
            continue;
        }
        push(t, answer(Answer::Start, None, None));
        let routine = ROUTINES[(dice.below(10) as usize).min(9) / 2];
        let short = dice.chance(15);
        let total = 6 + dice.below(5) as usize;
        let done = dice.chance(85);
        let reached = if done { total } else { 1 + dice.below(total as u64 - 1) as usize };
        let duration = Span::seconds(if short { 90 } else { 150 } + dice.below(180) as i64);
        t += duration;
        push(
            t,
            Event::Session {
                routine: routine.to_string(),
                short,
                place: "desk".into(),
                completed: if done { total } else { reached - 1 },
                total,
                reached,
                done,
                duration_s: duration.num_seconds() as u64,
            },
        );
        sitting = t;
    }
    push(end.max(t), Event::Quit);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::days::{self, Day};
    use crate::history::Entry;

    #[test]
    fn made_up_days_read_like_working_days() {
        let last = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let events = days(last, 28, 60, 7);
        assert_eq!(events, days(last, 28, 60, 7), "the same seed, the same history");
        assert!(events.windows(2).all(|w| w[0].0 <= w[1].0), "in order");
        let entries: Vec<Entry> = events
            .iter()
            .enumerate()
            .map(|(i, (at, event))| Entry { id: i as i64, at: at.fixed_offset(), event: event.clone() })
            .collect();
        let stretches = days::stretches(&entries, None);
        let month: Vec<Day> = days::days(&entries, &stretches, days::first_of(last, 28), last);
        let weekdays: Vec<&Day> =
            month.iter().filter(|d| !matches!(d.weekday.as_str(), "Sat" | "Sun")).collect();
        assert_eq!(weekdays.len(), 20);
        for day in &weekdays {
            assert!((3..=9).contains(&day.taken), "{day:?}");
            assert!(day.longest_sitting_s >= 3600, "{day:?}");
            assert_eq!(day.natural, 1, "{day:?}");
        }
        assert!(month.iter().any(|d| d.skipped > 0) && month.iter().any(|d| d.snoozed > 0));
        assert!(
            month.iter().any(|d| d.longest_sitting_s > 3600),
            "a skip makes a stretch longer than the interval"
        );
    }
}
