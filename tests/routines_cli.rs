//! `unsit routines list|show|check`: offline, with no session bus and no resident.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::repo_root;

/// `unsit routines ARGS` with no bus and no display, and `config` as `$XDG_CONFIG_HOME`.
fn routines(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_unsit"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap())
        .env("HOME", config)
        .env("XDG_CONFIG_HOME", config)
        .current_dir(repo_root())
        .arg("routines")
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn user_routine(config: &Path, file: &str, id: &str, title: &str) -> PathBuf {
    let dir = config.join("unsit/routines");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(file);
    std::fs::write(
        &path,
        format!(
            "id = \"{id}\"\ntitle = \"{title}\"\nsummary = \"Mine.\"\n[source]\ntitle = \"Me\"\nauthor = \"Me\"\n\
             [[phases]]\nkind = \"stretch\"\n[[phases.exercises]]\nname = \"Reach\"\ntargets = [\"lats\"]\n\
             position = \"standing\"\nhold = 40\ncues = [\"Reach up.\"]\n"
        ),
    )
    .unwrap();
    path
}

#[test]
fn list_shows_every_builtin_with_length_equipment_and_source() {
    let config = tempfile::tempdir().unwrap();
    let out = routines(config.path(), &["list"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines[0].starts_with("ID ") && lines[0].ends_with("FROM"), "{stdout}");
    let anti_desk = lines.iter().find(|l| l.starts_with("anti-desk ")).unwrap();
    for part in ["Anti-desk reset", "4:55", "ball, cushion", "Core Advantage", "built-in"] {
        assert!(anti_desk.contains(part), "{anti_desk:?} lacks {part:?}");
    }
    let ids: Vec<&str> = lines[1..].iter().map(|l| l.split_whitespace().next().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "anti-desk",
            "desk-reset",
            "desk-hips",
            "desk-stretch",
            "desk-activate",
            "desk-release",
            "desk-ball",
            "back-relief",
            "recovery-rolling",
            "low-back-release",
            "low-back-stretch",
            "low-back-activate"
        ]
    );
}

#[test]
fn list_shows_a_user_override_and_a_user_addition() {
    let config = tempfile::tempdir().unwrap();
    let mine = user_routine(config.path(), "reset.toml", "anti-desk", "My reset");
    let extra = user_routine(config.path(), "extra.toml", "reach", "Reach up");
    let out = routines(config.path(), &["list"]);
    let stdout = text(&out.stdout);
    let row = |id: &str| stdout.lines().find(|l| l.starts_with(&format!("{id} "))).unwrap().to_string();
    assert!(row("anti-desk").contains("My reset"), "{stdout}");
    assert!(row("anti-desk").ends_with(&format!("{} (overrides the built-in)", mine.display())), "{stdout}");
    assert!(row("reach").ends_with(&extra.display().to_string()), "{stdout}");
    assert!(row("reach").contains("0:40"), "{stdout}");
}

#[test]
fn a_broken_user_routine_is_a_warning_and_the_rest_still_list() {
    let config = tempfile::tempdir().unwrap();
    let path = user_routine(config.path(), "broken.toml", "broken", "Broken");
    std::fs::write(&path, "id = \"broken\"\nhold = \"long\"\n").unwrap();
    let out = routines(config.path(), &["list"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("anti-desk"));
    let stderr = text(&out.stderr);
    let unknown =
        format!("unsit: warning: {}:2:1: unknown key `hold` in the routine; expected one of", path.display());
    assert!(
        stderr.lines().any(|l| l.starts_with(&unknown) && l.ends_with("; that routine is left out")),
        "{stderr}"
    );
}

#[test]
fn list_filters_by_equipment_floor_and_minutes() {
    let config = tempfile::tempdir().unwrap();
    let out = routines(config.path(), &["list", "--have", "none", "--no-floor", "--max-minutes", "3"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let ids: Vec<&str> = stdout.lines().skip(1).map(|l| l.split_whitespace().next().unwrap()).collect();
    assert!(ids.contains(&"desk-hips"), "{stdout}");
    assert!(!ids.contains(&"recovery-rolling"), "foam rolling is floor work: {stdout}");

    let out = routines(config.path(), &["list", "--have", "bal"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown equipment `bal` (did you mean ball?)"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn list_by_place_shows_what_fits_there() {
    let config = tempfile::tempdir().unwrap();
    let ids = |args: &[&str]| {
        let out = routines(config.path(), args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        stdout.lines().skip(1).map(|l| l.split_whitespace().next().unwrap().to_string()).collect::<Vec<_>>()
    };
    // At the desk, with nothing kept there: the desk routines, and nothing that needs a ball.
    let desk = ids(&["list", "--place", "desk"]);
    assert_eq!(desk, ["desk-reset", "desk-hips", "desk-stretch", "desk-activate", "desk-release"]);
    // Someone who keeps a ball at the desk says so: the ball routine fits too.
    assert_eq!(ids(&["list", "--place", "desk", "--have", "ball"]).last().unwrap(), "desk-ball");
    let dir = config.path().join("unsit");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("settings.toml"), "desk_equipment = [\"ball\"]\n").unwrap();
    assert_eq!(ids(&["list", "--place", "desk"]).last().unwrap(), "desk-ball");
    // At home with the ball and cushion a new user is taken to have: the default routine first.
    let home = ids(&["list", "--place", "home"]);
    assert_eq!(home[0], "anti-desk");
    assert!(home.len() > desk.len(), "{home:?}");

    let out = routines(config.path(), &["list", "--place", "office"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("place is desk or home, not `office`"), "{}", text(&out.stderr));
}

#[test]
fn show_prints_the_plan_with_times_sides_and_the_total() {
    let config = tempfile::tempdir().unwrap();
    let out = routines(config.path(), &["show", "anti-desk"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("Anti-desk reset (anti-desk), 4:55\n"), "{stdout}");
    for line in [
        "  0:00  Release   Piriformis ball release, ball under the left buttock: hold 20 s",
        "  0:20            switch sides: 5 s",
        "  0:25            Piriformis ball release, ball under the right buttock: hold 20 s",
        "  2:15            Psoas ball release, ball left of the navel (optional): hold 20 s",
        "  4:25            Glute bridge: 10 reps, 3 s each",
        "  4:55            Done",
    ] {
        assert!(stdout.lines().any(|l| l == line), "no line {line:?} in\n{stdout}");
    }
}

#[test]
fn show_shortened_names_what_was_left_out() {
    let config = tempfile::tempdir().unwrap();
    let out = routines(config.path(), &["show", "anti-desk", "--max-minutes", "4"]);
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("Anti-desk reset (anti-desk), 4:00, shortened\n"), "{stdout}");
    assert!(
        stdout.contains("Left out: Psoas ball release, because it is optional and time is short"),
        "{stdout}"
    );

    let out = routines(config.path(), &["show", "anti-desk", "--json"]);
    let plan: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["total_s"], 295);
    assert_eq!(plan["steps"][1]["kind"], "switch");
}

#[test]
fn show_refuses_an_unknown_id_or_an_impossible_filter() {
    let config = tempfile::tempdir().unwrap();
    let out = routines(config.path(), &["show", "anti-dsk"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "unsit: there is no routine `anti-dsk`; did you mean `anti-desk`? (`unsit routines list` shows them)\n"
    );
    let out = routines(config.path(), &["show", "anti-desk", "--no-floor"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("nothing in `anti-desk` fits"), "{}", text(&out.stderr));
}

#[test]
fn check_passes_the_builtins_and_reports_every_error_in_bad_files() {
    let config = tempfile::tempdir().unwrap();
    let mut builtins: Vec<String> = std::fs::read_dir(repo_root().join("routines"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| p.strip_prefix(repo_root()).unwrap().display().to_string())
        .collect();
    builtins.sort();
    let args: Vec<&str> = std::iter::once("check").chain(builtins.iter().map(String::as_str)).collect();
    let out = routines(config.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), builtins.len());
    assert!(text(&out.stdout).contains("routines/anti-desk.toml: ok: anti-desk \"Anti-desk reset\", 4:55"));

    let out = routines(
        config.path(),
        &["check", "routines/anti-desk.toml", "tests/routines/bad/many-mistakes.toml", "missing.toml"],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert!(lines[0].starts_with("tests/routines/bad/many-mistakes.toml:2:6: `id` must be"), "{stderr}");
    assert!(lines[2].starts_with("tests/routines/bad/many-mistakes.toml:17:8: `hold` must be"), "{stderr}");
    assert_eq!(lines[3], "missing.toml: cannot read it: No such file or directory (os error 2)");
    assert_eq!(lines[4], "unsit: 4 errors in 2 of 3 files");
}

#[test]
fn show_speaks_the_language_and_check_reads_a_translation_against_its_routine() {
    let config = tempfile::tempdir().unwrap();
    let german = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_unsit"))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap())
            .env("HOME", config.path())
            .env("XDG_CONFIG_HOME", config.path())
            .env("LANG", "de_DE.UTF-8")
            .current_dir(repo_root())
            .arg("routines")
            .args(args)
            .output()
            .unwrap()
    };
    // The built-in routine in its German translation, the plan's words in German.
    let out = german(&["show", "desk-reset"]);
    let shown = text(&out.stdout);
    assert!(shown.starts_with("Reset am Schreibtisch (desk-reset), 4:30\n"), "{shown}");
    assert!(shown.contains("\nNötig: nichts\n"), "{shown}");
    assert!(shown.contains("Seitenwechsel: 5 Sek."), "{shown}");
    assert!(shown.contains(", rechter Oberschenkel: 20 Sek. halten"), "the right side mirrored: {shown}");

    // A user's routine and its translation, which lacks the exercise's cues and adds a dose.
    let routine = user_routine(config.path(), "mine.toml", "mine", "Mine");
    let translation = routine.with_file_name("mine.de.toml");
    std::fs::write(
        &translation,
        "title = \"Meine\"\nsummary = \"Meine.\"\n[[phases]]\n[[phases.exercises]]\nname = \"Strecken\"\n\
         targets = [\"Latissimus\"]\nhold = 30\n",
    )
    .unwrap();
    let path = translation.display().to_string();
    let out = german(&["check", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    // What is wrong is said in German too; the keys stay as the file has them.
    assert_eq!(
        lines[0],
        format!(
            "{path}:4:1: `cues` der Übung „Reach“ fehlt; bis dahin erscheint der Text der Routine selbst"
        ),
        "{stderr}"
    );
    assert!(lines[1].starts_with(&format!("{path}:7:1: `hold` wird nicht übersetzt")), "{stderr}");
    assert_eq!(lines[2], "unsit: 2 Fehler in 1 von 1 Datei");
    // Complete, it is valid; and `list` shows the routine in German.
    std::fs::write(
        &translation,
        "title = \"Meine\"\nsummary = \"Meine.\"\n[[phases]]\n[[phases.exercises]]\nname = \"Strecken\"\n\
         targets = [\"Latissimus\"]\ncues = [\"Streck dich nach oben.\"]\n",
    )
    .unwrap();
    let out = german(&["check", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{path}: in Ordnung: mine „Meine“, 0:40\n"));
    let out = german(&["list", "--ids"]);
    assert!(text(&out.stdout).lines().any(|l| l == "mine"), "a translation is not a routine of its own");
    let out = german(&["list"]);
    assert!(text(&out.stdout).contains("Meine"), "{}", text(&out.stdout));
}
