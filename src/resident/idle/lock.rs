//! The screen lock, on every desktop: logind's `LockedHint` on the user's session (set by the lock
//! screens of GNOME, KDE Plasma and others), and the screensaver's `ActiveChanged` signal on the
//! session bus (`org.freedesktop.ScreenSaver` for KDE and Xfce, and GNOME's, MATE's and
//! Cinnamon's own). Either one locked is locked; [`Event::Locked`] is sent on every change.
//! Nothing is asked: both are signals.

use futures_util::stream::{select_all, StreamExt as _};
use tokio::sync::mpsc::UnboundedSender;
use zbus::{MatchRule, MessageStream};

use super::Event;

/// The screensaver interfaces whose `ActiveChanged(bool)` signal says the screen is locked.
pub const SCREENSAVERS: [&str; 4] = [
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
];

/// What the two witnesses last said; locked when either says so.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Witnesses {
    screensaver: bool,
    logind: bool,
}

impl Witnesses {
    fn locked(self) -> bool {
        self.screensaver || self.logind
    }
}

#[derive(Debug, Clone, Copy)]
enum Said {
    ScreenSaver(bool),
    Logind(bool),
}

#[zbus::proxy(
    interface = "org.freedesktop.login1.Manager",
    default_service = "org.freedesktop.login1",
    default_path = "/org/freedesktop/login1"
)]
trait Login1Manager {
    fn get_session(&self, id: &str) -> zbus::Result<zbus::zvariant::OwnedObjectPath>;
}

#[zbus::proxy(interface = "org.freedesktop.login1.Session", default_service = "org.freedesktop.login1")]
trait Login1Session {
    #[zbus(property)]
    fn id(&self) -> zbus::Result<String>;
    #[zbus(property)]
    fn locked_hint(&self) -> zbus::Result<bool>;
}

/// Starts watching the lock; the task sends [`Event::Locked`] on every change.
pub async fn watch(session: &zbus::Connection, events: UnboundedSender<Event>) {
    let mut streams = Vec::new();
    // One rule for every screensaver: the interface is checked here, on the few signals called so.
    let rule =
        MatchRule::builder().msg_type(zbus::message::Type::Signal).member("ActiveChanged").map(|r| r.build());
    let stream = match rule {
        Ok(rule) => MessageStream::for_match_rule(rule, session, Some(8)).await,
        Err(e) => Err(e),
    };
    match stream {
        Ok(stream) => streams.push(
            stream
                .filter_map(|m| async move {
                    let m = m.ok()?;
                    let header = m.header();
                    SCREENSAVERS.contains(&header.interface()?.as_str()).then_some(())?;
                    m.body().deserialize::<bool>().ok().map(Said::ScreenSaver)
                })
                .boxed(),
        ),
        Err(e) => log::debug!("cannot listen to the screensavers' ActiveChanged: {e}"),
    }
    let mut witnesses = Witnesses::default();
    match logind_session().await {
        Ok((proxy, locked)) => {
            witnesses.logind = locked;
            let changes = proxy.receive_locked_hint_changed().await;
            streams.push(
                futures_util::stream::unfold((proxy, changes), |(proxy, mut changes)| async move {
                    let change = changes.next().await?;
                    let locked = change.get().await.ok()?;
                    Some((Said::Logind(locked), (proxy, changes)))
                })
                .boxed(),
            );
        }
        Err(e) => log::debug!("no logind session to watch for the lock: {e}"),
    }
    if witnesses.locked() {
        let _ = events.send(Event::Locked(true));
    }
    let mut said = select_all(streams);
    // Ends with the driver (its receiver dropped), so that the bus connection can close.
    tokio::spawn(async move {
        loop {
            let s = tokio::select! {
                s = said.next() => match s {
                    Some(s) => s,
                    None => break,
                },
                () = events.closed() => break,
            };
            let before = witnesses.locked();
            match s {
                Said::ScreenSaver(on) => witnesses.screensaver = on,
                Said::Logind(on) => witnesses.logind = on,
            }
            if witnesses.locked() != before && events.send(Event::Locked(witnesses.locked())).is_err() {
                break;
            }
        }
    });
}

/// The user's logind session (the one unsit runs in, or the user's graphical one), and whether
/// it is locked now.
async fn logind_session() -> zbus::Result<(Login1SessionProxy<'static>, bool)> {
    let system = zbus::Connection::system().await?;
    // "auto" stands for the caller's session; its signals come from the session's own path.
    let auto =
        Login1SessionProxy::builder(&system).path("/org/freedesktop/login1/session/auto")?.build().await?;
    let id = auto.id().await?;
    let path = Login1ManagerProxy::new(&system).await?.get_session(&id).await?;
    let proxy = Login1SessionProxy::builder(&system).path(path)?.build().await?;
    let locked = proxy.locked_hint().await?;
    Ok((proxy, locked))
}
