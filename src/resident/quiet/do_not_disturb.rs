//! Do Not Disturb is on. Asked of the notification server and the desktop, each only when it is
//! on the bus (nothing is started by asking):
//! - the notification server's `Inhibited` property (`org.freedesktop.Notifications`, as KDE
//!   Plasma's has);
//! - dunst's `paused` (`org.dunstproject.cmd0`, `dunstctl set-paused true`);
//! - GNOME's `show-banners` set to false, read through the settings portal
//!   (`org.freedesktop.portal.Settings`);
//! - Xfce's notification daemon's `/do-not-disturb` in xfconf.

use futures_util::future::{BoxFuture, FutureExt as _};
use zbus::zvariant::OwnedValue;

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

    async fn has_owner(&self, name: &str) -> bool {
        let Ok(dbus) = zbus::fdo::DBusProxy::new(&self.session).await else { return false };
        match zbus::names::BusName::try_from(name) {
            Ok(name) => dbus.name_has_owner(name).await.unwrap_or(false),
            Err(_) => false,
        }
    }

    async fn property(&self, service: &str, path: &str, interface: &str, name: &str) -> Option<bool> {
        let proxy = zbus::fdo::PropertiesProxy::builder(&self.session)
            .destination(service.to_string())
            .ok()?
            .path(path.to_string())
            .ok()?
            .build()
            .await
            .ok()?;
        let interface = zbus::names::InterfaceName::try_from(interface.to_string()).ok()?;
        let value = proxy.get(interface, name).await.ok()?;
        bool::try_from(value).ok()
    }

    async fn call(
        &self,
        service: &str,
        path: &str,
        interface: &str,
        method: &str,
        args: &(&str, &str),
    ) -> Option<OwnedValue> {
        let reply =
            self.session.call_method(Some(service), path, Some(interface), method, args).await.ok()?;
        reply.body().deserialize::<OwnedValue>().ok()
    }

    /// Whether any of them says not to disturb.
    pub async fn on(&self) -> bool {
        if self.has_owner(NOTIFICATIONS).await {
            let path = "/org/freedesktop/Notifications";
            if self.property(NOTIFICATIONS, path, NOTIFICATIONS, "Inhibited").await == Some(true)
                || self.property(NOTIFICATIONS, path, "org.dunstproject.cmd0", "paused").await == Some(true)
            {
                return true;
            }
        }
        if self.has_owner(PORTAL).await {
            let args = ("org.gnome.desktop.notifications", "show-banners");
            let value = self
                .call(
                    PORTAL,
                    "/org/freedesktop/portal/desktop",
                    "org.freedesktop.portal.Settings",
                    "Read",
                    &args,
                )
                .await;
            if value.and_then(unwrap_bool) == Some(false) {
                return true;
            }
        }
        if self.has_owner(XFCONF).await {
            let args = ("xfce4-notifyd", "/do-not-disturb");
            let value = self.call(XFCONF, "/org/xfce/Xfconf", "org.xfce.Xfconf", "GetProperty", &args).await;
            if value.and_then(unwrap_bool) == Some(true) {
                return true;
            }
        }
        false
    }
}

/// A boolean, possibly in variants within variants (the portal's `Read` wraps it twice).
fn unwrap_bool(value: OwnedValue) -> Option<bool> {
    let mut value: zbus::zvariant::Value<'static> = value.into();
    loop {
        match value {
            zbus::zvariant::Value::Bool(b) => return Some(b),
            zbus::zvariant::Value::Value(inner) => value = *inner,
            _ => return None,
        }
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
