//! End to end, in a private headless desktop: reminder → notification → click → session window →
//! close → sitting time restarts; and the tray menu driven over dbusmenu.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::time::Duration;

use common::{desk_routine, unsit, PATIENCE};
use support::{click_menu, tray_menu, wait_for, Desktop, MenuEntry};

/// The visible session window, if there is one.
fn session_window(desk: &Desktop) -> Option<u32> {
    desk.window("^unsit — ")
}

/// The command line `unsit-ui` was started with.
fn command_line(pid: u32) -> Vec<String> {
    let bytes = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    bytes
        .split(|b| *b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect()
}

#[test]
fn reminder_click_opens_the_session_and_closing_it_restarts_sitting_time() {
    let unsit = unsit();
    let desk = Desktop::start();
    let mut resident = desk.start_resident(&unsit, &["--interval", "3s"]);
    let (desk_id, desk_label) = desk_routine();

    // The reminder, for a new user (no settings file): dunst shows it with its summary, and a
    // body that names the sitting time and the routine, a desk routine.
    let shown = wait_for("the reminder notification", PATIENCE, || desk.notifications().into_iter().next());
    assert_eq!(shown["summary"], "Time to get up");
    assert_eq!(shown["appname"], "unsit");
    // It names the menu entry, so desktops file it under unsit's notification settings.
    assert_eq!(shown["desktop_entry"], unsit::APP_ID);
    assert!(support::repo_root().join(format!("assets/{}.desktop", unsit::APP_ID)).exists());
    assert_eq!(
        shown["body"],
        format!("You've been sitting for 3 s. {desk_label}: release, stretch, activate.")
    );
    assert_eq!(desk.status(&unsit).unwrap()["state"], "due");

    // Clicking it (the default action) opens the session window and withdraws the notification.
    // The window plays the desk routine, made for the desk with nothing (the page's overview of
    // just that is checked in tests/session.rs).
    desk.click_notification();
    let window = wait_for("the session window", PATIENCE, || session_window(&desk));
    let ui_pid = desk.window_pid(window);
    assert_eq!(desk.status(&unsit).unwrap()["state"], "in_session");
    let title = desk_label.split(" · ").next().unwrap().to_string();
    assert_eq!(desk.window(&format!("^unsit — {title}$")), Some(window));
    assert_eq!(
        command_line(ui_pid)[1..],
        [
            "session",
            "--routine",
            &desk_id,
            "--instead-of",
            "anti-desk",
            "--place",
            "desk",
            "--equipment",
            "none"
        ]
    );
    wait_for("the answered reminder to be closed", PATIENCE, || {
        (desk.notifications_displayed() == 0).then_some(())
    });

    // Closing the window ends unsit-ui, and the resident restarts the sitting time.
    desk.close_window(window);
    wait_for("unsit-ui to exit", PATIENCE, || {
        (!Path::new(&format!("/proc/{ui_pid}")).exists()).then_some(())
    });
    let status = wait_for("sitting time to restart", PATIENCE, || {
        desk.status(&unsit).filter(|s| s["state"] != "in_session")
    });
    assert_eq!(status["state"], "counting", "{status}");
    assert!(status["sitting_s"].as_u64().unwrap() < 3, "{status}");
    // Closed on the overview: the break was skipped.
    let last = &status["last_session"];
    assert_eq!(
        (last["routine"].as_str(), last["done"].as_bool(), last["reached"].as_u64()),
        (Some(desk_id.as_str()), Some(false), Some(0)),
        "{status}"
    );
    let log = resident.log();
    assert!(log.contains(&format!("session of {desk_id} closed before it started: break skipped")), "{log}");
    assert!(log.contains("break skipped after"), "{log}");

    // The tray: the item registered with the watcher, and its menu has the promised entries.
    let item = wait_for("the tray item", PATIENCE, || desk.tray_items().into_iter().next());
    let bus = desk.bus();
    // Wait for the next reminder (3 s after the break), so that "Snooze 10 min" applies.
    wait_for("the second reminder", PATIENCE, || (desk.notifications().len() == 2).then_some(()));
    let (menu_path, entries) = wait_for("the tray to show the break is due", PATIENCE, || {
        Some(tray_menu(&bus, &item)).filter(|(_, entries)| entries[0].label == "Break due")
    });
    // The icon: the "due" picture at every size a host may ask for, and the item asks for attention.
    let (status, pixmaps) = tray_icon(&bus, &item);
    assert_eq!(status, "NeedsAttention");
    let sizes: Vec<(i32, i32, usize)> = pixmaps.iter().map(|(w, h, data)| (*w, *h, data.len())).collect();
    assert_eq!(sizes, [16, 22, 24, 32, 48, 64].map(|s| (s, s, (s * s * 4) as usize)));
    let shown: Vec<&MenuEntry> = entries.iter().filter(|e| e.visible && !e.separator).collect();
    let labels: Vec<&str> = shown.iter().map(|e| e.label.as_str()).collect();
    let menu = [
        "Break due",
        "Start break now",
        "Snooze",
        "5 min",
        "10 min",
        "15 min",
        "30 min",
        "Skip this break",
        "Pause",
        "30 min",
        "1 hour",
        "2 hours",
        "Until tomorrow",
        "Until I resume",
        "I'm at",
        "Desk",
        "Home",
        "Remind me every",
        "30 min",
        "45 min",
        "60 min",
        "90 min",
        "120 min",
        "180 min",
        "Routine",
        "Anti-desk reset · 5 min",
    ];
    assert_eq!(labels[..menu.len()], menu, "{labels:?}");
    assert_eq!(labels[labels.len() - 4..], ["Rotate", "Settings…", "History…", "Quit"], "{labels:?}");
    assert!(labels.contains(&"Desk hips · 2 min"), "{labels:?}");
    assert!(!shown[0].enabled, "the status line is not clickable");
    assert!(!labels.contains(&"Resume"), "Resume shows only while paused");
    let snooze = shown[4];
    assert!(snooze.enabled);

    click_menu(&bus, &item, &menu_path, snooze.id);
    let status = wait_for("the snooze to take effect", PATIENCE, || {
        desk.status(&unsit).filter(|s| s["state"] == "snoozed")
    });
    let until = seconds_from_now(status["next_break_at"].as_str().unwrap());
    assert!((590..=600).contains(&until), "snoozed until {} ({until} s from now)", status["next_break_at"]);
    wait_for("the snoozed reminder to be closed", PATIENCE, || {
        (desk.notifications_displayed() == 0).then_some(())
    });
    let (_, entries) = tray_menu(&bus, &item);
    assert!(entries[0].label.starts_with("Snoozed · break in 10 min"), "{entries:?}");
    let (status, snoozed) = tray_icon(&bus, &item);
    assert_eq!(status, "Active");
    assert_ne!(snoozed, pixmaps, "the icon changes with the state");

    // The radio items: an interval and the rotation, saved as settings.
    let click = |label: &str, after: &str| {
        let (path, entries) = tray_menu(&bus, &item);
        let from = entries.iter().position(|e| e.label == after).unwrap_or_else(|| panic!("no {after}"));
        let entry = entries[from..].iter().find(|e| e.label == label && e.visible).unwrap();
        click_menu(&bus, &item, &path, entry.id);
    };
    click("45 min", "Remind me every");
    wait_for("the interval from the tray", PATIENCE, || {
        desk.status(&unsit).filter(|s| s["interval_s"] == 2700)
    });
    click("Rotate", "Routine");
    wait_for("rotation from the tray", PATIENCE, || desk.status(&unsit).filter(|s| s["rotate"] == true));
    click("Anti-desk reset · 5 min", "Routine");
    wait_for("the routine from the tray", PATIENCE, || desk.status(&unsit).filter(|s| s["rotate"] == false));

    // I'm at ▸ Home: the next break is the home routine, the chosen one, with the floor and the
    // ball and cushion a new user is taken to have at home.
    click("Home", "I'm at");
    wait_for("home from the tray", PATIENCE, || desk.status(&unsit).filter(|s| s["routine"] == "anti-desk"));
    let (_, entries) = tray_menu(&bus, &item);
    let at = entries.iter().position(|e| e.label == "I'm at").unwrap();
    assert_eq!((entries[at + 1].toggle_state, entries[at + 2].toggle_state), (0, 1), "Home is ticked");
    assert!(desk.run(&unsit, &["break"]).status.success());
    let window = wait_for("the home break", PATIENCE, || desk.window("^unsit — Anti-desk reset$"));
    assert_eq!(
        command_line(desk.window_pid(window))[1..],
        ["session", "--routine", "anti-desk", "--place", "home", "--equipment", "ball,cushion"]
    );
    desk.close_window(window);
    wait_for("the home break to end", PATIENCE, || desk.status(&unsit).filter(|s| s["state"] == "counting"));
    let settings = std::fs::read_to_string(desk.home.path().join("config/unsit/settings.toml")).unwrap();
    assert_eq!(settings, "interval = \"45m\"\nroutine = \"anti-desk\"\nplace = \"home\"\n");

    // Pause until resumed, then Resume (shown only while paused).
    click("Until I resume", "Pause");
    wait_for("paused from the tray", PATIENCE, || desk.status(&unsit).filter(|s| s["state"] == "paused"));
    let (_, entries) = tray_menu(&bus, &item);
    assert!(!entries.iter().any(|e| e.label == "Pause" && e.visible), "{entries:?}");
    click("Resume", "Start break now");
    wait_for("resumed from the tray", PATIENCE, || desk.status(&unsit).filter(|s| s["state"] == "counting"));

    // Settings… and History… open their windows, one of each however often they are clicked.
    for (label, title) in [("Settings…", "^unsit — Settings$"), ("History…", "^unsit — History$")] {
        click(label, "Routine");
        let window = wait_for(title, PATIENCE, || desk.window(title));
        click(label, "Routine");
        // The second click is handled once the resident answers the next request.
        assert!(desk.status(&unsit).is_some());
        let pgrep = desk.run("pgrep", &["-c", "-P", &resident.child.id().to_string(), "-f", "unsit-ui"]);
        assert_eq!(String::from_utf8_lossy(&pgrep.stdout).trim(), "1", "{label} opened a second window");
        desk.close_window(window);
        wait_for("the window to close", PATIENCE, || (desk.windows(title) == 0).then_some(()));
    }

    let quit = desk.run(&unsit, &["quit"]);
    assert!(quit.status.success());
    let code = wait_for("the resident to exit", PATIENCE, || resident.child.try_wait().unwrap());
    assert!(code.success());
}

#[test]
fn every_tray_item_does_what_it_says() {
    let unsit = unsit();
    let desk = Desktop::start();
    let mut resident = desk.start_resident(&unsit, &["--interval", "3s"]);
    let item = wait_for("the tray item", PATIENCE, || desk.tray_items().into_iter().next());
    let bus = desk.bus();
    // Clicks the visible entry `label` found after the entry `after` (a submenu's title).
    let click = |label: &str, after: &str| {
        let (path, entries) = wait_for(&format!("{label} in the menu"), PATIENCE, || {
            let (path, entries) = tray_menu(&bus, &item);
            let from = entries.iter().position(|e| e.label == after && e.visible)?;
            let entry = entries[from..].iter().find(|e| e.label == label && e.visible)?.id;
            Some((path, entry))
        });
        click_menu(&bus, &item, &path, entries);
    };
    let state = |want: &str| {
        wait_for(&format!("the state `{want}`"), PATIENCE, || {
            desk.status(&unsit).filter(|s| s["state"] == want)
        })
    };

    // Snooze ▸ each length, on a due break each time.
    for minutes in [5, 10, 15, 30] {
        state("due");
        click(&format!("{minutes} min"), "Snooze");
        let status = state("snoozed");
        let until = seconds_from_now(status["snoozed_until"].as_str().unwrap());
        assert!((minutes * 60 - 10..=minutes * 60).contains(&until), "{minutes} min: {status}");
        assert!(desk.run(&unsit, &["skip"]).status.success());
    }
    // Skip this break.
    state("due");
    click("Skip this break", "Start break now");
    wait_for("the skip", PATIENCE, || {
        desk.status(&unsit).filter(|s| s["state"] == "counting" && s["sitting_s"].as_u64() < Some(3))
    });

    // From here on a break must not fall due in the middle of a step: two hours between them.
    assert!(desk.run(&unsit, &["interval", "2h"]).status.success());

    // Pause ▸ each length, then Resume.
    let pauses =
        [("30 min", Some(1800)), ("1 hour", Some(3600)), ("2 hours", Some(7200)), ("Until tomorrow", None)];
    for (label, seconds) in pauses {
        click(label, "Pause");
        let status = state("paused");
        let until = seconds_from_now(status["paused_until"].as_str().expect("a pause with an end"));
        match seconds {
            Some(s) => assert!((s - 10..=s).contains(&until), "{label}: {status}"),
            None => assert!((1..=48 * 3600).contains(&until), "{label}: {status}"),
        }
        click("Resume", "Start break now");
        state("counting");
    }
    click("Until I resume", "Pause");
    assert!(state("paused")["paused_until"].is_null());
    click("Resume", "Start break now");
    state("counting");

    // Routine ▸ each routine, then Rotate.
    let (_, entries) = tray_menu(&bus, &item);
    let from = entries.iter().position(|e| e.label == "Routine").unwrap();
    let to = entries.iter().position(|e| e.label == "Rotate").unwrap();
    let routines: Vec<String> = entries[from + 1..to].iter().map(|e| e.label.clone()).collect();
    assert!(routines.len() >= 7, "{routines:?}");
    // The radio item clicked is the one ticked.
    let ticked = |label: &str, after: &str| {
        let (_, entries) = tray_menu(&bus, &item);
        let from = entries.iter().position(|e| e.label == after && e.visible)?;
        let entry = entries[from..].iter().find(|e| e.label == label)?;
        (entry.toggle_state == 1).then_some(())
    };
    for label in &routines {
        click(label, "Routine");
        wait_for(&format!("the routine {label} ticked"), PATIENCE, || ticked(label, "Routine"));
        // At the desk, a routine that needs the floor gives way to a desk routine.
        let routine = desk.status(&unsit).unwrap()["routine"].as_str().unwrap().to_string();
        let listed = desk.run(&unsit, &["routines", "list", "--place", "desk"]);
        assert!(
            String::from_utf8_lossy(&listed.stdout).contains(&format!("\n{routine} ")),
            "{label}: {routine}"
        );
    }
    // I'm at ▸ Home, then Desk again: ticked and saved.
    for (place, word) in [("Home", "home"), ("Desk", "desk")] {
        click(place, "I'm at");
        wait_for(&format!("{place} ticked"), PATIENCE, || ticked(place, "I'm at"));
        let settings = std::fs::read_to_string(desk.home.path().join("config/unsit/settings.toml")).unwrap();
        assert!(settings.contains(&format!("place = \"{word}\"")), "{settings}");
    }
    click("Rotate", "Routine");
    wait_for("rotation", PATIENCE, || desk.status(&unsit).filter(|s| s["rotate"] == true));

    // Start break now: the session window opens.
    click("Start break now", "Start break now");
    state("in_session");
    let window = wait_for("the session window", PATIENCE, || desk.window("^unsit — "));
    desk.close_window(window);
    state("counting");

    // Remind me every ▸ each interval (last: the break moves two hours away and more).
    for minutes in [30, 45, 60, 90, 120, 180] {
        click(&format!("{minutes} min"), "Remind me every");
        wait_for(&format!("the interval {minutes} min"), PATIENCE, || {
            desk.status(&unsit).filter(|s| s["interval_s"] == minutes * 60)
        });
    }

    // Quit.
    click("Quit", "Quit");
    let code = wait_for("the resident to exit", PATIENCE, || resident.child.try_wait().unwrap());
    assert!(code.success(), "{code}");
}

/// The tray item's Status and IconPixmap properties.
fn tray_icon(
    bus: &zbus::blocking::Connection,
    item: &(String, String),
) -> (String, Vec<(i32, i32, Vec<u8>)>) {
    let props = zbus::blocking::fdo::PropertiesProxy::builder(bus)
        .destination(item.0.as_str())
        .and_then(|b| b.path(item.1.as_str()))
        .and_then(|b| b.build())
        .expect("the item's properties");
    let get = |name: &str| {
        props.get("org.kde.StatusNotifierItem".try_into().unwrap(), name).expect("reading a tray property")
    };
    let status = String::try_from(get("Status")).expect("Status is a string");
    let pixmaps = get("IconPixmap").try_into().expect("IconPixmap is a(iiay)");
    (status, pixmaps)
}

/// Seconds from now until an RFC 3339 time, using `date` so the test needs no date crate.
fn seconds_from_now(rfc3339: &str) -> i64 {
    let out = std::process::Command::new("date").args(["-d", rfc3339, "+%s"]).output().unwrap();
    let then: i64 = String::from_utf8_lossy(&out.stdout).trim().parse().expect("date +%s");
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    then - now
}

/// A routine file added while the resident runs is in the tray's Routine menu within two seconds,
/// and goes again when the file is removed: the folder is watched, not polled.
#[test]
fn a_routine_added_while_unsit_runs_shows_in_the_tray_within_two_seconds() {
    let unsit = unsit();
    let desk = Desktop::start();
    let resident = desk.start_resident(&unsit, &[]);
    let item = wait_for("the tray item", PATIENCE, || desk.tray_items().into_iter().next());
    let bus = desk.bus();
    let listed = |label: &str| tray_menu(&bus, &item).1.iter().any(|e| e.label == label && e.visible);
    wait_for("the routines in the menu", PATIENCE, || listed("Desk hips · 2 min").then_some(()));

    let dir = desk.home.path().join("config/unsit/routines");
    std::fs::create_dir_all(&dir).unwrap();
    let desk_hips = std::fs::read_to_string(support::repo_root().join("routines/desk-hips.toml")).unwrap();
    let mine = desk_hips
        .replace("id = \"desk-hips\"", "id = \"my-hips\"")
        .replace("title = \"Desk hips\"", "title = \"My hips\"");
    assert!(mine.contains("My hips") && mine.contains("my-hips"));
    let file = dir.join("my-hips.toml");
    std::fs::write(&file, mine).unwrap();
    let within = Duration::from_secs(2);
    wait_for_or_log(&resident, "the new routine in the menu", within, || {
        listed("My hips · 2 min").then_some(())
    });
    std::fs::remove_file(&file).unwrap();
    wait_for_or_log(&resident, "the removed routine to go", within, || {
        (!listed("My hips · 2 min")).then_some(())
    });
}

/// [`wait_for`], with the resident's log in the failure.
fn wait_for_or_log<T>(
    resident: &support::Resident,
    what: &str,
    timeout: Duration,
    probe: impl FnMut() -> Option<T>,
) -> T {
    let waited = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| wait_for(what, timeout, probe)));
    waited
        .unwrap_or_else(|_| panic!("{what}: not within {timeout:?}; the resident's log:\n{}", resident.log()))
}

/// The applications menu entry's command lines: the entry's own, then each of its actions (which
/// GNOME and KDE show on a right-click), in file order.
fn menu_commands() -> Vec<(String, String)> {
    let text =
        std::fs::read_to_string(support::repo_root().join(format!("assets/{}.desktop", unsit::APP_ID)))
            .unwrap();
    let mut section = String::new();
    let mut commands = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_string();
        } else if let Some(exec) = line.strip_prefix("Exec=") {
            commands.push((section.clone(), exec.to_string()));
        }
    }
    commands
}

/// Runs a menu command line as the desktop would, with this build's `unsit`. Its output is not
/// kept: a resident it starts holds on to what it inherits.
fn launch(desk: &Desktop, exec: &str) {
    let words: Vec<&str> = exec.split_whitespace().collect();
    assert_eq!(words[0], "unsit", "{exec}");
    let status = desk
        .command(unsit())
        .args(&words[1..])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "{exec}: {status}");
}

/// Closes the window and waits until it is gone.
fn close(desk: &Desktop, title: &str, window: u32) {
    desk.close_window(window);
    wait_for(&format!("{title} to close"), PATIENCE, || desk.window(title).is_none().then_some(()));
}

/// Reachable without a tray: the menu entry starts unsit when it is not running and opens the
/// settings (so starting it shows something), and the settings again when it runs; its actions
/// open the settings and the history, pause for an hour and start a break.
#[test]
fn the_menu_entry_and_its_actions_do_what_they_say() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let commands = menu_commands();
    let exec =
        |section: &str| commands.iter().find(|(s, _)| s == section).map(|(_, e)| e.as_str()).expect(section);
    let settings = "^unsit — Settings$";
    let history = "^unsit — History$";

    // Not running: the entry starts the resident, which opens the settings.
    assert!(desk.status(&unsit()).is_none());
    launch(&desk, exec("Desktop Entry"));
    let window = wait_for("the settings window", PATIENCE, || desk.window(settings));
    assert_eq!(desk.status(&unsit()).expect("a resident")["state"], "counting");
    close(&desk, settings, window);
    // Running: the entry opens the settings again.
    launch(&desk, exec("Desktop Entry"));
    let window = wait_for("the settings window again", PATIENCE, || desk.window(settings));
    close(&desk, settings, window);

    launch(&desk, exec("Desktop Action settings"));
    let window = wait_for("the settings window from its action", PATIENCE, || desk.window(settings));
    close(&desk, settings, window);
    launch(&desk, exec("Desktop Action history"));
    let window = wait_for("the history window", PATIENCE, || desk.window(history));
    close(&desk, history, window);

    launch(&desk, exec("Desktop Action pause"));
    let status = desk.status(&unsit()).unwrap();
    assert_eq!(status["state"], "paused", "{status}");
    launch(&desk, exec("Desktop Action break"));
    let (_, label) = desk_routine();
    let title = format!("^unsit — {}$", label.split(" · ").next().unwrap());
    let window = wait_for("the break window", PATIENCE, || desk.window(&title));
    assert_eq!(desk.status(&unsit()).unwrap()["state"], "in_session");
    close(&desk, &title, window);

    let out = desk.run(unsit(), &["quit"]);
    assert!(out.status.success(), "{out:?}");
    wait_for("the resident to quit", PATIENCE, || desk.status(&unsit()).is_none().then_some(()));
}
