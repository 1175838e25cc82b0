//! unsit: the core (scheduler, routines, plans) and the resident (control API, tray, notifications).
//!
//! The core modules (`duration`, `hours`, `scheduler`, `routine`, `plan`) are pure: no clock, no I/O.
//! `resident` is the shell that runs them against the desktop; `control` is the D-Bus API shared by
//! the resident, the CLI client and `unsit-ui`; `cli` is the command line.

pub mod autostart;
pub mod cli;
pub mod control;
pub mod data;
pub mod duration;
pub mod hours;
pub mod plan;
pub mod resident;
pub mod routine;
pub mod scheduler;
pub mod settings;
