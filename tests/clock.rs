//! Wall-clock jumps on the real resident: libfaketime, through its control file, moves the wall
//! clock (CLOCK_REALTIME) 3 hours forward and then 1 hour back while sitting time runs on the
//! monotonic clock, as when the time is set by hand or by NTP. No reminder comes early and
//! none comes twice.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, Local};

use crate::support::{wait_for, Desktop};

const LIBFAKETIME: &str = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1";

fn unsit() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_unsit"))
}

/// How far ahead of the real wall clock the resident's next break is, once it says.
fn ahead(desk: &Desktop) -> Option<chrono::Duration> {
    let status = desk.status(unsit())?;
    let next = DateTime::parse_from_rfc3339(status["next_break_at"].as_str()?).ok()?;
    Some(next.with_timezone(&Local) - Local::now())
}

#[test]
fn wall_clock_jumps_bring_no_early_reminder_and_no_burst() {
    assert!(
        Path::new(LIBFAKETIME).exists(),
        "{LIBFAKETIME} is missing: scripts/install-deps.sh test installs faketime"
    );
    let desk = Desktop::start_with(&["--no-tray"]);
    let clock = desk.home.path().join("faketime");
    std::fs::write(&clock, "+0\n").unwrap();
    let env = [
        ("LD_PRELOAD", LIBFAKETIME),
        ("FAKETIME_TIMESTAMP_FILE", clock.to_str().unwrap()),
        ("FAKETIME_NO_CACHE", "1"),
        ("FAKETIME_DONT_FAKE_MONOTONIC", "1"),
    ];
    let started = Instant::now();
    let resident = desk.start_resident_with(unsit(), &["--interval", "10s"], &env);
    wait_for("the resident to answer", Duration::from_secs(10), || desk.status(unsit()));

    // Three hours forward: the resident's wall clock has moved (its next break is 3 h ahead of
    // ours), but the break is due after 10 s of sitting, not at once.
    std::fs::write(&clock, "+3h\n").unwrap();
    wait_for("the resident's clock 3 h ahead", Duration::from_secs(10), || {
        ahead(&desk).filter(|d| *d > chrono::Duration::minutes(179)).map(drop)
    });
    assert!(desk.notifications().is_empty(), "a reminder came at the jump");
    wait_for("the reminder", Duration::from_secs(30), || desk.notifications().into_iter().next());
    assert!(started.elapsed() >= Duration::from_secs(10), "early: {:?}", started.elapsed());

    // One hour back, then the break skipped: the next one comes after 10 s more, and it is the
    // second reminder in all.
    std::fs::write(&clock, "+2h\n").unwrap();
    assert!(desk.run(unsit(), &["skip"]).status.success());
    let skipped = Instant::now();
    let ahead_now = wait_for("the resident's clock 2 h ahead", Duration::from_secs(10), || ahead(&desk));
    assert!(
        ahead_now > chrono::Duration::minutes(119) && ahead_now < chrono::Duration::minutes(121),
        "{ahead_now}"
    );
    wait_for("the second reminder", Duration::from_secs(30), || desk.notifications().get(1).cloned());
    assert!(skipped.elapsed() >= Duration::from_secs(9), "early: {:?}", skipped.elapsed());
    assert_eq!(desk.notifications().len(), 2, "{}", resident.log());
}
