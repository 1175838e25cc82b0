//! What unsit says, in one place: the status line, the reminder, routine labels and lengths, and
//! how a break ended, in the person's language (the messages are in `locales/`). The tray, the
//! notifications, the command line and the windows all show these words as they are; the page
//! receives them ready to show.

use std::time::Duration;

use chrono::{DateTime, Local};

use crate::duration::Human;
use crate::protocol::SessionReport;
use crate::routine::PhaseKind;
use crate::scheduler::{Quiet, State};
use crate::t;

/// A routine's length: "5 min" (whole minutes, rounded, at least 1), or "45 s" under a minute.
pub fn length(total_s: u32) -> String {
    if total_s < 60 {
        return t!("routine-length-s", s = total_s);
    }
    t!("routine-length-min", min = ((total_s + 30) / 60).max(1))
}

/// Routines longer than this are marked long: too long for a break at work.
pub const LONG_ABOVE_S: u32 = 6 * 60;

/// "Anti-desk reset · 5 min"; "Lower back relief · 9 min (long)" over [`LONG_ABOVE_S`].
pub fn routine_label(title: &str, total_s: u32) -> String {
    if total_s > LONG_ABOVE_S {
        t!("routine-label-long", title = title, length = length(total_s))
    } else {
        t!("routine-label", title = title, length = length(total_s))
    }
}

/// The side badge: "Left", or what left means for this exercise ("Left leg back"); the right
/// side reads the same with "right" ("Right leg back"). The words for left and right are those of
/// every language unsit speaks (German "linkes Bein" → "rechtes Bein"), so a routine's text is
/// mirrored whichever language it is in.
pub fn side_label(right: bool, side: Option<&str>) -> String {
    let Some(text) = side else { return if right { t!("side-right") } else { t!("side-left") } };
    let mut out = String::new();
    if right {
        let pairs = crate::lang::side_words();
        // Word by word: "leftover" is not a side.
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            let swapped = pairs.iter().find(|(l, _)| l == word).map(|(_, r)| r.as_str());
            out.push_str(swapped.unwrap_or(word));
            word.clear();
        };
        for c in text.chars() {
            if c.is_alphabetic() {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
    } else {
        out.push_str(text);
    }
    let mut chars = out.chars();
    chars.next().map_or(String::new(), |first| first.to_uppercase().chain(chars).collect())
}

/// Where the person is and what they have there: "At the desk · no equipment", "At home · a
/// ball, a cushion".
pub fn place_line(at: &crate::place::Where) -> String {
    let have: Vec<String> = at.equipment.iter().map(|e| e.short()).collect();
    let have = if have.is_empty() { t!("place-no-equipment") } else { have.join(", ") };
    t!("place-line", place = at.place.at(), have = have)
}

/// "a, b and c" in the person's language; none for an empty list.
pub fn and_list(items: &[String]) -> Option<String> {
    let (last, rest) = items.split_last()?;
    let Some((first, middle)) = rest.split_first() else { return Some(last.clone()) };
    let rest =
        middle.iter().fold(first.clone(), |rest, next| t!("list-comma", rest = rest, next = next.as_str()));
    Some(t!("list-and", rest = rest, last = last.as_str()))
}

/// A dose in words: "20 s", "8 reps".
pub fn dose(hold: Option<u32>, reps: Option<u32>) -> Option<String> {
    match (hold, reps) {
        (Some(s), _) => Some(t!("dose-hold", s = s)),
        (None, Some(n)) => Some(t!("dose-reps", n = n)),
        (None, None) => None,
    }
}

/// "You've been sitting for 2 h. Anti-desk reset · 5 min: release, stretch, activate."
/// `label` is the plan's ([`routine_label`]).
pub fn reminder_body(sat_for: Duration, label: &str, phases: &[PhaseKind]) -> String {
    let phases: Vec<String> = phases.iter().map(|p| p.inline()).collect();
    t!("reminder-body", sat_for = Human(sat_for).to_string(), label = label, phases = phases.join(", "))
}

/// The reminder's Snooze button: "Snooze 10 min".
pub fn snooze_button(snooze: Duration) -> String {
    t!("reminder-snooze", snooze = Human(snooze).to_string())
}

/// "14:30" today, "Tue 08:00" on another day; "2:30 PM" and "Tue 8:00 AM" on a 12-hour clock.
pub fn when(t: DateTime<Local>, now: DateTime<Local>) -> String {
    let time = clock(t);
    if t.date_naive() == now.date_naive() {
        return time;
    }
    let day = t.format("%a").to_string().to_lowercase();
    t!("time-on-day", day = t!("weekday", day = day), time = time)
}

/// The time of day on the locale's clock: "14:30", or "2:30 PM".
pub fn clock(t: DateTime<Local>) -> String {
    if !crate::lang::words().locale.hour12 {
        return t.format("%H:%M").to_string();
    }
    let time = t.format("%-I:%M").to_string();
    if t.format("%p").to_string() == "AM" {
        t!("time-am", time = time)
    } else {
        t!("time-pm", time = time)
    }
}

/// The status line of a break that waits for a quiet moment: "Break due after your call".
pub fn held_line(why: &Quiet) -> String {
    match why {
        Quiet::Call => t!("held-call"),
        Quiet::FullScreen => t!("held-full-screen"),
        Quiet::DoNotDisturb => t!("held-do-not-disturb"),
        Quiet::Inhibitor { by } => t!("held-inhibitor", by = by.as_str()),
    }
}

/// What a quiet moment was, for the log and the history: "a call", "Impress keeping the screen on".
pub fn quiet_what(why: &Quiet) -> String {
    match why {
        Quiet::Call => "a call".into(),
        Quiet::FullScreen => "a full-screen window".into(),
        Quiet::DoNotDisturb => "Do Not Disturb".into(),
        Quiet::Inhibitor { by } => format!("{by} keeping the screen on"),
    }
}

/// The status line of the tray and of `unsit status`. `paused_until` is already worded ("14:30").
pub fn status_line(
    state: State,
    sitting: Duration,
    until_break: Option<Duration>,
    paused_until: Option<String>,
) -> String {
    // Round the countdown up, so "break in 1 min" is never shown after the minute has passed.
    let until = until_break.map(|d| Human(Duration::from_secs(d.as_secs().div_ceil(60) * 60).max(d)));
    match (state, until) {
        // The driver words a held break with `held_line`, which says what it waits for.
        (State::Due | State::Held, _) => t!("status-due"),
        (State::InSession, _) => t!("status-in-session"),
        (State::Paused, _) => match paused_until {
            Some(time) => t!("status-paused-until", time = time),
            None => t!("status-paused"),
        },
        (State::OffHours, _) => t!("status-off-hours"),
        (State::Away, _) => t!("status-away"),
        (State::Snoozed, Some(u)) => t!("status-snoozed", until = u.to_string()),
        (State::Counting, Some(u)) => {
            t!("status-counting", sitting = Human(sitting).to_string(), until = u.to_string())
        }
        (_, None) => t!("status-sitting", sitting = Human(sitting).to_string()),
    }
}

/// How a session ended, for the log and the history: "completed in 4 min 50 s", "stopped at step
/// 3 of 9, 2 done (1 min 5 s)", "closed before it started: break skipped".
pub fn session_outcome(report: &SessionReport) -> String {
    let took = Human(Duration::from_secs(report.duration_s)).to_string();
    if report.done {
        t!("outcome-completed", took = took)
    } else if !report.started() {
        t!("outcome-skipped")
    } else {
        t!(
            "outcome-stopped",
            reached = report.reached,
            total = report.total,
            done = report.completed,
            took = took
        )
    }
}

/// How a session ended, for people (the history window): "Completed", "Stopped at step 5 of 12,
/// 4 done", "Skipped (closed before it started)".
pub fn session_result(report: &SessionReport) -> String {
    if report.done {
        t!("result-completed")
    } else if !report.started() {
        t!("result-skipped")
    } else {
        t!("result-stopped", reached = report.reached, total = report.total, done = report.completed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_side_badge_says_what_left_means_and_mirrors_it() {
        assert_eq!(side_label(false, None), "Left");
        assert_eq!(side_label(true, None), "Right");
        assert_eq!(side_label(false, Some("left leg back")), "Left leg back");
        assert_eq!(side_label(true, Some("left leg back")), "Right leg back");
        assert_eq!(side_label(true, Some("Left knee down, weight left")), "Right knee down, weight right");
        // Only the word: "leftover" is not a side.
        assert_eq!(
            side_label(true, Some("left foot on the leftover step")),
            "Right foot on the leftover step"
        );
    }

    #[test]
    fn long_routines_are_marked_in_their_label() {
        assert_eq!(routine_label("Desk reset", 200), "Desk reset · 3 min");
        assert_eq!(routine_label("Lower back relief", 545), "Lower back relief · 9 min (long)");
        assert_eq!(routine_label("Edge", LONG_ABOVE_S), "Edge · 6 min");
    }

    #[test]
    fn lengths_round_to_the_minute_and_show_seconds_under_one() {
        assert_eq!(
            [length(45), length(60), length(89), length(90), length(299)],
            ["45 s", "1 min", "1 min", "2 min", "5 min"]
        );
    }

    #[test]
    fn the_snooze_button_names_the_snooze() {
        assert_eq!(snooze_button(Duration::from_secs(300)), "Snooze 5 min");
        assert_eq!(snooze_button(Duration::from_secs(1800)), "Snooze 30 min");
    }

    #[test]
    fn outcomes() {
        let report = |done, reached| SessionReport {
            routine: "anti-desk".into(),
            completed: 2,
            total: 9,
            reached,
            done,
            duration_s: 65,
            short: false,
        };
        assert_eq!(session_outcome(&report(true, 9)), "completed in 1 min");
        assert_eq!(session_outcome(&report(false, 3)), "stopped at step 3 of 9, 2 done (1 min)");
        assert_eq!(session_outcome(&report(false, 0)), "closed before it started: break skipped");
        let report = SessionReport { completed: 4, total: 12, reached: 5, ..report(false, 5) };
        assert_eq!(session_result(&report), "Stopped at step 5 of 12, 4 done");
        assert_eq!(session_result(&SessionReport { done: true, ..report.clone() }), "Completed");
        assert_eq!(
            session_result(&SessionReport { reached: 0, ..report }),
            "Skipped (closed before it started)"
        );
    }
}
