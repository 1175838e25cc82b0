//! The break scheduler: a pure state machine. `step(input, now)` returns effects; it never reads a clock.
//!
//! Time is [`Mono`]: a monotonic instant, measured from an arbitrary origin chosen by the driver.
//! The driver (`resident::driver`) is the only code that sleeps: until [`Scheduler::next_deadline`].

use std::time::Duration;

use serde::{Deserialize, Serialize};

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
}

impl std::ops::Add<Duration> for Mono {
    type Output = Mono;
    fn add(self, d: Duration) -> Mono {
        Mono(self.0 + d)
    }
}

/// The rules the scheduler follows. Defaults are PRODUCT.md §3's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Sitting time after which a break is due.
    pub interval: Duration,
    /// Snooze used when none is given.
    pub snooze: Duration,
    /// How long an unanswered reminder waits before it is sent again.
    pub renotify_every: Duration,
    /// How many times an unanswered reminder is sent again (after the first).
    pub max_renotify: u8,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            interval: Duration::from_secs(120 * 60),
            snooze: Duration::from_secs(10 * 60),
            renotify_every: Duration::from_secs(15 * 60),
            max_renotify: 3,
        }
    }
}

/// The limits a snooze must respect.
pub const SNOOZE_MIN: Duration = Duration::from_secs(60);
pub const SNOOZE_MAX: Duration = Duration::from_secs(120 * 60);

/// Everything that can happen to the scheduler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Time has passed; nothing else happened (the driver woke at a deadline).
    Tick,
    /// The user asked for a break now (tray, notification, CLI).
    StartBreak,
    /// Put off the due break.
    Snooze(Duration),
    /// Skip the due break: sitting time restarts.
    Skip,
    /// The session window closed, however it ended.
    SessionClosed,
}

/// What the shell must do. The driver turns these into D-Bus calls and processes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Show the reminder, replacing any previous one. `sat_for` is the sitting time now.
    Notify { sat_for: Duration, attempt: u8 },
    /// Withdraw the reminder, if one is shown.
    CloseNotification,
    /// Open the session window.
    OpenSession,
    /// Something a person would want in their history.
    Record(Record),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Skipped { sat_for: Duration },
    Snoozed { by: Duration },
}

/// Why an input was refused; the message is shown to the user as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("no break is due, so there is nothing to snooze")]
    NothingToSnooze,
    #[error("no break is due, so there is nothing to skip")]
    NothingToSkip,
    #[error("a break session is already open")]
    AlreadyInSession,
    #[error("a snooze must be between 1 min and 120 min, not {0}")]
    SnoozeOutOfRange(String),
}

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
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Phase {
    Counting,
    /// `sent` reminders went out; the next one (if any) at `resend_at`.
    Due {
        sent: u8,
        resend_at: Option<Mono>,
    },
    Snoozed {
        until: Mono,
    },
    InSession,
}

#[derive(Debug, Clone)]
pub struct Scheduler {
    config: Config,
    /// When the current stretch of sitting began (the end of the last break).
    sitting_since: Mono,
    phase: Phase,
}

impl Scheduler {
    pub fn new(config: Config, now: Mono) -> Scheduler {
        Scheduler { config, sitting_since: now, phase: Phase::Counting }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn state(&self) -> State {
        match self.phase {
            Phase::Counting => State::Counting,
            Phase::Due { .. } => State::Due,
            Phase::Snoozed { .. } => State::Snoozed,
            Phase::InSession => State::InSession,
        }
    }

    /// Sitting time at `now`: time since the last break ended (zero during a session).
    pub fn sitting(&self, now: Mono) -> Duration {
        match self.phase {
            Phase::InSession => Duration::ZERO,
            _ => now.since(self.sitting_since),
        }
    }

    /// When the next break is (or was) due; `None` while a session is open.
    pub fn next_break(&self) -> Option<Mono> {
        match self.phase {
            Phase::Counting | Phase::Due { .. } => Some(self.sitting_since + self.config.interval),
            Phase::Snoozed { until } => Some(until),
            Phase::InSession => None,
        }
    }

    /// The next moment at which `step(Input::Tick, ..)` would do something.
    pub fn next_deadline(&self) -> Option<Mono> {
        match self.phase {
            Phase::Counting => Some(self.sitting_since + self.config.interval),
            Phase::Due { resend_at, .. } => resend_at,
            Phase::Snoozed { until } => Some(until),
            Phase::InSession => None,
        }
    }

    /// Applies `input` at `now`. Deadlines that passed before `now` are handled first.
    pub fn step(&mut self, input: Input, now: Mono) -> Result<Vec<Effect>, Refused> {
        let mut effects = self.advance(now);
        match input {
            Input::Tick => {}
            Input::StartBreak => {
                if self.phase == Phase::InSession {
                    return Err(Refused::AlreadyInSession);
                }
                if matches!(self.phase, Phase::Due { .. } | Phase::Snoozed { .. }) {
                    effects.push(Effect::CloseNotification);
                }
                self.phase = Phase::InSession;
                effects.push(Effect::OpenSession);
            }
            Input::Snooze(by) => {
                if !matches!(self.phase, Phase::Due { .. }) {
                    return Err(Refused::NothingToSnooze);
                }
                if !(SNOOZE_MIN..=SNOOZE_MAX).contains(&by) {
                    return Err(Refused::SnoozeOutOfRange(crate::duration::compact(by)));
                }
                self.phase = Phase::Snoozed { until: now + by };
                effects.push(Effect::CloseNotification);
                effects.push(Effect::Record(Record::Snoozed { by }));
            }
            Input::Skip => {
                if !matches!(self.phase, Phase::Due { .. } | Phase::Snoozed { .. }) {
                    return Err(Refused::NothingToSkip);
                }
                let sat_for = self.sitting(now);
                self.restart(now);
                effects.push(Effect::CloseNotification);
                effects.push(Effect::Record(Record::Skipped { sat_for }));
            }
            Input::SessionClosed => {
                // A session that the resident did not open (unsit-ui started by hand) is a break
                // all the same: whatever state we were in, sitting time restarts.
                if matches!(self.phase, Phase::Due { .. } | Phase::Snoozed { .. }) {
                    effects.push(Effect::CloseNotification);
                }
                self.restart(now);
            }
        }
        Ok(effects)
    }

    fn restart(&mut self, now: Mono) {
        self.sitting_since = now;
        self.phase = Phase::Counting;
    }

    /// Fires every deadline that is due at `now`.
    fn advance(&mut self, now: Mono) -> Vec<Effect> {
        let mut effects = Vec::new();
        match self.phase {
            Phase::Counting if now >= self.sitting_since + self.config.interval => {
                effects.push(self.remind(now, 0));
            }
            Phase::Snoozed { until } if now >= until => {
                effects.push(self.remind(now, 0));
            }
            Phase::Due { sent, resend_at: Some(at) } if now >= at => {
                effects.push(self.remind(now, sent));
            }
            _ => {}
        }
        effects
    }

    /// Sends reminder number `sent` (0 is the first) and schedules the next re-send, if any.
    /// Re-sends are spaced from `now`, so a late wake-up never produces a burst.
    fn remind(&mut self, now: Mono, sent: u8) -> Effect {
        let resend_at = (sent < self.config.max_renotify).then(|| now + self.config.renotify_every);
        self.phase = Phase::Due { sent: sent + 1, resend_at };
        Effect::Notify { sat_for: self.sitting(now), attempt: sent }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: u64 = 60;

    fn at(minutes: u64) -> Mono {
        Mono::from_secs(minutes * MIN)
    }

    fn notify(sat_min: u64, attempt: u8) -> Effect {
        Effect::Notify { sat_for: Duration::from_secs(sat_min * MIN), attempt }
    }

    fn sched() -> Scheduler {
        Scheduler::new(Config::default(), at(0))
    }

    #[test]
    fn reminds_when_sitting_reaches_the_interval() {
        let mut s = sched();
        assert_eq!(s.next_deadline(), Some(at(120)));
        assert_eq!(s.step(Input::Tick, at(119)), Ok(vec![]));
        assert_eq!(s.step(Input::Tick, at(120)), Ok(vec![notify(120, 0)]));
        assert_eq!(s.state(), State::Due);
    }

    #[test]
    fn unanswered_reminder_is_resent_every_15_min_at_most_3_times() {
        let mut s = sched();
        s.step(Input::Tick, at(120)).unwrap();
        assert_eq!(s.step(Input::Tick, at(135)), Ok(vec![notify(135, 1)]));
        assert_eq!(s.step(Input::Tick, at(150)), Ok(vec![notify(150, 2)]));
        assert_eq!(s.step(Input::Tick, at(165)), Ok(vec![notify(165, 3)]));
        assert_eq!(s.next_deadline(), None);
        assert_eq!(s.step(Input::Tick, at(500)), Ok(vec![]));
        assert_eq!(s.state(), State::Due);
    }

    #[test]
    fn late_wakeup_gives_one_reminder_not_a_burst() {
        // The driver may wake long after a deadline; that must not replay missed re-sends.
        let mut s = sched();
        assert_eq!(s.step(Input::Tick, at(300)), Ok(vec![notify(300, 0)]));
        assert_eq!(s.next_deadline(), Some(at(315)));
    }

    #[test]
    fn snooze_reminds_again_after_the_snooze_counted_from_now() {
        let mut s = sched();
        s.step(Input::Tick, at(120)).unwrap();
        let by = Duration::from_secs(10 * MIN);
        assert_eq!(
            s.step(Input::Snooze(by), at(122)),
            Ok(vec![Effect::CloseNotification, Effect::Record(Record::Snoozed { by })])
        );
        assert_eq!(s.state(), State::Snoozed);
        assert_eq!(s.next_break(), Some(at(132)));
        assert_eq!(s.step(Input::Tick, at(131)), Ok(vec![]));
        assert_eq!(s.step(Input::Tick, at(132)), Ok(vec![notify(132, 0)]));
    }

    #[test]
    fn snooze_is_refused_when_nothing_is_due_or_out_of_range() {
        let mut s = sched();
        assert_eq!(s.step(Input::Snooze(Duration::from_secs(600)), at(1)), Err(Refused::NothingToSnooze));
        s.step(Input::Tick, at(120)).unwrap();
        assert_eq!(
            s.step(Input::Snooze(Duration::from_secs(121 * MIN)), at(120)),
            Err(Refused::SnoozeOutOfRange("2h1m".into()))
        );
        assert_eq!(s.state(), State::Due, "a refused input changes nothing");
    }

    #[test]
    fn skip_restarts_sitting_time_and_is_recorded() {
        let mut s = sched();
        s.step(Input::Tick, at(120)).unwrap();
        let sat_for = Duration::from_secs(125 * MIN);
        assert_eq!(
            s.step(Input::Skip, at(125)),
            Ok(vec![Effect::CloseNotification, Effect::Record(Record::Skipped { sat_for })])
        );
        assert_eq!(s.sitting(at(125)), Duration::ZERO);
        assert_eq!(s.next_deadline(), Some(at(245)));
    }

    #[test]
    fn session_holds_reminders_and_closing_it_restarts_sitting() {
        let mut s = sched();
        s.step(Input::Tick, at(120)).unwrap();
        assert_eq!(
            s.step(Input::StartBreak, at(121)),
            Ok(vec![Effect::CloseNotification, Effect::OpenSession])
        );
        assert_eq!(s.next_deadline(), None);
        assert_eq!(s.step(Input::Tick, at(400)), Ok(vec![]));
        assert_eq!(s.step(Input::StartBreak, at(400)), Err(Refused::AlreadyInSession));
        assert_eq!(s.step(Input::SessionClosed, at(405)), Ok(vec![]));
        assert_eq!(s.state(), State::Counting);
        assert_eq!(s.next_deadline(), Some(at(525)));
    }

    #[test]
    fn break_started_early_needs_no_notification_to_close() {
        let mut s = sched();
        assert_eq!(s.step(Input::StartBreak, at(30)), Ok(vec![Effect::OpenSession]));
    }
}
