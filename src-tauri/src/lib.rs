//! unsit-ui: the Tauri webview, started by the resident only while a window is open.
//!
//! It plays a plan that the core computed (`unsit::plan`), keeps track of how far the person got,
//! and tells the resident the outcome when it exits. It holds no scheduling logic.

mod commands;
mod report;

use std::process::ExitCode;
use std::sync::Mutex;

use clap::{Parser, Subcommand};
use tauri::{Manager, RunEvent, WebviewUrl, WebviewWindowBuilder};
use unsit::plan::Plan;

#[derive(Debug, Parser)]
#[command(name = "unsit-ui", version, about = "unsit's break window (started by `unsit`).")]
struct Args {
    #[command(subcommand)]
    mode: Option<Mode>,
}

#[derive(Debug, Subcommand)]
enum Mode {
    /// Walk through a routine
    Session {
        /// The routine to play (default: the default routine)
        #[arg(long)]
        routine: Option<String>,
    },
}

/// How long the page has to paint its first screen before the window is shown regardless.
const SHOW_ANYWAY_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// What the window shows and how far the person got; shared by the commands and the exit hook.
pub struct Session {
    pub plan: Plan,
    pub progress: Mutex<commands::Progress>,
}

pub fn run() -> ExitCode {
    let args = Args::parse();
    let routine_id = match args.mode {
        Some(Mode::Session { routine }) => routine,
        None => None,
    }
    .unwrap_or_else(|| unsit::routine::DEFAULT_ID.to_string());
    let Some(routine) = unsit::routine::find(&routine_id) else {
        eprintln!("unsit-ui: there is no routine `{routine_id}`; `unsit routines list` shows them");
        return ExitCode::from(1);
    };
    let session = Session { plan: Plan::new(&routine), progress: Mutex::default() };
    let title = format!("unsit — {}", session.plan.routine.title);

    let app = tauri::Builder::default()
        .manage(session)
        .invoke_handler(tauri::generate_handler![
            commands::launch,
            commands::progress,
            commands::ready,
            commands::close
        ])
        .setup(move |app| {
            // The window is made at once (the resident starts this process exactly when it is
            // wanted) but shown by the page's `ready`, once its first screen is painted.
            let window = WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title(&title)
                .inner_size(420.0, 600.0)
                .min_inner_size(360.0, 520.0)
                .center()
                .always_on_top(true)
                .visible(false)
                .build()?;
            // Should the page never say it is ready (a broken asset), show the window anyway.
            std::thread::spawn(move || {
                std::thread::sleep(SHOW_ANYWAY_AFTER);
                if !window.is_visible().unwrap_or(true) {
                    let _ = window.show();
                    let _ = window.set_focus();
                }
            });
            Ok(())
        })
        .build(tauri::generate_context!());
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            eprintln!("unsit-ui: cannot open the window: {e}");
            return ExitCode::from(1);
        }
    };
    app.run(|handle, event| {
        if let RunEvent::Exit = event {
            let session = handle.state::<Session>();
            report::send(&session);
        }
    });
    ExitCode::SUCCESS
}
