//! The resident: runs the scheduler against the desktop. Tray, notifications, control API, and the
//! `unsit-ui` process for sessions. Links no GTK and no WebKit.

mod api;
pub mod clock;
mod commands;
pub mod driver;
pub mod idle;
pub mod notify;
pub mod quiet;
pub mod session;
pub mod shell;
pub mod tray;
mod watch;

use std::path::Path;
use std::time::Duration;

use anyhow::Context as _;
use ksni::TrayMethods as _;
use tokio::sync::{mpsc, oneshot};
use zbus::fdo::RequestNameFlags;

use crate::dirs::Dirs;
use crate::history::Origin;
use crate::protocol::{SessionReport, BUS_NAME, OBJECT_PATH};
use crate::routine::Library;
use crate::scheduler::PauseLength;

/// Something asked of the resident, by the control API or the tray.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Status,
    StartBreak {
        routine: Option<String>,
    },
    /// `None`: the default snooze.
    Snooze(Option<Duration>),
    Skip,
    Pause(PauseLength),
    Resume,
    /// Every setting, for the settings window.
    Settings,
    /// Change a setting of `settings::LIST`: its key, and the value as text (`90m`, `rotate`).
    Set {
        key: String,
        value: String,
    },
    /// Open the settings or the history window.
    Open(session::UiWindow),
    /// Delete the history's events from before this local day.
    ForgetBefore(chrono::NaiveDate),
    Quit,
    SessionFinished(SessionReport),
    /// How far the open session has got.
    SessionProgress(SessionReport),
}

impl Command {
    pub fn set(key: &str, value: impl Into<String>) -> Command {
        Command::Set { key: key.into(), value: value.into() }
    }
}

/// Everything the driver hears, in one channel (rust-analyzer's main-loop style).
#[derive(Debug)]
pub enum Event {
    /// A command from the control API or the tray.
    Request(Request),
    /// An answer to the reminder notification.
    Answer(notify::Answer),
    /// The session window's process ended; how, in words.
    SessionEnded(String),
    /// The machine woke from suspend (logind said so).
    Woke,
    /// A pushing idle source says the user has been idle this long: the idle-reset when they
    /// went idle, zero when they came back.
    Idle(Duration),
    /// The screen was locked (`true`) or unlocked.
    Locked(bool),
    /// Something changed in the user's routines folder.
    RoutinesChanged,
    /// The notification service was restarted, or has been gone for a while: a reminder on
    /// screen is to be shown again (by the new service, or in the prompt window).
    NotificationService,
}

/// A command, who asked (for the history), and where to send the answer (a line for people, or
/// JSON for `Status`).
#[derive(Debug)]
pub struct Request {
    pub command: Command,
    pub from: Origin,
    pub reply: Option<oneshot::Sender<Result<String, String>>>,
}

#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Overrides the interval (for demos and tests: `unsit run --interval 3s`).
    pub interval: Option<Duration>,
    /// Overrides the idle-reset (for demos and tests).
    pub idle_reset: Option<Duration>,
    /// Overrides how long an unanswered reminder waits before it is sent again (15 min).
    pub renotify_every: Option<Duration>,
}

/// How `run` ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ran {
    /// Ran until asked to quit.
    Quit,
    /// Another process owns the bus name; this one did nothing.
    NameTaken(Owner),
}

/// The process that owns the bus name, as far as the bus and `/proc` tell.
#[derive(Debug, PartialEq, Eq)]
pub struct Owner {
    pub pid: Option<u32>,
    /// Its command line, its words joined by spaces (at most 200 characters).
    pub command: Option<String>,
}

impl Owner {
    /// Asks the bus who owns `name`, then `/proc` what that process is.
    async fn of(conn: &zbus::Connection, name: &'static str) -> Owner {
        let pid = async {
            let bus = zbus::fdo::DBusProxy::new(conn).await.ok()?;
            let owner = bus.get_name_owner(name.try_into().ok()?).await.ok()?;
            bus.get_connection_unix_process_id(owner.into()).await.ok()
        }
        .await;
        let command = pid.and_then(|pid| std::fs::read(format!("/proc/{pid}/cmdline")).ok()).map(|bytes| {
            let words: Vec<String> = bytes
                .split(|b| *b == 0)
                .filter(|w| !w.is_empty())
                .map(|w| String::from_utf8_lossy(w).into_owned())
                .collect();
            words.join(" ").chars().filter(|c| !c.is_control()).take(200).collect()
        });
        Owner { pid, command }
    }

    /// Whether it is unsit (a resident) rather than some other program holding unsit's name.
    pub fn is_unsit(&self) -> bool {
        let program = self.command.as_deref().and_then(|c| c.split(' ').next()).unwrap_or_default();
        Path::new(program).file_name().is_some_and(|name| name == "unsit")
    }
}

impl std::fmt::Display for Owner {
    /// "process 1234 (/usr/bin/unsit run)", as much of it as is known.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.pid, &self.command) {
            (Some(pid), Some(command)) => write!(f, "process {pid} ({command})"),
            (Some(pid), None) => write!(f, "process {pid}"),
            (None, _) => write!(f, "another process"),
        }
    }
}

/// What the desktop session lacks for the resident to run, each with a sentence of explanation.
pub fn missing_desktop(env: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let mut missing = Vec::new();
    let has_bus = env("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || env("XDG_RUNTIME_DIR").is_some_and(|d| std::path::Path::new(&d).join("bus").exists());
    if !has_bus {
        missing.push(
            "no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set and $XDG_RUNTIME_DIR/bus \
             does not exist (unsit needs it for notifications, the tray and its control API)"
                .to_string(),
        );
    }
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"].iter().any(|v| env(v).is_some_and(|s| !s.is_empty()));
    if !has_display {
        missing.push(
            "no display: neither DISPLAY nor WAYLAND_DISPLAY is set (unsit needs one to open its \
             break window)"
                .to_string(),
        );
    }
    missing
}

/// Runs the resident until it is asked to quit (or gets SIGINT/SIGTERM).
pub async fn run(options: RunOptions) -> anyhow::Result<Ran> {
    let missing = missing_desktop(|v| std::env::var(v).ok());
    if !missing.is_empty() {
        let me = std::env::current_exe().map_or_else(|_| "unsit".into(), |p| p.display().to_string());
        anyhow::bail!(
            "cannot start here:\n  - {}\nStart unsit from a desktop session, or try it in a private headless one \
             with `scripts/headless {me} run`.",
            missing.join("\n  - ")
        );
    }
    let conn = zbus::Connection::session().await.context("connecting to the D-Bus session bus")?;

    let (tx, rx) = mpsc::unbounded_channel();
    conn.object_server().at(OBJECT_PATH, api::Api::new(tx.clone())).await?;
    // Owning the name is the single-instance lock; ask before anything shows on screen.
    match conn.request_name_with_flags(BUS_NAME, RequestNameFlags::DoNotQueue.into()).await {
        Ok(_) => {}
        Err(zbus::Error::NameTaken) => return Ok(Ran::NameTaken(Owner::of(&conn, BUS_NAME).await)),
        Err(e) => return Err(e).context(format!("claiming the bus name {BUS_NAME}")),
    }

    let dirs = Dirs::from_env();
    let settings_path = dirs.settings_file();
    if let Some(path) = &settings_path {
        let removed = crate::data::remove_stale_temporaries(path);
        if removed > 0 {
            log::info!("removed {removed} unfinished copies of the settings file left by a killed unsit");
        }
    }
    if settings_path.is_none() {
        log::warn!(
            "no settings folder (neither XDG_CONFIG_HOME nor HOME is set): changes last until unsit quits"
        );
    }
    // The library is loaded once here and handed to whoever needs it; the driver loads it again
    // when the routines folder changes.
    let routines_dir = dirs.routines();
    // The words, and the routines' text, in the language of the settings or the environment.
    let language = settings_path.as_deref().and_then(crate::settings::language_of);
    crate::lang::set(crate::lang::Words::new(
        crate::lang::Locale::from_env(language),
        crate::lang::Parts::Core,
    ));
    log::info!("language: {}", crate::lang::words().locale.code);
    let (library, errors) = Library::load(routines_dir.as_deref());
    for e in errors {
        log::warn!("{e}; that routine is left out");
    }
    let (settings, warnings) = crate::settings::current(settings_path.as_deref(), &library);
    let mut problems = Vec::new();
    for w in &warnings {
        log::warn!("{w}");
        problems.push(w.to_string());
    }
    if let (Some(path), true) = (&settings_path, warnings.iter().any(|w| w.file_ignored)) {
        // The file stays as it is; a copy keeps it safe whatever happens to it later.
        match crate::settings::keep_aside(path, chrono::Local::now()) {
            Ok(copy) => {
                let note = crate::t!(
                    "settings-file-kept-aside",
                    path = path.display().to_string(),
                    copy = copy.display().to_string()
                );
                log::warn!("{note}");
                problems.push(note);
            }
            Err(e) => log::warn!("cannot copy {} aside: {e}", path.display()),
        }
    }
    let autostart_entry = dirs.autostart_entry();
    if let (Some(entry), Ok(exe)) = (&autostart_entry, std::env::current_exe()) {
        match crate::autostart::sync(entry, settings.autostart, &exe) {
            Ok(Some(what)) => log::info!("{what}: {}", entry.display()),
            Ok(None) => {}
            Err(e) => log::warn!("cannot update {}: {e}", entry.display()),
        }
    }
    if let Some(dir) = &routines_dir {
        watch::routines(dir, tx.clone());
    }
    let mut config = settings.config.clone();
    if let Some(interval) = options.interval {
        config.interval = interval;
    }
    if let Some(idle_reset) = options.idle_reset {
        config.idle_reset = idle_reset;
    }
    if let Some(every) = options.renotify_every {
        config.renotify_every = every;
    }

    let notifier = match notify::Notifier::new(&conn, tx.clone()).await {
        Ok(n) => Some(n),
        Err(e) => {
            log::warn!("notifications are unavailable: {e}");
            None
        }
    };
    watch_for_wakeups(tx.clone()).await;
    idle::lock::watch(&conn, tx.clone()).await;
    let idle = idle::Idle::detect(&conn, &tx, config.idle_reset).await;
    quit_on_signals(tx.clone());

    let tray = tray::UnsitTray::new(tray::TrayView::new(crate::scheduler::State::Counting), tx.clone());
    // With no tray host the resident still runs; the item registers if a host appears later.
    let tray = match tray.assume_sni_available(true).spawn().await {
        Ok(handle) => Some(handle),
        Err(e) => {
            log::warn!("no tray icon: {e}");
            None
        }
    };
    let shell = shell::DesktopShell {
        notifier,
        prompt: None,
        reminder: None,
        windows: Default::default(),
        tray: tray.clone(),
        idle,
        quiet: quiet::Probes::desktop(&conn),
        sleep: clock::SleepClock::new(),
        ui_program: session::ui_program(),
        autostart_entry,
        events: tx,
    };
    let mut driver = driver::Driver::new(config, shell, library)
        .with_settings(&settings, settings_path, problems)
        .with_routines_dir(routines_dir);
    match dirs.history_file() {
        Some(path) => driver = driver.with_history(crate::history::Store::open(&path, chrono::Local::now())),
        None => log::warn!("no data folder (neither XDG_DATA_HOME nor HOME is set): no history is kept"),
    }
    // The shell comes back when the driver quits; dropping it ends the notifier's listener.
    drop(driver.run(rx).await);

    // Flush the answer to `quit` and leave the bus cleanly: once every client of the
    // connection is gone, graceful_shutdown returns.

    if let Some(tray) = tray {
        tray.shutdown().await;
    }
    let _ = conn.release_name(BUS_NAME).await;
    conn.graceful_shutdown().await;
    Ok(Ran::Quit)
}

/// SIGINT and SIGTERM ask the driver to quit, like `unsit quit`, so that it cleans up.
fn quit_on_signals(events: mpsc::UnboundedSender<Event>) {
    use tokio::signal::unix::{signal, SignalKind};
    tokio::spawn(async move {
        let (Ok(mut int), Ok(mut term)) = (signal(SignalKind::interrupt()), signal(SignalKind::terminate()))
        else {
            log::warn!("cannot listen for SIGINT/SIGTERM; use `unsit quit`");
            return;
        };
        tokio::select! {
            _ = int.recv() => {}
            _ = term.recv() => {}
        }
        let _ =
            events.send(Event::Request(Request { command: Command::Quit, from: Origin::Cli, reply: None }));
    });
}

#[zbus::proxy(
    interface = "org.freedesktop.login1.Manager",
    default_service = "org.freedesktop.login1",
    default_path = "/org/freedesktop/login1"
)]
trait Login1Manager {
    #[zbus(signal)]
    fn prepare_for_sleep(&self, start: bool) -> zbus::Result<()>;
}

/// Where logind is on the system bus, wake the driver as soon as the machine resumes, so that a
/// suspend counts as a break at once rather than at the next housekeeping.
async fn watch_for_wakeups(events: mpsc::UnboundedSender<Event>) {
    use futures_util::StreamExt as _;
    let Ok(system) = zbus::Connection::system().await else {
        log::debug!("no system bus: suspend is noticed by the clocks alone");
        return;
    };
    let Ok(manager) = Login1ManagerProxy::new(&system).await else { return };
    let Ok(mut signals) = manager.receive_prepare_for_sleep().await else { return };
    tokio::spawn(async move {
        // The connection lives in the proxy, which lives in this task.
        let _manager = manager;
        while let Some(signal) = signals.next().await {
            if signal.args().is_ok_and(|a| !a.start) && events.send(Event::Woke).is_err() {
                break;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_everything_the_desktop_lacks() {
        let none = missing_desktop(|_| None);
        assert_eq!(none.len(), 2);
        assert!(none[0].starts_with("no D-Bus session bus"));
        assert!(none[1].starts_with("no display"));
        let ok = missing_desktop(|v| match v {
            "DBUS_SESSION_BUS_ADDRESS" => Some("unix:path=/x".into()),
            "WAYLAND_DISPLAY" => Some("wayland-0".into()),
            _ => None,
        });
        assert!(ok.is_empty());
    }
}
