//! Reading a routine's translation: `ID.LANG.toml` next to `ID.toml`, holding only the routine's
//! text, keyed like the original (the same `[[phases]]` and `[[phases.exercises]]` sections, in
//! the same order). Ids, poses, doses and equipment are never translated: they come from the
//! original. A text the translation lacks stays in the original's language; every lack and every
//! key that is not a text of the original is reported, with its line and column.

use super::*;

/// Keys of an exercise that hold text.
const EXERCISE_TEXT: &[&str] = &["name", "targets", "side", "cues", "mistake", "caution", "easier", "harder"];

/// A translation read against its original: the routine with every translated text in place, and
/// every problem (`routines check` refuses a file with any; a running unsit shows the original's
/// text where one is missing or wrong). `None` when the file cannot be read as a translation of
/// this routine at all (a syntax error, other sections).
pub fn translate(original: &Routine, text: &str, origin: &str) -> (Option<Routine>, Vec<RoutineError>) {
    let mut r = Reader { text, origin, errors: Vec::new() };
    let root = match DeTable::parse(text) {
        Ok(root) => root,
        Err(e) => {
            let message = e.message().trim().lines().map(str::trim).collect::<Vec<_>>().join("; ");
            r.error(e.span().unwrap_or(0..0), t!("read-toml-syntax", message = message));
            return (None, r.errors);
        }
    };
    let span = root.span();
    let root = root.into_inner();
    let t = Table { table: &root, span, what: What::Translation };
    let mut routine = original.clone();
    let ok = r.translation(&t, &mut routine);
    r.errors.sort_by_key(|e| e.at);
    (ok.then_some(routine), r.errors)
}

impl Reader<'_> {
    fn translation(&mut self, t: &Table, routine: &mut Routine) -> bool {
        self.text_keys(t, &["title", "summary", "phases"], ROUTINE_KEYS);
        self.translated(t, "title", TITLE_CHARS, &mut routine.title);
        self.translated(t, "summary", SUMMARY_CHARS, &mut routine.summary);
        let Some(phases) = self.tables(t, "phases", "[[phases]]", What::Phase) else {
            return false;
        };
        if phases.len() != routine.phases.len() {
            self.error(
                t.get("phases").map_or(t.span.clone(), |(k, _)| k),
                t!("read-translation-phases", count = phases.len(), routine = routine.phases.len()),
            );
            return false;
        }
        let mut ok = true;
        for (i, (table, phase)) in phases.iter().zip(&mut routine.phases).enumerate() {
            self.text_keys(table, &["exercises"], PHASE_KEYS);
            let Some(exercises) = self.tables(table, "exercises", "[[phases.exercises]]", What::Exercise)
            else {
                ok = false;
                continue;
            };
            if exercises.len() != phase.exercises.len() {
                let kind = PhaseKind::NAMES.iter().find(|(_, k)| *k == phase.kind).map_or("", |(n, _)| n);
                let message = t!(
                    "read-translation-exercises",
                    n = i + 1,
                    kind = kind,
                    routine = phase.exercises.len(),
                    count = exercises.len()
                );
                self.error(table.span.clone(), message);
                ok = false;
                continue;
            }
            for (table, exercise) in exercises.iter().zip(&mut phase.exercises) {
                self.exercise_text(table, exercise);
            }
        }
        ok
    }

    fn exercise_text(&mut self, t: &Table, exercise: &mut Exercise) {
        let has = |key: &&str| match *key {
            "side" => exercise.side.is_some(),
            "mistake" => exercise.mistake.is_some(),
            "caution" => exercise.caution.is_some(),
            "easier" => exercise.easier.is_some(),
            "harder" => exercise.harder.is_some(),
            _ => true,
        };
        let keys: Vec<&str> = EXERCISE_TEXT.iter().copied().filter(has).collect();
        let name = exercise.name.clone();
        self.text_keys(t, &keys, EXERCISE_KEYS);
        for key in &keys {
            if t.get(key).is_none() {
                self.error(
                    t.span.clone(),
                    t!("read-translation-missing-of", key = *key, name = name.as_str()),
                );
            }
        }
        self.translated(t, "name", NAME_CHARS, &mut exercise.name);
        if t.get("targets").is_some() {
            if let Some(targets) = self.text_list(t, "targets", TARGETS, TARGET_CHARS) {
                exercise.targets = targets;
            }
        }
        if t.get("cues").is_some() {
            if let Some(cues) = self.text_list(t, "cues", CUES, CUE_CHARS) {
                exercise.cues = cues;
            }
        }
        for (key, max, field) in [
            ("mistake", MISTAKE_CHARS, &mut exercise.mistake),
            ("caution", CAUTION_CHARS, &mut exercise.caution),
        ] {
            if let Some(text) = field {
                self.translated(t, key, max, text);
            }
        }
        if let (Some(side), Some((_, value))) = (&mut exercise.side, t.get("side")) {
            if let Some(text) = self.text_value(value, "`side`", SIDE_CHARS) {
                if says_left(&text) {
                    *side = text;
                } else {
                    self.error(value.span(), t!("read-side-no-left", text = text.as_str()));
                }
            }
        }
        for (key, variant) in [("easier", &mut exercise.easier), ("harder", &mut exercise.harder)] {
            let (Some(variant), Some((_, value))) = (variant, t.get(key)) else { continue };
            let Some(table) = value.get_ref().as_table() else {
                self.error(value.span(), t!("read-translation-variant-table", key = key));
                continue;
            };
            let sub = Table { table, span: value.span(), what: What::Variant };
            self.text_keys(&sub, &["text"], VARIANT_KEYS);
            match sub.get("text") {
                Some(_) => self.translated(&sub, "text", VARIANT_CHARS, &mut variant.text),
                None => self.error(
                    sub.span.clone(),
                    t!("read-translation-missing-variant", key = key, name = name.as_str()),
                ),
            }
        }
    }

    /// The text at `key`, when the translation has it and it is good, replaces `field`.
    fn translated(&mut self, t: &Table, key: &str, max: usize, field: &mut String) {
        match t.get(key) {
            Some((_, value)) => {
                if let Some(text) = self.text_value(value, &format!("`{key}`"), max) {
                    *field = text;
                }
            }
            None if t.what == What::Translation => {
                self.error(t.span.clone(), t!("read-translation-missing", key = key))
            }
            None => {}
        }
    }

    /// Refuses keys other than `texts`: one of the routine's other keys is not translated.
    fn text_keys(&mut self, t: &Table, texts: &[&str], all: &[&str]) {
        for (key, _) in t.table.iter() {
            let name = key.get_ref().as_ref();
            if texts.contains(&name) {
                continue;
            }
            let message = if all.contains(&name) {
                t!("read-translation-not-text", key = name, keys = list(texts, "`"))
            } else {
                unknown_key(name, t.what, texts)
            };
            self.error(key.span(), message);
        }
    }
}
