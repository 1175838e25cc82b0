//! The resident: runs the scheduler against the desktop. Tray, notifications, control API, and the
//! `unsit-ui` process for sessions. Links no GTK and no WebKit.

mod api;
mod driver;
pub mod notify;
pub mod session;
pub mod tray;

use std::time::Duration;

use anyhow::Context as _;
use ksni::TrayMethods as _;
use tokio::sync::{mpsc, oneshot};
use zbus::fdo::RequestNameFlags;

use crate::control::{SessionReport, BUS_NAME, OBJECT_PATH};

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
    Quit,
    SessionFinished(SessionReport),
}

/// A command, and where to send the answer (a line for people, or JSON for `Status`).
pub struct Request {
    pub command: Command,
    pub reply: Option<oneshot::Sender<Result<String, String>>>,
}

#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Overrides the interval (for demos and tests: `unsit run --interval 3s`).
    pub interval: Option<Duration>,
}

/// How `run` ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ran {
    /// Ran until asked to quit.
    Quit,
    /// Another resident owns the bus name; this one did nothing.
    AlreadyRunning,
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
        anyhow::bail!(
            "unsit cannot start here:\n  - {}\nStart it from a desktop session, or try it in a \
             private headless one with `scripts/headless unsit run`.",
            missing.join("\n  - ")
        );
    }
    let conn = zbus::Connection::session().await.context("connecting to the D-Bus session bus")?;

    let (tx, rx) = mpsc::unbounded_channel();
    conn.object_server().at(OBJECT_PATH, api::Api::new(tx.clone())).await?;
    // Owning the name is the single-instance lock; ask before anything shows on screen.
    match conn.request_name_with_flags(BUS_NAME, RequestNameFlags::DoNotQueue.into()).await {
        Ok(_) => {}
        Err(zbus::Error::NameTaken) => return Ok(Ran::AlreadyRunning),
        Err(e) => return Err(e).context(format!("claiming the bus name {BUS_NAME}")),
    }

    let notifier = match notify::Notifier::new(&conn).await {
        Ok(n) => Some(n),
        Err(e) => {
            log::warn!("notifications are unavailable: {e}");
            None
        }
    };

    let mut driver = driver::Driver::new(options, notifier);
    let tray = tray::UnsitTray::new(driver.tray_view(), tx);
    // With no tray host the resident still runs; the item registers if a host appears later.
    let tray = match tray.assume_sni_available(true).spawn().await {
        Ok(handle) => Some(handle),
        Err(e) => {
            log::warn!("no tray icon: {e}");
            None
        }
    };
    driver.set_tray(tray.clone());
    driver.run(rx).await;

    // Flush the answer to `quit` and leave the bus cleanly: once every client of the
    // connection is gone, graceful_shutdown returns.

    if let Some(tray) = tray {
        tray.shutdown().await;
    }
    let _ = conn.release_name(BUS_NAME).await;
    conn.graceful_shutdown().await;
    Ok(Ran::Quit)
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
