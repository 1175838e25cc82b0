//! Watching the user's routines folder with inotify, so that a routine added, changed or removed
//! there is in the tray and the settings within moments, without a restart and without polling.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use futures_util::StreamExt as _;
use inotify::{Inotify, WatchMask};
use tokio::sync::mpsc::UnboundedSender;

use super::Event;

/// An editor's save is several events (a temporary file written, renamed, its attributes set):
/// changes this close together are told as one.
const SETTLE: Duration = Duration::from_millis(100);

/// What changes a routine file.
fn files() -> WatchMask {
    WatchMask::CLOSE_WRITE
        | WatchMask::CREATE
        | WatchMask::DELETE
        | WatchMask::MOVED_TO
        | WatchMask::MOVED_FROM
}

/// Tells the driver, with [`Event::RoutinesChanged`], whenever a file in `dir` is written,
/// created, moved or removed. A folder that does not exist yet is watched for from its parent
/// (unsit's configuration folder), and from the moment it is made.
pub fn routines(dir: &Path, events: UnboundedSender<Event>) {
    let parent = dir.parent().map(Path::to_path_buf).unwrap_or_default();
    let name = dir.file_name().map(OsStr::to_os_string).unwrap_or_default();
    // unsit's own configuration folder is made if it is missing, so that there is a place to
    // watch for the routines folder from.
    let watching = std::fs::create_dir_all(&parent).and_then(|()| Inotify::init()).and_then(|inotify| {
        let parent_wd = match parent.is_dir() {
            true => Some(inotify.watches().add(&parent, WatchMask::CREATE | WatchMask::MOVED_TO)?),
            false => None,
        };
        if dir.is_dir() {
            inotify.watches().add(dir, files())?;
        }
        Ok((parent_wd, inotify.into_event_stream([0u8; 4096])?))
    });
    let (parent_wd, mut changes) = match watching {
        Ok(watching) => watching,
        Err(e) => {
            log::warn!("cannot watch {} ({e}): routines added there show after a restart", dir.display());
            return;
        }
    };
    let dir: PathBuf = dir.to_path_buf();
    tokio::spawn(async move {
        while let Some(change) = changes.next().await {
            let change = match change {
                Ok(change) => change,
                Err(e) => {
                    log::warn!("watching {}: {e}", dir.display());
                    break;
                }
            };
            // In the configuration folder only the routines folder's making matters (settings.toml
            // is saved there too): watch what goes into it from now on.
            if Some(&change.wd) == parent_wd.as_ref() {
                if change.name.as_deref() != Some(name.as_os_str()) {
                    continue;
                }
                if let Err(e) = changes.watches().add(&dir, files()) {
                    log::warn!("cannot watch {} ({e})", dir.display());
                }
            }
            // Wait for the rest of the burst: every further change restarts the wait.
            while let Ok(Some(_)) = tokio::time::timeout(SETTLE, changes.next()).await {}
            if events.send(Event::RoutinesChanged).is_err() {
                break;
            }
        }
    });
}
