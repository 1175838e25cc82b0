//! Scenarios for every rule of the scheduler (one section each, in the order of `Input`), as "inputs at times → expected effects", plus
//! DST in two time zones and property tests over thirty simulated days.

use chrono::{NaiveDateTime, TimeZone as _};
use chrono_tz::Tz;
use proptest::prelude::*;

use super::*;
use crate::hours::Range;

const MIN: u64 = 60;

fn mins(n: u64) -> Duration {
    Duration::from_secs(n * MIN)
}

/// The scheduler with a driver's view of time: a monotonic clock and a wall clock in a zone.
struct Sim {
    s: Scheduler,
    now: Mono,
    wall: DateTime<Tz>,
    /// What the quiet-moment probes find, as the driver answers [`Effect::CheckQuiet`].
    quiet: Option<Quiet>,
}

impl Sim {
    fn new(config: Config, tz: Tz, start: &str) -> Sim {
        let naive = NaiveDateTime::parse_from_str(start, "%Y-%m-%d %H:%M").unwrap();
        let wall = tz.from_local_datetime(&naive).earliest().unwrap();
        Sim { s: Scheduler::new(config, Mono::default(), &wall), now: Mono::default(), wall, quiet: None }
    }

    fn berlin(start: &str) -> Sim {
        Sim::new(Config::default(), chrono_tz::Europe::Berlin, start)
    }

    fn at(&self) -> u64 {
        self.now.0.as_secs() / MIN
    }

    fn local(&self) -> String {
        self.wall.format("%Y-%m-%d %H:%M %Z").to_string()
    }

    /// Steps the scheduler as the driver does: a [`Effect::CheckQuiet`] is answered at once
    /// with what the probes find, and the answer's effects follow.
    fn input(&mut self, input: Input) -> Result<Vec<Effect>, Refused> {
        let mut fx = self.s.step(input, self.now, &self.wall)?;
        if let Some(i) = fx.iter().position(|e| *e == Effect::CheckQuiet) {
            fx.remove(i);
            fx.extend(
                self.s.step(Input::Quiet(self.quiet.clone()), self.now, &self.wall).expect("an answer"),
            );
            assert!(!fx.contains(&Effect::CheckQuiet), "asked twice in one step");
        }
        Ok(fx)
    }

    fn ok(&mut self, input: Input) -> Vec<Effect> {
        self.input(input).expect("input accepted")
    }

    /// Lets `d` pass as the driver does: waking at every deadline on the way, and once at the
    /// end. `on_step` sees the scheduler right after each step, with that step's effects.
    fn wait_each(&mut self, d: Duration, mut on_step: impl FnMut(&Sim, &[Effect])) {
        let end = self.now + d;
        for _ in 0..100_000 {
            let next = self.s.next_deadline(self.now, &self.wall).filter(|&at| at <= end);
            self.advance_to(next.unwrap_or(end).max(self.now));
            let fx = self.ok(Input::Tick);
            on_step(self, &fx);
            if next.is_none() {
                return;
            }
        }
        panic!("the scheduler keeps asking to wake at {} without moving on", self.local());
    }

    /// Lets `d` pass; returns each effect with the (monotonic) minute it happened at.
    fn wait(&mut self, d: Duration) -> Vec<(u64, Effect)> {
        let mut out = Vec::new();
        self.wait_each(d, |sim, fx| out.extend(fx.iter().map(|e| (sim.at(), e.clone()))));
        out
    }

    fn advance_to(&mut self, at: Mono) {
        let d = at.since(self.now);
        self.now = at;
        self.wall += chrono::Duration::from_std(d).unwrap();
    }

    /// Suspend: the wall clock moves, the monotonic one does not; the driver then says so.
    fn suspend(&mut self, d: Duration) -> Vec<Effect> {
        self.wall += chrono::Duration::from_std(d).unwrap();
        self.ok(Input::Slept(d))
    }

    /// A copy to try another answer on.
    fn clone_state(&self) -> Sim {
        Sim { s: self.s.clone(), now: self.now, wall: self.wall, quiet: self.quiet.clone() }
    }

    fn notifies(effects: &[(u64, Effect)]) -> Vec<u64> {
        effects.iter().filter(|(_, e)| matches!(e, Effect::Notify { .. })).map(|(t, _)| *t).collect()
    }
}

fn notify(sat_min: u64, attempt: u8) -> Effect {
    Effect::Notify { sat_for: mins(sat_min), attempt }
}

fn office_hours() -> WorkingHours {
    let mut days: [Vec<Range>; 7] = Default::default();
    for d in days.iter_mut().take(5) {
        d.push("09:00-17:00".parse().unwrap());
    }
    WorkingHours { days }
}

// --- sitting time reaches the interval -------------------------------------------------------

#[test]
fn reminds_when_sitting_reaches_the_interval() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    assert_eq!(sim.wait(mins(119)), []);
    assert_eq!(sim.s.state(), State::Counting);
    assert_eq!(sim.wait(mins(1)), [(120, notify(120, 0))]);
    assert_eq!(sim.s.state(), State::Due);
}

// --- unanswered reminder ---------------------------------------------------------------------

#[test]
fn unanswered_reminder_is_resent_every_15_min_at_most_3_times() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    let fx = sim.wait(mins(400));
    assert_eq!(
        fx,
        [(120, notify(120, 0)), (135, notify(135, 1)), (150, notify(150, 2)), (165, notify(165, 3))]
    );
    assert_eq!(sim.s.state(), State::Due, "still due, just no longer nagging");
}

#[test]
fn late_wakeup_gives_one_reminder_not_a_burst() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.advance_to(Mono::from_secs(300 * MIN));
    assert_eq!(sim.ok(Input::Tick), [notify(300, 0)]);
    assert_eq!(sim.s.next_deadline(sim.now, &sim.wall), Some(Mono::from_secs(315 * MIN)));
}

// --- snooze ----------------------------------------------------------------------------------

#[test]
fn snooze_reminds_again_after_the_snooze_counted_from_now() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(122));
    let by = mins(10);
    assert_eq!(
        sim.ok(Input::Snooze(by)),
        [Effect::CloseNotification, Effect::Record(Record::Snoozed { by })]
    );
    assert_eq!(sim.s.state(), State::Snoozed);
    assert_eq!(sim.wait(mins(10)), [(132, notify(132, 0))]);
}

#[test]
fn snooze_is_refused_when_nothing_is_due_or_out_of_range() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    assert_eq!(sim.input(Input::Snooze(mins(10))), Err(Refused::NothingToSnooze));
    sim.wait(mins(120));
    assert_eq!(
        sim.input(Input::Snooze(mins(121))),
        Err(Refused::OutOfRange(SNOOZE.check(mins(121)).unwrap_err()))
    );
    assert_eq!(
        sim.input(Input::Snooze(Duration::from_secs(59))),
        Err(Refused::OutOfRange(SNOOZE.check(Duration::from_secs(59)).unwrap_err()))
    );
    assert_eq!(sim.s.state(), State::Due, "a refused input changes nothing");
}

// --- skip ------------------------------------------------------------------------------------

#[test]
fn skip_restarts_sitting_time_and_is_recorded() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(125));
    let fx = sim.ok(Input::Skip);
    assert_eq!(fx, [Effect::CloseNotification, Effect::Record(Record::Skipped { sat_for: mins(125) })]);
    assert_eq!(sim.s.sitting(sim.now), Duration::ZERO);
    assert_eq!(sim.wait(mins(120)), [(245, notify(120, 0))]);
    assert_eq!(sim.ok(Input::Skip).len(), 2);
    assert_eq!(sim.input(Input::Skip), Err(Refused::NothingToSkip));
}

// --- session ---------------------------------------------------------------------------------

#[test]
fn session_holds_reminders_and_closing_it_restarts_sitting() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(120));
    assert_eq!(sim.ok(Input::StartBreak), [Effect::CloseNotification, Effect::OpenSession]);
    assert_eq!(sim.s.state(), State::InSession);
    // A long session, and no input at all (the person is on the floor): nothing happens.
    assert_eq!(sim.ok(Input::Idle(mins(30))), []);
    assert_eq!(sim.wait(mins(300)), []);
    assert_eq!(sim.input(Input::StartBreak), Err(Refused::AlreadyInSession));
    assert_eq!(sim.ok(Input::SessionClosed), []);
    assert_eq!(sim.s.state(), State::Counting);
    assert_eq!(sim.wait(mins(120)), [(540, notify(120, 0))]);
}

#[test]
fn a_session_closed_before_it_started_is_a_skip() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(120));
    sim.ok(Input::StartBreak);
    sim.wait(mins(1));
    assert_eq!(sim.ok(Input::SessionSkipped), [Effect::Record(Record::Skipped { sat_for: mins(121) })]);
    assert_eq!(sim.s.state(), State::Counting);
    assert_eq!(sim.s.sitting(sim.now), Duration::ZERO);
    assert_eq!(sim.wait(mins(120)), [(241, notify(120, 0))]);
}

#[test]
fn break_started_early_needs_no_notification_to_close() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(30));
    assert_eq!(sim.ok(Input::StartBreak), [Effect::OpenSession]);
}

// --- natural breaks: idle, lock, suspend -----------------------------------------------------

#[test]
fn idle_past_idle_reset_is_a_natural_break_from_the_return() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(60));
    // Short idle does not count: still sitting.
    assert_eq!(sim.ok(Input::Idle(mins(4))), []);
    assert_eq!(sim.s.sitting(sim.now), mins(60));
    sim.wait(mins(10));
    // Sampled at 70: idle for 6 min, so away since 64.
    assert_eq!(sim.ok(Input::Idle(mins(6))), []);
    assert_eq!(sim.s.state(), State::Away);
    assert_eq!(sim.wait(mins(200)), [], "no reminders while away");
    // Sampled at 270: last input 1 min ago, so back at 269 after 205 min away.
    assert_eq!(sim.ok(Input::Idle(mins(1))), [Effect::Record(Record::NaturalBreak { away: mins(205) })]);
    assert_eq!(sim.s.sitting(sim.now), mins(1));
    assert_eq!(Sim::notifies(&sim.wait(mins(120))), [389]);
}

#[test]
fn walking_away_from_a_due_reminder_withdraws_it() {
    // A screen lock reads as idle to the probe: the same rule applies.
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(121));
    assert_eq!(sim.ok(Input::Idle(mins(5))), [Effect::CloseNotification]);
    assert_eq!(sim.s.state(), State::Away);
}

#[test]
fn locking_the_screen_is_away_at_once_and_a_long_lock_is_a_break() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(121));
    assert_eq!(sim.ok(Input::Locked(true)), [Effect::CloseNotification]);
    assert_eq!(sim.s.state(), State::Away);
    assert_eq!(sim.wait(mins(60)), [], "no reminders on the lock screen");
    // Idle samples while locked change nothing; the unlock ends the time away.
    assert_eq!(sim.ok(Input::Idle(mins(60))), []);
    assert_eq!(sim.ok(Input::Idle(Duration::ZERO)), []);
    assert_eq!(sim.s.state(), State::Away, "still locked");
    assert_eq!(sim.ok(Input::Locked(false)), [Effect::Record(Record::NaturalBreak { away: mins(60) })]);
    assert_eq!(sim.s.state(), State::Counting);
    assert_eq!(Sim::notifies(&sim.wait(mins(120))), [301]);
}

#[test]
fn a_short_lock_is_not_a_break_and_a_snooze_runs_on() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(120));
    sim.ok(Input::Snooze(mins(10)));
    sim.wait(mins(2));
    assert_eq!(sim.ok(Input::Locked(true)), []);
    assert_eq!(sim.s.state(), State::Away);
    sim.wait(mins(2));
    assert_eq!(sim.ok(Input::Locked(false)), [], "two minutes are no break");
    assert_eq!(sim.s.state(), State::Snoozed);
    assert_eq!(sim.wait(mins(6)), [(130, notify(130, 0))]);
    // A due reminder taken back by a short lock is due again when the screen unlocks.
    assert_eq!(sim.ok(Input::Locked(true)), [Effect::CloseNotification]);
    sim.wait(mins(1));
    assert_eq!(sim.ok(Input::Locked(false)), [notify(131, 0)]);
}

#[test]
fn idle_and_lock_together_end_when_both_have_ended() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(30));
    // Idle since 25, locked at 32: away since 25.
    assert_eq!(sim.ok(Input::Idle(mins(5))), []);
    sim.wait(mins(2));
    assert_eq!(sim.ok(Input::Locked(true)), []);
    sim.wait(mins(20));
    // The first input unlocks (52), then the idle source says so (53): back at 53, away 28 min.
    assert_eq!(sim.ok(Input::Locked(false)), []);
    assert_eq!(sim.s.state(), State::Away);
    sim.wait(mins(1));
    assert_eq!(
        sim.ok(Input::Idle(Duration::ZERO)),
        [Effect::Record(Record::NaturalBreak { away: mins(28) })]
    );
    assert_eq!(sim.s.sitting(sim.now), Duration::ZERO);
}

#[test]
fn suspend_past_idle_reset_is_a_natural_break_and_no_burst() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(121));
    let fx = sim.suspend(mins(90));
    assert_eq!(fx, [Effect::CloseNotification, Effect::Record(Record::NaturalBreak { away: mins(90) })]);
    assert_eq!(sim.s.state(), State::Counting);
    assert_eq!(sim.wait(mins(119)), [], "no reminder early after waking");
    assert_eq!(Sim::notifies(&sim.wait(mins(1))), [241]);
}

#[test]
fn short_suspend_is_not_a_break() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(100));
    assert_eq!(sim.suspend(mins(2)), []);
    assert_eq!(sim.s.sitting(sim.now), mins(100), "monotonic time did not count the suspend");
    assert_eq!(Sim::notifies(&sim.wait(mins(20))), [120]);
}

// --- pause -----------------------------------------------------------------------------------

#[test]
fn timed_pause_resumes_by_itself_and_restarts_sitting() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(121));
    assert_eq!(
        sim.ok(Input::Pause(PauseLength::For(mins(60)))),
        [Effect::CloseNotification, Effect::Record(Record::Paused)]
    );
    assert_eq!(sim.s.state(), State::Paused);
    assert_eq!(sim.s.paused_until(sim.now, &sim.wall).unwrap().to_rfc3339(), "2026-11-23T11:01:00+00:00");
    assert_eq!(sim.wait(mins(60)), [(181, Effect::Record(Record::Resumed))]);
    assert_eq!(sim.s.state(), State::Counting);
    assert_eq!(Sim::notifies(&sim.wait(mins(120))), [301]);
}

#[test]
fn pause_until_resumed_and_resume() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    assert_eq!(sim.input(Input::Resume), Err(Refused::NotPaused));
    sim.ok(Input::Pause(PauseLength::UntilResumed));
    assert_eq!(sim.s.next_deadline(sim.now, &sim.wall), None);
    assert_eq!(sim.wait(mins(600)), []);
    assert_eq!(sim.ok(Input::Resume), [Effect::Record(Record::Resumed)]);
    assert_eq!(Sim::notifies(&sim.wait(mins(120))), [720]);
}

#[test]
fn pause_until_tomorrow_means_eight_in_the_morning_without_a_schedule() {
    let mut sim = Sim::berlin("2026-11-23 15:00");
    sim.ok(Input::Pause(PauseLength::Tomorrow));
    let until = sim.s.paused_until(sim.now, &sim.wall).unwrap().with_timezone(&chrono_tz::Europe::Berlin);
    assert_eq!(until.to_rfc3339(), "2026-11-24T08:00:00+01:00");
    let fx = sim.wait(mins(17 * 60));
    assert_eq!(fx, [(17 * 60, Effect::Record(Record::Resumed))]);
    assert_eq!(sim.local(), "2026-11-24 08:00 CET");
}

#[test]
fn pause_until_tomorrow_means_the_next_working_day_with_a_schedule() {
    let config = Config { working_hours: Some(office_hours()), ..Config::default() };
    // Friday afternoon: tomorrow's working hours are Monday's.
    let mut sim = Sim::new(config, chrono_tz::Europe::Berlin, "2026-11-27 15:00");
    sim.ok(Input::Pause(PauseLength::Tomorrow));
    let until = sim.s.paused_until(sim.now, &sim.wall).unwrap().with_timezone(&chrono_tz::Europe::Berlin);
    assert_eq!(until.to_rfc3339(), "2026-11-30T09:00:00+01:00");
}

#[test]
fn pause_length_is_checked() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    assert_eq!(
        sim.input(Input::Pause(PauseLength::For(mins(25 * 60)))),
        Err(Refused::PauseOutOfRange(PAUSE.check(mins(25 * 60)).unwrap_err()))
    );
}

// --- interval change -------------------------------------------------------------------------

#[test]
fn changing_the_interval_moves_the_next_reminder() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(40));
    assert_eq!(sim.ok(Input::SetInterval(mins(60))), []);
    assert_eq!(sim.s.next_break(), Some(Mono::from_secs(60 * MIN)));
    // Already past the new interval: it fires now.
    sim.wait(mins(10));
    assert_eq!(sim.ok(Input::SetInterval(mins(45))), [notify(50, 0)]);
    // Longer again while due: the reminder is withdrawn until the new time.
    assert_eq!(sim.ok(Input::SetInterval(mins(90))), [Effect::CloseNotification]);
    assert_eq!(Sim::notifies(&sim.wait(mins(40))), [90]);
    assert_eq!(
        sim.input(Input::SetInterval(mins(0))).unwrap_err().to_string(),
        "the interval must be between 10 min and 8 h, not 0 s"
    );
    assert_eq!(
        sim.input(Input::SetInterval(mins(10_000))),
        Err(Refused::OutOfRange(INTERVAL.check(mins(10_000)).unwrap_err()))
    );
}

// --- working hours ---------------------------------------------------------------------------

#[test]
fn no_reminders_outside_working_hours_and_a_fresh_start_when_they_begin() {
    let config = Config { working_hours: Some(office_hours()), ..Config::default() };
    let mut sim = Sim::new(config, chrono_tz::Europe::Berlin, "2026-11-23 07:00");
    assert_eq!(sim.s.state(), State::OffHours);
    // 07:00 to 09:00 is off hours; their end goes on record.
    assert_eq!(sim.wait(mins(120)), [(120, Effect::Record(Record::Hours { working: true }))]);
    assert_eq!(sim.s.state(), State::Counting);
    // Working hours began at 09:00 (minute 120): the first reminder is two hours later.
    assert_eq!(Sim::notifies(&sim.wait(mins(120))), [240]);
    // Skipped at 11:00; the 13:00 reminder goes unanswered and is sent again three times; at
    // 17:00 working hours end and it is withdrawn.
    sim.ok(Input::Skip);
    let fx = sim.wait(mins(8 * 60));
    assert_eq!(Sim::notifies(&fx), [360, 375, 390, 405]);
    assert_eq!(
        fx[fx.len() - 2..],
        [(600, Effect::CloseNotification), (600, Effect::Record(Record::Hours { working: false }))]
    );
    assert_eq!(sim.s.state(), State::OffHours);
}

// --- wall-clock jumps ------------------------------------------------------------------------

#[test]
fn wall_clock_steps_move_no_reminder() {
    // An NTP step or a time-zone change moves the wall clock only: sitting time is monotonic.
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.wait(mins(60));
    sim.wall += chrono::Duration::hours(3);
    assert_eq!(sim.ok(Input::Tick), [], "three hours forward: no reminder early, no burst");
    sim.wall -= chrono::Duration::hours(5);
    assert_eq!(sim.ok(Input::Tick), []);
    sim.wall = sim.wall.with_timezone(&chrono_tz::America::New_York);
    assert_eq!(Sim::notifies(&sim.wait(mins(60))), [120]);
}

#[test]
fn wall_clock_step_moves_a_pause_until_tomorrow_with_it() {
    let mut sim = Sim::berlin("2026-11-23 22:00");
    sim.ok(Input::Pause(PauseLength::Tomorrow));
    // The clock is stepped forward to 07:59 the next morning (a long suspend would look so too).
    sim.wall += chrono::Duration::minutes(9 * 60 + 59);
    assert_eq!(sim.s.next_deadline(sim.now, &sim.wall), Some(sim.now + mins(1)));
    assert_eq!(sim.wait(mins(1)), [(1, Effect::Record(Record::Resumed))]);
}

// --- DST -------------------------------------------------------------------------------------

/// Pausing "until tomorrow" on the eve of a DST change lands on 08:00 local time all the same,
/// and sitting time across the change is the real elapsed time.
fn dst_eve(tz: Tz, eve: &str, expected_resume: &str, hours_to_resume: u64) {
    let mut sim = Sim::new(Config::default(), tz, eve);
    sim.ok(Input::Pause(PauseLength::Tomorrow));
    let until = sim.s.paused_until(sim.now, &sim.wall).unwrap().with_timezone(&tz);
    assert_eq!(until.to_rfc3339(), expected_resume, "{tz}");
    let fx = sim.wait(mins(hours_to_resume * 60));
    assert_eq!(fx, [(hours_to_resume * 60, Effect::Record(Record::Resumed))], "{tz}");
    assert_eq!(sim.wall.format("%H:%M").to_string(), "08:00", "{tz}");
    assert_eq!(Sim::notifies(&sim.wait(mins(120))), [hours_to_resume * 60 + 120], "{tz}");
}

#[test]
fn dst_spring_forward_in_berlin() {
    // 2026-03-29: 02:00 → 03:00. From 20:00 to 08:00 is 11 real hours.
    dst_eve(chrono_tz::Europe::Berlin, "2026-03-28 20:00", "2026-03-29T08:00:00+02:00", 11);
}

#[test]
fn dst_fall_back_in_berlin() {
    // 2026-10-25: 03:00 → 02:00. From 20:00 to 08:00 is 13 real hours.
    dst_eve(chrono_tz::Europe::Berlin, "2026-10-24 20:00", "2026-10-25T08:00:00+01:00", 13);
}

#[test]
fn dst_spring_forward_in_new_york() {
    // 2026-03-08: 02:00 → 03:00.
    dst_eve(chrono_tz::America::New_York, "2026-03-07 20:00", "2026-03-08T08:00:00-04:00", 11);
}

#[test]
fn dst_fall_back_in_new_york() {
    // 2026-11-01: 02:00 → 01:00.
    dst_eve(chrono_tz::America::New_York, "2026-10-31 20:00", "2026-11-01T08:00:00-05:00", 13);
}

#[test]
fn working_hours_follow_local_time_across_dst() {
    // A night shift 22:00–06:00 over the Berlin spring-forward night lasts 7 real hours.
    let mut days: [Vec<Range>; 7] = Default::default();
    days[5].push("22:00-06:00".parse().unwrap()); // Saturday night
    let config = Config { working_hours: Some(WorkingHours { days }), ..Config::default() };
    let mut sim = Sim::new(config, chrono_tz::Europe::Berlin, "2026-03-28 21:00");
    assert_eq!(sim.s.state(), State::OffHours);
    let fx = sim.wait(mins(10 * 60));
    // Starts 22:00 (minute 60); reminders at 120 min of sitting, resent; shift ends at 06:00
    // CEST, which is 7 real hours later (minute 480).
    assert_eq!(Sim::notifies(&fx), [180, 195, 210, 225]);
    assert_eq!(fx.iter().find(|(_, e)| *e == Effect::CloseNotification).map(|(t, _)| *t), Some(480));
    assert_eq!(sim.s.state(), State::OffHours);
}

// --- quiet moments ---------------------------------------------------------------------------

#[test]
fn a_due_reminder_waits_for_a_quiet_moment_and_comes_at_the_first_check_after_it() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.quiet = Some(Quiet::Call);
    assert_eq!(sim.wait(mins(120)), []);
    assert_eq!(sim.s.state(), State::Held);
    assert_eq!(sim.s.held_by(), Some(&Quiet::Call));
    assert_eq!(sim.s.next_deadline(sim.now, &sim.wall), Some(sim.now + RECHECK), "asked again in a minute");
    assert_eq!(sim.wait(mins(30)), [], "still in the call");
    // The call ends half a minute after a check: the next check sends the reminder.
    sim.advance_to(sim.now + Duration::from_secs(30));
    sim.quiet = None;
    assert_eq!(
        sim.wait(mins(1)),
        [(151, Effect::Record(Record::Held { why: Quiet::Call, held: mins(31) })), (151, notify(151, 0))]
    );
    assert_eq!(sim.s.state(), State::Due);
    assert_eq!(sim.s.held_by(), None);
}

#[test]
fn a_reminder_held_for_an_hour_comes_anyway() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.quiet = Some(Quiet::FullScreen);
    let fx = sim.wait(mins(180));
    assert_eq!(
        fx,
        [
            (180, Effect::Record(Record::Held { why: Quiet::FullScreen, held: mins(60) })),
            (180, notify(180, 0))
        ]
    );
    // The limit is a setting: a shorter one lets the next (held) reminder out at once.
    assert_eq!(Sim::notifies(&sim.wait(mins(25))), Vec::<u64>::new(), "the re-send at 195 is held");
    assert_eq!(sim.s.state(), State::Held);
    assert_eq!(
        sim.ok(Input::SetHoldMax(mins(5))),
        [Effect::Record(Record::Held { why: Quiet::FullScreen, held: mins(10) }), notify(205, 1)]
    );
}

#[test]
fn a_reminder_that_is_out_is_taken_back_during_a_call_and_sent_again_after() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    assert_eq!(Sim::notifies(&sim.wait(mins(120))), [120]);
    sim.quiet = Some(Quiet::DoNotDisturb);
    assert_eq!(sim.wait(mins(15)), [(135, Effect::CloseNotification)]);
    assert_eq!(sim.s.state(), State::Held);
    sim.quiet = None;
    assert_eq!(Sim::notifies(&sim.wait(mins(1))), [136]);
}

#[test]
fn a_held_break_can_be_snoozed_skipped_or_started() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.quiet = Some(Quiet::Inhibitor { by: "Impress".into() });
    sim.wait(mins(125));
    let held = Effect::Record(Record::Held { why: Quiet::Inhibitor { by: "Impress".into() }, held: mins(5) });
    let mut snoozing = sim.clone_state();
    assert_eq!(
        snoozing.ok(Input::Snooze(mins(10))),
        [held.clone(), Effect::Record(Record::Snoozed { by: mins(10) })]
    );
    let mut skipping = sim.clone_state();
    assert_eq!(
        skipping.ok(Input::Skip),
        [held.clone(), Effect::Record(Record::Skipped { sat_for: mins(125) })]
    );
    assert_eq!(sim.ok(Input::StartBreak), [held, Effect::OpenSession]);
}

#[test]
fn going_away_ends_a_hold_and_nothing_is_checked_while_blocked() {
    let mut sim = Sim::berlin("2026-11-23 09:00");
    sim.quiet = Some(Quiet::Call);
    sim.wait(mins(121));
    assert_eq!(
        sim.ok(Input::Locked(true)),
        [Effect::Record(Record::Held { why: Quiet::Call, held: mins(1) })]
    );
    let mut checks = 0;
    for _ in 0..60 {
        sim.advance_to(sim.now + mins(1));
        let fx = sim.s.step(Input::Tick, sim.now, &sim.wall).unwrap();
        checks += fx.iter().filter(|e| **e == Effect::CheckQuiet).count();
    }
    assert_eq!(checks, 0, "no probes while away");
}

// --- properties ------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Act {
    Wait(u64),
    Idle(u64),
    Sleep(u64),
    StartBreak,
    CloseSession(bool),
    Snooze(u64),
    Skip,
    Pause(u8),
    Resume,
    Interval(u64),
    WallStep(i64),
    Lock(bool),
    Quiet(bool),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        6 => (1..240 * MIN).prop_map(Act::Wait),
        2 => (0..60 * MIN).prop_map(Act::Idle),
        1 => (1..600 * MIN).prop_map(Act::Sleep),
        1 => Just(Act::StartBreak),
        1 => any::<bool>().prop_map(Act::CloseSession),
        2 => (30..7300u64).prop_map(Act::Snooze),
        1 => Just(Act::Skip),
        1 => (0..3u8).prop_map(Act::Pause),
        1 => Just(Act::Resume),
        1 => (5..500u64).prop_map(Act::Interval),
        1 => (-180..180i64).prop_map(Act::WallStep),
        1 => any::<bool>().prop_map(Act::Lock),
        2 => any::<bool>().prop_map(Act::Quiet),
    ]
}

/// What the property test knows of the reminders, independently of the scheduler's answers.
#[derive(Default)]
struct Watch {
    /// The last reminder, while nobody has answered it.
    unanswered: Option<Mono>,
    /// When a snooze asked to be reminded.
    snoozed_until: Option<Mono>,
}

impl Watch {
    fn see(&mut self, sim: &Sim, fx: &[Effect]) {
        let mut held = None;
        for e in fx {
            match e {
                Effect::Record(Record::Held { held: h, .. }) => held = Some(*h),
                Effect::Notify { sat_for, .. } => {
                    let s = &sim.s;
                    assert!(s.pause.is_none(), "reminder while paused at {}", sim.local());
                    assert!(!s.session, "reminder during a session at {}", sim.local());
                    assert!(!s.locked, "reminder on the lock screen at {}", sim.local());
                    if sim.quiet.is_some() {
                        let held = held.expect("a reminder in a quiet moment was held first");
                        assert!(held >= s.config.hold_max, "held only {held:?} at {}", sim.local());
                    }
                    if let Some(h) = &s.config.working_hours {
                        assert!(h.contains(sim.wall.naive_local()), "reminder off hours at {}", sim.local());
                    }
                    assert!(
                        *sat_for >= s.config.interval,
                        "reminder after {sat_for:?} of sitting, interval {:?}",
                        s.config.interval
                    );
                    if let Some(until) = self.snoozed_until.take() {
                        if held.is_some() {
                            assert!(sim.now > until, "a held snooze came early at {}", sim.local());
                        } else {
                            assert_eq!(
                                sim.now,
                                until,
                                "snooze not honoured to the second at {}",
                                sim.local()
                            );
                        }
                    } else if let Some(prev) = self.unanswered {
                        let gap = sim.now.since(prev);
                        assert!(gap >= mins(15), "two reminders {gap:?} apart at {}", sim.local());
                    }
                    self.unanswered = Some(sim.now);
                }
                Effect::CloseNotification => self.unanswered = None,
                _ => {}
            }
        }
        // Anything that ended the snooze (a blocker, a skip) means it will not come back; a quiet
        // moment holds it.
        if !matches!(sim.s.state(), State::Snoozed | State::Held) {
            self.snoozed_until = None;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Random days: never a reminder while paused, in a session, outside working hours, on the
    /// lock screen, or earlier than the interval after the last break; in a quiet moment only
    /// after the longest hold; never two unanswered reminders less than 15 minutes apart; every
    /// snooze honoured to the second unless a quiet moment held it.
    #[test]
    fn reminders_come_only_when_they_should(
        acts in proptest::collection::vec(act(), 1..400),
        hours in any::<bool>(),
    ) {
        let config = Config { working_hours: hours.then(office_hours), ..Config::default() };
        let mut sim = Sim::new(config, chrono_tz::Europe::Berlin, "2026-11-23 08:30");
        let end = Mono::from_secs(30 * 24 * 3600);
        let mut watch = Watch::default();
        for a in acts {
            if sim.now >= end {
                break;
            }
            let result = match a {
                Act::Wait(s) => {
                    sim.wait_each(Duration::from_secs(s), |sim, fx| watch.see(sim, fx));
                    continue;
                }
                Act::Idle(s) => sim.input(Input::Idle(Duration::from_secs(s))),
                Act::Sleep(s) => Ok(sim.suspend(Duration::from_secs(s))),
                Act::StartBreak => sim.input(Input::StartBreak),
                Act::CloseSession(started) => {
                    sim.input(if started { Input::SessionClosed } else { Input::SessionSkipped })
                }
                Act::Snooze(s) => sim.input(Input::Snooze(Duration::from_secs(s))),
                Act::Skip => sim.input(Input::Skip),
                Act::Pause(k) => {
                    let lengths = [PauseLength::For(mins(45)), PauseLength::Tomorrow, PauseLength::UntilResumed];
                    sim.input(Input::Pause(lengths[k as usize]))
                }
                Act::Resume => sim.input(Input::Resume),
                Act::Interval(m) => sim.input(Input::SetInterval(mins(m))),
                Act::WallStep(m) => {
                    sim.wall += chrono::Duration::minutes(m);
                    sim.input(Input::Tick)
                }
                Act::Lock(on) => sim.input(Input::Locked(on)),
                Act::Quiet(on) => {
                    sim.quiet = on.then_some(Quiet::Call);
                    continue;
                }
            };
            if let Ok(fx) = result {
                if let Act::Snooze(s) = a {
                    watch.unanswered = None;
                    watch.snoozed_until = Some(sim.now + Duration::from_secs(s));
                }
                watch.see(&sim, &fx);
            }
        }
    }
}
