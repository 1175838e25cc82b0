use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

thread_local! {
    /// The words of this test thread, when a test speaks another language ([`speaking`]).
    pub(super) static OVERRIDE: RefCell<Option<Arc<Words>>> = const { RefCell::new(None) };
}

/// Runs `f` with this thread's words in `code` (the global words are left alone: tests run in
/// parallel, the others in English).
pub fn speaking<T>(code: &str, f: impl FnOnce() -> T) -> T {
    let locale = Locale::from_vars(Some(code), &|_| None);
    OVERRIDE.with(|o| *o.borrow_mut() = Some(Arc::new(Words::new(locale, Parts::CoreAndPage))));
    let out = f();
    OVERRIDE.with(|o| *o.borrow_mut() = None);
    out
}

fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
}

#[test]
fn the_language_comes_from_lc_all_then_lc_messages_then_lang() {
    let code = |vars: &[(&str, &str)]| Locale::from_vars(None, &env(vars)).code;
    assert_eq!(code(&[("LANG", "de_DE.UTF-8")]), "de");
    assert_eq!(code(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "es_ES.UTF-8")]), "es");
    assert_eq!(code(&[("LC_ALL", "en_GB.UTF-8"), ("LC_MESSAGES", "es_ES.UTF-8"), ("LANG", "de_DE")]), "en");
    // Empty means unset.
    assert_eq!(code(&[("LC_ALL", ""), ("LANG", "es_MX.UTF-8")]), "es");
    assert_eq!(code(&[("LANG", "de_AT.ISO-8859-15@euro")]), "de");
    assert_eq!(code(&[("LANG", "C.UTF-8")]), "en");
    assert_eq!(code(&[("LANG", "POSIX")]), "en");
    assert_eq!(code(&[]), "en");
}

#[test]
fn a_language_without_words_is_english_with_no_error() {
    let locale = Locale::from_vars(None, &env(&[("LANG", "xx_YY.UTF-8")]));
    assert_eq!((locale.code, locale.tag.as_str()), ("en", "xx-YY"));
    let locale = Locale::from_vars(None, &env(&[("LANG", "not a locale!")]));
    assert_eq!(locale.code, "en");
    let words = Words::new(Locale::from_vars(None, &env(&[("LANG", "fr_FR.UTF-8")])), Parts::Core);
    assert_eq!(words.say("tray-quit", None), "Quit");
}

#[test]
fn the_setting_overrides_the_environment_and_auto_follows_it() {
    let vars = env(&[("LANG", "de_DE.UTF-8"), ("LC_TIME", "en_US.UTF-8")]);
    assert_eq!(Locale::from_vars(Some("es"), &vars).code, "es");
    assert_eq!(Locale::from_vars(Some("auto"), &vars).code, "de");
    assert_eq!(Locale::from_vars(Some("en"), &vars).code, "en");
    // The clock stays the environment's.
    assert!(Locale::from_vars(Some("es"), &vars).hour12);
}

#[test]
fn the_clock_is_12_hour_where_the_locale_reads_it_so() {
    let hour12 = |vars: &[(&str, &str)]| Locale::from_vars(None, &env(vars)).hour12;
    assert!(hour12(&[("LANG", "en_US.UTF-8")]));
    assert!(!hour12(&[("LANG", "en_GB.UTF-8")]));
    assert!(!hour12(&[("LANG", "de_DE.UTF-8")]));
    assert!(!hour12(&[("LANG", "es_ES.UTF-8")]));
    assert!(hour12(&[("LANG", "es_CO.UTF-8")]));
    assert!(!hour12(&[("LANG", "en_US.UTF-8"), ("LC_TIME", "en_DK.UTF-8")]));
    assert!(!hour12(&[("LANG", "C.UTF-8")]));
}

#[test]
fn a_missing_or_broken_translation_falls_back_to_english_per_message() {
    let locale = Locale::from_vars(Some("de"), &|_| None);
    let words = Words::from_texts(
        locale,
        &["tray-quit = Beenden\n# names a variable the code does not pass\ntray-minutes = { $minuten } Min.\n"],
    );
    assert_eq!(words.say("tray-quit", None), "Beenden");
    assert_eq!(words.say("tray-settings", None), "Settings…", "missing: English");
    let mut args = Args::new();
    args.set("min", 5);
    assert_eq!(words.say("tray-minutes", Some(&args)), "5 min", "a wrong variable: English");
    assert_eq!(words.say("no-such-message", None), "no-such-message");
}

#[test]
fn german_and_spanish_words_are_used_with_plurals_and_units() {
    use crate::duration::Human;
    use std::time::Duration;
    speaking("de", || {
        assert_eq!(crate::t!("tray-quit"), "Beenden");
        assert_ne!(Human(Duration::from_secs(3900)).to_string(), "1 h 5 min");
        assert_ne!(crate::t!("dose-reps", n = 1), crate::t!("dose-reps", n = 2).replace('2', "1"));
    });
    speaking("es", || assert_eq!(crate::t!("tray-quit"), "Salir"));
    assert_eq!(crate::t!("tray-quit"), "Quit", "other threads keep English");
}

/// The messages of a .ftl text, with the variables each uses.
fn messages(text: &str, name: &str) -> HashMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("{name} has Fluent syntax errors: {errors:?}");
    });
    let mut out = HashMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            let text = format!("{m:?}");
            // Each VariableReference in the debug form of the message: its id follows.
            for part in text.split("VariableReference { id: Identifier { name: \"").skip(1) {
                vars.insert(part.split('"').next().unwrap_or_default().to_string());
            }
            for a in &m.attributes {
                out.insert(format!("{}.{}", m.id.name, a.id.name), BTreeSet::new());
            }
            out.insert(m.id.name.to_string(), vars);
        }
    }
    out
}

fn files(source: &Source) -> Vec<(&'static str, &'static str)> {
    [("core.ftl", source.core), ("files.ftl", source.files)]
        .into_iter()
        .chain(WINDOW_FILES.into_iter().zip(source.windows))
        .collect()
}

#[test]
fn every_translated_message_is_in_english_with_no_other_variables() {
    for (english_name, english) in files(&SOURCES[0]) {
        let english = messages(english, english_name);
        for source in &SOURCES[1..] {
            for (name, text) in files(source).into_iter().filter(|(n, _)| *n == english_name) {
                let name = format!("locales/{}/{name}", source.code);
                for (id, vars) in messages(text, &name) {
                    let Some(english_vars) = english.get(&id) else {
                        panic!("{name}: `{id}` is not in locales/en/{english_name}");
                    };
                    assert!(
                        vars.is_subset(english_vars),
                        "{name}: `{id}` uses {vars:?}; English has {english_vars:?}"
                    );
                }
            }
        }
    }
}

/// Every message id named in the code: `t!("id"`, `say("id"` and `t('id'` calls, and the pages'
/// `data-l10n-id="id"`.
fn ids_in_code() -> BTreeSet<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = BTreeSet::new();
    let patterns = ["t!(\"", "say(\"", "t('", "data-l10n-id=\"", "crate::lang::say(\""];
    let mut stack = vec![root.join("src"), root.join("src-tauri/src"), root.join("ui/js"), root.join("ui")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            let name = path.to_string_lossy().to_string();
            if path.is_dir() {
                if dir != root.join("ui") {
                    stack.push(path);
                }
                continue;
            }
            if !(name.ends_with(".rs") || name.ends_with(".js") || name.ends_with(".html"))
                || name.contains("tests")
            {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            for pattern in patterns {
                // `t!("` but not `format!("`: the pattern starts a word.
                let starts = text.match_indices(pattern).filter(|(at, _)| {
                    !text[..*at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                });
                for part in starts.map(|(at, _)| &text[at + pattern.len()..]) {
                    let id: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c))
                        .collect();
                    // Only message ids: lowercase words joined by dashes.
                    let whole = !id.ends_with('-') && !id.contains(".toml");
                    if whole && id.contains('-') && id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    {
                        found.insert((id, name.clone()));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_names_is_in_english() {
    let english: HashMap<String, BTreeSet<String>> =
        files(&SOURCES[0]).into_iter().flat_map(|(name, text)| messages(text, name)).collect();
    let ids = ids_in_code();
    assert!(ids.len() > 150, "the scan finds the code's messages ({})", ids.len());
    let missing: Vec<String> = ids
        .iter()
        .filter(|(id, _)| !english.contains_key(id))
        .map(|(id, file)| format!("{id} ({file})"))
        .collect();
    assert!(missing.is_empty(), "named in code, not in locales/en: {missing:#?}");
    // Ids the code builds: each setting's description, each phase's name.
    for setting in crate::settings::LIST {
        assert!(english.contains_key(&format!("setting-{}", setting.key)), "setting-{}", setting.key);
    }
    for (phase, _) in <crate::routine::PhaseKind as crate::routine::Named>::NAMES {
        assert!(english.contains_key(&format!("phase-{phase}")), "phase-{phase}");
    }
}

#[test]
fn the_words_for_left_and_right_pair_up_in_every_language() {
    let pairs = side_words();
    for (left, right) in [("left", "right"), ("linkes", "rechtes"), ("izquierda", "derecha")] {
        assert!(pairs.iter().any(|(l, r)| l == left && r == right), "{left} → {right}");
    }
}

#[test]
fn refusals_are_in_the_language_and_what_people_type_stays_as_it_is() {
    let library = crate::routine::Library::builtin();
    let refused = |key: &str, value: &str| {
        crate::settings::find(key).unwrap().parse(value, &library).unwrap_err().to_string()
    };
    speaking("de", || {
        assert_eq!(
            refused("interval", "5m"),
            "Die Sitzzeit bis zur Pause muss zwischen 10 Min. und 8 Std. liegen, nicht 5 Min."
        );
        assert_eq!(refused("place", "office"), "place ist desk oder home, nicht `office`");
        assert_eq!(refused("streak_goal", "25"), "streak_goal muss 1 bis 20 sein, nicht 25");
        let week = crate::hours::parse_week("mon 9-5").unwrap_err().to_string();
        assert!(week.starts_with("Montag: `9-5` ist kein Zeitraum"), "{week}");
    });
    speaking("es", || {
        assert_eq!(
            refused("snooze", "1"),
            "Posponer: `1` no tiene unidad; escribe 1m para minutos o 1s para segundos"
        );
    });
    assert_eq!(refused("place", "office"), "place is desk or home, not `office`");
}

#[test]
fn the_words_about_files_are_read_only_when_a_file_has_a_mistake() {
    let words = Words::new(Locale::from_vars(Some("de"), &|_| None), Parts::Core);
    assert_eq!(words.say("status-paused", None), "Erinnerungen pausiert");
    assert!(words.files.get().is_none(), "files.ftl is parsed before anything is wrong");
    assert_eq!(words.say("read-in-routine", None), "der Routine");
    assert!(words.files.get().is_some());
    assert!(words.has_own("read-empty"));
}

#[test]
fn what_is_wrong_in_the_settings_file_is_said_in_the_language() {
    let library = crate::routine::Library::builtin();
    let text = "interval = 90\nsound = \"yes\"\n[working_hours]\nmon = [\"9-5\"]\n";
    let said = |code: &str, text: &str| -> Vec<String> {
        let (_, warnings) = speaking(code, || crate::settings::from_toml(text, "settings.toml", &library));
        warnings.iter().map(|w| w.to_string()).collect()
    };
    assert_eq!(
        said("de", text),
        [
            "settings.toml:1:12: interval muss eine Dauer in Anführungszeichen (etwa \"90m\") sein; es gilt \
             der Standardwert (2 Std.)",
            "settings.toml:4:8: working_hours.mon: `9-5` ist kein Zeitraum; erwartet wird HH:MM-HH:MM, etwa \
             09:00-17:30 (oder 22:00-06:00 über Mitternacht); dieser Zeitraum wird ignoriert",
            "settings.toml:2:9: sound muss true oder false sein; es gilt der Standardwert (true)",
        ]
    );
    assert_eq!(
        said("es", text)[0],
        "settings.toml:1:12: interval debe ser una duración entre comillas, como \"90m\"; se usa el valor \
         predeterminado (2 h)"
    );
    assert_eq!(
        said("es", "snoze = \"5m\"\n"),
        ["settings.toml:1:1: ajuste desconocido `snoze` (¿querías decir `snooze`?); se usan los ajustes predeterminados"]
    );
}

/// Every English message is said somewhere: named in the code, the pages or the man pages'
/// writer, or built there from a command line's tree (`cli-CMD--ARG`), a setting's key or a
/// phase's kind. A message nothing says is a translation nobody sees.
#[test]
fn every_english_message_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    let mut stack =
        vec![root.join("src"), root.join("src-tauri/src"), root.join("src-tauri/examples"), root.join("ui")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            let name = path.to_string_lossy().to_string();
            if path.is_dir() {
                if !name.ends_with("vendor") {
                    stack.push(path);
                }
            } else if [".rs", ".js", ".html"].iter().any(|e| name.ends_with(e)) && !name.contains("tests") {
                code.push_str(&std::fs::read_to_string(&path).expect("a source file"));
            }
        }
    }
    let mut built = BTreeSet::new();
    fn walk(command: &clap::Command, id: String, built: &mut BTreeSet<String>) {
        built.insert(format!("{id}-long"));
        for arg in command.get_arguments() {
            built.insert(format!("{id}--{}", arg.get_id()));
        }
        for sub in command.get_subcommands() {
            walk(sub, format!("{id}-{}", sub.get_name()), built);
        }
        built.insert(id);
    }
    walk(&crate::cli::command(), "cli".into(), &mut built);
    built.extend(crate::settings::LIST.iter().map(|s| format!("setting-{}", s.key)));
    built.extend(
        <crate::routine::PhaseKind as crate::routine::Named>::NAMES.iter().map(|(k, _)| format!("phase-{k}")),
    );
    let unused: Vec<String> = files(&SOURCES[0])
        .into_iter()
        .flat_map(|(name, text)| messages(text, name).into_keys().map(move |id| (id, name)))
        .filter(|(id, _)| !id.contains('.') && !built.contains(id) && !code.contains(id.as_str()))
        .map(|(id, name)| format!("{name}: {id}"))
        .collect();
    assert!(unused.is_empty(), "no code says {unused:#?}");
}
