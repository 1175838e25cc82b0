//! Idle from the Wayland compositor: ext-idle-notify-v1 (KDE Plasma 5.27+, sway 1.8+, Hyprland,
//! COSMIC, niri, labwc, river, wayfire 0.8+). Pure Rust (`wayland-client`); no libwayland.
//!
//! unsit asks for the notification that **respects idle inhibitors** (`get_idle_notification`):
//! while a video plays or a presentation keeps the screen awake, the compositor does not report
//! the user idle, because watching is sitting. The compositor says `idled` once the user has not
//! touched anything for the idle-reset, and `resumed` at the first input after; the task below
//! turns those into [`Event::Idle`] and otherwise sleeps on the connection's socket.

use std::os::fd::{AsFd as _, OwnedFd};
use std::time::Duration;

use tokio::io::unix::AsyncFd;
use tokio::io::Interest;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::watch;
use wayland_client::backend::WaylandError;
use wayland_client::globals::{registry_queue_init, GlobalListContents};
use wayland_client::protocol::{wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, EventQueue, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::{ext_idle_notification_v1, ext_idle_notifier_v1};

use ext_idle_notification_v1::ExtIdleNotificationV1 as Notification;
use ext_idle_notifier_v1::ExtIdleNotifierV1 as Notifier;

use super::Event;

/// What the event queue's handlers need: where to send the news, and the timeout asked for.
struct State {
    events: UnboundedSender<Event>,
    after: Duration,
}

/// Connects to the compositor of `WAYLAND_DISPLAY` and, if it offers ext-idle-notify-v1 and a
/// seat, watches for idle in a task on the current runtime. `after` gives the timeout, now and
/// whenever it changes; the task ends when its sender is dropped or the compositor goes away.
pub fn watch(after: watch::Receiver<Duration>, events: UnboundedSender<Event>) -> Result<(), String> {
    let conn = Connection::connect_to_env().map_err(|e| format!("cannot connect: {e}"))?;
    let (globals, queue) =
        registry_queue_init::<State>(&conn).map_err(|e| format!("cannot list the globals: {e}"))?;
    let qh = queue.handle();
    let notifier: Notifier =
        globals.bind(&qh, 1..=1, ()).map_err(|_| "the compositor does not offer ext_idle_notifier_v1")?;
    let seat: wl_seat::WlSeat = globals.bind(&qh, 1..=1, ()).map_err(|_| "the compositor has no seat")?;
    let socket = conn.as_fd().try_clone_to_owned().map_err(|e| format!("cannot wait on the socket: {e}"))?;
    // SAFETY: the descriptor is a duplicate that the AsyncFd owns and nothing else closes.
    let fd = unsafe { AsyncFd::register_with_interest(socket, Interest::READABLE) }
        .map_err(|e| format!("cannot wait on the socket: {}", std::io::Error::from(e)))?;
    let state = State { events, after: *after.borrow() };
    tokio::spawn(async move {
        if let Err(e) = run(conn, fd, queue, notifier, seat, after, state).await {
            log::warn!("Wayland idle notifications stopped ({e}); idle time is no longer known");
        }
    });
    Ok(())
}

async fn run(
    conn: Connection,
    fd: AsyncFd<OwnedFd>,
    mut queue: EventQueue<State>,
    notifier: Notifier,
    seat: wl_seat::WlSeat,
    mut after: watch::Receiver<Duration>,
    mut state: State,
) -> Result<(), WaylandError> {
    let qh = queue.handle();
    let timeout = |d: Duration| u32::try_from(d.as_millis()).unwrap_or(u32::MAX);
    let mut notification = notifier.get_idle_notification(timeout(state.after), &seat, &qh, ());
    log::debug!("Wayland idle notification after {:?}", state.after);
    loop {
        queue.dispatch_pending(&mut state).map_err(|e| WaylandError::Io(std::io::Error::other(e)))?;
        conn.flush()?;
        let Some(guard) = queue.prepare_read() else { continue };
        tokio::select! {
            ready = fd.readable() => {
                let mut ready = ready.map_err(WaylandError::Io)?;
                match guard.read() {
                    Ok(_) => {}
                    Err(WaylandError::Io(e)) if e.kind() == std::io::ErrorKind::WouldBlock => ready.clear_ready(),
                    Err(e) => return Err(e),
                }
            }
            changed = after.changed() => {
                drop(guard);
                if changed.is_err() {
                    // The resident is quitting.
                    notification.destroy();
                    conn.flush()?;
                    return Ok(());
                }
                // A new idle-reset: a new notification replaces the old one. If the user was idle,
                // they still are; the new one says so once its timeout has passed.
                state.after = *after.borrow_and_update();
                notification.destroy();
                notification = notifier.get_idle_notification(timeout(state.after), &seat, &qh, ());
                log::debug!("Wayland idle notification after {:?}", state.after);
            }
        }
    }
}

impl Dispatch<Notification, ()> for State {
    fn event(
        state: &mut State,
        _: &Notification,
        event: ext_idle_notification_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<State>,
    ) {
        let idle = match event {
            ext_idle_notification_v1::Event::Idled => state.after,
            ext_idle_notification_v1::Event::Resumed => Duration::ZERO,
            _ => return,
        };
        let _ = state.events.send(Event::Idle(idle));
    }
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for State {
    fn event(
        _: &mut State,
        _: &wl_registry::WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<State>,
    ) {
        // Globals that come and go later (outputs, seats plugged in) do not matter here.
    }
}

impl Dispatch<Notifier, ()> for State {
    fn event(
        _: &mut State,
        _: &Notifier,
        _: ext_idle_notifier_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<State>,
    ) {
    }
}

impl Dispatch<wl_seat::WlSeat, ()> for State {
    fn event(
        _: &mut State,
        _: &wl_seat::WlSeat,
        _: wl_seat::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<State>,
    ) {
    }
}
