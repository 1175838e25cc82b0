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
use super::parse::too_large;
use super::{parse, parse_bytes, Parsed, Routine, RoutineError, DEFAULT_ID};

macro_rules! builtin {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../routines/", $name)))),*]
    };
}

/// The built-in routines, compiled in, in the order `unsit routines list` shows them.
/// At the desk, a chosen routine that does not fit gives way to the next that does: the desk
/// routines come right after the default.
const BUILTIN: &[(&str, &str)] = builtin![
    "anti-desk.toml",
    "desk-reset.toml",
    "desk-hips.toml",
    "desk-stretch.toml",
    "desk-activate.toml",
    "desk-release.toml",
    "desk-ball.toml",
    "back-relief.toml",
    "recovery-rolling.toml",
    "low-back-release.toml",
    "low-back-stretch.toml",
    "low-back-activate.toml",
];

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
    /// order. Returns every good routine and every error.
    pub fn load(user_dir: Option<&Path>) -> (Library, Vec<RoutineError>) {
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
                    message: format!(
                        "cannot list the routines directory ({e}); only the built-ins are loaded"
                    ),
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
/// of them share. Returns the good routines with their paths, and every error.
pub fn check(paths: &[PathBuf]) -> (Vec<(PathBuf, Routine)>, Vec<RoutineError>) {
    let mut errors = Vec::new();
    let good = read_all(paths, &mut errors).into_iter().map(|(path, p)| (path, p.routine)).collect();
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
                        message: format!(
                            "duplicate id \"{}\": {}:{line}:{col} has it too; this file is left out",
                            parsed.routine.id,
                            other.display()
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
    let unreadable = |e: std::io::Error| error(None, format!("cannot read it: {e}"));
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
            !name.starts_with('.') && name.ends_with(".toml") && p.is_file()
        })
        .collect();
    files.sort();
    Ok(files)
}
