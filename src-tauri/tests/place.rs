//! Breaks that fit where the person is, in the real webview over WebDriver: the overview at the
//! desk (the place, why the chosen routine was replaced, no equipment, what fits first in the
//! picker, nothing cut at the window's edge), the safety advice behind its link at all times, and
//! an exercise card with its caution, its easier and harder versions, its side and its cues in
//! turn.
//!
//! Screenshots: `desk-overview-*`, `desk-step-*`, `safety-*` under `$CARGO_TARGET_DIR/screenshots/`.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use common::{screenshot, unsit_ui, PATIENCE};
use serde_json::{json, Value};
use support::webdriver::{key, WebDriver};
use support::{wait_for, Desktop};
use unsit::place::{Place, Where};
use unsit::plan::{Plan, Step};
use unsit::routine::Library;

/// What the resident starts for a new user's first break at the desk.
const DESK_BREAK: &[&str] = &[
    "session",
    "--routine",
    "desk-reset",
    "--instead-of",
    "anti-desk",
    "--place",
    "desk",
    "--equipment",
    "none",
];

fn desk_plan() -> Plan {
    let library = Library::builtin();
    let at = Where { place: Place::Desk, equipment: vec![] };
    at.fit(&library.get("desk-reset").unwrap().routine).expect("desk-reset fits the desk")
}

/// Elements of the visible screen that reach past the right edge of the page's visible width,
/// as "tag#id.class (right edge)"; and any part of the page that scrolls sideways (the page
/// itself, or a scrolling box: elsewhere a box wider than its parent is caught by its edge).
fn clipped(driver: &WebDriver, screen: &str) -> Value {
    driver.execute(
        "const screen = document.getElementById(arguments[0]);
         const width = document.documentElement.clientWidth;
         const out = [];
         // The visible right edge of what an element is seen through: its nearest scrolling box
         // (inside that box's scrollbar), or the page.
         const edge = (el) => {
           for (let up = el.parentElement; up; up = up.parentElement) {
             const y = getComputedStyle(up).overflowY;
             if (y === 'auto' || y === 'scroll') {
               return Math.min(width, up.getBoundingClientRect().left + up.clientLeft + up.clientWidth);
             }
           }
           return width;
         };
         for (const el of screen.querySelectorAll('*')) {
           const box = el.getBoundingClientRect();
           if (box.width === 0 || box.height === 0) continue;
           const right = edge(el);
           if (box.right > right + 0.5) out.push(`${el.tagName}#${el.id}.${el.className} (${box.right} > ${right})`);
         }
         for (const el of [document.documentElement, document.body, screen, ...screen.querySelectorAll('*')]) {
           const style = getComputedStyle(el);
           const scrolls = el === document.documentElement || el === document.body
             || style.overflowX === 'auto' || style.overflowX === 'scroll';
           if (scrolls && el.tagName !== 'SELECT' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
             out.push(`${el.tagName}#${el.id} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
         }
         return out;",
        json!([screen]),
    )
}

#[test]
fn at_the_desk_the_overview_says_where_and_why_and_nothing_is_cut_off() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    for (theme, env) in [("light", vec![]), ("dark", vec![("GTK_THEME", "Adwaita:dark")])] {
        let driver = WebDriver::start_with_env(&desk, unsit_ui(), DESK_BREAK, &env);
        driver.wait_visible("#overview");
        assert_eq!(driver.text("#ov-title"), "Desk reset");
        assert_eq!(driver.text("#ov-why"), "At the desk: Desk reset instead of Anti-desk reset");
        assert_eq!(driver.text("#ov-place"), "At the desk · no equipment");
        assert!(!driver.is_visible("#ov-equipment-block"), "a desk routine needs no equipment");
        assert!(driver.is_visible("#ov-safety-link"));

        // The picker: what fits at the desk first, the others after them, marked with what they need.
        let options = driver.execute(
            "return [...document.querySelectorAll('#ov-routine option')].map(o => o.textContent);",
            json!([]),
        );
        let options: Vec<String> = serde_json::from_value(options).unwrap();
        let at = Where { place: Place::Desk, equipment: vec![] };
        let library = Library::builtin();
        let fitting = library.entries().iter().filter(|e| at.fits(&e.routine)).count();
        assert!(fitting >= 4, "{options:?}");
        assert!(options[..fitting].iter().all(|o| !o.contains("needs")), "{options:?}");
        assert!(options[fitting..].iter().all(|o| o.contains("needs")), "{options:?}");
        let anti_desk = options.iter().find(|o| o.starts_with("Anti-desk reset")).unwrap();
        assert!(anti_desk.contains("needs the floor, a ball and a cushion"), "{anti_desk}");
        assert!(
            options.iter().any(|o| o.starts_with("Lower back relief") && o.contains("(long)")),
            "{options:?}"
        );

        assert_eq!(clipped(&driver, "overview"), json!([]), "{theme}");
        screenshot(&driver, &format!("desk-overview-{theme}"));
        // The longest overview there is, at the window's smallest size, still fits across.
        driver.execute(
            "document.getElementById('ov-routine').value = 'back-relief';
             document.getElementById('ov-routine').dispatchEvent(new Event('change'));",
            json!([]),
        );
        wait_for("the picked routine", PATIENCE, || {
            (driver.text("#ov-title") == "Lower back relief").then_some(())
        });
        screenshot(&driver, &format!("long-overview-{theme}"));
        assert_eq!(clipped(&driver, "overview"), json!([]), "{theme}: back-relief");
        drop(driver);

        // In German the line why is longer, and still fits.
        let german = [env.as_slice(), &[("LANG", "de_DE.UTF-8")]].concat();
        let driver = WebDriver::start_with_env(&desk, unsit_ui(), DESK_BREAK, &german);
        driver.wait_visible("#overview");
        assert_eq!(
            driver.text("#ov-why"),
            "Am Schreibtisch: Reset am Schreibtisch statt Anti-Schreibtisch-Reset"
        );
        assert_eq!(clipped(&driver, "overview"), json!([]), "{theme}, German");
        screenshot(&driver, &format!("desk-overview-de-{theme}"));
    }
}

#[test]
fn the_safety_advice_opens_from_its_link_even_after_it_was_acknowledged() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let driver = WebDriver::start(&desk, unsit_ui(), DESK_BREAK);
    driver.wait_visible("#overview");
    assert!(driver.is_visible("#ov-safety"), "a first session shows the advice");
    driver.click("#safety-ok");
    assert!(!driver.is_visible("#ov-safety"));
    assert!(desk.home.path().join("data/unsit/safety-acknowledged").is_file());

    driver.click("#ov-safety-link");
    driver.wait_visible("#safety-dialog");
    let advice = driver.text("#safety-list").to_lowercase();
    for sign in ["bladder", "numbness", "weakness", "fever", "night", "tender", "sharp"] {
        assert!(advice.contains(sign), "the advice does not mention {sign}: {advice}");
    }
    screenshot(&driver, "safety-light");
    // Esc closes the advice, not the break.
    driver.press(key::ESCAPE);
    wait_for("the advice to close", PATIENCE, || (!driver.is_visible("#safety-dialog")).then_some(()));
    assert!(driver.is_visible("#overview"));
    let focused = driver.execute("return document.activeElement.id;", json!([]));
    assert_eq!(focused, json!("ov-safety-link"));
    drop(driver);

    // Another break (in the dark theme): the short note stays away, the link is still there.
    let dark = [("GTK_THEME", "Adwaita:dark")];
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), DESK_BREAK, &dark);
    driver.wait_visible("#overview");
    assert!(!driver.is_visible("#ov-safety"));
    driver.click("#ov-safety-link");
    driver.wait_visible("#safety-dialog");
    screenshot(&driver, "safety-dark");
    driver.click("#safety-close");
    wait_for("the advice to close", PATIENCE, || (!driver.is_visible("#safety-dialog")).then_some(()));
}

/// Presses → until the step `name` on its left side is shown.
fn go_to(driver: &WebDriver, step: &Step) {
    wait_for(&format!("the step {}", step.title), std::time::Duration::from_secs(60), || {
        if driver.text("#step-name") == step.title
            && driver.text("#step-side") == step.side_label.clone().unwrap_or_default()
        {
            return Some(());
        }
        driver.press(key::RIGHT);
        None
    });
}

#[test]
fn an_exercise_card_shows_its_caution_versions_and_side_and_turns_its_cues() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let plan = desk_plan();
    // The desk routine's exercise with everything: a caution, both versions, a side, three cues
    // or more and a hold long enough to turn them.
    let step = plan
        .steps
        .iter()
        .find(|s| {
            s.work
                && s.caution.is_some()
                && s.easier.is_some()
                && s.harder.is_some()
                && s.side_label.is_some()
        })
        .expect("desk-reset has an exercise with a caution, both versions and a side")
        .clone();
    assert!(step.cues.len() >= 3 && step.seconds >= 20, "{step:?}");
    for (theme, env) in [("light", vec![]), ("dark", vec![("GTK_THEME", "Adwaita:dark")])] {
        let driver = WebDriver::start_with_env(&desk, unsit_ui(), DESK_BREAK, &env);
        driver.wait_visible("#overview");
        driver.press(key::ENTER);
        driver.wait_visible("#step-card");
        go_to(&driver, &step);

        assert_eq!(driver.text("#step-side"), step.side_label.clone().unwrap());
        assert!(driver.text("#step-caution").contains(step.caution.as_deref().unwrap()));
        let easier = step.easier.as_ref().unwrap();
        assert!(driver.text("#step-easier").contains(&easier.text), "{}", driver.text("#step-easier"));
        let harder = step.harder.as_ref().unwrap();
        assert!(driver.text("#step-harder").contains(&harder.text), "{}", driver.text("#step-harder"));
        if let Some(dose) = &harder.dose {
            assert!(driver.text("#step-harder").contains(dose.as_str()));
        }

        // The first cue large, the others one at a time, in turn, while the hold runs.
        assert_eq!(driver.text("#step-cue"), step.cues[0]);
        wait_for("the second cue", PATIENCE, || {
            (driver.text("#step-cue-next") == step.cues[1]).then_some(())
        });
        if theme == "light" {
            screenshot(&driver, "desk-step-light");
        } else {
            screenshot(&driver, "desk-step-dark");
        }
        wait_for("the third cue", PATIENCE, || (driver.text("#step-cue-next") == step.cues[2]).then_some(()));
        assert_eq!(driver.text("#step-cue"), step.cues[0], "the first cue stays");
        assert_eq!(clipped(&driver, "step"), json!([]), "{theme}");
        // The right side says what right means.
        driver.press(key::RIGHT);
        driver.press(key::RIGHT);
        let right =
            plan.steps.iter().find(|s| s.title == step.title && s.side != step.side && s.work).unwrap();
        wait_for("the right side", PATIENCE, || {
            (driver.text("#step-side") == right.side_label.clone().unwrap()).then_some(())
        });
    }
}
