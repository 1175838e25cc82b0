//! Desktop notifications over `org.freedesktop.Notifications`, on the resident's own connection.
//!
//! We speak the protocol with zbus directly rather than through notify-rust: notification servers
//! send `ActionInvoked` only to the connection that posted the notification, and notify-rust 4.18
//! waits for it on a private connection with a blocking call that, under zbus's tokio feature,
//! starts a second multi-threaded runtime (4.19 moved to zbus 6, which ksni does not use).
//! Here one connection posts, replaces, closes and listens, with no extra thread.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use tokio::sync::mpsc::UnboundedSender;

use super::Event;
use crate::duration::Human;
use zbus::zvariant::Value;

#[zbus::proxy(
    interface = "org.freedesktop.Notifications",
    default_service = "org.freedesktop.Notifications",
    default_path = "/org/freedesktop/Notifications"
)]
trait Notifications {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: &str,
        replaces_id: u32,
        app_icon: &str,
        summary: &str,
        body: &str,
        actions: &[&str],
        hints: HashMap<&str, Value<'_>>,
        expire_timeout: i32,
    ) -> zbus::Result<u32>;

    fn close_notification(&self, id: u32) -> zbus::Result<()>;

    fn get_capabilities(&self) -> zbus::Result<Vec<String>>;

    #[zbus(signal)]
    fn action_invoked(&self, id: u32, action_key: String) -> zbus::Result<()>;

    #[zbus(signal)]
    fn notification_closed(&self, id: u32, reason: u32) -> zbus::Result<()>;
}

/// What the user did with the reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The body was clicked, or the Start button.
    Start,
    Snooze,
    Skip,
}

impl Answer {
    fn from_key(key: &str) -> Option<Answer> {
        match key {
            "default" | "start" => Some(Answer::Start),
            "snooze" => Some(Answer::Snooze),
            "skip" => Some(Answer::Skip),
            _ => None,
        }
    }
}

/// The well-known name of the notification service.
const SERVICE: &str = "org.freedesktop.Notifications";

/// How long the notification service may be gone (a restart) before the reminder goes to the
/// prompt window instead.
pub const SERVICE_GRACE: Duration = Duration::from_secs(10);

/// The reminder notification: at most one is shown; a new one replaces it.
pub struct Notifier {
    proxy: NotificationsProxy<'static>,
    /// The id of the notification on screen; 0 when none. Shared with the answer listener.
    shown: Arc<AtomicU32>,
    /// The task that forwards answers; it holds the connection, so it ends with the notifier.
    listener: tokio::task::JoinHandle<()>,
    /// The task that watches the service come and go.
    watcher: tokio::task::JoinHandle<()>,
}

impl Drop for Notifier {
    fn drop(&mut self) {
        self.listener.abort();
        self.watcher.abort();
    }
}

impl Notifier {
    /// Connects, and sends every answer to the shown reminder to the driver as an event.
    pub async fn new(conn: &zbus::Connection, events: UnboundedSender<Event>) -> zbus::Result<Notifier> {
        let proxy = NotificationsProxy::new(conn).await?;
        let mut actions = proxy.receive_action_invoked().await?;
        let shown = Arc::new(AtomicU32::new(0));
        let listening = shown.clone();
        let listening_events = events.clone();
        let listener = tokio::spawn(async move {
            while let Some(signal) = actions.next().await {
                let Ok(args) = signal.args() else { continue };
                // Answers to older notifications (already replaced or closed) are ignored.
                if args.id != 0 && args.id == listening.load(Ordering::Relaxed) {
                    if let Some(answer) = Answer::from_key(&args.action_key) {
                        if listening_events.send(Event::Answer(answer)).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let watcher = tokio::spawn(watch_service(conn.clone(), shown.clone(), events.clone()));
        Ok(Notifier { proxy, shown, listener, watcher })
    }

    /// Shows the reminder, replacing the one on screen if there is one. `snooze` is the Snooze
    /// button's label ("Snooze 10 min"), which names the snooze it gives.
    pub async fn show(&mut self, summary: &str, body: &str, snooze: &str) -> zbus::Result<()> {
        let (start, skip) = (crate::t!("reminder-start"), crate::t!("reminder-skip"));
        let actions = ["default", &start, "start", &start, "snooze", snooze, "skip", &skip];
        let hints = HashMap::from([
            ("desktop-entry", Value::from(crate::APP_ID)),
            ("category", Value::from("x-unsit.reminder")),
            ("urgency", Value::U8(1)),
        ]);
        let replaces = self.shown.load(Ordering::Relaxed);
        // A server that reads markup in bodies would read a routine's title as markup: the text
        // is escaped for it. Asked each time, since the service may have changed.
        let markup = self.proxy.get_capabilities().await.is_ok_and(|c| c.iter().any(|c| c == "body-markup"));
        let body = if markup { escape_markup(body) } else { body.to_string() };
        // 0 = never expire: the reminder stays until it is answered or replaced.
        let id =
            self.proxy.notify("unsit", replaces, crate::APP_ID, summary, &body, &actions, hints, 0).await?;
        self.shown.store(id, Ordering::Relaxed);
        Ok(())
    }

    /// Withdraws the reminder, if one is shown.
    pub async fn close(&mut self) {
        let id = self.shown.swap(0, Ordering::Relaxed);
        if id != 0 {
            if let Err(e) = self.proxy.close_notification(id).await {
                log::debug!("closing notification {id}: {e}");
            }
        }
    }
}

/// `text` as it reads in the notification specification's body markup (a subset of XML): the
/// three characters that markup gives a meaning, escaped.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Follows the notification service: when another process takes it over (a restart), the
/// reminder on screen went with the old one, so the driver is told at once to show it again;
/// when it is gone and none comes within [`SERVICE_GRACE`], the driver is told too, and showing
/// the reminder then opens the prompt window.
async fn watch_service(conn: zbus::Connection, shown: Arc<AtomicU32>, events: UnboundedSender<Event>) {
    let changes = async {
        let bus = zbus::fdo::DBusProxy::new(&conn).await?;
        bus.receive_name_owner_changed_with_args(&[(0, SERVICE)]).await
    };
    let mut changes = match changes.await {
        Ok(changes) => changes,
        Err(e) => {
            log::debug!("not following the notification service: {e}");
            return;
        }
    };
    let mut gone_since: Option<tokio::time::Instant> = None;
    loop {
        let change = match gone_since {
            Some(since) => match tokio::time::timeout_at(since + SERVICE_GRACE, changes.next()).await {
                Ok(change) => change,
                Err(_) => {
                    gone_since = None;
                    log::warn!("the notification service has been gone for {}", Human(SERVICE_GRACE));
                    if events.send(Event::NotificationService).is_err() {
                        return;
                    }
                    continue;
                }
            },
            None => changes.next().await,
        };
        let Some(change) = change else { return };
        let Ok(args) = change.args() else { continue };
        // The old service's notification ids mean nothing to the next one.
        shown.store(0, Ordering::Relaxed);
        if args.new_owner().is_some() {
            gone_since = None;
            log::info!("a notification service started");
            if events.send(Event::NotificationService).is_err() {
                return;
            }
        } else {
            log::info!("the notification service went away");
            gone_since = Some(tokio::time::Instant::now());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_markup_is_escaped_and_other_text_kept() {
        assert_eq!(
            escape_markup("<img src=x onerror=alert(1)> & <b>bold</b> \u{202e}rtl a_b"),
            "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt; \u{202e}rtl a_b"
        );
    }
}
