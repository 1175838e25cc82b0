//! The session and prompt windows in the real webview, driven over WebDriver (tauri-driver +
//! WebKitWebDriver) in a private headless desktop: the overview, get ready and the first step's
//! countdown, → and ←, pause, +10 s, the side switch, Esc and the outcome the resident recorded;
//! every control by click; the picker and the short version; the mute and the safety advice
//! remembered across runs; routine text shown as text; the done screen closing itself unless the
//! pointer is over it; the prompt's three answers; and the dark theme.
//!
//! Screenshots of each screen are saved under `$CARGO_TARGET_DIR/screenshots/` (not committed).

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::time::Duration;

use common::{screenshot, unsit, unsit_ui, PATIENCE};
use serde_json::{json, Value};
use support::webdriver::{key, WebDriver};
use support::{wait_for, Desktop};

/// The page's monotonic clock, in ms.
fn page_now(driver: &WebDriver) -> f64 {
    driver.execute("return performance.now();", json!([])).as_f64().unwrap()
}

/// Waits until the page's own clock has moved on by `ms` (a condition, not a sleep: a slow or
/// throttled page simply takes longer).
fn let_page_time_pass(driver: &WebDriver, ms: f64) {
    let from = page_now(driver);
    wait_for("page time to pass", PATIENCE, || (page_now(driver) >= from + ms).then_some(()));
}

fn digits(driver: &WebDriver) -> u32 {
    let text = driver.text("#ring-digits");
    // "0:25" or "25"
    text.split(':').fold(0, |acc, part| acc * 60 + part.trim().parse::<u32>().unwrap_or(0))
}

/// Presses → until a reps step is shown.
fn go_to_a_reps_step(driver: &WebDriver) {
    wait_for("a reps step", Duration::from_secs(60), || {
        let reps_shown = driver.execute("return !document.getElementById('reps').hidden;", json!([]));
        if reps_shown == Value::Bool(true) {
            return Some(());
        }
        driver.press(key::RIGHT);
        None
    });
}

/// The small word under the countdown, as written (the page shows it in capitals).
fn caption(driver: &WebDriver) -> String {
    driver.text("#ring-caption").to_lowercase()
}

/// Waits for the get-ready countdown (if any) to end and the step's own countdown to run.
fn wait_past_get_ready(driver: &WebDriver) {
    wait_for("the hold to start after get ready", PATIENCE, || {
        (caption(driver) != "get ready").then_some(())
    });
}

/// The visible window of unsit-ui (`unsit — …`), if there is one.
fn ui_window(desk: &Desktop) -> Option<u32> {
    desk.window("^unsit — ")
}

/// The settings file the resident writes.
fn settings_text(desk: &Desktop) -> String {
    std::fs::read_to_string(desk.home.path().join("config/unsit/settings.toml")).unwrap_or_default()
}

/// A user routine with one short hold (and `title`), for runs that need to reach the end.
fn write_one_hold_routine(desk: &Desktop, id: &str, title: &str) {
    let dir = desk.home.path().join("config/unsit/routines");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(format!("{id}.toml")),
        format!(
            "id = \"{id}\"\ntitle = \"{title}\"\nsummary = \"<b>bold?</b> {title}\"\n\
             [source]\ntitle = \"t\"\nauthor = \"a\"\n[[phases]]\nkind = \"stretch\"\n\
             [[phases.exercises]]\nname = \"{title}\"\ntargets = [\"psoas\"]\nposition = \"standing\"\n\
             hold = 5\ncues = [\"{title}\"]\n"
        ),
    )
    .unwrap();
}

/// Waits for every CSS animation on the page to finish (the done screen's check mark), so a
/// screenshot shows the screen at rest.
fn wait_for_animations(driver: &WebDriver) {
    wait_for("animations to finish", PATIENCE, || {
        let running = driver.execute(
            "return document.getAnimations().filter(a => a.playState === 'running').length;",
            json!([]),
        );
        (running == json!(0)).then_some(())
    });
}

/// Moves the real pointer (X11) into the middle of the screen, where the window is, or to a
/// corner, outside it; waits for the page to see it.
fn move_pointer(desk: &Desktop, driver: &WebDriver, inside: bool) {
    let (x, y) = if inside { ("640", "400") } else { ("2", "2") };
    assert!(desk.run("xdotool", &["mousemove", "--sync", x, y]).status.success());
    wait_for("the page to see the pointer move", PATIENCE, || {
        let hover = driver.execute("return document.documentElement.matches(':hover');", json!([]));
        (hover == json!(inside)).then_some(())
    });
}

/// The step shown is `name`, on `side` ("Left" or "Right"; the badge may say more, like "Ball
/// under the left buttock").
fn step_is(driver: &WebDriver, name: &str, side: &str) -> bool {
    let badge = driver.text("#step-side").to_lowercase();
    driver.text("#step-name") == name
        && (side.is_empty() || badge.split(|c: char| !c.is_alphabetic()).any(|w| w == side.to_lowercase()))
}

#[test]
fn a_session_plays_step_by_step_and_the_resident_records_where_it_stopped() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray"]);
    let _resident = desk.start_resident(&unsit, &["--interval", "2h"]);
    wait_for("the resident", PATIENCE, || desk.status(&unsit));
    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "anti-desk"]);

    // The overview: title, length, phases, equipment, safety.
    driver.wait_visible("#overview");
    assert_eq!(driver.text("#ov-title"), "Anti-desk reset");
    assert!(driver.text("#ov-minutes").contains('5'), "{}", driver.text("#ov-minutes"));
    let phases = driver.text("#ov-phases");
    for phase in ["Release", "Stretch", "Activate"] {
        assert!(phases.contains(phase), "{phases}");
    }
    assert!(driver.text("#ov-equipment").contains("massage ball"), "{}", driver.text("#ov-equipment"));
    assert!(driver.text("#ov-safety").contains("professional"), "{}", driver.text("#ov-safety"));
    screenshot(&driver, "overview-light");

    // Start: get ready (3, 2, 1), then the first step, its left side, and a countdown going down.
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    assert!(step_is(&driver, "Piriformis ball release", "Left"));
    assert_eq!(caption(&driver), "get ready");
    assert!(digits(&driver) <= 3, "{}", digits(&driver));
    screenshot(&driver, "get-ready-light");
    wait_past_get_ready(&driver);
    let first = digits(&driver);
    assert!((15..=20).contains(&first), "{first}");
    wait_for("the countdown to go down", PATIENCE, || (digits(&driver) < first).then_some(()));
    screenshot(&driver, "hold-light");

    // +10 s (the + key) adds ten seconds to the hold.
    let before = digits(&driver);
    driver.press(key::PLUS);
    wait_for("ten more seconds", PATIENCE, || (digits(&driver) >= before + 9).then_some(()));

    // → moves on (to the side switch, then the right side); ← goes back to the work step.
    driver.press(key::RIGHT);
    wait_for("the side switch", PATIENCE, || step_is(&driver, "Switch sides", "Right").then_some(()));
    driver.press(key::RIGHT);
    wait_for("the right side", PATIENCE, || {
        step_is(&driver, "Piriformis ball release", "Right").then_some(())
    });
    driver.press(key::LEFT);
    wait_for("back to the left side", PATIENCE, || {
        step_is(&driver, "Piriformis ball release", "Left").then_some(())
    });
    wait_past_get_ready(&driver);

    // Pause: time stands still, on the page's own clock.
    driver.press(key::SPACE);
    wait_for("paused", PATIENCE, || (driver.text("#pause-text") == "Resume").then_some(()));
    let held = digits(&driver);
    let_page_time_pass(&driver, 2_500.0);
    assert_eq!(digits(&driver), held, "the countdown moved while paused");
    driver.press(key::SPACE);
    wait_for("resumed", PATIENCE, || (driver.text("#pause-text") == "Pause").then_some(()));

    // A per-side step's timer runs out on its own: the switch comes (no get ready after it),
    // then the right side.
    wait_for("the switch after the left side", Duration::from_secs(40), || {
        step_is(&driver, "Switch sides", "Right").then_some(())
    });
    wait_for("the right side after the switch", PATIENCE, || {
        step_is(&driver, "Piriformis ball release", "Right").then_some(())
    });
    assert_ne!(caption(&driver), "get ready", "the switch was the get ready");

    // On to a reps step, paced at its tempo: the pace moves on to the next rep by itself.
    go_to_a_reps_step(&driver);
    wait_for("the pace to reach rep 2", PATIENCE, || driver.text("#rep-tap").ends_with("2").then_some(()));
    screenshot(&driver, "reps-light");
    let reached_name = driver.text("#step-name");

    // Esc stops; the window closes and the resident records where.
    driver.press_to_close(key::ESCAPE);
    let report = wait_for("the session report", PATIENCE, || {
        desk.status(&unsit).and_then(|s| (!s["last_session"].is_null()).then(|| s["last_session"].clone()))
    });
    assert_eq!(report["routine"], "anti-desk");
    assert_eq!(report["done"], false);
    let total = report["total"].as_u64().unwrap();
    let reached = report["reached"].as_u64().unwrap();
    assert!(reached > 2 && reached < total, "stopped at {reached} of {total} ({reached_name})");
    assert!(report["completed"].as_u64().unwrap() >= 1, "{report}");
}

#[test]
fn every_control_works_by_click_and_the_choices_are_remembered() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let _resident = desk.start_resident(&unsit, &["--interval", "2h"]);
    wait_for("the resident", PATIENCE, || desk.status(&unsit));
    let driver = WebDriver::start(&desk, unsit_ui(), &["session"]);
    driver.wait_visible("#overview");

    // The safety advice, until acknowledged.
    assert!(driver.is_visible("#ov-safety"));
    driver.click("#safety-ok");
    wait_for("the safety advice to go", PATIENCE, || (!driver.is_visible("#ov-safety")).then_some(()));
    let marker = desk.home.path().join("data/unsit/safety-acknowledged");
    wait_for("the acknowledgement to be saved", PATIENCE, || marker.is_file().then_some(()));

    // The picker: another routine (with no short version), then the short anti-desk.
    driver.click("#ov-routine option[value='desk-hips']");
    wait_for("the desk routine", PATIENCE, || (driver.text("#ov-title") == "Desk hips").then_some(()));
    assert!(!driver.is_visible("#ov-short"), "a 2-minute routine has no short version");
    driver.click("#ov-routine option[value='anti-desk']");
    wait_for("back to anti-desk", PATIENCE, || (driver.text("#ov-title") == "Anti-desk reset").then_some(()));
    assert_eq!(driver.text("#ov-minutes").to_lowercase(), "5 min");
    driver.click("#ov-short");
    wait_for("the short version", PATIENCE, || {
        (driver.text("#ov-minutes").to_lowercase() == "3 min").then_some(())
    });
    assert_eq!(driver.attribute("#ov-short", "aria-pressed").as_deref(), Some("true"));
    assert_eq!(driver.text("#ov-title"), "Anti-desk reset");
    assert!(
        driver.text("#ov-picker-note").starts_with("The short version leaves out: Psoas ball release"),
        "{}",
        driver.text("#ov-picker-note")
    );
    screenshot(&driver, "overview-short-light");

    // Mute, saved in settings.toml by the resident.
    driver.click("#ov-sound-btn");
    assert_eq!(driver.attribute("#ov-sound-btn", "aria-pressed").as_deref(), Some("true"));
    wait_for("sound = false saved", PATIENCE, || {
        settings_text(&desk).contains("sound = false").then_some(())
    });

    // Start, and every control of the step screen by click.
    driver.click("#start-btn");
    driver.wait_visible("#ring");
    wait_past_get_ready(&driver);
    let before = digits(&driver);
    driver.click("#more-btn");
    wait_for("+10 s", PATIENCE, || (digits(&driver) >= before + 9).then_some(()));
    driver.click("#pause-btn");
    wait_for("paused", PATIENCE, || (driver.text("#pause-text") == "Resume").then_some(()));
    driver.click("#pause-btn");
    wait_for("resumed", PATIENCE, || (driver.text("#pause-text") == "Pause").then_some(()));
    let first = driver.text("#step-name");
    driver.click("#next-btn");
    wait_for("the next step", PATIENCE, || (driver.text("#step-name") != first).then_some(()));
    driver.click("#back-btn");
    wait_for("back", PATIENCE, || (driver.text("#step-name") == first).then_some(()));
    driver.click("#step-sound-btn");
    wait_for("sound = true saved", PATIENCE, || settings_text(&desk).contains("sound = true").then_some(()));
    driver.click("#step-sound-btn");
    wait_for("sound = false saved again", PATIENCE, || {
        settings_text(&desk).contains("sound = false").then_some(())
    });
    wait_for("a reps step", Duration::from_secs(60), || {
        if driver.is_visible("#reps") {
            return Some(());
        }
        driver.click("#next-btn");
        None
    });
    assert_eq!(driver.attribute("#more-btn", "disabled").as_deref(), Some("true"), "no +10 s on reps");
    driver.click("#rep-btn");
    wait_for("one rep counted", PATIENCE, || (driver.text("#rep-count") == "1").then_some(()));
    driver.click_to_close("#stop-btn");
    let report = wait_for("the session report", PATIENCE, || {
        desk.status(&unsit).and_then(|s| (!s["last_session"].is_null()).then(|| s["last_session"].clone()))
    });
    assert_eq!(report["routine"], "anti-desk");
    let full = desk.run(&unsit, &["routines", "show", "anti-desk", "--json"]);
    let full: Value = serde_json::from_slice(&full.stdout).expect("the plan as JSON");
    let full_total = full["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "hold" || s["kind"] == "reps")
        .count();
    let short_total = report["total"].as_u64().unwrap() as usize;
    assert!(short_total < full_total, "the short version was played: {report}, full has {full_total}");
    drop(driver);

    // A second session: no safety advice, and still muted.
    let driver = WebDriver::start(&desk, unsit_ui(), &["session"]);
    driver.wait_visible("#overview");
    assert!(!driver.is_visible("#ov-safety"), "the safety advice came back");
    assert_eq!(driver.attribute("#ov-sound-btn", "aria-pressed").as_deref(), Some("true"));
    assert_eq!(driver.attribute("#ov-sound-btn", "aria-label").as_deref(), Some("Turn sounds on (M)"));
}

#[test]
fn routine_text_is_shown_as_text_and_done_closes_itself() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let hostile = "<img src=x onerror=alert(1)>";
    write_one_hold_routine(&desk, "hostile", hostile);
    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "hostile"]);

    driver.wait_visible("#overview");
    // The pointer moves away from the window (Xvfb starts it in the middle, where the window
    // opens).
    move_pointer(&desk, &driver, false);
    assert_eq!(driver.text("#ov-title"), hostile);
    assert_eq!(driver.text("#ov-summary"), format!("<b>bold?</b> {hostile}"));
    let markup = driver.execute("return document.querySelectorAll('img, b').length;", json!([]));
    assert_eq!(markup, json!(0), "routine text was parsed as HTML");

    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    assert_eq!(driver.text("#step-name"), hostile);
    assert_eq!(driver.text("#step-cue"), hostile);
    assert!(!driver.is_visible("#step-cue-next"), "one cue: nothing to turn");

    // The one hold runs out by itself: the done screen with the time and the steps; the sound
    // of the end was played (sounds are on by default).
    driver.wait_visible("#done");
    assert_eq!(driver.text("#done-steps"), "1 of 1");
    assert!(!driver.text("#done-time").is_empty());
    let sound = driver.execute("return document.documentElement.dataset.lastSound || null;", json!([]));
    assert_eq!(sound, json!("done"));
    assert_eq!(driver.text("#done-hint"), "Closing by itself in a few seconds.");
    wait_for_animations(&driver);
    screenshot(&driver, "done-light");

    // Nobody touched the mouse: the window closes itself.
    wait_for("the window to close itself", PATIENCE, || ui_window(&desk).is_none().then_some(()));
}

#[test]
fn the_dark_theme_is_followed_and_done_stays_while_the_pointer_is_over_it() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    write_one_hold_routine(&desk, "one", "Standing hip flexor stretch");
    let dark = [("GTK_THEME", "Adwaita:dark")];
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["session", "--routine", "anti-desk"], &dark);
    driver.wait_visible("#overview");
    let is_dark = driver.execute("return matchMedia('(prefers-color-scheme: dark)').matches;", json!([]));
    assert_eq!(is_dark, json!(true), "the page does not see the dark theme");
    let background = driver.execute("return getComputedStyle(document.body).backgroundColor;", json!([]));
    assert_ne!(background, json!("rgb(255, 255, 255)"));
    screenshot(&driver, "overview-dark");
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    screenshot(&driver, "get-ready-dark");
    wait_past_get_ready(&driver);
    screenshot(&driver, "hold-dark");
    go_to_a_reps_step(&driver);
    screenshot(&driver, "reps-dark");
    drop(driver);

    // The done screen, with the pointer over it: it stays open.
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["session", "--routine", "one"], &dark);
    driver.wait_visible("#overview");
    move_pointer(&desk, &driver, false);
    driver.press(key::ENTER);
    driver.wait_visible("#done");
    assert_eq!(driver.text("#done-hint"), "Closing by itself in a few seconds.");
    move_pointer(&desk, &driver, true);
    wait_for("the hint to say it stays", PATIENCE, || {
        (driver.text("#done-hint") == "Staying open while the pointer is here.").then_some(())
    });
    wait_for_animations(&driver);
    screenshot(&driver, "done-dark");
    let_page_time_pass(&driver, 6_000.0);
    assert!(ui_window(&desk).is_some(), "the done screen closed with the pointer over it");
}

#[test]
fn the_prompt_passes_each_answer_to_the_resident() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let message = "You've been sitting for 3 s. Anti-desk reset · 5 min: release, stretch, activate.";
    let prompt = ["prompt", "--message", message, "--snooze", "10m"];

    // No resident: the answer cannot be passed on, and the prompt says so.
    let driver = WebDriver::start(&desk, unsit_ui(), &prompt);
    driver.wait_visible("#prompt");
    assert_eq!(driver.text("#prompt-title"), "Time to get up");
    assert_eq!(driver.text("#prompt-text"), message);
    assert_eq!(driver.text("#prompt-snooze"), "Snooze 10 min");
    screenshot(&driver, "prompt-light");
    driver.click("#prompt-skip");
    driver.wait_visible("#prompt-error");
    assert!(
        driver.text("#prompt-error").contains("unsit is not running"),
        "{}",
        driver.text("#prompt-error")
    );
    drop(driver);

    let _resident = desk.start_resident(&unsit, &["--interval", "3s"]);
    let due = || wait_for("a due break", PATIENCE, || desk.status(&unsit).filter(|s| s["state"] == "due"));

    // Skip: sitting time starts again.
    due();
    let driver = WebDriver::start(&desk, unsit_ui(), &prompt);
    driver.click_to_close("#prompt-skip");
    wait_for("the skip", PATIENCE, || {
        desk.status(&unsit).filter(|s| s["state"] == "counting" && s["sitting_s"].as_u64() < Some(3))
    });
    drop(driver);

    // Snooze: ten minutes.
    due();
    let driver = WebDriver::start(&desk, unsit_ui(), &prompt);
    driver.click_to_close("#prompt-snooze");
    wait_for("the snooze", PATIENCE, || desk.status(&unsit).filter(|s| s["state"] == "snoozed"));
    drop(driver);

    // Start: the resident opens the session window.
    let driver = WebDriver::start(&desk, unsit_ui(), &prompt);
    driver.click_to_close("#prompt-start");
    wait_for("the session", PATIENCE, || desk.status(&unsit).filter(|s| s["state"] == "in_session"));
    wait_for("the session window", PATIENCE, || {
        ui_window(&desk)
            .filter(|_| desk.run("xdotool", &["search", "--name", "^unsit — Desk reset$"]).status.success())
    });
}

/// Every text field a routine file has, each holding markup that would run a script, a
/// right-to-left override and a zero-width space: the overview and the step card show each one
/// literally, nothing in them becomes an element, and nothing runs.
#[test]
fn every_text_field_of_a_routine_is_shown_as_text() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let text = |tag: &str| format!("<img src=x onerror=pw=1>{tag}\u{202e}\u{200b}");
    let dir = desk.home.path().join("config/unsit/routines");
    std::fs::create_dir_all(&dir).unwrap();
    let routine = format!(
        "id = \"every-field\"\ntitle = \"{}\"\nsummary = \"{} javascript:alert(1)\"\n\
         [source]\ntitle = \"{}\"\nauthor = \"{}\"\n[[phases]]\nkind = \"stretch\"\n\
         [[phases.exercises]]\nname = \"{}\"\ntargets = [\"{}\"]\nposition = \"standing\"\nhold = 30\n\
         per_side = true\nside = \"{} left\"\ncues = [\"{}\", \"{}\"]\nmistake = \"{}\"\ncaution = \"{}\"\n\
         [phases.exercises.easier]\ntext = \"{}\"\n[phases.exercises.harder]\ntext = \"{}\"\n\
         [[phases.exercises]]\nname = \"{}\"\ntargets = [\"psoas\"]\nposition = \"standing\"\nhold = 30\n\
         cues = [\"c\"]\n",
        text("TI"),
        text("SU"),
        text("ST"),
        text("SA"),
        text("N1"),
        text("TG"),
        text("SI"),
        text("C1"),
        text("C2"),
        text("MI"),
        text("CA"),
        text("EA"),
        text("HA"),
        text("N2"),
    );
    std::fs::write(dir.join("every-field.toml"), routine).unwrap();
    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "every-field"]);
    let shown = |screen: &str, tags: &[&str]| {
        let content =
            driver.execute("return document.getElementById(arguments[0]).textContent;", json!([screen]));
        let content = content.as_str().unwrap().to_string();
        for tag in tags {
            assert!(content.contains(&text(tag)), "{screen}: {tag} is not shown as written: {content}");
        }
        let elements = driver.execute(
            "return document.querySelectorAll('img, iframe, b, script:not([src])').length;",
            json!([]),
        );
        assert_eq!(elements, json!(0), "{screen}: routine text became elements");
        assert_eq!(driver.execute("return window.pw === undefined;", json!([])), json!(true));
    };

    driver.wait_visible("#overview");
    shown("overview", &["TI", "SU", "ST", "SA"]);
    let summary = driver.execute("return document.getElementById('ov-summary').textContent;", json!([]));
    assert!(summary.as_str().unwrap().ends_with(" javascript:alert(1)"), "{summary}");
    assert_eq!(driver.execute("return document.querySelectorAll('a[href]').length;", json!([])), json!(0));

    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    // The card shows the first side's cue; the second cue turns up in its time.
    shown("step-card", &["N1", "TG", "SI", "C1", "MI", "CA", "EA", "HA"]);
}
