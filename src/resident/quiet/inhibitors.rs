//! An application keeps the screen awake: a presentation, a call, a video playing. Where the
//! desktop lists such inhibitors:
//! - logind's `ListInhibitors` on the system bus: an `idle` lock of the user's, in block mode;
//! - GNOME's session manager: `InhibitedActions` has the idle flag (8), and `GetInhibitors` names
//!   the application;
//! - KDE Plasma's power management: `PolicyAgent.ListInhibitions`.
//!
//! Each is asked only when it is on the bus; nothing is started by asking.

use futures_util::future::{BoxFuture, FutureExt as _};
use zbus::zvariant::OwnedObjectPath;

use super::bus;
use super::Probe;
use crate::scheduler::Quiet;
use crate::settings::Holds;

/// GNOME's `GSM_INHIBITOR_FLAG_IDLE`.
const GNOME_IDLE: u32 = 8;

pub struct Inhibitors {
    session: zbus::Connection,
    /// Connected when first asked; `None` inside if there is no system bus.
    system: Option<Option<zbus::Connection>>,
}

impl Inhibitors {
    pub fn new(session: zbus::Connection) -> Inhibitors {
        Inhibitors { session, system: None }
    }

    /// The first application found keeping the screen awake.
    pub async fn who(&mut self) -> Option<String> {
        if let Some(who) = self.gnome().await {
            return Some(who);
        }
        if let Some(who) = self.kde().await {
            return Some(who);
        }
        self.logind().await
    }

    async fn gnome(&self) -> Option<String> {
        const SERVICE: &str = "org.gnome.SessionManager";
        let conn = &self.session;
        if !bus::has_owner(conn, SERVICE).await {
            return None;
        }
        let manager = (SERVICE, "/org/gnome/SessionManager", SERVICE);
        let actions = bus::property(conn, manager, "InhibitedActions").await?;
        if u32::try_from(actions).ok()? & GNOME_IDLE == 0 {
            return None;
        }
        let paths: Vec<OwnedObjectPath> = bus::call(conn, manager, "GetInhibitors", &()).await?;
        for path in paths {
            let inhibitor = (SERVICE, path.as_str(), "org.gnome.SessionManager.Inhibitor");
            let flags: Option<u32> = bus::call(conn, inhibitor, "GetFlags", &()).await;
            if flags.is_some_and(|f| f & GNOME_IDLE != 0) {
                let app: Option<String> = bus::call(conn, inhibitor, "GetAppId", &()).await;
                return Some(app_name(app.as_deref().unwrap_or("")));
            }
        }
        Some(app_name(""))
    }

    async fn kde(&self) -> Option<String> {
        const SERVICE: &str = "org.kde.Solid.PowerManagement";
        if !bus::has_owner(&self.session, SERVICE).await {
            return None;
        }
        let agent = (
            SERVICE,
            "/org/kde/Solid/PowerManagement/PolicyAgent",
            "org.kde.Solid.PowerManagement.PolicyAgent",
        );
        let list: Vec<(String, String)> = bus::call(&self.session, agent, "ListInhibitions", &()).await?;
        list.into_iter().next().map(|(app, _why)| app_name(&app))
    }

    async fn logind(&mut self) -> Option<String> {
        if self.system.is_none() {
            self.system = Some(zbus::Connection::system().await.ok());
        }
        let system = self.system.as_ref()?.as_ref()?;
        let manager = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager");
        let list: Vec<(String, String, String, String, u32, u32)> =
            bus::call(system, manager, "ListInhibitors", &()).await?;
        let uid = rustix::process::getuid().as_raw();
        list.into_iter()
            .find(|(what, _, _, mode, who_uid, _)| {
                *who_uid == uid && mode == "block" && what.split(':').any(|w| w == "idle")
            })
            .map(|(_, who, ..)| app_name(&who))
    }
}

/// What people call an application from its id: `org.gnome.Totem` → "Totem"; "" → "an application".
pub fn app_name(id: &str) -> String {
    let id = id.trim().trim_end_matches(".desktop");
    let name = if id.contains('.') && !id.contains(' ') { id.rsplit('.').next().unwrap_or(id) } else { id };
    if name.is_empty() {
        "an application".into()
    } else {
        name.to_string()
    }
}

impl Probe for Inhibitors {
    fn wanted(&self, holds: Holds) -> bool {
        holds.inhibitors
    }

    fn check(&mut self) -> BoxFuture<'_, Option<Quiet>> {
        async move { self.who().await.map(|by| Quiet::Inhibitor { by }) }.boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::app_name;

    #[test]
    fn applications_are_named_as_people_know_them() {
        assert_eq!(app_name("org.gnome.Totem"), "Totem");
        assert_eq!(app_name("firefox.desktop"), "firefox");
        assert_eq!(app_name("LibreOffice Impress"), "LibreOffice Impress");
        assert_eq!(app_name(""), "an application");
    }
}
