//! unsit: the core (scheduler, routines, plans) and the resident (control API, tray, notifications).
//!
//! The core modules (`duration`, `hours`, `scheduler`, `routine`, `plan`, `words`, and `settings`'
//! reading) are pure: no clock, no I/O. `lang` holds the words in each language (`locales/`). `dirs` says where the files are, resolved once at start.
//! `resident` is the shell that runs the core against the desktop; `protocol` is the D-Bus API
//! shared by the resident, the CLI client and `unsit-ui`; `cli` is the command line.

/// The application's id: the name of its menu entry (`APP_ID.desktop`), its icon and its AppStream
/// metadata, and what notifications name as their `desktop-entry`.
pub const APP_ID: &str = "io.github.unsit.Unsit";

/// `--version`'s text: the version and the commit it was built from.
pub const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("UNSIT_COMMIT"), ")");

pub mod autostart;
pub mod cli;
pub mod data;
pub mod dirs;
pub mod duration;
pub mod history;
pub mod hours;
pub mod lang;
pub mod place;
pub mod plan;
pub mod protocol;
pub mod resident;
pub mod routine;
pub mod scheduler;
pub mod settings;
pub mod words;
