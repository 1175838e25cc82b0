//! Words in the person's language: Fluent messages from `locales/LANG/*.ftl`, compiled in.
//!
//! English is the source. Each message falls back to English on its own, so a translation that
//! lacks a message (or has one that does not format) still shows everything. The language comes
//! from the `language` setting, or else from `LC_ALL`, `LC_MESSAGES` and `LANG` (the first one
//! set); one this build has no words for is English, with no error. The clock reads 12- or 24-hour
//! from `LC_ALL`, `LC_TIME` and `LANG` the same way.
//!
//! Both processes use this module: the resident and the command line load `core.ftl`; the windows'
//! process loads the windows' files too and hands them all, in the chosen language and in English,
//! to the page, which formats its own messages with the same Fluent syntax (`ui/js/l10n.js`).
//!
//! Code names its messages with [`t!`]: `t!("status-paused")`, `t!("reminder-body", sat_for =
//! …)`. A test checks that every id named in code, and every id a translation has, is in English.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs as Args;

/// One language's words: its code, its name in itself, and its files: `core.ftl`, `files.ftl`
/// (what is wrong in a routine, settings or history file: read only when something is), and the
/// windows' (`session.ftl`, `settings.ftl`, `history.ftl`).
pub struct Source {
    pub code: &'static str,
    pub name: &'static str,
    pub core: &'static str,
    pub files: &'static str,
    pub windows: [&'static str; 3],
}

/// The windows' files, in the order of [`Source::windows`].
pub const WINDOW_FILES: [&str; 3] = ["session.ftl", "settings.ftl", "history.ftl"];

macro_rules! source {
    ($code:literal, $name:literal) => {
        Source {
            code: $code,
            name: $name,
            core: include_str!(concat!("../../locales/", $code, "/core.ftl")),
            files: include_str!(concat!("../../locales/", $code, "/files.ftl")),
            windows: [
                include_str!(concat!("../../locales/", $code, "/session.ftl")),
                include_str!(concat!("../../locales/", $code, "/settings.ftl")),
                include_str!(concat!("../../locales/", $code, "/history.ftl")),
            ],
        }
    };
}

impl Source {
    /// The texts a process with `parts` reads.
    pub fn texts(&self, parts: Parts) -> Vec<&'static str> {
        match parts {
            Parts::Core => vec![self.core],
            Parts::CoreAndPage => std::iter::once(self.core).chain(self.windows).collect(),
        }
    }
}

/// The languages this build speaks, English (the source) first.
pub const SOURCES: &[Source] =
    &[source!("en", "English"), source!("de", "Deutsch"), source!("es", "Español")];

/// The source of `code` ("de"), if this build speaks it.
pub fn source(code: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.code == code)
}

/// Which words and which clock: the language (one of [`SOURCES`]) and 12- or 24-hour times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    pub code: &'static str,
    /// The locale asked for, as a BCP 47 tag ("de-DE", "en-US"), or the language alone.
    pub tag: String,
    pub hour12: bool,
}

impl Locale {
    pub const ENGLISH: &'static str = "en";

    /// The locale of this process: `language` ("auto", or a code of [`SOURCES`]) from the
    /// settings, else the environment.
    pub fn from_env(language: Option<&str>) -> Locale {
        let var = |name: &str| std::env::var(name).ok();
        Locale::from_vars(language, &|name| var(name))
    }

    /// [`Locale::from_env`] over any environment (tests give their own).
    pub fn from_vars(language: Option<&str>, var: &dyn Fn(&str) -> Option<String>) -> Locale {
        // POSIX's order: LC_ALL overrides the category, which overrides LANG; empty means unset.
        let first = |names: &[&str]| names.iter().find_map(|n| var(n).filter(|v| !v.is_empty()));
        let messages = first(&["LC_ALL", "LC_MESSAGES", "LANG"]);
        let time = first(&["LC_ALL", "LC_TIME", "LANG"]);
        let asked = match language {
            Some(code) if code != "auto" && source(code).is_some() => Some(code.to_string()),
            _ => messages.as_deref().and_then(posix_tag),
        };
        let tag = asked.unwrap_or_else(|| Locale::ENGLISH.into());
        let code = tag
            .parse::<LanguageIdentifier>()
            .ok()
            .and_then(|id| source(id.language.as_str()))
            .map_or(Locale::ENGLISH, |s| s.code);
        // An explicit language keeps the clock of the environment's region.
        let hour12 = time.as_deref().and_then(posix_tag).is_some_and(|t| twelve_hour(&t));
        Locale { code, tag, hour12 }
    }
}

/// "de_DE.UTF-8@euro" → "de-DE"; "C" and "POSIX" → none (English).
fn posix_tag(value: &str) -> Option<String> {
    let name = value.split(['.', '@']).next()?;
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    let tag = name.replace('_', "-");
    tag.parse::<LanguageIdentifier>().ok().map(|id| id.to_string())
}

/// Whether people in this locale read times on a 12-hour clock ("2:30 PM"), from CLDR's preferred
/// hour cycle for the regions where it is 12 hours and the language is one we speak.
fn twelve_hour(tag: &str) -> bool {
    let Ok(id) = tag.parse::<LanguageIdentifier>() else { return false };
    let region = id.region.as_ref().map(|r| r.as_str());
    match id.language.as_str() {
        "en" => matches!(region, Some("US" | "CA" | "AU" | "NZ" | "IN" | "PH" | "PK" | "EG" | "SA")),
        "es" => matches!(region, Some("US" | "CO" | "VE" | "HN" | "SV" | "NI" | "PR" | "DO" | "PA")),
        _ => false,
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Which files a process needs: the resident and the command line only `core.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parts {
    Core,
    CoreAndPage,
}

/// The messages of one locale, with English behind them.
pub struct Words {
    pub locale: Locale,
    bundle: Bundle,
    english: Option<Bundle>,
    /// `files.ftl`, parsed the first time one of its messages is asked for: most runs of the
    /// resident never find anything wrong in a file, and need not hold its words.
    files: OnceLock<(Bundle, Option<Bundle>)>,
}

impl Words {
    /// Words from the given texts in `locale`'s language, English behind them (for tests).
    #[cfg(test)]
    pub fn from_texts(locale: Locale, own: &[&str]) -> Words {
        let mut bundle = Bundle::new_concurrent(vec![locale.code.parse().expect("a language")]);
        bundle.set_use_isolating(false);
        for text in own {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Words { locale, bundle, english: Some(bundle_en(Parts::CoreAndPage)), files: OnceLock::new() }
    }

    pub fn new(locale: Locale, parts: Parts) -> Words {
        let source = source(locale.code).expect("a locale's code is one of SOURCES");
        let bundle = bundle(source, &locale.tag, source.texts(parts));
        let english = (locale.code != Locale::ENGLISH).then(|| bundle_en(parts));
        Words { locale, bundle, english, files: OnceLock::new() }
    }

    /// `files.ftl` in this locale, and in English behind it.
    fn files(&self) -> &(Bundle, Option<Bundle>) {
        self.files.get_or_init(|| {
            let own = source(self.locale.code).expect("a locale's code is one of SOURCES");
            let english = (self.locale.code != Locale::ENGLISH)
                .then(|| bundle(&SOURCES[0], Locale::ENGLISH, vec![SOURCES[0].files]));
            (bundle(own, &self.locale.tag, vec![own.files]), english)
        })
    }

    /// The message `id` with `args`, in this locale, else in English, else the id itself (a test
    /// makes sure that never happens).
    pub fn say(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let in_files = || {
            let (own, english) = self.files();
            [Some(own), english.as_ref()].into_iter().flatten().find_map(|b| format(b, id, args))
        };
        [Some(&self.bundle), self.english.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|b| format(b, id, args))
            .or_else(in_files)
            .unwrap_or_else(|| {
                log::warn!("no words for message {id}");
                id.to_string()
            })
    }

    /// Whether this locale (not English behind it) has the message `id`.
    pub fn has_own(&self, id: &str) -> bool {
        let (message, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
        let has = |bundle: &Bundle| {
            bundle.get_message(message).is_some_and(|m| match attribute {
                Some(name) => m.get_attribute(name).is_some(),
                None => m.value().is_some(),
            })
        };
        has(&self.bundle) || has(&self.files().0)
    }
}

fn bundle_en(parts: Parts) -> Bundle {
    bundle(&SOURCES[0], Locale::ENGLISH, SOURCES[0].texts(parts))
}

fn bundle(source: &Source, tag: &str, texts: Vec<&'static str>) -> Bundle {
    let lang: LanguageIdentifier = source.code.parse().expect("a source's code is a language");
    let tag: LanguageIdentifier = tag.parse().unwrap_or_else(|_| lang.clone());
    let mut bundle = Bundle::new_concurrent(vec![tag, lang]);
    // The words go to plain-text places (a tray label, a notification, a terminal): no Unicode
    // isolation marks around arguments.
    bundle.set_use_isolating(false);
    for text in texts {
        // A translation with a syntax error keeps the messages that parse (Fluent recovers per
        // message); the missing ones fall back to English. The test suite refuses such a file.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, errors)| {
            log::warn!("locales/{}: {} syntax errors", source.code, errors.len());
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            log::warn!("locales/{}: {errors:?}", source.code);
        }
    }
    bundle
}

fn format(bundle: &Bundle, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (id, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    // A translation that names an argument the code does not pass falls back to English.
    errors.is_empty().then(|| Cow::into_owned(text))
}

/// The words for left and right of every language (`side-words-left` and `side-words-right`), as
/// (left, right) pairs: a routine's side text is mirrored whatever language it is written in.
pub fn side_words() -> &'static [(String, String)] {
    static PAIRS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    PAIRS.get_or_init(|| {
        let line = |text: &str, id: &str| -> Vec<String> {
            let prefix = format!("{id} =");
            text.lines()
                .find_map(|l| l.strip_prefix(&prefix))
                .map_or(Vec::new(), |words| words.split_whitespace().map(String::from).collect())
        };
        let mut pairs: Vec<(String, String)> = Vec::new();
        for source in SOURCES {
            let lefts = line(source.core, "side-words-left");
            let rights = line(source.core, "side-words-right");
            for pair in lefts.into_iter().zip(rights) {
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
            }
        }
        pairs
    })
}

static CURRENT: RwLock<Option<Arc<Words>>> = RwLock::new(None);

/// The words of this process: set once at start (and again when the `language` setting changes);
/// before that, the environment's, core only.
pub fn words() -> Arc<Words> {
    #[cfg(test)]
    if let Some(words) = tests::OVERRIDE.with(|o| o.borrow().clone()) {
        return words;
    }
    if let Some(words) = CURRENT.read().unwrap_or_else(|e| e.into_inner()).as_ref() {
        return Arc::clone(words);
    }
    let words = Arc::new(Words::new(Locale::from_env(None), Parts::Core));
    CURRENT.write().unwrap_or_else(|e| e.into_inner()).get_or_insert(words).clone()
}

/// Use `words` from now on.
pub fn set(words: Words) {
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(words));
}

/// [`Words::say`] in this process's words; [`t!`] is the short way to call it.
pub fn say(id: &str, args: Option<&FluentArgs>) -> String {
    words().say(id, args)
}

/// A message in this process's language: `t!("status-paused")`, `t!("reminder-snooze", snooze =
/// human)`. Argument names are Rust identifiers and the message's variables (`{ $snooze }`).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::lang::say($id, None)
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::lang::Args::new();
        $( args.set(stringify!($key), $value); )+
        $crate::lang::say($id, Some(&args))
    }};
}

#[cfg(test)]
pub mod tests;
