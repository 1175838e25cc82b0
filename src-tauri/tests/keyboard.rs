//! Keyboard only, in the real webview over WebDriver: a whole break, the prompt, the settings and
//! the history, using keys alone. At every Tab stop the focused control is on screen, has a name,
//! and shows a focus ring.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use common::{unsit, unsit_ui, PATIENCE};
use serde_json::{json, Value};
use support::webdriver::{key, WebDriver};
use support::{wait_for, Desktop};

/// The focused control: its id, name, whether it is on screen, and whether a focus ring shows
/// (an outline or a shadow, on it or, for a visually hidden radio, on its label).
fn focused(driver: &WebDriver) -> Value {
    driver.execute(
        "const e = document.activeElement;
         if (!e || e === document.body) return null;
         const ring = el => { const s = getComputedStyle(el);
           return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none'); };
         const label = e.labels && e.labels[0];
         const r = e.getBoundingClientRect();
         const shown = label ? label.getBoundingClientRect() : r;
         const name = (e.getAttribute('aria-label') || (label && label.textContent) || e.textContent || e.value || e.title || '').trim();
         return { id: e.id || e.tagName, name, ring: ring(e) || (!!label && ring(label)),
                  visible: shown.width > 0 && shown.height > 0, focusVisible: e.matches(':focus-visible') };",
        json!([]),
    )
}

/// Tabs through every stop of the screen until the focus comes back to the first; checks each.
/// Returns the ids in order.
fn tab_round(driver: &WebDriver, screen: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for _ in 0..80 {
        driver.press(key::TAB);
        let stop = focused(driver);
        if stop.is_null() {
            continue; // the page itself, between the last control and the first
        }
        let id = stop["id"].as_str().unwrap().to_string();
        if ids.first() == Some(&id) {
            return ids;
        }
        assert_eq!(stop["visible"], true, "{screen}: {stop} is focused but not on screen");
        assert_ne!(stop["name"], "", "{screen}: {stop} has no name");
        assert_eq!(stop["focusVisible"], true, "{screen}: {stop} is focused without :focus-visible");
        assert_eq!(stop["ring"], true, "{screen}: {stop} shows no focus ring");
        ids.push(id);
    }
    panic!("{screen}: the focus never came back round: {ids:?}");
}

/// Tabs until `id` has the focus.
fn tab_to(driver: &WebDriver, id: &str) {
    for _ in 0..80 {
        if focused(driver)["id"] == id {
            return;
        }
        driver.press(key::TAB);
    }
    panic!("Tab never reached {id}");
}

#[test]
fn a_whole_break_by_keyboard_with_a_ring_at_every_stop() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "desk-hips"]);
    driver.wait_visible("#overview");
    let stops = tab_round(&driver, "overview");
    let start = stops.iter().find(|s| s.contains("start")).unwrap_or_else(|| panic!("no Start: {stops:?}"));

    // Tab to Start and Enter; on the step, every control is reached by Tab; Space pauses and
    // resumes; → goes on to the end.
    tab_to(&driver, start);
    driver.press(key::ENTER);
    driver.wait_visible("#step");
    let stops = tab_round(&driver, "step");
    assert!(stops.len() >= 5, "{stops:?}");
    // The pause button, by Tab and Enter (Space is the screen's own shortcut), twice: paused,
    // then going again.
    let pause = stops.iter().find(|s| s.contains("pause")).unwrap_or_else(|| panic!("no Pause: {stops:?}"));
    tab_to(&driver, pause);
    driver.press(key::ENTER);
    wait_for("paused", PATIENCE, || (driver.text("#pause-text") == "Resume").then_some(()));
    driver.press(key::ENTER);
    wait_for("going again", PATIENCE, || (driver.text("#pause-text") == "Pause").then_some(()));
    for _ in 0..40 {
        if driver.is_visible("#done") {
            break;
        }
        driver.press(key::RIGHT);
    }
    driver.wait_visible("#done");
    let stops = tab_round(&driver, "done");
    assert!(!stops.is_empty());
}

#[test]
fn the_prompt_settings_and_history_by_keyboard_with_a_ring_at_every_stop() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let unsit = unsit();
    let _resident = desk.start_resident(&unsit, &[]);
    wait_for("the resident to answer", PATIENCE, || desk.status(&unsit));

    let driver =
        WebDriver::start(&desk, unsit_ui(), &["prompt", "--message", "Time to get up", "--snooze", "10m"]);
    driver.wait_visible("#prompt");
    let stops = tab_round(&driver, "prompt");
    assert_eq!(stops.len(), 3, "start, snooze, skip: {stops:?}");
    drop(driver);

    // Settings: every field reached by Tab; the interval typed and left by keys alone reaches
    // the resident.
    let driver = WebDriver::start(&desk, unsit_ui(), &["settings"]);
    driver.wait_visible("#settings");
    let stops = tab_round(&driver, "settings");
    assert!(stops.iter().any(|s| s == "interval"), "the interval field is no stop: {stops:?}");
    tab_to(&driver, "interval");
    // End, then Backspace until the field is empty, then the new value.
    driver.press("\u{E010}");
    for _ in 0..6 {
        driver.press("\u{E003}");
    }
    for k in ["4", "5", key::TAB] {
        driver.press(k);
    }
    wait_for("the new interval", PATIENCE, || {
        desk.status(&unsit).filter(|s| s["interval_s"] == 2700).map(drop)
    });
    drop(driver);

    // History: the range changed with the arrow keys.
    let driver = WebDriver::start(&desk, unsit_ui(), &["history"]);
    driver.wait_visible("#history");
    let stops = tab_round(&driver, "history");
    let radio = stops.iter().find(|s| s.starts_with("range-")).expect("the range is a stop");
    tab_to(&driver, radio);
    let before = focused(&driver)["id"].clone();
    driver.press(key::RIGHT);
    let after = focused(&driver)["id"].clone();
    assert_ne!(before, after, "the arrow keys move between the ranges");
    let checked = driver.execute("return document.activeElement.checked;", json!([]));
    assert_eq!(checked, json!(true));
}
