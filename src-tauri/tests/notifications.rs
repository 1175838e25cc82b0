//! Reminders, in a private headless desktop with dunst: every action of the notification, a
//! reminder sent again replacing the one on screen, and the prompt window where there is no
//! notification service. Both run with no tray host, which unsit must not need.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::path::Path;

use common::{desk_routine, unsit, PATIENCE};
use support::{wait_for, Desktop};

/// The id of the `n`th notification dunst received (counting from 1) once it has come.
fn nth_notification(desk: &Desktop, n: usize) -> serde_json::Value {
    wait_for(&format!("notification {n}"), PATIENCE, || desk.notifications().into_iter().nth(n - 1))
}

fn state_becomes(desk: &Desktop, unsit: &Path, state: &str) -> serde_json::Value {
    wait_for(&format!("the state `{state}`"), PATIENCE, || desk.status(unsit).filter(|s| s["state"] == state))
}

fn closed_on_screen(desk: &Desktop) {
    wait_for("the answered reminder to be closed", PATIENCE, || {
        (desk.notifications_displayed() == 0).then_some(())
    });
}

#[test]
fn every_button_of_the_reminder_does_what_it_says_and_a_reminder_sent_again_replaces_it() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray"]);
    let resident = desk.start_resident(&unsit, &["--interval", "3s", "--renotify-every", "2s"]);

    // Unanswered, the reminder comes again in place of the first: same id, one on screen.
    let first = nth_notification(&desk, 1);
    let again = nth_notification(&desk, 2);
    assert_eq!(again["id"], first["id"], "{first} then {again}");
    assert_eq!(desk.notifications_displayed(), 1);
    let id = first["id"].as_u64().unwrap();

    // Snooze 10 min.
    desk.click_notification_button(id, "snooze");
    let status = state_becomes(&desk, &unsit, "snoozed");
    // The buttons, as dunst offered them.
    let menu = std::fs::read_to_string(desk.dir.join("context-menu")).unwrap();
    for line in ["#Start (Time to get up)", "#Snooze 10 min (Time to get up)", "#Skip (Time to get up)"] {
        assert!(menu.contains(line), "{line} is missing from the menu:\n{menu}");
    }
    assert!(status["line"].as_str().unwrap().starts_with("Snoozed · break in 10 min"), "{status}");
    closed_on_screen(&desk);

    // Skip: first make the break due again, with a new notification.
    let shown = desk.notifications().len();
    assert!(desk.run(&unsit, &["skip"]).status.success());
    let next = nth_notification(&desk, shown + 1);
    assert_ne!(next["id"], first["id"], "a closed reminder is not reused");
    desk.click_notification_button(next["id"].as_u64().unwrap(), "skip");
    let status = wait_for("the skip to take effect", PATIENCE, || {
        desk.status(&unsit).filter(|s| s["state"] == "counting" && s["sitting_s"].as_u64() < Some(3))
    });
    assert_eq!(status["last_session"], serde_json::Value::Null, "{status}");
    closed_on_screen(&desk);
    assert!(resident.log().contains("break skipped after"), "{}", resident.log());

    // Start (the button, not the body): the session window opens, and the reminder goes.
    let shown = desk.notifications().len();
    let next = nth_notification(&desk, shown + 1);
    desk.click_notification_button(next["id"].as_u64().unwrap(), "start");
    let window = wait_for("the session window", PATIENCE, || desk.window("^unsit — Desk reset$"));
    state_becomes(&desk, &unsit, "in_session");
    closed_on_screen(&desk);
    desk.close_window(window);
    state_becomes(&desk, &unsit, "counting");
}

#[test]
fn with_no_notification_service_the_prompt_window_asks_instead() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-notifications", "--no-tray"]);
    let resident = desk.start_resident(&unsit, &["--interval", "3s", "--renotify-every", "2s"]);

    let prompt = "^unsit — Time to get up$";
    let window = wait_for("the prompt window", PATIENCE, || desk.window(prompt));
    assert_eq!(desk.status(&unsit).unwrap()["state"], "due");
    let log = resident.log();
    assert!(log.contains("no notification service to show the reminder"), "{log}");
    assert!(log.contains("opening the prompt window instead"), "{log}");

    // Sent again while the prompt is open, the reminder finds it there: still one window.
    wait_for("the reminder to be sent again", PATIENCE, || {
        resident.log().contains("reminder 2:").then_some(())
    });
    assert_eq!(desk.windows(prompt), 1);
    let pid = desk.window_pid(window);
    let args = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    let args: Vec<&[u8]> = args.split(|&b| b == 0).collect();
    let message = format!("You've been sitting for 3 s. {}: release, stretch, activate.", desk_routine().1);
    assert!(args.contains(&message.as_bytes()), "{:?}", String::from_utf8_lossy(&args.concat()));
    assert!(args.contains(&b"10m".as_slice()), "the default snooze is offered");

    // Answered elsewhere (here the CLI), the prompt goes away like a notification would.
    assert!(desk.run(&unsit, &["skip"]).status.success());
    wait_for("the prompt to close", PATIENCE, || (desk.windows(prompt) == 0).then_some(()));
    wait_for("its process to end", PATIENCE, || (!Path::new(&format!("/proc/{pid}")).exists()).then_some(()));
    state_becomes(&desk, &unsit, "counting");

    // The next reminder opens it again.
    wait_for("the prompt window again", PATIENCE, || desk.window(prompt));
}

/// Regression: the reminder's Snooze button said "Snooze 10 min" whatever the snooze setting was,
/// and snoozed for the setting all the same.
#[test]
fn the_snooze_button_names_the_snooze_setting() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray"]);
    let settings = desk.home.path().join("config/unsit/settings.toml");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    std::fs::write(&settings, "snooze = \"5m\"\n").unwrap();
    let _resident = desk.start_resident(&unsit, &["--interval", "3s"]);
    let id = nth_notification(&desk, 1)["id"].as_u64().unwrap();
    desk.click_notification_button(id, "snooze");
    let status = state_becomes(&desk, &unsit, "snoozed");
    let menu = std::fs::read_to_string(desk.dir.join("context-menu")).unwrap();
    assert!(menu.contains(&format!("#Snooze 5 min (Time to get up) [{id},snooze]")), "{menu}");
    assert!(!menu.contains("10 min"), "{menu}");
    assert!(status["line"].as_str().unwrap().starts_with("Snoozed · break in 5 min"), "{status}");
}

/// A routine's text from a file (two standing holds: it fits the desk) is text in the reminder
/// and in the tray: dunst reads markup in
/// bodies (it says so with the `body-markup` capability), so the title reaches it escaped; the
/// tray's menu doubles `_`, which dbusmenu would read as an access key.
#[test]
fn routine_text_is_text_in_the_reminder_and_the_tray() {
    let desk = Desktop::start();
    let title = "<img src=x onerror=alert(1)> \u{202e}desk_hips & <b>bold</b>";
    let config = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(config.join("routines")).unwrap();
    std::fs::write(
        config.join("routines/hostile.toml"),
        format!(
            "id = \"hostile\"\ntitle = \"{title}\"\nsummary = \"s\"\n[source]\ntitle = \"t\"\nauthor = \"a\"\n\
             [[phases]]\nkind = \"stretch\"\n[[phases.exercises]]\nname = \"n\"\ntargets = [\"psoas\"]\n\
             position = \"standing\"\nhold = 60\ncues = [\"c\"]\n[[phases.exercises]]\nname = \"m\"\n\
             targets = [\"psoas\"]\nposition = \"standing\"\nhold = 60\ncues = [\"c\"]\n"
        ),
    )
    .unwrap();
    std::fs::write(config.join("settings.toml"), "routine = \"hostile\"\n").unwrap();
    let unsit = unsit();
    let _resident = desk.start_resident(&unsit, &["--interval", "2s"]);

    let shown = nth_notification(&desk, 1);
    let escaped = "&lt;img src=x onerror=alert(1)&gt; \u{202e}desk_hips &amp; &lt;b&gt;bold&lt;/b&gt;";
    let body = shown["body"].as_str().unwrap();
    assert!(body.contains(&format!("{escaped} · ")), "{body}");

    let item = wait_for("the tray item", PATIENCE, || desk.tray_items().into_iter().next());
    let (_, entries) = support::tray_menu(&desk.bus(), &item);
    let label = "<img src=x onerror=alert(1)> \u{202e}desk__hips & <b>bold</b>";
    assert!(entries.iter().any(|e| e.label.starts_with(label)), "{entries:?}");
}
