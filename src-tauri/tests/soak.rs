//! A soak: the resident reminding at every interval, answered by this test in turn: start (the
//! break window opens, and is closed), snooze for a minute, skip. At the end the resident's memory
//! (PSS) and open files are within 5 % of what they were after the first round, and every reminder
//! came within a second of its due time.
//!
//! `make test` runs two rounds at a 10 s interval (about three minutes: a snooze is a minute at
//! least). `scripts/bench-soak` runs it for 30 minutes at 1 minute with the release programs and
//! prints the figures (`UNSIT_SOAK_SECONDS`, `UNSIT_SOAK_INTERVAL`, `UNSIT_SOAK_BIN_DIR`); rounds
//! are always whole.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::{unsit, PATIENCE};
use support::{wait_for, Desktop};

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs_f64()
}

/// A process's proportional set size in kB and its number of open files.
fn footprint(pid: u32) -> (u64, usize) {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap();
    let pss = rollup
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("Pss in smaps_rollup");
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd")).unwrap().count();
    (pss, fds)
}

#[test]
fn a_soak_of_reminders_answered_in_turn_leaks_nothing_and_keeps_time() {
    let seconds = setting("UNSIT_SOAK_SECONDS", 90);
    let interval = setting("UNSIT_SOAK_INTERVAL", 10);
    let unsit = std::env::var_os("UNSIT_SOAK_BIN_DIR").map_or_else(unsit, |d| PathBuf::from(d).join("unsit"));
    let desk = Desktop::start();
    let began = Instant::now();
    let mut due = now() + interval as f64;
    let resident = desk.start_resident(&unsit, &["--interval", &format!("{interval}s")]);
    let pid = resident.child.id();
    let counting = || {
        wait_for("counting again", PATIENCE, || desk.status(&unsit).filter(|s| s["state"] == "counting"));
    };

    let mut late: Vec<f64> = Vec::new();
    let mut first_round = None;
    while began.elapsed() < Duration::from_secs(seconds) || late.len() % 3 != 0 {
        let n = late.len();
        let shown =
            wait_for(&format!("reminder {}", n + 1), Duration::from_secs(interval.max(60) * 3), || {
                desk.notifications().get(n).cloned()
            });
        late.push(shown["at"].as_f64().expect("the harness logs when a notification came") - due);
        // The person is at the computer: the pointer moves as they answer. Without input, five
        // minutes of it would count as time away (the idle-reset), and no reminder would come.
        let x = (100 + n % 7 * 50).to_string();
        assert!(desk.run("xdotool", &["mousemove", &x, "100"]).status.success());
        match n % 3 {
            0 => {
                // Start: the break window opens; closing it ends the break.
                desk.click_notification();
                let window = wait_for("the break window", PATIENCE, || desk.window("^unsit — "));
                desk.close_window(window);
                wait_for("the window gone", PATIENCE, || desk.window("^unsit — ").is_none().then_some(()));
                counting();
                due = now() + interval as f64;
            }
            1 => {
                assert!(desk.run(&unsit, &["snooze", "1m"]).status.success());
                due = now() + 60.0;
            }
            _ => {
                desk.click_notification_button(shown["id"].as_u64().unwrap(), "skip");
                counting();
                due = now() + interval as f64;
                if first_round.is_none() {
                    first_round = Some(footprint(pid));
                }
            }
        }
    }
    let (pss_then, fds_then) = first_round.expect("a whole round");
    let (pss_now, fds_now) = footprint(pid);
    let worst = late.iter().copied().fold(0.0_f64, |w, l| if l.abs() > w.abs() { l } else { w });
    eprintln!(
        "soak: {} reminders in {:.0} s at a {interval} s interval; the latest {:+.3} s from its due time; \
         PSS {} kB after the first round, {} kB at the end ({:+.1} %); open files {} then, {} at the end",
        late.len(),
        began.elapsed().as_secs_f64(),
        worst,
        pss_then,
        pss_now,
        (pss_now as f64 - pss_then as f64) * 100.0 / pss_then as f64,
        fds_then,
        fds_now
    );
    for (i, l) in late.iter().enumerate() {
        assert!(l.abs() <= 1.0, "reminder {} came {l:+.3} s from its due time: {late:?}", i + 1);
    }
    assert!(pss_now as f64 <= pss_then as f64 * 1.05, "PSS grew from {pss_then} to {pss_now} kB");
    assert!(fds_now as f64 <= fds_then as f64 * 1.05, "open files grew from {fds_then} to {fds_now}");
    assert!(!resident.log().contains("panicked"), "{}", resident.log());
}
