//! Starting `unsit-ui`, the webview process, for a session, the prompt, the settings or the
//! history. It lives only while its window is open.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::process::{Child, Command};
use tokio::sync::oneshot;

use crate::place::Where;

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
    pub const ALL: [UiWindow; 2] = [UiWindow::Settings, UiWindow::History];

    /// The window with this name (its mode: `settings`, `history`).
    pub fn named(name: &str) -> Option<UiWindow> {
        UiWindow::ALL.into_iter().find(|w| w.mode() == name)
    }

    /// The `unsit-ui` mode that opens it.
    pub fn mode(self) -> &'static str {
        match self {
            UiWindow::Settings => "settings",
            UiWindow::History => "history",
        }
    }
}

/// `unsit-ui ARGS`, with nothing on its standard input.
fn command(program: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.args(args).stdin(std::process::Stdio::null());
    command
}

/// Starts `unsit-ui settings` or `unsit-ui history`.
pub fn spawn_window(program: &Path, window: UiWindow) -> std::io::Result<UiProcess> {
    command(program, &[window.mode()]).kill_on_drop(true).spawn().map(UiProcess::watch)
}

/// Starts `unsit-ui prompt`: the reminder as a small window, for desktops with no notification
/// service.
pub fn spawn_prompt(program: &Path, message: &str, snooze: Duration) -> std::io::Result<UiProcess> {
    let snooze = crate::duration::compact(snooze);
    command(program, &["prompt", "--message", message, "--snooze", &snooze])
        .kill_on_drop(true)
        .spawn()
        .map(UiProcess::watch)
}

/// What a session window plays, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    /// The routine's id.
    pub routine: String,
    /// The chosen routine's id, when `routine` stands in for it because it does not fit here.
    pub instead_of: Option<String>,
    /// Where the person is, with the equipment they have there: the plan is made for it.
    pub place: Where,
}

impl Break {
    /// `unsit-ui`'s arguments for it.
    pub fn args(&self) -> Vec<String> {
        let mut args = vec!["session".into(), "--routine".into(), self.routine.clone()];
        if let Some(id) = &self.instead_of {
            args.extend(["--instead-of".into(), id.clone()]);
        }
        args.extend(["--place".into(), self.place.place.to_string()]);
        args.extend(["--equipment".into(), crate::settings::equipment_text(&self.place.equipment)]);
        args
    }
}

/// Starts `unsit-ui session --routine ID ...`. Not killed with the resident: a break under way is
/// finished even if unsit quits meanwhile.
pub fn spawn_session(program: &Path, what: &Break) -> std::io::Result<Child> {
    let args = what.args();
    command(program, &args.iter().map(String::as_str).collect::<Vec<_>>()).spawn()
}

/// An `unsit-ui` window the resident keeps an eye on: reaped as soon as it closes, closed on
/// request, and killed should the resident quit first (its runtime drops the watching task).
pub struct UiProcess {
    open: Arc<AtomicBool>,
    close: Option<oneshot::Sender<()>>,
}

impl UiProcess {
    fn watch(mut child: Child) -> UiProcess {
        let open = Arc::new(AtomicBool::new(true));
        let (close, closed) = oneshot::channel();
        let still_open = open.clone();
        tokio::spawn(async move {
            tokio::select! {
                _ = child.wait() => {}
                // Only a request closes it; a dropped `UiProcess` leaves the window be.
                Ok(()) = closed => {
                    let _ = child.start_kill();
                    let _ = child.wait().await;
                }
            }
            still_open.store(false, Ordering::Relaxed);
        });
        UiProcess { open, close: Some(close) }
    }

    pub fn is_open(&self) -> bool {
        self.open.load(Ordering::Relaxed)
    }

    /// Ends the window's process.
    pub fn close(mut self) {
        if let Some(close) = self.close.take() {
            let _ = close.send(());
        }
    }
}
