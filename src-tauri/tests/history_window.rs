//! The history end to end: breaks taken, skipped and snoozed with the real resident, read back by
//! `unsit history --json` and by the History window in the real webview; the done screen's
//! tally; a month of history, light and dark.
//!
//! Screenshots are saved under `$CARGO_TARGET_DIR/screenshots/` (not committed).

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use chrono::Local;
use common::{screenshot, unsit, unsit_ui, PATIENCE};
use serde_json::{json, Value};
use support::webdriver::{key, WebDriver};
use support::{wait_for, Desktop};
use unsit::history::{sample, view, Store};

fn history_json(desk: &Desktop) -> Vec<Value> {
    let out = desk.run(unsit(), &["history", "--json"]);
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).expect("history --json is a JSON array")
}

fn ok(desk: &Desktop, args: &[&str]) -> String {
    let out = desk.run(unsit(), args);
    assert!(out.status.success(), "unsit {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A routine of one 5-s hold, so that a break is over in seconds.
fn write_quick_routine(desk: &Desktop) {
    let dir = desk.home.path().join("config/unsit/routines");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("quick.toml"),
        "id = \"quick\"\ntitle = \"Quick one\"\nsummary = \"One hold\"\n\
         [source]\ntitle = \"t\"\nauthor = \"a\"\n[[phases]]\nkind = \"stretch\"\n\
         [[phases.exercises]]\nname = \"Stand tall\"\ntargets = [\"psoas\"]\nposition = \"standing\"\n\
         hold = 5\ncues = [\"Stand tall\"]\n",
    )
    .unwrap();
}

#[test]
fn a_break_taken_one_skipped_and_one_snoozed_show_in_the_cli_and_in_the_window() {
    let desk = Desktop::start_with(&["--no-tray"]);
    write_quick_routine(&desk);
    let _resident = desk.start_resident(&unsit(), &["--interval", "3s"]);
    wait_for("a break to be due", PATIENCE, || {
        desk.status(&unsit()).filter(|s| s["state"] == "due").map(drop)
    });
    ok(&desk, &["snooze", "1m"]);
    ok(&desk, &["skip"]);
    // No more reminders while the break is taken by hand.
    ok(&desk, &["pause"]);

    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "quick"]);
    driver.wait_visible("#overview");
    driver.press(key::ENTER);
    driver.wait_visible("#done");
    // The break just taken is the first: it is recorded when the window closes.
    wait_for("the tally", PATIENCE, || driver.is_visible("#done-tally").then_some(()));
    assert_eq!(driver.text("#done-tally-line"), "1st break today");
    driver.click_to_close("#close-btn");
    drop(driver);
    let events = wait_for("the session in the history", PATIENCE, || {
        let events = history_json(&desk);
        events.iter().any(|e| e["kind"] == "session").then_some(events)
    });
    let answers: Vec<(String, String)> = events
        .iter()
        .filter(|e| e["kind"] == "answer")
        .map(|e| (e["answer"].as_str().unwrap().into(), e["from"].as_str().unwrap().into()))
        .collect();
    assert_eq!(answers, [("snooze".into(), "cli".into()), ("skip".into(), "cli".into())]);
    let snooze = events.iter().find(|e| e["answer"] == "snooze").unwrap();
    assert_eq!(snooze["snooze_s"], 60);
    let session = events.iter().find(|e| e["kind"] == "session").unwrap();
    assert_eq!(
        (&session["routine"], &session["done"], &session["reached"], &session["place"]),
        (&json!("quick"), &json!(true), &json!(1), &json!("desk"))
    );
    assert!(events.iter().any(|e| e["kind"] == "reminder" && e["attempt"] == 0));
    assert!(session["at"].as_str().unwrap().len() == 25 && session["utc"].as_str().unwrap().ends_with('Z'));

    let driver = WebDriver::start(&desk, unsit_ui(), &["history"]);
    driver.wait_visible("#history");
    let today = ["#today-taken", "#today-skipped", "#today-snoozed"].map(|id| driver.text(id));
    assert_eq!(today, ["1", "1", "1"]);
    assert_eq!(driver.text("#streak-today"), "1 of 3 breaks today");
    assert_eq!(driver.text("#routines li .routine-name"), "Quick one");
    assert!(
        driver.text("#routines li .routine-figures").starts_with("1 break"),
        "{}",
        driver.text("#routines li")
    );
}

#[test]
fn a_month_of_history_is_drawn_light_and_dark() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let config = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.toml"), "interval = \"1h\"\n").unwrap();
    let path = desk.home.path().join("data/unsit/history.sqlite3");
    let now = Local::now();
    let today = now.date_naive();
    let mut events = sample::days(today.pred_opt().unwrap(), 29, 60, 11);
    events.extend(sample::working_day(today, 60, 12).into_iter().filter(|(at, _)| *at <= now));
    let mut store = Store::open(&path, now);
    store.record_all(&events).unwrap();
    drop(store);
    let month = view::summarise_file(&path, today, 30, 3, now.fixed_offset(), |_| None).unwrap();

    let _resident = desk.start_resident(&unsit(), &[]);
    wait_for("the resident", PATIENCE, || desk.status(&unsit()));
    let driver = WebDriver::start(&desk, unsit_ui(), &["history"]);
    driver.wait_visible("#history");
    let last = month.days.last().unwrap();
    assert_eq!(driver.text("#today-taken"), last.taken.to_string());
    assert_eq!(driver.text("#today-skipped"), last.skipped.to_string());
    let bars =
        driver.execute("return document.querySelectorAll('#chart-breaks rect.bar-taken').length;", json!([]));
    assert!(bars.as_u64().unwrap() > 0, "the breaks chart has bars: {bars}");
    screenshot(&driver, "history-light");
    driver.click("label[for=range-30]");
    wait_for("thirty days", PATIENCE, || {
        driver.text("#charts-title").eq_ignore_ascii_case("Last 30 days").then_some(())
    });
    // The table alternative has a row per day.
    let rows =
        driver.execute("return document.querySelectorAll('#table-breaks tbody tr').length;", json!([]));
    assert_eq!(rows, json!(30));
    let taken: u32 = month.days.iter().map(|d| d.taken).sum();
    let shown = driver.execute(
        "return [...document.querySelectorAll('#table-breaks tbody tr')].map(r => Number(r.cells[1].textContent)).reduce((a, b) => a + b, 0);",
        json!([]),
    );
    assert_eq!(shown, json!(taken), "the table's breaks taken add up to the month's");
    screenshot(&driver, "history-month-light");
    driver.execute("document.getElementById('charts').scrollIntoView();", json!([]));
    screenshot(&driver, "history-charts-light");
    driver.execute("window.scrollTo(0, document.body.scrollHeight);", json!([]));
    screenshot(&driver, "history-routines-light");
    driver.click_to_close("#close");
    drop(driver);

    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["history"], &[("GTK_THEME", "Adwaita:dark")]);
    driver.wait_visible("#history");
    driver.click("label[for=range-30]");
    wait_for("thirty days", PATIENCE, || {
        driver.text("#charts-title").eq_ignore_ascii_case("Last 30 days").then_some(())
    });
    screenshot(&driver, "history-month-dark");
    driver.execute("document.getElementById('charts').scrollIntoView();", json!([]));
    screenshot(&driver, "history-charts-dark");
}

/// The pages name one font family, `sans-serif`, which unsit-ui makes the desktop's interface
/// font (GTK's `gtk-font-name`). With a monospaced one set, every glyph of the page's text is as
/// wide as every other; in the default sans-serif an "i" is a third of an "M".
#[test]
fn the_windows_speak_in_the_desktops_interface_font() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let gtk = desk.home.path().join("config/gtk-3.0");
    std::fs::create_dir_all(&gtk).unwrap();
    std::fs::write(gtk.join("settings.ini"), "[Settings]\ngtk-font-name = DejaVu Sans Mono 10\n").unwrap();
    let driver = WebDriver::start(&desk, unsit_ui(), &["history"]);
    driver.wait_visible("#history");
    let measured = driver.execute(
        "const width = (text) => { const s = document.createElement('span'); s.textContent = text; \
         document.getElementById('history-title').append(s); const w = s.getBoundingClientRect().width; \
         s.remove(); return w; }; \
         return [getComputedStyle(document.body).fontFamily, width('iiiiiiiiii'), width('MMMMMMMMMM')];",
        json!([]),
    );
    assert_eq!(measured[0], "sans-serif", "{measured}");
    let (narrow, wide) = (measured[1].as_f64().unwrap(), measured[2].as_f64().unwrap());
    assert!(narrow > 0.0 && (narrow - wide).abs() < 0.5, "not the desktop's monospaced font: {measured}");
}
