//! What unsit says, in one place: the status line, the reminder, routine labels and lengths, and
//! how a break ended. The tray, the notifications, the command line and the windows all show
//! these words as they are; the page receives them ready to show.

use std::time::Duration;

use chrono::{DateTime, Local};

use crate::duration::Human;
use crate::protocol::SessionReport;
use crate::routine::PhaseKind;
use crate::scheduler::State;

/// A routine's length: "5 min" (whole minutes, rounded, at least 1), or "45 s" under a minute.
pub fn length(total_s: u32) -> String {
    if total_s < 60 {
        return format!("{total_s} s");
    }
    format!("{} min", ((total_s + 30) / 60).max(1))
}

/// "Anti-desk reset · 5 min".
pub fn routine_label(title: &str, total_s: u32) -> String {
    format!("{title} · {}", length(total_s))
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
        (State::Due, _) => "Break due".into(),
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
