//! The driver: feeds the scheduler with time, commands, notification answers and session exits,
//! and carries out its effects. The only code in unsit that sleeps, and only until the next deadline.

use std::future::pending;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Local, SecondsFormat};
use tokio::process::Child;
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::{sleep_until, Instant};

use super::notify::{Answer, Notifier};
use super::tray::{TrayView, UnsitTray};
use super::{session, Command, Request, RunOptions};
use crate::control::Status;
use crate::duration::Human;
use crate::plan::Plan;
use crate::routine::{self, Routine};
use crate::scheduler::{Config, Effect, Input, Mono, Record, Refused, Scheduler, State};

/// Everything the driver waits for, merged into one event (rust-analyzer's main-loop style).
enum Event {
    Deadline,
    RefreshTray,
    Request(Request),
    Answer(Answer),
    SessionExited(std::io::Result<std::process::ExitStatus>),
    Shutdown,
}

pub struct Driver {
    sched: Scheduler,
    /// The monotonic origin: `Mono` values are durations since this instant.
    origin: Instant,
    routine: Routine,
    notifier: Option<Notifier>,
    tray: Option<ksni::Handle<UnsitTray>>,
    session: Option<Child>,
    ui_program: PathBuf,
}

impl Driver {
    pub fn new(options: RunOptions, notifier: Option<Notifier>) -> Driver {
        let mut config = Config::default();
        if let Some(interval) = options.interval {
            config.interval = interval;
        }
        let origin = Instant::now();
        Driver {
            sched: Scheduler::new(config, Mono::default(), &Local::now()),
            origin,
            routine: routine::find(routine::DEFAULT_ID).expect("the default routine is built in"),
            notifier,
            tray: None,
            session: None,
            ui_program: session::ui_program(),
        }
    }

    pub fn set_tray(&mut self, tray: Option<ksni::Handle<UnsitTray>>) {
        self.tray = tray;
    }

    fn now(&self) -> Mono {
        Mono(self.origin.elapsed())
    }

    fn instant(&self, at: Mono) -> Instant {
        self.origin + at.0
    }

    /// Runs until asked to quit. Consumes the driver, so that its bus clients are gone afterwards.
    pub async fn run(mut self, mut requests: UnboundedReceiver<Request>) {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
        log::info!(
            "unsit is running: a break every {}, routine {}",
            Human(self.sched.config().interval),
            self.routine.id
        );
        loop {
            let deadline = self.sched.next_deadline(self.now(), &Local::now()).map(|at| self.instant(at));
            let refresh = self.next_tray_refresh();
            let event = tokio::select! {
                _ = sleep_until_some(deadline) => Event::Deadline,
                _ = sleep_until_some(refresh) => Event::RefreshTray,
                request = requests.recv() => match request {
                    Some(request) => Event::Request(request),
                    None => Event::Shutdown,
                },
                Some(answer) = next_answer(&mut self.notifier) => Event::Answer(answer),
                status = wait_session(&mut self.session) => Event::SessionExited(status),
                _ = tokio::signal::ctrl_c() => Event::Shutdown,
                _ = recv_signal(&mut term) => Event::Shutdown,
            };
            match event {
                Event::Deadline => self.apply(Input::Tick).await.unwrap_or(()),
                Event::RefreshTray => self.update_tray().await,
                Event::Request(Request { command, reply }) => {
                    let quit = command == Command::Quit;
                    let answer = self.handle(command).await;
                    if let Some(reply) = reply {
                        let _ = reply.send(answer);
                    }
                    if quit {
                        break;
                    }
                }
                Event::Answer(answer) => {
                    let command = match answer {
                        Answer::Start => Command::StartBreak { routine: None },
                        Answer::Snooze => Command::Snooze(None),
                        Answer::Skip => Command::Skip,
                    };
                    if let Err(e) = self.handle(command).await {
                        log::warn!("notification answer {answer:?}: {e}");
                    }
                }
                Event::SessionExited(status) => {
                    self.session = None;
                    match status {
                        Ok(s) if s.success() => log::info!("session window closed"),
                        Ok(s) => log::warn!("unsit-ui ended with {s}"),
                        Err(e) => log::warn!("waiting for unsit-ui: {e}"),
                    }
                    self.apply(Input::SessionClosed).await.unwrap_or(());
                }
                Event::Shutdown => break,
            }
        }
        if let Some(n) = self.notifier.as_mut() {
            n.close().await;
        }
        log::info!("unsit quits");
    }

    /// Carries out a command and returns the answer for the person who asked.
    async fn handle(&mut self, command: Command) -> Result<String, String> {
        match command {
            Command::Status => {
                Ok(serde_json::to_string(&self.status(Local::now())).expect("status serialises"))
            }
            Command::StartBreak { routine } => {
                let chosen = match routine {
                    Some(id) => routine::find(&id).ok_or_else(|| {
                        format!("there is no routine `{id}`; `unsit routines list` shows them")
                    })?,
                    None => self.routine.clone(),
                };
                let title = routine_label(&chosen);
                let previous = std::mem::replace(&mut self.routine, chosen);
                if let Err(e) = self.apply(Input::StartBreak).await {
                    self.routine = previous;
                    return Err(e.to_string());
                }
                Ok(format!("Break started: {title}"))
            }
            Command::Snooze(by) => {
                let by = by.unwrap_or(self.sched.config().snooze);
                self.apply(Input::Snooze(by)).await.map_err(|e| e.to_string())?;
                let at = Local::now() + by;
                Ok(format!("Snoozed for {}; the next reminder comes at {}", Human(by), at.format("%H:%M")))
            }
            Command::Skip => {
                self.apply(Input::Skip).await.map_err(|e| e.to_string())?;
                Ok("Break skipped; sitting time starts again now".into())
            }
            Command::Quit => Ok("unsit is quitting".into()),
            Command::SessionFinished(report) => {
                if report.done {
                    log::info!("session of {} completed in {} s", report.routine, report.duration_s);
                } else {
                    log::info!(
                        "session of {} stopped after {} of {} steps ({} s)",
                        report.routine,
                        report.completed,
                        report.total,
                        report.duration_s
                    );
                }
                // A window the resident did not open (started by hand) still ends a break;
                // one it opened ends the break when its process exits.
                if self.session.is_none() {
                    self.apply(Input::SessionClosed).await.map_err(|e| e.to_string())?;
                }
                Ok(String::new())
            }
        }
    }

    /// Steps the scheduler and carries out the effects.
    async fn apply(&mut self, input: Input) -> Result<(), Refused> {
        let effects = self.sched.step(input, self.now(), &Local::now())?;
        for effect in effects {
            match effect {
                Effect::Notify { sat_for, attempt } => self.notify(sat_for, attempt).await,
                Effect::CloseNotification => {
                    if let Some(n) = self.notifier.as_mut() {
                        n.close().await;
                    }
                }
                Effect::OpenSession => self.open_session(),
                Effect::Record(record) => log_record(&record),
            }
        }
        self.update_tray().await;
        Ok(())
    }

    async fn notify(&mut self, sat_for: Duration, attempt: u8) {
        let body = reminder_body(sat_for, &self.routine);
        log::info!("reminder {}: {body}", attempt + 1);
        match self.notifier.as_mut() {
            Some(n) => {
                if let Err(e) = n.show("Time to get up", &body).await {
                    log::warn!("could not show the reminder: {e}");
                }
            }
            None => log::warn!("a break is due, but there is no notification service to say so"),
        }
    }

    fn open_session(&mut self) {
        match session::spawn_session(&self.ui_program, &self.routine.id) {
            Ok(child) => self.session = Some(child),
            Err(e) => {
                log::error!("could not start {}: {e}", self.ui_program.display());
                // No window means no session: go back to counting rather than wait forever.
                let _ = self.sched.step(Input::SessionClosed, self.now(), &Local::now());
            }
        }
    }

    pub fn tray_view(&self) -> TrayView {
        let now = self.now();
        TrayView { state: self.sched.state(), line: self.status_line(now) }
    }

    async fn update_tray(&self) {
        if let Some(tray) = &self.tray {
            let view = self.tray_view();
            tray.update(|t| t.view = view).await;
        }
    }

    /// The tray's line changes with the minute of sitting time: wake then, and only then.
    fn next_tray_refresh(&self) -> Option<Instant> {
        self.tray.as_ref()?;
        if !matches!(self.sched.state(), State::Counting | State::Snoozed) {
            return None;
        }
        let now = self.now();
        let into_minute = self.sched.sitting(now).as_millis() % 60_000;
        let wait = Duration::from_millis((60_000 - into_minute) as u64);
        Some(self.instant(now + wait))
    }

    fn status_line(&self, now: Mono) -> String {
        let until = self.sched.next_break().map(|at| at.since(now));
        let wall = Local::now();
        let paused_until = self.sched.paused_until(now, &wall).map(|t| t.with_timezone(&Local));
        status_line(self.sched.state(), self.sched.sitting(now), until, paused_until)
    }

    pub fn status(&self, wall: DateTime<Local>) -> Status {
        let now = self.now();
        let at = |m: Mono| {
            let wall_at = wall + chrono::Duration::from_std(m.since(now)).unwrap_or_default();
            wall_at.to_rfc3339_opts(SecondsFormat::Secs, false)
        };
        let state = self.sched.state();
        Status {
            state,
            sitting_s: self.sched.sitting(now).as_secs(),
            interval_s: self.sched.config().interval.as_secs(),
            next_break_at: self.sched.next_break().map(at),
            snoozed_until: (state == State::Snoozed).then(|| self.sched.next_break().map(at)).flatten(),
            paused_until: self
                .sched
                .paused_until(now, &wall)
                .map(|t| t.with_timezone(&Local).to_rfc3339_opts(SecondsFormat::Secs, false)),
            routine: self.routine.id.clone(),
            line: self.status_line(now),
        }
    }
}

/// Until history exists, the log is the record of what happened.
fn log_record(record: &Record) {
    match record {
        Record::Skipped { sat_for } => log::info!("break skipped after {} of sitting", Human(*sat_for)),
        Record::Snoozed { by } => log::info!("break snoozed for {}", Human(*by)),
        Record::NaturalBreak { away } => log::info!("natural break: away for {}", Human(*away)),
        Record::Paused => log::info!("reminders paused"),
        Record::Resumed => log::info!("reminders resumed"),
    }
}

/// "Anti-desk reset · 5 min".
pub fn routine_label(routine: &Routine) -> String {
    let minutes = (Plan::new(routine).total_s + 30) / 60;
    format!("{} · {} min", routine.title, minutes.max(1))
}

/// "You've been sitting for 2 h. Anti-desk reset · 5 min: release, stretch, activate."
pub fn reminder_body(sat_for: Duration, routine: &Routine) -> String {
    let phases: Vec<String> =
        Plan::new(routine).phases.iter().map(|p| p.to_string().to_lowercase()).collect();
    format!("You've been sitting for {}. {}: {}.", Human(sat_for), routine_label(routine), phases.join(", "))
}

/// The status line of the tray and of `unsit status`.
pub fn status_line(
    state: State,
    sitting: Duration,
    until_break: Option<Duration>,
    paused_until: Option<DateTime<Local>>,
) -> String {
    // Round the countdown up, so "break in 1 min" is never shown after the minute has passed.
    let until = until_break.map(|d| Human(Duration::from_secs(d.as_secs().div_ceil(60) * 60).max(d)));
    match (state, until) {
        (State::Due, _) => "Break due".into(),
        (State::InSession, _) => "Break in progress".into(),
        (State::Paused, _) => match paused_until {
            Some(t) if t.date_naive() == Local::now().date_naive() => {
                format!("Paused until {}", t.format("%H:%M"))
            }
            Some(t) => format!("Paused until {}", t.format("%a %H:%M")),
            None => "Paused".into(),
        },
        (State::OffHours, _) => "Outside working hours".into(),
        (State::Away, _) => "Away · taking a break".into(),
        (State::Snoozed, Some(u)) => format!("Snoozed · break in {u}"),
        (State::Counting, Some(u)) => format!("Sitting {} · break in {u}", Human(sitting)),
        (_, None) => format!("Sitting {}", Human(sitting)),
    }
}

async fn sleep_until_some(at: Option<Instant>) {
    match at {
        Some(at) => sleep_until(at).await,
        None => pending().await,
    }
}

async fn next_answer(notifier: &mut Option<Notifier>) -> Option<Answer> {
    match notifier {
        Some(n) => n.next_answer().await,
        None => pending().await,
    }
}

async fn wait_session(session: &mut Option<Child>) -> std::io::Result<std::process::ExitStatus> {
    match session {
        Some(child) => child.wait().await,
        None => pending().await,
    }
}

async fn recv_signal(signal: &mut Option<tokio::signal::unix::Signal>) {
    match signal {
        Some(s) => {
            s.recv().await;
        }
        None => pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: u64 = 60;

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
    }

    #[test]
    fn reminder_names_sitting_time_and_routine() {
        let anti_desk = routine::find(routine::DEFAULT_ID).unwrap();
        assert_eq!(
            reminder_body(Duration::from_secs(2 * 3600), &anti_desk),
            "You've been sitting for 2 h. Anti-desk reset · 5 min: release, stretch, activate."
        );
    }
}
