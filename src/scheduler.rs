//! The break scheduler: a pure state machine. `step(input, now, wall)` returns effects; it never
//! reads a clock and never sleeps.
//!
//! Sitting time is measured on [`Mono`], a monotonic instant given by the driver. Calendar rules
//! (working hours, "until tomorrow") use the local wall time passed with every step, in whatever
//! time zone the caller uses (`Local` in the resident, fixed zones in tests).
//!
//! The state is a reminder cycle (counting → due → snoozed, or held) under four *blockers*, in
//! order of precedence: a session, a pause, time outside working hours, and the user being away
//! (idle, or the screen locked). When a blocker begins, a shown reminder is withdrawn; when one
//! ends, sitting time restarts.
//!
//! A reminder is never sent without asking first whether this is a quiet moment (a call, a
//! full-screen window, Do Not Disturb): the step that would send it returns [`Effect::CheckQuiet`]
//! instead, and the driver answers with [`Input::Quiet`]. During a quiet moment the reminder is
//! *held*: asked about again every [`RECHECK`], sent at the first check that finds the moment
//! over, and sent anyway once it has waited [`Config::hold_max`].

use std::time::Duration;

use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use crate::duration::{span, Limits, OutOfRange};
use crate::hours::{resolve, WorkingHours};

/// A point on the monotonic clock, as the time since the driver's origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Mono(pub Duration);

impl Mono {
    pub fn from_secs(s: u64) -> Mono {
        Mono(Duration::from_secs(s))
    }
    /// The time from `earlier` to `self`, or zero if `earlier` is later.
    pub fn since(self, earlier: Mono) -> Duration {
        self.0.saturating_sub(earlier.0)
    }
    /// `d` before `self`, or the origin.
    pub fn before(self, d: Duration) -> Mono {
        Mono(self.0.saturating_sub(d))
    }
}

impl std::ops::Add<Duration> for Mono {
    type Output = Mono;
    fn add(self, d: Duration) -> Mono {
        Mono(self.0 + d)
    }
}

/// The rules the scheduler follows, with their defaults: a break after 2 h of sitting, 5 min away
/// counts as one, snooze 10 min, an unanswered reminder sent again every 15 min, three times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Sitting time after which a break is due.
    pub interval: Duration,
    /// Idle (or locked, or suspended) this long is a natural break.
    pub idle_reset: Duration,
    /// Snooze used when none is given.
    pub snooze: Duration,
    /// How long an unanswered reminder waits before it is sent again.
    pub renotify_every: Duration,
    /// How many times an unanswered reminder is sent again (after the first).
    pub max_renotify: u8,
    /// No reminders outside these hours; `None`: always on.
    pub working_hours: Option<WorkingHours>,
    /// The longest a quiet moment holds a due reminder back.
    pub hold_max: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            interval: Duration::from_secs(120 * 60),
            idle_reset: Duration::from_secs(5 * 60),
            snooze: Duration::from_secs(10 * 60),
            renotify_every: Duration::from_secs(15 * 60),
            max_renotify: 3,
            working_hours: None,
            hold_max: Duration::from_secs(60 * 60),
        }
    }
}

/// The limits of the durations a person can set or ask for. The settings list uses the same ones.
pub const SNOOZE: Limits =
    Limits { what: "limit-snooze", min: Duration::from_secs(60), max: Duration::from_secs(120 * 60) };
pub const IDLE_RESET: Limits =
    Limits { what: "limit-idle-reset", min: Duration::from_secs(60), max: Duration::from_secs(3600) };
pub const INTERVAL: Limits =
    Limits { what: "limit-interval", min: Duration::from_secs(10 * 60), max: Duration::from_secs(480 * 60) };
/// A timed pause (longer ones are "until tomorrow" or "until resumed").
pub const PAUSE: Limits =
    Limits { what: "limit-pause", min: Duration::from_secs(60), max: Duration::from_secs(24 * 3600) };
/// How long a quiet moment may hold a reminder back.
pub const HOLD_MAX: Limits =
    Limits { what: "limit-hold-max", min: Duration::from_secs(60), max: Duration::from_secs(4 * 3600) };
/// How often a held reminder asks again whether the quiet moment is over.
pub const RECHECK: Duration = Duration::from_secs(60);
/// "Until tomorrow" without working hours means this time on the next day.
pub const MORNING: NaiveTime = match NaiveTime::from_hms_opt(8, 0, 0) {
    Some(t) => t,
    None => unreachable!(),
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseLength {
    For(Duration),
    /// Until the next working-hours start on a later day, or 08:00 tomorrow without a schedule.
    Tomorrow,
    UntilResumed,
}

/// Everything that can happen to the scheduler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Time has passed; nothing else happened (the driver woke at a deadline).
    Tick,
    /// The user has not touched keyboard or mouse for this long: a sample of the idle probe, or
    /// an idle source's event (the idle-reset when they went idle, zero when they came back).
    Idle(Duration),
    /// The screen was locked (`true`) or unlocked. Locked is away at once; unlocked after at least
    /// the idle-reset, it was a natural break.
    Locked(bool),
    /// The answer to [`Effect::CheckQuiet`]: the quiet moment going on now, if any.
    Quiet(Option<Quiet>),
    /// The machine was suspended this long since the previous step.
    Slept(Duration),
    /// The user asked for a break now (tray, notification, CLI).
    StartBreak,
    /// Put off the due break.
    Snooze(Duration),
    /// Skip the due break: sitting time restarts.
    Skip,
    /// The session window closed after the routine was started, however far it got.
    SessionClosed,
    /// The session window closed before the routine was started: the break was skipped.
    SessionSkipped,
    Pause(PauseLength),
    Resume,
    SetInterval(Duration),
    /// How long idle (or locked, or suspended) counts as a natural break.
    SetIdleReset(Duration),
    /// The snooze used when none is given.
    SetSnooze(Duration),
    /// The longest a quiet moment holds a reminder back.
    SetHoldMax(Duration),
    /// No reminders outside these hours; `None`: always on.
    SetWorkingHours(Option<WorkingHours>),
}

/// What the shell must do. The driver turns these into D-Bus calls and processes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Show the reminder, replacing any previous one. `sat_for` is the sitting time now.
    Notify { sat_for: Duration, attempt: u8 },
    /// Withdraw the reminder, if one is shown.
    CloseNotification,
    /// A reminder is due: ask whether this is a quiet moment, and answer with [`Input::Quiet`].
    CheckQuiet,
    /// Open the session window.
    OpenSession,
    /// Something a person would want in their history.
    Record(Record),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Skipped {
        sat_for: Duration,
    },
    Snoozed {
        by: Duration,
    },
    /// Away from the computer for `away` (idle, locked or suspended): a break all the same.
    NaturalBreak {
        away: Duration,
    },
    Paused,
    Resumed,
    /// A quiet moment held the reminder back this long (it has just been sent, or answered).
    Held {
        why: Quiet,
        held: Duration,
    },
    /// Working hours began (`working`) or ended.
    Hours {
        working: bool,
    },
}

/// A moment a reminder waits for: what the quiet-moment probes found. Serialised names are the
/// `held_by` of `unsit status --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "why")]
pub enum Quiet {
    /// The focused window is full screen (a presentation, a film, a game).
    FullScreen,
    /// The notification server is set not to disturb.
    DoNotDisturb,
    /// A camera is open or a microphone is recording.
    Call,
    /// An application keeps the screen awake (a presentation, a call, a video), by name.
    Inhibitor { by: String },
}

/// Why an input was refused; the message is shown to the user as it is, in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    NothingToSnooze,
    NothingToSkip,
    AlreadyInSession,
    NotPaused,
    OutOfRange(OutOfRange),
    PauseOutOfRange(OutOfRange),
}

impl From<OutOfRange> for Refused {
    fn from(e: OutOfRange) -> Refused {
        Refused::OutOfRange(e)
    }
}

impl std::fmt::Display for Refused {
    /// "no break is due, so there is nothing to snooze".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Refused::NothingToSnooze => crate::t!("refused-nothing-to-snooze"),
            Refused::NothingToSkip => crate::t!("refused-nothing-to-skip"),
            Refused::AlreadyInSession => crate::t!("refused-in-session"),
            Refused::NotPaused => crate::t!("refused-not-paused"),
            Refused::OutOfRange(e) => e.to_string(),
            Refused::PauseOutOfRange(e) => crate::t!("refused-pause-range", error = e.to_string()),
        })
    }
}

impl std::error::Error for Refused {}

/// Where the scheduler is. Serialised names are the `state` of `unsit status --json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Counting sitting time towards the next break.
    Counting,
    /// A break is due and the reminder is out.
    Due,
    /// The due break was put off until a set time.
    Snoozed,
    /// The session window is open.
    InSession,
    /// Reminders are paused.
    Paused,
    /// Outside working hours.
    OffHours,
    /// The user is away (idle, locked, suspended): a natural break is going on.
    Away,
    /// A break is due, and waits for a quiet moment to end (a call, a full-screen window).
    Held,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Reminder {
    /// Counting towards `sitting_since + interval`.
    Idle,
    /// `sent` reminders went out; the next one (if any) at `resend_at`.
    Due {
        sent: u8,
        resend_at: Option<Mono>,
    },
    Snoozed {
        until: Mono,
    },
    /// Due, and waiting for a quiet moment to end since `since`; asked again at `recheck`.
    /// `sent` reminders went out before the hold.
    Held {
        sent: u8,
        since: Mono,
        recheck: Mono,
        why: Quiet,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PauseEnd {
    At(Mono),
    /// A wall-clock time ("until tomorrow"): it follows clock changes.
    Wall(DateTime<Utc>),
    Never,
}

#[derive(Debug, Clone)]
pub struct Scheduler {
    config: Config,
    /// When the current stretch of sitting began (the end of the last break).
    sitting_since: Mono,
    reminder: Reminder,
    session: bool,
    pause: Option<PauseEnd>,
    off_hours: bool,
    /// When the user went away (idle or locked), while they are away.
    away_since: Option<Mono>,
    /// Whether the idle source says the user is idle past the idle-reset.
    idle: bool,
    /// Whether the screen is locked.
    locked: bool,
    /// The answer to the [`Effect::CheckQuiet`] of this step, until the step ends.
    found: Option<Option<Quiet>>,
}

impl Scheduler {
    pub fn new<Tz: TimeZone>(config: Config, now: Mono, wall: &DateTime<Tz>) -> Scheduler {
        let off_hours = config.working_hours.as_ref().is_some_and(|h| !h.contains(wall.naive_local()));
        Scheduler {
            config,
            sitting_since: now,
            reminder: Reminder::Idle,
            session: false,
            pause: None,
            off_hours,
            away_since: None,
            idle: false,
            locked: false,
            found: None,
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn state(&self) -> State {
        if self.session {
            State::InSession
        } else if self.pause.is_some() {
            State::Paused
        } else if self.off_hours {
            State::OffHours
        } else if self.away_since.is_some() {
            State::Away
        } else {
            match self.reminder {
                Reminder::Idle => State::Counting,
                Reminder::Due { .. } => State::Due,
                Reminder::Snoozed { .. } => State::Snoozed,
                Reminder::Held { .. } => State::Held,
            }
        }
    }

    fn blocked(&self) -> bool {
        self.session || self.pause.is_some() || self.off_hours || self.away_since.is_some()
    }

    /// Sitting time at `now`: time since the last break ended (zero while blocked).
    pub fn sitting(&self, now: Mono) -> Duration {
        if self.blocked() {
            Duration::ZERO
        } else {
            now.since(self.sitting_since)
        }
    }

    /// When the next break is (or was) due; `None` while a blocker holds reminders back.
    pub fn next_break(&self) -> Option<Mono> {
        if self.blocked() {
            return None;
        }
        Some(match self.reminder {
            Reminder::Idle | Reminder::Due { .. } | Reminder::Held { .. } => {
                self.sitting_since + self.config.interval
            }
            Reminder::Snoozed { until } => until,
        })
    }

    /// What holds the due reminder back, while one does.
    pub fn held_by(&self) -> Option<&Quiet> {
        match &self.reminder {
            Reminder::Held { why, .. } if !self.blocked() => Some(why),
            _ => None,
        }
    }

    /// Whether the screen is locked, as last told.
    pub fn locked(&self) -> bool {
        self.locked
    }

    /// When a pause ends, as a wall-clock instant; `None` if not paused or paused until resumed.
    pub fn paused_until<Tz: TimeZone>(&self, now: Mono, wall: &DateTime<Tz>) -> Option<DateTime<Utc>> {
        match self.pause? {
            PauseEnd::At(at) => Some(wall.with_timezone(&Utc) + span(at.since(now))),
            PauseEnd::Wall(at) => Some(at),
            PauseEnd::Never => None,
        }
    }

    /// The next moment at which a `Tick` would do something.
    pub fn next_deadline<Tz: TimeZone>(&self, now: Mono, wall: &DateTime<Tz>) -> Option<Mono> {
        let at_wall = |t: DateTime<Utc>| now + (t - wall.with_timezone(&Utc)).to_std().unwrap_or_default();
        let reminder = if self.blocked() {
            None
        } else {
            match self.reminder {
                Reminder::Idle => Some(self.sitting_since + self.config.interval),
                Reminder::Due { resend_at, .. } => resend_at,
                Reminder::Snoozed { until } => Some(until),
                Reminder::Held { since, recheck, .. } => Some(recheck.min(since + self.config.hold_max)),
            }
        };
        let pause = match self.pause {
            Some(PauseEnd::At(at)) => Some(at),
            Some(PauseEnd::Wall(at)) => Some(at_wall(at)),
            _ => None,
        };
        let hours = self.config.working_hours.as_ref().and_then(|h| {
            let change = h.next_change(wall.naive_local())?;
            Some(at_wall(resolve(&wall.timezone(), change)))
        });
        [reminder, pause, hours].into_iter().flatten().min()
    }

    /// Applies `input` at `now`. Deadlines that passed before `now` are handled first.
    pub fn step<Tz: TimeZone>(
        &mut self,
        input: Input,
        now: Mono,
        wall: &DateTime<Tz>,
    ) -> Result<Vec<Effect>, Refused> {
        let mut fx = Vec::new();
        self.follow_calendar(now, wall, &mut fx);
        // Check before anything changes, so that a refused input changes nothing.
        self.check(&input)?;
        match input {
            Input::Tick => {}
            Input::Idle(idle) => self.idle(idle, now, &mut fx),
            Input::Locked(locked) => self.lock(locked, now, &mut fx),
            Input::Quiet(found) => self.found = Some(found),
            Input::Slept(slept) => {
                if slept >= self.config.idle_reset && !self.session {
                    self.withdraw(now, &mut fx);
                    fx.push(Effect::Record(Record::NaturalBreak { away: slept }));
                    self.restart(now);
                    // Still locked after waking: a new time away begins.
                    self.idle = false;
                    self.away_since = self.locked.then_some(now);
                }
            }
            Input::StartBreak => {
                self.withdraw(now, &mut fx);
                self.session = true;
                fx.push(Effect::OpenSession);
            }
            Input::Snooze(by) => {
                self.withdraw(now, &mut fx);
                self.reminder = Reminder::Snoozed { until: now + by };
                fx.push(Effect::Record(Record::Snoozed { by }));
            }
            Input::Skip => {
                let sat_for = self.sitting(now);
                self.withdraw(now, &mut fx);
                fx.push(Effect::Record(Record::Skipped { sat_for }));
                self.restart(now);
            }
            Input::SessionClosed => {
                // A session the resident did not open (unsit-ui started by hand) ends a break too.
                self.withdraw(now, &mut fx);
                self.session = false;
                self.restart(now);
                self.away_since = self.locked.then_some(now);
            }
            Input::SessionSkipped => {
                // Sitting is held at zero during a session; the skip counts the whole stretch.
                let sat_for = now.since(self.sitting_since);
                self.withdraw(now, &mut fx);
                self.session = false;
                fx.push(Effect::Record(Record::Skipped { sat_for }));
                self.restart(now);
                self.away_since = self.locked.then_some(now);
            }
            Input::Pause(length) => {
                self.withdraw(now, &mut fx);
                self.pause = Some(match length {
                    PauseLength::For(d) => PauseEnd::At(now + d),
                    PauseLength::Tomorrow => PauseEnd::Wall(self.tomorrow(wall)),
                    PauseLength::UntilResumed => PauseEnd::Never,
                });
                fx.push(Effect::Record(Record::Paused));
            }
            Input::Resume => {
                self.pause = None;
                fx.push(Effect::Record(Record::Resumed));
                self.restart(now);
            }
            Input::SetInterval(interval) => {
                self.config.interval = interval;
                // The next break moves: due = last break + new interval. A reminder that is out
                // (or snoozed) stays only if the new interval says it is still due.
                if self.reminder != Reminder::Idle && now < self.sitting_since + interval {
                    self.withdraw(now, &mut fx);
                }
            }
            // Both take effect at the next idle sample and the next snooze.
            Input::SetIdleReset(idle_reset) => self.config.idle_reset = idle_reset,
            Input::SetSnooze(snooze) => self.config.snooze = snooze,
            // A reminder held longer than the new limit goes out now.
            Input::SetHoldMax(hold_max) => self.config.hold_max = hold_max,
            Input::SetWorkingHours(hours) => {
                self.config.working_hours = hours;
                self.follow_calendar(now, wall, &mut fx);
            }
        }
        let found = self.found.take();
        self.advance(now, found, &mut fx);
        Ok(fx)
    }

    fn check(&self, input: &Input) -> Result<(), Refused> {
        let due = matches!(self.reminder, Reminder::Due { .. } | Reminder::Held { .. }) && !self.blocked();
        match *input {
            Input::StartBreak if self.session => Err(Refused::AlreadyInSession),
            Input::Snooze(_) if !due => Err(Refused::NothingToSnooze),
            Input::Snooze(by) => SNOOZE.check(by).map(drop).map_err(Refused::from),
            Input::Skip if self.blocked() || self.reminder == Reminder::Idle => Err(Refused::NothingToSkip),
            Input::Resume if self.pause.is_none() => Err(Refused::NotPaused),
            Input::Pause(PauseLength::For(d)) => PAUSE.check(d).map(drop).map_err(Refused::PauseOutOfRange),
            Input::SetInterval(d) => INTERVAL.check(d).map(drop).map_err(Refused::from),
            Input::SetIdleReset(d) => IDLE_RESET.check(d).map(drop).map_err(Refused::from),
            Input::SetSnooze(d) => SNOOZE.check(d).map(drop).map_err(Refused::from),
            Input::SetHoldMax(d) => HOLD_MAX.check(d).map(drop).map_err(Refused::from),
            _ => Ok(()),
        }
    }

    /// Ends a pause whose time has come, and follows working hours in and out.
    fn follow_calendar<Tz: TimeZone>(&mut self, now: Mono, wall: &DateTime<Tz>, fx: &mut Vec<Effect>) {
        let ended = match self.pause {
            Some(PauseEnd::At(at)) => now >= at,
            Some(PauseEnd::Wall(at)) => wall.with_timezone(&Utc) >= at,
            _ => false,
        };
        if ended {
            self.pause = None;
            fx.push(Effect::Record(Record::Resumed));
            self.restart(now);
        }
        let off = self.config.working_hours.as_ref().is_some_and(|h| !h.contains(wall.naive_local()));
        if off && !self.off_hours {
            self.withdraw(now, fx);
            fx.push(Effect::Record(Record::Hours { working: false }));
        } else if !off && self.off_hours {
            self.restart(now);
            fx.push(Effect::Record(Record::Hours { working: true }));
        }
        self.off_hours = off;
    }

    fn idle(&mut self, idle: Duration, now: Mono, fx: &mut Vec<Effect>) {
        // Someone following a routine in the session window is not at the keyboard.
        if self.session {
            return;
        }
        if idle >= self.config.idle_reset {
            self.idle = true;
            self.go_away(now.before(idle), now, fx);
        } else if self.idle {
            self.idle = false;
            // Back: sitting time starts at the last input, which is when they came back (or, if
            // the screen is still locked, when it is unlocked).
            if !self.locked {
                self.come_back(now.before(idle), fx);
            }
        }
    }

    fn lock(&mut self, locked: bool, now: Mono, fx: &mut Vec<Effect>) {
        self.locked = locked;
        if self.session {
            return;
        }
        if locked {
            self.go_away(now, now, fx);
        } else if !self.idle {
            self.come_back(now, fx);
        }
    }

    /// The user left at `since` (or earlier, if they were away already).
    fn go_away(&mut self, since: Mono, now: Mono, fx: &mut Vec<Effect>) {
        match self.away_since {
            Some(earlier) => self.away_since = Some(earlier.min(since)),
            None => {
                // A snooze runs on: a short time away leaves it as it was.
                if !matches!(self.reminder, Reminder::Snoozed { .. }) {
                    self.withdraw(now, fx);
                }
                self.away_since = Some(since);
            }
        }
    }

    /// The user is back at `back`: away for the idle-reset or longer was a natural break.
    fn come_back(&mut self, back: Mono, fx: &mut Vec<Effect>) {
        let Some(since) = self.away_since.take() else { return };
        let away = back.since(since);
        if away >= self.config.idle_reset {
            fx.push(Effect::Record(Record::NaturalBreak { away }));
            self.restart(back);
        }
    }

    /// "Until tomorrow": the first working-hours start on a later day, or 08:00 tomorrow.
    fn tomorrow<Tz: TimeZone>(&self, wall: &DateTime<Tz>) -> DateTime<Utc> {
        let today = wall.naive_local().date();
        let local = self
            .config
            .working_hours
            .as_ref()
            .and_then(|h| h.first_start_after(today))
            .unwrap_or_else(|| today.succ_opt().unwrap_or(today).and_time(MORNING));
        resolve(&wall.timezone(), local)
    }

    /// A blocker begins or the reminder is answered: take a shown reminder back.
    fn withdraw(&mut self, now: Mono, fx: &mut Vec<Effect>) {
        if matches!(self.reminder, Reminder::Due { .. }) {
            fx.push(Effect::CloseNotification);
        }
        self.end_hold(now, fx);
        self.reminder = Reminder::Idle;
    }

    /// A held reminder is answered or sent: how long it waited goes on record.
    fn end_hold(&mut self, now: Mono, fx: &mut Vec<Effect>) {
        if let Reminder::Held { since, why, .. } = &self.reminder {
            fx.push(Effect::Record(Record::Held { why: why.clone(), held: now.since(*since) }));
        }
    }

    fn restart(&mut self, at: Mono) {
        self.sitting_since = at;
        self.reminder = Reminder::Idle;
    }

    /// Fires the reminder deadline that is due at `now`, if nothing holds it back: asks whether
    /// this is a quiet moment first (`found` is the answer, when this step brings it).
    fn advance(&mut self, now: Mono, found: Option<Option<Quiet>>, fx: &mut Vec<Effect>) {
        if self.blocked() {
            return;
        }
        let (sent, held_since) = match self.reminder {
            Reminder::Idle if now >= self.sitting_since + self.config.interval => (0, None),
            Reminder::Snoozed { until } if now >= until => (0, None),
            Reminder::Due { sent, resend_at: Some(at) } if now >= at => (sent, None),
            Reminder::Held { sent, since, recheck, .. }
                if now >= recheck.min(since + self.config.hold_max) =>
            {
                (sent, Some(since))
            }
            _ => return,
        };
        // Held as long as it may be: sent whatever the moment.
        let timed_out = held_since.is_some_and(|since| now >= since + self.config.hold_max);
        if !timed_out {
            match found {
                None => {
                    fx.push(Effect::CheckQuiet);
                    return;
                }
                Some(Some(why)) => {
                    // A reminder that is out is taken back for the moment, and comes again after.
                    if matches!(self.reminder, Reminder::Due { .. }) {
                        fx.push(Effect::CloseNotification);
                    }
                    let since = held_since.unwrap_or(now);
                    self.reminder = Reminder::Held { sent, since, recheck: now + RECHECK, why };
                    return;
                }
                Some(None) => {}
            }
        }
        self.end_hold(now, fx);
        // Re-sends are spaced from `now`, so a late wake-up never produces a burst.
        let resend_at = (sent < self.config.max_renotify).then(|| now + self.config.renotify_every);
        self.reminder = Reminder::Due { sent: sent + 1, resend_at };
        fx.push(Effect::Notify { sat_for: now.since(self.sitting_since), attempt: sent });
    }
}

#[cfg(test)]
mod tests;
