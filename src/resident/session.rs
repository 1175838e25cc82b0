//! Starting `unsit-ui`, the webview process, for a session. It lives only while its window is open.

use std::path::{Path, PathBuf};

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

/// Starts `unsit-ui session --routine ID`.
pub fn spawn_session(program: &Path, routine: &str) -> std::io::Result<Child> {
    Command::new(program).args(["session", "--routine", routine]).stdin(std::process::Stdio::null()).spawn()
}
