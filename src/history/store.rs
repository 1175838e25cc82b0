//! The history file: SQLite (bundled, so nothing is needed from the system), in WAL mode, so that
//! the CLI and the windows read while the resident writes. The resident is its only writer: one
//! small transaction per event, no timer, and nothing read at start beyond opening the file.
//!
//! With `synchronous = NORMAL` a committed event survives the resident being killed (it is in the
//! WAL, which the next opening replays); only a power cut may lose the last few.
//!
//! A file that is not a database, or whose pages are damaged, is never overwritten: it is renamed
//! aside (`history.sqlite3.broken-20261129-111740`, with its `-wal` and `-shm`), a new history
//! starts, and the problem is kept for `unsit status` and the log. A file made by a newer unsit
//! (a later `user_version`) is left alone and nothing is recorded. An event that cannot be written
//! (a read-only or full disk) is logged as lost; the resident carries on.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Local, NaiveDate, Utc};
use rusqlite::{params, Connection, ErrorCode, OpenFlags};

use super::{local_text, utc_text, Entry, Event};
use crate::t;

/// Each schema version's changes, applied in order, each in its own transaction; the file's
/// `PRAGMA user_version` says how many it has. Append only: a version once released never changes.
const MIGRATIONS: &[&str] = &[
    // 1: the first layout. `data` is the event as JSON (its kind and fields).
    "CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at_utc TEXT NOT NULL,
        at_local TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL
    );",
    // 2: each event's local day, indexed, so that a range of days is read or forgotten, and the
    // breaks of every day counted (the streak), without reading every event.
    "ALTER TABLE events ADD COLUMN day TEXT NOT NULL DEFAULT '';
     UPDATE events SET day = substr(at_local, 1, 10);
     CREATE INDEX events_by_day ON events(day);
     CREATE INDEX events_by_kind ON events(kind, day);",
];

/// The schema version this unsit writes.
pub const VERSION: u32 = MIGRATIONS.len() as u32;

/// How long a statement waits for another connection's lock (a reader checkpointing, `forget`).
const BUSY: Duration = Duration::from_secs(2);

#[derive(Debug)]
pub enum StoreError {
    Sqlite { path: String, error: rusqlite::Error },
    Newer { path: String, found: u32 },
    Folder { path: String, error: std::io::Error },
    Off(String),
}

impl std::error::Error for StoreError {}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Sqlite { path, error } => write!(f, "{path}: {error}"),
            StoreError::Newer { path, found } => {
                f.write_str(&t!("history-file-newer", path = path.as_str(), found = *found, known = VERSION))
            }
            StoreError::Folder { path, error } => {
                f.write_str(&t!("history-file-no-folder", path = path.as_str(), error = error.to_string()))
            }
            StoreError::Off(why) => f.write_str(&t!("history-file-off", problem = why.as_str())),
        }
    }
}

/// Whether an error says the file is not a database, or a damaged one.
fn broken(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt))
}

/// Opens (creating if missing) and brings the file up to [`VERSION`].
fn connect(path: &Path) -> Result<Connection, StoreError> {
    let failed = |error| StoreError::Sqlite { path: path.display().to_string(), error };
    let conn = Connection::open(path).map_err(failed)?;
    conn.busy_timeout(BUSY).map_err(failed)?;
    // Reading the header and the schema is what finds a file that is not a database, or a
    // damaged first page. A newer unsit's file is not touched at all, not even its journal mode.
    let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(failed)?;
    let _: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).map_err(failed)?;
    if found > VERSION {
        return Err(StoreError::Newer { path: path.display().to_string(), found });
    }
    let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)).map_err(failed)?;
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(failed)?;
    // A small page cache: the resident only appends.
    conn.pragma_update(None, "cache_size", -64).map_err(failed)?;
    migrate(conn, path, found)
}

fn migrate(mut conn: Connection, path: &Path, found: u32) -> Result<Connection, StoreError> {
    let failed = |error| StoreError::Sqlite { path: path.display().to_string(), error };
    for (done, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction().map_err(failed)?;
        tx.execute_batch(sql).map_err(failed)?;
        tx.pragma_update(None, "user_version", done as u32 + 1).map_err(failed)?;
        tx.commit().map_err(failed)?;
        if found > 0 {
            log::info!("history: {} brought to version {}", path.display(), done + 1);
        }
    }
    Ok(conn)
}

/// Renames the file (and its `-wal` and `-shm`) aside with the time in the name; returns the
/// new name. An existing name is never reused.
pub fn set_aside(path: &Path, now: DateTime<Local>) -> std::io::Result<PathBuf> {
    let name = path.file_name().map_or_else(|| super::FILE.into(), |n| n.to_string_lossy().into_owned());
    let stamp = now.format("%Y%m%d-%H%M%S");
    let mut aside = path.with_file_name(format!("{name}.broken-{stamp}"));
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = path.with_file_name(format!("{name}.broken-{stamp}-{n}"));
    }
    std::fs::rename(path, &aside)?;
    for side in ["-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{side}", path.display()));
        if from.exists() {
            std::fs::rename(&from, format!("{}{side}", aside.display()))?;
        }
    }
    Ok(aside)
}

/// Inserts one event (in whatever transaction is open).
fn insert_event(conn: &Connection, at: DateTime<Local>, event: &Event) -> rusqlite::Result<usize> {
    let data = serde_json::to_string(event).expect("an event serialises");
    conn.prepare_cached("INSERT INTO events (at_utc, at_local, day, kind, data) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![
            utc_text(&at.with_timezone(&Utc)),
            local_text(&at.fixed_offset()),
            at.date_naive().format("%Y-%m-%d").to_string(),
            event.kind(),
            data
        ])
}

/// The resident's writer.
pub struct Store {
    path: PathBuf,
    /// `None`: nothing is recorded (the file is a newer unsit's, or cannot be opened at all).
    conn: Option<Connection>,
    /// Keep this many days; `None`: everything.
    keep_days: Option<u32>,
    /// The local day of the last event recorded, to forget old events once a day.
    last_day: Option<NaiveDate>,
    /// What went wrong with the file, for `unsit status`.
    problems: Vec<String>,
    /// An event was lost (one problem says so, with the first one's time).
    lost_events: bool,
}

impl Store {
    /// Opens the history at `path`, creating its folder and file as needed. Never fails: a file
    /// that is not a database is set aside and a new one started; one that cannot be opened at
    /// all leaves the store off. Either way the problem is logged and kept for `problems`.
    pub fn open(path: &Path, now: DateTime<Local>) -> Store {
        let mut store = Store {
            path: path.to_path_buf(),
            conn: None,
            keep_days: None,
            last_day: None,
            problems: Vec::new(),
            lost_events: false,
        };
        if let Some(folder) = path.parent() {
            if let Err(error) = std::fs::create_dir_all(folder) {
                store.problem(StoreError::Folder { path: folder.display().to_string(), error }.to_string());
                return store;
            }
        }
        store.conn = store.connect_or_set_aside(now);
        store
    }

    fn connect_or_set_aside(&mut self, now: DateTime<Local>) -> Option<Connection> {
        match connect(&self.path) {
            Ok(conn) => Some(conn),
            Err(StoreError::Sqlite { error, .. }) if broken(&error) => {
                let why = match error.sqlite_error_code() {
                    Some(ErrorCode::NotADatabase) => "not-a-database",
                    _ => "damaged",
                };
                let (path, error) = (self.path.display().to_string(), error.to_string());
                match set_aside(&self.path, now) {
                    Ok(aside) => {
                        let aside = aside.display().to_string();
                        self.problem(t!(
                            "history-file-moved",
                            path = path,
                            why = why,
                            error = error,
                            aside = aside
                        ));
                        match connect(&self.path) {
                            Ok(conn) => Some(conn),
                            Err(e) => {
                                self.problem(t!("history-file-not-recorded", problem = e.to_string()));
                                None
                            }
                        }
                    }
                    Err(e) => {
                        let moving = e.to_string();
                        self.problem(t!(
                            "history-file-stuck",
                            path = path,
                            why = why,
                            error = error,
                            moving = moving
                        ));
                        None
                    }
                }
            }
            Err(e) => {
                self.problem(t!("history-file-not-recorded", problem = e.to_string()));
                None
            }
        }
    }

    fn problem(&mut self, text: String) {
        log::warn!("history: {text}");
        if !self.problems.contains(&text) {
            self.problems.push(text);
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What went wrong with the file since the resident started.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Keep only the last `days` days (checked once a day, with the day's first event); `None`
    /// keeps everything.
    pub fn keep(&mut self, days: Option<u32>) {
        if self.keep_days != days {
            self.keep_days = days;
            self.last_day = None;
        }
    }

    /// Records one event at `at`, in one transaction. A damaged file found now is set aside and
    /// the event goes to a new one; any other failure loses the event, which is logged.
    pub fn record(&mut self, at: DateTime<Local>, event: &Event) -> Result<(), StoreError> {
        let result = self.insert(at, event);
        let result = match result {
            Err(StoreError::Sqlite { error, .. }) if broken(&error) => {
                self.conn = None;
                self.conn = self.connect_or_set_aside(at);
                self.insert(at, event)
            }
            other => other,
        };
        if let Err(e) = &result {
            log::warn!("history: the event `{}` is lost: {e}", event.kind());
            if !self.lost_events {
                self.lost_events = true;
                let first = crate::words::clock(at);
                self.problems.push(t!("history-file-lost", first = first, problem = e.to_string()));
            }
        }
        result
    }

    fn insert(&mut self, at: DateTime<Local>, event: &Event) -> Result<(), StoreError> {
        let path = self.path.display().to_string();
        let Some(conn) = &self.conn else {
            return Err(StoreError::Off(self.problems.last().cloned().unwrap_or_default()));
        };
        let failed = |error| StoreError::Sqlite { path: path.clone(), error };
        let day = at.date_naive();
        insert_event(conn, at, event).map_err(failed)?;
        if self.last_day != Some(day) {
            self.last_day = Some(day);
            if let Some(keep) = self.keep_days {
                let before = day - chrono::Days::new(u64::from(keep));
                let gone = self.forget_before(before)?;
                if gone > 0 {
                    log::info!("history: {gone} events from before {before} forgotten (kept {keep} days)");
                }
            }
        }
        Ok(())
    }

    /// Records many events in one transaction (a made-up history, an import).
    pub fn record_all(&mut self, events: &[(DateTime<Local>, Event)]) -> Result<(), StoreError> {
        let path = self.path.display().to_string();
        let Some(conn) = &mut self.conn else {
            return Err(StoreError::Off(self.problems.last().cloned().unwrap_or_default()));
        };
        let failed = |error| StoreError::Sqlite { path: path.clone(), error };
        let tx = conn.transaction().map_err(failed)?;
        for (at, event) in events {
            insert_event(&tx, *at, event).map_err(failed)?;
        }
        tx.commit().map_err(failed)
    }

    /// Deletes every event from before `day` (local); returns how many.
    pub fn forget_before(&mut self, day: NaiveDate) -> Result<usize, StoreError> {
        let path = self.path.display().to_string();
        let Some(conn) = &self.conn else {
            return Err(StoreError::Off(self.problems.last().cloned().unwrap_or_default()));
        };
        conn.execute("DELETE FROM events WHERE day < ?1", [day.format("%Y-%m-%d").to_string()])
            .map_err(|error| StoreError::Sqlite { path, error })
    }
}

/// A reader: the CLI and the windows. Opens the file read-only and never changes it; while the
/// resident writes, it reads the last committed state.
pub struct Reader {
    conn: Connection,
    path: PathBuf,
    version: u32,
}

impl Reader {
    /// `None` when there is no history file yet.
    pub fn open(path: &Path) -> Result<Option<Reader>, StoreError> {
        if !path.exists() {
            return Ok(None);
        }
        let failed = |error| StoreError::Sqlite { path: path.display().to_string(), error };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(failed)?;
        conn.busy_timeout(BUSY).map_err(failed)?;
        let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(failed)?;
        if version > VERSION {
            return Err(StoreError::Newer { path: path.display().to_string(), found: version });
        }
        Ok(Some(Reader { conn, path: path.to_path_buf(), version }))
    }

    fn failed(&self, error: rusqlite::Error) -> StoreError {
        StoreError::Sqlite { path: self.path.display().to_string(), error }
    }

    /// The local day of an event: a column from version 2, the start of its local time before.
    fn day(&self) -> &'static str {
        if self.version >= 2 {
            "day"
        } else {
            "substr(at_local, 1, 10)"
        }
    }

    /// Every event from `from` (a local day) on, or all of them, oldest first. Events this unsit
    /// cannot read (a later kind) are left out and counted in the second value.
    pub fn entries(&self, from: Option<NaiveDate>) -> Result<(Vec<Entry>, usize), StoreError> {
        if self.version == 0 {
            return Ok((Vec::new(), 0));
        }
        let from = from.map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string());
        let sql = format!("SELECT id, at_local, data FROM events WHERE {} >= ?1 ORDER BY id", self.day());
        let mut statement = self.conn.prepare(&sql).map_err(|e| self.failed(e))?;
        let rows = statement
            .query_map([from], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))
            .map_err(|e| self.failed(e))?;
        let mut entries = Vec::new();
        let mut unread = 0;
        for row in rows {
            let (id, at, data) = row.map_err(|e| self.failed(e))?;
            match (DateTime::parse_from_rfc3339(&at), serde_json::from_str::<Event>(&data)) {
                (Ok(at), Ok(event)) => entries.push(Entry { id, at, event }),
                _ => unread += 1,
            }
        }
        Ok((entries, unread))
    }

    /// The breaks taken on every day that has any, oldest first: for the streak.
    pub fn taken_per_day(&self) -> Result<Vec<(NaiveDate, u32)>, StoreError> {
        if self.version == 0 {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {day}, count(*) FROM events WHERE kind = 'session' \
             AND json_extract(data, '$.reached') > 0 GROUP BY {day} ORDER BY {day}",
            day = self.day()
        );
        let mut statement = self.conn.prepare(&sql).map_err(|e| self.failed(e))?;
        let rows = statement
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))
            .map_err(|e| self.failed(e))?;
        let mut days = Vec::new();
        for row in rows {
            let (day, n) = row.map_err(|e| self.failed(e))?;
            if let Ok(day) = NaiveDate::parse_from_str(&day, "%Y-%m-%d") {
                days.push((day, n));
            }
        }
        Ok(days)
    }

    /// How many events are from before `day` (local).
    pub fn count_before(&self, day: NaiveDate) -> Result<u64, StoreError> {
        if self.version == 0 {
            return Ok(0);
        }
        let sql = format!("SELECT count(*) FROM events WHERE {} < ?1", self.day());
        let n: i64 = self
            .conn
            .query_row(&sql, [day.format("%Y-%m-%d").to_string()], |r| r.get(0))
            .map_err(|e| self.failed(e))?;
        Ok(n.max(0) as u64)
    }

    /// Whether any event is recorded.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        if self.version == 0 {
            return Ok(true);
        }
        let any: Option<i64> = self
            .conn
            .query_row("SELECT max(id) FROM events", [], |r| r.get(0))
            .map_err(|e| self.failed(e))?;
        Ok(any.is_none())
    }
}

#[cfg(test)]
mod tests;
