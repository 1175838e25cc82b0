//! What each command does: the control API's methods, the tray's clicks and the notification's
//! answers, carried out by the driver, with the answer in words for whoever asked.

use chrono::Local;

use super::driver::Driver;
use super::shell::Shell;
use super::Command;
use crate::duration::{span, Human};
use crate::scheduler::{Input, State};
use crate::settings::{self, RoutineChoice, Setting, Value};
use crate::{t, words};

impl<S: Shell> Driver<S> {
    /// Carries out a command and returns the answer for the person who asked.
    pub(super) async fn handle(&mut self, command: Command) -> Result<String, String> {
        match command {
            Command::Status => Ok(serde_json::to_string(&self.status()).expect("status serialises")),
            Command::StartBreak { routine } => {
                // A routine named here is for this break only; the chosen one stays chosen.
                let one_off = routine.map(|id| self.find_routine(&id)).transpose()?;
                let label = match &one_off {
                    Some(routine) => self.plan_here(routine).label,
                    None => self.next_plan().label,
                };
                self.one_off = one_off;
                self.open_failed = None;
                if let Err(e) = self.apply(Input::StartBreak).await {
                    self.one_off = None;
                    return Err(e.to_string());
                }
                match self.open_failed.take() {
                    Some(e) => Err(t!("answer-not-started", error = e.to_string())),
                    None => Ok(t!("answer-break-started", label = label)),
                }
            }
            Command::Snooze(by) => {
                let by = by.unwrap_or(self.sched.config().snooze);
                self.apply(Input::Snooze(by)).await.map_err(|e| e.to_string())?;
                let at = self.shell.wall() + span(by);
                Ok(t!("answer-snoozed", by = Human(by).to_string(), at = words::clock(at)))
            }
            Command::Skip => {
                self.apply(Input::Skip).await.map_err(|e| e.to_string())?;
                Ok(t!("answer-skipped"))
            }
            Command::Pause(length) => {
                self.apply(Input::Pause(length)).await.map_err(|e| e.to_string())?;
                Ok(match self.sched.paused_until(self.now(), &self.shell.wall()) {
                    Some(until) => t!(
                        "answer-paused-until",
                        until = words::when(until.with_timezone(&Local), self.shell.wall())
                    ),
                    None => t!("answer-paused"),
                })
            }
            Command::Resume => {
                self.apply(Input::Resume).await.map_err(|e| e.to_string())?;
                Ok(t!("answer-resumed"))
            }
            Command::Settings => {
                Ok(serde_json::to_string(&self.settings_view()).expect("settings serialise"))
            }
            Command::Set { key, value } => {
                let setting = settings::find(&key).map_err(|e| e.to_string())?;
                let value = setting.parse(&value, &self.library).map_err(|e| e.to_string())?;
                let answer = self.apply_setting(setting, &value).await?;
                self.settings.set(setting.key, value.clone());
                let saved = self.save(setting, &value);
                Ok(format!("{answer}{saved}"))
            }
            Command::Open(window) => {
                self.shell.open_window(window)?;
                Ok(String::new())
            }
            Command::Quit => Ok(t!("answer-quitting")),
            Command::ForgetBefore(day) => {
                let Some(store) = &mut self.history else {
                    return Err(crate::t!("days-no-history-kept"));
                };
                let gone = store.forget_before(day).map_err(|e| e.to_string())?;
                log::info!("history: {gone} events from before {day} forgotten, as asked");
                Ok(t!("answer-forgot", n = gone, day = day.to_string()))
            }
            Command::SessionProgress(report) => {
                // Kept for the window the resident opened, in case it dies before its report.
                if self.sched.state() == State::InSession && self.opened.is_some() {
                    log::debug!(
                        "session of {} at work step {} of {}",
                        report.routine,
                        report.reached,
                        report.total
                    );
                    self.progress = Some((self.now(), report));
                }
                Ok(String::new())
            }
            Command::SessionFinished(report) => {
                log::info!("session of {} {}", report.routine, words::session_outcome(&report));
                // A window the resident opened ends the break when its process exits; one started
                // by hand ends a break now, if it was started at all.
                if self.sched.state() == State::InSession {
                    self.closing_report = Some(report.clone());
                } else if report.started() {
                    let place = self.settings.place().place.to_string();
                    self.record_session(&report, &place);
                    self.apply(Input::SessionClosed).await.map_err(|e| e.to_string())?;
                }
                self.last_session = Some(report);
                Ok(String::new())
            }
        }
    }

    /// Puts a checked setting into effect and says what it does now. The scheduler may still
    /// refuse it; then nothing changes.
    async fn apply_setting(&mut self, setting: &Setting, value: &Value) -> Result<String, String> {
        let refused = |e: crate::scheduler::Refused| e.to_string();
        match (setting.key, value) {
            ("interval", &Value::Duration(interval)) => {
                self.apply(Input::SetInterval(interval)).await.map_err(refused)?;
                self.record(crate::history::Event::Interval { interval_s: interval.as_secs() });
                let next = match self.sched.state() {
                    State::Due => t!("answer-next-due-now"),
                    _ => match self.next_break_wall() {
                        Some(at) => t!("answer-next-at", at = words::when(at, self.shell.wall())),
                        None => t!("answer-next-held"),
                    },
                };
                Ok(t!("answer-interval", interval = Human(interval).to_string(), next = next))
            }
            ("idle_reset", &Value::Duration(idle_reset)) => {
                self.apply(Input::SetIdleReset(idle_reset)).await.map_err(refused)?;
                self.idle_reset_changed();
                Ok(t!("answer-idle-reset", idle = Human(idle_reset).to_string()))
            }
            ("snooze", &Value::Duration(snooze)) => {
                self.apply(Input::SetSnooze(snooze)).await.map_err(refused)?;
                Ok(t!("answer-snooze", snooze = Human(snooze).to_string()))
            }
            ("hold_max", &Value::Duration(hold_max)) => {
                self.apply(Input::SetHoldMax(hold_max)).await.map_err(refused)?;
                Ok(t!("answer-hold-max", hold = Human(hold_max).to_string()))
            }
            (
                "hold_for_calls" | "hold_for_full_screen" | "hold_for_do_not_disturb" | "hold_for_inhibitors",
                &Value::Bool(on),
            ) => {
                let what = match setting.key {
                    "hold_for_calls" => t!("quiet-call-long"),
                    "hold_for_full_screen" => t!("quiet-full-screen"),
                    "hold_for_do_not_disturb" => t!("quiet-do-not-disturb"),
                    _ => t!("quiet-inhibitors"),
                };
                Ok(if on {
                    t!("answer-waits-for", what = what)
                } else {
                    t!("answer-no-longer-waits-for", what = what)
                })
            }
            ("working_hours", Value::WorkingHours(hours)) => {
                let answer = match hours {
                    Some(_) => t!("answer-working-hours"),
                    None => t!("answer-any-hour"),
                };
                self.apply(Input::SetWorkingHours(hours.clone())).await.map_err(refused)?;
                Ok(answer)
            }
            ("routine", Value::Routine(RoutineChoice::Rotate)) => {
                Ok(t!("answer-rotate", label = self.next_plan().label))
            }
            ("routine", Value::Routine(RoutineChoice::Routine(id))) => {
                self.routine = self.find_routine(id)?;
                Ok(self.next_break_words(false))
            }
            ("place" | "equipment" | "desk_equipment", _) => {
                // The break that follows is chosen with the change in place.
                self.settings.set(setting.key, value.clone());
                Ok(t!(
                    "answer-place",
                    place = words::place_line(&self.settings.place()),
                    next = self.next_break_words(true)
                ))
            }
            ("sound", &Value::Bool(on)) => {
                Ok(if on { t!("answer-sound-on") } else { t!("answer-sound-off") })
            }
            ("voice", &Value::Bool(on)) => {
                Ok(if on { t!("answer-voice-on") } else { t!("answer-voice-off") })
            }
            ("voice_counts", &Value::Bool(on)) => {
                Ok(if on { t!("answer-counts-on") } else { t!("answer-counts-off") })
            }
            ("floor_view", &Value::Bool(on)) => {
                Ok(if on { t!("answer-floor-view-on") } else { t!("answer-floor-view-off") })
            }
            ("autostart", &Value::Bool(on)) => {
                self.shell.set_autostart(on)?;
                Ok(if on { t!("answer-autostart-on") } else { t!("answer-autostart-off") })
            }
            ("streak_goal", &Value::Count(Some(n))) => {
                Ok(t!("answer-streak", goal = settings::STREAK_GOAL.words(Some(n))))
            }
            ("keep_history", &Value::Count(days)) => {
                if let Some(store) = &mut self.history {
                    store.keep(days);
                }
                Ok(match days {
                    Some(_) => t!("answer-keep-history", days = settings::KEEP_HISTORY.words(days)),
                    None => t!("answer-keep-forever"),
                })
            }
            ("language", &Value::Language(code)) => {
                self.set_language(code);
                let name =
                    crate::lang::source(code).map_or_else(|| t!("language-auto"), |s| s.name.to_string());
                Ok(t!("answer-language", language = name))
            }
            (key, value) => unreachable!("`{key}` does not take {value:?}"),
        }
    }

    /// "Breaks use Desk reset · 3 min"; or, when that stands in for the chosen routine, "At the
    /// desk, Anti-desk reset needs the floor and a ball, so breaks use Desk reset · 3 min".
    /// With `place_said`, the place is already in the answer: "Anti-desk reset needs ...".
    fn next_break_words(&self, place_said: bool) -> String {
        let at = self.settings.place();
        let pick = self.pick();
        let label = self.plan_here(pick.routine).label;
        match pick.instead_of {
            Some(chosen) => {
                let needs = at.fit(chosen).err().map_or(String::new(), |m| m.to_string());
                let title = chosen.title.as_str();
                if place_said {
                    t!("answer-instead", title = title, needs = needs, label = label)
                } else {
                    t!("answer-instead-at", at = at.place.at(), title = title, needs = needs, label = label)
                }
            }
            None => t!("answer-breaks-use", label = label),
        }
    }

    /// Saves a setting in the settings file; returns what to add to the answer when that failed
    /// (the change still holds until unsit quits).
    fn save(&self, setting: &Setting, value: &Value) -> String {
        let Some(path) = &self.settings_path else { return String::new() };
        match settings::save(path, setting, value) {
            Ok(()) => String::new(),
            Err(e) => {
                log::warn!("{e}");
                format!(" ({})", t!("answer-for-now", error = e.to_string()))
            }
        }
    }
}
