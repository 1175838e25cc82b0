//! The history: every break, answer and time away, as events in a SQLite file that only the
//! resident writes (`store.rs`), and what people see of it, computed from the events by pure
//! functions (`days.rs`): per day the breaks taken, skipped and snoozed, the minutes moved, the
//! sitting time and its longest stretch; the routines done most; the streak.
//!
//! An event is stored with its local and UTC time; sitting time is not stored but follows from
//! the events (see [`days::stretches`]).

pub mod days;
pub mod sample;
pub mod store;
pub mod view;

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

use crate::scheduler::Quiet;

pub use store::{Reader, Store, StoreError};

/// The file's name in the data folder.
pub const FILE: &str = "history.sqlite3";

/// Where an answer to a reminder came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A button of the reminder notification.
    Notification,
    /// The tray menu.
    Tray,
    /// The command line, or another program, through the control API.
    Cli,
    /// The "Time to get up" window shown when there is no notification service.
    Prompt,
    /// The break window: closed on its overview, the break was skipped.
    Window,
}

/// How a reminder was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Start,
    Snooze,
    Skip,
}

/// Something that happened, as the history keeps it. Serialised with its `kind` and its fields:
/// the form of the export (`unsit history --json`) and of the file's `data` column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// The resident started; sitting time counts from here unless outside working hours.
    Started {
        interval_s: u64,
        off_hours: bool,
    },
    /// The resident quit.
    Quit,
    /// A reminder was shown: `attempt` 0 the first time, then 1, 2, … each time it was sent again.
    Reminder {
        attempt: u8,
        sat_for_s: u64,
    },
    /// A reminder (or, for `start`, no reminder at all) was answered: a break started, snoozed
    /// (for `snooze_s`) or skipped (after `sat_for_s` of sitting).
    Answer {
        answer: Answer,
        from: Origin,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        snooze_s: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sat_for_s: Option<u64>,
    },
    /// A break session ended: the routine, full or short, where, how far it got, how long it took.
    Session {
        routine: String,
        short: bool,
        place: String,
        completed: usize,
        total: usize,
        /// The work step shown last (1-based): where a stopped session stopped.
        reached: usize,
        done: bool,
        duration_s: u64,
    },
    /// Reminders paused until `until` (RFC 3339), or until resumed.
    Paused {
        #[serde(default)]
        until: Option<String>,
    },
    Resumed,
    /// Back after `away_s` away (idle, locked or suspended): a break all the same.
    NaturalBreak {
        away_s: u64,
    },
    /// A quiet moment held a due break back this long.
    Held {
        #[serde(flatten)]
        why: Quiet,
        held_s: u64,
    },
    /// The machine was suspended this long.
    Slept {
        slept_s: u64,
    },
    /// The interval was changed.
    Interval {
        interval_s: u64,
    },
    /// Working hours began (`working`) or ended.
    Hours {
        working: bool,
    },
}

impl Event {
    /// Its `kind`, as stored and exported.
    pub fn kind(&self) -> &'static str {
        match self {
            Event::Started { .. } => "started",
            Event::Quit => "quit",
            Event::Reminder { .. } => "reminder",
            Event::Answer { .. } => "answer",
            Event::Session { .. } => "session",
            Event::Paused { .. } => "paused",
            Event::Resumed => "resumed",
            Event::NaturalBreak { .. } => "natural_break",
            Event::Held { .. } => "held",
            Event::Slept { .. } => "slept",
            Event::Interval { .. } => "interval",
            Event::Hours { .. } => "hours",
        }
    }

    /// A session that reached its first step: a break taken. (One closed on its overview is
    /// recorded as a skip, not a session.)
    pub fn is_break_taken(&self) -> bool {
        matches!(self, Event::Session { reached, .. } if *reached > 0)
    }
}

/// An event with when it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: i64,
    /// Local time, with the offset it had then.
    pub at: DateTime<FixedOffset>,
    pub event: Event,
}

impl Entry {
    /// The export's line: `{"id", "at" (local), "utc", "kind", …fields}`, in that order.
    pub fn json_line(&self) -> String {
        let event = serde_json::to_string(&self.event).expect("an event serialises");
        let text = |s: String| serde_json::Value::String(s).to_string();
        format!(
            "{{\"id\":{},\"at\":{},\"utc\":{},{}",
            self.id,
            text(local_text(&self.at)),
            text(utc_text(&self.at.with_timezone(&Utc))),
            event.strip_prefix('{').unwrap_or(&event)
        )
    }

    /// The export's form as a JSON value (its keys sorted).
    pub fn json(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(&self.event).expect("an event serialises");
        if let serde_json::Value::Object(map) = &mut value {
            let mut out = serde_json::Map::new();
            out.insert("id".into(), self.id.into());
            out.insert("at".into(), local_text(&self.at).into());
            out.insert("utc".into(), utc_text(&self.at.with_timezone(&Utc)).into());
            out.append(map);
            return serde_json::Value::Object(out);
        }
        value
    }
}

/// `2026-11-29T12:17:40+01:00`.
pub fn local_text(at: &DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// `2026-11-29T11:17:40Z`.
pub fn utc_text(at: &DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}
