//! Desktop notifications over `org.freedesktop.Notifications`, on the resident's own connection.
//!
//! We speak the protocol with zbus directly rather than through notify-rust: notification servers
//! send `ActionInvoked` only to the connection that posted the notification, and notify-rust 4.18
//! waits for it on a private connection with a blocking call that, under zbus's tokio feature,
//! starts a second multi-threaded runtime (4.19 moved to zbus 6, which ksni does not use).
//! Here one connection posts, replaces, closes and listens, with no extra thread.

use std::collections::HashMap;

use futures_util::StreamExt;
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

    #[zbus(signal)]
    fn action_invoked(&self, id: u32, action_key: String) -> zbus::Result<()>;

    #[zbus(signal)]
    fn notification_closed(&self, id: u32, reason: u32) -> zbus::Result<()>;
}

/// What the user did with the reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// The reminder notification: at most one is shown; a new one replaces it.
pub struct Notifier {
    proxy: NotificationsProxy<'static>,
    shown: Option<u32>,
    actions: ActionInvokedStream,
}

impl Notifier {
    pub async fn new(conn: &zbus::Connection) -> zbus::Result<Notifier> {
        let proxy = NotificationsProxy::new(conn).await?;
        let actions = proxy.receive_action_invoked().await?;
        Ok(Notifier { proxy, shown: None, actions })
    }

    /// Shows the reminder, replacing the one on screen if there is one.
    pub async fn show(&mut self, summary: &str, body: &str) -> zbus::Result<()> {
        let actions = ["default", "Start", "start", "Start", "snooze", "Snooze 10 min", "skip", "Skip"];
        let hints = HashMap::from([
            ("desktop-entry", Value::from("unsit")),
            ("category", Value::from("x-unsit.reminder")),
            ("urgency", Value::U8(1)),
        ]);
        // 0 = never expire: the reminder stays until it is answered or replaced.
        let id = self
            .proxy
            .notify("unsit", self.shown.unwrap_or(0), "unsit", summary, body, &actions, hints, 0)
            .await?;
        self.shown = Some(id);
        Ok(())
    }

    /// Withdraws the reminder, if one is shown.
    pub async fn close(&mut self) {
        if let Some(id) = self.shown.take() {
            if let Err(e) = self.proxy.close_notification(id).await {
                log::debug!("closing notification {id}: {e}");
            }
        }
    }

    /// The next answer to the reminder on screen. Answers to older notifications are ignored.
    pub async fn next_answer(&mut self) -> Option<Answer> {
        loop {
            let signal = self.actions.next().await?;
            let Ok(args) = signal.args() else { continue };
            if Some(args.id) == self.shown {
                if let Some(answer) = Answer::from_key(&args.action_key) {
                    return Some(answer);
                }
            }
        }
    }
}
