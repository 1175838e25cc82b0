//! The commands the page may call. Each is a few lines; decisions live in the core crate.

use std::time::Instant;

use serde::Serialize;
use tauri::State;
use unsit::plan::Plan;

use crate::Session;

/// How far the person got, as the page last reported it.
#[derive(Debug, Default)]
pub struct Progress {
    /// When the routine was started (the first step shown).
    pub started: Option<Instant>,
    pub step: usize,
    pub completed: usize,
    pub done: bool,
}

#[derive(Serialize)]
pub struct Launch {
    mode: &'static str,
    plan: Plan,
}

/// What the window is for, and the plan to play.
#[tauri::command]
pub fn launch(session: State<'_, Session>) -> Launch {
    Launch { mode: "session", plan: session.plan.clone() }
}

/// The page reports every step change: the step now shown, work steps done, and the end.
#[tauri::command]
pub fn progress(session: State<'_, Session>, step: usize, completed: usize, done: bool) {
    let mut p = session.progress.lock().unwrap_or_else(|e| e.into_inner());
    p.started.get_or_insert_with(Instant::now);
    p.step = step.min(session.plan.steps.len());
    p.completed = completed.min(session.plan.work_steps());
    p.done = p.done || done;
}

/// The page has painted its first screen: show the window (it is created hidden).
#[tauri::command]
pub fn ready(window: tauri::WebviewWindow) -> Result<(), String> {
    window.show().map_err(|e| e.to_string())?;
    window.set_focus().map_err(|e| e.to_string())
}

/// Closes the window; the process exits with it.
#[tauri::command]
pub fn close(window: tauri::WebviewWindow) -> Result<(), String> {
    window.close().map_err(|e| e.to_string())
}
