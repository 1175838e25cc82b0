//! The resident's control API on the D-Bus session bus, as its clients (the CLI and `unsit-ui`)
//! and the resident agree on it: names, the wire types, the arguments' text forms, and the client.
//! Clients depend on this module only, never on the resident's.
//!
//! Owning [`BUS_NAME`] is also the single-instance lock. Every method answers with a one-line
//! message for people; `Status` and `Settings` answer with JSON documents, which [`Client`]
//! decodes into [`Status`] and [`SettingsView`]. Refusals are D-Bus errors whose message is shown
//! to the user as it is.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::scheduler::{PauseLength, Quiet, State};

pub const BUS_NAME: &str = "io.github.unsit.Unsit";
pub const OBJECT_PATH: &str = "/io/github/unsit/Unsit";

/// What `unsit status --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Status {
    /// `counting`, `due`, `snoozed`, `held`, `in_session`, `paused`, `off_hours` or `away`.
    pub state: State,
    /// Sitting time since the last break, in seconds.
    pub sitting_s: u64,
    pub interval_s: u64,
    /// When the next reminder is due (RFC 3339, local offset); null during a session.
    pub next_break_at: Option<String>,
    /// When a snoozed break comes back; null unless snoozed.
    pub snoozed_until: Option<String>,
    /// When a pause ends; null unless paused.
    pub paused_until: Option<String>,
    /// The routine the next break will use.
    pub routine: String,
    /// Whether breaks take the routines in turn.
    #[serde(default)]
    pub rotate: bool,
    /// The status line, as the tray shows it.
    pub line: String,
    /// How the last session ended, since the resident started; null before the first.
    pub last_session: Option<SessionReport>,
    /// The last session in words: its result ("Stopped at step 5 of 12, 4 done") and how long it
    /// took ("4 min"); null before the first.
    #[serde(default)]
    pub last_session_words: Option<(String, String)>,
    /// What was wrong with the settings file when unsit started (file:line:column: message).
    #[serde(default)]
    pub settings_problems: Vec<String>,
    /// Where the resident learns that you are away.
    #[serde(default)]
    pub idle_source: IdleSource,
    /// Whether the screen is locked, as the desktop last said.
    #[serde(default)]
    pub locked: bool,
    /// What a due break waits for (state `held`): `{"why": "call"}`, `{"why": "full_screen"}`,
    /// `{"why": "do_not_disturb"}` or `{"why": "inhibitor", "by": "Impress"}`; null otherwise.
    #[serde(default)]
    pub held_by: Option<Quiet>,
    /// Where the history is kept; null when there is no data folder.
    #[serde(default)]
    pub history_file: Option<String>,
    /// What went wrong with the history file since unsit started (set aside, events lost).
    #[serde(default)]
    pub history_problems: Vec<String>,
}

/// Where the resident learns that you are away, chosen at start from what the session offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum IdleSource {
    /// The Wayland compositor's ext-idle-notify-v1 (KDE Plasma, sway, Hyprland, COSMIC, niri, …):
    /// it says when you go idle and come back.
    ExtIdleNotify,
    /// GNOME's Mutter IdleMonitor, with watches: it says when you go idle and come back.
    Mutter,
    /// X11's MIT-SCREEN-SAVER extension, asked every minute.
    X11,
    /// Nothing to ask.
    #[default]
    None,
}

impl IdleSource {
    /// Whether the source says when you go idle and come back (no need to ask it).
    pub fn pushes(self) -> bool {
        matches!(self, IdleSource::ExtIdleNotify | IdleSource::Mutter)
    }

    /// For `unsit status` and the log.
    /// [`IdleSource::words`] in the person's language, for `unsit status`.
    pub fn label(self) -> String {
        match self {
            IdleSource::ExtIdleNotify => crate::t!("idle-source-wayland"),
            IdleSource::Mutter => crate::t!("idle-source-mutter"),
            IdleSource::X11 => crate::t!("idle-source-x11"),
            IdleSource::None => crate::t!("idle-source-none"),
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            IdleSource::ExtIdleNotify => "from the Wayland compositor (ext-idle-notify)",
            IdleSource::Mutter => "from GNOME's idle monitor",
            IdleSource::X11 => "from the X server (MIT-SCREEN-SAVER)",
            IdleSource::None => "cannot tell when you are away: every minute counts as sitting",
        }
    }
}

/// What the settings window shows: every setting as the resident runs with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SettingsView {
    /// Every setting of `settings::LIST` by its key, in the window's form (`Setting::json`):
    /// durations in seconds, true or false, a routine's id or `rotate`, working hours as seven
    /// days' ranges as typed (Monday first) or null.
    pub values: BTreeMap<String, serde_json::Value>,
    /// The range of every duration setting in words, by key: "10 min to 8 h".
    #[serde(default)]
    pub ranges: BTreeMap<String, String>,
    /// Every routine on offer, as (id, "Title · 5 min").
    pub routines: Vec<(String, String)>,
    /// Every kind of equipment, as (name, what people see): the choices of `equipment` and
    /// `desk_equipment`.
    #[serde(default)]
    pub equipment: Vec<(String, String)>,
    /// Where the settings are saved; null when there is no settings folder.
    pub file: Option<String>,
    /// What was wrong with the settings file when unsit started.
    pub problems: Vec<String>,
}

/// How a session ended, as `unsit-ui` reports it when its window closes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionReport {
    pub routine: String,
    /// Work steps completed (holds and reps; transitions do not count).
    pub completed: usize,
    /// Work steps in the plan.
    pub total: usize,
    /// The work step shown last (1-based, of `total`): where a stopped session stopped.
    #[serde(default)]
    pub reached: usize,
    /// Whether the routine was played to the end.
    pub done: bool,
    pub duration_s: u64,
    /// Whether it was the short version.
    #[serde(default)]
    pub short: bool,
}

impl SessionReport {
    /// Whether the routine was started at all; a window closed on its overview is a skip.
    pub fn started(&self) -> bool {
        self.reached > 0
    }
}

#[zbus::proxy(
    interface = "io.github.unsit.Control1",
    default_service = "io.github.unsit.Unsit",
    default_path = "/io/github/unsit/Unsit"
)]
pub trait Control {
    /// The status as JSON ([`Status`]).
    fn status(&self) -> zbus::Result<String>;
    /// Open a session now; an empty routine means the chosen one.
    fn start_break(&self, routine: &str) -> zbus::Result<String>;
    /// Snooze the due break; 0 seconds means the default snooze.
    fn snooze(&self, seconds: u32) -> zbus::Result<String>;
    fn skip(&self) -> zbus::Result<String>;
    /// Pause reminders: `""` until resumed, `tomorrow`, or a duration such as `30m`.
    fn pause(&self, length: &str) -> zbus::Result<String>;
    fn resume(&self) -> zbus::Result<String>;
    /// Every setting, as JSON ([`SettingsView`]).
    fn settings(&self) -> zbus::Result<String>;
    /// Changes the setting `key` (one of `settings::LIST`) to `value`, in the text form `unsit
    /// set` takes (`90m`, `true`, `rotate`, `mon 09:00-17:00`): checked, applied at once and
    /// saved in the settings file.
    fn set(&self, key: &str, value: &str) -> zbus::Result<String>;
    /// A window's answer to the reminder: `start`, `snooze` (`seconds`, 0 the default) or `skip`;
    /// `from` names the window (`prompt`), for the history.
    fn answer(&self, answer: &str, seconds: u32, from: &str) -> zbus::Result<String>;
    /// Deletes the history's events from before `day` (`YYYY-MM-DD`, local); says how many.
    fn forget_before(&self, day: &str) -> zbus::Result<String>;
    /// Opens a window: `settings` or `history`.
    fn open(&self, window: &str) -> zbus::Result<String>;
    fn quit(&self) -> zbus::Result<String>;
    /// `unsit-ui` tells how a session ended ([`SessionReport`] as JSON).
    fn session_finished(&self, report: &str) -> zbus::Result<()>;
    /// `unsit-ui` tells how far a session has got, at each step ([`SessionReport`] as JSON), so
    /// that a window that dies is recorded where it stopped.
    fn session_progress(&self, report: &str) -> zbus::Result<()>;
}

/// Why a client could not talk to the resident.
#[derive(Debug)]
pub enum ClientError {
    NoBus(zbus::Error),
    NotRunning,
    Refused(String),
    /// The command's words were wrong (checked before asking the resident).
    Usage(String),
    Bus(zbus::Error),
}

impl std::fmt::Display for ClientError {
    /// "unsit is not running; start it with `unsit run`", in the person's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            ClientError::NoBus(e) => crate::t!("client-no-bus", error = e.to_string()),
            ClientError::NotRunning => crate::t!("client-not-running"),
            ClientError::Refused(words) | ClientError::Usage(words) => words.clone(),
            ClientError::Bus(e) => crate::t!("client-failed", error = e.to_string()),
        })
    }
}

impl std::error::Error for ClientError {}

impl From<zbus::Error> for ClientError {
    fn from(e: zbus::Error) -> Self {
        match e {
            zbus::Error::MethodError(ref name, ref msg, _) => {
                let name = name.as_str();
                if name == "org.freedesktop.DBus.Error.ServiceUnknown"
                    || name == "org.freedesktop.DBus.Error.NameHasNoOwner"
                {
                    ClientError::NotRunning
                } else {
                    ClientError::Refused(msg.clone().unwrap_or_else(|| name.to_string()))
                }
            }
            e => ClientError::Bus(e),
        }
    }
}

/// A client of the running resident: the proxy's methods, with the JSON answers decoded.
pub struct Client(pub ControlProxy<'static>);

impl std::ops::Deref for Client {
    type Target = ControlProxy<'static>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Client {
    pub async fn status(&self) -> Result<Status, ClientError> {
        let raw = self.0.status().await?;
        serde_json::from_str(&raw)
            .map_err(|e| ClientError::Refused(format!("unreadable status from unsit: {e}")))
    }

    pub async fn settings(&self) -> Result<SettingsView, ClientError> {
        let raw = self.0.settings().await?;
        serde_json::from_str(&raw)
            .map_err(|e| ClientError::Refused(format!("unreadable settings from unsit: {e}")))
    }

    /// Tells how a session ended.
    pub async fn session_finished(&self, report: &SessionReport) -> Result<(), ClientError> {
        let json = serde_json::to_string(report).expect("a report serialises");
        Ok(self.0.session_finished(&json).await?)
    }

    pub async fn session_progress(&self, report: &SessionReport) -> Result<(), ClientError> {
        let json = serde_json::to_string(report).expect("a report serialises");
        Ok(self.0.session_progress(&json).await?)
    }
}

/// Connects to the session bus and to the running resident.
pub async fn connect() -> Result<Client, ClientError> {
    let conn = zbus::Connection::session().await.map_err(ClientError::NoBus)?;
    let dbus = zbus::fdo::DBusProxy::new(&conn).await?;
    let name = zbus::names::BusName::try_from(BUS_NAME).expect("valid bus name");
    if !dbus.name_has_owner(name).await.map_err(zbus::Error::from)? {
        return Err(ClientError::NotRunning);
    }
    Ok(Client(ControlProxy::new(&conn).await?))
}

/// `Pause`'s argument: empty pauses until resumed, `tomorrow` until the next morning, or a
/// duration such as `30m`.
pub fn pause_length(spec: &str) -> Result<PauseLength, String> {
    match spec.trim() {
        "" => Ok(PauseLength::UntilResumed),
        "tomorrow" => Ok(PauseLength::Tomorrow),
        d => crate::duration::parse(d).map(PauseLength::For).map_err(|e| format!("{e}, or `tomorrow`")),
    }
}
