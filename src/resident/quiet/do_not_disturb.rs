//! Do Not Disturb is on. Asked of the notification server and the desktop, each only when it is
//! on the bus (nothing is started by asking):
//! - the notification server's `Inhibited` property (`org.freedesktop.Notifications`, as KDE
//!   Plasma's has);
//! - dunst's `paused` (`org.dunstproject.cmd0`, `dunstctl set-paused true`);
//! - GNOME's `show-banners` set to false, read through the settings portal
//!   (`org.freedesktop.portal.Settings`);
//! - Xfce's notification daemon's `/do-not-disturb` in xfconf.

use futures_util::future::{BoxFuture, FutureExt as _};

use super::bus::{self, boolean};
use super::Probe;
use crate::scheduler::Quiet;
use crate::settings::Holds;

pub struct DoNotDisturb {
    session: zbus::Connection,
}

const NOTIFICATIONS: &str = "org.freedesktop.Notifications";
const PORTAL: &str = "org.freedesktop.portal.Desktop";
const XFCONF: &str = "org.xfce.Xfconf";

impl DoNotDisturb {
    pub fn new(session: zbus::Connection) -> DoNotDisturb {
        DoNotDisturb { session }
    }

    /// Whether any of them says not to disturb.
    pub async fn on(&self) -> bool {
        let conn = &self.session;
        let server = |interface| (NOTIFICATIONS, "/org/freedesktop/Notifications", interface);
        if bus::has_owner(conn, NOTIFICATIONS).await {
            for (interface, name) in [(NOTIFICATIONS, "Inhibited"), ("org.dunstproject.cmd0", "paused")] {
                if bus::property(conn, server(interface), name).await.and_then(boolean) == Some(true) {
                    return true;
                }
            }
        }
        if bus::has_owner(conn, PORTAL).await {
            let settings = (PORTAL, "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings");
            let args = ("org.gnome.desktop.notifications", "show-banners");
            let banners = bus::call(conn, settings, "Read", &args).await.and_then(boolean);
            if banners == Some(false) {
                return true;
            }
        }
        if bus::has_owner(conn, XFCONF).await {
            let xfconf = (XFCONF, "/org/xfce/Xfconf", "org.xfce.Xfconf");
            let args = ("xfce4-notifyd", "/do-not-disturb");
            if bus::call(conn, xfconf, "GetProperty", &args).await.and_then(boolean) == Some(true) {
                return true;
            }
        }
        false
    }
}

impl Probe for DoNotDisturb {
    fn wanted(&self, holds: Holds) -> bool {
        holds.do_not_disturb
    }

    fn check(&mut self) -> BoxFuture<'_, Option<Quiet>> {
        async move { self.on().await.then_some(Quiet::DoNotDisturb) }.boxed()
    }
}
