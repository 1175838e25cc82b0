//! Starting `unsit-ui`, the webview process, for a session or a prompt. It lives only while its
//! window is open.

use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio::process::{Child, Command};

/// Where `unsit-ui` is: next to this executable if it is there (a build tree, an install prefix),
/// otherwise on `PATH`.
pub fn ui_program() -> PathBuf {
    let beside = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|d| d.join("unsit-ui")));
    match beside {
        Some(path) if path.is_file() => path,
        _ => PathBuf::from("unsit-ui"),
    }
}

/// The windows of `unsit-ui` that are opened from the tray and hold no break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiWindow {
    Settings,
    History,
}

impl UiWindow {
    /// The `unsit-ui` mode that opens it.
    pub fn mode(self) -> &'static str {
        match self {
            UiWindow::Settings => "settings",
            UiWindow::History => "history",
        }
    }
}

/// Starts `unsit-ui settings` or `unsit-ui history`.
pub fn spawn_window(program: &Path, window: UiWindow) -> std::io::Result<Child> {
    Command::new(program).arg(window.mode()).stdin(std::process::Stdio::null()).kill_on_drop(true).spawn()
}

/// Starts `unsit-ui prompt`: the reminder as a small window, for desktops with no notification
/// service.
pub fn spawn_prompt(program: &Path, message: &str, snooze: Duration) -> std::io::Result<Child> {
    Command::new(program)
        .args(["prompt", "--message", message, "--snooze", &crate::duration::compact(snooze)])
        .stdin(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
}

/// Starts `unsit-ui session --routine ID`.
pub fn spawn_session(program: &Path, routine: &str) -> std::io::Result<Child> {
    Command::new(program).args(["session", "--routine", routine]).stdin(std::process::Stdio::null()).spawn()
}
