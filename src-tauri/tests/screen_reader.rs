//! A screen reader's view of the break window: its accessibility tree read over AT-SPI (the
//! harness's accessibility bus, `scripts/headless --a11y`; `tests/a11y/atspi-tree.py` reads it as
//! Orca would). Every button is named; the countdown is a timer labelled with what it counts;
//! each step is announced in a polite live region, its side included; the side badge is read.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use common::{unsit_ui, write_every_step_routine, PATIENCE};
use serde_json::Value;
use support::webdriver::{key, WebDriver};
use support::{repo_root, wait_for, Desktop};

/// The nodes of unsit-ui's tree that are on screen, as the reader gives them.
fn tree(desk: &Desktop) -> Vec<Value> {
    let out = desk
        .command("/usr/bin/python3")
        .arg(repo_root().join("tests/a11y/atspi-tree.py"))
        .arg("unsit-ui")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|n| n["showing"] == true)
        .collect()
}

fn node<'a>(nodes: &'a [Value], id: &str) -> Option<&'a Value> {
    nodes.iter().find(|n| n["id"] == id)
}

/// Every control a person can press or change has a name.
fn assert_controls_named(nodes: &[Value], screen: &str) {
    let controls =
        ["push button", "toggle button", "combo box", "check box", "radio button", "entry", "spin button"];
    let unnamed: Vec<&Value> =
        nodes.iter().filter(|n| controls.contains(&n["role"].as_str().unwrap()) && n["name"] == "").collect();
    assert!(unnamed.is_empty(), "{screen}: unnamed controls: {unnamed:?}");
    assert!(nodes.iter().any(|n| n["role"] == "push button"), "{screen}: no buttons read at all");
}

#[test]
fn a_screen_reader_hears_the_steps_the_countdown_and_the_side() {
    let desk = Desktop::start_with(&["--a11y", "--no-tray", "--no-notifications"]);
    write_every_step_routine(&desk);
    let driver = WebDriver::start_with_env(
        &desk,
        unsit_ui(),
        &["session", "--routine", "every-step"],
        &[("NO_AT_BRIDGE", "0")],
    );
    driver.wait_visible("#overview");
    let nodes = wait_for("the overview in the tree", PATIENCE, || {
        Some(tree(&desk)).filter(|t| t.iter().any(|n| n["role"] == "heading" && n["name"] == "Every step"))
    });
    assert_controls_named(&nodes, "overview");
    assert!(node(&nodes, "start-btn").is_some_and(|n| n["name"] == "Start"), "{nodes:?}");

    // The first step: announced politely and whole, with its side; the countdown is a timer
    // named by what it counts; the side badge is read.
    driver.press(key::ENTER);
    let nodes = wait_for("the first step announced", PATIENCE, || {
        let nodes = tree(&desk);
        let said = node(&nodes, "announcer")?["text"].as_str()?.to_string();
        said.contains("Standing hip flexor stretch, left leg back").then_some(nodes)
    });
    let announcer = node(&nodes, "announcer").unwrap();
    assert_eq!((&announcer["live"], &announcer["atomic"]), (&Value::from("polite"), &Value::from("true")));
    let timer = nodes.iter().find(|n| n["role"] == "timer").expect("the countdown is a timer");
    assert!(!timer["name"].as_str().unwrap().is_empty(), "the countdown has no label: {timer}");
    assert!(timer["text"].as_str().unwrap().parse::<u32>().is_ok(), "{timer}");
    assert_eq!(node(&nodes, "step-side").map(|n| &n["text"]), Some(&Value::from("Left leg back")));
    assert_controls_named(&nodes, "step");

    // On to the other side: the switch is announced, and then the badge reads the right side.
    driver.press(key::RIGHT);
    wait_for("the switch announced", PATIENCE, || {
        let nodes = tree(&desk);
        node(&nodes, "announcer")?["text"].as_str()?.contains("Switch sides").then_some(())
    });
    driver.press(key::RIGHT);
    wait_for("the right side read", PATIENCE, || {
        let nodes = tree(&desk);
        (node(&nodes, "step-side")?["text"] == "Right leg back").then_some(())
    });
}
