//! The library: the built-in routines compiled into the binary, and the user's own in
//! routines folder (`Dirs::routines`, `$XDG_CONFIG_HOME/unsit/routines/`), which add to them or override one with the same id.
//!
//! Loading never fails as a whole: it returns every good routine and every error, so one broken
//! file costs only that routine.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::limits::FILE_BYTES;
use super::parse::{not_utf8, too_large};
use super::{parse, parse_bytes, Parsed, Routine, RoutineError, DEFAULT_ID};
use crate::t;

/// The built-in routines, `routines/ID.toml`, and their translations, `routines/ID.LANG.toml`
/// (only their text, in every language but English; a test checks each is complete), compiled in
/// from one list of ids.
macro_rules! builtin {
    ($($id:literal),* $(,)?) => {
        const BUILTIN: &[(&str, &str)] =
            &[$((concat!($id, ".toml"), include_str!(concat!("../../routines/", $id, ".toml")))),*];
        const BUILTIN_TRANSLATIONS: &[(&str, &str)] = &[$(
            (concat!($id, ".de.toml"), include_str!(concat!("../../routines/", $id, ".de.toml"))),
            (concat!($id, ".es.toml"), include_str!(concat!("../../routines/", $id, ".es.toml"))),
        )*];
    };
}

// In the order `unsit routines list` shows them. At the desk, a chosen routine that does not fit
// gives way to the next that does: the desk routines come right after the default.
builtin![
    "anti-desk",
    "desk-reset",
    "desk-hips",
    "desk-stretch",
    "desk-activate",
    "desk-release",
    "desk-ball",
    "back-relief",
    "recovery-rolling",
    "low-back-release",
    "low-back-stretch",
    "low-back-activate",
];

/// `ID.LANG.toml` → (ID, LANG); none for a routine's own file (`ID.toml`: ids have no dots).
pub fn translation_name(file_name: &str) -> Option<(&str, &str)> {
    file_name.strip_suffix(".toml")?.split_once('.').filter(|(id, lang)| !id.is_empty() && !lang.is_empty())
}

/// Where a routine was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn(&'static str),
    User(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::BuiltIn(name) => write!(f, "built-in:{name}"),
            Origin::User(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub routine: Routine,
    pub origin: Origin,
    /// A user routine that replaces the built-in with the same id.
    pub overrides_builtin: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    entries: Vec<Entry>,
}

impl Library {
    /// The built-in routines alone. They are checked by the test suite, so a failure here is a
    /// build bug.
    pub fn builtin() -> Library {
        let entries = BUILTIN
            .iter()
            .map(|&(name, text)| {
                let parsed = parse(text, &Origin::BuiltIn(name).to_string())
                    .unwrap_or_else(|errors| panic!("built-in routine {name} is invalid: {}", errors[0]));
                Entry { routine: parsed.routine, origin: Origin::BuiltIn(name), overrides_builtin: false }
            })
            .collect();
        Library { entries }
    }

    /// The built-ins plus the `*.toml` files in `user_dir` (when given and present), in name
    /// order, in the language of this process (`crate::lang::words`). Returns every good routine
    /// and every error.
    pub fn load(user_dir: Option<&Path>) -> (Library, Vec<RoutineError>) {
        let lang = crate::lang::words().locale.code;
        let (mut library, mut errors) = Library::load_untranslated(user_dir);
        if lang != crate::lang::Locale::ENGLISH {
            library.translate(user_dir, lang, &mut errors);
        }
        (library, errors)
    }

    /// Puts each routine in `lang`: a user's routine from `ID.LANG.toml` next to it, a built-in
    /// from the user's `ID.LANG.toml` if there is one, else from the one built in.
    fn translate(&mut self, user_dir: Option<&Path>, lang: &str, errors: &mut Vec<RoutineError>) {
        for entry in &mut self.entries {
            let id = &entry.routine.id;
            let file_name = format!("{id}.{lang}.toml");
            let user_file = user_dir.map(|d| d.join(&file_name)).filter(|p| p.is_file());
            let (text, origin) = match (&user_file, &entry.origin) {
                (Some(path), _) => match read(path, &path.display().to_string()) {
                    Ok(bytes) => (String::from_utf8_lossy(&bytes).into_owned(), path.display().to_string()),
                    Err(e) => {
                        errors.extend(e);
                        continue;
                    }
                },
                (None, Origin::BuiltIn(_)) => {
                    match BUILTIN_TRANSLATIONS.iter().find(|(name, _)| *name == file_name) {
                        Some((name, text)) => (text.to_string(), Origin::BuiltIn(name).to_string()),
                        None => continue,
                    }
                }
                (None, Origin::User(_)) => continue,
            };
            let (translated, problems) = super::translate(&entry.routine, &text, &origin);
            errors.extend(problems);
            if let Some(routine) = translated {
                entry.routine = routine;
            }
        }
    }

    /// [`Library::load`] in the routines' own language.
    pub fn load_untranslated(user_dir: Option<&Path>) -> (Library, Vec<RoutineError>) {
        let mut library = Library::builtin();
        let mut errors = Vec::new();
        let Some(dir) = user_dir else { return (library, errors) };
        let files = match routine_files(dir) {
            Ok(files) => files,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (library, errors),
            Err(e) => {
                errors.push(RoutineError {
                    origin: dir.display().to_string(),
                    at: None,
                    message: t!("read-cannot-list", error = e.to_string()),
                });
                return (library, errors);
            }
        };
        let mut user = Vec::new();
        let parsed = read_all(&files, &mut errors);
        for (path, parsed) in parsed {
            let routine = parsed.routine;
            match library.entries.iter_mut().find(|e| e.routine.id == routine.id) {
                Some(builtin) => {
                    *builtin = Entry { routine, origin: Origin::User(path), overrides_builtin: true }
                }
                None => user.push(Entry { routine, origin: Origin::User(path), overrides_builtin: false }),
            }
        }
        library.entries.extend(user);
        (library, errors)
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.routine.id == id)
    }

    /// The default routine (the user's version of it, if they have one).
    pub fn default_routine(&self) -> &Routine {
        &self.get(DEFAULT_ID).expect("the default routine is built in").routine
    }
}

/// Checks routine files as `unsit routines check` does: each file on its own, then ids that two
/// of them share. A translation (`ID.LANG.toml`) is checked against `ID.toml` next to it, or the
/// built-in routine `ID`. Returns the good routines with their paths, and every error.
pub fn check(paths: &[PathBuf]) -> (Vec<(PathBuf, Routine)>, Vec<RoutineError>) {
    let mut errors = Vec::new();
    let (translations, routines): (Vec<PathBuf>, Vec<PathBuf>) = paths
        .iter()
        .cloned()
        .partition(|p| p.file_name().and_then(|n| n.to_str()).and_then(translation_name).is_some());
    let mut good: Vec<(PathBuf, Routine)> =
        read_all(&routines, &mut errors).into_iter().map(|(path, p)| (path, p.routine)).collect();
    for path in translations {
        let origin = path.display().to_string();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let Some((id, _)) = translation_name(name) else { continue };
        let original_path = path.with_file_name(format!("{id}.toml"));
        let original = if original_path.is_file() {
            read(&original_path, &original_path.display().to_string())
                .and_then(|b| parse_bytes(&b, &original_path.display().to_string()))
                .map(|p| p.routine)
        } else {
            Library::builtin().get(id).map(|e| e.routine.clone()).ok_or_else(|| {
                vec![RoutineError {
                    origin: origin.clone(),
                    at: None,
                    message: t!("read-no-original", id = id),
                }]
            })
        };
        let original = match original {
            Ok(routine) => routine,
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        let text = match read(&path, &origin) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    errors.push(not_utf8(e.as_bytes(), &e.utf8_error(), &origin));
                    continue;
                }
            },
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        let (translated, problems) = super::translate(&original, &text, &origin);
        match translated {
            Some(routine) if problems.is_empty() => good.push((path, routine)),
            _ => errors.extend(problems),
        }
    }
    (good, errors)
}

/// Reads and parses each file; a file whose id an earlier one already has is reported, with both
/// places, and left out.
fn read_all(paths: &[PathBuf], errors: &mut Vec<RoutineError>) -> Vec<(PathBuf, Parsed)> {
    let mut out: Vec<(PathBuf, Parsed)> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    for path in paths {
        let origin = path.display().to_string();
        let parsed = read(path, &origin).and_then(|bytes| parse_bytes(&bytes, &origin));
        match parsed {
            Ok(parsed) => {
                if let Some(&first) = ids.get(&parsed.routine.id) {
                    let (other, (line, col)) = (&out[first].0, out[first].1.id_at);
                    errors.push(RoutineError {
                        origin: path.display().to_string(),
                        at: Some(parsed.id_at),
                        message: t!(
                            "read-duplicate-id",
                            id = parsed.routine.id.as_str(),
                            other = format!("{}:{line}:{col}", other.display())
                        ),
                    });
                } else {
                    ids.insert(parsed.routine.id.clone(), out.len());
                    out.push((path.clone(), parsed));
                }
            }
            Err(e) => errors.extend(e),
        }
    }
    out
}

/// The file's bytes, refusing a file too large to be a routine without reading it all.
fn read(path: &Path, origin: &str) -> Result<Vec<u8>, Vec<RoutineError>> {
    let error = |at, message| vec![RoutineError { origin: origin.to_string(), at, message }];
    let unreadable = |e: std::io::Error| error(None, t!("read-cannot-read", error = e.to_string()));
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(FILE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() > FILE_BYTES {
        // The real size, which the truncated read does not know.
        return Err(too_large(origin, std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len())));
    }
    Ok(bytes)
}

/// The `*.toml` files in `dir`, by name; hidden files and editor backups are not routines.
fn routine_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.starts_with('.')
                && name.ends_with(".toml")
                && translation_name(name).is_none()
                && p.is_file()
        })
        .collect();
    files.sort();
    Ok(files)
}
