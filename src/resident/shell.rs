//! The driver's view of the desktop: what it can do (effects) and ask (clocks, idle).
//! `DesktopShell` is the real one; the driver's tests use a fake on paused tokio time.

use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Local};
use tokio::sync::mpsc::UnboundedSender;

use super::clock::SleepClock;
use super::idle::Idle;
use super::notify::Notifier;
use super::quiet::Probes;
use super::session::{self, Break, UiProcess, UiWindow};
use super::tray::{TrayView, UnsitTray};
use super::Event;
use crate::protocol::IdleSource;
use crate::scheduler::Quiet;
use crate::settings::Holds;

pub trait Shell {
    /// The local wall time now.
    fn wall(&self) -> DateTime<Local>;
    /// How long the machine was suspended since the previous call.
    fn slept(&mut self) -> Duration;
    /// Where idle time comes from. A source that pushes sends [`Event::Idle`] and is not asked.
    fn idle_source(&self) -> IdleSource;
    /// How long the user has been idle, if the desktop can tell (sampled sources).
    fn idle(&mut self) -> impl Future<Output = Option<Duration>>;
    /// Tells a pushing source after how long without input to say the user went idle.
    fn watch_idle(&mut self, after: Duration);
    /// Whether this is a quiet moment, asking only the probes `holds` turns on.
    fn quiet(&mut self, holds: Holds) -> impl Future<Output = Option<Quiet>>;
    /// Shows the reminder, replacing the previous one.
    fn notify(&mut self, reminder: &Reminder) -> impl Future<Output = ()>;
    fn close_notification(&mut self) -> impl Future<Output = ()>;
    /// Shows the reminder on screen again, if there is one: its notification service changed.
    fn notify_again(&mut self) -> impl Future<Output = ()>;
    /// Opens the session window. Its end comes back later as [`Event::SessionEnded`].
    fn open_session(&mut self, what: &Break) -> Result<(), String>;
    /// Shows the state in the tray.
    fn show(&mut self, view: TrayView) -> impl Future<Output = ()>;
    /// Writes or removes the XDG autostart entry.
    fn set_autostart(&mut self, on: bool) -> Result<(), String>;
    /// Opens the settings or the history window, unless it is open already.
    fn open_window(&mut self, window: UiWindow) -> Result<(), String>;
}

/// What a reminder says, and what its Snooze button does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub summary: String,
    pub body: String,
    /// How long Snooze puts the break off (the default snooze).
    pub snooze: Duration,
}

/// The real desktop: notifications, the tray, `unsit-ui`, X11 or Mutter idle time, the clocks.
pub struct DesktopShell {
    /// Shows reminders as notifications; when that fails (no notification service on the bus),
    /// they open the prompt window instead.
    pub notifier: Option<Notifier>,
    /// The prompt window (`unsit-ui prompt`) standing in for the notification.
    pub prompt: Option<UiProcess>,
    /// The reminder on screen, from `notify` until `close_notification`.
    pub reminder: Option<Reminder>,
    /// The settings and history windows opened so far.
    pub windows: HashMap<UiWindow, UiProcess>,
    pub tray: Option<ksni::Handle<UnsitTray>>,
    pub idle: Idle,
    /// The quiet-moment probes.
    pub quiet: Probes,
    pub sleep: SleepClock,
    pub ui_program: PathBuf,
    /// unsit's autostart entry; `None` when there is no configuration folder.
    pub autostart_entry: Option<PathBuf>,
    pub events: UnboundedSender<Event>,
}

impl Shell for DesktopShell {
    fn wall(&self) -> DateTime<Local> {
        Local::now()
    }

    fn slept(&mut self) -> Duration {
        self.sleep.slept()
    }

    fn idle_source(&self) -> IdleSource {
        self.idle.source()
    }

    async fn idle(&mut self) -> Option<Duration> {
        self.idle.sample().await
    }

    fn watch_idle(&mut self, after: Duration) {
        self.idle.watch(after);
    }

    async fn quiet(&mut self, holds: Holds) -> Option<Quiet> {
        self.quiet.check(holds).await
    }

    async fn notify(&mut self, reminder: &Reminder) {
        self.reminder = Some(reminder.clone());
        // Asked each time: a notification service may come (or go) after unsit started.
        let shown = match self.notifier.as_mut() {
            Some(notifier) => {
                let snooze = crate::words::snooze_button(reminder.snooze);
                notifier.show(&reminder.summary, &reminder.body, &snooze).await
            }
            None => Err(zbus::Error::Failure("no connection for notifications".into())),
        };
        if let Err(e) = shown {
            log::warn!(
                "no notification service to show the reminder ({e}); opening the prompt window instead"
            );
            self.open_prompt(reminder);
        }
    }

    async fn notify_again(&mut self) {
        let Some(reminder) = self.reminder.clone() else { return };
        if self.prompt.as_ref().is_some_and(UiProcess::is_open) {
            return; // the prompt shows it, and stays until it is answered
        }
        log::info!("showing the reminder again");
        self.notify(&reminder).await;
    }

    async fn close_notification(&mut self) {
        self.reminder = None;
        if let Some(n) = self.notifier.as_mut() {
            n.close().await;
        }
        if let Some(prompt) = self.prompt.take() {
            // Answered elsewhere (the tray, the CLI), or by the prompt itself, which is closing.
            prompt.close();
        }
    }

    fn open_session(&mut self, what: &Break) -> Result<(), String> {
        let mut child = session::spawn_session(&self.ui_program, what)
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

    fn open_window(&mut self, window: UiWindow) -> Result<(), String> {
        if self.windows.get(&window).is_some_and(UiProcess::is_open) {
            return Ok(());
        }
        let opened = session::spawn_window(&self.ui_program, window)
            .map_err(|e| format!("could not start {}: {e}", self.ui_program.display()))?;
        self.windows.insert(window, opened);
        Ok(())
    }

    fn set_autostart(&mut self, on: bool) -> Result<(), String> {
        let entry = self.autostart_entry.as_ref().ok_or(
            "no configuration folder (neither XDG_CONFIG_HOME nor HOME is set) for the autostart entry",
        )?;
        let exe = std::env::current_exe().map_err(|e| format!("cannot tell where unsit is ({e})"))?;
        match crate::autostart::sync(entry, on, &exe) {
            Ok(Some(what)) => log::info!("{what}: {}", entry.display()),
            Ok(None) => {}
            Err(e) => return Err(format!("cannot update {} ({e})", entry.display())),
        }
        Ok(())
    }
}

impl DesktopShell {
    /// Opens the prompt window in place of a notification. One at most: while it is open, a
    /// reminder sent again finds it still on screen.
    fn open_prompt(&mut self, reminder: &Reminder) {
        if self.prompt.as_ref().is_some_and(UiProcess::is_open) {
            return;
        }
        match session::spawn_prompt(&self.ui_program, &reminder.body, reminder.snooze) {
            Ok(opened) => self.prompt = Some(opened),
            Err(e) => log::warn!(
                "a break is due, but there is no notification service and the prompt window could not \
                 open ({}: {e}); `unsit status` and the tray still show it",
                self.ui_program.display()
            ),
        }
    }
}
