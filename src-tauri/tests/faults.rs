//! Faults around the resident, in the headless desktop with both real programs: a break window
//! killed while a step runs, the notification service restarted or gone, the tray host
//! restarted.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::time::Duration;

use common::{unsit, PATIENCE};
use serde_json::Value;
use support::{tray_menu, wait_for, Desktop};

fn history_json(desk: &Desktop) -> Vec<Value> {
    let out = desk.run(unsit(), &["history", "--json"]);
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).expect("history --json is a JSON array")
}

/// Presses keys in a window, as a person at the keyboard would (XTEST, after focusing it).
fn keys(desk: &Desktop, window: u32, keys: &[&str]) {
    let window = window.to_string();
    let focus = desk.run("xdotool", &["windowfocus", "--sync", &window]);
    assert!(focus.status.success(), "{focus:?}");
    let pressed = desk.run("xdotool", &[&["key", "--delay", "50"][..], keys].concat());
    assert!(pressed.status.success(), "{pressed:?}");
}

/// SIGKILL to the break window on its second step: within a second the resident has left the
/// session and counts again, records the session stopped at that step, and leaves no window,
/// prompt or notification behind; the tray says it counts.
#[test]
fn a_break_window_killed_mid_step_is_recorded_where_it_stopped() {
    let desk = Desktop::start();
    let resident = desk.start_resident(&unsit(), &[]);
    wait_for("the resident to answer", PATIENCE, || desk.status(&unsit()));
    assert!(desk.run(unsit(), &["break"]).status.success());
    let window = wait_for("the break window", PATIENCE, || desk.window("^unsit — "));
    let routine = desk.status(&unsit()).unwrap()["routine"].as_str().unwrap().to_string();

    // Start, then on to the second step; the resident hears of each step as it comes.
    keys(&desk, window, &["Return"]);
    wait_for("the first step's progress", PATIENCE, || {
        resident.log().contains(&format!("session of {routine} at work step 1 of ")).then_some(())
    });
    keys(&desk, window, &["Right"]);
    wait_for("the second step's progress", PATIENCE, || {
        resident.log().contains(&format!("session of {routine} at work step 2 of ")).then_some(())
    });
    assert_eq!(desk.status(&unsit()).unwrap()["state"], "in_session");

    let pid = desk.window_pid(window);
    assert!(desk.run("kill", &["-KILL", &pid.to_string()]).status.success());
    let status = wait_for("the resident to count again", Duration::from_secs(1), || {
        desk.status(&unsit()).filter(|s| s["state"] == "counting")
    });
    assert!(status["sitting_s"].as_u64().unwrap() <= 1, "{status}");

    let events = history_json(&desk);
    let session = events.iter().rev().find(|e| e["kind"] == "session").expect("the session recorded");
    assert_eq!(
        (&session["routine"], &session["reached"], &session["done"]),
        (&Value::from(routine.as_str()), &Value::from(2), &Value::from(false)),
        "{session}"
    );
    assert!(resident.log().contains("session window ended with signal: 9 (SIGKILL)"), "{}", resident.log());

    // Nothing left behind: no window, no reminder, and the tray counts.
    assert_eq!(desk.window("^unsit"), None);
    assert!(desk.notifications().is_empty());
    let item = wait_for("the tray item", PATIENCE, || desk.tray_items().into_iter().next());
    let bus = desk.bus();
    wait_for("the tray to say it counts", PATIENCE, || {
        let (_, entries) = tray_menu(&bus, &item);
        entries[0].label.starts_with("Sitting").then_some(())
    });
}

/// The notification service restarts while a reminder is out: the new one shows it again at
/// once, no prompt window opens, and answering on the new one works.
#[test]
fn a_restarted_notification_service_shows_the_reminder_again() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let resident = desk.start_resident(&unsit(), &["--interval", "2s"]);
    wait_for("the reminder", PATIENCE, || desk.notifications().into_iter().next());
    desk.stop_part("dunst", "org.freedesktop.Notifications");
    let _dunst = desk.start_notifications();

    let again = wait_for("the reminder shown again", PATIENCE, || desk.notifications().get(1).cloned());
    assert_eq!(again["summary"], "Time to get up");
    assert!(resident.log().contains("showing the reminder again"), "{}", resident.log());
    assert_eq!(desk.window("^unsit — Time to get up$"), None, "the prompt opened");

    desk.click_notification_button(again["id"].as_u64().unwrap(), "skip");
    wait_for("the skip to reach the resident", PATIENCE, || {
        resident.log().contains("break skipped after").then_some(())
    });
    let answers: Vec<Value> = history_json(&desk).into_iter().filter(|e| e["kind"] == "answer").collect();
    assert_eq!(
        (&answers[0]["answer"], &answers[0]["from"]),
        (&Value::from("skip"), &Value::from("notification"))
    );
}

/// The notification service goes away and does not come back: after the grace of ten seconds
/// the reminder opens as the prompt window, and answering there works.
#[test]
fn with_the_notification_service_gone_the_reminder_opens_the_prompt() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let resident = desk.start_resident(&unsit(), &["--interval", "2s"]);
    wait_for("the reminder", PATIENCE, || desk.notifications().into_iter().next());
    desk.stop_part("dunst", "org.freedesktop.Notifications");

    let prompt =
        wait_for("the prompt window", Duration::from_secs(20), || desk.window("^unsit — Time to get up$"));
    assert!(resident.log().contains("the notification service has been gone for 10 s"), "{}", resident.log());
    // Start has the focus; Return answers.
    keys(&desk, prompt, &["Return"]);
    wait_for("the break to start", PATIENCE, || desk.status(&unsit()).filter(|s| s["state"] == "in_session"));
    // A new user is at the desk: the desk reset plays.
    let window = wait_for("the break window", PATIENCE, || desk.window("^unsit — Desk reset$"));
    wait_for("the prompt to close", PATIENCE, || {
        desk.window("^unsit — Time to get up$").is_none().then_some(())
    });
    desk.close_window(window);
    wait_for("counting again", PATIENCE, || desk.status(&unsit()).filter(|s| s["state"] == "counting"));
}

/// The tray host (the StatusNotifierWatcher) restarts: the item registers again, with its menu
/// and the state as it is (paused).
#[test]
fn the_tray_registers_again_with_a_restarted_host() {
    let desk = Desktop::start();
    let _resident = desk.start_resident(&unsit(), &[]);
    wait_for("the tray item", PATIENCE, || desk.tray_items().into_iter().next());
    assert!(desk.run(unsit(), &["pause", "1h"]).status.success());

    desk.stop_part("sni-watcher", "org.kde.StatusNotifierWatcher");
    std::fs::remove_file(desk.dir.join("sni-items")).unwrap();
    let _watcher = desk.start_tray_watcher();
    let item = wait_for("the item registered again", PATIENCE, || desk.tray_items().into_iter().next());
    let bus = desk.bus();
    let (_, entries) = tray_menu(&bus, &item);
    assert!(entries[0].label.starts_with("Paused until "), "{entries:?}");
    assert!(entries.iter().any(|e| e.label == "Resume"), "{entries:?}");
}
