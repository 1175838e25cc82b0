//! `unsit history`: the history, read straight from its file (no resident needed, and nothing is
//! changed while one runs): a day-by-day table, or the events as JSON or CSV for export.
//! `--forget-before DATE` asks the resident, the history's only writer, to delete older events.

use std::fmt::Write as _;
use std::io::{BufRead as _, Write as _};
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use chrono::{Local, NaiveDate};
use clap::Args;

use super::EXIT_FAILED;
use crate::dirs::Dirs;
use crate::duration::Human;
use crate::history::days::{self, Day};
use crate::history::view::summarise;
use crate::history::{Entry, Reader};
use crate::protocol::{self, ClientError};
use crate::routine::Library;
use crate::t;

/// Days the table shows unless told.
const TABLE_DAYS: u32 = 7;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The last N days, today included (the table: 7; the export: every event)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=36_500))]
    days: Option<u32>,
    /// Print the events as JSON, one object per line in an array, for export
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print the events as CSV, one row per event, for export
    #[arg(long)]
    csv: bool,
    /// Delete every event from before DATE (YYYY-MM-DD), after asking; unsit must be running
    #[arg(long, value_name = "DATE", value_parser = parse_date, conflicts_with_all = ["json", "csv", "days"])]
    forget_before: Option<NaiveDate>,
    /// Forget without asking
    #[arg(long, requires = "forget_before")]
    yes: bool,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|e| format!("`{text}` is not a date like 2026-01-31 ({e})"))
}

pub fn run(args: HistoryArgs) -> ExitCode {
    let dirs = Dirs::from_env();
    let Some(path) = dirs.history_file() else {
        eprintln!("unsit: {}", crate::t!("days-no-data-folder"));
        return ExitCode::from(EXIT_FAILED);
    };
    if let Some(day) = args.forget_before {
        return forget(&path, day, args.yes);
    }
    let reader = match Reader::open(&path) {
        Ok(Some(reader)) => reader,
        Ok(None) if args.json => {
            println!("[]");
            return ExitCode::SUCCESS;
        }
        Ok(None) if args.csv => {
            println!("{}", COLUMNS.join(","));
            return ExitCode::SUCCESS;
        }
        Ok(None) => {
            println!("{}", t!("days-none-yet", path = path.display().to_string()));
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("unsit: {e}");
            return ExitCode::from(EXIT_FAILED);
        }
    };
    let today = Local::now().date_naive();
    let out = if args.json || args.csv {
        let from = args.days.map(|n| days::first_of(today, n));
        reader.entries(from).map(|(entries, _)| if args.json { json(&entries) } else { csv(&entries) })
    } else {
        let n = args.days.unwrap_or(TABLE_DAYS);
        let settings = dirs.settings_file();
        let (settings, _) = crate::settings::current(settings.as_deref(), &Library::builtin());
        summarise(&reader, today, n, settings.streak_goal, Local::now().fixed_offset(), |_| None)
            .map(|summary| table(&summary.days, &summary.streak, &path))
    };
    match out {
        Ok(text) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout.write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("unsit: {e}");
            ExitCode::from(EXIT_FAILED)
        }
    }
}

/// A duration in the table: "12 min", or "-" for none.
fn shown(s: u64) -> String {
    if s == 0 {
        "-".into()
    } else {
        Human(Duration::from_secs(s)).to_string()
    }
}

fn table(days: &[Day], streak: &days::Streak, path: &Path) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<11} {:>5} {:>7} {:>7}  {:<10} {:<16} {}",
        t!("days-column-day"),
        t!("days-column-taken"),
        t!("days-column-skipped"),
        t!("days-column-snoozed"),
        t!("days-column-moved"),
        t!("days-column-longest"),
        t!("days-column-sitting")
    );
    for day in days {
        let date = NaiveDate::parse_from_str(&day.date, "%Y-%m-%d")
            .map_or_else(|_| day.date.clone(), days::day_label);
        let _ = writeln!(
            out,
            "{date:<11} {:>5} {:>7} {:>7}  {:<10} {:<16} {}",
            day.taken,
            day.skipped,
            day.snoozed,
            shown(day.moved_s),
            shown(day.longest_sitting_s),
            shown(day.sitting_s)
        );
    }
    let streak_line = match days::streak_words(streak) {
        Some(words) => t!("days-streak", streak = words),
        None => t!("days-no-streak", goal = crate::settings::STREAK_GOAL.words(Some(streak.goal))),
    };
    let best = if streak.best > streak.days {
        format!(" {}", t!("days-best", days = streak.best))
    } else {
        String::new()
    };
    let _ = writeln!(out, "{streak_line}{best}");
    let _ = writeln!(out, "{}", t!("days-from", path = path.display().to_string()));
    out
}

fn json(entries: &[Entry]) -> String {
    let mut out = String::from("[");
    for (i, entry) in entries.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&entry.json_line());
    }
    out.push_str("\n]\n");
    out
}

/// The CSV's columns: when, what, and every field any event has (empty where it has none).
pub const COLUMNS: &[&str] = &[
    "id",
    "at",
    "utc",
    "kind",
    "attempt",
    "answer",
    "from",
    "snooze_s",
    "sat_for_s",
    "routine",
    "short",
    "place",
    "completed",
    "total",
    "reached",
    "done",
    "duration_s",
    "until",
    "away_s",
    "why",
    "by",
    "held_s",
    "slept_s",
    "interval_s",
    "off_hours",
    "working",
];

fn csv(entries: &[Entry]) -> String {
    let mut out = COLUMNS.join(",");
    out.push('\n');
    for entry in entries {
        let json = entry.json();
        let cells: Vec<String> = COLUMNS
            .iter()
            .map(|column| match &json[column] {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(s) => csv_text(s),
                other => other.to_string(),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A text cell, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn csv_text(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn forget(path: &Path, day: NaiveDate, yes: bool) -> ExitCode {
    let count = match Reader::open(path) {
        Ok(Some(reader)) => reader.count_before(day),
        Ok(None) => Ok(0),
        Err(e) => Err(e),
    };
    let count = match count {
        Ok(n) => n,
        Err(e) => {
            eprintln!("unsit: {e}");
            return ExitCode::from(EXIT_FAILED);
        }
    };
    if count == 0 {
        println!("{}", crate::t!("days-nothing-to-forget", day = day.to_string()));
        return ExitCode::SUCCESS;
    }
    if !yes {
        print!("{} ", crate::t!("days-forget-ask", count = count, day = day.to_string()));
        let _ = std::io::stdout().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        let answer = answer.trim().to_lowercase();
        if answer.is_empty() || !crate::t!("days-forget-yes").split_whitespace().any(|yes| yes == answer) {
            println!("{}", crate::t!("days-nothing-forgotten"));
            return ExitCode::SUCCESS;
        }
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("unsit: {}", crate::t!("client-cannot-start", error = e.to_string()));
            return ExitCode::from(EXIT_FAILED);
        }
    };
    let answer = runtime.block_on(async {
        let api = protocol::connect().await?;
        Ok::<_, ClientError>(api.forget_before(&day.format("%Y-%m-%d").to_string()).await?)
    });
    match answer {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("unsit: {}", crate::t!("days-only-resident", error = e.to_string()));
            ExitCode::from(super::exit_code(&e))
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, TimeZone};

    use super::*;
    use crate::history::{Answer, Event, Origin};
    use crate::scheduler::Quiet;

    #[test]
    fn every_field_of_every_event_has_its_column() {
        let every = [
            Event::Started { interval_s: 1, off_hours: false },
            Event::Quit,
            Event::Reminder { attempt: 1, sat_for_s: 1 },
            Event::Answer {
                answer: Answer::Snooze,
                from: Origin::Tray,
                snooze_s: Some(1),
                sat_for_s: Some(1),
            },
            Event::Session {
                routine: "r".into(),
                short: true,
                place: "desk".into(),
                completed: 1,
                total: 1,
                reached: 1,
                done: true,
                duration_s: 1,
            },
            Event::Paused { until: Some("x".into()) },
            Event::Resumed,
            Event::NaturalBreak { away_s: 1 },
            Event::Held { why: Quiet::Inhibitor { by: "Impress, \"the\" slides".into() }, held_s: 1 },
            Event::Slept { slept_s: 1 },
            Event::Interval { interval_s: 1 },
            Event::Hours { working: true },
        ];
        let at = FixedOffset::east_opt(3600).unwrap().with_ymd_and_hms(2026, 11, 29, 12, 0, 0).unwrap();
        let entries: Vec<Entry> = every.into_iter().map(|event| Entry { id: 7, at, event }).collect();
        for entry in &entries {
            for key in entry.json().as_object().unwrap().keys() {
                assert!(COLUMNS.contains(&key.as_str()), "no column for `{key}`");
            }
        }
        let text = csv(&entries);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 13);
        assert_eq!(lines[9], "7,2026-11-29T12:00:00+01:00,2026-11-29T11:00:00Z,held,,,,,,,,,,,,,,,,inhibitor,\"Impress, \"\"the\"\" slides\",1,,,,");
        let parsed: serde_json::Value = serde_json::from_str(&json(&entries)).unwrap();
        assert_eq!(parsed.as_array().unwrap().len(), 12);
        assert_eq!(parsed[3]["from"], "tray");
        assert!(json(&entries).lines().nth(1).unwrap().starts_with(
            r#"{"id":7,"at":"2026-11-29T12:00:00+01:00","utc":"2026-11-29T11:00:00Z","kind":"started","#
        ));
    }
}
