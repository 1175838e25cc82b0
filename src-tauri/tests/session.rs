//! The session window in the real webview, driven over WebDriver (tauri-driver + WebKitWebDriver)
//! in a private headless desktop: the overview, the first step's countdown, → and ←, pause, the
//! side switch, Esc and the outcome the resident recorded; and routine text shown as text.
//!
//! Screenshots of each screen are saved under `$CARGO_TARGET_DIR/screenshots/` (not committed).

#[path = "../../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{json, Value};
use support::webdriver::{key, WebDriver};
use support::{wait_for, Desktop};

const PATIENCE: Duration = Duration::from_secs(20);

fn unsit_ui() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_unsit-ui"))
}

fn unsit() -> PathBuf {
    let path = unsit_ui().with_file_name("unsit");
    assert!(path.is_file(), "{} is missing: build the workspace first (make test does)", path.display());
    path
}

/// Where screenshots go: beside the binaries, outside the repository.
fn screenshot(driver: &WebDriver, name: &str) {
    let dir = unsit_ui().parent().unwrap().parent().unwrap().join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    driver.screenshot(&dir.join(format!("{name}.png")));
}

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

fn step_is(driver: &WebDriver, name: &str, side: &str) -> bool {
    driver.text("#step-name") == name && (side.is_empty() || driver.text("#step-side") == side)
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
    assert!(driver.text("#ov-safety").contains("doctor"), "{}", driver.text("#ov-safety"));
    screenshot(&driver, "overview-light");

    // Start: the first step, its left side, and a countdown that goes down.
    driver.click("#start-btn");
    driver.wait_visible("#ring");
    assert!(step_is(&driver, "Piriformis ball release", "Left"));
    let first = digits(&driver);
    assert!((15..=20).contains(&first), "{first}");
    wait_for("the countdown to go down", PATIENCE, || (digits(&driver) < first).then_some(()));
    screenshot(&driver, "hold-light");

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

    // Pause: time stands still, on the page's own clock.
    driver.press(key::SPACE);
    wait_for("paused", PATIENCE, || (driver.text("#pause-text") == "Resume").then_some(()));
    let held = digits(&driver);
    let_page_time_pass(&driver, 2_500.0);
    assert_eq!(digits(&driver), held, "the countdown moved while paused");
    driver.press(key::SPACE);
    wait_for("resumed", PATIENCE, || (driver.text("#pause-text") == "Pause").then_some(()));

    // A per-side step's timer runs out on its own: the switch comes, then the right side.
    wait_for("the switch after the left side", Duration::from_secs(40), || {
        step_is(&driver, "Switch sides", "Right").then_some(())
    });
    wait_for("the right side after the switch", PATIENCE, || {
        step_is(&driver, "Piriformis ball release", "Right").then_some(())
    });

    // On to a reps step.
    go_to_a_reps_step(&driver);
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
fn routine_text_is_shown_as_text_and_done_says_what_was_done() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let dir = desk.home.path().join("config/unsit/routines");
    std::fs::create_dir_all(&dir).unwrap();
    let hostile = "<img src=x onerror=alert(1)>";
    std::fs::write(
        dir.join("hostile.toml"),
        format!(
            "id = \"hostile\"\ntitle = \"{hostile}\"\nsummary = \"<b>bold?</b> {hostile}\"\n\
             [source]\ntitle = \"t\"\nauthor = \"a\"\n[[phases]]\nkind = \"stretch\"\n\
             [[phases.exercises]]\nname = \"{hostile}\"\ntargets = [\"psoas\"]\nposition = \"standing\"\n\
             hold = 5\ncues = [\"{hostile}\"]\n"
        ),
    )
    .unwrap();
    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "hostile"]);

    driver.wait_visible("#overview");
    assert_eq!(driver.text("#ov-title"), hostile);
    assert_eq!(driver.text("#ov-summary"), format!("<b>bold?</b> {hostile}"));
    let markup = driver.execute("return document.querySelectorAll('img, b').length;", json!([]));
    assert_eq!(markup, json!(0), "routine text was parsed as HTML");

    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    assert_eq!(driver.text("#step-name"), hostile);
    assert_eq!(driver.text("#step-cues"), hostile);

    // The one hold runs out by itself: the done screen with the time and the steps.
    driver.wait_visible("#done");
    assert_eq!(driver.text("#done-steps"), "1 of 1");
    assert!(!driver.text("#done-time").is_empty());
    screenshot(&driver, "done-light");
}

#[test]
fn the_dark_theme_is_followed() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
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
    screenshot(&driver, "hold-dark");
    go_to_a_reps_step(&driver);
    screenshot(&driver, "reps-dark");
}
