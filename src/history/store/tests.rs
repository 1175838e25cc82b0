use std::path::{Path, PathBuf};

use chrono::{Local, TimeZone};

use super::*;
use crate::history::{Answer, Origin};

fn local(text: &str) -> DateTime<Local> {
    Local.from_local_datetime(&text.parse().unwrap()).single().unwrap()
}

fn snooze(from: Origin) -> Event {
    Event::Answer { answer: Answer::Snooze, from, snooze_s: Some(600), sat_for_s: None }
}

fn read(path: &Path) -> Vec<Entry> {
    let reader = Reader::open(path).unwrap().expect("the file exists");
    let (entries, unread) = reader.entries(None).unwrap();
    assert_eq!(unread, 0);
    entries
}

fn file_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("data/unsit").join(super::super::FILE)
}

#[test]
fn events_are_kept_with_their_local_and_utc_time_in_a_wal_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(&dir);
    let mut store = Store::open(&path, local("2026-11-29T09:00:00"));
    assert!(store.problems().is_empty(), "{:?}", store.problems());
    let started = Event::Started { interval_s: 7200, off_hours: false };
    store.record(local("2026-11-29T09:00:00"), &started).unwrap();
    store.record(local("2026-11-29T11:00:05"), &snooze(Origin::Tray)).unwrap();

    let conn = Connection::open(&path).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, VERSION);
    let (utc, day): (String, String) = conn
        .query_row("SELECT at_utc, day FROM events WHERE id = 2", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!(utc, utc_text(&local("2026-11-29T11:00:05").with_timezone(&Utc)));
    assert_eq!(day, "2026-11-29");

    let entries = read(&path);
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].event, snooze(Origin::Tray));
    assert_eq!(entries[1].at, local("2026-11-29T11:00:05").fixed_offset());
    let json = entries[1].json();
    assert_eq!(json["kind"], "answer");
    assert_eq!(json["from"], "tray");
    assert_eq!(json["snooze_s"], 600);
    assert_eq!(json["utc"], utc);
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside_and_kept_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let garbage = b"these are my notes, not a database\n".repeat(200);
    std::fs::write(&path, &garbage).unwrap();
    let now = local("2026-11-29T11:17:40");
    let mut store = Store::open(&path, now);
    let aside = path.with_file_name("history.sqlite3.broken-20261129-111740");
    assert!(std::fs::read(&aside).unwrap() == garbage);
    assert_eq!(store.problems().len(), 1);
    let problem = &store.problems()[0];
    assert!(problem.contains("was not a database"), "{problem}");
    assert!(problem.contains(&aside.display().to_string()), "{problem}");
    store.record(now, &Event::Quit).unwrap();
    assert_eq!(read(&path).len(), 1);

    // Again: the name already taken, the next one gets a number. Said in the person's language.
    drop(store);
    std::fs::write(&path, &garbage).unwrap();
    let store = crate::lang::tests::speaking("es", || Store::open(&path, now));
    assert!(store.problems()[0].contains(" no era una base de datos ("), "{:?}", store.problems());
    drop(store);
    assert!(
        std::fs::read(aside.with_file_name("history.sqlite3.broken-20261129-111740-2")).unwrap() == garbage
    );
}

/// Overwrites the first page's b-tree (after the 100-byte file header): the schema is gone.
fn damage(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    for b in &mut bytes[100..400] {
        *b = 0xA5;
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_damaged_file_is_moved_aside_at_opening() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(&dir);
    let mut store = Store::open(&path, local("2026-11-29T09:00:00"));
    store.record(local("2026-11-29T09:00:00"), &Event::Quit).unwrap();
    drop(store);
    damage(&path);
    let damaged = std::fs::read(&path).unwrap();
    let store = Store::open(&path, local("2026-11-29T10:00:00"));
    assert!(store.problems()[0].contains("was damaged"), "{:?}", store.problems());
    let aside = path.with_file_name("history.sqlite3.broken-20261129-100000");
    assert!(std::fs::read(aside).unwrap() == damaged);
    assert!(read(&path).is_empty());
}

#[test]
fn a_file_damaged_while_running_is_moved_aside_and_the_event_goes_to_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(&dir);
    let mut store = Store::open(&path, local("2026-11-29T09:00:00"));
    store.record(local("2026-11-29T09:00:00"), &Event::Quit).unwrap();
    // Checkpoint and leave WAL, so that the damage is in the file the connection reads.
    let conn = store.conn.take().unwrap();
    conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0)).unwrap();
    drop(conn);
    store.conn = Some(Connection::open(&path).unwrap());
    damage(&path);
    store.record(local("2026-11-29T10:00:00"), &Event::Resumed).unwrap();
    assert!(path.with_file_name("history.sqlite3.broken-20261129-100000").exists());
    assert!(store.problems()[0].contains("was damaged"), "{:?}", store.problems());
    assert_eq!(read(&path).iter().map(|e| e.event.clone()).collect::<Vec<_>>(), [Event::Resumed]);
}

#[test]
fn a_newer_file_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let mut store = Store::open(&path, local("2026-11-29T09:00:00"));
    assert!(
        store.problems()[0].contains("written by a newer unsit (history version 99"),
        "{:?}",
        store.problems()
    );
    assert!(store.record(local("2026-11-29T09:00:00"), &Event::Quit).is_err());
    assert!(std::fs::read(&path).unwrap() == before, "the file changed");
    assert!(matches!(Reader::open(&path), Err(StoreError::Newer { found: 99, .. })));
}

#[test]
fn a_full_disk_loses_the_event_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(&dir);
    let mut store = Store::open(&path, local("2026-11-29T09:00:00"));
    store.record(local("2026-11-29T09:00:00"), &Event::Quit).unwrap();
    // SQLite's own "database or disk is full": no page may be added.
    let conn = store.conn.as_ref().unwrap();
    let pages: u32 = conn.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| r.get::<_, u32>(0)).unwrap();
    let big = Event::Paused { until: Some("x".repeat(64 * 1024)) };
    let e = store.record(local("2026-11-29T09:30:00"), &big).unwrap_err();
    assert!(e.to_string().contains("full"), "{e}");
    assert!(
        store.problems()[0].starts_with("events could not be saved (the first lost at 09:30)"),
        "{:?}",
        store.problems()
    );
    // Small events still fit, and go on being recorded.
    store.record(local("2026-11-29T09:31:00"), &Event::Resumed).unwrap();
    assert_eq!(read(&path).len(), 2);
}

#[test]
fn old_events_are_forgotten_when_asked_and_by_the_retention() {
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(&dir);
    let mut store = Store::open(&path, local("2026-01-01T09:00:00"));
    for day in 1..=9 {
        store.record(local(&format!("2026-01-0{day}T09:00:00")), &Event::Quit).unwrap();
    }
    assert_eq!(store.forget_before(NaiveDate::from_ymd_opt(2026, 1, 3).unwrap()).unwrap(), 2);
    assert_eq!(read(&path).len(), 7);
    store.keep(Some(3));
    store.record(local("2026-01-10T09:00:00"), &Event::Quit).unwrap();
    let days: Vec<String> = read(&path).iter().map(|e| e.at.format("%d").to_string()).collect();
    assert_eq!(days, ["07", "08", "09", "10"]);
}

/// The fixture: a history written by the first schema version, as its unsit wrote it.
const V1: &str = "tests/fixtures/history-v1.sqlite3";

fn write_v1(path: &Path) {
    let _ = std::fs::remove_file(path);
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(MIGRATIONS[0]).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    let rows = [
        (
            "2026-03-02T08:00:00Z",
            "2026-03-02T09:00:00+01:00",
            r#"{"kind":"started","interval_s":3600,"off_hours":false}"#,
        ),
        (
            "2026-03-02T09:00:00Z",
            "2026-03-02T10:00:00+01:00",
            r#"{"kind":"reminder","attempt":0,"sat_for_s":3600}"#,
        ),
        (
            "2026-03-02T09:01:00Z",
            "2026-03-02T10:01:00+01:00",
            r#"{"kind":"answer","answer":"start","from":"notification"}"#,
        ),
        (
            "2026-03-02T09:06:00Z",
            "2026-03-02T10:06:00+01:00",
            r#"{"kind":"session","routine":"desk-hips","short":false,"place":"desk","completed":6,"total":6,"reached":6,"done":true,"duration_s":300}"#,
        ),
        (
            "2026-03-03T08:00:00Z",
            "2026-03-03T09:00:00+01:00",
            r#"{"kind":"held","why":"inhibitor","by":"Impress","held_s":600}"#,
        ),
    ];
    for (utc, local, data) in rows {
        let kind =
            serde_json::from_str::<serde_json::Value>(data).unwrap()["kind"].as_str().unwrap().to_string();
        conn.execute(
            "INSERT INTO events (at_utc, at_local, kind, data) VALUES (?1, ?2, ?3, ?4)",
            params![utc, local, kind, data],
        )
        .unwrap();
    }
}

#[test]
fn a_first_version_file_is_read_as_it_is_and_brought_up_to_date_by_the_resident() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(V1);
    if std::env::var_os("UNSIT_BLESS").is_some() {
        write_v1(&fixture);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = file_in(&dir);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(&fixture, &path).unwrap();

    // A reader (an older resident still running) reads it without changing it.
    let before = std::fs::read(&path).unwrap();
    let old = read(&path);
    assert_eq!(old.len(), 5);
    let reader = Reader::open(&path).unwrap().unwrap();
    assert_eq!(reader.taken_per_day().unwrap(), [(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(), 1)]);
    drop(reader);
    assert!(std::fs::read(&path).unwrap() == before, "the file changed");

    let mut store = Store::open(&path, local("2026-03-04T09:00:00"));
    assert!(store.problems().is_empty(), "{:?}", store.problems());
    store.record(local("2026-03-04T09:00:00"), &Event::Quit).unwrap();
    let conn = Connection::open(&path).unwrap();
    let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, VERSION);
    let days: Vec<String> = conn
        .prepare("SELECT day FROM events ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(days, ["2026-03-02", "2026-03-02", "2026-03-02", "2026-03-02", "2026-03-03", "2026-03-04"]);
    let entries = read(&path);
    assert_eq!(entries[..5], old[..]);
    assert_eq!(
        entries[4].event,
        Event::Held { why: crate::scheduler::Quiet::Inhibitor { by: "Impress".into() }, held_s: 600 }
    );
    let reader = Reader::open(&path).unwrap().unwrap();
    let (from_march_3, _) = reader.entries(NaiveDate::from_ymd_opt(2026, 3, 3)).unwrap();
    assert_eq!(from_march_3.len(), 2);
}

/// `.cargo/config.toml` builds SQLite without what unsit never uses, which keeps the resident's
/// program text (all of it mapped) about 300 KB smaller. A clean clone must build it the same way.
#[test]
fn sqlite_is_built_without_the_parts_unsit_does_not_use() {
    let conn = Connection::open_in_memory().unwrap();
    for module in ["fts5", "fts4", "rtree", "dbstat"] {
        let error = conn
            .execute_batch(&format!("CREATE VIRTUAL TABLE t USING {module}(x)"))
            .expect_err(module)
            .to_string();
        assert!(error.contains("no such module"), "{module}: {error}");
    }
    let error = conn.query_row("SELECT date('now')", [], |r| r.get::<_, String>(0)).unwrap_err();
    assert!(error.to_string().contains("no such function"), "{error}");
    // What the history does use is there.
    let reached: i64 =
        conn.query_row("SELECT json_extract('{\"reached\":3}', '$.reached')", [], |r| r.get(0)).unwrap();
    assert_eq!(reached, 3);
}
