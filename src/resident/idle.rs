//! How long the user has been idle: X11's MIT-SCREEN-SAVER, or GNOME's Mutter IdleMonitor on
//! Wayland. Where neither answers, the user counts as always active (and the log says so once).

use std::time::Duration;

use x11rb::connection::Connection as _;
use x11rb::protocol::screensaver::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

#[zbus::proxy(
    interface = "org.gnome.Mutter.IdleMonitor",
    default_service = "org.gnome.Mutter.IdleMonitor",
    default_path = "/org/gnome/Mutter/IdleMonitor/Core"
)]
pub trait MutterIdleMonitor {
    fn get_idletime(&self) -> zbus::Result<u64>;
}

pub enum IdleProbe {
    X11 {
        conn: Box<RustConnection>,
        root: u32,
    },
    Mutter(MutterIdleMonitorProxy<'static>),
    /// Nothing to ask: idle is unknown and the user counts as active.
    None,
}

impl IdleProbe {
    /// The best probe this session offers. On Wayland, X11's answer would only cover X clients
    /// (XWayland), so Mutter is asked first there.
    pub async fn detect(session: &zbus::Connection) -> IdleProbe {
        let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty());
        if wayland {
            if let Some(probe) = IdleProbe::mutter(session).await {
                return probe;
            }
        }
        if let Some(probe) = IdleProbe::x11() {
            return probe;
        }
        if !wayland {
            if let Some(probe) = IdleProbe::mutter(session).await {
                return probe;
            }
        }
        log::warn!(
            "cannot tell when you are away (no X11 screen-saver extension, no GNOME idle monitor): \
             idle time and screen locks will not count as breaks"
        );
        IdleProbe::None
    }

    fn x11() -> Option<IdleProbe> {
        let (conn, screen) = x11rb::connect(None).ok()?;
        let root = conn.setup().roots.get(screen)?.root;
        let probe = IdleProbe::X11 { conn: Box::new(conn), root };
        // Ask once: a server without the extension fails here rather than on every sample.
        match &probe {
            IdleProbe::X11 { conn, root } => conn.screensaver_query_info(*root).ok()?.reply().ok()?,
            _ => unreachable!(),
        };
        log::debug!("idle time from X11 MIT-SCREEN-SAVER");
        Some(probe)
    }

    async fn mutter(session: &zbus::Connection) -> Option<IdleProbe> {
        let proxy = MutterIdleMonitorProxy::new(session).await.ok()?;
        proxy.get_idletime().await.ok()?;
        log::debug!("idle time from org.gnome.Mutter.IdleMonitor");
        Some(IdleProbe::Mutter(proxy))
    }

    /// Time since the last keyboard or pointer input; `None` if unknown.
    pub async fn idle(&mut self) -> Option<Duration> {
        match self {
            IdleProbe::X11 { conn, root } => {
                let info = conn.screensaver_query_info(*root).ok()?.reply().ok()?;
                Some(Duration::from_millis(info.ms_since_user_input.into()))
            }
            IdleProbe::Mutter(proxy) => proxy.get_idletime().await.ok().map(Duration::from_millis),
            IdleProbe::None => None,
        }
    }
}
