//! The settings reader over random bytes and random changes to a real file: it never panics,
//! and every problem it reports is located (file:line:column, inside the file).

use proptest::prelude::*;

use super::*;

/// A settings file that sets every key, as README shows it.
const FULL: &str = r#"interval = "2h"          # sitting time between breaks, 10m to 8h
idle_reset = "5m"
snooze = "10m"
routine = "anti-desk"
place = "desk"
equipment = ["ball", "cushion"]
desk_equipment = []
sound = true
voice = false
voice_counts = true
floor_view = false
hold_for_calls = true
hold_for_full_screen = true
hold_for_do_not_disturb = true
hold_for_inhibitors = true
hold_max = "1h"
autostart = false
streak_goal = 3
keep_history = "forever"

[working_hours]
mon = ["09:00-12:30", "13:30-17:30"]
fri = ["10:00-14:00"]
"#;

/// What a change may put in: TOML's own characters, values of the wrong kind, strange text.
const PIECES: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "=",
    "#",
    "\n",
    ",",
    ".",
    "\\",
    "\"\"\"",
    "-1",
    "0",
    "1e400",
    "99999999999999999999",
    "nan",
    "inf",
    "true",
    "\"\"",
    "[]",
    "{}",
    "\"10x\"",
    "\"25:00-26:00\"",
    "\"09:00-09:00\"",
    "\"rotate\"",
    "\"no-such\"",
    "[\"ball\", \"ball\"]",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "日本",
    "[working_hours]",
    "[[x]]",
    "mon = 5",
    "interval = 3",
    "keep_history = 1",
];

fn check(text: &str, warnings: &[Warning]) {
    let lines = text.split('\n').count();
    for w in warnings {
        let (line, column) = w.at.unwrap_or_else(|| panic!("not located: {w}"));
        assert!(line >= 1 && line <= lines && column >= 1, "{w} is outside the file ({lines} lines)");
        assert!(w.to_string().starts_with(&format!("fuzz.toml:{line}:{column}: ")), "{w}");
        assert!(!w.message.is_empty());
    }
}

/// A real file with a few random changes: inserting a piece, cutting a span, doubling a line.
fn changed_file() -> impl Strategy<Value = String> {
    let change = (
        0..3u8,
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        proptest::sample::select(PIECES),
    );
    proptest::collection::vec(change, 1..4).prop_map(|changes| {
        let mut text = FULL.to_string();
        for (how, at, len, piece) in changes {
            let chars: Vec<char> = text.chars().collect();
            let i = at.index(chars.len() + 1);
            text = match how {
                0 => chars[..i].iter().collect::<String>() + piece + &chars[i..].iter().collect::<String>(),
                1 => {
                    let j = (i + len.index(12)).min(chars.len());
                    chars[..i].iter().chain(&chars[j..]).collect()
                }
                _ => {
                    let lines: Vec<&str> = text.lines().collect();
                    let k = at.index(lines.len());
                    let mut out: Vec<&str> = lines.clone();
                    out.insert(k, lines[k]);
                    out.join("\n")
                }
            };
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_are_read_or_refused_with_a_place(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fuzz.toml");
        std::fs::write(&path, &bytes).unwrap();
        let (_, warnings) = load(&path, &Library::builtin());
        let text = String::from_utf8_lossy(&bytes).into_owned();
        for w in &warnings {
            let origin = path.display().to_string();
            let (line, column) = w.at.unwrap_or_else(|| panic!("not located: {w}"));
            prop_assert!(line >= 1 && line <= text.split('\n').count() && column >= 1, "{}", w);
            prop_assert!(w.to_string().starts_with(&format!("{origin}:{line}:{column}: ")), "{}", w);
        }
    }

    #[test]
    fn a_changed_real_file_is_read_with_every_problem_located(text in changed_file()) {
        let (_, warnings) = from_toml(&text, "fuzz.toml", &Library::builtin());
        check(&text, &warnings);
    }
}

#[test]
fn the_full_file_reads_without_a_problem() {
    let (settings, warnings) = from_toml(FULL, "fuzz.toml", &Library::builtin());
    assert_eq!(warnings, []);
    assert_eq!(settings, from_toml(FULL, "again.toml", &Library::builtin()).0);
}
