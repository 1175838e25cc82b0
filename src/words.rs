//! What unsit says, in one place: the status line, the reminder, routine labels and lengths, and
//! how a break ended. The tray, the notifications, the command line and the windows all show
//! these words as they are; the page receives them ready to show.

use std::time::Duration;

use chrono::{DateTime, Local};

use crate::duration::Human;
use crate::protocol::SessionReport;
use crate::routine::PhaseKind;
use crate::scheduler::{Quiet, State};

/// A routine's length: "5 min" (whole minutes, rounded, at least 1), or "45 s" under a minute.
pub fn length(total_s: u32) -> String {
    if total_s < 60 {
        return format!("{total_s} s");
    }
    format!("{} min", ((total_s + 30) / 60).max(1))
}

/// Routines longer than this are marked long: too long for a break at work.
pub const LONG_ABOVE_S: u32 = 6 * 60;

/// "Anti-desk reset · 5 min"; "Lower back relief · 9 min (long)" over [`LONG_ABOVE_S`].
pub fn routine_label(title: &str, total_s: u32) -> String {
    let long = if total_s > LONG_ABOVE_S { " (long)" } else { "" };
    format!("{title} · {}{long}", length(total_s))
}

/// The side badge: "Left", or what left means for this exercise ("Left leg back"); the right
/// side reads the same with "right" ("Right leg back").
pub fn side_label(right: bool, side: Option<&str>) -> String {
    let Some(text) = side else { return if right { "Right" } else { "Left" }.into() };
    let mut out = String::new();
    let mut rest = text;
    // Each word "left", whatever its case, becomes "right" on the right side.
    while let Some(at) = rest.to_ascii_lowercase().find("left") {
        let word_start = rest[..at].chars().next_back().map_or(true, |c| !c.is_alphabetic());
        let word_end = rest[at + 4..].chars().next().map_or(true, |c| !c.is_alphabetic());
        out.push_str(&rest[..at]);
        let word = &rest[at..at + 4];
        if right && word_start && word_end {
            out.push_str(if word.starts_with('L') { "Right" } else { "right" });
        } else {
            out.push_str(word);
        }
        rest = &rest[at + 4..];
    }
    out.push_str(rest);
    let mut chars = out.chars();
    chars.next().map_or(String::new(), |first| first.to_uppercase().chain(chars).collect())
}

/// Where the person is and what they have there: "At the desk · no equipment", "At home · a
/// ball, a cushion".
pub fn place_line(at: &crate::place::Where) -> String {
    let have: Vec<&str> = at.equipment.iter().map(|e| e.short()).collect();
    let have = if have.is_empty() { "no equipment".to_string() } else { have.join(", ") };
    format!("{} · {have}", at.place.at())
}

/// A dose in words: "20 s", "8 reps".
pub fn dose(hold: Option<u32>, reps: Option<u32>) -> Option<String> {
    match (hold, reps) {
        (Some(s), _) => Some(format!("{s} s")),
        (None, Some(1)) => Some("1 rep".into()),
        (None, Some(n)) => Some(format!("{n} reps")),
        (None, None) => None,
    }
}

/// "You've been sitting for 2 h. Anti-desk reset · 5 min: release, stretch, activate."
/// `label` is the plan's ([`routine_label`]).
pub fn reminder_body(sat_for: Duration, label: &str, phases: &[PhaseKind]) -> String {
    let phases: Vec<String> = phases.iter().map(|p| p.to_string().to_lowercase()).collect();
    format!("You've been sitting for {}. {label}: {}.", Human(sat_for), phases.join(", "))
}

/// The reminder's Snooze button: "Snooze 10 min".
pub fn snooze_button(snooze: Duration) -> String {
    format!("Snooze {}", Human(snooze))
}

/// "14:30" today, "Tue 08:00" on another day.
pub fn when(t: DateTime<Local>, now: DateTime<Local>) -> String {
    if t.date_naive() == now.date_naive() {
        t.format("%H:%M").to_string()
    } else {
        t.format("%a %H:%M").to_string()
    }
}

/// The status line of a break that waits for a quiet moment: "Break due after your call".
pub fn held_line(why: &Quiet) -> String {
    match why {
        Quiet::Call => "Break due after your call".into(),
        Quiet::FullScreen => "Break due when you leave full screen".into(),
        Quiet::DoNotDisturb => "Break due when Do Not Disturb is off".into(),
        Quiet::Inhibitor { by } => format!("Break due when {by} stops keeping the screen on"),
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
        (State::Due | State::Held, _) => "Break due".into(),
        (State::InSession, _) => "Break in progress".into(),
        (State::Paused, _) => match paused_until {
            Some(t) => format!("Paused until {t}"),
            None => "Paused".into(),
        },
        (State::OffHours, _) => "Outside working hours".into(),
        (State::Away, _) => "Away · taking a break".into(),
        (State::Snoozed, Some(u)) => format!("Snoozed · break in {u}"),
        (State::Counting, Some(u)) => format!("Sitting {} · break in {u}", Human(sitting)),
        (_, None) => format!("Sitting {}", Human(sitting)),
    }
}

/// How a session ended, for the log and the history: "completed in 4 min 50 s", "stopped at step
/// 3 of 9, 2 done (1 min 5 s)", "closed before it started: break skipped".
pub fn session_outcome(report: &SessionReport) -> String {
    let took = Human(Duration::from_secs(report.duration_s));
    if report.done {
        format!("completed in {took}")
    } else if !report.started() {
        "closed before it started: break skipped".into()
    } else {
        format!("stopped at step {} of {}, {} done ({took})", report.reached, report.total, report.completed)
    }
}

/// How a session ended, for people (the history window): "Completed", "Stopped at step 5 of 12,
/// 4 done", "Skipped (closed before it started)".
pub fn session_result(report: &SessionReport) -> String {
    if report.done {
        "Completed".into()
    } else if !report.started() {
        "Skipped (closed before it started)".into()
    } else {
        format!("Stopped at step {} of {}, {} done", report.reached, report.total, report.completed)
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
