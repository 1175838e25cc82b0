//! The driver: feeds the scheduler with time, idle samples, sleep, commands, notification answers
//! and session ends, and carries out its effects through a [`Shell`]. The only code in unsit that
//! sleeps: until the next deadline, or the next minute's housekeeping, whichever is first.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Local, SecondsFormat};
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::{sleep_until, Instant};

use super::notify::Answer;
use super::shell::{Reminder, Shell};
use super::tray::TrayView;
use super::{Command, Event, Request};
use crate::control::SettingsView;
use crate::control::{SessionReport, Status};
use crate::duration::compact;
use crate::duration::{span, Human};
use crate::hours::{self, WorkingHours};
use crate::plan::Plan;
use crate::routine::{self, Routine};
use crate::scheduler::{Config, Effect, Input, Mono, PauseLength, Record, Refused, Scheduler, State};
use crate::settings::{self, RoutineChoice, Settings};
use toml_edit::value;

/// The longest the driver sleeps while nothing is due: idle is sampled, sleep is checked and the
/// tray's line is refreshed at most this often.
pub const HOUSEKEEPING: Duration = Duration::from_secs(60);

/// Shortest suspend worth telling the scheduler about.
const SLEEP_NOTICED: Duration = Duration::from_secs(1);

pub struct Driver<S: Shell> {
    sched: Scheduler,
    /// The monotonic origin: `Mono` values are durations since this instant.
    origin: Instant,
    /// The routine the next break uses.
    routine: Routine,
    /// Whether each break takes the next routine in turn.
    rotate: bool,
    /// Every routine as the tray lists it: (id, "Title · 5 min").
    routine_labels: Vec<(String, String)>,
    /// The routine library as it was at start: the tray's list, the settings' choice, rotation.
    /// (`unsit break ID` and `unsit routine ID` look again, for a routine added since.)
    library: routine::Library,
    /// Whether the session window plays sounds, and whether unsit starts with the desktop.
    sound: bool,
    autostart: bool,
    /// A routine asked for one break only (`unsit break ID`).
    one_off: Option<Routine>,
    /// Where changes are saved; `None` keeps them in memory (no settings folder, tests).
    settings_path: Option<PathBuf>,
    /// What was wrong with the settings file at start, for `status`.
    settings_problems: Vec<String>,
    /// How the last session ended, for `status`.
    last_session: Option<SessionReport>,
    /// The report of the open session's window, which comes just before its process ends.
    closing_report: Option<SessionReport>,
    shell: S,
    /// What the tray shows now.
    shown: Option<TrayView>,
    /// How often housekeeping runs; shorter than a minute only for a very short idle-reset.
    period: Duration,
    next_housekeeping: Instant,
}

impl<S: Shell> Driver<S> {
    pub fn new(config: Config, shell: S) -> Driver<S> {
        let origin = Instant::now();
        // Sample at least twice per idle-reset, so a short reset (tests, demos) is noticed in time.
        let period = HOUSEKEEPING.min(config.idle_reset / 2).max(Duration::from_secs(1));
        let (library, errors) = routine::Library::load(routine::user_dir().as_deref());
        for e in errors {
            log::warn!("{e}; that routine is left out");
        }
        Driver {
            sched: Scheduler::new(config, Mono::default(), &shell.wall()),
            origin,
            routine: library.default_routine().clone(),
            rotate: false,
            routine_labels: routine_labels(&library),
            library,
            sound: true,
            autostart: false,
            one_off: None,
            settings_path: None,
            settings_problems: Vec::new(),
            last_session: None,
            closing_report: None,
            shell,
            shown: None,
            period,
            next_housekeeping: origin + period,
        }
    }

    /// Uses the settings file's routine, sound and autostart (its scheduler configuration is
    /// already in the driver's), saves later changes at `path`, and reports `problems` (the
    /// file's, found at start) in `status`.
    pub fn with_settings(
        mut self,
        settings: &Settings,
        path: Option<PathBuf>,
        problems: Vec<String>,
    ) -> Self {
        match &settings.routine {
            RoutineChoice::Rotate => self.rotate = true,
            RoutineChoice::Routine(id) => {
                if let Some(entry) = self.library.get(id) {
                    self.routine = entry.routine.clone();
                }
            }
        }
        self.sound = settings.sound;
        self.autostart = settings.autostart;
        self.settings_path = path;
        self.settings_problems = problems;
        self
    }

    /// Saves `key` in the settings file (`Item::None` removes it); returns what to add to the
    /// answer when that failed (the change still holds until unsit quits).
    fn save(&self, key: &str, item: toml_edit::Item) -> String {
        let Some(path) = &self.settings_path else { return String::new() };
        match settings::save_item(path, key, item) {
            Ok(()) => String::new(),
            Err(e) => {
                log::warn!("{e}");
                format!(" (for now only: {e})")
            }
        }
    }

    /// The routine after the current one in the library's order, for rotation.
    fn next_in_turn(&self) -> Routine {
        let entries = self.library.entries();
        let at = entries.iter().position(|e| e.routine.id == self.routine.id);
        let next = at.map_or(0, |i| (i + 1) % entries.len());
        entries.get(next).map_or_else(|| self.routine.clone(), |e| e.routine.clone())
    }

    fn now(&self) -> Mono {
        Mono(self.origin.elapsed())
    }

    fn instant(&self, at: Mono) -> Instant {
        self.origin + at.0
    }

    /// Runs until asked to quit, or until every sender of `events` is gone. Consumes the driver,
    /// so that its bus clients are dropped when it returns.
    pub async fn run(mut self, mut events: UnboundedReceiver<Event>) -> S {
        log::info!(
            "unsit is running: a break every {}, routine {}",
            Human(self.sched.config().interval),
            self.routine.id
        );
        self.show().await;
        loop {
            let deadline =
                self.sched.next_deadline(self.now(), &self.shell.wall()).map(|at| self.instant(at));
            let wake = deadline.map_or(self.next_housekeeping, |d| d.min(self.next_housekeeping));
            let event = tokio::select! {
                _ = sleep_until(wake) => None,
                event = events.recv() => match event {
                    Some(event) => Some(event),
                    None => break,
                },
            };
            // Before anything else: did the machine sleep, and is the user still here? A due
            // reminder is only sent after asking, so that nobody who left is reminded.
            let due = deadline.is_some_and(|d| Instant::now() >= d);
            self.observe(due || matches!(event, Some(Event::Woke))).await;
            match event {
                None | Some(Event::Woke) => self.apply(Input::Tick).await.unwrap_or(()),
                Some(Event::Request(Request { command, reply })) => {
                    let quit = command == Command::Quit;
                    let answer = self.handle(command).await;
                    // The tray shows a change before the one who asked hears it is done.
                    self.show().await;
                    if let Some(reply) = reply {
                        let _ = reply.send(answer);
                    }
                    if quit {
                        break;
                    }
                }
                Some(Event::Answer(answer)) => {
                    let command = match answer {
                        Answer::Start => Command::StartBreak { routine: None },
                        Answer::Snooze => Command::Snooze(None),
                        Answer::Skip => Command::Skip,
                    };
                    if let Err(e) = self.handle(command).await {
                        log::warn!("notification answer {answer:?}: {e}");
                    }
                }
                Some(Event::SessionEnded(how)) => {
                    log::info!("session window {how}");
                    // A window closed on its overview skipped the break; one that crashed
                    // before it could report counts as a break, like any closed session.
                    let skipped = self.closing_report.take().is_some_and(|r| !r.started());
                    let input = if skipped { Input::SessionSkipped } else { Input::SessionClosed };
                    self.apply(input).await.unwrap_or(());
                }
            }
            self.show().await;
        }
        self.shell.close_notification().await;
        log::info!("unsit quits");
        self.shell
    }

    /// Tells the scheduler about sleep and, when housekeeping is due (or `sample_now`), idle time.
    async fn observe(&mut self, sample_now: bool) {
        let slept = self.shell.slept();
        if slept >= SLEEP_NOTICED {
            log::info!("the machine slept for {}", Human(slept));
            self.apply(Input::Slept(slept)).await.unwrap_or(());
        }
        let now = Instant::now();
        if sample_now || now >= self.next_housekeeping {
            self.next_housekeeping = now + self.period;
            if let Some(idle) = self.shell.idle().await {
                self.apply(Input::Idle(idle)).await.unwrap_or(());
            }
        }
    }

    /// Carries out a command and returns the answer for the person who asked.
    async fn handle(&mut self, command: Command) -> Result<String, String> {
        let refused = |e: Refused| e.to_string();
        match command {
            Command::Status => Ok(serde_json::to_string(&self.status()).expect("status serialises")),
            Command::StartBreak { routine } => {
                // A routine named here is for this break only; the chosen one stays chosen.
                let one_off = match routine {
                    Some(id) => Some(routine::find(&id).ok_or_else(|| {
                        format!("there is no routine `{id}`; `unsit routines list` shows them")
                    })?),
                    None => None,
                };
                let label = routine_label(&Plan::new(one_off.as_ref().unwrap_or(&self.routine)));
                self.one_off = one_off;
                if let Err(e) = self.apply(Input::StartBreak).await {
                    self.one_off = None;
                    return Err(e.to_string());
                }
                Ok(format!("Break started: {label}"))
            }
            Command::Snooze(by) => {
                let by = by.unwrap_or(self.sched.config().snooze);
                self.apply(Input::Snooze(by)).await.map_err(refused)?;
                let at = self.shell.wall() + span(by);
                Ok(format!("Snoozed for {}; the next reminder comes at {}", Human(by), at.format("%H:%M")))
            }
            Command::Skip => {
                self.apply(Input::Skip).await.map_err(refused)?;
                Ok("Break skipped; sitting time starts again now".into())
            }
            Command::Pause(length) => {
                self.apply(Input::Pause(length)).await.map_err(refused)?;
                Ok(match self.sched.paused_until(self.now(), &self.shell.wall()) {
                    Some(until) => format!(
                        "Reminders paused until {}",
                        when(until.with_timezone(&Local), self.shell.wall())
                    ),
                    None => "Reminders paused until you resume them (`unsit resume`)".into(),
                })
            }
            Command::Resume => {
                self.apply(Input::Resume).await.map_err(refused)?;
                Ok("Reminders resumed; sitting time starts again now".into())
            }
            Command::SetInterval(interval) => {
                self.apply(Input::SetInterval(interval)).await.map_err(refused)?;
                let next = match self.sched.state() {
                    State::Due => "a break is due now".to_string(),
                    _ => match self.next_break_wall() {
                        Some(at) => format!("the next one at {}", when(at, self.shell.wall())),
                        None => "reminders are held back for now".to_string(),
                    },
                };
                let saved = self.save("interval", value(compact(interval)));
                Ok(format!("A break every {}; {next}{saved}", Human(interval)))
            }
            Command::SetRoutine(choice) => {
                let answer = match &choice {
                    RoutineChoice::Rotate => {
                        self.rotate = true;
                        let label = routine_label(&Plan::new(&self.routine));
                        format!("Routines in turn; the next break: {label}")
                    }
                    RoutineChoice::Routine(id) => {
                        self.routine = routine::find(id).ok_or_else(|| {
                            format!("there is no routine `{id}`; `unsit routines list` shows them")
                        })?;
                        self.rotate = false;
                        format!("Breaks use {}", routine_label(&Plan::new(&self.routine)))
                    }
                };
                let saved = self.save("routine", value(choice.to_string()));
                Ok(format!("{answer}{saved}"))
            }
            Command::SetSound(on) => {
                self.sound = on;
                let saved = self.save("sound", value(on));
                Ok(format!("{}{saved}", if on { "Sounds on" } else { "Sounds off" }))
            }
            Command::Settings => {
                Ok(serde_json::to_string(&self.settings_view()).expect("settings serialise"))
            }
            Command::SetIdleReset(idle_reset) => {
                self.apply(Input::SetIdleReset(idle_reset)).await.map_err(refused)?;
                let saved = self.save("idle_reset", value(compact(idle_reset)));
                Ok(format!("Away for {} counts as a break{saved}", Human(idle_reset)))
            }
            Command::SetSnooze(snooze) => {
                self.apply(Input::SetSnooze(snooze)).await.map_err(refused)?;
                let saved = self.save("snooze", value(compact(snooze)));
                Ok(format!("Snooze puts a break off by {}{saved}", Human(snooze)))
            }
            Command::SetWorkingHours(hours) => {
                let item = settings::working_hours_item(hours.as_ref());
                let answer = match hours {
                    Some(_) => "Reminders only within working hours",
                    None => "Reminders at any hour",
                };
                self.apply(Input::SetWorkingHours(hours)).await.map_err(refused)?;
                let saved = self.save("working_hours", item);
                Ok(format!("{answer}{saved}"))
            }
            Command::SetAutostart(on) => {
                self.shell.set_autostart(on)?;
                self.autostart = on;
                let saved = self.save("autostart", value(on));
                let answer = if on {
                    "unsit starts with the desktop"
                } else {
                    "unsit no longer starts with the desktop"
                };
                Ok(format!("{answer}{saved}"))
            }
            Command::Open(window) => {
                self.shell.open_window(window)?;
                Ok(String::new())
            }
            Command::Quit => Ok("unsit is quitting".into()),
            Command::SessionFinished(report) => {
                if report.done {
                    log::info!("session of {} completed in {} s", report.routine, report.duration_s);
                } else if !report.started() {
                    log::info!("session of {} closed before it started: break skipped", report.routine);
                } else {
                    log::info!(
                        "session of {} stopped at step {} of {}, {} done ({} s)",
                        report.routine,
                        report.reached,
                        report.total,
                        report.completed,
                        report.duration_s
                    );
                }
                // A window the resident opened ends the break when its process exits; one started
                // by hand ends a break now, if it was started at all.
                if self.sched.state() == State::InSession {
                    self.closing_report = Some(report.clone());
                } else if report.started() {
                    self.apply(Input::SessionClosed).await.map_err(refused)?;
                }
                self.last_session = Some(report);
                Ok(String::new())
            }
        }
    }

    /// Steps the scheduler and carries out the effects.
    async fn apply(&mut self, input: Input) -> Result<(), Refused> {
        let effects = self.sched.step(input, self.now(), &self.shell.wall())?;
        for effect in effects {
            match effect {
                Effect::Notify { sat_for, attempt } => {
                    let reminder = Reminder {
                        summary: "Time to get up".into(),
                        body: reminder_body(sat_for, &self.routine),
                        snooze: self.sched.config().snooze,
                    };
                    log::info!("reminder {}: {}", attempt + 1, reminder.body);
                    self.shell.notify(&reminder).await;
                }
                Effect::CloseNotification => self.shell.close_notification().await,
                Effect::OpenSession => {
                    self.closing_report = None;
                    let id = self.one_off.take().map_or_else(|| self.routine.id.clone(), |r| r.id);
                    if self.rotate {
                        self.routine = self.next_in_turn();
                    }
                    if let Err(e) = self.shell.open_session(&id) {
                        log::error!("{e}");
                        // No window means no session: go back to counting rather than wait forever.
                        let _ = self.sched.step(Input::SessionClosed, self.now(), &self.shell.wall());
                    }
                }
                Effect::Record(record) => log_record(&record),
            }
        }
        Ok(())
    }

    /// Gives the tray the state, if it changed: after every event, and so at least once a minute.
    async fn show(&mut self) {
        let view = TrayView {
            state: self.sched.state(),
            line: self.status_line(),
            interval_min: self.sched.config().interval.as_secs() / 60,
            routines: self.routine_labels.clone(),
            routine: self.routine.id.clone(),
            rotate: self.rotate,
        };
        if self.shown.as_ref() != Some(&view) {
            self.shown = Some(view.clone());
            self.shell.show(view).await;
        }
    }

    fn settings_view(&self) -> SettingsView {
        let config = self.sched.config();
        SettingsView {
            interval_s: config.interval.as_secs(),
            idle_reset_s: config.idle_reset.as_secs(),
            snooze_s: config.snooze.as_secs(),
            routine: self.routine.id.clone(),
            rotate: self.rotate,
            routines: self.routine_labels.clone(),
            sound: self.sound,
            autostart: self.autostart,
            working_hours: config
                .working_hours
                .as_ref()
                .map(|h| h.days.iter().map(|d| hours::day_text(d)).collect()),
            file: self.settings_path.as_ref().map(|p| p.display().to_string()),
            problems: self.settings_problems.clone(),
        }
    }

    fn next_break_wall(&self) -> Option<DateTime<Local>> {
        let now = self.now();
        self.sched.next_break().map(|at| self.shell.wall() + span(at.since(now)))
    }

    fn status_line(&self) -> String {
        let now = self.now();
        let wall = self.shell.wall();
        let until = self.sched.next_break().map(|at| at.since(now));
        let paused_until = self.sched.paused_until(now, &wall).map(|t| t.with_timezone(&Local));
        status_line(self.sched.state(), self.sched.sitting(now), until, paused_until.map(|t| when(t, wall)))
    }

    pub fn status(&self) -> Status {
        let now = self.now();
        let wall = self.shell.wall();
        let rfc = |t: DateTime<Local>| t.to_rfc3339_opts(SecondsFormat::Secs, false);
        let state = self.sched.state();
        Status {
            state,
            sitting_s: self.sched.sitting(now).as_secs(),
            interval_s: self.sched.config().interval.as_secs(),
            next_break_at: self.next_break_wall().map(rfc),
            snoozed_until: (state == State::Snoozed).then(|| self.next_break_wall().map(rfc)).flatten(),
            paused_until: self.sched.paused_until(now, &wall).map(|t| rfc(t.with_timezone(&Local))),
            routine: self.routine.id.clone(),
            rotate: self.rotate,
            line: self.status_line(),
            settings_problems: self.settings_problems.clone(),
            last_session: self.last_session.clone(),
        }
    }
}

/// "14:30" today, "Tue 08:00" on another day.
fn when(t: DateTime<Local>, now: DateTime<Local>) -> String {
    if t.date_naive() == now.date_naive() {
        t.format("%H:%M").to_string()
    } else {
        t.format("%a %H:%M").to_string()
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

/// Every routine of the library as the tray lists it: (id, "Title · 5 min").
fn routine_labels(library: &routine::Library) -> Vec<(String, String)> {
    library.entries().iter().map(|e| (e.routine.id.clone(), routine_label(&Plan::new(&e.routine)))).collect()
}

/// "Anti-desk reset · 5 min".
pub fn routine_label(plan: &Plan) -> String {
    let minutes = (plan.total_s + 30) / 60;
    format!("{} · {} min", plan.routine.title, minutes.max(1))
}

/// "You've been sitting for 2 h. Anti-desk reset · 5 min: release, stretch, activate."
pub fn reminder_body(sat_for: Duration, routine: &Routine) -> String {
    let plan = Plan::new(routine);
    let phases: Vec<String> = plan.phases.iter().map(|p| p.to_string().to_lowercase()).collect();
    format!("You've been sitting for {}. {}: {}.", Human(sat_for), routine_label(&plan), phases.join(", "))
}

/// The status line of the tray and of `unsit status`. `paused_until` is already worded ("14:30").
pub fn status_line(
    state: State,
    sitting: Duration,
    until_break: Option<Duration>,
    paused_until: Option<String>,
) -> String {
    // Round the countdown up, so "break in 1 min" is never shown after the minute has passed.
    let until = until_break.map(|d| Human(Duration::from_secs(d.as_secs().div_ceil(60) * 60).max(d)));
    match (state, until) {
        (State::Due, _) => "Break due".into(),
        (State::InSession, _) => "Break in progress".into(),
        (State::Paused, _) => match paused_until {
            Some(t) => format!("Paused until {t}"),
            None => "Paused".into(),
        },
        (State::OffHours, _) => "Outside working hours".into(),
        (State::Away, _) => "Away · taking a break".into(),
        (State::Snoozed, Some(u)) => format!("Snoozed · break in {u}"),
        (State::Counting, Some(u)) => format!("Sitting {} · break in {u}", Human(sitting)),
        (_, None) => format!("Sitting {}", Human(sitting)),
    }
}

/// Working hours from seven days' ranges as typed, Monday first; no days at all is none.
pub fn working_hours(days: &[impl AsRef<str>]) -> Result<Option<WorkingHours>, String> {
    const NAMES: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    if days.is_empty() {
        return Ok(None);
    }
    if days.len() != 7 {
        return Err(format!("working hours need seven days, Monday first, not {}", days.len()));
    }
    let mut hours = WorkingHours::default();
    for (i, text) in days.iter().enumerate() {
        hours.days[i] = hours::parse_day(text.as_ref()).map_err(|e| format!("{}: {e}", NAMES[i]))?;
    }
    if hours.days.iter().all(Vec::is_empty) {
        return Err("with no hours on any day there would be no reminders at all; give a day some hours, \
                    or turn working hours off"
            .into());
    }
    Ok(Some(hours))
}

/// `unsit pause` with no duration pauses until resumed; `tomorrow` until the next morning.
pub fn pause_length(spec: &str) -> Result<PauseLength, String> {
    match spec.trim() {
        "" => Ok(PauseLength::UntilResumed),
        "tomorrow" => Ok(PauseLength::Tomorrow),
        d => crate::duration::parse(d).map(PauseLength::For).map_err(|e| format!("{e}, or `tomorrow`")),
    }
}

#[cfg(test)]
mod tests;
