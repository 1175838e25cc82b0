//! The command line against a real session bus: exit codes, messages, single instance.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::support::{wait_for, Desktop};

fn unsit() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_unsit"))
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// An environment with no session bus and no display at all.
fn bare<'a>(cmd: &'a mut Command, dir: &Path) -> &'a mut Command {
    cmd.env_clear().env("PATH", std::env::var("PATH").unwrap()).env("HOME", dir).env("XDG_RUNTIME_DIR", dir)
}

#[test]
fn status_with_no_resident_running_exits_3() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let out = desk.run(unsit(), &["status"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(stderr(&out), "unsit: unsit is not running; start it with `unsit run`\n");
}

#[test]
fn status_with_no_session_bus_exits_3_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = bare(&mut Command::new(unsit()), dir.path()).args(["status", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).starts_with("unsit: cannot reach the D-Bus session bus"), "{}", stderr(&out));
}

#[test]
fn run_without_display_or_bus_names_both_and_fails_without_panic() {
    let dir = tempfile::tempdir().unwrap();
    let out = bare(&mut Command::new(unsit()), dir.path()).arg("run").output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no D-Bus session bus"), "{err}");
    assert!(err.contains("no display"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let out = Command::new(unsit()).args(["snooze", "10"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`10` has no unit; write 10m for minutes or 10s for seconds"),
        "{}",
        stderr(&out)
    );
    let out = Command::new(unsit()).arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Checked before looking for a resident: a usage error even with no bus at all.
    let dir = tempfile::tempdir().unwrap();
    let out = bare(&mut Command::new(unsit()), dir.path()).args(["pause", "later"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("`later` is not a duration"), "{}", stderr(&out));
}

#[test]
fn one_resident_per_session_and_client_commands_answer() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let resident = desk.start_resident(unsit(), &[]);
    let status = wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));
    assert_eq!(status["state"], "counting");
    assert_eq!(status["interval_s"], 7200);
    assert_eq!(status["routine"], "anti-desk");
    assert!(status["next_break_at"].as_str().is_some_and(|s| s.len() >= 20), "{status}");

    // A second `unsit run` finds the first through the bus name and leaves it alone.
    let second = desk.run(unsit(), &["run"]);
    assert_eq!(second.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&second.stdout), "unsit is already running.\n");

    // Nothing is due yet, so there is nothing to snooze: the command fails and says why.
    let out = desk.run(unsit(), &["snooze", "5m"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "unsit: no break is due, so there is nothing to snooze\n");

    let human = desk.run(unsit(), &["status"]);
    assert!(String::from_utf8_lossy(&human.stdout).starts_with("Sitting "), "{human:?}");

    let out = desk.run(unsit(), &["quit"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "unsit is quitting\n");
    let mut resident = resident;
    let code =
        wait_for("the resident to exit", Duration::from_secs(10), || resident.child.try_wait().unwrap());
    assert!(code.success(), "{code}\n{}", resident.log());
}

#[test]
fn the_resident_reads_its_settings_file_and_reports_bad_values() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let dir = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("settings.toml"), "interval = \"45m\"\nsnooze = \"3h\"\n").unwrap();
    let resident = desk.start_resident(unsit(), &[]);
    let status = wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));
    assert_eq!(status["interval_s"], 45 * 60);
    let log = resident.log();
    assert!(
        log.contains(
            "settings.toml:2:10: snooze must be between 1 min and 2 h, not 3 h; using the default (10 min)"
        ),
        "{log}"
    );
}

#[test]
fn pause_resume_and_interval_through_the_cli() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let _resident = desk.start_resident(unsit(), &[]);
    wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));
    let run = |args: &[&str]| desk.run(unsit(), args);

    let out = run(&["pause", "30m"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Reminders paused until "));
    let status = desk.status(unsit()).unwrap();
    assert_eq!(status["state"], "paused");
    assert!(status["paused_until"].is_string() && status["next_break_at"].is_null(), "{status}");
    assert!(status["line"].as_str().unwrap().starts_with("Paused until "), "{status}");

    let out = run(&["pause"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Reminders paused until you resume them (`unsit resume`)\n"
    );
    assert!(desk.status(unsit()).unwrap()["paused_until"].is_null());

    let out = run(&["resume"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Reminders resumed; sitting time starts again now\n");
    assert_eq!(desk.status(unsit()).unwrap()["state"], "counting");
    let out = run(&["resume"]);
    assert_eq!((out.status.code(), stderr(&out).as_str()), (Some(1), "unsit: reminders are not paused\n"));

    let out = run(&["interval", "45m"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("A break every 45 min; the next one at "),
        "{out:?}"
    );
    assert_eq!(desk.status(unsit()).unwrap()["interval_s"], 2700);
    let out = run(&["interval", "10000m"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "unsit: the interval must be between 10 min and 480 min, not 166h40m\n");

    // Wrong words are usage errors, caught before the resident is asked.
    let out = run(&["pause", "later"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`later` is not a duration"), "{}", stderr(&out));
    let out = run(&["pause", "25h"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("unsit: a pause must be between 1 min and 24 h, not 25h"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn settings_changed_through_the_cli_survive_a_restart() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let path = desk.home.path().join("config/unsit/settings.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "# mine\nsnooze = \"15m\"  # a long snooze\n").unwrap();
    let mut resident = desk.start_resident(unsit(), &[]);
    wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));

    let out = desk.run(unsit(), &["interval", "90m"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = desk.run(unsit(), &["routine", "desk-hips"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "Breaks use Desk hips · 2 min\n");
    let out = desk.run(unsit(), &["routine", "deskhips"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "unsit: there is no routine `deskhips`; `unsit routines list` shows them\n");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# mine\nsnooze = \"15m\"  # a long snooze\ninterval = \"1h30m\"\nroutine = \"desk-hips\"\n",
        "each change is one line; the rest of the file is as it was"
    );

    assert!(desk.run(unsit(), &["quit"]).status.success());
    wait_for("the resident to exit", Duration::from_secs(10), || resident.child.try_wait().unwrap());
    let mut resident = desk.start_resident(unsit(), &[]);
    let status = wait_for("the resident to answer again", Duration::from_secs(10), || desk.status(unsit()));
    assert_eq!((status["interval_s"].as_u64(), status["routine"].as_str()), (Some(5400), Some("desk-hips")));
    assert_eq!(status["settings_problems"], serde_json::json!([]));

    let out = desk.run(unsit(), &["routine", "rotate"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("Routines in turn; the next break: Desk hips"),
        "{out:?}"
    );
    assert!(desk.run(unsit(), &["quit"]).status.success());
    wait_for("the resident to exit", Duration::from_secs(10), || resident.child.try_wait().unwrap());
    let _resident = desk.start_resident(unsit(), &[]);
    let status =
        wait_for("the resident to answer a third time", Duration::from_secs(10), || desk.status(unsit()));
    assert_eq!(status["rotate"], true, "{status}");
}

#[test]
fn a_broken_settings_file_is_kept_aside_and_reported() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let dir = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("settings.toml");
    let broken = "interval = \"90m\"\nsnooze = [10\n";
    std::fs::write(&path, broken).unwrap();
    let resident = desk.start_resident(unsit(), &[]);
    let status = wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));

    // Running on the defaults, saying where the file is broken and where the copy is.
    assert_eq!(status["interval_s"], 7200);
    let problems: Vec<&str> =
        status["settings_problems"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with(&format!("{}:2:", path.display())), "{problems:?}");
    assert!(problems[0].ends_with("; using the default settings"), "{problems:?}");
    assert!(problems[1].contains("is kept as it is and copied to"), "{problems:?}");
    assert!(resident.log().contains(problems[0]), "{}", resident.log());
    let copies: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with("settings.toml.broken-"))
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(std::fs::read_to_string(&copies[0]).unwrap(), broken);
    let human = desk.run(unsit(), &["status"]);
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.lines().nth(1).is_some_and(|l| l.starts_with("settings: ")), "{text}");

    // A change still works, for now, and the broken file is not overwritten.
    let out = desk.run(unsit(), &["interval", "45m"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("(for now only: "), "{out:?}");
    assert_eq!(desk.status(unsit()).unwrap()["interval_s"], 2700);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
}

#[test]
fn the_autostart_entry_follows_the_setting() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let config = desk.home.path().join("config");
    std::fs::create_dir_all(config.join("unsit")).unwrap();
    std::fs::write(config.join("unsit/settings.toml"), "autostart = true\n").unwrap();
    let entry = config.join("autostart/unsit.desktop");
    let mut resident = desk.start_resident(unsit(), &[]);
    wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));
    let text = std::fs::read_to_string(&entry).expect("the autostart entry");
    assert!(text.contains(&format!("\nExec=\"{}\" run\n", unsit().display())), "{text}");
    assert!(desk.run(unsit(), &["quit"]).status.success());
    wait_for("the resident to exit", Duration::from_secs(10), || resident.child.try_wait().unwrap());

    std::fs::write(config.join("unsit/settings.toml"), "autostart = false\n").unwrap();
    let _resident = desk.start_resident(unsit(), &[]);
    wait_for("the resident to answer again", Duration::from_secs(10), || desk.status(unsit()));
    assert!(!entry.exists(), "the autostart entry was not removed");
}
