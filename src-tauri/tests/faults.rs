//! Faults around the resident, in the headless desktop with both real programs: a break window
//! killed while a step runs.

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
