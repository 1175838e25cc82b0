//! The control API object served on the bus: each method becomes a [`Command`] for the driver.

use tokio::sync::{mpsc::UnboundedSender, oneshot};
use zbus::fdo;

use super::session::UiWindow;
use super::{Command, Event, Request};
use crate::history::Origin;
use crate::protocol::{pause_length, SessionReport};
use crate::scheduler::SNOOZE;

/// The longest word an argument may be (a routine id, a setting's name, a pause, a day), in
/// bytes, and the longest setting's value (working hours for a whole week take about 250). A
/// longer one is refused by its length, not read, and not echoed back.
const MAX_WORD: usize = 256;
const MAX_VALUE: usize = 1024;
/// The longest session report, in bytes: its JSON is a few hundred.
const MAX_REPORT: usize = 64 * 1024;

/// `text` as `what`, or an error saying why it is refused: too long, or holding a control
/// character (shown escaped, so that an error never carries one to a terminal).
fn word<'a>(what: &str, text: &'a str) -> fdo::Result<&'a str> {
    text_of(what, text, MAX_WORD)
}

/// [`word`] for a setting's value.
fn value(text: &str) -> fdo::Result<&str> {
    text_of("a setting's value", text, MAX_VALUE)
}

fn text_of<'a>(what: &str, text: &'a str, max: usize) -> fdo::Result<&'a str> {
    if text.len() > max {
        return Err(too_long(what, text.len(), max));
    }
    if let Some(c) = text.chars().find(|c| c.is_control()) {
        return Err(fdo::Error::InvalidArgs(format!(
            "{what} `{}` holds a control character ({})",
            text.escape_debug(),
            c.escape_unicode()
        )));
    }
    Ok(text)
}

fn too_long(what: &str, length: usize, max: usize) -> fdo::Error {
    fdo::Error::InvalidArgs(format!("{what} is {length} bytes long; at most {max} are taken"))
}

/// A session report from its JSON, refused when too long or not a report.
fn session_report(json: &str) -> fdo::Result<SessionReport> {
    if json.len() > MAX_REPORT {
        return Err(too_long("a session report", json.len(), MAX_REPORT));
    }
    serde_json::from_str(json).map_err(|e| fdo::Error::InvalidArgs(format!("session report: {e}")))
}

/// A snooze of `seconds` (0: the default one), refused outside a snooze's limits.
fn snooze_for(seconds: u32) -> fdo::Result<Option<std::time::Duration>> {
    if seconds == 0 {
        return Ok(None);
    }
    let by = std::time::Duration::from_secs(seconds.into());
    SNOOZE.check(by).map(Some).map_err(|e| fdo::Error::InvalidArgs(e.to_string()))
}

pub struct Api {
    commands: UnboundedSender<Event>,
}

impl Api {
    pub fn new(commands: UnboundedSender<Event>) -> Api {
        Api { commands }
    }

    async fn ask(&self, command: Command) -> fdo::Result<String> {
        self.ask_from(command, Origin::Cli).await
    }

    async fn ask_from(&self, command: Command, from: Origin) -> fdo::Result<String> {
        let (reply, answer) = oneshot::channel();
        let gone = || fdo::Error::Failed("unsit is shutting down".into());
        let request = Request { command, from, reply: Some(reply) };
        self.commands.send(Event::Request(request)).map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?.map_err(fdo::Error::Failed)
    }
}

#[zbus::interface(name = "io.github.unsit.Control1")]
impl Api {
    async fn status(&self) -> fdo::Result<String> {
        self.ask(Command::Status).await
    }

    async fn start_break(&self, routine: String) -> fdo::Result<String> {
        word("a routine id", &routine)?;
        let routine = (!routine.is_empty()).then_some(routine);
        self.ask(Command::StartBreak { routine }).await
    }

    async fn snooze(&self, seconds: u32) -> fdo::Result<String> {
        self.ask(Command::Snooze(snooze_for(seconds)?)).await
    }

    async fn skip(&self) -> fdo::Result<String> {
        self.ask(Command::Skip).await
    }

    /// Pause reminders: `""` until resumed, `tomorrow`, or a duration such as `30m`.
    async fn pause(&self, length: String) -> fdo::Result<String> {
        let length = pause_length(word("a pause", &length)?).map_err(fdo::Error::InvalidArgs)?;
        self.ask(Command::Pause(length)).await
    }

    async fn resume(&self) -> fdo::Result<String> {
        self.ask(Command::Resume).await
    }

    async fn settings(&self) -> fdo::Result<String> {
        self.ask(Command::Settings).await
    }

    async fn set(&self, key: String, value: String) -> fdo::Result<String> {
        word("a setting's name", &key)?;
        self::value(&value)?;
        self.ask(Command::Set { key, value }).await
    }

    /// A window's answer to the reminder: `start`, `snooze` (for `seconds`; 0 the default) or
    /// `skip`; `from` says which window (`prompt`), for the history.
    async fn answer(&self, answer: String, seconds: u32, from: String) -> fdo::Result<String> {
        let from = match word("a window", &from)? {
            "prompt" => Origin::Prompt,
            "window" => Origin::Window,
            other => {
                return Err(fdo::Error::InvalidArgs(format!("`{other}` is not a window (prompt or window)")))
            }
        };
        let command = match word("an answer", &answer)? {
            "start" => Command::StartBreak { routine: None },
            "snooze" => Command::Snooze(snooze_for(seconds)?),
            "skip" => Command::Skip,
            other => {
                return Err(fdo::Error::InvalidArgs(format!(
                    "`{other}` is not an answer (start, snooze or skip)"
                )))
            }
        };
        self.ask_from(command, from).await
    }

    /// Deletes the history's events from before `day` (`YYYY-MM-DD`, local).
    async fn forget_before(&self, day: String) -> fdo::Result<String> {
        let day = chrono::NaiveDate::parse_from_str(word("a day", &day)?.trim(), "%Y-%m-%d")
            .map_err(|e| fdo::Error::InvalidArgs(format!("`{day}` is not a date like 2026-01-31: {e}")))?;
        self.ask(Command::ForgetBefore(day)).await
    }

    /// Opens a window: `settings` or `history` (the applications menu, `unsit open`).
    async fn open(&self, window: String) -> fdo::Result<String> {
        let window = UiWindow::named(word("a window", &window)?).ok_or_else(|| {
            fdo::Error::InvalidArgs(format!("`{window}` is not a window of unsit (settings or history)"))
        })?;
        self.ask(Command::Open(window)).await
    }

    async fn quit(&self) -> fdo::Result<String> {
        self.ask(Command::Quit).await
    }

    async fn session_finished(&self, report: String) -> fdo::Result<()> {
        self.ask(Command::SessionFinished(session_report(&report)?)).await.map(drop)
    }

    async fn session_progress(&self, report: String) -> fdo::Result<()> {
        self.ask(Command::SessionProgress(session_report(&report)?)).await.map(drop)
    }
}
