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

/// The screensaver's signal, as KDE's (or GNOME's) lock screen sends it.
fn screensaver(desk: &Desktop, interface: &str, path: &str, active: bool) {
    let signal = format!("{interface}.ActiveChanged");
    let out = desk.run(
        "gdbus",
        &["emit", "--session", "--object-path", path, "--signal", &signal, &active.to_string()],
    );
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn a_locked_screen_is_away_at_once_and_a_long_lock_is_a_break() {
    let desk = Desktop::start_with(&["--no-tray"]);
    // Idle time is known (X11) but long: only the lock can make the person away here.
    let resident = desk.start_resident(unsit(), &["--interval", "1h", "--idle-reset", "4s"]);
    wait_for("the resident", PATIENCE, || desk.status(unsit()));
    screensaver(&desk, "org.freedesktop.ScreenSaver", "/ScreenSaver", true);
    let away = wait_for("the lock to count as away", PATIENCE, || {
        desk.status(unsit()).filter(|s| s["state"] == "away")
    });
    assert_eq!(away["locked"], true, "{away}");
    // Locked for longer than the idle-reset (the idle time passes it too, meanwhile), then
    // unlocked with input, as a person does: a natural break.
    wait_for("the idle-reset to pass", PATIENCE, || resident.log().contains("screen locked").then_some(()));
    std::thread::sleep(Duration::from_secs(5));
    assert!(desk.run("xdotool", &["mousemove", "40", "40"]).status.success());
    screensaver(&desk, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", false);
    screensaver(&desk, "org.freedesktop.ScreenSaver", "/ScreenSaver", false);
    let back = wait_for("the unlock to count as back", PATIENCE, || {
        desk.status(unsit()).filter(|s| s["state"] == "counting")
    });
    assert_eq!(back["locked"], false, "{back}");
    assert!(back["sitting_s"].as_u64().unwrap() <= 3, "{back}");
    assert!(resident.log().contains("natural break: away for"), "{}", resident.log());
}

/// The person, as the harness's KWin sees them: input through fake-input, or none.
mod on_wayland {
    use super::*;
    use crate::wayland::Wayland;

    /// Moves the pointer every half second for `d`; the resident must keep counting throughout.
    fn at_the_keyboard(desk: &Desktop, wl: &mut Wayland, d: Duration, resident: &crate::support::Resident) {
        let start = Instant::now();
        while start.elapsed() < d {
            wl.move_pointer();
            let status = desk.status(unsit()).expect("status");
            assert_eq!(status["state"], "counting", "{status}\n{}", resident.log());
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    #[test]
    fn kwin_says_when_you_go_idle_and_come_back() {
        let desk = Desktop::start_with(&["--no-tray", "--wayland"]);
        let resident = desk.start_resident(unsit(), &["--interval", "1h", "--idle-reset", "3s"]);
        let status = wait_for("the resident", PATIENCE, || desk.status(unsit()));
        assert_eq!(status["idle_source"], "ext_idle_notify", "{status}\n{}", resident.log());
        let text = desk.run(unsit(), &["status"]);
        assert!(
            String::from_utf8_lossy(&text.stdout)
                .contains("away time: from the Wayland compositor (ext-idle-notify)"),
            "{text:?}"
        );
        assert!(resident.log().contains("away time: from the Wayland compositor"), "{}", resident.log());
        let mut wl = Wayland::connect(&desk);

        // Input keeps the person at the desk past the idle-reset.
        at_the_keyboard(&desk, &mut wl, Duration::from_secs(6), &resident);
        // Nobody: the compositor says idle after 3 s, and the resident counts a break.
        wait_for("the user to count as away", PATIENCE, || {
            desk.status(unsit()).filter(|s| s["state"] == "away")
        });
        // Back: the first input ends the break; sitting time starts from it.
        wl.move_pointer();
        let back = wait_for("the user to count as back", PATIENCE, || {
            desk.status(unsit()).filter(|s| s["state"] == "counting")
        });
        assert!(back["sitting_s"].as_u64().unwrap() <= 2, "{back}");
        assert!(resident.log().contains("natural break: away for"), "{}", resident.log());
    }

    #[test]
    fn a_video_holding_an_idle_inhibitor_is_sitting() {
        let desk = Desktop::start_with(&["--no-tray", "--wayland"]);
        let resident = desk.start_resident(unsit(), &["--interval", "1h", "--idle-reset", "3s"]);
        wait_for("the resident", PATIENCE, || desk.status(unsit()));
        let mut wl = Wayland::connect(&desk);
        wl.move_pointer();
        let video = wl.inhibit_idle();
        // Watching, hands off, for three idle-resets: still sitting.
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(9) {
            let status = desk.status(unsit()).expect("status");
            assert_eq!(status["state"], "counting", "{status}\n{}", resident.log());
            std::thread::sleep(Duration::from_millis(500));
        }
        // The video ends: idle counts again, from then.
        wl.release(video);
        wait_for("the user to count as away", PATIENCE, || {
            desk.status(unsit()).filter(|s| s["state"] == "away")
        });
    }
}
