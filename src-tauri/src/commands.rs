//! The commands the page may call. Each is a few lines; decisions live in the core crate.

use std::time::Instant;

use serde::Serialize;
use tauri::State;

use unsit::history::days::{Day, Done, Streak};
use unsit::history::view::{self, summarise_file, Summary, Tally};
use unsit::history::{Reader, StoreError};
use unsit::place::Where;
use unsit::plan::{Plan, PlanOptions};
use unsit::protocol::{self, ClientError};
use unsit::scheduler::State as Due;
use unsit::settings;

use crate::voice::{Say, Voice};
use crate::{timing, Context, Session, Window};

/// How far the person got, as the page last reported it.
#[derive(Debug, Default)]
pub struct Progress {
    /// When the routine was started (the first step shown).
    pub started: Option<Instant>,
    pub step: usize,
    pub completed: usize,
    pub done: bool,
}

/// What the page needs to draw its first screen.
#[derive(Serialize)]
#[serde(tag = "mode", rename_all = "lowercase")]
pub enum Launch {
    Session {
        /// The plan; `short` says whether it is the short version.
        plan: Box<Plan>,
        /// The routines the picker offers.
        choices: Vec<Choice>,
        sound: bool,
        /// Spoken cues: on, with reps counted aloud, and whether floor exercises start large.
        voice: bool,
        voice_counts: bool,
        floor_view: bool,
        safety_acknowledged: bool,
        /// "At the desk: Desk reset instead of Anti-desk reset", when the chosen routine does not
        /// fit where the person is.
        why: Option<String>,
        /// "At the desk · no equipment".
        place_line: String,
    },
    Prompt {
        message: String,
        /// The Snooze button's words: "Snooze 10 min".
        snooze_label: String,
        sound: bool,
    },
}

/// A routine the picker offers, with its lengths in words.
#[derive(Serialize)]
pub struct Choice {
    id: String,
    /// "Anti-desk reset · 5 min".
    label: String,
    /// "5 min".
    length: String,
    /// The short version's length ("2 min"); none for routines too short to have one.
    short_length: Option<String>,
    /// It fits where the person is; otherwise `misfit` says what it needs ("needs the floor").
    fits: bool,
    misfit: Option<String>,
    /// Longer than a break at work should be.
    long: bool,
}

fn session<'a>(window: &'a State<'_, Window>) -> Result<&'a Session, String> {
    match window.inner() {
        Window::Session(session) => Ok(session),
        _ => Err("this window is not a session".into()),
    }
}

/// The running resident, or why it cannot be reached ("unsit is not running; …").
async fn resident() -> Result<protocol::Client, String> {
    protocol::connect().await.map_err(|e| e.to_string())
}

/// The resident's refusal (or the bus's error) in words for the page.
fn refused(e: impl Into<ClientError>) -> String {
    e.into().to_string()
}

fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// What the window is for, and what to show.
#[tauri::command]
pub fn launch(window: State<'_, Window>, context: State<'_, Context>) -> Result<Launch, String> {
    let _timed = timing::Span::new("launch");
    let (settings, warnings) = settings::current(context.dirs.settings_file().as_deref(), &context.library);
    for w in warnings {
        eprintln!("unsit-ui: {w}");
    }
    let launch = match window.inner() {
        Window::Session(session) => {
            let at = &session.place;
            let mut choices: Vec<Choice> = context
                .library
                .entries()
                .iter()
                .map(|entry| {
                    let routine = &entry.routine;
                    // As `Where::plan` would make them, from one look at whether it fits.
                    let (full, options, misfit) = match at.fit(routine) {
                        Ok(plan) => (plan, at.options(), None),
                        Err(misfit) => (Plan::new(routine), PlanOptions::default(), Some(misfit.to_string())),
                    };
                    Choice {
                        id: routine.id.clone(),
                        short_length: Plan::short_with(routine, &options).map(|p| p.length),
                        fits: misfit.is_none(),
                        misfit,
                        label: full.label,
                        length: full.length,
                        long: full.long,
                    }
                })
                .collect();
            // What fits here first, each part in the library's order.
            choices.sort_by_key(|c| !c.fits);
            Launch::Session {
                plan: Box::new(lock(&session.plan).clone()),
                choices,
                sound: settings.sound,
                voice: settings.voice,
                voice_counts: settings.voice_counts,
                floor_view: settings.floor_view,
                safety_acknowledged: context
                    .dirs
                    .data
                    .as_deref()
                    .is_some_and(unsit::data::safety_acknowledged),
                why: session.why.clone(),
                place_line: unsit::words::place_line(at),
            }
        }
        Window::Prompt(prompt) => Launch::Prompt {
            message: prompt.message.clone(),
            snooze_label: unsit::words::snooze_button(prompt.snooze),
            sound: settings.sound,
        },
        // Their pages ask for what they show (`settings`, `history`).
        Window::Settings | Window::History | Window::Sheet => {
            return Err("this window does not play a break".into())
        }
    };
    Ok(launch)
}

/// The picker: play another routine, or its short version, instead. Only before the start.
#[tauri::command]
pub fn choose(
    window: State<'_, Window>,
    context: State<'_, Context>,
    webview: tauri::WebviewWindow,
    routine: String,
    short: bool,
) -> Result<Plan, String> {
    let session = session(&window)?;
    if lock(&session.progress).started.is_some() {
        return Err("the routine has already started".into());
    }
    let routine = context.routine(&routine)?;
    let plan = plan(&session.place, routine, short)?;
    let _ = webview.set_title(&format!("unsit — {}", plan.routine.title));
    *lock(&session.plan) = plan.clone();
    Ok(plan)
}

/// The routine in full, or its short version, made for where the person is (when it fits there).
pub fn plan(at: &Where, routine: &unsit::routine::Routine, short: bool) -> Result<Plan, String> {
    match at.plan(routine, short) {
        Some(plan) => Ok(plan),
        None if short => Err(format!("{} has no short version", routine.title)),
        None => Ok(Plan::new(routine)),
    }
}

/// The page reports every step change: the step now shown, work steps done, and the end.
#[tauri::command]
pub fn progress(window: State<'_, Window>, step: usize, completed: usize, done: bool) -> Result<(), String> {
    let session = session(&window)?;
    let plan = lock(&session.plan);
    let mut p = lock(&session.progress);
    p.started.get_or_insert_with(Instant::now);
    p.step = step.min(plan.steps.len());
    p.completed = completed.min(plan.work_steps());
    p.done = p.done || done;
    drop((p, plan));
    crate::report::send_progress(session);
    Ok(())
}

/// The break window's toggles, sound (M) and voice (V): saved in the settings file, through the
/// resident (which owns that file).
#[tauri::command]
pub async fn remember(setting: String, on: bool) -> Result<String, String> {
    if !matches!(setting.as_str(), "sound" | "voice") {
        return Err(format!("the break window does not change `{setting}`"));
    }
    let unsit = resident().await?;
    unsit.set(&setting, &on.to_string()).await.map_err(refused)
}

/// Says `text`: an announcement cancels what is still being said; an aside (`aside`) is spoken
/// only into silence. Answers false once speech is known not to work.
#[tauri::command]
pub fn speak(voice: State<'_, Voice>, text: String, aside: bool) -> bool {
    voice.send(if aside { Say::Aside(text) } else { Say::Announce(text) })
}

/// The break window fills the screen, or not (F11 in the large view).
#[tauri::command]
pub fn fullscreen(webview: tauri::WebviewWindow, on: bool) -> Result<(), String> {
    webview.set_fullscreen(on).map_err(|e| format!("cannot change to full screen: {e}"))
}

/// Stops talking (the session is paused).
#[tauri::command]
pub fn hush(voice: State<'_, Voice>) {
    voice.send(Say::Hush);
}

/// Reaches speech-dispatcher (starting it if it may be), and says whether spoken cues work:
/// "Spoken cues need speech-dispatcher" when they do not.
#[tauri::command]
pub async fn voice_check(voice: State<'_, Voice>) -> Result<(), String> {
    let (tx, rx) = std::sync::mpsc::channel();
    voice.send(Say::Check(tx));
    let answer = tauri::async_runtime::spawn_blocking(move || rx.recv()).await;
    answer.ok().and_then(Result::ok).unwrap_or_else(|| Err(crate::voice::unavailable()))
}

/// "Got it" on the safety advice: it is not shown again.
#[tauri::command]
pub fn acknowledge_safety(context: State<'_, Context>) -> Result<(), String> {
    let dir = context.dirs.data.as_ref().ok_or("no data folder: neither XDG_DATA_HOME nor HOME is set")?;
    unsit::data::acknowledge_safety(dir).map_err(|e| format!("cannot write in {} ({e})", dir.display()))
}

/// The prompt's answer, passed to the resident: `start`, `snooze` or `skip`.
#[tauri::command]
pub async fn answer(window: State<'_, Window>, choice: String) -> Result<String, String> {
    let Window::Prompt(prompt) = window.inner() else {
        return Err("only the prompt window answers the reminder".into());
    };
    let snooze_s = u32::try_from(prompt.snooze.as_secs()).unwrap_or(u32::MAX);
    let unsit = resident().await?;
    if !matches!(choice.as_str(), "start" | "snooze" | "skip") {
        return Err(format!("`{choice}` is not an answer (start, snooze or skip)"));
    }
    unsit.answer(&choice, snooze_s, "prompt").await.map_err(refused)
}

/// Every setting as the resident runs with it (the settings window).
#[tauri::command]
pub async fn settings() -> Result<protocol::SettingsView, String> {
    let _timed = timing::Span::new("settings");
    resident().await?.settings().await.map_err(refused)
}

/// One setting changed in the settings window (its key, and the value as the view holds it),
/// passed to the resident, which checks it (the error is its refusal, with the allowed range),
/// applies it and saves it.
#[tauri::command]
pub async fn change_setting(key: String, value: serde_json::Value) -> Result<String, String> {
    let setting = settings::find(&key).map_err(|e| e.to_string())?;
    let text = setting.text_from_json(&value).map_err(|e| e.to_string())?;
    resident().await?.set(setting.key, &text).await.map_err(refused)
}

/// What the history window shows: the last [`HISTORY_DAYS`] days read from the history file,
/// with the running resident's sitting time and status line when there is one.
#[derive(Serialize)]
pub struct HistoryView {
    today: Day,
    /// Oldest first; the last is today.
    days: Vec<Day>,
    interval_s: u64,
    /// Sitting time now; none when the resident is not running or the person is not sitting.
    sitting_s: Option<u64>,
    line: Option<String>,
    routines: Vec<Done>,
    streak: Streak,
    file: Option<String>,
    /// What is wrong with the history file, in a sentence.
    problem: Option<String>,
    /// Nothing recorded yet.
    empty: bool,
}

/// The days the history window shows.
const HISTORY_DAYS: u32 = 30;

#[tauri::command]
pub async fn history(context: State<'_, Context>) -> Result<HistoryView, String> {
    let _timed = timing::Span::new("history");
    let status = match resident().await {
        Ok(unsit) => unsit.status().await.ok(),
        Err(_) => None,
    };
    let (settings, _) = settings::current(context.dirs.settings_file().as_deref(), &context.library);
    let now = chrono::Local::now();
    let path = context.dirs.history_file();
    let label = |id: &str| context.library.get(id).map(|e| e.routine.title.clone());
    let read = match &path {
        Some(path) => summarise_file(
            path,
            now.date_naive(),
            HISTORY_DAYS,
            settings.streak_goal,
            now.fixed_offset(),
            label,
        ),
        None => {
            Err(StoreError::Off("there is no data folder (neither XDG_DATA_HOME nor HOME is set)".into()))
        }
    };
    let (summary, mut problems) = match read {
        Ok(summary) => (summary, Vec::new()),
        Err(e) => (Summary::empty(now.date_naive(), HISTORY_DAYS, settings.streak_goal), vec![e.to_string()]),
    };
    let sitting =
        status.as_ref().filter(|s| matches!(s.state, Due::Counting | Due::Due | Due::Snoozed | Due::Held));
    if let Some(status) = &status {
        problems.extend(status.history_problems.iter().cloned());
    }
    Ok(HistoryView {
        today: summary.days.last().cloned().unwrap_or_default(),
        interval_s: status.as_ref().map_or(settings.config.interval.as_secs(), |s| s.interval_s),
        sitting_s: sitting.map(|s| s.sitting_s),
        line: status.as_ref().map(|s| s.line.clone()),
        days: summary.days,
        routines: summary.routines,
        streak: summary.streak,
        file: path.map(|p| p.display().to_string()),
        problem: (!problems.is_empty()).then(|| problems.join(" ")),
        empty: summary.empty,
    })
}

/// The break window's done screen: "3rd break today" and the streak, counting the break just
/// finished (it is recorded when the window closes).
#[tauri::command]
pub fn tally(context: State<'_, Context>) -> Result<Tally, String> {
    let (settings, _) = settings::current(context.dirs.settings_file().as_deref(), &context.library);
    let today = chrono::Local::now().date_naive();
    let taken = match context.dirs.history_file() {
        Some(path) => match Reader::open(&path).map_err(|e| e.to_string())? {
            Some(reader) => reader.taken_per_day().map_err(|e| e.to_string())?,
            None => Vec::new(),
        },
        None => return Err(unsit::t!("days-no-history-kept")),
    };
    Ok(view::tally(&taken, today, settings.streak_goal))
}

/// The page has rendered its first screen: show the window (it is created hidden). Answers
/// whether start-up timings are asked for, so that the page sends its own with `painted`.
#[tauri::command]
pub fn ready(window: tauri::WebviewWindow) -> Result<bool, String> {
    timing::mark("ready: showing the window");
    window.show().map_err(|e| e.to_string())?;
    window.set_focus().map_err(|e| e.to_string())?;
    Ok(timing::on())
}

/// The first screen is on the glass (two frames after `ready`). With `UNSIT_UI_TIMING` set, says
/// when the page reached each stage and how long the whole took since `main`:
/// `scripts/bench-first-paint` reads it.
#[tauri::command]
pub fn painted(page: Option<timing::PageTimes>) {
    if let Some(page) = &page {
        timing::page(page);
    }
    timing::painted();
}

/// Closes the window; the process exits with it.
#[tauri::command]
pub fn close(window: tauri::WebviewWindow) -> Result<(), String> {
    window.close().map_err(|e| e.to_string())
}

/// Every routine's whole plan, for the contact sheet of moves.
#[tauri::command]
pub fn sheet(context: State<'_, Context>) -> Vec<Plan> {
    let _timed = timing::Span::new("sheet");
    context.library.entries().iter().map(|e| Plan::new(&e.routine)).collect()
}

/// The page's words: the language in force and the Fluent texts of every window, in it and in
/// English (`ui/js/l10n.js` formats them; a message the language lacks is English).
#[derive(Serialize)]
pub struct Words {
    lang: &'static str,
    tag: String,
    own: Vec<&'static str>,
    english: Vec<&'static str>,
}

#[tauri::command]
pub fn words(context: State<'_, Context>) -> Words {
    // The settings window reloads its page after a change of language: the words follow the file.
    let language = context.dirs.settings_file().and_then(|p| unsit::settings::language_of(&p));
    let locale = unsit::lang::Locale::from_env(language);
    if unsit::lang::words().locale != locale {
        unsit::lang::set(unsit::lang::Words::new(locale, unsit::lang::Parts::CoreAndPage));
    }
    let words = unsit::lang::words();
    let locale = &words.locale;
    let texts = |code: &str| {
        unsit::lang::source(code).map_or_else(Vec::new, |s| s.texts(unsit::lang::Parts::CoreAndPage))
    };
    let own = if locale.code == unsit::lang::Locale::ENGLISH { Vec::new() } else { texts(locale.code) };
    Words { lang: locale.code, tag: locale.tag.clone(), own, english: texts("en") }
}
