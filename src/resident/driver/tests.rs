//! The driver on paused tokio time, with a fake desktop: a whole day takes milliseconds.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::TimeZone as _;
use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};
use tokio::time::sleep_until;

use super::*;

const MIN: u64 = 60;

fn hm(h: u64, m: u64) -> Duration {
    Duration::from_secs((h * 60 + m) * MIN)
}

/// What the fake desktop saw, with the time since the start of the day.
type Log = Rc<RefCell<Vec<(Duration, String)>>>;

/// A desktop whose user is away during `away` (no input at all) and active otherwise; the
/// session window stays open five minutes.
struct FakeShell {
    origin: Instant,
    start: DateTime<Local>,
    away: Vec<(Duration, Duration)>,
    log: Log,
    samples: Rc<RefCell<u32>>,
    events: UnboundedSender<Event>,
}

impl FakeShell {
    fn t(&self) -> Duration {
        self.origin.elapsed()
    }
    fn note(&self, what: String) {
        self.log.borrow_mut().push((self.t(), what));
    }
}

impl Shell for FakeShell {
    fn wall(&self) -> DateTime<Local> {
        self.start + span(self.t())
    }
    fn slept(&mut self) -> Duration {
        Duration::ZERO
    }
    async fn idle(&mut self) -> Option<Duration> {
        *self.samples.borrow_mut() += 1;
        let t = self.t();
        let away = self.away.iter().find(|(from, to)| *from <= t && t < *to);
        Some(away.map_or(Duration::ZERO, |(from, _)| t - *from))
    }
    async fn notify(&mut self, reminder: &Reminder) {
        self.note(format!("notify: {}", reminder.body));
    }
    async fn close_notification(&mut self) {}
    fn open_session(&mut self, routine: &str) -> Result<(), String> {
        self.note(format!("session: {routine}"));
        let (events, ends) = (self.events.clone(), Instant::now() + Duration::from_secs(5 * MIN));
        tokio::spawn(async move {
            sleep_until(ends).await;
            let _ = events.send(Event::SessionEnded("closed".into()));
        });
        Ok(())
    }
    async fn show(&mut self, _view: TrayView) {}
}

/// Sends `event` into the driver at `at` after the start.
fn at(
    origin: Instant,
    at: Duration,
    events: &UnboundedSender<Event>,
    event: impl FnOnce() -> Event + 'static,
) {
    let events = events.clone();
    tokio::task::spawn_local(async move {
        sleep_until(origin + at).await;
        let _ = events.send(event());
    });
}

fn command(command: Command) -> Event {
    Event::Request(Request { command, reply: None })
}

#[tokio::test(start_paused = true)]
async fn an_eight_hour_day_gives_exactly_the_expected_reminders() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let log: Log = Rc::default();
            let samples = Rc::new(RefCell::new(0));
            let shell = FakeShell {
                origin,
                start: Local.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
                // A meeting away from the desk from 1:30 to 2:00.
                away: vec![(hm(1, 30), hm(2, 0))],
                log: log.clone(),
                samples: samples.clone(),
                events: tx.clone(),
            };
            // The 4:00 reminder is answered with Start; the 6:07 one is snoozed, then skipped.
            at(origin, hm(4, 2), &tx, || Event::Answer(Answer::Start));
            at(origin, hm(6, 8), &tx, || Event::Answer(Answer::Snooze));
            at(origin, hm(6, 20), &tx, || command(Command::Skip));
            at(origin, hm(8, 0), &tx, || command(Command::Quit));

            let wall_clock = std::time::Instant::now();
            Driver::new(Config::default(), shell).run(rx).await;
            assert!(wall_clock.elapsed() < Duration::from_secs(1), "took {:?}", wall_clock.elapsed());

            let seen: Vec<(u64, String)> =
                log.borrow().iter().map(|(t, what)| (t.as_secs() / MIN, what.clone())).collect();
            let body = |h| format!("notify: You've been sitting for {h}. Anti-desk reset · 5 min: release, stretch, activate.");
            assert_eq!(
                seen,
                [
                    // Sitting restarted when the user came back at 2:00, so the first reminder is at 4:00.
                    (240, body("2 h")),
                    (242, "session: anti-desk".to_string()),
                    // The session closed at 4:07.
                    (367, body("2 h")),
                    // Snoozed at 6:08 for the default 10 minutes.
                    (378, body("2 h 11 min")),
                ]
            );
            // Housekeeping wakes once a minute: 480 samples in eight hours, plus one per deadline.
            let samples = *samples.borrow();
            assert!((480..=490).contains(&samples), "{samples} idle samples");
        })
        .await;
}

#[test]
fn status_lines_read_as_the_spec_shows_them() {
    let m = |n: u64| Duration::from_secs(n * MIN);
    assert_eq!(
        status_line(State::Counting, m(72), Some(m(48)), None),
        "Sitting 1 h 12 min · break in 48 min"
    );
    assert_eq!(
        status_line(State::Counting, m(72), Some(m(47) + Duration::from_secs(1)), None),
        "Sitting 1 h 12 min · break in 48 min"
    );
    assert_eq!(status_line(State::Due, m(130), Some(Duration::ZERO), None), "Break due");
    assert_eq!(status_line(State::Snoozed, m(125), Some(m(10)), None), "Snoozed · break in 10 min");
    assert_eq!(status_line(State::InSession, Duration::ZERO, None, None), "Break in progress");
    assert_eq!(status_line(State::Paused, Duration::ZERO, None, Some("14:30".into())), "Paused until 14:30");
    assert_eq!(status_line(State::Paused, Duration::ZERO, None, None), "Paused");
}

#[test]
fn reminder_names_sitting_time_and_routine() {
    let anti_desk = routine::find(routine::DEFAULT_ID).unwrap();
    assert_eq!(
        reminder_body(Duration::from_secs(2 * 3600), &anti_desk),
        "You've been sitting for 2 h. Anti-desk reset · 5 min: release, stretch, activate."
    );
}

#[test]
fn pause_words() {
    assert_eq!(pause_length(""), Ok(PauseLength::UntilResumed));
    assert_eq!(pause_length("tomorrow"), Ok(PauseLength::Tomorrow));
    assert_eq!(pause_length("30m"), Ok(PauseLength::For(Duration::from_secs(1800))));
    assert!(pause_length("later").unwrap_err().ends_with(", or `tomorrow`"));
}
