//! The driver: feeds the scheduler with time, idle samples, sleep, commands, notification answers
//! and session ends, and carries out its effects through a [`Shell`]. The only code in unsit that
//! sleeps: until the next deadline, or the next minute's housekeeping, whichever is first.
//! What each command does is in `commands.rs`; the words are the core's (`crate::words`).

use std::collections::VecDeque;
use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Local, SecondsFormat};
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::{sleep_until, Instant};

use super::notify::Answer;
use super::session::Break;
use super::shell::{Reminder, Shell};
use super::tray::TrayView;
use super::{Command, Event, Request};
use crate::duration::{span, Human};
use crate::history::{self, Origin, Store};
use crate::place::{self, Pick};
use crate::plan::Plan;
use crate::protocol::{IdleSource, SessionReport, SettingsView, Status};
use crate::routine::{Equipment, Library, Named, Routine};
use crate::scheduler::{Config, Effect, Input, Mono, Record, Refused, Scheduler, State};
use crate::settings::{Invalid, Kind, RoutineChoice, Settings, LIST};
use crate::words;

/// The longest the driver sleeps while nothing is due: idle is sampled, sleep is checked and the
/// tray's line is refreshed at most this often.
pub const HOUSEKEEPING: Duration = Duration::from_secs(60);

/// Shortest suspend worth telling the scheduler about.
const SLEEP_NOTICED: Duration = Duration::from_secs(1);

/// How often housekeeping runs. With a sampled idle source, at least twice per idle-reset, so that
/// a short one (tests, demos) is noticed in time, and never more than once a second; a source that
/// pushes is never asked, so once a minute.
pub fn housekeeping_period(idle_reset: Duration, source: IdleSource) -> Duration {
    if source.pushes() {
        HOUSEKEEPING
    } else {
        HOUSEKEEPING.min(idle_reset / 2).max(Duration::from_secs(1))
    }
}

pub struct Driver<S: Shell> {
    pub(super) sched: Scheduler,
    /// The monotonic origin: `Mono` values are durations since this instant.
    origin: Instant,
    /// The routine library, loaded at start and again whenever the user's routines change.
    pub(super) library: Library,
    /// Where the user's routines are, to load them again; `None` when there is no such folder.
    routines_dir: Option<PathBuf>,
    /// The settings as they hold now (the scheduler's part is also in `sched`).
    pub(super) settings: Settings,
    /// The chosen routine (with `rotate`, the next one in turn). A break plays it when it fits
    /// where the person is, and otherwise the next one that does (see [`Driver::pick`]).
    pub(super) routine: Routine,
    /// A routine asked for one break only (`unsit break ID`).
    pub(super) one_off: Option<Routine>,
    /// Why the last session window could not be opened, for the one who asked for it.
    pub(super) open_failed: Option<String>,
    /// Where changes are saved; `None` keeps them in memory (no settings folder, tests).
    pub(super) settings_path: Option<PathBuf>,
    /// What was wrong with the settings file at start, for `status`.
    settings_problems: Vec<String>,
    /// How the last session ended, for `status`.
    pub(super) last_session: Option<SessionReport>,
    /// The report of the open session's window, which comes just before its process ends.
    pub(super) closing_report: Option<SessionReport>,
    /// The open session's last progress report, and when it came.
    pub(super) progress: Option<(Mono, SessionReport)>,
    pub(super) shell: S,
    /// What the tray shows now.
    shown: Option<TrayView>,
    /// How often housekeeping runs (see [`housekeeping_period`]).
    period: Duration,
    next_housekeeping: Instant,
    /// Where events are recorded; `None` without a data folder (and in most tests).
    pub(super) history: Option<Store>,
    /// Who asked for the command being carried out (an answer's origin in the history).
    pub(super) from: Origin,
    /// The break the open session window was started for, and when.
    pub(super) opened: Option<(Mono, Break)>,
}

impl<S: Shell> Driver<S> {
    pub fn new(config: Config, shell: S, library: Library) -> Driver<S> {
        let origin = Instant::now();
        let period = housekeeping_period(config.idle_reset, shell.idle_source());
        let settings = Settings { config: config.clone(), ..Settings::default() };
        Driver {
            sched: Scheduler::new(config, Mono::default(), &shell.wall()),
            origin,
            routine: library.default_routine().clone(),
            library,
            routines_dir: None,
            settings,
            one_off: None,
            open_failed: None,
            settings_path: None,
            settings_problems: Vec::new(),
            last_session: None,
            closing_report: None,
            progress: None,
            shell,
            shown: None,
            period,
            next_housekeeping: origin + period,
            history: None,
            from: Origin::Cli,
            opened: None,
        }
    }

    /// Records every event in `store`.
    pub fn with_history(mut self, mut store: Store) -> Self {
        store.keep(self.settings.keep_history);
        self.history = Some(store);
        self
    }

    /// Records an event in the history, if there is one. A failure is logged by the store and
    /// changes nothing else: reminding goes on.
    pub(super) fn record(&mut self, event: history::Event) {
        let at = self.shell.wall();
        if let Some(store) = &mut self.history {
            let _ = store.record(at, &event);
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
        self.settings = Settings { config: self.sched.config().clone(), ..settings.clone() };
        self.choose_routine();
        self.settings_path = path;
        self.settings_problems = problems;
        self
    }

    /// Loads the routines again from `dir` when asked ([`Event::RoutinesChanged`]).
    pub fn with_routines_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.routines_dir = dir;
        self
    }

    /// The routine the setting names; one that is no longer there leaves the current one.
    fn choose_routine(&mut self) {
        if let RoutineChoice::Routine(id) = &self.settings.routine {
            match self.library.get(id) {
                Some(entry) => self.routine = entry.routine.clone(),
                None => log::warn!("there is no routine `{id}` any more; breaks use {}", self.routine.id),
            }
        } else if let Some(entry) = self.library.get(&self.routine.id) {
            // The next in turn, as it is now.
            self.routine = entry.routine.clone();
        }
    }

    /// Loads the routine library again, after a change in the user's routines folder.
    fn reload_routines(&mut self) {
        let (library, errors) = Library::load(self.routines_dir.as_deref());
        for e in errors {
            log::warn!("{e}; that routine is left out");
        }
        log::info!("routines loaded again: {}", library.entries().len());
        self.library = library;
        self.choose_routine();
    }

    /// Speaks `code` from now on (`auto`: the environment's language): the tray, notifications,
    /// answers, and the routines' text.
    pub(super) fn set_language(&mut self, code: &'static str) {
        let locale = crate::lang::Locale::from_env(Some(code));
        crate::lang::set(crate::lang::Words::new(locale, crate::lang::Parts::Core));
        self.reload_routines();
    }

    /// The routine the next break plays: the chosen one when it fits where the person is,
    /// otherwise the next in the library's order that does.
    pub(super) fn pick(&self) -> Pick<'_> {
        place::pick(&self.library, &self.routine.id, &self.settings.place())
    }

    /// The next break's plan, as its window will play it.
    pub(super) fn next_plan(&self) -> Plan {
        self.plan_here(self.pick().routine)
    }

    /// A routine's plan as a break here plays it.
    pub(super) fn plan_here(&self, routine: &Routine) -> Plan {
        self.settings.place().plan(routine, false).unwrap_or_else(|| Plan::new(routine))
    }

    pub(super) fn now(&self) -> Mono {
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
        let source = self.shell.idle_source();
        log::info!("away time: {}", source.words());
        self.shell.watch_idle(self.sched.config().idle_reset);
        let off_hours = self.sched.state() == State::OffHours;
        self.record(history::Event::Started {
            interval_s: self.sched.config().interval.as_secs(),
            off_hours,
        });
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
            self.observe(due || matches!(event, Some(Event::Woke | Event::Locked(_)))).await;
            match event {
                None | Some(Event::Woke) => self.step(Input::Tick).await,
                Some(Event::Idle(idle)) => {
                    log::info!("{}", if idle.is_zero() { "back at the computer" } else { "gone idle" });
                    self.step(Input::Idle(idle)).await;
                }
                Some(Event::Locked(locked)) => {
                    log::info!("screen {}", if locked { "locked" } else { "unlocked" });
                    self.step(Input::Locked(locked)).await;
                }
                Some(Event::Request(Request { command, from, reply })) => {
                    let quit = command == Command::Quit;
                    self.from = from;
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
                    self.from = Origin::Notification;
                    if let Err(e) = self.handle(command).await {
                        log::warn!("notification answer {answer:?}: {e}");
                    }
                }
                Some(Event::SessionEnded(how)) => {
                    log::info!("session window {how}");
                    // A window closed on its overview skipped the break. One that died before it
                    // could report is recorded where its last progress report left it, stopped
                    // there; with none, it counts as a break, like any closed session.
                    let progress = self.progress.take();
                    let report = self.closing_report.take().or_else(|| {
                        let (at, report) = progress?;
                        let duration_s = report.duration_s + self.now().since(at).as_secs();
                        Some(SessionReport { done: false, duration_s, ..report })
                    });
                    let skipped = report.as_ref().is_some_and(|r| !r.started());
                    let opened = self.opened.take();
                    if skipped {
                        self.from = Origin::Window;
                    } else if let Some((at, what)) = opened {
                        // No report: the window crashed; how far it got is not known.
                        let report = report.unwrap_or(SessionReport {
                            routine: what.routine.clone(),
                            completed: 0,
                            total: 0,
                            reached: 0,
                            done: false,
                            duration_s: self.now().since(at).as_secs(),
                            short: false,
                        });
                        self.record_session(&report, &what.place.place.to_string());
                    }
                    self.step(if skipped { Input::SessionSkipped } else { Input::SessionClosed }).await;
                }
                Some(Event::RoutinesChanged) => self.reload_routines(),
                Some(Event::NotificationService) => self.shell.notify_again().await,
            }
            self.show().await;
        }
        self.shell.close_notification().await;
        self.record(history::Event::Quit);
        log::info!("unsit quits");
        self.shell
    }

    /// Tells the scheduler about sleep and, when housekeeping is due (or `sample_now`), idle time.
    async fn observe(&mut self, sample_now: bool) {
        let slept = self.shell.slept();
        if slept >= SLEEP_NOTICED {
            log::info!("the machine slept for {}", Human(slept));
            self.record(history::Event::Slept { slept_s: slept.as_secs() });
            self.step(Input::Slept(slept)).await;
        }
        let now = Instant::now();
        if sample_now || now >= self.next_housekeeping {
            self.next_housekeeping = now + self.period;
            // A source that pushes has said all there is to say.
            if self.shell.idle_source().pushes() {
                return;
            }
            if let Some(idle) = self.shell.idle().await {
                self.step(Input::Idle(idle)).await;
            }
        }
    }

    /// A new idle-reset: a pushing source watches for it, and a sampled one is asked often enough.
    pub(super) fn idle_reset_changed(&mut self) {
        self.shell.watch_idle(self.sched.config().idle_reset);
        self.period = housekeeping_period(self.sched.config().idle_reset, self.shell.idle_source());
        self.next_housekeeping = self.next_housekeeping.min(Instant::now() + self.period);
    }

    /// Steps the scheduler with an input that cannot be refused (time, idle, sleep, the end of a
    /// session), and carries out the effects.
    async fn step(&mut self, input: Input) {
        if let Err(e) = self.apply(input).await {
            log::warn!("{e}");
        }
    }

    /// Steps the scheduler and carries out the effects, and those of any input an effect leads
    /// to (a session window that cannot open ends the session), in order.
    pub(super) async fn apply(&mut self, input: Input) -> Result<(), Refused> {
        let mut inputs = VecDeque::from([input]);
        let mut first = true;
        while let Some(input) = inputs.pop_front() {
            let effects = match self.sched.step(input, self.now(), &self.shell.wall()) {
                Ok(effects) => effects,
                Err(e) if first => return Err(e),
                Err(e) => {
                    log::warn!("{e}");
                    continue;
                }
            };
            first = false;
            for effect in effects {
                match effect {
                    Effect::Notify { sat_for, attempt } => {
                        let reminder = Reminder {
                            summary: crate::t!("reminder-summary"),
                            body: {
                                let plan = self.next_plan();
                                words::reminder_body(sat_for, &plan.label, &plan.phases)
                            },
                            snooze: self.sched.config().snooze,
                        };
                        log::info!("reminder {}: {}", attempt + 1, reminder.body);
                        self.record(history::Event::Reminder { attempt, sat_for_s: sat_for.as_secs() });
                        self.shell.notify(&reminder).await;
                    }
                    Effect::CloseNotification => self.shell.close_notification().await,
                    Effect::CheckQuiet => {
                        let holds = self.settings.holds;
                        let found = if holds.any() { self.shell.quiet(holds).await } else { None };
                        if let Some(why) = &found {
                            log::info!("a break is due; it waits: {}", words::held_line(why));
                        }
                        // The answer is the very next step, before anything else queued.
                        inputs.push_front(Input::Quiet(found));
                    }
                    Effect::OpenSession => {
                        self.closing_report = None;
                        self.progress = None;
                        let answer = history::Answer::Start;
                        self.record(history::Event::Answer {
                            answer,
                            from: self.from,
                            snooze_s: None,
                            sat_for_s: None,
                        });
                        let place = self.settings.place();
                        let what = match self.one_off.take() {
                            // Named for this break: played as asked, fitted to the place if it fits.
                            Some(routine) => Break { routine: routine.id, instead_of: None, place },
                            None => {
                                let pick = self.pick();
                                let what = Break {
                                    routine: pick.routine.id.clone(),
                                    instead_of: pick.instead_of.map(|r| r.id.clone()),
                                    place,
                                };
                                if self.settings.routine == RoutineChoice::Rotate {
                                    self.routine =
                                        place::next_in_turn(&self.library, &what.routine, &what.place)
                                            .clone();
                                }
                                what
                            }
                        };
                        let opened = what.clone();
                        if let Err(e) = self.shell.open_session(&what) {
                            log::error!("{e}");
                            // No window means no session: go back to counting rather than wait
                            // forever, and tell whoever asked for it.
                            self.open_failed = Some(e);
                            inputs.push_back(Input::SessionClosed);
                        } else {
                            self.opened = Some((self.now(), opened));
                        }
                    }
                    Effect::Record(record) => {
                        log_record(&record);
                        let event = self.history_event(record);
                        self.record(event);
                    }
                }
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
            routines: self.routine_labels(),
            routine: self.routine.id.clone(),
            rotate: self.settings.routine == RoutineChoice::Rotate,
            place: self.settings.place,
        };
        if self.shown.as_ref() != Some(&view) {
            self.shown = Some(view.clone());
            self.shell.show(view).await;
        }
    }

    /// Every routine of the library as the tray lists it: (id, "Title · 5 min").
    fn routine_labels(&self) -> Vec<(String, String)> {
        let entries = self.library.entries().iter();
        entries.map(|e| (e.routine.id.clone(), Plan::new(&e.routine).label)).collect()
    }

    pub(super) fn settings_view(&self) -> SettingsView {
        // `settings` follows every change the scheduler took; the routine shown is the one breaks
        // use (the chosen one may have gone from the library since).
        let mut settings = self.settings.clone();
        if settings.routine != RoutineChoice::Rotate {
            settings.routine = RoutineChoice::Routine(self.routine.id.clone());
        }
        SettingsView {
            values: LIST.iter().map(|s| (s.key.to_string(), s.json(&settings.get(s.key)))).collect(),
            ranges: LIST
                .iter()
                .filter_map(|s| match s.kind {
                    Kind::Duration(limits) => Some((s.key.to_string(), limits.range())),
                    Kind::Count(count) => Some((s.key.to_string(), count.range())),
                    _ => None,
                })
                .collect(),
            routines: self.routine_labels(),
            equipment: Equipment::NAMES
                .iter()
                .map(|(name, e)| (name.to_string(), e.label().to_string()))
                .collect(),
            file: self.settings_path.as_ref().map(|p| p.display().to_string()),
            problems: self.settings_problems.clone(),
        }
    }

    pub(super) fn next_break_wall(&self) -> Option<DateTime<Local>> {
        let now = self.now();
        self.sched.next_break().map(|at| self.shell.wall() + span(at.since(now)))
    }

    fn status_line(&self) -> String {
        if let Some(why) = self.sched.held_by() {
            return words::held_line(why);
        }
        let now = self.now();
        let wall = self.shell.wall();
        let until = self.sched.next_break().map(|at| at.since(now));
        let paused_until = self.sched.paused_until(now, &wall).map(|t| t.with_timezone(&Local));
        words::status_line(
            self.sched.state(),
            self.sched.sitting(now),
            until,
            paused_until.map(|t| words::when(t, wall)),
        )
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
            routine: self.pick().routine.id.clone(),
            rotate: self.settings.routine == RoutineChoice::Rotate,
            line: self.status_line(),
            settings_problems: self.settings_problems.clone(),
            idle_source: self.shell.idle_source(),
            locked: self.sched.locked(),
            held_by: self.sched.held_by().cloned(),
            history_file: self.history.as_ref().map(|h| h.path().display().to_string()),
            history_problems: self.history.as_ref().map_or_else(Vec::new, |h| h.problems().to_vec()),
            last_session: self.last_session.clone(),
            last_session_words: self
                .last_session
                .as_ref()
                .map(|r| (words::session_result(r), Human(Duration::from_secs(r.duration_s)).to_string())),
        }
    }

    /// A scheduler's record as the history keeps it; an answer says who gave it.
    fn history_event(&self, record: Record) -> history::Event {
        use history::{Answer, Event};
        match record {
            Record::Skipped { sat_for } => Event::Answer {
                answer: Answer::Skip,
                from: self.from,
                snooze_s: None,
                sat_for_s: Some(sat_for.as_secs()),
            },
            Record::Snoozed { by } => Event::Answer {
                answer: Answer::Snooze,
                from: self.from,
                snooze_s: Some(by.as_secs()),
                sat_for_s: None,
            },
            Record::NaturalBreak { away } => Event::NaturalBreak { away_s: away.as_secs() },
            Record::Paused => {
                let until = self.sched.paused_until(self.now(), &self.shell.wall());
                let rfc = |t: DateTime<chrono::Utc>| {
                    t.with_timezone(&Local).to_rfc3339_opts(SecondsFormat::Secs, false)
                };
                Event::Paused { until: until.map(rfc) }
            }
            Record::Resumed => Event::Resumed,
            Record::Held { why, held } => Event::Held { why, held_s: held.as_secs() },
            Record::Hours { working } => Event::Hours { working },
        }
    }

    /// Records how a session ended, played `at` a place.
    pub(super) fn record_session(&mut self, report: &SessionReport, at: &str) {
        self.record(history::Event::Session {
            routine: report.routine.clone(),
            short: report.short,
            place: at.to_string(),
            completed: report.completed,
            total: report.total,
            reached: report.reached,
            done: report.done,
            duration_s: report.duration_s,
        });
    }

    /// The routine with this id, in the library as it is now.
    pub(super) fn find_routine(&self, id: &str) -> Result<Routine, String> {
        let entry = self.library.get(id);
        entry.map(|e| e.routine.clone()).ok_or_else(|| Invalid::NoSuchRoutine(id.to_string()).to_string())
    }
}

/// The log says what happened too.
fn log_record(record: &Record) {
    match record {
        Record::Skipped { sat_for } => log::info!("break skipped after {} of sitting", Human(*sat_for)),
        Record::Snoozed { by } => log::info!("break snoozed for {}", Human(*by)),
        Record::NaturalBreak { away } => log::info!("natural break: away for {}", Human(*away)),
        Record::Paused => log::info!("reminders paused"),
        Record::Resumed => log::info!("reminders resumed"),
        Record::Held { why, held } => {
            log::info!("the break waited {} for {}", Human(*held), words::quiet_what(why))
        }
        Record::Hours { working } => {
            log::info!("working hours {}", if *working { "begin" } else { "end" })
        }
    }
}

#[cfg(test)]
mod tests;
