//! The driver's view of the desktop: what it can do (effects) and ask (clocks, idle).
//! `DesktopShell` is the real one; the driver's tests use a fake on paused tokio time.

use std::future::Future;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Local};
use tokio::sync::mpsc::UnboundedSender;

use super::clock::SleepClock;
use super::idle::IdleProbe;
use super::notify::Notifier;
use super::tray::{TrayView, UnsitTray};
use super::{session, Event};

pub trait Shell {
    /// The local wall time now.
    fn wall(&self) -> DateTime<Local>;
    /// How long the machine was suspended since the previous call.
    fn slept(&mut self) -> Duration;
    /// How long the user has been idle, if the desktop can tell.
    fn idle(&mut self) -> impl Future<Output = Option<Duration>>;
    /// Shows the reminder, replacing the previous one.
    fn notify(&mut self, summary: &str, body: &str) -> impl Future<Output = ()>;
    fn close_notification(&mut self) -> impl Future<Output = ()>;
    /// Opens the session window. Its end comes back later as [`Event::SessionEnded`].
    fn open_session(&mut self, routine: &str) -> Result<(), String>;
    /// Shows the state in the tray.
    fn show(&mut self, view: TrayView) -> impl Future<Output = ()>;
}

/// The real desktop: notifications, the tray, `unsit-ui`, X11 or Mutter idle time, the clocks.
pub struct DesktopShell {
    pub notifier: Option<Notifier>,
    pub tray: Option<ksni::Handle<UnsitTray>>,
    pub idle: IdleProbe,
    pub sleep: SleepClock,
    pub ui_program: PathBuf,
    pub events: UnboundedSender<Event>,
}

impl Shell for DesktopShell {
    fn wall(&self) -> DateTime<Local> {
        Local::now()
    }

    fn slept(&mut self) -> Duration {
        self.sleep.slept()
    }

    async fn idle(&mut self) -> Option<Duration> {
        self.idle.idle().await
    }

    async fn notify(&mut self, summary: &str, body: &str) {
        match self.notifier.as_mut() {
            Some(n) => {
                if let Err(e) = n.show(summary, body).await {
                    log::warn!("could not show the reminder: {e}");
                }
            }
            None => log::warn!("a break is due, but there is no notification service to say so"),
        }
    }

    async fn close_notification(&mut self) {
        if let Some(n) = self.notifier.as_mut() {
            n.close().await;
        }
    }

    fn open_session(&mut self, routine: &str) -> Result<(), String> {
        let mut child = session::spawn_session(&self.ui_program, routine)
            .map_err(|e| format!("could not start {}: {e}", self.ui_program.display()))?;
        let events = self.events.clone();
        tokio::spawn(async move {
            let how = match child.wait().await {
                Ok(s) if s.success() => "closed".to_string(),
                Ok(s) => format!("ended with {s}"),
                Err(e) => format!("could not be waited for: {e}"),
            };
            let _ = events.send(Event::SessionEnded(how));
        });
        Ok(())
    }

    async fn show(&mut self, view: TrayView) {
        if let Some(tray) = &self.tray {
            tray.update(|t| t.view = view).await;
        }
    }
}
