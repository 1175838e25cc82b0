//! The figure in the real webview over WebDriver: the step card draws the move of a hold and of
//! a reps step, mirrored between the left and the right side, moving through its keyframes on a
//! reps step and holding still under reduced motion; the overview's strip of moves; and the
//! contact sheet of every exercise of every routine, light and dark.
//!
//! Screenshots: `figure-*` and `sheet-<routine>-{light,dark}-<n>` under `$CARGO_TARGET_DIR/screenshots/`.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use common::{screenshot, unsit_ui, PATIENCE};
use serde_json::json;
use support::webdriver::{key, WebDriver};
use support::{wait_for, Desktop};
use unsit::plan::Plan;
use unsit::routine::Library;

const DESK_BREAK: &[&str] = &["session", "--routine", "desk-reset", "--place", "desk", "--equipment", "none"];

/// The step figure's drawing, as markup (read, to compare).
fn figure(driver: &WebDriver) -> String {
    driver
        .execute("return document.getElementById('step-figure').innerHTML;", json!([]))
        .as_str()
        .unwrap()
        .into()
}

/// The page's monotonic clock, in ms.
fn page_now(driver: &WebDriver) -> f64 {
    driver.execute("return performance.now();", json!([])).as_f64().unwrap()
}

/// Presses → until a step of `kind` ("hold", "reps") on `side` ("left", "right", or "" for any)
/// is shown.
fn go_to(driver: &WebDriver, kind: &str, side: &str) {
    wait_for(&format!("a {kind} step {side}"), std::time::Duration::from_secs(60), || {
        let shown = driver.execute(
            "const s = document.getElementById('step');
             return [s.classList.contains('kind-' + arguments[0]), document.getElementById('step-side').textContent.toLowerCase()];",
            json!([kind]),
        );
        let side_shown = shown[1].as_str().unwrap_or("");
        if shown[0] == json!(true) && (side.is_empty() || side_shown.split(' ').any(|w| w == side)) {
            return Some(());
        }
        driver.press(key::RIGHT);
        None
    });
}

fn desk_reset() -> Plan {
    Plan::new(&Library::builtin().get("desk-reset").unwrap().routine)
}

#[test]
fn the_step_card_draws_the_move_mirrored_on_the_right_and_moving_on_reps() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let driver = WebDriver::start(&desk, unsit_ui(), DESK_BREAK);
    driver.wait_visible("#overview");

    // The overview's strip: one small picture per exercise, each named.
    let plan = desk_reset();
    let mut names: Vec<&str> = plan.steps.iter().filter(|s| s.work).map(|s| s.exercise.as_str()).collect();
    names.dedup();
    let strip = driver.execute(
        "return [...document.querySelectorAll('#ov-moves svg')].map(s => [s.getAttribute('aria-label'), s.childElementCount]);",
        json!([]),
    );
    let strip: Vec<(String, u64)> = serde_json::from_value(strip).unwrap();
    assert_eq!(strip.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), names);
    assert!(strip.iter().all(|(_, shapes)| *shapes > 10), "{strip:?}");

    driver.press(key::ENTER);
    go_to(&driver, "hold", "left");
    let label = driver.attribute("#step-figure", "aria-label").unwrap();
    let step = plan.steps.iter().find(|s| s.work && label.starts_with(&s.exercise)).unwrap();
    assert_eq!(label, format!("{}: {}", step.exercise, step.cues[0]), "the text alternative");
    assert!(!driver.attribute("#step-figure", "class").unwrap().contains("is-placeholder"));
    let left = figure(&driver);
    assert!(left.matches("<polyline").count() >= 6, "{left}");
    screenshot(&driver, "figure-hold-left-light");
    go_to(&driver, "hold", "right");
    let right = figure(&driver);
    assert_ne!(left, right, "the right side is drawn mirrored");
    assert_eq!(left.matches('<').count(), right.matches('<').count(), "the same picture");
    screenshot(&driver, "figure-hold-right-light");

    // A reps step with keyframes: the figure moves while the step runs, and holds still paused.
    go_to(&driver, "reps", "");
    let first = figure(&driver);
    wait_for("the figure to move", PATIENCE, || (figure(&driver) != first).then_some(()));
    screenshot(&driver, "figure-reps-light");
    // (Space counts a rep here: the Pause button pauses.)
    driver.click("#pause-btn");
    wait_for("paused", PATIENCE, || (driver.text("#pause-text") == "Resume").then_some(()));
    // The drawing may catch up with the paused phase once (it is drawn at most 8 times a
    // second); after that it stands still.
    let from = page_now(&driver);
    wait_for("the last drawing", PATIENCE, || (page_now(&driver) > from + 300.0).then_some(()));
    let still = figure(&driver);
    let from = page_now(&driver);
    wait_for("a second of page time", PATIENCE, || (page_now(&driver) > from + 1000.0).then_some(()));
    assert_eq!(figure(&driver), still, "the figure moved while paused");
}

#[test]
fn under_reduced_motion_the_figure_shows_its_key_pose_and_holds_still() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    // GTK's "no animations" setting is what WebKitGTK reports as prefers-reduced-motion.
    let gtk = desk.home.path().join("config/gtk-3.0");
    std::fs::create_dir_all(&gtk).unwrap();
    std::fs::write(gtk.join("settings.ini"), "[Settings]\ngtk-enable-animations=0\n").unwrap();
    let driver = WebDriver::start(&desk, unsit_ui(), DESK_BREAK);
    driver.wait_visible("#overview");
    let reduced = driver.execute("return matchMedia('(prefers-reduced-motion: reduce)').matches;", json!([]));
    assert_eq!(reduced, json!(true), "the page does not see reduced motion");
    driver.press(key::ENTER);
    go_to(&driver, "reps", "");
    let shown = figure(&driver);
    assert!(shown.matches("<polyline").count() >= 6);
    let from = page_now(&driver);
    wait_for("two seconds of page time", PATIENCE, || (page_now(&driver) > from + 2000.0).then_some(()));
    assert_eq!(figure(&driver), shown, "the figure moved under reduced motion");
}

#[test]
fn the_contact_sheet_shows_every_exercise_of_every_routine() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let library = Library::builtin();
    for (theme, env) in [("light", vec![]), ("dark", vec![("GTK_THEME", "Adwaita:dark")])] {
        let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["sheet"], &env);
        driver.wait_visible("#sheet");
        for entry in library.entries() {
            let id = &entry.routine.id;
            let count = driver.execute(
                "const s = document.getElementById('routine-' + arguments[0]);
                 return [s.querySelectorAll('.sheet-row').length, s.querySelectorAll('.is-placeholder').length];",
                json!([id]),
            );
            assert_eq!(count[0], json!(entry.routine.exercises().count()), "{id}");
            assert_eq!(count[1], json!(0), "{id} has exercises with no pose");
            driver.execute(
                "document.getElementById('routine-' + arguments[0]).scrollIntoView({block: 'start'});",
                json!([id]),
            );
            // A long routine takes more than one window's height: a screenshot per screenful.
            for part in 1.. {
                screenshot(&driver, &format!("sheet-{id}-{theme}-{part}"));
                let more = driver.execute(
                    "const box = document.getElementById('routine-' + arguments[0]).getBoundingClientRect();
                     if (box.bottom <= innerHeight + 1) return false;
                     scrollBy(0, innerHeight - 60);
                     return true;",
                    json!([id]),
                );
                if more != json!(true) || part >= 6 {
                    break;
                }
            }
        }
    }
}
