//! Real X input, or none, decides whether sitting time restarts (MIT-SCREEN-SAVER in Xvfb).

use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::{wait_for, Desktop};

fn unsit() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_unsit"))
}

const PATIENCE: Duration = Duration::from_secs(20);

#[test]
fn input_keeps_the_sitting_time_and_absence_restarts_it() {
    let desk = Desktop::start_with(&["--no-tray"]);
    // Idle for 4 s counts as a break; the resident samples idle time every 2 s.
    let resident = desk.start_resident(unsit(), &["--interval", "1h", "--idle-reset", "4s"]);
    wait_for("the resident", PATIENCE, || desk.status(unsit()));

    // Someone at the keyboard: the pointer moves every half second for 8 s. Sitting time keeps
    // counting past the idle-reset, and the state never turns to away.
    let mut x = 10;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(8) {
        x = if x == 10 { 20 } else { 10 };
        assert!(desk.run("xdotool", &["mousemove", &x.to_string(), "10"]).status.success());
        let status = desk.status(unsit()).expect("status");
        assert_eq!(status["state"], "counting", "{status}\n{}", resident.log());
        std::thread::sleep(Duration::from_millis(500));
    }
    let status = desk.status(unsit()).unwrap();
    assert!(status["sitting_s"].as_u64().unwrap() >= 7, "{status}");

    // Nobody: after the idle-reset the resident sees the user is away.
    wait_for("the user to count as away", PATIENCE, || desk.status(unsit()).filter(|s| s["state"] == "away"));

    // Back at the keyboard: sitting time starts again from the return.
    assert!(desk.run("xdotool", &["mousemove", "30", "30"]).status.success());
    let back = wait_for("the user to count as back", PATIENCE, || {
        desk.status(unsit()).filter(|s| s["state"] == "counting")
    });
    assert!(back["sitting_s"].as_u64().unwrap() <= 3, "{back}");
    assert!(resident.log().contains("natural break: away for"), "{}", resident.log());
}
