//! The control API under bad input, on the real session bus with a real resident: oversized and
//! malformed arguments refused in a few words, and every method driven with random arguments
//! for a fixed number of cases. Each call is answered, never with a panic or a hang, and the
//! resident keeps its last good state.

use std::path::PathBuf;
use std::time::Duration;

use unsit::protocol::{BUS_NAME, OBJECT_PATH};
use zbus::blocking::Connection;
use zbus::zvariant::DynamicType;

use crate::support::{wait_for, Desktop, Resident};

const INTERFACE: &str = "io.github.unsit.Control1";

/// The resident's answer: its text, or the error's name and message.
fn call<B>(bus: &Connection, method: &str, body: &B) -> Result<String, (String, String)>
where
    B: serde::Serialize + DynamicType,
{
    match bus.call_method(Some(BUS_NAME), OBJECT_PATH, Some(INTERFACE), method, body) {
        Ok(reply) => Ok(reply.body().deserialize::<String>().unwrap_or_default()),
        Err(zbus::Error::MethodError(name, message, _)) => {
            Err((name.to_string(), message.unwrap_or_default()))
        }
        Err(e) => panic!("{method}: not a method error: {e}"),
    }
}

/// A resident that cannot open windows: this copy of `unsit` has no `unsit-ui` beside it or on
/// its PATH, so a call that would open one shows only how a failed start is handled.
fn windowless_resident(desk: &Desktop) -> (Resident, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let unsit = dir.path().join("unsit");
    // Copied by `cp`, not in this process: while this process holds the copy open for writing,
    // any child another test thread forks inherits that descriptor until it execs, and running
    // the copy then fails with "Text file busy" (ETXTBSY; it did in CI).
    let copied =
        std::process::Command::new("cp").arg(env!("CARGO_BIN_EXE_unsit")).arg(&unsit).status().unwrap();
    assert!(copied.success());
    let resident = desk.start_resident_with(&unsit, &[], &[("PATH", "/usr/bin:/bin")]);
    wait_for("the resident to answer", Duration::from_secs(10), || desk.status(&unsit));
    (resident, unsit, dir)
}

fn refused(answer: &Result<String, (String, String)>, error: &str) -> String {
    match answer {
        Err((name, message)) if name == error => message.clone(),
        other => panic!("expected {error}, got {other:?}"),
    }
}

#[test]
fn oversized_and_malformed_arguments_are_refused_in_a_few_words() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let (_resident, unsit, _dir) = windowless_resident(&desk);
    let bus = desk.bus();
    let before = desk.status(&unsit).unwrap();
    let invalid = "org.freedesktop.DBus.Error.InvalidArgs";
    let megabyte = "a".repeat(1 << 20);

    // A megabyte where a word belongs: refused by its length, not echoed back.
    for (method, answer) in [
        ("StartBreak", call(&bus, "StartBreak", &(&megabyte,))),
        ("Pause", call(&bus, "Pause", &(&megabyte,))),
        ("Set key", call(&bus, "Set", &(&megabyte, "1h"))),
        ("Set value", call(&bus, "Set", &("interval", &megabyte))),
        ("ForgetBefore", call(&bus, "ForgetBefore", &(&megabyte,))),
        ("Open", call(&bus, "Open", &(&megabyte,))),
        ("Answer", call(&bus, "Answer", &(&megabyte, 0u32, "prompt"))),
        ("SessionFinished", call(&bus, "SessionFinished", &(&megabyte,))),
        ("SessionProgress", call(&bus, "SessionProgress", &(&megabyte,))),
    ] {
        let message = refused(&answer, invalid);
        assert!(message.len() < 200, "{method}: {} bytes of error", message.len());
        assert!(message.contains("is 1048576 bytes long"), "{method}: {message}");
    }

    // A duration of 10^20 seconds, as text and as the largest number the API takes.
    let message = refused(&call(&bus, "Pause", &("100000000000000000000s",)), invalid);
    assert!(message.contains("too long"), "{message}");
    let message = refused(
        &call(&bus, "Set", &("interval", "100000000000000000000s")),
        "org.freedesktop.DBus.Error.Failed",
    );
    assert!(message.contains("too long"), "{message}");
    let message = refused(&call(&bus, "Snooze", &(u32::MAX,)), invalid);
    assert!(message.contains("must be between 1 min and 2 h"), "{message}");

    // Control characters are not names: refused, and shown escaped.
    let message = refused(&call(&bus, "StartBreak", &("desk\u{1b}[2J",)), invalid);
    assert!(message.contains("\\u{1b}") && !message.contains('\u{1b}'), "{message:?}");

    // A NUL byte cannot travel in a D-Bus string: the bus refuses the message before unsit sees
    // it, and the resident goes on.
    let sent = bus.call_method(Some(BUS_NAME), OBJECT_PATH, Some(INTERFACE), "StartBreak", &("a\0b",));
    assert!(sent.is_err(), "{sent:?}");

    // Nothing changed, and the resident answers.
    let after = wait_for("the resident to answer", Duration::from_secs(10), || desk.status(&unsit));
    assert_eq!(after["state"], before["state"]);
    assert_eq!(after["interval_s"], before["interval_s"]);
}

/// A small, seeded generator: the same cases on every run.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn number(&mut self) -> u32 {
        let edges = [0, 1, 59, 60, 61, 600, 7200, 7201, 86_400, u32::MAX / 2, u32::MAX];
        match self.below(3) {
            0 => edges[self.below(edges.len())],
            _ => self.next() as u32,
        }
    }

    /// Words from everything a caller might send: real values, near misses, huge and strange.
    fn text(&mut self) -> String {
        const WORDS: &[&str] = &[
            "",
            " ",
            "start",
            "snooze",
            "skip",
            "prompt",
            "window",
            "settings",
            "history",
            "tomorrow",
            "interval",
            "snooze",
            "routine",
            "place",
            "equipment",
            "working_hours",
            "autostart",
            "idle_reset",
            "hold_max",
            "desk",
            "home",
            "rotate",
            "anti-desk",
            "desk-reset",
            "10m",
            "1h30m",
            "90s",
            "0s",
            "-5m",
            "5m1h",
            "1e20s",
            "99999999999999999999h",
            "2026-01-31",
            "2026-02-30",
            "0000-00-00",
            "true",
            "false",
            "{}",
            "{\"outcome\":\"done\"}",
            "[]",
            "null",
            "\u{202e}desk",
            "de\u{200b}sk",
            "\u{feff}",
            "é",
            "日本",
            "<b>x</b>",
            "$(id)",
        ];
        let mut text = String::new();
        for _ in 0..=self.below(3) {
            match self.below(8) {
                0 => text.push_str(&"x".repeat(1 << self.below(21))),
                1 => text.push(
                    char::from_u32(self.next() as u32 % 0x11_0000).filter(|c| *c != '\0').unwrap_or('?'),
                ),
                2 => text.push_str(&self.number().to_string()),
                _ => text.push_str(WORDS[self.below(WORDS.len())]),
            }
        }
        text
    }
}

/// Every method but Quit, with random arguments, 400 times; the resident answers each call and
/// stays up, and every refusal is a short message. Then Quit ends it cleanly.
#[test]
fn every_method_answers_random_arguments_without_failing() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let (mut resident, unsit, _dir) = windowless_resident(&desk);
    let bus = desk.bus();
    let mut random = Random(0x756e_7369_7400_0001);

    for case in 0..400 {
        let method = [
            "Status",
            "StartBreak",
            "Snooze",
            "Skip",
            "Pause",
            "Resume",
            "Settings",
            "Set",
            "Answer",
            "ForgetBefore",
            "Open",
            "SessionFinished",
            "SessionProgress",
        ][random.below(13)];
        let answer = match method {
            "Status" | "Skip" | "Resume" | "Settings" => call(&bus, method, &()),
            "Snooze" => call(&bus, method, &(random.number(),)),
            "Set" => call(&bus, method, &(random.text(), random.text())),
            "Answer" => call(&bus, method, &(random.text(), random.number(), random.text())),
            _ => call(&bus, method, &(random.text(),)),
        };
        if let Err((name, message)) = &answer {
            assert!(
                name == "org.freedesktop.DBus.Error.InvalidArgs"
                    || name == "org.freedesktop.DBus.Error.Failed",
                "case {case}, {method}: {name}: {message}"
            );
            // A refused value may be quoted, up to the longest the API takes (1 KB).
            assert!(!message.is_empty() && message.len() < 1500, "case {case}, {method}: {message:?}");
        }
        assert!(
            resident.child.try_wait().unwrap().is_none(),
            "case {case}, {method}: the resident ended\n{}",
            resident.log()
        );
    }
    assert!(desk.status(&unsit).is_some(), "{}", resident.log());
    assert!(!resident.log().contains("panicked"), "{}", resident.log());
    assert!(call(&bus, "Quit", &()).is_ok());
    let status =
        wait_for("the resident to quit", Duration::from_secs(10), || resident.child.try_wait().unwrap());
    assert!(status.success(), "{status}");
}
