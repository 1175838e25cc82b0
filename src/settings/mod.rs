//! The settings file, `$XDG_CONFIG_HOME/unsit/settings.toml`, read and written as the list of
//! settings ([`LIST`], in `list.rs`) says.
//!
//! Reading degrades, never aborts: a value that is wrong is reported (file, line, column, what was
//! expected) and replaced by its default; a file that does not parse at all gives the defaults.
//! Writing ([`save`]) changes one key and keeps the rest of the file as the person wrote it; it
//! never touches a file that does not parse.

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};
use toml::Spanned;

mod list;

pub use list::{
    equipment_text, find, parse_equipment, parse_place, Count, Holds, Invalid, Kind, RoutineChoice, Setting,
    Settings, Value, HOME_EQUIPMENT, KEEP_HISTORY, LIST, STREAK_GOAL,
};

use crate::duration::Human;
use crate::hours::{WorkingHours, DAYS};
use crate::routine::{line_col, Library, DEFAULT_ID};
use crate::t;

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

/// Why a setting could not be saved. The change still holds until unsit quits.
#[derive(Debug)]
pub enum SaveError {
    Read { path: String, error: std::io::Error },
    Broken { path: String, at: String, message: String },
    Write { path: String, error: std::io::Error },
}

impl std::error::Error for SaveError {}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            SaveError::Read { path, error } => {
                t!("settings-save-unreadable", path = path.as_str(), error = error.to_string())
            }
            SaveError::Broken { path, at, message } => {
                t!("settings-save-broken", place = format!("{path}{at}"), problem = message.as_str())
            }
            SaveError::Write { path, error } => {
                t!("settings-save-unwritable", path = path.as_str(), error = error.to_string())
            }
        })
    }
}

/// The settings from the text of a settings file, and every problem found. A routine named in it
/// is looked up in `routines`. No I/O.
pub fn from_toml(text: &str, origin: &str, routines: &Library) -> (Settings, Vec<Warning>) {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    let warn = |at: Option<Range<usize>>, message: String| Warning {
        origin: origin.to_string(),
        at: at.map(|s| line_col(text, s.start)),
        message,
        file_ignored: false,
    };
    let ignored = |at: Option<Range<usize>>, message: &str| {
        let message = t!("settings-file-ignored", problem = message);
        vec![Warning { file_ignored: true, ..warn(at, message) }]
    };
    let root = match DeTable::parse(text) {
        Ok(root) => root.into_inner(),
        Err(e) => return (settings, ignored(e.span(), e.message().trim_end())),
    };
    // A key unsit does not know is most likely a typo of one it does: rather than guess, the file
    // is kept aside whole, as one that does not parse.
    if let Some((key, _)) = root.iter().find(|(k, _)| find(k.get_ref()).is_err()) {
        let expected = LIST.iter().map(|s| format!("`{}`", s.key)).collect::<Vec<_>>().join(", ");
        let keys: Vec<&str> = LIST.iter().map(|s| s.key).collect();
        let message = match crate::routine::nearest(key.get_ref(), &keys) {
            Some(near) => t!("settings-file-unknown-near", key = key.get_ref().as_ref(), near = near),
            None => t!("settings-file-unknown", key = key.get_ref().as_ref(), keys = expected),
        };
        return (settings, ignored(Some(key.span()), &message));
    }
    for setting in LIST {
        let Some((_, item)) = root.iter().find(|(k, _)| k.get_ref() == setting.key) else { continue };
        let default = settings.get(setting.key);
        let shown = |value: &Value| match value {
            Value::Duration(d) => Human(*d).to_string(),
            other => setting.text(other),
        };
        let read = read_value(setting, item, text, origin, &mut warnings)
            .and_then(|value| setting.check(value, routines).map_err(|e| (item.span(), e.to_string())));
        match read {
            Ok(value) => settings.set(setting.key, value),
            Err((at, message)) => {
                let message = match setting.kind {
                    Kind::Routine => t!("settings-file-using-routine", problem = message, id = DEFAULT_ID),
                    _ => t!("settings-file-using-default", problem = message, default = shown(&default)),
                };
                warnings.push(warn(Some(at), message));
            }
        }
    }
    (settings, warnings)
}

/// A setting's value as the file holds it; a range of working hours that does not read is left
/// out (with a warning), the rest of the table is kept.
fn read_value(
    setting: &Setting,
    item: &Spanned<DeValue<'_>>,
    text: &str,
    origin: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Value, (Range<usize>, String)> {
    let span = item.span();
    let wrong = |expected: String| {
        Err((span.clone(), t!("settings-file-must-be", key = setting.key, expected = expected)))
    };
    match (setting.kind, item.get_ref()) {
        (Kind::Duration(_), DeValue::String(s)) => crate::duration::parse(s)
            .map(Value::Duration)
            .map_err(|e| (span.clone(), format!("{}: {e}", setting.key))),
        (Kind::Duration(_), _) => wrong(t!("settings-file-a-duration")),
        (Kind::Bool, DeValue::Boolean(on)) => Ok(Value::Bool(*on)),
        (Kind::Bool, _) => wrong(t!("read-true-or-false")),
        (Kind::Routine, DeValue::String(s)) => Ok(Value::Routine(RoutineChoice::parse(s))),
        (Kind::Routine, _) => wrong(t!("settings-file-a-routine")),
        (Kind::WorkingHours, DeValue::Table(table)) => {
            let mut hours = WorkingHours::default();
            for (day, list) in table.iter() {
                let Some(i) = DAYS.iter().position(|d| d == day.get_ref()) else {
                    return Err((
                        day.span(),
                        t!("settings-file-not-a-day", day = day.get_ref().as_ref(), days = DAYS.join(", ")),
                    ));
                };
                let DeValue::Array(ranges) = list.get_ref() else {
                    return Err((list.span(), t!("settings-file-day-list", day = DAYS[i])));
                };
                for range in ranges.iter() {
                    let parsed = match range.get_ref() {
                        DeValue::String(s) => s.parse().map_err(|e: crate::hours::RangeError| e.to_string()),
                        _ => Err(t!("settings-file-range-text")),
                    };
                    match parsed {
                        Ok(r) => hours.days[i].push(r),
                        Err(e) => warnings.push(Warning {
                            origin: origin.to_string(),
                            at: Some(line_col(text, range.span().start)),
                            message: t!("settings-file-range-left-out", day = DAYS[i], problem = e),
                            file_ignored: false,
                        }),
                    }
                }
            }
            Ok(Value::WorkingHours(Some(hours)))
        }
        (Kind::WorkingHours, _) => wrong(t!("settings-file-hours")),
        (Kind::Place, DeValue::String(s)) => {
            parse_place(setting.key, s).map(Value::Place).map_err(|e| (span.clone(), e.to_string()))
        }
        (Kind::Place, _) => wrong(t!("settings-file-place")),
        (Kind::Language, DeValue::String(s)) => list::parse_language(setting.key, s)
            .map(Value::Language)
            .map_err(|e| (span.clone(), e.to_string())),
        (Kind::Language, _) => wrong(t!("settings-file-language")),
        (Kind::Equipment, DeValue::Array(items)) => {
            let mut words = Vec::new();
            for item in items.iter() {
                match item.get_ref() {
                    DeValue::String(s) => words.push((s.as_ref(), item.span())),
                    _ => return Err((item.span(), t!("settings-file-equipment-item", key = setting.key))),
                }
            }
            let mut out = Vec::new();
            for (word, at) in words {
                let item =
                    list::parse_equipment_words(setting.key, [word]).map_err(|e| (at, e.to_string()))?;
                out.extend(item);
            }
            out.sort();
            out.dedup();
            Ok(Value::Equipment(out))
        }
        (Kind::Equipment, _) => wrong(t!("settings-file-equipment")),
        (Kind::Count(_), DeValue::Integer(n)) if n.radix() == 10 => match n.as_str().parse::<u32>() {
            Ok(n) => Ok(Value::Count(Some(n))),
            Err(_) => wrong(t!("settings-file-whole")),
        },
        (Kind::Count(count), DeValue::String(s)) if count.none == Some(s.as_ref()) => Ok(Value::Count(None)),
        (Kind::Count(Count { none: Some(word), .. }), _) => wrong(t!("settings-file-whole-or", word = word)),
        (Kind::Count(_), _) => wrong(t!("settings-file-whole")),
    }
}

/// Reads the settings file if there is one. A missing file is the defaults, silently.
pub fn load(path: &Path, routines: &Library) -> (Settings, Vec<Warning>) {
    let origin = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => from_toml(&text, &origin, routines),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(&e.into_bytes()[..at]).into_owned();
                let warning = Warning {
                    origin,
                    at: Some(line_col(&text, at)),
                    message: t!("settings-file-not-utf8"),
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
                message: t!("settings-file-unreadable", error = e.to_string()),
                file_ignored: false,
            };
            (Settings::default(), vec![warning])
        }
    }
}

/// The settings at `path` (none: the defaults), with the problems found, to log.
pub fn current(path: Option<&Path>, routines: &Library) -> (Settings, Vec<Warning>) {
    match path {
        Some(path) => load(path, routines),
        None => (Settings::default(), Vec::new()),
    }
}

/// The `language` the settings file names, for a command line that needs no more of it; none when
/// the file, or the setting, is missing or wrong (the resident reports that).
pub fn language_of(path: &Path) -> Option<&'static str> {
    let text = std::fs::read_to_string(path).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    list::parse_language("language", table.get("language")?.as_str()?).ok()
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

/// Saves one setting in the file at `path`: see [`save_item`].
pub fn save(path: &Path, setting: &Setting, value: &Value) -> Result<(), SaveError> {
    save_item(path, setting.key, setting.item(value))
}

/// Sets `key` to `item` (`Item::None` removes it) in the settings file at `path` and writes it
/// atomically (a temporary file beside it, then a rename), keeping every other line, comment and
/// value as it was. A missing file is created. A file that does not parse is left alone, and the
/// error says where.
pub fn save_item(path: &Path, key: &str, item: toml_edit::Item) -> Result<(), SaveError> {
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => return Err(SaveError::Read { path: shown, error }),
    };
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        let at = e.span().map(|s| line_col(&text, s.start));
        let at = at.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default();
        SaveError::Broken { path: shown.clone(), at, message: e.message().trim_end().to_string() }
    })?;
    if item.is_none() {
        doc.remove(key);
    } else {
        doc[key] = item;
    }
    crate::data::write_atomically(path, &doc.to_string())
        .map_err(|error| SaveError::Write { path: shown, error })
}

#[cfg(test)]
mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scheduler::Config;
    use std::time::Duration;

    fn from_toml(text: &str, origin: &str) -> (Settings, Vec<Warning>) {
        super::from_toml(text, origin, &Library::builtin())
    }

    fn load(path: &Path) -> (Settings, Vec<Warning>) {
        super::load(path, &Library::builtin())
    }

    fn save(path: &Path, key: &str, value: Value) -> Result<(), SaveError> {
        super::save(path, find(key).unwrap(), &value)
    }

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
            "s.toml:1:12: the interval must be between 10 min and 8 h, not 0 s; using the default (2 h)"
        );
        let (_, warnings) = from_toml("interval = \"10000m\"\n", "s.toml");
        assert!(warnings[0]
            .message
            .starts_with("the interval must be between 10 min and 8 h, not 166 h 40 min"));
    }

    #[test]
    fn the_streak_goal_and_the_history_kept_are_counts() {
        let (s, w) = from_toml("streak_goal = 5\nkeep_history = 365\n", "s.toml");
        assert_eq!((w, s.streak_goal, s.keep_history), (vec![], 5, Some(365)));
        let (s, w) = from_toml("keep_history = \"forever\"\n", "s.toml");
        assert_eq!((w, s.keep_history), (vec![], None));
        let (s, w) = from_toml("streak_goal = 0\nkeep_history = \"always\"\n", "s.toml");
        assert_eq!((s.streak_goal, s.keep_history), (3, None));
        assert_eq!(
            w[0].to_string(),
            "s.toml:1:15: streak_goal must be 1 to 20, not 0; using the default (3)"
        );
        assert_eq!(
            w[1].to_string(),
            "s.toml:2:16: keep_history must be a whole number, or \"forever\"; using the default (forever)"
        );
        let library = Library::builtin();
        let keep = find("keep_history").unwrap();
        assert_eq!(keep.parse("forever", &library), Ok(Value::Count(None)));
        assert_eq!(
            keep.parse("3", &library).unwrap_err().to_string(),
            "keep_history must be 7 to 36500, or forever, not 3"
        );
        assert_eq!(
            find("streak_goal").unwrap().parse("forever", &library).unwrap_err().to_string(),
            "streak_goal must be 1 to 20, not `forever`"
        );
        assert_eq!(keep.item(&Value::Count(Some(90))).to_string(), "90");
        assert_eq!(keep.item(&Value::Count(None)).to_string(), "\"forever\"");
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
    fn place_and_equipment_are_read_and_unknown_words_fall_back_to_the_default() {
        use crate::place::Place;
        use crate::routine::Equipment;
        let (settings, w) = from_toml(
            "place = \"home\"\nequipment = [\"foam-roller\", \"ball\"]\ndesk_equipment = []\n",
            "s.toml",
        );
        assert_eq!(w, []);
        assert_eq!(settings.place, Place::Home);
        assert_eq!(settings.place().equipment, [Equipment::Ball, Equipment::FoamRoller]);

        let text = "interval = \"90m\"\nplace = \"office\"\nequipment = [\"ball\", \"balls\"]\n";
        let (settings, w) = from_toml(text, "s.toml");
        assert_eq!(
            w.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "s.toml:2:9: place is desk or home, not `office`; using the default (desk)",
                "s.toml:3:22: there is no equipment `balls` (did you mean ball?); equipment is a list of ball, \
                 peanut, foam-roller, band or cushion, or none; using the default (ball,cushion)",
            ]
        );
        assert_eq!((settings.place, settings.config.interval), (Place::Desk, mins(90)), "the rest is kept");
        assert_eq!(settings.equipment, crate::settings::HOME_EQUIPMENT);
        let (_, w) = from_toml("desk_equipment = \"ball\"\n", "s.toml");
        assert_eq!(
            w[0].to_string(),
            "s.toml:1:18: desk_equipment must be a list, like [\"ball\", \"cushion\"], or []; using the default (none)"
        );
    }

    #[test]
    fn a_file_that_does_not_parse_gives_the_defaults_and_says_where() {
        let (settings, w) = from_toml("interval = \"2h\"\nsnoze = \"5m\"\n", "s.toml");
        assert_eq!(settings, Settings::default());
        assert_eq!(w[0].at, Some((2, 1)));
        assert!(w[0].message.contains("unknown setting `snoze`"), "{}", w[0]);
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
        save(&path, "sound", Value::Bool(false)).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "sound = false\n");
        let written = "# my settings\ninterval = \"90m\"  # long days\nsound = false\n\n[working_hours]\nmon = [\"09:00-17:00\"]\n";
        std::fs::write(&path, written).unwrap();
        save(&path, "sound", Value::Bool(true)).unwrap();
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
        save(&path, "working_hours", Value::WorkingHours(Some(hours.clone()))).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            "interval = \"90m\"\n\n[working_hours]\nmon = [\"09:00-12:00\", \"13:00-17:30\"]\nfri = [\"22:00-02:00\"]\n"
        );
        assert_eq!(load(&path).0.config.working_hours, Some(hours));
        save(&path, "working_hours", Value::WorkingHours(None)).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "interval = \"90m\"\n");
    }

    #[test]
    fn save_leaves_a_broken_file_alone_and_says_where_it_is_broken() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, "interval = \"2h\"\nsound = \n").unwrap();
        let error = save(&path, "sound", Value::Bool(false)).unwrap_err().to_string();
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
