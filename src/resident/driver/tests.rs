//! The driver on paused tokio time, with a fake desktop: a whole day takes milliseconds.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::TimeZone as _;
use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};
use tokio::time::sleep_until;

use super::super::session::Break;
use super::*;
use crate::place::{Place, Where};
use crate::protocol::pause_length;
use crate::protocol::IdleSource;
use crate::routine::Position;
use crate::scheduler::{PauseLength, Quiet};
use crate::settings::Holds;
use crate::words::{reminder_body, status_line};

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
    /// Every status line the tray was given, with when.
    lines: Log,
    events: UnboundedSender<Event>,
    /// `unsit-ui` cannot be started.
    no_ui: bool,
    /// Every break a session window was opened for.
    breaks: Rc<RefCell<Vec<Break>>>,
    /// Every reminder is answered with Start at once.
    answer_start: bool,
    /// Where idle time comes from; with one that pushes, `away` is not asked.
    source: IdleSource,
    /// Quiet moments: from, to, what.
    quiet: Vec<(Duration, Duration, Quiet)>,
    /// When the quiet-moment probes were asked.
    probed: Rc<RefCell<Vec<Duration>>>,
    /// Suspends: when the driver notices one, and how long it was.
    sleeps: Vec<(Duration, Duration)>,
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
        let t = self.t();
        match self.sleeps.iter().position(|(at, _)| *at <= t) {
            Some(i) => self.sleeps.remove(i).1,
            None => Duration::ZERO,
        }
    }
    fn idle_source(&self) -> IdleSource {
        self.source
    }
    fn watch_idle(&mut self, after: Duration) {
        self.note(format!("watch idle: {}", Human(after)));
    }
    async fn quiet(&mut self, _holds: Holds) -> Option<Quiet> {
        let t = self.t();
        self.probed.borrow_mut().push(t);
        self.quiet.iter().find(|(from, to, _)| *from <= t && t < *to).map(|(.., why)| why.clone())
    }
    async fn idle(&mut self) -> Option<Duration> {
        assert!(!self.source.pushes(), "a source that pushes is never asked");
        *self.samples.borrow_mut() += 1;
        let t = self.t();
        let away = self.away.iter().find(|(from, to)| *from <= t && t < *to);
        Some(away.map_or(Duration::ZERO, |(from, _)| t - *from))
    }
    async fn notify(&mut self, reminder: &Reminder) {
        self.note(format!("notify: {}", reminder.body));
        if self.answer_start {
            let _ = self.events.send(Event::Answer(Answer::Start));
        }
    }
    async fn close_notification(&mut self) {}
    async fn notify_again(&mut self) {
        self.note("notify again".into());
    }
    fn open_window(&mut self, window: super::super::session::UiWindow) -> Result<(), String> {
        self.note(format!("window: {}", window.mode()));
        Ok(())
    }
    fn set_autostart(&mut self, on: bool) -> Result<(), String> {
        self.note(format!("autostart: {on}"));
        Ok(())
    }
    fn open_session(&mut self, what: &Break) -> Result<(), String> {
        self.breaks.borrow_mut().push(what.clone());
        let routine = &what.routine;
        if self.no_ui {
            self.note("session: cannot start".into());
            return Err("could not start unsit-ui: No such file or directory".into());
        }
        self.note(format!("session: {routine}"));
        let (events, ends) = (self.events.clone(), Instant::now() + Duration::from_secs(5 * MIN));
        tokio::spawn(async move {
            sleep_until(ends).await;
            let _ = events.send(Event::SessionEnded("closed".into()));
        });
        Ok(())
    }
    async fn show(&mut self, view: TrayView) {
        let t = self.t();
        self.lines.borrow_mut().push((t, view.line));
    }
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
    Event::Request(Request { command, from: Origin::Cli, reply: None })
}

fn command_from(from: Origin, command: Command) -> Event {
    Event::Request(Request { command, from, reply: None })
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
                lines: Rc::default(),
                events: tx.clone(),
                no_ui: false,
                breaks: Rc::default(),
                answer_start: false,
                source: IdleSource::X11,
                quiet: Vec::new(),
                probed: Rc::default(),
                sleeps: Vec::new(),
            };
            // The 4:00 reminder is answered with Start; the 6:07 one is snoozed, then skipped.
            at(origin, hm(4, 2), &tx, || Event::Answer(Answer::Start));
            at(origin, hm(6, 8), &tx, || Event::Answer(Answer::Snooze));
            at(origin, hm(6, 20), &tx, || command(Command::Skip));
            at(origin, hm(8, 0), &tx, || command(Command::Quit));

            let wall_clock = std::time::Instant::now();
            Driver::new(Config::default(), shell, Library::builtin()).run(rx).await;
            assert!(wall_clock.elapsed() < Duration::from_secs(1), "took {:?}", wall_clock.elapsed());

            let seen = minutes(&log);
            // A new user is at the desk: the default routine needs the floor, so the desk reset plays.
            let body = |h| {
                format!(
                    "notify: You've been sitting for {h}. Desk reset · 5 min: release, stretch, activate."
                )
            };
            assert_eq!(
                seen,
                [
                    // Sitting restarted when the user came back at 2:00, so the first reminder is at 4:00.
                    (240, body("2 h")),
                    (242, "session: desk-reset".to_string()),
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
    let anti_desk = Plan::new(Library::builtin().default_routine());
    assert_eq!(
        reminder_body(Duration::from_secs(2 * 3600), &anti_desk.label, &anti_desk.phases),
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

/// A fake desktop for one test, with the settings file in `dir`.
fn desktop(origin: Instant, events: &UnboundedSender<Event>) -> (FakeShell, Log, Log) {
    let (log, lines): (Log, Log) = (Rc::default(), Rc::default());
    let shell = FakeShell {
        origin,
        start: Local.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        away: Vec::new(),
        log: log.clone(),
        samples: Rc::default(),
        lines: lines.clone(),
        events: events.clone(),
        no_ui: false,
        breaks: Rc::default(),
        answer_start: false,
        source: IdleSource::X11,
        quiet: Vec::new(),
        probed: Rc::default(),
        sleeps: Vec::new(),
    };
    (shell, log, lines)
}

/// Sends `command` to the driver and returns its answer.
async fn ask(events: &UnboundedSender<Event>, command: Command) -> Result<String, String> {
    let (reply, answer) = tokio::sync::oneshot::channel();
    events.send(Event::Request(Request { command, from: Origin::Cli, reply: Some(reply) })).unwrap();
    answer.await.unwrap()
}

#[tokio::test(start_paused = true)]
async fn the_tray_line_is_refreshed_every_minute_and_on_every_change() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (shell, _, lines) = desktop(origin, &tx);
            at(origin, Duration::from_secs(150), &tx, || command(Command::Pause(PauseLength::UntilResumed)));
            at(origin, Duration::from_secs(5 * MIN), &tx, || command(Command::Quit));
            Driver::new(Config::default(), shell, Library::builtin()).run(rx).await;
            let seen: Vec<(u64, String)> =
                lines.borrow().iter().map(|(t, line)| (t.as_secs(), line.clone())).collect();
            let sitting = |m: u64| format!("Sitting {m} min · break in 1 h {} min", 60 - m);
            assert_eq!(
                seen,
                [
                    (0, "Sitting 0 s · break in 2 h".to_string()),
                    (60, sitting(1)),
                    (120, sitting(2)),
                    // The pause shows at once, not at the next minute; then nothing changes.
                    (150, "Paused".to_string()),
                ]
            );
        })
        .await;
}

#[tokio::test(start_paused = true)]
async fn every_setting_is_changed_saved_and_shown_by_the_settings_window() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("settings.toml");
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (shell, log, _) = desktop(origin, &tx);
            let driver = Driver::new(Config::default(), shell, Library::builtin()).with_settings(
                &Settings::default(),
                Some(path.clone()),
                Vec::new(),
            );
            let running = tokio::task::spawn_local(driver.run(rx));

            let set = |key: &str, value: &str| ask(&tx, Command::set(key, value));
            assert_eq!(set("idle_reset", "3m").await.unwrap(), "Away for 3 min counts as a break");
            assert_eq!(
                set("idle_reset", "30s").await.unwrap_err(),
                "the idle time that counts as a break must be between 1 min and 1 h, not 30 s"
            );
            assert_eq!(set("snooze", "15m").await.unwrap(), "Snooze puts a break off by 15 min");
            assert_eq!(set("snooze", "2h1m").await.unwrap_err(), "a snooze must be between 1 min and 2 h, not 2 h 1 min");
            assert_eq!(set("autostart", "true").await.unwrap(), "unsit starts with the desktop");
            assert_eq!(set("sound", "false").await.unwrap(), "Sounds off");
            // Monday 09:00 is outside these hours: reminders stop at once.
            assert_eq!(set("working_hours", "tue 09:00-17:00").await.unwrap(), "Reminders only within working hours");
            let status: Status = serde_json::from_str(&ask(&tx, Command::Status).await.unwrap()).unwrap();
            assert_eq!(status.state, State::OffHours);

            let view: SettingsView = serde_json::from_str(&ask(&tx, Command::Settings).await.unwrap()).unwrap();
            let value = |key: &str| view.values[key].clone();
            assert_eq!((value("idle_reset"), value("snooze"), value("interval")), (180.into(), 900.into(), 7200.into()));
            assert_eq!((value("sound"), value("autostart"), value("routine")), (false.into(), true.into(), "anti-desk".into()));
            assert_eq!(value("working_hours")[1], "09:00-17:00");
            assert_eq!(view.file, Some(path.display().to_string()));
            assert!(view.routines.iter().any(|(id, label)| id == "anti-desk" && label == "Anti-desk reset · 5 min"));
            assert_eq!(
                std::fs::read_to_string(&path).unwrap(),
                "idle_reset = \"3m\"\nsnooze = \"15m\"\nautostart = true\nsound = false\n\n[working_hours]\ntue = [\"09:00-17:00\"]\n"
            );
            assert!(log.borrow().iter().any(|(_, what)| what == "autostart: true"));

            set("working_hours", "off").await.unwrap();
            let status: Status = serde_json::from_str(&ask(&tx, Command::Status).await.unwrap()).unwrap();
            assert_eq!(status.state, State::Counting);
            assert!(!std::fs::read_to_string(&path).unwrap().contains("working_hours"));
            ask(&tx, Command::Quit).await.unwrap();
            running.await.unwrap();
        })
        .await;
}

/// Regression: a shorter idle-reset set at run time kept the old once-a-minute housekeeping, so
/// an absence shorter than a minute but longer than the new idle-reset went unnoticed.
#[tokio::test(start_paused = true)]
async fn idle_reset_changed_at_run_time_changes_how_often_idle_is_sampled() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (shell, _, _) = desktop(origin, &tx);
            let samples = shell.samples.clone();
            let running =
                tokio::task::spawn_local(Driver::new(Config::default(), shell, Library::builtin()).run(rx));
            ask(&tx, Command::set("idle_reset", "1m")).await.unwrap();
            let before = *samples.borrow();
            sleep_until(Instant::now() + Duration::from_secs(5 * MIN)).await;
            // Twice per idle-reset: every 30 s, so ten samples in five minutes (not five).
            let taken = *samples.borrow() - before;
            assert!((9..=11).contains(&taken), "{taken} idle samples in five minutes");
            ask(&tx, Command::Quit).await.unwrap();
            running.await.unwrap();
        })
        .await;
}

/// Regression: when `unsit-ui` could not be started, the driver stepped `SessionClosed` and threw
/// its effects away, and `unsit break` answered "Break started" all the same.
#[tokio::test(start_paused = true)]
async fn a_break_whose_window_cannot_open_is_refused_and_sitting_time_restarts() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (mut shell, log, _) = desktop(origin, &tx);
            shell.no_ui = true;
            let running =
                tokio::task::spawn_local(Driver::new(Config::default(), shell, Library::builtin()).run(rx));
            sleep_until(Instant::now() + Duration::from_secs(30 * MIN)).await;
            let answer = ask(&tx, Command::StartBreak { routine: None }).await;
            assert_eq!(
                answer.unwrap_err(),
                "could not start unsit-ui: No such file or directory; the break was not started"
            );
            let status: Status = serde_json::from_str(&ask(&tx, Command::Status).await.unwrap()).unwrap();
            assert_eq!((status.state, status.sitting_s), (State::Counting, 0));
            assert_eq!(log.borrow().last().unwrap().1, "session: cannot start");
            // The next reminder comes a whole interval later, as after any closed session.
            sleep_until(Instant::now() + Duration::from_secs(121 * MIN)).await;
            let last = log.borrow().last().unwrap().clone();
            assert_eq!(
                (last.0.as_secs() / MIN, last.1.starts_with("notify: You've been sitting for 2 h.")),
                (150, true),
                "{last:?}"
            );
            ask(&tx, Command::Quit).await.unwrap();
            running.await.unwrap();
        })
        .await;
}

/// Routines added to the user's folder while the resident runs are in the tray's list at once.
#[tokio::test(start_paused = true)]
async fn routines_are_loaded_again_when_their_folder_changes() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let dir = tempfile::tempdir().unwrap();
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (shell, _, _) = desktop(origin, &tx);
            let driver = Driver::new(Config::default(), shell, Library::builtin())
                .with_routines_dir(Some(dir.path().to_path_buf()));
            let running = tokio::task::spawn_local(driver.run(rx));
            let text =
                std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/routines/desk-hips.toml"))
                    .unwrap();
            std::fs::write(dir.path().join("mine.toml"), text.replace("id = \"desk-hips\"", "id = \"mine\""))
                .unwrap();
            tx.send(Event::RoutinesChanged).unwrap();
            let view: SettingsView =
                serde_json::from_str(&ask(&tx, Command::Settings).await.unwrap()).unwrap();
            assert!(view.routines.iter().any(|(id, _)| id == "mine"), "{:?}", view.routines);
            assert_eq!(
                ask(&tx, Command::set("routine", "mine")).await.unwrap().split(' ').next(),
                Some("Breaks")
            );
            ask(&tx, Command::Quit).await.unwrap();
            running.await.unwrap();
        })
        .await;
}

/// Fifty reminders in a row, each answered with Start, under `rotate` at `place` with
/// `equipment`: the breaks the windows were opened for.
async fn fifty_breaks(place: &str, equipment: &str) -> Vec<Break> {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (mut shell, _, _) = desktop(origin, &tx);
            shell.answer_start = true;
            let breaks = shell.breaks.clone();
            let config = Config { interval: Duration::from_secs(10 * MIN), ..Config::default() };
            let driver = Driver::new(config, shell, Library::builtin()).with_settings(
                &Settings::default(),
                None,
                Vec::new(),
            );
            let running = tokio::task::spawn_local(driver.run(rx));
            for (key, value) in [("routine", "rotate"), ("place", place), ("equipment", equipment)] {
                ask(&tx, Command::set(key, value)).await.unwrap();
            }
            // A reminder every 10 min of sitting, then a 5-minute session: 15 min a break.
            sleep_until(origin + Duration::from_secs(51 * 15 * MIN)).await;
            ask(&tx, Command::Quit).await.unwrap();
            running.await.unwrap();
            let breaks = breaks.borrow().clone();
            assert!(breaks.len() >= 50, "only {} breaks", breaks.len());
            breaks[..50].to_vec()
        })
        .await
}

#[tokio::test(start_paused = true)]
async fn at_the_desk_fifty_reminders_in_turn_play_only_standing_and_seated_work_with_nothing() {
    let library = Library::builtin();
    let breaks = fifty_breaks("desk", "ball,foam-roller").await;
    let mut played: Vec<&str> = Vec::new();
    for b in &breaks {
        // At the desk, what you own at home does not count.
        assert_eq!(b.place, Where { place: Place::Desk, equipment: vec![] });
        let routine = &library.get(&b.routine).unwrap().routine;
        assert!(routine.equipment.is_empty(), "{} needs {:?}", routine.id, routine.equipment);
        for (_, ex) in routine.exercises() {
            assert!(
                matches!(ex.position, Position::Standing | Position::Seated),
                "{}: {}",
                routine.id,
                ex.name
            );
        }
        if !played.contains(&b.routine.as_str()) {
            played.push(&b.routine);
        }
    }
    assert!(played.len() >= 4, "rotation takes every desk routine in turn: {played:?}");
}

#[tokio::test(start_paused = true)]
async fn at_home_with_no_equipment_no_break_needs_any() {
    let library = Library::builtin();
    let breaks = fifty_breaks("home", "none").await;
    let mut floor = false;
    for b in &breaks {
        assert_eq!(b.place, Where { place: Place::Home, equipment: vec![] });
        let routine = &library.get(&b.routine).unwrap().routine;
        let plan = b.place.plan(routine, false).unwrap();
        assert!(plan.routine.equipment.is_empty(), "{} needs {:?}", routine.id, plan.routine.equipment);
        floor |= plan.steps.iter().any(|s| s.position.is_floor());
    }
    assert!(floor, "at home, floor work is in the turn");
}

/// The status the driver gives at `at` after the start, once the day is over.
fn status_at(origin: Instant, at: Duration, events: &UnboundedSender<Event>) -> Rc<RefCell<Option<Status>>> {
    let status = Rc::new(RefCell::new(None));
    let (seen, events) = (status.clone(), events.clone());
    tokio::task::spawn_local(async move {
        sleep_until(origin + at).await;
        let json = ask(&events, Command::Status).await.unwrap();
        *seen.borrow_mut() = Some(serde_json::from_str(&json).unwrap());
    });
    status
}

/// The log's entries in minutes, without the idle watches.
fn minutes(log: &Log) -> Vec<(u64, String)> {
    let log = log.borrow();
    log.iter()
        .filter(|(_, w)| !w.starts_with("watch idle"))
        .map(|(t, w)| (t.as_secs() / MIN, w.clone()))
        .collect()
}

#[tokio::test(start_paused = true)]
async fn a_pushing_idle_source_is_told_the_idle_reset_and_never_asked() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (mut shell, log, _) = desktop(origin, &tx);
            shell.source = IdleSource::ExtIdleNotify;
            let samples = shell.samples.clone();
            // The compositor says idle at 1:05 (idle since 1:00) and back at 2:00.
            at(origin, hm(1, 5), &tx, || Event::Idle(Duration::from_secs(5 * MIN)));
            let status = status_at(origin, hm(1, 30), &tx);
            at(origin, hm(2, 0), &tx, || Event::Idle(Duration::ZERO));
            at(origin, hm(2, 10), &tx, || command(Command::set("idle_reset", "10m")));
            at(origin, hm(4, 10), &tx, || command(Command::Quit));
            Driver::new(Config::default(), shell, Library::builtin()).run(rx).await;

            let status = status.borrow_mut().take().unwrap();
            assert_eq!(status.state, State::Away);
            assert_eq!(status.idle_source, IdleSource::ExtIdleNotify);
            assert_eq!(*samples.borrow(), 0);
            let watches: Vec<(u64, String)> = log
                .borrow()
                .iter()
                .filter(|(_, w)| w.starts_with("watch idle"))
                .map(|(t, w)| (t.as_secs() / MIN, w.clone()))
                .collect();
            assert_eq!(
                watches,
                [(0, "watch idle: 5 min".to_string()), (130, "watch idle: 10 min".to_string())]
            );
            // Away from 1:00 to 2:00: sitting starts again at 2:00, so the reminder is at 4:00.
            let seen = minutes(&log);
            assert_eq!(seen.len(), 1, "{seen:?}");
            assert_eq!(seen[0].0, 240);
        })
        .await;
}

#[tokio::test(start_paused = true)]
async fn a_locked_screen_is_away_and_an_hour_locked_is_a_break() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (mut shell, log, lines) = desktop(origin, &tx);
            shell.source = IdleSource::None;
            // Locked for lunch from 1:00 to 2:00, and for two minutes at 3:00.
            at(origin, hm(1, 0), &tx, || Event::Locked(true));
            at(origin, hm(2, 0), &tx, || Event::Locked(false));
            at(origin, hm(3, 0), &tx, || Event::Locked(true));
            at(origin, hm(3, 2), &tx, || Event::Locked(false));
            at(origin, hm(4, 10), &tx, || command(Command::Quit));
            Driver::new(Config::default(), shell, Library::builtin()).run(rx).await;
            let seen = minutes(&log);
            assert_eq!(seen.iter().map(|(t, _)| *t).collect::<Vec<_>>(), [240], "{seen:?}");
            let lines = lines.borrow();
            assert!(lines.iter().any(|(t, l)| *t == hm(1, 0) && l == "Away · taking a break"));
        })
        .await;
}

#[tokio::test(start_paused = true)]
async fn a_reminder_due_in_a_call_waits_and_comes_within_70_s_of_its_end() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (mut shell, log, lines) = desktop(origin, &tx);
            // A call from 1:50 to 2:20:30.
            let ends = hm(2, 20) + Duration::from_secs(30);
            shell.quiet = vec![(hm(1, 50), ends, Quiet::Call)];
            let probed = shell.probed.clone();
            at(origin, hm(2, 30), &tx, || command(Command::Quit));
            Driver::new(Config::default(), shell, Library::builtin()).run(rx).await;

            let seen = log
                .borrow()
                .iter()
                .filter(|(_, w)| w.starts_with("notify"))
                .map(|(t, _)| *t)
                .collect::<Vec<_>>();
            assert_eq!(seen.len(), 1, "{seen:?}");
            assert!(
                seen[0] > ends && seen[0] - ends <= Duration::from_secs(70),
                "{:?} after the call",
                seen[0] - ends
            );
            // Asked when it fell due, then once a minute: never before.
            let probed = probed.borrow();
            assert_eq!(probed.first(), Some(&hm(2, 0)));
            assert!(probed.windows(2).all(|w| w[1] - w[0] == Duration::from_secs(60)), "{probed:?}");
            assert!(lines.borrow().iter().any(|(t, l)| *t == hm(2, 0) && l == "Break due after your call"));
        })
        .await;
}

#[tokio::test(start_paused = true)]
async fn a_reminder_held_for_the_longest_hold_comes_anyway_and_holds_can_be_turned_off() {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (mut shell, log, _) = desktop(origin, &tx);
            shell.quiet = vec![(Duration::ZERO, hm(10, 0), Quiet::FullScreen)];
            let probed = shell.probed.clone();
            let status = status_at(origin, hm(2, 30), &tx);
            let asking = tx.clone();
            tokio::task::spawn_local(async move {
                // Sent at 3:00 after an hour's hold; at 3:05 every hold is turned off and the
                // break skipped, so the next one (at 5:05) waits for nothing.
                sleep_until(origin + hm(3, 5)).await;
                for key in [
                    "hold_for_calls",
                    "hold_for_full_screen",
                    "hold_for_do_not_disturb",
                    "hold_for_inhibitors",
                ] {
                    ask(&asking, Command::set(key, "false")).await.unwrap();
                }
                ask(&asking, Command::Skip).await.unwrap();
            });
            at(origin, hm(5, 10), &tx, || command(Command::Quit));
            Driver::new(Config::default(), shell, Library::builtin()).run(rx).await;

            let status = status.borrow_mut().take().unwrap();
            assert_eq!(status.state, State::Held);
            assert_eq!(status.held_by, Some(Quiet::FullScreen));
            assert_eq!(status.line, "Break due when you leave full screen");
            let notified: Vec<u64> =
                minutes(&log).iter().filter(|(_, w)| w.starts_with("notify")).map(|(t, _)| *t).collect();
            assert_eq!(notified, [180, 305]);
            assert!(probed.borrow().iter().all(|&t| t < hm(3, 5)), "no probe once every hold is off");
        })
        .await;
}

#[tokio::test(start_paused = true)]
async fn every_event_is_recorded_once_with_who_answered() {
    use crate::history::{self, Answer as Said, Event as E};
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("history.sqlite3");
            let (tx, rx) = unbounded_channel();
            let origin = Instant::now();
            let (mut shell, _, _) = desktop(origin, &tx);
            let start = shell.start;
            // A call from 2:20 to 2:40; away from 4:00 to 4:30; a 2-minute suspend noticed at 5:00.
            shell.quiet = vec![(hm(2, 20), hm(2, 40), Quiet::Call)];
            shell.away = vec![(hm(4, 0), hm(4, 30))];
            shell.sleeps = vec![(hm(5, 0), Duration::from_secs(2 * MIN))];
            at(origin, hm(0, 5), &tx, || command(Command::set("interval", "1h")));
            // The 1:00 reminder is sent again at 1:15 and snoozed from the notification at 1:16;
            // back at 1:26, it is skipped in the prompt window at 1:27.
            at(origin, hm(1, 16), &tx, || Event::Answer(Answer::Snooze));
            at(origin, hm(1, 27), &tx, || command_from(Origin::Prompt, Command::Skip));
            // Held by the call from 2:27 to 2:40, then started from the tray; the window
            // reports a full session just before it closes at 2:46.
            at(origin, hm(2, 41), &tx, || command_from(Origin::Tray, Command::StartBreak { routine: None }));
            at(origin, hm(2, 45), &tx, || {
                command(Command::SessionFinished(SessionReport {
                    routine: "desk-reset".into(),
                    completed: 6,
                    total: 6,
                    reached: 6,
                    done: true,
                    duration_s: 240,
                    short: true,
                }))
            });
            at(origin, hm(3, 0), &tx, || {
                command(Command::Pause(PauseLength::For(Duration::from_secs(30 * MIN))))
            });
            at(origin, hm(5, 30), &tx, || command(Command::set("working_hours", "mon 09:00-15:00")));
            at(origin, hm(6, 10), &tx, || command(Command::Quit));
            let store = Store::open(&path, start);
            Driver::new(Config::default(), shell, Library::builtin()).with_history(store).run(rx).await;

            let reader = history::Reader::open(&path).unwrap().unwrap();
            let (entries, unread) = reader.entries(None).unwrap();
            assert_eq!(unread, 0);
            let seen: Vec<(u64, E)> = entries
                .into_iter()
                .map(|e| (((e.at - start.fixed_offset()).num_seconds() as u64) / MIN, e.event))
                .collect();
            let reminder = |attempt, m: u64| E::Reminder { attempt, sat_for_s: m * MIN };
            let answer = |answer, from, snooze_s, sat_for_s| E::Answer { answer, from, snooze_s, sat_for_s };
            let paused_until = (start + span(hm(3, 30))).to_rfc3339_opts(SecondsFormat::Secs, false);
            assert_eq!(
                seen,
                [
                    (0, E::Started { interval_s: 7200, off_hours: false }),
                    (5, E::Interval { interval_s: 3600 }),
                    (60, reminder(0, 60)),
                    (75, reminder(1, 75)),
                    (76, answer(Said::Snooze, Origin::Notification, Some(600), None)),
                    (86, reminder(0, 86)),
                    (87, answer(Said::Skip, Origin::Prompt, None, Some(87 * MIN))),
                    (160, E::Held { why: Quiet::Call, held_s: 13 * MIN }),
                    (160, reminder(0, 73)),
                    (161, answer(Said::Start, Origin::Tray, None, None)),
                    (
                        166,
                        E::Session {
                            routine: "desk-reset".into(),
                            short: true,
                            place: "desk".into(),
                            completed: 6,
                            total: 6,
                            reached: 6,
                            done: true,
                            duration_s: 240
                        }
                    ),
                    (180, E::Paused { until: Some(paused_until) }),
                    (210, E::Resumed),
                    (270, E::NaturalBreak { away_s: 30 * MIN }),
                    (300, E::Slept { slept_s: 2 * MIN }),
                    // A short suspend is no break: the hour from 4:30 runs on.
                    (330, reminder(0, 60)),
                    (345, reminder(1, 75)),
                    (360, E::Hours { working: false }),
                    (370, E::Quit),
                ]
            );
        })
        .await;
}
