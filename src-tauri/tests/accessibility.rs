//! Accessibility in the real webview, over WebDriver: axe-core (a test dependency from npm,
//! `tests/a11y/`, never shipped) checks every screen of every window, light and dark, against
//! WCAG 2.1 A and AA, colour contrast included; a serious or critical finding fails the test.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use common::{unsit, unsit_ui, write_every_step_routine, PATIENCE};
use serde_json::json;
use support::webdriver::{key, WebDriver};
use support::{repo_root, wait_for, Desktop};

/// axe-core's source, as `npm ci --prefix tests/a11y` (make test) installs it.
fn axe_source() -> String {
    let path = repo_root().join("tests/a11y/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; `npm ci --prefix tests/a11y` installs it", path.display()))
}

/// Runs axe on the page as it is; the serious and critical findings, in words.
fn audit(driver: &WebDriver, what: &str) -> Vec<String> {
    let loaded = driver.execute("return typeof window.axe === 'object';", json!([]));
    if loaded != json!(true) {
        driver.execute(&format!("{}\nreturn true;", axe_source()), json!([]));
    }
    driver.execute(
        "window.unsitAxe = undefined;
         axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                             resultTypes: ['violations'] })
           .then(r => { window.unsitAxe = r.violations; }, e => { window.unsitAxe = String(e); });
         return true;",
        json!([]),
    );
    let found = wait_for(&format!("{what}: axe's findings"), PATIENCE, || {
        let found =
            driver.execute("return window.unsitAxe === undefined ? null : window.unsitAxe;", json!([]));
        (!found.is_null()).then_some(found)
    });
    let violations = found.as_array().unwrap_or_else(|| panic!("{what}: axe failed: {found}"));
    violations
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .map(|v| {
            let nodes: Vec<String> = v["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| {
                    format!(
                        "{} ({})",
                        n["target"],
                        n["failureSummary"].as_str().unwrap_or_default().replace('\n', " ")
                    )
                })
                .collect();
            format!("{what}: {} [{}]: {}\n    {}", v["id"], v["impact"], v["help"], nodes.join("\n    "))
        })
        .collect()
}

/// axe finds what it should on this page: a button with no name, added for the check and
/// taken away again. Without this, a broken injection would pass every audit.
fn assert_axe_sees(driver: &WebDriver) {
    driver.execute(
        "const b = document.createElement('button'); b.id = 'unsit-unnamed'; document.body.append(b); return true;",
        json!([]),
    );
    let found = audit(driver, "an unnamed button");
    driver.execute("document.getElementById('unsit-unnamed').remove(); return true;", json!([]));
    assert!(found.iter().any(|f| f.contains("button-name")), "axe did not see an unnamed button: {found:?}");
}

fn themes() -> [(&'static str, Vec<(&'static str, &'static str)>); 2] {
    [("light", vec![]), ("dark", vec![("GTK_THEME", "Adwaita:dark")])]
}

#[test]
fn every_screen_of_the_break_window_passes_axe() {
    let mut findings = Vec::new();
    for (theme, env) in themes() {
        let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
        write_every_step_routine(&desk);
        let driver =
            WebDriver::start_with_env(&desk, unsit_ui(), &["session", "--routine", "every-step"], &env);
        driver.wait_visible("#overview");
        assert_axe_sees(&driver);
        findings.extend(audit(&driver, &format!("overview ({theme})")));
        driver.press(key::ENTER);
        driver.wait_visible("#step");
        // Each step in turn, until the done screen.
        let mut seen = Vec::new();
        while !driver.is_visible("#done") {
            let step = driver.execute(
                "return document.getElementById('step-name').textContent + ' / ' + document.getElementById('ring-caption').textContent + (document.getElementById('reps').hidden ? '' : ' reps');",
                json!([]),
            );
            let step = step.as_str().unwrap().to_string();
            if !seen.contains(&step) {
                findings.extend(audit(&driver, &format!("step {step} ({theme})")));
                seen.push(step);
            }
            if seen.len() == 1 {
                // The large view, once.
                driver.press("f");
                findings.extend(audit(&driver, &format!("large view ({theme})")));
                driver.press("f");
            }
            driver.press(key::RIGHT);
            assert!(seen.len() < 12, "no end to the steps: {seen:?}");
        }
        findings.extend(audit(&driver, &format!("done ({theme})")));
    }
    assert!(findings.is_empty(), "{}", findings.join("\n"));
}

#[test]
fn the_prompt_settings_and_history_pass_axe() {
    let mut findings = Vec::new();
    for (theme, env) in themes() {
        let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
        // The settings window shows the resident's settings.
        let _resident = desk.start_resident(&unsit(), &[]);
        wait_for("the resident to answer", PATIENCE, || desk.status(&unsit()));
        let prompt = ["prompt", "--message", "You've been sitting for 2 h.", "--snooze", "10m"];
        for (args, ready) in
            [(&prompt[..], "#prompt"), (&["settings"][..], "#settings"), (&["history"][..], "#history")]
        {
            let driver = WebDriver::start_with_env(&desk, unsit_ui(), args, &env);
            driver.wait_visible(ready);
            findings.extend(audit(&driver, &format!("{} ({theme})", args[0])));
        }
    }
    assert!(findings.is_empty(), "{}", findings.join("\n"));
}
