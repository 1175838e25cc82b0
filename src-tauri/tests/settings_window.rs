//! The settings and history windows in the real webview, over WebDriver, against a real
//! resident: every setting changed by typing and clicking, refusals shown with the allowed range,
//! the file saved and read back after a restart, and both windows with no resident running.
//!
//! Screenshots are saved under `$CARGO_TARGET_DIR/screenshots/` (not committed).

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::path::Path;

use common::{screenshot, unsit, unsit_ui, PATIENCE};
use serde_json::json;
use support::webdriver::{key, WebDriver};
use support::{wait_for, Desktop};

fn settings_file(desk: &Desktop) -> String {
    std::fs::read_to_string(desk.home.path().join("config/unsit/settings.toml")).unwrap_or_default()
}

/// Types `text` into a field and leaves it, which sends it to the resident.
fn enter(driver: &WebDriver, css: &str, text: &str) {
    driver.type_into(css, &format!("{text}{}", key::TAB));
}

/// Waits until the footer (or a field's error) says `what`.
fn says(driver: &WebDriver, css: &str, what: &str) {
    wait_for(&format!("{css} to say {what:?}"), PATIENCE, || {
        let shown = driver.is_visible(css).then(|| driver.text(css))?;
        shown.starts_with(what).then_some(())
    });
}

fn wait_until_running(desk: &Desktop, unsit: &Path) -> serde_json::Value {
    wait_for("the resident to answer", PATIENCE, || desk.status(unsit))
}

#[test]
fn every_setting_is_changed_in_the_window_checked_by_the_resident_and_kept_across_a_restart() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let resident = desk.start_resident(&unsit, &[]);
    wait_until_running(&desk, &unsit);

    let driver = WebDriver::start(&desk, unsit_ui(), &["settings"]);
    driver.wait_visible("#settings");
    assert_eq!(driver.value("#interval"), "120");
    assert_eq!(driver.value("#snooze"), "10");
    assert_eq!(driver.value("#idle_reset"), "5");
    assert_eq!(driver.value("#routine"), "anti-desk");
    // The ranges in the resident's words, from the list of settings.
    assert_eq!(driver.text("#interval-hint"), "10 min to 8 h");
    assert_eq!(driver.text("#idle_reset-hint"), "Idle, locked or asleep · 1 min to 1 h");
    assert!(!driver.is_visible("#problems"));
    assert!(!driver.is_visible("#hours-days"));
    let file = desk.home.path().join("config/unsit/settings.toml");
    assert_eq!(driver.text("#file"), file.display().to_string());

    // Out of range: refused with the range, under the field; nothing is saved.
    enter(&driver, "#interval", "5");
    says(&driver, "#interval-error", "the interval must be between 10 min and 8 h, not 5 min");
    assert_eq!(driver.attribute("#interval", "aria-invalid").as_deref(), Some("true"));
    screenshot(&driver, "settings-refused-light");
    assert_eq!(settings_file(&desk), "");
    enter(&driver, "#snooze", "500");
    says(&driver, "#snooze-error", "a snooze must be between 1 min and 2 h, not 8 h 20 min");
    enter(&driver, "#idle_reset", "0.5");
    says(&driver, "#idle_reset-error", "the idle time that counts as a break must be between 1 min and 1 h");
    enter(&driver, "#interval", "ten");
    // A number field holds no letters: what is left is empty, and said so.
    says(&driver, "#interval-error", "Type a number of minutes.");

    // In range: applied at once and saved.
    enter(&driver, "#interval", "45");
    says(&driver, "#saved", "A break every 45 min; the next one at ");
    assert!(!driver.is_visible("#interval-error"));
    assert_eq!(desk.status(&unsit).unwrap()["interval_s"], 2700);
    enter(&driver, "#snooze", "15");
    says(&driver, "#saved", "Snooze puts a break off by 15 min");
    enter(&driver, "#idle_reset", "3");
    says(&driver, "#saved", "Away for 3 min counts as a break");
    driver.click("#routine option[value='desk-hips']");
    says(&driver, "#saved", "Breaks use Desk hips");
    driver.click("#routine option[value='rotate']");
    says(&driver, "#saved", "Routines in turn");
    assert_eq!(desk.status(&unsit).unwrap()["rotate"], true);

    // Where you are, and what you have there.
    assert_eq!(
        driver.execute("return document.getElementById('place-desk').checked;", json!([])),
        json!(true)
    );
    driver.click("#place-home");
    says(&driver, "#saved", "At home · a ball, a cushion. ");
    driver.click("#equipment-foam-roller");
    says(&driver, "#saved", "At home · a ball, a foam roller, a cushion. ");
    driver.click("#desk_equipment-ball");
    says(&driver, "#saved", "At home · a ball, a foam roller, a cushion. ");
    screenshot(&driver, "settings-place-light");
    driver.click("#sound");
    says(&driver, "#saved", "Sounds off");
    driver.click("#voice");
    says(&driver, "#saved", "Spoken cues on");
    driver.click("#voice_counts");
    says(&driver, "#saved", "Reps not counted aloud");
    driver.click("#floor_view");
    says(&driver, "#saved", "Exercises on the floor start in the large view");
    driver.click("#autostart");
    says(&driver, "#saved", "unsit starts with the desktop");
    let entry = desk.home.path().join("config/autostart/unsit.desktop");
    assert!(std::fs::read_to_string(&entry).unwrap().contains(&format!("Exec=\"{}\" run", unsit.display())));

    // Quiet moments: every one holds a break by default; calls no longer do, and an hour's wait
    // becomes half of one.
    assert_eq!(driver.value("#hold_max"), "60");
    assert_eq!(driver.text("#hold_max-hint"), "1 min to 4 h");
    driver.click("#hold_for_calls");
    says(&driver, "#saved", "A due break no longer waits for a call (a camera or a microphone in use)");
    enter(&driver, "#hold_max", "300");
    says(
        &driver,
        "#hold_max-error",
        "the longest wait for a quiet moment to end must be between 1 min and 4 h",
    );
    enter(&driver, "#hold_max", "30");
    says(&driver, "#saved", "A due break waits at most 30 min for a quiet moment to end");
    driver.execute("document.getElementById('quiet-title').scrollIntoView();", json!([]));
    screenshot(&driver, "settings-quiet-light");

    // History: the streak's goal and how long the history is kept.
    assert_eq!((driver.value("#streak_goal"), driver.value("#keep_history")), ("3".into(), "forever".into()));
    enter(&driver, "#streak_goal", "25");
    says(&driver, "#streak_goal-error", "streak_goal must be 1 to 20, not 25");
    enter(&driver, "#streak_goal", "4");
    says(&driver, "#saved", "A day with 4 breaks counts towards your streak");
    driver.click("#keep_history option[value='365']");
    says(&driver, "#saved", "History kept for 365 days");
    driver.execute("document.getElementById('history-title').scrollIntoView();", json!([]));
    screenshot(&driver, "settings-history-light");

    // Working hours: turned on with weekday office hours filled in, then edited day by day.
    driver.click("#hours-on");
    says(&driver, "#saved", "Reminders only within working hours");
    assert_eq!(driver.value("#day-0"), "09:00-17:00");
    assert_eq!(driver.value("#day-6"), "");
    enter(&driver, "#day-1", "9-5");
    says(&driver, "#working_hours-error", "Tuesday: `9-5` is not a time range; expected HH:MM-HH:MM");
    enter(&driver, "#day-1", "08:30-12:00, 13:00-16:30");
    wait_for("the error to go", PATIENCE, || (!driver.is_visible("#working_hours-error")).then_some(()));
    screenshot(&driver, "settings-light");

    assert_eq!(
        settings_file(&desk),
        "interval = \"45m\"\nsnooze = \"15m\"\nidle_reset = \"3m\"\nroutine = \"rotate\"\nplace = \"home\"\n\
         equipment = [\"ball\", \"foam-roller\", \"cushion\"]\ndesk_equipment = [\"ball\"]\nsound = false\n\
         voice = true\nvoice_counts = false\nfloor_view = true\nautostart = true\nhold_for_calls = false\nhold_max = \"30m\"\nstreak_goal = 4\nkeep_history = 365\n\n[working_hours]\nmon = [\"09:00-17:00\"]\ntue = [\"08:30-12:00\", \"13:00-16:30\"]\n\
         wed = [\"09:00-17:00\"]\nthu = [\"09:00-17:00\"]\nfri = [\"09:00-17:00\"]\n"
    );
    driver.press_to_close(key::ESCAPE);
    wait_for("the settings window to close", PATIENCE, || {
        (desk.window("^unsit — Settings$").is_none()).then_some(())
    });
    drop(driver);

    // A restart reads it all back; the window shows it (in the dark theme this time).
    assert!(desk.run(&unsit, &["quit"]).status.success());
    drop(resident);
    let _resident = desk.start_resident(&unsit, &[]);
    let status = wait_until_running(&desk, &unsit);
    assert_eq!((status["interval_s"].as_u64(), status["rotate"].as_bool()), (Some(2700), Some(true)));
    let dark = [("GTK_THEME", "Adwaita:dark")];
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["settings"], &dark);
    driver.wait_visible("#settings");
    let values: Vec<String> = ["#interval", "#snooze", "#idle_reset", "#hold_max", "#routine", "#day-1"]
        .iter()
        .map(|f| driver.value(f))
        .collect();
    assert_eq!(values, ["45", "15", "3", "30", "rotate", "08:30-12:00, 13:00-16:30"]);
    let checked = driver.execute(
        "return ['sound', 'voice', 'voice_counts', 'floor_view', 'autostart', 'hours-on', 'place-home', 'equipment-foam-roller', 'equipment-band',
                 'desk_equipment-ball', 'desk_equipment-cushion', 'hold_for_calls', 'hold_for_full_screen']
           .map((id) => document.getElementById(id).checked);",
        json!([]),
    );
    assert_eq!(
        checked,
        json!([false, true, false, true, true, true, true, true, false, true, false, false, true])
    );
    screenshot(&driver, "settings-dark");
    driver.execute("document.getElementById('quiet-title').scrollIntoView();", json!([]));
    screenshot(&driver, "settings-quiet-dark");
    driver.execute("window.scrollTo(0, document.body.scrollHeight);", json!([]));
    screenshot(&driver, "settings-dark-end");

    // Working hours off again: the table goes from the file.
    driver.click("#hours-on");
    says(&driver, "#saved", "Reminders at any hour");
    assert!(!driver.is_visible("#hours-days"));
    assert!(!settings_file(&desk).contains("working_hours"));
}

#[test]
fn problems_in_the_file_are_shown_and_the_windows_say_when_unsit_is_not_running() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);

    let driver = WebDriver::start(&desk, unsit_ui(), &["settings"]);
    driver.wait_visible("#message-close");
    assert_eq!(driver.text("#message-title"), "Can't load the settings");
    assert_eq!(driver.text("#message-text"), "unsit is not running; start it with `unsit run`");
    drop(driver);
    // The history is read from its file: with no resident, the window says that nothing is
    // being counted now.
    let driver = WebDriver::start(&desk, unsit_ui(), &["history"]);
    driver.wait_visible("#history");
    assert_eq!(driver.text("#today-line"), "unsit is not running, so nothing is being counted right now.");
    assert_eq!(driver.text("#today-sitting"), "—");
    drop(driver);

    let dir = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("settings.toml"), "interval = \"3h\"\nsnooze = \"10\"\n").unwrap();
    let _resident = desk.start_resident(&unsit, &[]);
    wait_until_running(&desk, &unsit);
    let driver = WebDriver::start(&desk, unsit_ui(), &["settings"]);
    driver.wait_visible("#problems");
    let problem = driver.text("#problems-list li");
    assert!(problem.ends_with("settings.toml:2:10: snooze: `10` has no unit; write 10m for minutes or 10s for seconds; using the default (10 min)"), "{problem}");
    assert_eq!(driver.value("#interval"), "180");
    drop(driver);

    // The history window: sitting now, and nothing recorded yet but the start.
    let driver = WebDriver::start(&desk, unsit_ui(), &["history"]);
    driver.wait_visible("#history");
    assert!(driver.text("#today-line").starts_with("Sitting "), "{}", driver.text("#today-line"));
    assert_eq!(driver.text("#today-taken"), "0");
    driver.click_to_close("#close");
    wait_for("the history window to close", PATIENCE, || {
        (desk.window("^unsit — History$").is_none()).then_some(())
    });
}

/// Every setting of the list that can be given a wrong value is refused with the same words on
/// the command line, over D-Bus and in the settings window (where the form can give it).
#[test]
fn every_setting_refuses_a_bad_value_with_the_same_words_on_the_cli_over_dbus_and_in_the_window() {
    use unsit::settings::{Kind, LIST};
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let _resident = desk.start_resident(&unsit, &[]);
    wait_until_running(&desk, &unsit);
    let bus = desk.bus();
    let driver = WebDriver::start(&desk, unsit_ui(), &["settings"]);
    driver.wait_visible("#settings");
    for setting in LIST {
        let key = setting.key;
        // The value as text, and what to do in the window to give it (nothing: the form cannot:
        // it offers only the routines there are, and its switches are on or off).
        let (text, in_window): (String, Option<Box<dyn Fn()>>) = match setting.kind {
            Kind::Duration(limits) => {
                let minutes = limits.max.as_secs() / 60 + 1;
                let driver = &driver;
                (
                    format!("{minutes}m"),
                    Some(Box::new(move || enter(driver, &format!("#{key}"), &minutes.to_string()))),
                )
            }
            Kind::WorkingHours => {
                let driver = &driver;
                let give = move || {
                    driver.click("#hours-on");
                    says(driver, "#saved", "Reminders only within working hours");
                    enter(driver, "#day-1", "9-5");
                };
                ("tue 9-5".to_string(), Some(Box::new(give)))
            }
            Kind::Routine => ("no-such-routine".to_string(), None),
            Kind::Bool => ("maybe".to_string(), None),
            // The form offers only the places and the equipment there are.
            Kind::Place => ("office".to_string(), None),
            Kind::Equipment => ("ball,kettlebell".to_string(), None),
            // The form offers only the languages there are.
            Kind::Language => ("klingon".to_string(), None),
            Kind::Count(count) if key == "streak_goal" => {
                let n = (count.max + 1).to_string();
                let driver = &driver;
                (n.clone(), Some(Box::new(move || enter(driver, "#streak_goal", &n))))
            }
            // The window offers only the lengths of history there are.
            Kind::Count(count) => ((count.min - 1).to_string(), None),
        };
        let out = desk.run(&unsit, &["set", key, &text]);
        assert_eq!(out.status.code(), Some(1), "{key}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let on_cli = stderr.trim_end().strip_prefix("unsit: ").expect("unsit: …").to_string();
        let over_dbus = match bus.call_method(
            Some("io.github.unsit.Unsit"),
            "/io/github/unsit/Unsit",
            Some("io.github.unsit.Control1"),
            "Set",
            &(key, text.as_str()),
        ) {
            Err(zbus::Error::MethodError(_, Some(message), _)) => message,
            other => panic!("{key}: the resident took `{text}`: {other:?}"),
        };
        assert_eq!(on_cli, over_dbus, "{key}");
        if let Some(give) = in_window {
            give();
            let error = format!("#{key}-error");
            says(&driver, &error, &on_cli);
            assert_eq!(driver.text(&error), on_cli, "{key}");
        }
    }
    let saved = settings_file(&desk);
    assert!(
        !saved.contains("interval") && !saved.contains("snooze") && !saved.contains("9-5"),
        "nothing refused is saved: {saved}"
    );
}

/// What is typed shows on screen under GTK's XIM input method, its default for Chinese,
/// Japanese, Korean and Thai when no input method is set up: with it, a webview that paints
/// without compositing layers stops repainting once a text field has the focus (so the settings
/// window, unlike the break window, composites). Real clicks and keys, through the X server.
#[test]
fn typing_shows_on_screen_under_the_xim_input_method() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let _resident = desk.start_resident(&unsit, &[]);
    wait_until_running(&desk, &unsit);
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["settings"], &[("GTK_IM_MODULE", "xim")]);
    driver.wait_visible("#settings");
    let window = desk.run("xdotool", &["search", "--onlyvisible", "--name", "^unsit — Settings"]);
    let window = String::from_utf8(window.stdout).unwrap().trim().to_string();
    let centre = driver.execute(
        "const r = document.getElementById('interval').getBoundingClientRect(); \
         return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];",
        json!([]),
    );
    let (x, y) = (centre[0].to_string(), centre[1].to_string());
    let xdotool = |args: &[&str]| assert!(desk.run("xdotool", args).status.success(), "xdotool {args:?}");
    xdotool(&["windowfocus", "--sync", &window]);
    xdotool(&["mousemove", "--window", &window, &x, &y, "click", "1"]);
    wait_for("the field to have the focus", PATIENCE, || {
        let id = driver.execute("return document.activeElement.id;", json!([]));
        (id == json!("interval")).then_some(())
    });
    let before = driver.screen();

    xdotool(&["key", "ctrl+a", "9", "9"]);
    wait_for("the typed value", PATIENCE, || (driver.value("#interval") == "99").then_some(()));
    assert!(driver.screen() != before, "the window did not repaint what was typed");
    screenshot(&driver, "settings-xim-light");
}
