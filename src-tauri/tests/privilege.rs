//! Least privilege in the real webview, over WebDriver: each kind of window may call only the
//! commands its page uses (`capabilities/WINDOW.json`) and is refused any other; and the pages'
//! Content Security Policy, as the webview enforces it, runs no inline script or style, no
//! `eval`, and loads nothing from another origin.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::collections::BTreeSet;

use common::{unsit_ui, PATIENCE};
use serde_json::{json, Value};
use support::webdriver::WebDriver;
use support::{repo_root, wait_for, Desktop};

/// Calls a command as the page would; its answer, or the error it was given.
fn invoke(driver: &WebDriver, command: &str, args: Value) -> Result<Value, String> {
    driver.execute(
        "window.unsitProbe = undefined;
         window.__TAURI__.core.invoke(arguments[0], arguments[1]).then(
           value => { window.unsitProbe = { ok: value === undefined ? null : value }; },
           error => { window.unsitProbe = { error: String(error) }; });
         return true;",
        json!([command, args]),
    );
    let answer = wait_for(&format!("the answer to {command}"), PATIENCE, || {
        let answer =
            driver.execute("return window.unsitProbe === undefined ? null : window.unsitProbe;", json!([]));
        (!answer.is_null()).then_some(answer)
    });
    match answer.get("error") {
        Some(error) => Err(error.as_str().unwrap_or_default().to_string()),
        None => Ok(answer["ok"].clone()),
    }
}

fn refused(answer: &Result<Value, String>) -> bool {
    matches!(answer, Err(e) if e.contains("not allowed"))
}

/// Opens a window of one kind, checks that a command of its own is let through and that those
/// of other windows are refused, then its Content Security Policy.
fn check(args: &[&str], own: (&str, Value), others: &[(&str, Value)]) {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let driver = WebDriver::start(&desk, unsit_ui(), args);
    wait_for("the page to be up", PATIENCE, || {
        driver
            .execute("return !!(window.__TAURI__ && document.readyState === 'complete');", json!([]))
            .as_bool()?
            .then_some(())
    });

    let (command, arguments) = own;
    let answer = invoke(&driver, command, arguments);
    assert!(!refused(&answer), "{}: its own {command} was refused: {answer:?}", args[0]);
    for (command, arguments) in others {
        let answer = invoke(&driver, command, arguments.clone());
        assert!(refused(&answer), "{}: {command} was not refused: {answer:?}", args[0]);
    }
    check_content_security_policy(&driver, args[0]);
}

/// Tries each thing the policy forbids and reads the violations the webview reports.
fn check_content_security_policy(driver: &WebDriver, window: &str) {
    let tried = driver.execute(
        "const seen = window.unsitViolations = [];
         document.addEventListener('securitypolicyviolation', e => seen.push(
           { directive: e.effectiveDirective, blocked: e.blockedURI, policy: e.originalPolicy }));
         const script = document.createElement('script');
         script.textContent = 'window.unsitInlineRan = true;';
         document.head.append(script);
         let evalRan = false;
         try { evalRan = eval('true'); } catch (e) {}
         let functionRan = false;
         try { functionRan = new Function('return true')(); } catch (e) {}
         const style = document.createElement('style');
         style.textContent = ':root { --unsit-probe: inline; }';
         document.head.append(style);
         const div = document.createElement('div');
         div.setAttribute('style', 'position: absolute; width: 123px');
         document.body.append(div);
         const image = new Image();
         image.src = 'https://example.com/probe.png';
         document.body.append(image);
         const styled = div.getBoundingClientRect().width === 123;
         div.remove();
         return { inline: window.unsitInlineRan === true, evalRan, functionRan, styled,
                  variable: getComputedStyle(document.documentElement).getPropertyValue('--unsit-probe').trim() };",
        json!([]),
    );
    assert_eq!(tried["inline"], false, "{window}: an inline script ran");
    assert_eq!(tried["evalRan"], false, "{window}: eval ran");
    assert_eq!(tried["functionRan"], false, "{window}: new Function ran");
    assert_eq!(tried["styled"], false, "{window}: a style attribute applied");
    assert_eq!(tried["variable"], "", "{window}: an inline style sheet applied");

    // The violations are reported as events; the remote image's comes last, when it is tried.
    let violations = wait_for(&format!("{window}: the remote image refused"), PATIENCE, || {
        let seen = driver.execute("return window.unsitViolations;", json!([]));
        let seen = seen.as_array()?.clone();
        seen.iter().any(|v| v["directive"] == "img-src").then_some(seen)
    });
    // Reported by the directive that applied: script-src-elem, style-src-attr and the like.
    let directives: BTreeSet<&str> = violations.iter().filter_map(|v| v["directive"].as_str()).collect();
    for directive in ["script-src-elem", "script-src", "style-src-elem", "style-src-attr", "img-src"] {
        assert!(directives.contains(directive), "{window}: no {directive} violation, only {directives:?}");
    }
    let evals =
        violations.iter().filter(|v| v["directive"] == "script-src" && v["blocked"] == "eval").count();
    assert_eq!(evals, 2, "{window}: eval and new Function, each refused");
    let image = violations.iter().find(|v| v["directive"] == "img-src").unwrap();
    assert!(image["blocked"].as_str().unwrap().starts_with("https://example.com"), "{image}");

    // The policy as served: the configured one, with nothing that loosens it.
    let policy = violations[0]["policy"].as_str().unwrap();
    for part in ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"] {
        assert!(policy.contains(part), "{window}: the policy lacks {part}: {policy}");
    }
    for loose in ["'unsafe-inline'", "'unsafe-eval'", "https:", "*", "data: 'self'", "blob:"] {
        assert!(!policy.contains(loose), "{window}: the policy has {loose}: {policy}");
    }
    let remote: Vec<&str> = policy
        .split_whitespace()
        .map(|w| w.trim_end_matches(';'))
        .filter(|w| w.starts_with("http"))
        .collect();
    assert_eq!(remote, ["http://ipc.localhost"], "{window}: the only origin named is Tauri's IPC: {policy}");
}

#[test]
fn the_break_window_has_only_its_own_commands_and_a_strict_policy() {
    check(
        &["session"],
        ("tally", json!({})),
        &[
            ("change_setting", json!({"key": "interval", "value": "1m"})),
            ("answer", json!({"choice": "skip"})),
            ("history", json!({})),
        ],
    );
}

#[test]
fn the_prompt_has_only_its_own_commands_and_a_strict_policy() {
    check(
        &["prompt", "--message", "Time to get up", "--snooze", "10m"],
        ("launch", json!({})),
        &[
            ("change_setting", json!({"key": "interval", "value": "1m"})),
            ("speak", json!({"text": "hello"})),
            ("progress", json!({"step": 0})),
        ],
    );
}

#[test]
fn the_settings_window_has_only_its_own_commands_and_a_strict_policy() {
    check(
        &["settings"],
        ("settings", json!({})),
        &[("answer", json!({"choice": "skip"})), ("speak", json!({"text": "hello"})), ("history", json!({}))],
    );
}

#[test]
fn the_history_window_has_only_its_own_commands_and_a_strict_policy() {
    check(
        &["history"],
        ("history", json!({})),
        &[
            ("change_setting", json!({"key": "interval", "value": "1m"})),
            ("answer", json!({"choice": "skip"})),
        ],
    );
}

#[test]
fn the_contact_sheet_has_only_its_own_commands_and_a_strict_policy() {
    check(
        &["sheet"],
        ("sheet", json!({})),
        &[("change_setting", json!({"key": "interval", "value": "1m"})), ("launch", json!({}))],
    );
}

/// Every command the program serves is listed for its permissions (build.rs), each capability
/// names only commands that exist, and every command belongs to some window.
#[test]
fn the_permissions_cover_every_command_and_nothing_else() {
    let root = repo_root().join("src-tauri");
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap();
    let handler = &lib[lib.find("generate_handler![").unwrap()..];
    let handler = &handler[..handler.find(']').unwrap()];
    let served: BTreeSet<String> = handler
        .split("commands::")
        .skip(1)
        .map(|c| c.split(|ch: char| !ch.is_alphanumeric() && ch != '_').next().unwrap().to_string())
        .collect();
    let build = std::fs::read_to_string(root.join("build.rs")).unwrap();
    let listed = &build[build.find("const COMMANDS").unwrap()..];
    let listed = &listed[..listed.find("];").unwrap()];
    let listed: BTreeSet<String> = listed.split('"').skip(1).step_by(2).map(String::from).collect();
    assert_eq!(served, listed, "generate_handler! and build.rs's COMMANDS differ");

    let mut granted = BTreeSet::new();
    let mut windows = BTreeSet::new();
    for entry in std::fs::read_dir(root.join("capabilities")).unwrap() {
        let path = entry.unwrap().path();
        let capability: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for window in capability["windows"].as_array().unwrap() {
            assert!(windows.insert(window.as_str().unwrap().to_string()), "{window} has two capabilities");
        }
        for permission in capability["permissions"].as_array().unwrap() {
            let permission = permission.as_str().unwrap();
            let command = permission.strip_prefix("allow-").unwrap_or_else(|| {
                panic!(
                    "{}: {permission} is not one of unsit's commands (nothing of Tauri's core)",
                    path.display()
                )
            });
            let command = command.replace('-', "_");
            assert!(listed.contains(&command), "{}: {permission} names no command", path.display());
            granted.insert(command);
        }
    }
    assert_eq!(granted, listed, "a command no window may call");
    let labels: BTreeSet<String> =
        ["session", "prompt", "settings", "history", "sheet"].into_iter().map(String::from).collect();
    assert_eq!(windows, labels);
}
