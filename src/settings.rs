//! The settings file, `$XDG_CONFIG_HOME/unsit/settings.toml`: the scheduler's configuration and the
//! session window's sound.
//!
//! Reading degrades, never aborts: a value that is wrong is reported (file, line, column, what was
//! expected) and replaced by its default; a file that does not parse at all gives the defaults.
//! Writing ([`save`]) changes one key and keeps the rest of the file as the person wrote it; it
//! never touches a file that does not parse.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::duration::{self, Human};
use crate::hours::{Range, WorkingHours, DAYS};
use crate::routine::line_col;
use crate::scheduler::{
    Config, IDLE_RESET_MAX, IDLE_RESET_MIN, INTERVAL_MAX, INTERVAL_MIN, SNOOZE_MAX, SNOOZE_MIN,
};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    interval: Option<Spanned<String>>,
    idle_reset: Option<Spanned<String>>,
    snooze: Option<Spanned<String>>,
    sound: Option<bool>,
    routine: Option<Spanned<String>>,
    autostart: Option<bool>,
    working_hours: Option<RawHours>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    mon: Option<Vec<Spanned<String>>>,
    tue: Option<Vec<Spanned<String>>>,
    wed: Option<Vec<Spanned<String>>>,
    thu: Option<Vec<Spanned<String>>>,
    fri: Option<Vec<Spanned<String>>>,
    sat: Option<Vec<Spanned<String>>>,
    sun: Option<Vec<Spanned<String>>>,
}

/// Everything the settings file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub config: Config,
    /// Whether the session window plays its sounds.
    pub sound: bool,
    /// The routine breaks use: one, or each in turn.
    pub routine: RoutineChoice,
    /// Whether unsit starts with the desktop session.
    pub autostart: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            config: Config::default(),
            sound: true,
            routine: RoutineChoice::Routine(crate::routine::DEFAULT_ID.into()),
            autostart: false,
        }
    }
}

/// `routine = "ID"` or `routine = "rotate"` in the settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoutineChoice {
    Routine(String),
    /// Each break takes the next routine of the library, in turn.
    Rotate,
}

impl RoutineChoice {
    pub fn parse(text: &str) -> RoutineChoice {
        match text {
            "rotate" => RoutineChoice::Rotate,
            id => RoutineChoice::Routine(id.to_string()),
        }
    }
}

impl std::fmt::Display for RoutineChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RoutineChoice::Routine(id) => f.write_str(id),
            RoutineChoice::Rotate => f.write_str("rotate"),
        }
    }
}

/// A problem in the settings file, located, with what was done about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub origin: String,
    pub at: Option<(usize, usize)>,
    pub message: String,
    /// The whole file was set aside (it does not parse, or cannot be read as text).
    pub file_ignored: bool,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.at {
            Some((l, c)) => write!(f, "{}:{l}:{c}: {}", self.origin, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

/// The settings from the text of a settings file, and every problem found.
pub fn from_toml(text: &str, origin: &str) -> (Settings, Vec<Warning>) {
    let mut settings = Settings::default();
    let config = &mut settings.config;
    let mut warnings = Vec::new();
    let warn = |at: Option<std::ops::Range<usize>>, message: String| Warning {
        origin: origin.to_string(),
        at: at.map(|s| line_col(text, s.start)),
        message,
        file_ignored: false,
    };
    let raw: Raw = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let message = format!("{}; using the default settings", e.message().trim_end());
            warnings.push(Warning { file_ignored: true, ..warn(e.span(), message) });
            return (settings, warnings);
        }
    };
    let mut duration =
        |value: &Option<Spanned<String>>, name: &str, range: (Duration, Duration), field: &mut Duration| {
            let Some(value) = value else { return };
            let default = *field;
            match duration::parse(value.get_ref()) {
                Ok(d) if (range.0..=range.1).contains(&d) => *field = d,
                Ok(d) => warnings.push(warn(
                    Some(value.span()),
                    format!(
                        "{name} must be between {} and {}, not {}; using the default ({})",
                        Human(range.0),
                        Human(range.1),
                        Human(d),
                        Human(default)
                    ),
                )),
                Err(e) => warnings.push(warn(
                    Some(value.span()),
                    format!("{name}: {e}; using the default ({})", Human(default)),
                )),
            }
        };
    duration(&raw.interval, "interval", (INTERVAL_MIN, INTERVAL_MAX), &mut config.interval);
    duration(&raw.idle_reset, "idle_reset", (IDLE_RESET_MIN, IDLE_RESET_MAX), &mut config.idle_reset);
    duration(&raw.snooze, "snooze", (SNOOZE_MIN, SNOOZE_MAX), &mut config.snooze);
    if let Some(h) = raw.working_hours {
        let mut hours = WorkingHours::default();
        let lists = [h.mon, h.tue, h.wed, h.thu, h.fri, h.sat, h.sun];
        for (day, list) in lists.into_iter().enumerate() {
            for range in list.into_iter().flatten() {
                match range.get_ref().parse::<Range>() {
                    Ok(r) => hours.days[day].push(r),
                    Err(e) => warnings.push(warn(
                        Some(range.span()),
                        format!("working_hours.{}: {e}; this range is left out", DAYS[day]),
                    )),
                }
            }
        }
        config.working_hours = Some(hours);
    }
    if let Some(sound) = raw.sound {
        settings.sound = sound;
    }
    if let Some(autostart) = raw.autostart {
        settings.autostart = autostart;
    }
    if let Some(routine) = raw.routine {
        settings.routine = RoutineChoice::parse(routine.get_ref());
        if let RoutineChoice::Routine(id) = &settings.routine {
            // Only whether it exists: the resident reports broken routine files when it loads them.
            let (library, _) = crate::routine::Library::load(crate::routine::user_dir().as_deref());
            if library.get(id).is_none() {
                let default = crate::routine::DEFAULT_ID;
                warnings.push(warn(
                    Some(routine.span()),
                    format!(
                        "there is no routine `{id}` (`unsit routines list` shows them, or write \"rotate\"); \
                         using `{default}`"
                    ),
                ));
                settings.routine = RoutineChoice::Routine(default.into());
            }
        }
    }
    (settings, warnings)
}

/// unsit's configuration directory: `$XDG_CONFIG_HOME/unsit`, or `~/.config/unsit`.
pub fn config_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".config")))?;
    Some(base.join("unsit"))
}

/// Where the settings file is: `$XDG_CONFIG_HOME/unsit/settings.toml`, or under `~/.config`.
pub fn path() -> Option<PathBuf> {
    Some(config_dir()?.join("settings.toml"))
}

/// Reads the settings file if there is one. A missing file is the defaults, silently.
pub fn load(path: &Path) -> (Settings, Vec<Warning>) {
    let origin = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => from_toml(&text, &origin),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(&e.into_bytes()[..at]).into_owned();
                let warning = Warning {
                    origin,
                    at: Some(line_col(&text, at)),
                    message: "the file is not UTF-8 text; using the default settings".into(),
                    file_ignored: true,
                };
                (Settings::default(), vec![warning])
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), Vec::new()),
        Err(e) => {
            let warning = Warning {
                origin,
                at: None,
                message: format!("cannot read it ({e}); using the default settings"),
                file_ignored: false,
            };
            (Settings::default(), vec![warning])
        }
    }
}

/// The settings at [`path`], or the defaults (with the problems found, to log).
pub fn current() -> (Settings, Vec<Warning>) {
    match path() {
        Some(path) => load(&path),
        None => (Settings::default(), Vec::new()),
    }
}

/// Copies a settings file that could not be used to `settings.toml.broken-YYYYMMDD-HHMMSS` beside
/// it, so that nothing in it is lost whatever happens to the file later. The file itself is left
/// as it is. Returns the copy's path.
pub fn keep_aside(path: &Path, now: chrono::DateTime<chrono::Local>) -> std::io::Result<PathBuf> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("settings.toml");
    let copy = path.with_file_name(format!("{name}.broken-{}", now.format("%Y%m%d-%H%M%S")));
    std::fs::copy(path, &copy)?;
    Ok(copy)
}

/// Sets `key` to `value` in the settings file at `path` and writes it atomically (a temporary
/// file beside it, then a rename), keeping every other line, comment and value as it was. A
/// missing file is created. A file that does not parse is left alone, and the error says where.
pub fn save(path: &Path, key: &str, value: impl Into<toml_edit::Value>) -> Result<(), String> {
    save_item(path, key, toml_edit::value(value))
}

/// Like [`save`], for any item: a table, or `Item::None` to remove the key.
pub fn save_item(path: &Path, key: &str, item: toml_edit::Item) -> Result<(), String> {
    let shown = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("cannot read {shown} ({e}); the setting was not saved")),
    };
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        let at = e.span().map(|s| line_col(&text, s.start));
        let at = at.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default();
        format!("{shown}{at}: {}; fix the file first, the setting was not saved", e.message().trim_end())
    })?;
    if item.is_none() {
        doc.remove(key);
    } else {
        doc[key] = item;
    }
    crate::data::write_atomically(path, &doc.to_string())
        .map_err(|e| format!("cannot write {shown} ({e}); the setting was not saved"))
}

/// Working hours as the settings file holds them: a `[working_hours]` table with the days that
/// have ranges; `None` (no working hours) removes the table.
pub fn working_hours_item(hours: Option<&WorkingHours>) -> toml_edit::Item {
    let Some(hours) = hours else { return toml_edit::Item::None };
    let mut table = toml_edit::Table::new();
    for (day, ranges) in DAYS.iter().zip(&hours.days) {
        if !ranges.is_empty() {
            let list: toml_edit::Array = ranges.iter().map(Range::to_string).collect();
            table[day] = toml_edit::value(list);
        }
    }
    toml_edit::Item::Table(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mins(n: u64) -> Duration {
        Duration::from_secs(n * 60)
    }

    #[test]
    fn reads_every_setting() {
        let text = "interval = \"90m\"\nidle_reset = \"3m\"\nsnooze = \"15m\"\n\n[working_hours]\nmon = [\"09:00-12:00\", \"13:00-17:30\"]\nsat = [\"22:00-02:00\"]\n";
        let (Settings { config, sound, .. }, warnings) =
            from_toml(&format!("sound = false\n{text}"), "settings.toml");
        assert_eq!(warnings, []);
        assert!(!sound);
        assert_eq!((config.interval, config.idle_reset, config.snooze), (mins(90), mins(3), mins(15)));
        let hours = config.working_hours.unwrap();
        assert_eq!(hours.days[0].len(), 2);
        assert_eq!(hours.days[5][0].to_string(), "22:00-02:00");
        assert!(hours.days[1].is_empty());
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        assert_eq!(from_toml("", "s.toml"), (Settings::default(), vec![]));
        assert!(Settings::default().sound);
    }

    #[test]
    fn out_of_range_values_are_refused_with_the_range_and_the_rest_is_kept() {
        let (Settings { config, .. }, warnings) = from_toml("interval = \"0m\"\nsnooze = \"5m\"\n", "s.toml");
        assert_eq!(config.snooze, mins(5));
        assert_eq!(config.interval, Config::default().interval);
        assert_eq!(
            warnings[0].to_string(),
            "s.toml:1:12: interval must be between 10 min and 8 h, not 0 s; using the default (2 h)"
        );
        let (_, warnings) = from_toml("interval = \"10000m\"\n", "s.toml");
        assert!(warnings[0].message.starts_with("interval must be between 10 min and 8 h, not 166 h 40 min"));
    }

    #[test]
    fn bad_values_are_located() {
        let (_, w) = from_toml("snooze = \"10\"\n", "s.toml");
        assert_eq!(w[0].to_string(), "s.toml:1:10: snooze: `10` has no unit; write 10m for minutes or 10s for seconds; using the default (10 min)");
        let (Settings { config, .. }, w) =
            from_toml("[working_hours]\ntue = [\"9-5\", \"10:00-11:00\"]\n", "s.toml");
        assert_eq!(w[0].at, Some((2, 8)));
        assert!(w[0].message.starts_with("working_hours.tue: `9-5` is not a time range"), "{}", w[0]);
        assert_eq!(config.working_hours.unwrap().days[1].len(), 1, "the good range is kept");
    }

    #[test]
    fn a_file_that_does_not_parse_gives_the_defaults_and_says_where() {
        let (settings, w) = from_toml("interval = \"2h\"\nsnoze = \"5m\"\n", "s.toml");
        assert_eq!(settings, Settings::default());
        assert_eq!(w[0].at, Some((2, 1)));
        assert!(w[0].message.contains("unknown field `snoze`"), "{}", w[0]);
        let (_, w) = from_toml("interval = \n", "s.toml");
        assert_eq!(w[0].at.map(|a| a.0), Some(1));
    }

    #[test]
    fn files_that_are_missing_or_not_text() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(&dir.path().join("none.toml")), (Settings::default(), vec![]));
        let path = dir.path().join("bin.toml");
        std::fs::write(&path, b"interval = \"2h\"\n\xff\xfe").unwrap();
        let (_, w) = load(&path);
        assert_eq!(w[0].at, Some((2, 1)));
        assert!(w[0].message.starts_with("the file is not UTF-8"));
    }

    #[test]
    fn save_changes_one_key_and_keeps_the_rest_of_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("unsit/settings.toml");
        save(&path, "sound", false).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "sound = false\n");
        let written = "# my settings\ninterval = \"90m\"  # long days\nsound = false\n\n[working_hours]\nmon = [\"09:00-17:00\"]\n";
        std::fs::write(&path, written).unwrap();
        save(&path, "sound", true).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text, written.replace("sound = false", "sound = true"));
        assert!(load(&path).0.sound);
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn working_hours_are_saved_as_a_table_and_removed_when_off() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, "interval = \"90m\"\n").unwrap();
        let mut hours = WorkingHours::default();
        hours.days[0] = crate::hours::parse_day("09:00-12:00, 13:00-17:30").unwrap();
        hours.days[4] = crate::hours::parse_day("22:00-02:00").unwrap();
        save_item(&path, "working_hours", working_hours_item(Some(&hours))).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            "interval = \"90m\"\n\n[working_hours]\nmon = [\"09:00-12:00\", \"13:00-17:30\"]\nfri = [\"22:00-02:00\"]\n"
        );
        assert_eq!(load(&path).0.config.working_hours, Some(hours));
        save_item(&path, "working_hours", working_hours_item(None)).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "interval = \"90m\"\n");
    }

    #[test]
    fn save_leaves_a_broken_file_alone_and_says_where_it_is_broken() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, "interval = \"2h\"\nsound = \n").unwrap();
        let error = save(&path, "sound", false).unwrap_err();
        assert!(error.starts_with(&format!("{}:2:", path.display())), "{error}");
        assert!(error.ends_with("fix the file first, the setting was not saved"), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "interval = \"2h\"\nsound = \n");
    }

    #[test]
    fn routine_and_autostart_are_read_and_an_unknown_routine_is_refused() {
        let (settings, w) = from_toml("routine = \"rotate\"\nautostart = true\n", "s.toml");
        assert_eq!((settings.routine, settings.autostart, w.len()), (RoutineChoice::Rotate, true, 0));
        let (settings, _) = from_toml("routine = \"desk-hips\"\n", "s.toml");
        assert_eq!(settings.routine, RoutineChoice::Routine("desk-hips".into()));
        let (settings, w) = from_toml("routine = \"deskhips\"\n", "s.toml");
        assert_eq!(settings.routine, RoutineChoice::Routine("anti-desk".into()));
        assert_eq!(w[0].at, Some((1, 11)));
        assert!(w[0].message.starts_with("there is no routine `deskhips`"), "{}", w[0]);
        assert!(!w[0].file_ignored);
    }

    #[test]
    fn a_broken_file_is_kept_aside_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, "interval = [\n").unwrap();
        let (settings, w) = load(&path);
        assert_eq!(settings, Settings::default());
        assert!(w[0].file_ignored);
        let now = chrono::Local::now();
        let copy = keep_aside(&path, now).unwrap();
        assert_eq!(
            copy.file_name().unwrap().to_str().unwrap(),
            format!("settings.toml.broken-{}", now.format("%Y%m%d-%H%M%S"))
        );
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), "interval = [\n");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "interval = [\n", "the file itself is untouched");
    }
}
