//! The history file with the real resident: killed mid-burst, a file that is not a database, a
//! first-version file, and `unsit history` reading while the resident writes.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::support::{repo_root, wait_for, Desktop};

fn unsit() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_unsit"))
}

fn file(desk: &Desktop) -> PathBuf {
    desk.home.path().join("data/unsit/history.sqlite3")
}

fn text(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

fn events(path: &Path) -> i64 {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.query_row("SELECT count(*) FROM events", [], |r| r.get(0)).unwrap()
}

fn history_json(desk: &Desktop) -> Vec<serde_json::Value> {
    let out = desk.run(unsit(), &["history", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    serde_json::from_slice(&out.stdout).expect("history --json is a JSON array")
}

#[zbus::proxy(
    interface = "io.github.unsit.Control1",
    default_service = "io.github.unsit.Unsit",
    default_path = "/io/github/unsit/Unsit"
)]
trait Control {
    fn pause(&self, length: &str) -> zbus::Result<String>;
    fn resume(&self) -> zbus::Result<String>;
}

#[test]
fn killed_in_a_burst_of_events_it_loses_none_that_was_answered() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let path = file(&desk);
    let mut recorded = 0;
    for round in 0..20u64 {
        let mut resident = desk.start_resident(unsit(), &[]);
        wait_for("the resident", Duration::from_secs(10), || desk.status(unsit()));
        // The resident's start is an event too.
        recorded += 1;
        // 200 commands, each recording one event (pause, resume, pause, …); the resident is
        // killed after a different number of answers each round, while the next is on its way.
        let answered = Arc::new(AtomicUsize::new(0));
        let burst = {
            let (answered, bus) = (answered.clone(), desk.bus());
            std::thread::spawn(move || {
                let control = ControlProxyBlocking::new(&bus).unwrap();
                for i in 0..200 {
                    let asked = if i % 2 == 0 { control.pause("") } else { control.resume() };
                    if asked.is_err() {
                        break;
                    }
                    answered.fetch_add(1, Ordering::SeqCst);
                }
            })
        };
        let kill_at = ((round * 7919 + 13) % 190) as usize + 5;
        wait_for("answers before the kill", Duration::from_secs(20), || {
            (answered.load(Ordering::SeqCst) >= kill_at).then_some(())
        });
        resident.child.kill().unwrap(); // SIGKILL
        resident.child.wait().unwrap();
        burst.join().unwrap();
        let answered = answered.load(Ordering::SeqCst) as i64;

        let conn = rusqlite::Connection::open(&path).unwrap();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "round {round}");
        drop(conn);
        let found = events(&path);
        // Every answered command's event is there; the one in flight at the kill may be too.
        assert!(
            found == recorded + answered || found == recorded + answered + 1,
            "round {round}: {found} events, expected {recorded} + {answered} answered (+1 in flight)"
        );
        recorded = found;
    }
}

#[test]
fn a_history_file_that_is_not_a_database_is_set_aside_and_a_new_one_started() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let path = file(&desk);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mine = b"my own notes, in the wrong place\n".repeat(100);
    std::fs::write(&path, &mine).unwrap();
    let resident = desk.start_resident(unsit(), &[]);
    let status = wait_for("the resident", Duration::from_secs(10), || desk.status(unsit()));
    let problem = status["history_problems"][0].as_str().unwrap().to_string();
    assert!(problem.contains("was not a database"), "{problem}");
    let aside = problem.split("moved to ").nth(1).and_then(|s| s.split(" and a new").next()).unwrap();
    assert!(aside.contains("history.sqlite3.broken-"), "{problem}");
    assert!(std::fs::read(aside).unwrap() == mine, "the file set aside is the file as it was");
    assert!(resident.log().contains(&format!("history: {problem}")), "{}", resident.log());
    let out = desk.run(unsit(), &["status"]);
    assert!(text(&out).contains(&format!("\nhistory: {problem}")), "{}", text(&out));

    // The new history records from the start.
    assert!(desk.run(unsit(), &["pause"]).status.success());
    let kinds: Vec<String> =
        history_json(&desk).iter().map(|e| e["kind"].as_str().unwrap().to_string()).collect();
    assert_eq!(kinds, ["started", "paused"]);
}

#[test]
fn a_first_version_history_is_brought_up_to_date_and_kept() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let path = file(&desk);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(repo_root().join("tests/fixtures/history-v1.sqlite3"), &path).unwrap();
    let _resident = desk.start_resident(unsit(), &[]);
    let status = wait_for("the resident", Duration::from_secs(10), || desk.status(unsit()));
    assert_eq!(status["history_problems"], serde_json::json!([]));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, unsit::history::store::VERSION);
    let all = history_json(&desk);
    assert_eq!(all.len(), 6, "{all:?}");
    assert_eq!(all[3]["routine"], "desk-hips");
    assert_eq!(all[4]["by"], "Impress");
    assert_eq!(all[5]["kind"], "started");
}

#[test]
fn the_history_is_read_while_the_resident_writes_and_forgotten_only_through_it() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let out = desk.run(unsit(), &["history"]);
    assert!(text(&out).starts_with("No history yet"), "{}", text(&out));

    let resident = desk.start_resident(unsit(), &[]);
    wait_for("the resident", Duration::from_secs(10), || desk.status(unsit()));
    for command in [&["pause", "30m"][..], &["resume"], &["pause"], &["resume"]] {
        assert!(desk.run(unsit(), command).status.success());
    }
    let out = desk.run(unsit(), &["history", "--days", "3"]);
    let table = text(&out);
    assert!(out.status.success(), "{table}");
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("Day "), "{table}");
    assert_eq!(lines.len(), 1 + 3 + 2, "{table}");
    assert!(lines[4].starts_with("No streak yet: a day with 3 breaks starts one"), "{table}");

    let csv = text(&desk.run(unsit(), &["history", "--csv"]));
    assert_eq!(csv.lines().count(), 1 + 5, "{csv}");
    assert!(csv.lines().nth(2).unwrap().contains(",paused,"), "{csv}");

    // Forgetting asks first; "n" keeps everything.
    let tomorrow = (chrono::Local::now() + chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    // `unsit history --forget-before tomorrow` in `lang`, answered with `answer`.
    let forget = |lang: &str, answer: &[u8]| {
        let mut asked = desk
            .command(unsit())
            .env("LANG", lang)
            .args(["history", "--forget-before", &tomorrow])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write as _;
        asked.stdin.take().unwrap().write_all(answer).unwrap();
        asked.wait_with_output().unwrap()
    };
    let out = forget("C.UTF-8", b"n\n");
    assert!(text(&out).contains(&format!("Forget 5 events from before {tomorrow}?")), "{}", text(&out));
    assert!(text(&out).ends_with("Nothing forgotten.\n"), "{}", text(&out));
    assert_eq!(history_json(&desk).len(), 5);

    // Only the resident writes: with none running, forgetting is refused and nothing changes.
    drop(resident);
    let out = desk.run(unsit(), &["history", "--forget-before", &tomorrow, "--yes"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(text(&out).contains("only the running unsit changes the history"), "{}", text(&out));
    assert_eq!(history_json(&desk).len(), 5);

    let _resident = desk.start_resident(unsit(), &[]);
    wait_for("the resident", Duration::from_secs(10), || desk.status(unsit()));
    // Asked in German, "j" (ja) is yes; the resident answers in its own language.
    let said = text(&forget("de_DE.UTF-8", b"j\n"));
    assert!(said.starts_with(&format!("6 Ereignisse vor dem {tomorrow} vergessen? ")), "{said}");
    assert!(said.ends_with(&format!("Forgot 6 events from before {tomorrow}\n")), "{said}");
    assert_eq!(history_json(&desk).len(), 0);
    let out = desk.run(unsit(), &["history", "--forget-before", &tomorrow, "--yes"]);
    assert_eq!(text(&out), format!("Nothing to forget: no event is older than {tomorrow}.\n"));
    let out = desk.run(unsit(), &["history", "--forget-before", "2020-13-01"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}
