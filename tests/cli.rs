//! The command line against a real session bus: exit codes, messages, single instance.

use std::io::Read as _;
use std::path::Path;
use std::process::{Command, Stdio};
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
    // In the person's language.
    let out = desk.command(unsit()).env("LANG", "es_ES.UTF-8").arg("status").output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(stderr(&out), "unsit: unsit no está en marcha; ábrelo con `unsit run`\n");
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
    let out = bare(&mut Command::new(unsit()), dir.path()).args(["open", "tray"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("[possible values: settings, history]"), "{}", stderr(&out));
}

/// clap's own errors (a mistyped command, a missing argument, a value not among the few allowed)
/// are worded in the language too, with the same facts and exit code.
#[test]
fn usage_errors_are_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let said = |lang: &str, args: &[&str]| {
        let out = bare(&mut Command::new(unsit()), dir.path()).env("LANG", lang).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        stderr(&out)
    };
    assert_eq!(
        said("de_DE.UTF-8", &["brek"]),
        "Fehler: unbekannter Befehl 'brek'\n\n  Tipp: Es gibt etwas Ähnliches: 'break'\n\n\
         Aufruf: unsit [COMMAND]\n\nMehr dazu mit '--help'.\n"
    );
    assert_eq!(
        said("de_DE.UTF-8", &["set", "interval"]),
        "Fehler: diese nötigen Argumente fehlen: <VALUE>\n\nAufruf: unsit set <KEY> <VALUE>\n\n\
         Mehr dazu mit '--help'.\n"
    );
    assert_eq!(
        said("es_ES.UTF-8", &["open", "tray"]),
        "error: valor no válido 'tray' para '[WINDOW]': valores posibles: settings, history\n\n\
         Para más información, prueba '--help'.\n"
    );
    // English is clap's own.
    assert!(said("C.UTF-8", &["brek"]).starts_with("error: unrecognized subcommand 'brek'\n"));
}

/// `--help` in German names clap's own `help` command in German too, at every level.
#[test]
fn help_names_its_help_command_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["--help"][..], &["routines", "--help"], &["help", "routines"]] {
        let out = bare(&mut Command::new(unsit()), dir.path())
            .env("LANG", "de_DE.UTF-8")
            .args(args)
            .output()
            .unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let line = help.lines().find(|l| l.trim_start().starts_with("help ")).unwrap_or_default();
        assert!(
            line.ends_with("Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen"),
            "{args:?}: {help}"
        );
    }
}

/// `--version` names the commit the program was built from (the checkout's HEAD).
#[test]
fn the_version_names_the_commit() {
    let head = Command::new("git").args(["rev-parse", "--short=12", "HEAD"]).output().unwrap();
    assert!(head.status.success(), "the tests run in a git checkout");
    let head = String::from_utf8_lossy(&head.stdout).trim().to_string();
    let out = Command::new(unsit()).arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("unsit {} ({head})\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn one_resident_per_session_and_client_commands_answer() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let resident = desk.start_resident(unsit(), &[]);
    let status = wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));
    assert_eq!(status["state"], "counting");
    assert_eq!(status["interval_s"], 7200);
    // The routine the next break plays: at the desk, where a new user is, the desk reset.
    assert_eq!(status["routine"], "desk-reset");
    assert!(status["next_break_at"].as_str().is_some_and(|s| s.len() >= 20), "{status}");

    // A second `unsit run` finds the first through the bus name, names it and leaves it alone.
    let second = desk.run(unsit(), &["run"]);
    assert_eq!(second.status.code(), Some(1));
    assert_eq!(
        stderr(&second),
        format!(
            "unsit: unsit is already running (process {} ({} run)); `unsit status` asks it, `unsit quit` stops it\n",
            resident.child.id(),
            unsit().display()
        )
    );

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
            "settings.toml:2:10: a snooze must be between 1 min and 2 h, not 3 h; using the default (10 min)"
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
    assert_eq!(stderr(&out), "unsit: the interval must be between 10 min and 8 h, not 166 h 40 min\n");

    // Wrong words are usage errors, caught before the resident is asked.
    let out = run(&["pause", "later"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`later` is not a duration"), "{}", stderr(&out));
    let out = run(&["pause", "25h"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("unsit: a pause must be between 1 min and 24 h, not 25 h"),
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
    assert!(text.lines().nth(2).is_some_and(|l| l.starts_with("settings: ")), "{text}");

    // A change still works, for now, and the broken file is not overwritten.
    let out = desk.run(unsit(), &["interval", "45m"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("(for now only: "), "{out:?}");
    assert_eq!(desk.status(unsit()).unwrap()["interval_s"], 2700);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
}

/// Another program holding unsit's bus name: `unsit run` says which and exits 1.
#[test]
fn a_squatter_on_the_bus_name_is_named() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let squatter = desk.bus();
    squatter.request_name(unsit::protocol::BUS_NAME).unwrap();
    let out = desk.run(unsit(), &["run"]);
    assert_eq!(out.status.code(), Some(1));
    let test = std::fs::read(format!("/proc/{}/cmdline", std::process::id())).unwrap();
    let program = String::from_utf8_lossy(test.split(|b| *b == 0).next().unwrap()).into_owned();
    let said = stderr(&out);
    assert!(
        said.starts_with(&format!(
            "unsit: the bus name io.github.unsit.Unsit is taken by process {} ({program}",
            std::process::id()
        )),
        "{said}"
    );
    assert!(said.ends_with("), which is not unsit; stop it, then start unsit again\n"), "{said}");
}

/// Two residents started at the same moment: one runs, the other names it and exits 1.
#[test]
fn of_two_residents_racing_exactly_one_survives() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let start =
        || desk.command(unsit()).arg("run").stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    let mut racers = [start(), start()];
    let (loser, code) = wait_for("one of them to give up", Duration::from_secs(10), || {
        racers
            .iter_mut()
            .enumerate()
            .find_map(|(i, r)| r.try_wait().unwrap().map(|status| (i, status.code())))
    });
    assert_eq!(code, Some(1));
    let winner = 1 - loser;
    let status = wait_for("the other to answer", Duration::from_secs(10), || desk.status(unsit()));
    assert_eq!(status["state"], "counting");
    assert!(racers[winner].try_wait().unwrap().is_none(), "the winner ended too");
    let mut said = String::new();
    racers[loser].stderr.take().unwrap().read_to_string(&mut said).unwrap();
    assert!(said.contains(&format!("unsit is already running (process {} (", racers[winner].id())), "{said}");
    assert!(desk.run(unsit(), &["quit"]).status.success());
    let ended =
        wait_for("the winner to quit", Duration::from_secs(10), || racers[winner].try_wait().unwrap());
    assert!(ended.success());
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

#[test]
fn every_client_command_exits_3_when_no_resident_is_running() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let commands: [&[&str]; 11] = [
        &["status"],
        &["status", "--json"],
        &["break"],
        &["break", "desk-hips"],
        &["snooze"],
        &["skip"],
        &["pause", "30m"],
        &["resume"],
        &["interval", "45m"],
        &["routine", "rotate"],
        &["quit"],
    ];
    for args in commands {
        let out = desk.run(unsit(), args);
        assert_eq!(out.status.code(), Some(3), "unsit {args:?}: {}", stderr(&out));
        assert_eq!(
            stderr(&out),
            "unsit: unsit is not running; start it with `unsit run`\n",
            "unsit {args:?}"
        );
        assert!(out.stdout.is_empty(), "unsit {args:?}");
    }
}

#[test]
fn every_client_command_answers_in_one_line_with_its_exit_code() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let _resident = desk.start_resident(unsit(), &["--interval", "3s"]);
    wait_for("a due break", Duration::from_secs(20), || desk.status(unsit()).filter(|s| s["state"] == "due"));
    let run = |args: &[&str]| {
        let out = desk.run(unsit(), args);
        let text = if out.status.success() { &out.stdout } else { &out.stderr };
        (out.status.code().unwrap(), String::from_utf8_lossy(text).into_owned())
    };

    let (code, json) = run(&["status", "--json"]);
    assert_eq!(code, 0);
    let status: serde_json::Value = serde_json::from_str(&json).unwrap();
    for key in [
        "state",
        "sitting_s",
        "interval_s",
        "next_break_at",
        "paused_until",
        "routine",
        "idle_source",
        "held_by",
    ] {
        assert!(status.get(key).is_some(), "status --json has no `{key}`: {json}");
    }
    assert_eq!(json.lines().count(), 1, "{json}");
    assert_eq!(run(&["status"]), (0, "Break due\naway time: from the X server (MIT-SCREEN-SAVER)\n".into()));

    let (code, line) = run(&["snooze", "5m"]);
    assert_eq!(code, 0);
    assert!(line.starts_with("Snoozed for 5 min; the next reminder comes at "), "{line}");
    // A snooze longer than a snooze may be is refused as such, due or not.
    assert_eq!(
        run(&["snooze", "3h"]),
        (1, "unsit: a snooze must be between 1 min and 2 h, not 3 h\n".into())
    );
    assert_eq!(
        run(&["snooze", "10m"]),
        (1, "unsit: no break is due, so there is nothing to snooze\n".into())
    );
    assert_eq!(run(&["skip"]), (0, "Break skipped; sitting time starts again now\n".into()));
    assert_eq!(run(&["skip"]), (1, "unsit: no break is due, so there is nothing to skip\n".into()));
    assert_eq!(
        run(&["break", "no-such-routine"]),
        (1, "unsit: there is no routine `no-such-routine`; `unsit routines list` shows them\n".into())
    );
    assert_eq!(run(&["routine", "rotate"]).0, 0);
    assert_eq!(
        run(&["routine", "anti-desk"]),
        (0, "At the desk, Anti-desk reset needs the floor, a ball and a cushion, so breaks use Desk reset · 5 min\n".into())
    );
    assert_eq!(
        run(&["place", "home"]),
        (0, "At home · a ball, a cushion. Breaks use Anti-desk reset · 5 min\n".into())
    );
    assert_eq!(desk.status(unsit()).unwrap()["routine"], "anti-desk");
    assert_eq!(
        run(&["equipment", "cushion"]),
        (0, "At home · a cushion. Anti-desk reset needs a ball, so breaks use Desk reset · 5 min\n".into())
    );
    assert_eq!(
        run(&["equipment", "--desk", "ball"]),
        (0, "At home · a cushion. Anti-desk reset needs a ball, so breaks use Desk reset · 5 min\n".into())
    );
    assert_eq!(run(&["place", "desk"]).0, 0);
    assert_eq!(run(&["equipment", "none"]).0, 0);
    assert_eq!(run(&["pause", "tomorrow"]).0, 0);
    assert_eq!(desk.status(unsit()).unwrap()["state"], "paused");
    assert_eq!(run(&["resume"]), (0, "Reminders resumed; sitting time starts again now\n".into()));
    // For this break only: the chosen routine stays chosen.
    assert_eq!(run(&["break", "desk-hips"]), (0, "Break started: Desk hips · 2 min\n".into()));
    assert_eq!(desk.status(unsit()).unwrap()["routine"], "desk-reset");
    assert_eq!(run(&["quit"]), (0, "unsit is quitting\n".into()));
}

#[test]
fn usage_errors_exit_2_before_anything_is_asked() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let _resident = desk.start_resident(unsit(), &[]);
    wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));
    let cases: [(&[&str], &str); 10] = [
        (&["place", "office"], "place is desk or home, not `office`"),
        (&["equipment", "ball,kettlebell"], "there is no equipment `kettlebell`"),
        (&["equipment"], "the following required arguments were not provided"),
        (&["interval"], "the following required arguments were not provided"),
        (&["interval", "90"], "`90` has no unit"),
        (&["snooze", "-5m"], "unexpected argument '-5'"),
        (&["routine"], "the following required arguments were not provided"),
        (&["status", "--yaml"], "unexpected argument '--yaml'"),
        (&["break", "a", "b"], "unexpected argument 'b'"),
        (&["pause", "soon"], "`soon` is not a duration"),
    ];
    for (args, says) in cases {
        let out = desk.run(unsit(), args);
        assert_eq!(out.status.code(), Some(2), "unsit {args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "unsit {args:?}: {}", stderr(&out));
    }
    // Nothing reached the resident: still counting, two hours between breaks.
    assert_eq!(desk.status(unsit()).unwrap()["interval_s"], 7200);
    let version = desk.run(unsit(), &["--version"]);
    assert_eq!(String::from_utf8_lossy(&version.stdout), format!("unsit {}\n", unsit::VERSION));
}

#[test]
fn each_kind_of_broken_settings_file_is_reported_with_where_and_what_happens_next() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let dir = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("settings.toml");
    let shown = path.display().to_string();
    // (file, problem reported, the interval unsit runs with, whether the file is set aside)
    let kinds: [(&[u8], String, u64, bool); 4] = [
        (
            b"interval = \"45m\"\nsnooze = \"\xff\"\n",
            format!("{shown}:2:11: the file is not UTF-8 text; using the default settings"),
            7200,
            true,
        ),
        (b"interval = \"45m\"\nsnooze = 10m\n", format!("{shown}:2:10: "), 7200, true),
        (
            b"interval = \"5m\"\nsnooze = \"5m\"\n",
            format!(
                "{shown}:1:12: the interval must be between 10 min and 8 h, not 5 min; using the default (2 h)"
            ),
            7200,
            false,
        ),
        (
            b"interval = \"45m\"\nidle_reset = \"2h\"\n",
            format!(
                "{shown}:2:14: the idle time that counts as a break must be between 1 min and 1 h, not 2 h; using the default (5 min)"
            ),
            2700,
            false,
        ),
    ];
    for (text, problem, interval_s, set_aside) in kinds {
        for old in std::fs::read_dir(&dir).unwrap() {
            std::fs::remove_file(old.unwrap().path()).unwrap();
        }
        std::fs::write(&path, text).unwrap();
        let mut resident = desk.start_resident(unsit(), &[]);
        let status = wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));
        let problems: Vec<&str> =
            status["settings_problems"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
        assert!(problems[0].starts_with(&problem), "{problems:?}");
        assert!(resident.log().contains(problems[0]), "the log says it too: {}", resident.log());
        assert_eq!(status["interval_s"], interval_s, "{problems:?}");
        let copies = std::fs::read_dir(&dir).unwrap().count() - 1;
        assert_eq!((copies == 1, problems.len() == 2), (set_aside, set_aside), "{problems:?}");
        assert_eq!(std::fs::read(&path).unwrap(), text, "the file itself is never rewritten");
        assert!(desk.run(unsit(), &["quit"]).status.success());
        wait_for("the resident to exit", Duration::from_secs(10), || resident.child.try_wait().unwrap());
    }
}
