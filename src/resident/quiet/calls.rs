//! A call is on: a camera is open (a process holds `/dev/video*`, seen in `/proc/*/fd`) or a
//! microphone is recording (an ALSA capture substream whose status says `RUNNING`, under
//! `/proc/asound`). Read from a `/proc` tree given at construction, so tests use a fake one.
//!
//! Only the user's own processes can be seen, which is where a call app runs. PulseAudio and
//! PipeWire hold a capture device open only while something records, so a running capture
//! substream means a recording now. A Bluetooth headset's microphone is not an ALSA device and is
//! not seen.

use std::fs;
use std::path::{Path, PathBuf};

use futures_util::future::{BoxFuture, FutureExt as _};

use super::Probe;
use crate::scheduler::Quiet;
use crate::settings::Holds;

pub struct Calls {
    proc: PathBuf,
    /// unsit's own process, whose descriptors do not count.
    own: String,
}

impl Calls {
    pub fn new(proc: impl Into<PathBuf>) -> Calls {
        Calls { proc: proc.into(), own: std::process::id().to_string() }
    }

    /// Whether any process holds a video device open.
    pub fn camera_open(&self) -> bool {
        let Ok(processes) = fs::read_dir(&self.proc) else { return false };
        processes
            .flatten()
            .filter(|p| {
                p.file_name().to_str().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()) && n != self.own)
            })
            .any(|p| holds_video(&p.path().join("fd")))
    }

    /// Whether a capture substream of any sound card is running.
    pub fn microphone_recording(&self) -> bool {
        let asound = self.proc.join("asound");
        let Ok(cards) = fs::read_dir(&asound) else { return false };
        cards
            .flatten()
            .filter(|c| c.file_name().to_str().is_some_and(|n| n.starts_with("card")))
            .flat_map(|card| fs::read_dir(card.path()).into_iter().flatten().flatten())
            // pcm0c, pcm1c: capture devices (pcm0p are playback).
            .filter(|pcm| pcm.file_name().to_str().is_some_and(|n| n.starts_with("pcm") && n.ends_with('c')))
            .flat_map(|pcm| fs::read_dir(pcm.path()).into_iter().flatten().flatten())
            .filter(|sub| sub.file_name().to_str().is_some_and(|n| n.starts_with("sub")))
            .any(|sub| running(&sub.path().join("status")))
    }
}

fn holds_video(fds: &Path) -> bool {
    let Ok(fds) = fs::read_dir(fds) else { return false };
    fds.flatten().any(|fd| {
        fs::read_link(fd.path())
            .is_ok_and(|target| target.to_str().is_some_and(|t| t.starts_with("/dev/video")))
    })
}

fn running(status: &Path) -> bool {
    fs::read_to_string(status).is_ok_and(|s| s.lines().any(|l| l.trim() == "state: RUNNING"))
}

impl Probe for Calls {
    fn wanted(&self, holds: Holds) -> bool {
        holds.calls
    }

    fn check(&mut self) -> BoxFuture<'_, Option<Quiet>> {
        let call = self.camera_open() || self.microphone_recording();
        std::future::ready(call.then_some(Quiet::Call)).boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    /// A `/proc` with a browser (pid 100) holding a socket and a file, and one sound card with a
    /// playback and a capture device, nothing running.
    fn fake_proc() -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        let p = root.path();
        fs::create_dir_all(p.join("100/fd")).unwrap();
        symlink("socket:[4242]", p.join("100/fd/3")).unwrap();
        symlink("/home/me/notes.txt", p.join("100/fd/4")).unwrap();
        fs::create_dir_all(p.join("self")).unwrap();
        for dev in ["pcm0p/sub0", "pcm0c/sub0"] {
            fs::create_dir_all(p.join("asound/card0").join(dev)).unwrap();
            fs::write(p.join("asound/card0").join(dev).join("status"), "closed\n").unwrap();
        }
        fs::write(p.join("asound/cards"), " 0 [PCH            ]: HDA-Intel\n").unwrap();
        root
    }

    fn quiet(root: &Path) -> Option<Quiet> {
        futures_util::FutureExt::now_or_never(Calls::new(root).check()).flatten()
    }

    #[test]
    fn nothing_open_is_no_call() {
        let root = fake_proc();
        assert_eq!(quiet(root.path()), None);
    }

    #[test]
    fn a_process_holding_a_camera_is_a_call() {
        let root = fake_proc();
        symlink("/dev/video0", root.path().join("100/fd/5")).unwrap();
        assert_eq!(quiet(root.path()), Some(Quiet::Call));
        assert!(!Calls::new(root.path()).microphone_recording());
    }

    #[test]
    fn unsits_own_descriptors_do_not_count() {
        let root = fake_proc();
        let own = std::process::id().to_string();
        fs::create_dir_all(root.path().join(&own).join("fd")).unwrap();
        symlink("/dev/video0", root.path().join(&own).join("fd/9")).unwrap();
        assert_eq!(quiet(root.path()), None);
    }

    #[test]
    fn a_running_capture_substream_is_a_call_and_playback_is_not() {
        let root = fake_proc();
        let card = root.path().join("asound/card0");
        let status = "state: RUNNING\nowner_pid   : 100\ntrigger_time: 1.0\n";
        fs::write(card.join("pcm0p/sub0/status"), status).unwrap();
        assert_eq!(quiet(root.path()), None, "music playing is no call");
        fs::write(card.join("pcm0c/sub0/status"), status).unwrap();
        assert_eq!(quiet(root.path()), Some(Quiet::Call));
        fs::write(card.join("pcm0c/sub0/status"), "state: SETUP\n").unwrap();
        assert_eq!(quiet(root.path()), None, "prepared but not recording");
    }

    #[test]
    fn turned_off_it_is_not_asked() {
        let probe = Calls::new("/proc");
        assert!(!probe.wanted(Holds { calls: false, ..Holds::default() }));
        assert!(probe.wanted(Holds::default()));
    }
}
