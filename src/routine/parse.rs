//! Reading one routine file: every mistake, each located and saying what was expected.
//!
//! The TOML is parsed into a spanned tree first (`toml::de::DeTable`); the reader then walks it
//! table by table, so that one run reports all the mistakes in a file, not just the first, and
//! each message names the key, the allowed form and, for a misspelling, the nearest valid word.

use std::collections::HashMap;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::t;

use super::limits::*;
use super::pose::{self, Direction, Point, Pose, Prop, PropKind, Region, Support, View};
use super::{
    line_col, Equipment, Exercise, Named, Phase, PhaseKind, Position, Routine, RoutineError, Source, Variant,
};

mod translation;
pub use translation::translate;

const ROUTINE_KEYS: &[&str] = &["id", "title", "summary", "source", "equipment", "phases"];
const SOURCE_KEYS: &[&str] = &["title", "author"];
const PHASE_KEYS: &[&str] = &["kind", "exercises"];
/// Every table's keys, for the fuzz tests' generated TOML.
#[cfg(test)]
pub(super) const ALL_KEYS: &[&[&str]] = &[
    ROUTINE_KEYS,
    SOURCE_KEYS,
    PHASE_KEYS,
    EXERCISE_KEYS,
    VARIANT_KEYS,
    PROP_KEYS,
    &["torso", "left_knee", "props"],
];
const EXERCISE_KEYS: &[&str] = &[
    "name",
    "targets",
    "position",
    "equipment",
    "hold",
    "reps",
    "tempo",
    "per_side",
    "switch_sides",
    "sets",
    "rest",
    "cues",
    "mistake",
    "optional",
    "caution",
    "side",
    "easier",
    "harder",
    "pose",
    "frames",
    "highlight",
];
const VARIANT_KEYS: &[&str] = &["text", "hold", "reps"];
const PROP_KEYS: &[&str] = &["kind", "at", "side"];

/// A routine read from a file, with where its id is written (for duplicate-id reports).
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub routine: Routine,
    pub id_at: (usize, usize),
}

/// Reads a routine from raw bytes: checks the size and the encoding, then [`parse`]s.
pub fn parse_bytes(bytes: &[u8], origin: &str) -> Result<Parsed, Vec<RoutineError>> {
    if bytes.len() > FILE_BYTES {
        return Err(too_large(origin, bytes.len() as u64));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text, origin),
        Err(e) => Err(vec![not_utf8(bytes, &e, origin)]),
    }
}

/// The error for bytes that are not UTF-8, at the first byte that is not.
pub(super) fn not_utf8(bytes: &[u8], e: &std::str::Utf8Error, origin: &str) -> RoutineError {
    let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
    RoutineError {
        origin: origin.to_string(),
        at: Some(line_col(good, good.len())),
        message: t!("read-not-utf8", byte = format!("0x{:02X}", bytes[e.valid_up_to()])),
    }
}

/// The error for a file of `size` bytes, over the limit.
pub(super) fn too_large(origin: &str, size: u64) -> Vec<RoutineError> {
    vec![RoutineError {
        origin: origin.to_string(),
        at: Some((1, 1)),
        message: t!("read-too-large", size = size.div_ceil(1024), max = FILE_BYTES / 1024),
    }]
}

/// Reads a routine from TOML text. `origin` names the text in errors (a path, or `built-in:NAME`).
pub fn parse(text: &str, origin: &str) -> Result<Parsed, Vec<RoutineError>> {
    let mut r = Reader { text, origin, errors: Vec::new() };
    if text.trim().is_empty() {
        r.error(0..0, t!("read-empty"));
        return Err(r.errors);
    }
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            // toml's messages can run over several lines; keep them on one.
            let mut message = e.message().trim().lines().map(str::trim).collect::<Vec<_>>().join("; ");
            if message == "duplicate key" {
                let key = text.get(span.clone()).unwrap_or("").trim();
                message = t!("read-duplicate-key", key = key);
            }
            r.error(span, t!("read-toml-syntax", message = message));
            return Err(r.errors);
        }
    };
    let span = root.span();
    let root = root.into_inner();
    if root.is_empty() {
        r.error(0..0, t!("read-no-keys"));
        return Err(r.errors);
    }
    let parsed = r.routine(&Table { table: &root, span, what: What::Routine });
    r.errors.sort_by_key(|e| e.at);
    match parsed {
        Some(parsed) if r.errors.is_empty() => Ok(parsed),
        _ => Err(r.errors),
    }
}

type Value<'i> = Spanned<DeValue<'i>>;

/// A table being read, and how to name it in messages.
struct Table<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    what: What,
}

/// What a table is, for "unknown key `x` in …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Routine,
    Translation,
    Phase,
    Exercise,
    Variant,
    Prop,
    Keyframe,
    /// A section named by its header, as written: "[source]".
    Header(&'static str),
}

impl What {
    fn name(self) -> String {
        match self {
            What::Routine => t!("read-in-routine"),
            What::Translation => t!("read-in-translation"),
            What::Phase => t!("read-in-phase"),
            What::Exercise => t!("read-in-exercise"),
            What::Variant => t!("read-in-variant"),
            What::Prop => t!("read-in-prop"),
            What::Keyframe => t!("read-in-keyframe"),
            What::Header(header) => header.to_string(),
        }
    }
}

impl<'t, 'i> Table<'t, 'i> {
    fn get(&self, key: &str) -> Option<(Range<usize>, &'t Value<'i>)> {
        self.table.iter().find(|(k, _)| k.get_ref() == key).map(|(k, v)| (k.span(), v))
    }
}

struct Reader<'a> {
    text: &'a str,
    origin: &'a str,
    errors: Vec<RoutineError>,
}

/// How a number is described: "a whole number of seconds from 5 to 600".
struct Whole {
    range: (u32, u32),
    unit: Unit,
}

enum Unit {
    Count,
    Seconds,
    /// Seconds per repetition.
    Tempo,
}

impl Whole {
    fn describe(&self) -> String {
        let (lo, hi) = self.range;
        match self.unit {
            Unit::Count => t!("read-whole", lo = lo, hi = hi),
            Unit::Seconds => t!("read-whole-seconds", lo = lo, hi = hi),
            Unit::Tempo => t!("read-whole-tempo", lo = lo, hi = hi),
        }
    }
}

impl Reader<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.errors.push(RoutineError {
            origin: self.origin.to_string(),
            at: Some(line_col(self.text, span.start)),
            message: message.into(),
        });
    }

    fn line_of(&self, span: &Range<usize>) -> usize {
        line_col(self.text, span.start).0
    }

    /// Refuses keys that are not in `allowed`, suggesting the nearest valid one.
    fn known_keys(&mut self, t: &Table, allowed: &[&str]) {
        for (key, _) in t.table.iter() {
            let name = key.get_ref().as_ref();
            if allowed.contains(&name) {
                continue;
            }
            self.error(key.span(), unknown_key(name, t.what, allowed));
        }
    }

    fn missing(&mut self, t: &Table, key: &str, expected: &str) {
        self.error(t.span.clone(), t!("read-missing", key = key, table = t.what.name(), expected = expected));
    }

    /// One line of plain text, 1 to `max` characters.
    fn text_value(&mut self, value: &Value, label: &str, max: usize) -> Option<String> {
        let span = value.span();
        let Some(s) = value.get_ref().as_str() else {
            self.error(span, t!("read-not-text", label = label, given = describe(value.get_ref())));
            return None;
        };
        let chars = s.chars().count();
        if s.trim().is_empty() {
            self.error(span, t!("read-text-empty", label = label, max = max));
            None
        } else if chars > max {
            self.error(span, t!("read-text-long", label = label, chars = chars, max = max));
            None
        } else if s.chars().any(char::is_control) {
            self.error(span, t!("read-text-control", label = label));
            None
        } else {
            Some(s.to_string())
        }
    }

    fn text(&mut self, t: &Table, key: &str, max: usize) -> Option<String> {
        match t.get(key) {
            Some((_, value)) => self.text_value(value, &format!("`{key}`"), max),
            None => {
                self.missing(t, key, &t!("read-expect-text", key = key, max = max));
                None
            }
        }
    }

    fn optional_text(&mut self, t: &Table, key: &str, max: usize) -> Result<Option<String>, ()> {
        match t.get(key) {
            Some((_, value)) => self.text_value(value, &format!("`{key}`"), max).map(Some).ok_or(()),
            None => Ok(None),
        }
    }

    /// A list of 1 to `items.1` texts, each 1 to `max` characters.
    fn text_list(&mut self, t: &Table, key: &str, items: usize, max: usize) -> Option<Vec<String>> {
        let expected = t!("read-expect-text-list", key = key, items = items);
        let Some((_, value)) = t.get(key) else {
            self.missing(t, key, &expected);
            return None;
        };
        let Some(array) = value.get_ref().as_array() else {
            self.error(value.span(), must_be(key, &expected, &describe(value.get_ref())));
            return None;
        };
        if array.is_empty() || array.len() > items {
            self.error(value.span(), t!("read-list-length", key = key, count = array.len(), items = items));
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (i, item) in array.iter().enumerate() {
            match self.text_value(item, &t!("read-label-item", key = key, n = i + 1), max) {
                Some(s) => out.push(s),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn whole(&mut self, t: &Table, key: &str, kind: &Whole) -> Result<Option<u32>, ()> {
        let Some((_, value)) = t.get(key) else { return Ok(None) };
        let number =
            value.get_ref().as_integer().and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok());
        let (lo, hi) = kind.range;
        match number {
            Some(n) if (i64::from(lo)..=i64::from(hi)).contains(&n) => Ok(Some(n as u32)),
            Some(n) => {
                self.error(value.span(), must_be(key, &kind.describe(), &n.to_string()));
                Err(())
            }
            None => {
                self.error(value.span(), must_be(key, &kind.describe(), &describe(value.get_ref())));
                Err(())
            }
        }
    }

    fn flag(&mut self, t: &Table, key: &str) -> Result<bool, ()> {
        let Some((_, value)) = t.get(key) else { return Ok(false) };
        match value.get_ref().as_bool() {
            Some(b) => Ok(b),
            None => {
                self.error(value.span(), must_be(key, &t!("read-true-or-false"), &describe(value.get_ref())));
                Err(())
            }
        }
    }

    fn word_value<T: Named>(&mut self, value: &Value, label: &str) -> Option<T> {
        let words: Vec<&str> = T::NAMES.iter().map(|(n, _)| *n).collect();
        let Some(s) = value.get_ref().as_str() else {
            let given = describe(value.get_ref());
            self.error(
                value.span(),
                t!("read-not-word", label = label, words = list(&words, "\""), given = given),
            );
            return None;
        };
        if let Some(v) = T::from_name(s) {
            return Some(v);
        }
        let given = format!("\"{s}\"");
        let message = match nearest(s, &words) {
            Some(near) => {
                t!(
                    "read-not-word-near",
                    label = label,
                    words = list(&words, "\""),
                    given = given,
                    near = near
                )
            }
            None => t!("read-not-word", label = label, words = list(&words, "\""), given = given),
        };
        self.error(value.span(), message);
        None
    }

    fn word<T: Named>(&mut self, t: &Table, key: &str) -> Option<T> {
        match t.get(key) {
            Some((_, value)) => self.word_value(value, &format!("`{key}`")),
            None => {
                let words: Vec<&str> = T::NAMES.iter().map(|(n, _)| *n).collect();
                self.missing(t, key, &t!("read-one-of", words = list(&words, "\"")));
                None
            }
        }
    }

    /// A list of equipment words, each once; returns the items with their spans.
    fn equipment(&mut self, t: &Table) -> Option<Vec<(Equipment, Range<usize>)>> {
        let Some((_, value)) = t.get("equipment") else { return Some(Vec::new()) };
        let words: Vec<&str> = Equipment::NAMES.iter().map(|(n, _)| *n).collect();
        let Some(array) = value.get_ref().as_array() else {
            let expected = t!("read-list-of", words = list(&words, "\""));
            self.error(value.span(), must_be("equipment", &expected, &describe(value.get_ref())));
            return None;
        };
        let mut out: Vec<(Equipment, Range<usize>)> = Vec::new();
        let mut ok = true;
        for item in array.iter() {
            match self.word_value::<Equipment>(item, &t!("read-label-equipment-item")) {
                Some(e) if out.iter().any(|(seen, _)| *seen == e) => {
                    self.error(item.span(), t!("read-equipment-twice", item = e.name()));
                    ok = false;
                }
                Some(e) => out.push((e, item.span())),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn subtable<'t, 'i>(&mut self, t: &Table<'t, 'i>, key: &str, what: What) -> Option<Table<'t, 'i>> {
        let Some((_, value)) = t.get(key) else {
            self.missing(t, key, &t!("read-a-table", key = key));
            return None;
        };
        match value.get_ref().as_table() {
            Some(table) => Some(Table { table, span: value.span(), what }),
            None => {
                let given = describe(value.get_ref());
                self.error(value.span(), must_be(key, &t!("read-table-written", key = key), &given));
                None
            }
        }
    }

    /// A table that may be left out: `Ok(None)` when it is.
    fn optional_subtable<'t, 'i>(
        &mut self,
        t: &Table<'t, 'i>,
        key: &str,
        what: What,
    ) -> Result<Option<Table<'t, 'i>>, ()> {
        if t.get(key).is_none() {
            return Ok(None);
        }
        self.subtable(t, key, what).map(Some).ok_or(())
    }

    /// An easier or harder version: its text, and its own dose if it has one.
    fn variant(&mut self, t: &Table) -> Option<Variant> {
        self.known_keys(t, VARIANT_KEYS);
        let text = self.text(t, "text", VARIANT_CHARS);
        let hold = self.whole(t, "hold", &Whole { range: HOLD_S, unit: Unit::Seconds });
        let reps = self.whole(t, "reps", &Whole { range: REPS, unit: Unit::Count });
        let (hold, reps) = (hold.ok()?, reps.ok()?);
        if hold.is_some() && reps.is_some() {
            let at = t.get("reps").map_or(t.span.clone(), |(k, _)| k);
            self.error(at, t!("read-hold-or-reps", table = t.what.name()));
            return None;
        }
        Some(Variant { text: text?, hold, reps })
    }

    /// A pose table: angles within their ranges, what it rests on, its props.
    fn pose(&mut self, t: &Table) -> Option<Pose> {
        let mut keys: Vec<&str> = pose::ANGLES.iter().map(|(name, _)| *name).collect();
        keys.extend(["view", "support", "props"]);
        self.known_keys(t, &keys);
        let mut pose = Pose::default();
        let mut ok = true;
        for &(name, (lo, hi)) in pose::ANGLES {
            let Some((_, value)) = t.get(name) else { continue };
            let number =
                value.get_ref().as_integer().and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok());
            let degrees = || t!("read-degrees", lo = lo, hi = hi);
            match number {
                Some(n) if (i64::from(lo)..=i64::from(hi)).contains(&n) => pose.set_angle(name, n as i32),
                Some(n) => {
                    self.error(value.span(), must_be(name, &degrees(), &n.to_string()));
                    ok = false;
                }
                None => {
                    self.error(value.span(), must_be(name, &degrees(), &describe(value.get_ref())));
                    ok = false;
                }
            }
        }
        if t.get("view").is_some() {
            match self.word::<View>(t, "view") {
                Some(view) => pose.view = view,
                None => ok = false,
            }
        }
        if t.get("support").is_some() {
            match self.word::<Support>(t, "support") {
                Some(support) => pose.support = support,
                None => ok = false,
            }
        }
        if let Some((_, value)) = t.get("props") {
            match value.get_ref().as_array() {
                Some(items) if items.len() > pose::PROPS => {
                    self.error(value.span(), t!("read-props-many", count = items.len(), max = pose::PROPS));
                    ok = false;
                }
                Some(items) => {
                    for item in items.iter() {
                        let Some(table) = item.get_ref().as_table() else {
                            let given = describe(item.get_ref());
                            self.error(item.span(), t!("read-prop-not-table", example = PROP, given = given));
                            ok = false;
                            continue;
                        };
                        match self.prop(&Table { table, span: item.span(), what: What::Prop }) {
                            Some(prop) => pose.props.push(prop),
                            None => ok = false,
                        }
                    }
                }
                None => {
                    let expected = t!("read-prop-list", example = PROP);
                    self.error(value.span(), must_be("props", &expected, &describe(value.get_ref())));
                    ok = false;
                }
            }
        }
        ok.then_some(pose)
    }

    fn prop(&mut self, t: &Table) -> Option<Prop> {
        self.known_keys(t, PROP_KEYS);
        let kind = self.word::<PropKind>(t, "kind");
        let at = self.word::<Point>(t, "at");
        let side = match t.get("side") {
            Some(_) => Some(self.word::<Direction>(t, "side")?),
            None => None,
        };
        Some(Prop { kind: kind?, at: at?, side: side.unwrap_or_default() })
    }

    /// An exercise's figure: `pose`, or 2 to 4 `[[frames]]`, not both. `Err` after a mistake.
    fn figure(&mut self, t: &Table) -> Result<(Option<Pose>, Vec<Pose>), ()> {
        let pose = match self.optional_subtable(t, "pose", What::Header("[phases.exercises.pose]"))? {
            Some(table) => Some(self.pose(&table).ok_or(())?),
            None => None,
        };
        let Some((key, value)) = t.get("frames") else { return Ok((pose, Vec::new())) };
        let tables = self.tables(t, "frames", "[[phases.exercises.frames]]", What::Keyframe).ok_or(())?;
        let (lo, hi) = pose::FRAMES;
        if pose.is_some() {
            self.error(key, t!("read-pose-or-frames"));
            return Err(());
        }
        if tables.len() < lo {
            self.error(value.span(), t!("read-frames-one", lo = lo, hi = hi));
            return Err(());
        }
        if tables.len() > hi {
            self.error(tables[hi].span.clone(), t!("read-frames-many", max = hi, n = hi + 1));
            return Err(());
        }
        let frames: Option<Vec<Pose>> =
            tables.iter().map(|f| self.pose(f)).collect::<Vec<_>>().into_iter().collect();
        let frames = frames.ok_or(())?;
        if let Some(at) = frames.iter().position(|f| f.view != frames[0].view) {
            self.error(
                tables[at].span.clone(),
                t!(
                    "read-frames-view",
                    n = at + 1,
                    view = frames[at].view.name(),
                    first = frames[0].view.name()
                ),
            );
            return Err(());
        }
        Ok((None, frames))
    }

    /// The tables of an array of tables (`[[phases]]`).
    fn tables<'t, 'i>(
        &mut self,
        t: &Table<'t, 'i>,
        key: &str,
        header: &str,
        what: What,
    ) -> Option<Vec<Table<'t, 'i>>> {
        let Some((_, value)) = t.get(key) else {
            self.missing(t, key, &t!("read-sections", header = header));
            return None;
        };
        let tables: Option<Vec<Table>> = value.get_ref().as_array().and_then(|array| {
            array
                .iter()
                .map(|item| item.get_ref().as_table().map(|table| Table { table, span: item.span(), what }))
                .collect()
        });
        match tables {
            Some(tables) if tables.is_empty() => {
                self.error(value.span(), t!("read-sections-empty", key = key, header = header));
                None
            }
            Some(tables) => Some(tables),
            None => {
                let given = describe(value.get_ref());
                self.error(value.span(), t!("read-not-sections", key = key, header = header, given = given));
                None
            }
        }
    }

    fn routine(&mut self, t: &Table) -> Option<Parsed> {
        self.known_keys(t, ROUTINE_KEYS);
        let id_at = t.get("id").map_or((1, 1), |(_, v)| line_col(self.text, v.span().start));
        let id = self.id(t);
        let title = self.text(t, "title", TITLE_CHARS);
        let summary = self.text(t, "summary", SUMMARY_CHARS);
        let source = self.subtable(t, "source", What::Header("[source]")).and_then(|s| self.source(&s));
        let equipment = self.equipment(t);
        let phases = self.tables(t, "phases", "[[phases]]", What::Phase).and_then(|tables| {
            if tables.len() > PHASES {
                self.error(tables[PHASES].span.clone(), t!("read-phases-many", max = PHASES, n = PHASES + 1));
                return None;
            }
            let mut count = 0;
            let phases: Vec<Option<(Phase, Vec<ExerciseSpans>)>> =
                tables.iter().map(|p| self.phase(p, &mut count)).collect();
            phases.into_iter().collect::<Option<Vec<_>>>()
        });
        let (phases, equipment) = (phases?, equipment?);
        self.names_are_unique(&phases);
        self.equipment_matches(&equipment, &phases);
        Some(Parsed {
            routine: Routine {
                id: id?,
                title: title?,
                summary: summary?,
                source: source?,
                equipment: equipment.into_iter().map(|(e, _)| e).collect(),
                phases: phases.into_iter().map(|(p, _)| p).collect(),
            },
            id_at,
        })
    }

    fn id(&mut self, t: &Table) -> Option<String> {
        let id = self.text(t, "id", ID_CHARS)?;
        let good = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !good {
            let (_, value) = t.get("id")?;
            self.error(value.span(), t!("read-bad-id", id = id.as_str()));
            return None;
        }
        Some(id)
    }

    fn source(&mut self, t: &Table) -> Option<Source> {
        self.known_keys(t, SOURCE_KEYS);
        let title = self.text(t, "title", SOURCE_TITLE_CHARS);
        let author = self.text(t, "author", AUTHOR_CHARS);
        Some(Source { title: title?, author: author? })
    }

    fn phase(&mut self, t: &Table, count: &mut usize) -> Option<(Phase, Vec<ExerciseSpans>)> {
        self.known_keys(t, PHASE_KEYS);
        let kind = self.word::<PhaseKind>(t, "kind");
        let tables = self.tables(t, "exercises", "[[phases.exercises]]", What::Exercise)?;
        let mut exercises = Vec::new();
        let mut ok = true;
        for table in &tables {
            *count += 1;
            if *count == EXERCISES + 1 {
                self.error(table.span.clone(), t!("read-exercises-many", max = EXERCISES, n = EXERCISES + 1));
            }
            if *count > EXERCISES {
                ok = false;
                continue;
            }
            match self.exercise(table) {
                Some(e) => exercises.push(e),
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        let (exercises, spans) = exercises.into_iter().unzip();
        Some((Phase { kind: kind?, exercises }, spans))
    }

    fn exercise(&mut self, t: &Table) -> Option<(Exercise, ExerciseSpans)> {
        self.known_keys(t, EXERCISE_KEYS);
        let name = self.text(t, "name", NAME_CHARS);
        let targets = self.text_list(t, "targets", TARGETS, TARGET_CHARS);
        let position = self.word::<Position>(t, "position");
        let equipment = self.equipment(t);
        let hold = self.whole(t, "hold", &Whole { range: HOLD_S, unit: Unit::Seconds });
        let reps = self.whole(t, "reps", &Whole { range: REPS, unit: Unit::Count });
        let tempo = self.whole(t, "tempo", &Whole { range: TEMPO_S, unit: Unit::Tempo });
        let per_side = self.flag(t, "per_side");
        let switch_sides =
            self.whole(t, "switch_sides", &Whole { range: SWITCH_SIDES_S, unit: Unit::Seconds });
        let sets = self.whole(t, "sets", &Whole { range: SETS, unit: Unit::Count });
        let rest = self.whole(t, "rest", &Whole { range: REST_S, unit: Unit::Seconds });
        let cues = self.text_list(t, "cues", CUES, CUE_CHARS);
        let mistake = self.optional_text(t, "mistake", MISTAKE_CHARS);
        let optional = self.flag(t, "optional");
        let caution = self.optional_text(t, "caution", CAUTION_CHARS);
        let side = self.optional_text(t, "side", SIDE_CHARS);
        let easier = self
            .optional_subtable(t, "easier", What::Header("[phases.exercises.easier]"))
            .and_then(|v| v.map(|v| self.variant(&v).ok_or(())).transpose());
        let harder = self
            .optional_subtable(t, "harder", What::Header("[phases.exercises.harder]"))
            .and_then(|v| v.map(|v| self.variant(&v).ok_or(())).transpose());
        let figure = self.figure(t);
        let highlight = match t.get("highlight") {
            Some(_) => self.word::<Region>(t, "highlight").map(Some).ok_or(()),
            None => Ok(None),
        };

        let key_span = |key: &str| t.get(key).map_or(t.span.clone(), |(k, _)| k);
        let (hold, reps, tempo) = (hold.ok()?, reps.ok()?, tempo.ok()?);
        let mut ok = true;
        match (hold, reps) {
            (Some(_), Some(_)) => {
                self.error(key_span("reps"), t!("read-hold-or-reps", table = What::Exercise.name()));
                ok = false;
            }
            (None, None) => {
                let (hold_lo, hold_hi, reps_lo, reps_hi) = (HOLD_S.0, HOLD_S.1, REPS.0, REPS.1);
                let message = t!(
                    "read-no-dose",
                    hold_lo = hold_lo,
                    hold_hi = hold_hi,
                    reps_lo = reps_lo,
                    reps_hi = reps_hi
                );
                self.error(t.span.clone(), message);
                ok = false;
            }
            _ => {}
        }
        if tempo.is_some() && reps.is_none() && hold.is_some() {
            self.error(key_span("tempo"), t!("read-tempo-with-hold"));
            ok = false;
        }
        let (per_side, switch_sides) = (per_side.ok()?, switch_sides.ok()?);
        if switch_sides.is_some() && !per_side {
            self.error(key_span("switch_sides"), t!("read-switch-needs-per-side"));
            ok = false;
        }
        let (sets, rest) = (sets.ok()?.unwrap_or(1), rest.ok()?);
        if rest.is_some() && sets < 2 {
            self.error(key_span("rest"), t!("read-rest-needs-sets"));
            ok = false;
        }
        let side = side.ok()?;
        if let Some(text) = &side {
            if !per_side {
                self.error(key_span("side"), t!("read-side-needs-per-side"));
                ok = false;
            } else if !says_left(text) {
                let (_, value) = t.get("side")?;
                self.error(value.span(), t!("read-side-no-left", text = text.as_str()));
                ok = false;
            }
        }
        let name_span = t.get("name").map_or(t.span.clone(), |(_, v)| v.span());
        let equipment = equipment?;
        let spans =
            ExerciseSpans { name: name_span, equipment: equipment.iter().map(|(_, s)| s.clone()).collect() };
        let exercise = Exercise {
            name: name?,
            targets: targets?,
            position: position?,
            equipment: equipment.into_iter().map(|(e, _)| e).collect(),
            hold,
            reps,
            tempo,
            per_side,
            switch_sides,
            sets,
            rest,
            cues: cues?,
            mistake: mistake.ok()?,
            optional: optional.ok()?,
            caution: caution.ok()?,
            side,
            easier: easier.ok()?,
            harder: harder.ok()?,
            pose: None,
            frames: Vec::new(),
            highlight: highlight.ok()?,
        };
        let (pose, frames) = figure.ok()?;
        let exercise = Exercise { pose, frames, ..exercise };
        ok.then_some((exercise, spans))
    }

    fn names_are_unique(&mut self, phases: &[(Phase, Vec<ExerciseSpans>)]) {
        let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
        for (phase, spans) in phases {
            for (exercise, spans) in phase.exercises.iter().zip(spans) {
                if let Some(first) = seen.get(exercise.name.as_str()) {
                    let line = self.line_of(first);
                    self.error(
                        spans.name.clone(),
                        t!("read-name-twice", name = exercise.name.as_str(), line = line),
                    );
                } else {
                    seen.insert(&exercise.name, spans.name.clone());
                }
            }
        }
    }

    /// The routine's `equipment` is exactly what its exercises use.
    fn equipment_matches(
        &mut self,
        listed: &[(Equipment, Range<usize>)],
        phases: &[(Phase, Vec<ExerciseSpans>)],
    ) {
        let mut used = Vec::new();
        for (phase, spans) in phases {
            for (exercise, spans) in phase.exercises.iter().zip(spans) {
                for (item, span) in exercise.equipment.iter().zip(&spans.equipment) {
                    used.push(*item);
                    if !listed.iter().any(|(e, _)| e == item) {
                        self.error(span.clone(), t!("read-equipment-unlisted", item = item.name()));
                    }
                }
            }
        }
        for (item, span) in listed {
            if !used.contains(item) {
                self.error(span.clone(), t!("read-equipment-unused", item = item.name()));
            }
        }
    }
}

/// Where an exercise's name and equipment items are written, for checks across exercises.
struct ExerciseSpans {
    name: Range<usize>,
    equipment: Vec<Range<usize>>,
}

/// A prop as written, for the messages that show one.
const PROP: &str = "{ kind = \"ball\", at = \"pelvis\" }";

/// How a value is named in "..., not X".
fn describe(value: &DeValue) -> String {
    match value {
        DeValue::String(s) => t!("read-given-text", text = s.as_ref()),
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.to_string(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(_) => t!("read-given-date"),
        DeValue::Array(_) => t!("read-given-list"),
        DeValue::Table(_) => t!("read-given-table"),
    }
}

/// "`key` must be EXPECTED, not GIVEN".
fn must_be(key: &str, expected: &str, given: &str) -> String {
    t!("read-must-be", key = key, expected = expected, given = given)
}

/// "unknown key `name` in WHAT", with the nearest allowed key, or them all.
fn unknown_key(name: &str, what: What, allowed: &[&str]) -> String {
    match nearest(name, allowed) {
        Some(near) => t!("read-unknown-key-near", key = name, table = what.name(), near = near),
        None => t!("read-unknown-key", key = name, table = what.name(), keys = list(allowed, "`")),
    }
}

/// Whether a `side` text names the left side, in any language this build speaks ("left leg back",
/// "linkes Bein hinten", "pierna izquierda atrás"): it is mirrored for the right.
fn says_left(text: &str) -> bool {
    let pairs = crate::lang::side_words();
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| pairs.iter().any(|(left, _)| left.eq_ignore_ascii_case(w)))
}

/// `a`, `b` or `c`, quoted with `quote`.
fn list(words: &[&str], quote: &str) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("{quote}{w}{quote}")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => t!("list-or", rest = rest.join(", "), last = last.as_str()),
        _ => quoted.join(""),
    }
}

/// The candidate closest to `word`, if it is close enough to be what was meant.
pub fn nearest<'w>(word: &str, candidates: &[&'w str]) -> Option<&'w str> {
    let norm = |s: &str| s.to_lowercase().replace('-', "_");
    let word = norm(word);
    candidates
        .iter()
        .map(|c| {
            let n = norm(c);
            let d = if n.starts_with(&word) && word.chars().count() >= 3 { 1 } else { distance(&word, &n) };
            (d, *c, n.chars().count())
        })
        .filter(|&(d, _, len)| d <= (len / 3).max(1))
        .min_by_key(|&(d, _, _)| d)
        .map(|(_, c, _)| c)
}

/// Levenshtein distance, counting a swap of two neighbours as one edit.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows: Vec<Vec<usize>> =
        (0..=a.len()).map(|i| (0..=b.len()).map(|j| if i == 0 { j } else { i }).collect()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}
