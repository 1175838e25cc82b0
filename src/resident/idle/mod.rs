//! Where the resident learns that the user is away: idle time and the screen lock.
//!
//! The idle source is chosen once at start from what the session offers, best first:
//! - the Wayland compositor's **ext-idle-notify-v1** (`wayland.rs`): it says when the user goes
//!   idle and comes back; nothing is asked, so the resident sleeps until then;
//! - GNOME's **Mutter IdleMonitor** (`mutter.rs`), with an idle watch and a user-active watch:
//!   pushed the same way;
//! - X11's **MIT-SCREEN-SAVER** (below): idle time asked at every housekeeping;
//! - nothing: the user counts as always there, and `unsit status` says so.
//!
//! The screen lock (`lock.rs`) is watched on every desktop besides: logind's `LockedHint` and the
//! screensaver's `ActiveChanged` signal.

pub mod lock;
mod mutter;
pub mod wayland;

use std::time::Duration;

use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::watch;
use x11rb::connection::Connection as _;
use x11rb::protocol::screensaver::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

use super::Event;
use crate::protocol::IdleSource;

/// The idle source in use.
pub enum Idle {
    /// A source that says when the user goes idle and comes back ([`Event::Idle`]); told the
    /// idle-reset through `after`. Its task ends when this is dropped.
    Pushed { source: IdleSource, after: watch::Sender<Duration> },
    /// X11: asked at every housekeeping.
    X11 { conn: Box<RustConnection>, root: u32 },
    /// Nothing to ask: idle is unknown and the user counts as active.
    None,
}

impl Idle {
    /// The best source this session offers. `after` is the idle-reset, to watch for at once.
    pub async fn detect(
        session: &zbus::Connection,
        events: &UnboundedSender<Event>,
        after: Duration,
    ) -> Idle {
        let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty());
        let (tx, rx) = watch::channel(after);
        if wayland {
            match wayland::watch(rx.clone(), events.clone()) {
                Ok(()) => return Idle::Pushed { source: IdleSource::ExtIdleNotify, after: tx },
                Err(e) => log::debug!("no Wayland idle notifications: {e}"),
            }
        }
        match mutter::watch(session, rx, events.clone()).await {
            Ok(()) => return Idle::Pushed { source: IdleSource::Mutter, after: tx },
            Err(e) => log::debug!("no GNOME idle monitor: {e}"),
        }
        if let Some(x11) = Idle::x11() {
            return x11;
        }
        log::warn!(
            "cannot tell when you are away (no Wayland idle notifications, no GNOME idle monitor, no X11 \
             screen-saver extension): every minute counts as sitting, though a locked screen still counts as away"
        );
        Idle::None
    }

    fn x11() -> Option<Idle> {
        let (conn, screen) = x11rb::connect(None).ok()?;
        let root = conn.setup().roots.get(screen)?.root;
        // Ask once: a server without the extension (XWayland) fails here rather than every minute.
        conn.screensaver_query_info(root).ok()?.reply().ok()?;
        Some(Idle::X11 { conn: Box::new(conn), root })
    }

    pub fn source(&self) -> IdleSource {
        match self {
            Idle::Pushed { source, .. } => *source,
            Idle::X11 { .. } => IdleSource::X11,
            Idle::None => IdleSource::None,
        }
    }

    /// Time since the last keyboard or pointer input, from a sampled source; `None` otherwise.
    pub async fn sample(&mut self) -> Option<Duration> {
        match self {
            Idle::X11 { conn, root } => {
                let info = conn.screensaver_query_info(*root).ok()?.reply().ok()?;
                Some(Duration::from_millis(info.ms_since_user_input.into()))
            }
            Idle::Pushed { .. } | Idle::None => None,
        }
    }

    /// Tells a pushing source the idle-reset.
    pub fn watch(&mut self, after: Duration) {
        if let Idle::Pushed { after: tx, .. } = self {
            tx.send_if_modified(|now| std::mem::replace(now, after) != after);
        }
    }
}
