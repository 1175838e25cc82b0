//! Idle from GNOME's Mutter IdleMonitor, with watches: an idle watch fires once the user has not
//! touched anything for the idle-reset, and a user-active watch (one-shot, added then) fires at
//! the first input after. Both arrive as `WatchFired`; nothing is asked in between.

use std::time::Duration;

use futures_util::StreamExt as _;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::watch;

use super::Event;

#[zbus::proxy(
    interface = "org.gnome.Mutter.IdleMonitor",
    default_service = "org.gnome.Mutter.IdleMonitor",
    default_path = "/org/gnome/Mutter/IdleMonitor/Core"
)]
trait MutterIdleMonitor {
    fn get_idletime(&self) -> zbus::Result<u64>;
    fn add_idle_watch(&self, interval: u64) -> zbus::Result<u32>;
    fn add_user_active_watch(&self) -> zbus::Result<u32>;
    fn remove_watch(&self, id: u32) -> zbus::Result<()>;
    #[zbus(signal)]
    fn watch_fired(&self, id: u32) -> zbus::Result<()>;
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// Watches Mutter's idle monitor in a task, if there is one on the session bus.
pub async fn watch(
    session: &zbus::Connection,
    mut after: watch::Receiver<Duration>,
    events: UnboundedSender<Event>,
) -> zbus::Result<()> {
    let monitor = MutterIdleMonitorProxy::new(session).await?;
    // Asked once, so that a bus without Mutter fails here.
    monitor.get_idletime().await?;
    let mut fired = monitor.receive_watch_fired().await?;
    let mut threshold = *after.borrow_and_update();
    let mut idle_watch = monitor.add_idle_watch(millis(threshold)).await?;
    let mut active_watch = None;
    tokio::spawn(async move {
        loop {
            tokio::select! {
                signal = fired.next() => {
                    let Some(signal) = signal else { break };
                    let Ok(args) = signal.args() else { continue };
                    if args.id == idle_watch {
                        let _ = events.send(Event::Idle(threshold));
                        active_watch = monitor.add_user_active_watch().await.ok();
                    } else if Some(args.id) == active_watch {
                        active_watch = None;
                        let _ = events.send(Event::Idle(Duration::ZERO));
                    }
                }
                changed = after.changed() => {
                    if changed.is_err() {
                        break;
                    }
                    threshold = *after.borrow_and_update();
                    let _ = monitor.remove_watch(idle_watch).await;
                    match monitor.add_idle_watch(millis(threshold)).await {
                        Ok(id) => idle_watch = id,
                        Err(e) => {
                            log::warn!("GNOME's idle monitor refused a watch ({e}); idle time is no longer known");
                            break;
                        }
                    }
                }
            }
        }
        let _ = monitor.remove_watch(idle_watch).await;
        if let Some(id) = active_watch {
            let _ = monitor.remove_watch(id).await;
        }
    });
    Ok(())
}
