//! The control API object served on the bus: each method becomes a [`Command`] for the driver.

use tokio::sync::{mpsc::UnboundedSender, oneshot};
use zbus::fdo;

use super::{Command, Event, Request};
use crate::protocol::{pause_length, SessionReport};

pub struct Api {
    commands: UnboundedSender<Event>,
}

impl Api {
    pub fn new(commands: UnboundedSender<Event>) -> Api {
        Api { commands }
    }

    async fn ask(&self, command: Command) -> fdo::Result<String> {
        let (reply, answer) = oneshot::channel();
        let gone = || fdo::Error::Failed("unsit is shutting down".into());
        self.commands.send(Event::Request(Request { command, reply: Some(reply) })).map_err(|_| gone())?;
        answer.await.map_err(|_| gone())?.map_err(fdo::Error::Failed)
    }
}

#[zbus::interface(name = "io.github.unsit.Control1")]
impl Api {
    async fn status(&self) -> fdo::Result<String> {
        self.ask(Command::Status).await
    }

    async fn start_break(&self, routine: String) -> fdo::Result<String> {
        let routine = (!routine.is_empty()).then_some(routine);
        self.ask(Command::StartBreak { routine }).await
    }

    async fn snooze(&self, seconds: u32) -> fdo::Result<String> {
        let by = (seconds > 0).then(|| std::time::Duration::from_secs(seconds.into()));
        self.ask(Command::Snooze(by)).await
    }

    async fn skip(&self) -> fdo::Result<String> {
        self.ask(Command::Skip).await
    }

    /// Pause reminders: `""` until resumed, `tomorrow`, or a duration such as `30m`.
    async fn pause(&self, length: String) -> fdo::Result<String> {
        let length = pause_length(&length).map_err(fdo::Error::InvalidArgs)?;
        self.ask(Command::Pause(length)).await
    }

    async fn resume(&self) -> fdo::Result<String> {
        self.ask(Command::Resume).await
    }

    async fn settings(&self) -> fdo::Result<String> {
        self.ask(Command::Settings).await
    }

    async fn set(&self, key: String, value: String) -> fdo::Result<String> {
        self.ask(Command::Set { key, value }).await
    }

    async fn quit(&self) -> fdo::Result<String> {
        self.ask(Command::Quit).await
    }

    async fn session_finished(&self, report: String) -> fdo::Result<()> {
        let report: SessionReport = serde_json::from_str(&report)
            .map_err(|e| fdo::Error::InvalidArgs(format!("session report: {e}")))?;
        self.ask(Command::SessionFinished(report)).await.map(drop)
    }
}
