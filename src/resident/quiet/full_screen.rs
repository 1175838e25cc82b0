//! A full-screen window has the focus (X11, and X clients under XWayland): the root window's
//! `_NET_ACTIVE_WINDOW` names a window whose `_NET_WM_STATE` holds `_NET_WM_STATE_FULLSCREEN`,
//! as every EWMH window manager keeps them. Wayland desktops do not tell other clients which
//! window is full screen; there, a presentation or a video usually holds an idle inhibitor, which
//! the inhibitor probe sees.

use futures_util::future::{BoxFuture, FutureExt as _};
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{Atom, AtomEnum, ConnectionExt as _, Window};
use x11rb::rust_connection::RustConnection;

use super::Probe;
use crate::scheduler::Quiet;
use crate::settings::Holds;

pub struct FullScreen {
    conn: RustConnection,
    root: Window,
    active: Atom,
    state: Atom,
    fullscreen: Atom,
}

impl FullScreen {
    /// Connects to the X server of `DISPLAY`.
    pub fn connect() -> Result<FullScreen, String> {
        let (conn, screen) = x11rb::connect(None).map_err(|e| format!("no X server: {e}"))?;
        let root = conn.setup().roots.get(screen).ok_or("the X server has no such screen")?.root;
        let atom = |name: &str| -> Result<Atom, String> {
            let cookie = conn
                .intern_atom(false, name.as_bytes())
                .map_err(|e| format!("cannot ask the X server: {e}"))?;
            cookie.reply().map(|r| r.atom).map_err(|e| format!("cannot ask the X server: {e}"))
        };
        let (active, state, fullscreen) =
            (atom("_NET_ACTIVE_WINDOW")?, atom("_NET_WM_STATE")?, atom("_NET_WM_STATE_FULLSCREEN")?);
        Ok(FullScreen { conn, root, active, state, fullscreen })
    }

    /// Whether the focused window is full screen; `None` if the X server cannot be asked. The
    /// properties are read whatever their type says (WINDOW and ATOM as window managers set them,
    /// CARDINAL as some tools do).
    pub fn focused_is_full_screen(&self) -> Option<bool> {
        let active =
            self.conn.get_property(false, self.root, self.active, AtomEnum::ANY, 0, 1).ok()?.reply().ok()?;
        let Some(window) = active.value32().and_then(|mut v| v.next()).filter(|&w| w != 0) else {
            return Some(false);
        };
        // The window may have gone since; then it is not full screen.
        let Some(state) =
            self.conn.get_property(false, window, self.state, AtomEnum::ANY, 0, 64).ok()?.reply().ok()
        else {
            return Some(false);
        };
        Some(state.value32().is_some_and(|mut atoms| atoms.any(|a| a == self.fullscreen)))
    }
}

impl Probe for FullScreen {
    fn wanted(&self, holds: Holds) -> bool {
        holds.full_screen
    }

    fn check(&mut self) -> BoxFuture<'_, Option<Quiet>> {
        let full = self.focused_is_full_screen() == Some(true);
        std::future::ready(full.then_some(Quiet::FullScreen)).boxed()
    }
}
