//! Closing a window the moment it is on screen: the close must never be lost, and nothing of
//! WebKit outlives the window.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::path::Path;

use common::{unsit_ui, PATIENCE};
use support::{wait_for, Desktop};

/// WebKit's processes (its web and network processes) started in this desktop: those whose
/// environment has the desktop's home, which they inherit from `unsit-ui`.
fn webkit_processes(desk: &Desktop) -> Vec<String> {
    let home = format!("HOME={}", desk.home.path().display());
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let dir = entry.path();
        let Ok(comm) = std::fs::read_to_string(dir.join("comm")) else { continue };
        if !comm.starts_with("WebKit") {
            continue;
        }
        let Ok(environ) = std::fs::read(dir.join("environ")) else { continue };
        if environ.split(|b| *b == 0).any(|var| var == home.as_bytes()) {
            found.push(format!("{} ({})", comm.trim(), entry.file_name().to_string_lossy()));
        }
    }
    found
}

/// Regression: a close request that reached a window just after it mapped was sometimes lost
/// (tao connects GTK's delete-event handler on a later turn of its loop), so the window stayed
/// open and the resident stayed `in_session`. Each window here is asked to close as soon as it is
/// visible, and must be gone.
#[test]
fn a_close_request_the_moment_a_window_maps_always_closes_it() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let kinds: [&[&str]; 4] =
        [&["session", "--routine", "desk-hips"], &["settings"], &["history"], &["prompt", "--message", "Up"]];
    for round in 0..20 {
        let args = kinds[round % kinds.len()];
        let mut ui = desk.command(unsit_ui()).args(args).spawn().unwrap();
        let pid = ui.id().to_string();
        let window = wait_for("the session window", PATIENCE, || {
            let out = desk.run("xdotool", &["search", "--onlyvisible", "--pid", &pid]);
            String::from_utf8_lossy(&out.stdout).lines().next().and_then(|l| l.trim().parse::<u32>().ok())
        });
        let webkit = webkit_processes(&desk);
        assert!(
            !webkit.is_empty(),
            "round {round} ({args:?}): no WebKit process found while the window is open"
        );
        desk.close_window(window);
        let closed = wait_for(&format!("round {round} ({args:?}): unsit-ui to exit"), PATIENCE, || {
            ui.try_wait().unwrap()
        });
        assert!(closed.success(), "round {round}: {closed}");
        assert!(!Path::new(&format!("/proc/{pid}")).exists());
        // Nothing of WebKit is left behind to hold its memory.
        wait_for(
            &format!("round {round} ({args:?}): WebKit's processes to end (left: {webkit:?})"),
            PATIENCE,
            || webkit_processes(&desk).is_empty().then_some(()),
        );
    }
}
