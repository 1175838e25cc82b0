//! Spoken cues, heard for real: the break window speaks through speech-dispatcher (espeak-ng)
//! into a private PulseAudio null sink, recorded from its monitor with `parec` and measured with
//! `sox` (`scripts/headless --speech`). Also over WebDriver: V turns the voice on and off and is
//! remembered, and with no speech service the window says so in one line and plays on.

mod common;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::Duration;

use common::{screenshot, unsit, unsit_ui, PATIENCE};
use serde_json::json;
use support::webdriver::{key, WebDriver};
use support::{wait_for, Desktop};

/// The recording's format: 16-bit mono at 16 kHz, raw.
const RATE: u64 = 16_000;
const BYTES_PER_SECOND: u64 = RATE * 2;
/// Root-mean-square amplitude (full scale 1.0) above which a stretch of recording holds speech,
/// and below which it is silent. A null sink records exact zeros when nothing plays; espeak-ng's
/// speech measures about 0.1.
const SPEECH: f64 = 0.01;
const SILENCE: f64 = 0.001;

/// Writes the settings and a routine with one exercise on both sides: 8 s holds with a get-ready
/// before the first side, a switch between them.
fn set_up(desk: &Desktop, settings: &str) {
    let config = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(config.join("routines")).unwrap();
    std::fs::write(config.join("settings.toml"), settings).unwrap();
    std::fs::write(
        config.join("routines/spoken.toml"),
        "id = \"spoken\"\ntitle = \"Spoken\"\nsummary = \"Both sides.\"\n\
         [source]\ntitle = \"t\"\nauthor = \"a\"\n[[phases]]\nkind = \"stretch\"\n\
         [[phases.exercises]]\nname = \"Standing hip flexor stretch\"\ntargets = [\"psoas\"]\n\
         position = \"standing\"\nhold = 8\nper_side = true\nside = \"left foot back\"\n\
         cues = [\"Step one foot back and tuck the pelvis under.\"]\n",
    )
    .unwrap();
    // The safety advice was read: the overview is the same every time.
    let data = desk.home.path().join("data/unsit");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("safety-acknowledged"), "acknowledged").unwrap();
}

/// `parec` recording the null sink's monitor into a raw file, killed on drop.
struct Recording {
    child: Child,
    path: PathBuf,
}

impl Recording {
    fn start(desk: &Desktop) -> Recording {
        let path = desk.dir.join("speech.raw");
        let child = desk
            .command("parec")
            .args(["--device", "unsit.monitor", "--raw", "--format=s16le", "--channels=1"])
            .args([format!("--rate={RATE}"), "--latency-msec=20".into()])
            .arg(&path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting parec (pulseaudio-utils)");
        let recording = Recording { child, path };
        wait_for("the recording to run", PATIENCE, || (recording.seconds() > 0.2).then_some(()));
        recording
    }

    /// How far the recording has got, in seconds: where "now" is in it.
    fn seconds(&self) -> f64 {
        let bytes = std::fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0);
        bytes as f64 / BYTES_PER_SECOND as f64
    }

    /// Waits until the recording holds `until` seconds.
    fn wait_until(&self, until: f64) {
        wait_for(&format!("{until:.1} s of recording"), PATIENCE, || (self.seconds() >= until).then_some(()));
    }

    /// sox's RMS amplitude of the recording from `from` for `length` seconds.
    fn rms(&self, from: f64, length: f64) -> f64 {
        self.wait_until(from + length);
        rms(&self.path, from, length)
    }
}

impl Drop for Recording {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn rms(path: &Path, from: f64, length: f64) -> f64 {
    let rate = RATE.to_string();
    let out = std::process::Command::new("sox")
        .args(["-t", "raw", "-r", &rate, "-e", "signed", "-b", "16", "-c", "1"])
        .arg(path)
        .args(["-n", "trim", &format!("{from:.3}"), &format!("{length:.3}"), "stat"])
        .output()
        .expect("running sox");
    let text = String::from_utf8_lossy(&out.stderr);
    text.lines()
        .find_map(|l| l.strip_prefix("RMS     amplitude:").map(|v| v.trim().parse::<f64>().unwrap()))
        .unwrap_or_else(|| panic!("no RMS amplitude in sox's answer: {text}"))
}

fn step_name(driver: &WebDriver) -> String {
    driver.text("#step-name")
}

/// A break with the voice on: speech at the start, none on the overview before it, none while
/// paused, speech at the switch of sides (after the resume) and at the end.
#[test]
fn each_announced_moment_is_heard_and_a_pause_is_silent() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications", "--speech"]);
    set_up(&desk, "voice = true\nsound = false\n");
    let recording = Recording::start(&desk);
    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "spoken"]);
    driver.wait_visible("#overview");
    assert_eq!(driver.attribute("#ov-voice-btn", "aria-pressed").as_deref(), Some("true"));

    let started = recording.seconds();
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    // The first hold, after its get-ready: pause it while the exercise is still being announced.
    wait_for("the hold to start", PATIENCE, || {
        (driver.text("#ring-caption").to_lowercase() == "hold").then_some(())
    });
    driver.press(key::SPACE);
    wait_for("the pause", PATIENCE, || {
        (driver.text("#ring-caption").to_lowercase() == "paused").then_some(())
    });
    let paused = recording.seconds();
    recording.wait_until(paused + 3.0);
    driver.press(key::SPACE);
    wait_for("the switch of sides", PATIENCE, || (step_name(&driver) == "Switch sides").then_some(()));
    let switched = recording.seconds();
    driver.wait_visible("#done");
    let done = recording.seconds();

    let before = recording.rms(0.0, started);
    assert!(before < SILENCE, "something was said on the overview (RMS {before})");
    let intro = recording.rms(started, 2.0);
    assert!(intro > SPEECH, "the exercise was not announced (RMS {intro})");
    let pause = recording.rms(paused + 0.5, 2.5);
    assert!(pause < SILENCE, "speech went on during the pause (RMS {pause})");
    let switch = recording.rms(switched, 1.5);
    assert!(switch > SPEECH, "the switch of sides was not said (RMS {switch})");
    let end = recording.rms(done, 1.5);
    assert!(end > SPEECH, "the end was not said (RMS {end})");
    let said = driver.execute("return document.documentElement.dataset.lastSaid;", json!([]));
    assert!(said.as_str().unwrap().starts_with("Done, in "), "last said: {said}");
}

/// With a German desktop, the window asks speech-dispatcher for German (`SET SELF LANGUAGE de`,
/// as its log shows: `scripts/headless` logs every command) and says its words in German.
#[test]
fn on_a_german_desktop_the_voice_speaks_german() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications", "--speech"]);
    set_up(&desk, "voice = true\nsound = false\n");
    let german = [("LANG", "de_DE.UTF-8")];
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &["session", "--routine", "spoken"], &german);
    driver.wait_visible("#overview");
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    // On through the switch and the other side, to the end, which is said aloud.
    for _ in 0..3 {
        driver.press(key::RIGHT);
    }
    driver.wait_visible("#done");
    let log = desk.dir.join("speechd/speech-dispatcher.log");
    let said = wait_for("the end said in German", PATIENCE, || {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        text.contains("Geschafft.").then_some(text)
    });
    // SSIP's words are case-insensitive (ssip-client writes `SET self …`).
    let commands: Vec<String> = said.lines().map(str::to_lowercase).collect();
    let named = commands.iter().any(|l| l.contains("set self client_name") && l.contains(":unsit:"));
    assert!(named, "unsit-ui never named itself to speech-dispatcher");
    let asked: Vec<&String> = commands.iter().filter(|l| l.contains("set self language")).collect();
    assert!(!asked.is_empty() && asked.iter().all(|l| l.ends_with("set self language de")), "{asked:?}");
    assert!(said.contains("Seitenwechsel."), "the switch of sides in German");
}

/// V turns spoken cues on and off, on the overview and on a step; the choice is saved by the
/// resident and the next window starts with it.
#[test]
fn v_toggles_the_voice_and_the_next_window_remembers() {
    let unsit = unsit();
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications", "--speech"]);
    set_up(&desk, "");
    let _resident = desk.start_resident(&unsit, &["--interval", "2h"]);
    wait_for("the resident", PATIENCE, || desk.status(&unsit));

    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "spoken"]);
    driver.wait_visible("#overview");
    assert_eq!(driver.attribute("#ov-voice-btn", "aria-pressed").as_deref(), Some("false"), "off by default");
    assert_eq!(driver.attribute("#ov-voice-btn", "aria-label").as_deref(), Some("Turn spoken cues on (V)"));
    driver.press(key::VOICE);
    assert_eq!(driver.attribute("#ov-voice-btn", "aria-pressed").as_deref(), Some("true"));
    assert_eq!(driver.attribute("#ov-voice-btn", "aria-label").as_deref(), Some("Turn spoken cues off (V)"));
    let settings =
        || std::fs::read_to_string(desk.home.path().join("config/unsit/settings.toml")).unwrap_or_default();
    wait_for("voice = true saved", PATIENCE, || settings().contains("voice = true").then_some(()));
    screenshot(&driver, "voice-overview-light");
    drop(driver);

    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "spoken"]);
    driver.wait_visible("#overview");
    assert_eq!(driver.attribute("#ov-voice-btn", "aria-pressed").as_deref(), Some("true"), "not remembered");
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    assert_eq!(driver.attribute("#step-voice-btn", "aria-pressed").as_deref(), Some("true"));
    driver.click("#step-voice-btn");
    assert_eq!(driver.attribute("#step-voice-btn", "aria-pressed").as_deref(), Some("false"));
    wait_for("voice = false saved", PATIENCE, || settings().contains("voice = false").then_some(()));
    assert!(!driver.is_visible("#step-voice-note"), "speech works here: no note");
}

/// With nothing listening at speech-dispatcher's address, the window says once, in one line,
/// that spoken cues need it, and the break plays to the end.
#[test]
fn without_speech_dispatcher_the_window_says_so_once_and_plays_on() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    set_up(&desk, "voice = true\nsound = false\n");
    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "spoken"]);
    driver.wait_visible("#ov-voice-note");
    assert_eq!(driver.text("#ov-voice-note"), "Spoken cues need speech-dispatcher");
    screenshot(&driver, "voice-missing-light");
    driver.press(key::ENTER);
    driver.wait_visible("#step-voice-note");
    assert_eq!(driver.text("#step-voice-note"), "Spoken cues need speech-dispatcher");
    // One line: the note's text makes one line box.
    let lines = driver.execute(
        "const range = document.createRange(); \
         range.selectNodeContents(document.getElementById('step-voice-note')); \
         return range.getClientRects().length;",
        json!([]),
    );
    assert_eq!(lines, json!(1), "the note takes more than one line");
    // The break goes on: both sides and the switch, to the end.
    wait_for("the end", Duration::from_secs(60), || driver.is_visible("#done").then_some(()));
    assert_eq!(driver.text("#done-steps"), "2 of 2");
}

/// Checks the large view on the step shown: the count at least a third of the window's height,
/// its digits large, and the figure out of the way.
fn assert_large(driver: &WebDriver, count: &str) {
    let sizes = driver.execute(
        "const box = document.querySelector(arguments[0]).getBoundingClientRect(); \
         const digits = document.querySelector(arguments[1]); \
         return [box.height, window.innerHeight, parseFloat(getComputedStyle(digits).fontSize), \
                 document.getElementById('step').classList.contains('is-large'), \
                 document.getElementById('step-figure').getBoundingClientRect().height];",
        json!([count, if count == "#ring" { "#ring-digits" } else { "#rep-count" }]),
    );
    let (height, window) = (sizes[0].as_f64().unwrap(), sizes[1].as_f64().unwrap());
    assert_eq!(sizes[3], json!(true), "not the large view");
    assert!(height * 3.0 >= window, "the count is {height} px of a {window} px window");
    assert!(sizes[2].as_f64().unwrap() >= 90.0, "digits of {} px", sizes[2]);
    assert_eq!(sizes[4].as_f64(), Some(0.0), "the figure is still shown");
}

/// F gives the large view and takes it back; with `floor_view` on, exercises on the floor start
/// in it. Light and dark.
#[test]
fn f_gives_a_large_view_readable_from_the_floor() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    set_up(&desk, "");
    let driver = WebDriver::start(&desk, unsit_ui(), &["session", "--routine", "spoken"]);
    driver.wait_visible("#overview");
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    assert_eq!(driver.attribute("#large-btn", "aria-pressed").as_deref(), Some("false"));
    assert!(!driver.is_visible("#fullscreen-btn"), "full screen is offered in the large view");
    driver.press("f");
    assert_large(&driver, "#ring");
    assert!(driver.is_visible("#fullscreen-btn"));
    assert!(driver.is_visible("#step-cue"), "the cue is gone");
    screenshot(&driver, "large-light");
    driver.press("f");
    assert_eq!(driver.attribute("#large-btn", "aria-pressed").as_deref(), Some("false"));
    assert!(driver.is_visible("#step-figure"));
    drop(driver);

    // At home on the floor, with the setting: the first exercise (on the floor) starts large.
    std::fs::write(desk.home.path().join("config/unsit/settings.toml"), "floor_view = true\n").unwrap();
    let dark = [("GTK_THEME", "Adwaita:dark")];
    let args = ["session", "--routine", "anti-desk", "--place", "home", "--equipment", "ball,cushion"];
    let driver = WebDriver::start_with_env(&desk, unsit_ui(), &args, &dark);
    driver.wait_visible("#overview");
    driver.press(key::ENTER);
    driver.wait_visible("#ring");
    assert_large(&driver, "#ring");
    screenshot(&driver, "large-dark");
}
