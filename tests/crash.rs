//! The resident killed with SIGKILL while it saves settings, 500 times: the settings file always
//! reads back whole, holding the value before the change or the one after it, and the next
//! resident starts cleanly from it.

use std::path::Path;
use std::time::Duration;

use unsit::protocol::{BUS_NAME, OBJECT_PATH};

use crate::support::{wait_for, Desktop};

/// The values each setting takes in turn.
const CHANGES: &[(&str, &[&str])] = &[
    ("interval", &["45m", "50m", "55m", "1h", "1h30m"]),
    ("routine", &["desk-reset", "desk-hips", "rotate", "anti-desk"]),
    ("working_hours", &["mon 09:00-17:00", "off", "tue 08:00-12:00, 13:00-17:30; fri 10:00-14:00"]),
];

/// The setting as the file sets it (its default when the file does not name it), read the way
/// unsit reads it. Panics when the file does not read back whole.
fn in_file(path: &Path, key: &str) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let library = unsit::routine::Library::load(None).0;
    let (settings, warnings) = unsit::settings::load(path, &library);
    assert!(warnings.is_empty(), "the settings file does not read back: {warnings:?}\n{text}");
    text.parse::<toml::Table>().unwrap_or_else(|e| panic!("not TOML: {e}\n{text}"));
    unsit::settings::find(key).unwrap().text(&settings.get(key))
}

/// A value as the settings file would hold it.
fn as_saved(key: &str, value: &str) -> String {
    let setting = unsit::settings::find(key).unwrap();
    setting.text(&setting.parse(value, &unsit::routine::Library::load(None).0).unwrap())
}

#[test]
fn settings_survive_the_resident_killed_while_saving_them() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let path = desk.home.path().join("config/unsit/settings.toml");
    let bus = desk.bus();
    let mut random = 0x5eed_u64;
    let mut next = move |n: u64| {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        random % n
    };
    let mut acknowledged = 0;
    for round in 0..500 {
        let mut resident = desk.start_resident(env!("CARGO_BIN_EXE_unsit").as_ref(), &[]);
        wait_for("the resident to own its name", Duration::from_secs(10), || {
            desk.has_owner(BUS_NAME).then_some(())
        });
        let (key, values) = CHANGES[next(CHANGES.len() as u64) as usize];
        let before = in_file(&path, key);
        let value = values[next(values.len() as u64) as usize];

        // The change is sent, and the resident killed a random moment later: before it reads
        // the request, while it saves, or after it answered.
        let call = {
            let bus = bus.clone();
            std::thread::spawn(move || {
                bus.call_method(
                    Some(BUS_NAME),
                    OBJECT_PATH,
                    Some("io.github.unsit.Control1"),
                    "Set",
                    &(key, value),
                )
                .is_ok()
            })
        };
        std::thread::sleep(Duration::from_micros(next(12_000)));
        resident.child.kill().unwrap();
        resident.child.wait().unwrap();
        let answered = call.join().unwrap();
        acknowledged += usize::from(answered);

        let after = in_file(&path, key);
        let new = as_saved(key, value);
        assert!(
            after == before || after == new,
            "round {round}: {key} is {after:?}, not {before:?} or {new:?}"
        );
        if answered {
            assert_eq!(after, new, "round {round}: {key} = {value} was acknowledged but not saved");
        }
        assert!(!resident.log().contains("panicked"), "{}", resident.log());
    }
    // The kills fell on both sides of the saves.
    assert!((25..475).contains(&acknowledged), "{acknowledged} of 500 changes were acknowledged");
    // No temporary file is left beside the settings from the killed saves, once a resident starts.
    let resident = desk.start_resident(env!("CARGO_BIN_EXE_unsit").as_ref(), &[]);
    wait_for("the last resident to answer", Duration::from_secs(10), || {
        desk.status(env!("CARGO_BIN_EXE_unsit").as_ref())
    });
    let names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["settings.toml"], "{}", resident.log());
}
