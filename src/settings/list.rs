//! Every setting, defined once: its key (in the file, on the command line and on the bus), what
//! kind of value it takes with its range and the words for it, and where it lives in [`Settings`].
//! Reading the file, saving it, the control API, `unsit set` and the settings window's form are
//! all driven from [`LIST`].
//!
//! To add a setting: a field in [`Settings`] (with its default), an entry in [`LIST`], its arms in
//! [`Settings::get`] and [`Settings::set`]; then the code that uses it (the scheduler's `Config`,
//! or the driver's `apply_setting`) and its field in `ui/settings.html`.

use std::time::Duration;

use crate::duration::{self, compact, DurationError, Limits, OutOfRange};
use crate::hours::{self, WeekError, WorkingHours};
use crate::place::{Place, Where};
use crate::routine::{nearest, Equipment, Library, Named, DEFAULT_ID};
use crate::scheduler::{self, Config};

/// Everything the settings file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// The scheduler's rules: interval, idle-reset, snooze and working hours.
    pub config: Config,
    /// Whether the session window plays its sounds.
    pub sound: bool,
    /// Whether the break window speaks its cues (through speech-dispatcher).
    pub voice: bool,
    /// Whether the spoken cues count reps aloud at the tempo.
    pub voice_counts: bool,
    /// Whether exercises on the floor or kneeling start in the large view.
    pub floor_view: bool,
    /// The routine breaks use: one, or each in turn.
    pub routine: RoutineChoice,
    /// Whether unsit starts with the desktop session.
    pub autostart: bool,
    /// Where the person is: breaks fit the place.
    pub place: Place,
    /// The equipment the person owns, used at home.
    pub equipment: Vec<Equipment>,
    /// The equipment kept at the desk (none unless the person says so).
    pub desk_equipment: Vec<Equipment>,
    /// Which quiet moments hold a due break back.
    pub holds: Holds,
    /// Breaks a day needs to count towards the streak.
    pub streak_goal: u32,
    /// How many days of history to keep; `None`: everything.
    pub keep_history: Option<u32>,
    /// The language of every window, the tray, notifications and the voice: `auto` (the
    /// environment's: `LC_ALL`, `LC_MESSAGES`, `LANG`) or a language's code (`de`).
    pub language: &'static str,
}

/// Which quiet moments hold a due break back (each a setting; all on by default). How long at
/// most is the scheduler's `Config::hold_max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holds {
    /// A camera is open or a microphone is recording.
    pub calls: bool,
    /// The focused window is full screen.
    pub full_screen: bool,
    /// The notification server is set not to disturb.
    pub do_not_disturb: bool,
    /// An application keeps the screen awake (a presentation, a call, a video).
    pub inhibitors: bool,
}

impl Default for Holds {
    fn default() -> Holds {
        Holds { calls: true, full_screen: true, do_not_disturb: true, inhibitors: true }
    }
}

impl Holds {
    pub fn any(&self) -> bool {
        self.calls || self.full_screen || self.do_not_disturb || self.inhibitors
    }
}

/// What a person is assumed to have at home until they say: what the default routine needs, a
/// massage ball and a cushion.
pub const HOME_EQUIPMENT: [Equipment; 2] = [Equipment::Ball, Equipment::Cushion];

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            config: Config::default(),
            sound: true,
            // Off until asked for: a break window that talks aloud in an open office is the wrong
            // surprise.
            voice: false,
            voice_counts: true,
            floor_view: false,
            routine: RoutineChoice::Routine(DEFAULT_ID.into()),
            autostart: false,
            place: Place::Desk,
            equipment: HOME_EQUIPMENT.to_vec(),
            desk_equipment: Vec::new(),
            holds: Holds::default(),
            streak_goal: STREAK_GOAL.default.unwrap_or(3),
            keep_history: None,
            language: LANGUAGE_AUTO,
        }
    }
}

impl Settings {
    /// Where the person is now, with the equipment they have there.
    pub fn place(&self) -> Where {
        let equipment = match self.place {
            Place::Desk => self.desk_equipment.clone(),
            Place::Home => self.equipment.clone(),
        };
        Where { place: self.place, equipment }
    }
}

/// The kinds of value a setting takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A duration within limits: `"90m"` in the file, `90m` as text, seconds in the window.
    Duration(Limits),
    /// `true` or `false`.
    Bool,
    /// A routine's id, or `rotate`.
    Routine,
    /// Ranges per weekday, or none: a `[working_hours]` table in the file.
    WorkingHours,
    /// `desk` or `home`.
    Place,
    /// `auto` or one of the languages of `crate::lang::SOURCES`.
    Language,
    /// A list of equipment: `ball,cushion` as text, `["ball", "cushion"]` in the file, or none.
    Equipment,
    /// A whole number within limits, or (where the count has one) the word for none: `3`, or
    /// `forever`; a number or that word in quotes in the file; a number or null in the window.
    Count(Count),
}

/// The limits of a [`Kind::Count`] and its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// The message that counts it: `count-days` ("1 day", "30 days").
    pub unit: &'static str,
    pub min: u32,
    pub max: u32,
    /// The word for no number (`forever`), when the setting has one.
    pub none: Option<&'static str>,
    pub default: Option<u32>,
}

/// Breaks a day needs for the streak.
pub const STREAK_GOAL: Count = Count { unit: "count-breaks", min: 1, max: 20, none: None, default: Some(3) };
/// Days of history kept.
pub const KEEP_HISTORY: Count =
    Count { unit: "count-days", min: 7, max: 36_500, none: Some("forever"), default: None };

impl Count {
    /// "3 breaks", "1 day", or the word for none.
    pub fn words(&self, n: Option<u32>) -> String {
        match n {
            Some(n) => {
                let mut args = crate::lang::Args::new();
                args.set("n", n);
                crate::lang::say(self.unit, Some(&args))
            }
            None => crate::t!("count-forever"),
        }
    }

    /// "1 to 20", "7 to 36500, or forever".
    pub fn range(&self) -> String {
        match self.none {
            Some(word) => crate::t!("count-range-or", min = self.min, max = self.max, none = word),
            None => crate::t!("count-range", min = self.min, max = self.max),
        }
    }
}

/// One setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    /// Its name in the file, on the command line (`unsit set KEY VALUE`) and on the bus.
    pub key: &'static str,
    pub kind: Kind,
}

/// Every setting, in the order the file and the window list them.
pub const LIST: &[Setting] = &[
    Setting { key: "interval", kind: Kind::Duration(scheduler::INTERVAL) },
    Setting { key: "idle_reset", kind: Kind::Duration(scheduler::IDLE_RESET) },
    Setting { key: "snooze", kind: Kind::Duration(scheduler::SNOOZE) },
    Setting { key: "routine", kind: Kind::Routine },
    Setting { key: "place", kind: Kind::Place },
    Setting { key: "equipment", kind: Kind::Equipment },
    Setting { key: "desk_equipment", kind: Kind::Equipment },
    Setting { key: "working_hours", kind: Kind::WorkingHours },
    Setting { key: "hold_for_calls", kind: Kind::Bool },
    Setting { key: "hold_for_full_screen", kind: Kind::Bool },
    Setting { key: "hold_for_do_not_disturb", kind: Kind::Bool },
    Setting { key: "hold_for_inhibitors", kind: Kind::Bool },
    Setting { key: "hold_max", kind: Kind::Duration(scheduler::HOLD_MAX) },
    Setting { key: "sound", kind: Kind::Bool },
    Setting { key: "voice", kind: Kind::Bool },
    Setting { key: "voice_counts", kind: Kind::Bool },
    Setting { key: "floor_view", kind: Kind::Bool },
    Setting { key: "autostart", kind: Kind::Bool },
    Setting { key: "streak_goal", kind: Kind::Count(STREAK_GOAL) },
    Setting { key: "keep_history", kind: Kind::Count(KEEP_HISTORY) },
    Setting { key: "language", kind: Kind::Language },
];

/// The `language` setting's word for the environment's language.
pub const LANGUAGE_AUTO: &str = "auto";

/// `auto` or a language's code, as the file, the command line and the bus take it.
pub fn parse_language(key: &'static str, word: &str) -> Result<&'static str, Invalid> {
    let word = word.trim();
    let codes = || std::iter::once(LANGUAGE_AUTO).chain(crate::lang::SOURCES.iter().map(|s| s.code));
    codes().find(|c| *c == word).ok_or_else(|| Invalid::NotOneOf {
        key,
        words: codes().collect(),
        given: word.into(),
    })
}

/// The setting called `key`.
pub fn find(key: &str) -> Result<&'static Setting, Invalid> {
    LIST.iter().find(|s| s.key == key).ok_or_else(|| Invalid::NoSuchSetting(key.to_string()))
}

/// A setting's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Duration(Duration),
    Bool(bool),
    Routine(RoutineChoice),
    WorkingHours(Option<WorkingHours>),
    Place(Place),
    Equipment(Vec<Equipment>),
    Count(Option<u32>),
    Language(&'static str),
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

/// Why a value was refused. The same words wherever it came from: the file, `unsit set`, the bus
/// or the settings window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    OutOfRange(OutOfRange),
    Duration { what: &'static str, error: DurationError },
    NotBool { key: &'static str, given: String },
    NoSuchRoutine(String),
    WorkingHours(WeekError),
    WrongType { key: &'static str, expected: &'static str, given: String },
    NoSuchSetting(String),
    NotOneOf { key: &'static str, words: Vec<&'static str>, given: String },
    NoSuchEquipment { key: &'static str, given: String, hint: String },
    Count { key: &'static str, range: String, given: String },
}

impl From<OutOfRange> for Invalid {
    fn from(e: OutOfRange) -> Invalid {
        Invalid::OutOfRange(e)
    }
}

impl From<WeekError> for Invalid {
    fn from(e: WeekError) -> Invalid {
        Invalid::WorkingHours(e)
    }
}

impl std::fmt::Display for Invalid {
    /// The same words wherever the value came from, in the person's language. Keys and the words
    /// people type (`desk`, `rotate`) are never translated.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        f.write_str(&match self {
            Invalid::OutOfRange(e) => e.to_string(),
            Invalid::WorkingHours(e) => e.to_string(),
            Invalid::Duration { what, error } => format!("{}: {error}", crate::lang::say(what, None)),
            Invalid::NotBool { key, given } => t!("error-not-bool", key = *key, given = given.as_str()),
            Invalid::NoSuchRoutine(id) => t!("error-no-such-routine", id = id.as_str()),
            Invalid::WrongType { key, expected, given } => {
                t!("error-wrong-type", key = *key, expected = *expected, given = given.as_str())
            }
            Invalid::NoSuchSetting(key) => t!("error-no-such-setting", key = key.as_str(), list = keys()),
            Invalid::NotOneOf { key, words, given } => {
                t!("error-not-one-of", key = *key, words = or_list(words), given = given.as_str())
            }
            Invalid::NoSuchEquipment { key, given, hint } => t!(
                "error-no-such-equipment",
                key = *key,
                given = given.as_str(),
                hint = hint.as_str(),
                words = or_list(&equipment_words())
            ),
            Invalid::Count { key, range, given } => {
                t!("error-count", key = *key, range = range.as_str(), given = given.as_str())
            }
        })
    }
}

impl std::error::Error for Invalid {}

fn or_list(words: &[&str]) -> String {
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => crate::t!("list-or", rest = rest.join(", "), last = *last),
        _ => words.join(""),
    }
}

fn equipment_words() -> Vec<&'static str> {
    Equipment::NAMES.iter().map(|(n, _)| *n).collect()
}

/// A place from its word.
pub fn parse_place(key: &'static str, word: &str) -> Result<Place, Invalid> {
    Place::from_name(word.trim()).ok_or_else(|| Invalid::NotOneOf {
        key,
        words: Place::NAMES.iter().map(|(n, _)| *n).collect(),
        given: word.trim().to_string(),
    })
}

/// Equipment as text, as the command line and the bus take it: `ball,cushion`, or `none`.
pub fn parse_equipment(key: &'static str, text: &str) -> Result<Vec<Equipment>, Invalid> {
    match text.trim() {
        "none" | "" => Ok(Vec::new()),
        list => parse_equipment_words(key, list.split(',')),
    }
}

/// Equipment from its words, each once, in the order [`Equipment::NAMES`] lists them.
pub(super) fn parse_equipment_words<'w>(
    key: &'static str,
    words: impl IntoIterator<Item = &'w str>,
) -> Result<Vec<Equipment>, Invalid> {
    let mut out = Vec::new();
    for word in words {
        let word = word.trim();
        let item = Equipment::from_name(word).ok_or_else(|| Invalid::NoSuchEquipment {
            key,
            given: word.to_string(),
            hint: nearest(word, &equipment_words())
                .map_or(String::new(), |n| format!(" {}", crate::t!("error-did-you-mean", word = n))),
        })?;
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out.sort();
    Ok(out)
}

/// Equipment as text: `ball,cushion`, or `none`.
pub fn equipment_text(items: &[Equipment]) -> String {
    if items.is_empty() {
        return "none".into();
    }
    items.iter().map(|e| e.name()).collect::<Vec<_>>().join(",")
}

fn keys() -> String {
    LIST.iter().map(|s| s.key).collect::<Vec<_>>().join(", ")
}

impl Setting {
    /// The value from text, as the command line and the control API take it: `90m`, `true`,
    /// `rotate`, `mon 09:00-17:00; tue 09:00-12:00`. Checked against the limits and, for a
    /// routine, against the routines there are.
    pub fn parse(&self, text: &str, routines: &Library) -> Result<Value, Invalid> {
        let text = text.trim();
        let value = match self.kind {
            Kind::Duration(limits) => Value::Duration(
                duration::parse(text).map_err(|error| Invalid::Duration { what: limits.what, error })?,
            ),
            Kind::Bool => Value::Bool(match text {
                "true" | "on" | "yes" => true,
                "false" | "off" | "no" => false,
                _ => return Err(Invalid::NotBool { key: self.key, given: format!("`{text}`") }),
            }),
            Kind::Routine => Value::Routine(RoutineChoice::parse(text)),
            Kind::WorkingHours => Value::WorkingHours(hours::parse_week(text)?),
            Kind::Place => Value::Place(parse_place(self.key, text)?),
            Kind::Language => Value::Language(parse_language(self.key, text)?),
            Kind::Equipment => Value::Equipment(parse_equipment(self.key, text)?),
            Kind::Count(count) => Value::Count(match text.parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) if count.none == Some(text) => None,
                Err(_) => {
                    return Err(Invalid::Count {
                        key: self.key,
                        range: count.range(),
                        given: format!("`{text}`"),
                    })
                }
            }),
        };
        self.check(value, routines)
    }

    /// `value` if it is allowed: a duration within its limits, a routine that exists.
    pub fn check(&self, value: Value, routines: &Library) -> Result<Value, Invalid> {
        match (&self.kind, &value) {
            (Kind::Duration(limits), Value::Duration(d)) => {
                limits.check(*d)?;
            }
            (Kind::Count(count), Value::Count(Some(n))) if !(count.min..=count.max).contains(n) => {
                return Err(Invalid::Count { key: self.key, range: count.range(), given: n.to_string() })
            }
            (Kind::Count(count), Value::Count(None)) if count.none.is_none() => {
                return Err(Invalid::Count { key: self.key, range: count.range(), given: "none".into() })
            }
            (Kind::Routine, Value::Routine(RoutineChoice::Routine(id))) if routines.get(id).is_none() => {
                return Err(Invalid::NoSuchRoutine(id.clone()))
            }
            _ => {}
        }
        Ok(value)
    }

    /// The value as text, as [`Setting::parse`] reads it.
    pub fn text(&self, value: &Value) -> String {
        match value {
            Value::Duration(d) => compact(*d),
            Value::Bool(on) => on.to_string(),
            Value::Routine(choice) => choice.to_string(),
            Value::WorkingHours(hours) => hours::week_text(hours.as_ref()),
            Value::Place(place) => place.to_string(),
            Value::Language(code) => code.to_string(),
            Value::Equipment(items) => equipment_text(items),
            Value::Count(Some(n)) => n.to_string(),
            Value::Count(None) => match self.kind {
                Kind::Count(Count { none: Some(word), .. }) => word.to_string(),
                _ => "none".into(),
            },
        }
    }

    /// The value as the settings window holds it: seconds, true or false, an id or `rotate`,
    /// seven days' ranges as typed (Monday first) or null.
    pub fn json(&self, value: &Value) -> serde_json::Value {
        match value {
            Value::Duration(d) => d.as_secs().into(),
            Value::Bool(on) => (*on).into(),
            Value::Routine(choice) => choice.to_string().into(),
            Value::WorkingHours(None) => serde_json::Value::Null,
            Value::WorkingHours(Some(h)) => h.days.iter().map(|d| hours::day_text(d)).collect(),
            Value::Place(place) => place.name().into(),
            Value::Language(code) => (*code).into(),
            Value::Equipment(items) => items.iter().map(|e| e.name()).collect(),
            Value::Count(n) => n.map_or(serde_json::Value::Null, Into::into),
        }
    }

    /// The window's value ([`Setting::json`]'s form) as text for the control API.
    pub fn text_from_json(&self, json: &serde_json::Value) -> Result<String, Invalid> {
        let wrong = |expected| Invalid::WrongType { key: self.key, expected, given: json.to_string() };
        Ok(match self.kind {
            Kind::Duration(_) => compact(Duration::from_secs(json.as_u64().ok_or(wrong("whole seconds"))?)),
            Kind::Bool => json.as_bool().ok_or(wrong("true or false"))?.to_string(),
            Kind::Routine => json.as_str().ok_or(wrong("a routine's id or `rotate`"))?.to_string(),
            Kind::Place => json.as_str().ok_or(wrong("desk or home"))?.to_string(),
            Kind::Language => json.as_str().ok_or(wrong("auto or a language's code"))?.to_string(),
            Kind::Equipment => {
                let items: Vec<String> =
                    serde_json::from_value(json.clone()).map_err(|_| wrong("a list of equipment"))?;
                if items.is_empty() {
                    "none".into()
                } else {
                    items.join(",")
                }
            }
            Kind::Count(count) if json.is_null() => count.none.ok_or(wrong("a whole number"))?.to_string(),
            Kind::Count(_) => json.as_u64().ok_or(wrong("a whole number"))?.to_string(),
            Kind::WorkingHours if json.is_null() => "off".into(),
            // The days go to the resident as typed, to be judged there like every other change,
            // so that answers come back in the order the changes were made.
            Kind::WorkingHours => {
                let days: Vec<String> =
                    serde_json::from_value(json.clone()).map_err(|_| wrong("seven days' ranges"))?;
                match days.len() {
                    0 => "off".into(),
                    7 => hours::DAYS
                        .iter()
                        .zip(&days)
                        .filter(|(_, text)| !text.trim().is_empty())
                        .map(|(day, text)| format!("{day} {}", text.trim()))
                        .collect::<Vec<_>>()
                        .join("; "),
                    n => return Err(WeekError::NotSevenDays(n).into()),
                }
            }
        })
    }

    /// The value as the settings file holds it; `Item::None` removes the key (working hours off).
    pub fn item(&self, value: &Value) -> toml_edit::Item {
        match value {
            Value::Duration(d) => toml_edit::value(compact(*d)),
            Value::Bool(on) => toml_edit::value(*on),
            Value::Routine(choice) => toml_edit::value(choice.to_string()),
            Value::Place(place) => toml_edit::value(place.name()),
            Value::Language(code) => toml_edit::value(*code),
            Value::Equipment(items) => {
                toml_edit::value(items.iter().map(|e| e.name()).collect::<toml_edit::Array>())
            }
            Value::Count(Some(n)) => toml_edit::value(i64::from(*n)),
            Value::Count(None) => toml_edit::value(self.text(value)),
            Value::WorkingHours(None) => toml_edit::Item::None,
            Value::WorkingHours(Some(h)) => {
                let mut table = toml_edit::Table::new();
                for (day, ranges) in hours::DAYS.iter().zip(&h.days) {
                    if !ranges.is_empty() {
                        let list: toml_edit::Array = ranges.iter().map(ToString::to_string).collect();
                        table[day] = toml_edit::value(list);
                    }
                }
                toml_edit::Item::Table(table)
            }
        }
    }
}

impl Settings {
    /// The value of the setting called `key` (one of [`LIST`]'s).
    pub fn get(&self, key: &str) -> Value {
        match key {
            "interval" => Value::Duration(self.config.interval),
            "idle_reset" => Value::Duration(self.config.idle_reset),
            "snooze" => Value::Duration(self.config.snooze),
            "hold_max" => Value::Duration(self.config.hold_max),
            "hold_for_calls" => Value::Bool(self.holds.calls),
            "hold_for_full_screen" => Value::Bool(self.holds.full_screen),
            "hold_for_do_not_disturb" => Value::Bool(self.holds.do_not_disturb),
            "hold_for_inhibitors" => Value::Bool(self.holds.inhibitors),
            "routine" => Value::Routine(self.routine.clone()),
            "working_hours" => Value::WorkingHours(self.config.working_hours.clone()),
            "sound" => Value::Bool(self.sound),
            "voice" => Value::Bool(self.voice),
            "voice_counts" => Value::Bool(self.voice_counts),
            "floor_view" => Value::Bool(self.floor_view),
            "autostart" => Value::Bool(self.autostart),
            "place" => Value::Place(self.place),
            "equipment" => Value::Equipment(self.equipment.clone()),
            "desk_equipment" => Value::Equipment(self.desk_equipment.clone()),
            "streak_goal" => Value::Count(Some(self.streak_goal)),
            "keep_history" => Value::Count(self.keep_history),
            "language" => Value::Language(self.language),
            other => unreachable!("`{other}` is not in settings::LIST"),
        }
    }

    /// Sets the setting called `key` to a value its [`Setting`] has checked.
    pub fn set(&mut self, key: &str, value: Value) {
        match (key, value) {
            ("interval", Value::Duration(d)) => self.config.interval = d,
            ("idle_reset", Value::Duration(d)) => self.config.idle_reset = d,
            ("snooze", Value::Duration(d)) => self.config.snooze = d,
            ("hold_max", Value::Duration(d)) => self.config.hold_max = d,
            ("hold_for_calls", Value::Bool(on)) => self.holds.calls = on,
            ("hold_for_full_screen", Value::Bool(on)) => self.holds.full_screen = on,
            ("hold_for_do_not_disturb", Value::Bool(on)) => self.holds.do_not_disturb = on,
            ("hold_for_inhibitors", Value::Bool(on)) => self.holds.inhibitors = on,
            ("routine", Value::Routine(choice)) => self.routine = choice,
            ("working_hours", Value::WorkingHours(h)) => self.config.working_hours = h,
            ("sound", Value::Bool(on)) => self.sound = on,
            ("voice", Value::Bool(on)) => self.voice = on,
            ("voice_counts", Value::Bool(on)) => self.voice_counts = on,
            ("floor_view", Value::Bool(on)) => self.floor_view = on,
            ("autostart", Value::Bool(on)) => self.autostart = on,
            ("place", Value::Place(place)) => self.place = place,
            ("equipment", Value::Equipment(items)) => self.equipment = items,
            ("desk_equipment", Value::Equipment(items)) => self.desk_equipment = items,
            ("streak_goal", Value::Count(Some(n))) => self.streak_goal = n,
            ("keep_history", Value::Count(days)) => self.keep_history = days,
            ("language", Value::Language(code)) => self.language = code,
            (key, value) => unreachable!("`{key}` does not take {value:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_reads_back_what_it_writes_in_each_form() {
        let library = Library::builtin();
        let mut settings = Settings::default();
        settings.config.working_hours = hours::parse_week("mon 09:00-12:00, 13:00-17:00").unwrap();
        for setting in LIST {
            let value = settings.get(setting.key);
            let text = setting.text(&value);
            assert_eq!(setting.parse(&text, &library), Ok(value.clone()), "{}: {text}", setting.key);
            let json = setting.json(&value);
            assert_eq!(setting.text_from_json(&json).as_deref(), Ok(text.as_str()), "{}", setting.key);
            settings.set(setting.key, value);
        }
    }

    #[test]
    fn out_of_range_and_unknown_values_are_refused_with_what_is_allowed() {
        let library = Library::builtin();
        let interval = find("interval").unwrap();
        assert_eq!(
            interval.parse("5m", &library).unwrap_err().to_string(),
            "the interval must be between 10 min and 8 h, not 5 min"
        );
        assert_eq!(
            interval.parse("5", &library).unwrap_err().to_string(),
            "the interval: `5` has no unit; write 5m for minutes or 5s for seconds"
        );
        assert_eq!(
            find("routine").unwrap().parse("deskhips", &library).unwrap_err().to_string(),
            "there is no routine `deskhips`; `unsit routines list` shows them"
        );
        assert_eq!(
            find("sound").unwrap().parse("maybe", &library).unwrap_err().to_string(),
            "sound is true or false, not `maybe`"
        );
        assert!(find("volume")
            .unwrap_err()
            .to_string()
            .starts_with("there is no setting `volume`; the settings are interval, "));
    }
}
