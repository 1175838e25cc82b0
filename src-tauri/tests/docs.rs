//! The man pages and the shell completions that `examples/docs` writes for the package: the pages
//! render without a warning and hold every command; bash, fish and zsh read the completions, and
//! bash and fish complete routine ids from the routines there are.

mod common;
/// The example itself, so that what is tested is this build's and never a stale binary.
#[path = "../examples/docs.rs"]
#[allow(dead_code)]
mod docs;
#[path = "../../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::unsit;

/// What `examples/docs` writes, in a new folder.
fn generated() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    docs::write(out.path()).unwrap();
    out
}

/// `PATH` with this build's `unsit` first, as the completions call `unsit`.
fn path_with_unsit() -> String {
    let bin: PathBuf = unsit().parent().unwrap().into();
    format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default())
}

fn text(out: &Output) -> String {
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn routine_ids() -> Vec<String> {
    unsit::routine::Library::builtin().entries().iter().map(|e| e.routine.id.clone()).collect()
}

/// The text of a page as `man` prints it, without the overstrikes that make bold and underline.
fn plain(shown: &str) -> String {
    let mut text = String::with_capacity(shown.len());
    for c in shown.chars() {
        if c == '\u{8}' {
            text.pop();
        } else {
            text.push(c);
        }
    }
    text
}

/// A page as `man` shows it at 80 columns, checked to render with no warning.
fn rendered(page: &Path) -> String {
    let shown = Command::new("man")
        .args(["--warnings", "-l"])
        .arg(page)
        .env("MANWIDTH", "80")
        .env("MAN_KEEP_FORMATTING", "0")
        // man renders in the terminal's charset: without a UTF-8 locale "RÜCKGABEWERT" comes out
        // as "RUCKGABEWERT". CI may run with no LANG at all.
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_CTYPE")
        .output()
        .unwrap();
    let warnings = String::from_utf8_lossy(&shown.stderr);
    assert!(shown.status.success() && warnings.is_empty(), "{}: {warnings}", page.display());
    plain(&String::from_utf8_lossy(&shown.stdout))
}

#[test]
fn the_man_pages_render_cleanly_and_hold_every_command() {
    let out = generated();
    let man = out.path().join("man");
    for page in ["unsit.1", "unsit-ui.1"] {
        let page_text = rendered(&man.join(page));
        assert!(page_text.contains(unsit::VERSION), "{page}: no version");
        // clap's `help` command has no page of its own to point to.
        assert!(!page_text.contains("-help(1)"), "{page} names a help page");
        if page == "unsit.1" {
            for section in ["SYNOPSIS", "SUBCOMMANDS", "EXIT STATUS", "FILES", "SEE ALSO"] {
                assert!(page_text.contains(section), "{page}: no {section}");
            }
        }
    }
    // A page for every command, down to `unsit routines show`, saying what `--help` says.
    let cli = unsit::cli::command();
    for command in cli.get_subcommands().filter(|c| c.get_name() != "help") {
        let mut names = vec![format!("unsit-{}", command.get_name())];
        names.extend(
            command.get_subcommands().map(|c| format!("unsit-{}-{}", command.get_name(), c.get_name())),
        );
        for name in names {
            let page = std::fs::read_to_string(man.join(format!("{name}.1")))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(page.contains(".SH SYNOPSIS"), "{name}");
        }
        let about = command.get_about().unwrap().to_string();
        let page = std::fs::read_to_string(man.join(format!("unsit-{}.1", command.get_name()))).unwrap();
        let first_words: String = about.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        assert!(page.contains(&first_words), "unsit-{}.1 lacks {first_words:?}", command.get_name());
    }
}

#[test]
fn the_command_lines_pages_are_in_german_and_spanish_too() {
    let out = generated();
    for lang in ["de", "es"] {
        let words = unsit::lang::Words::new(
            unsit::lang::Locale::from_vars(Some(lang), &|_| None),
            unsit::lang::Parts::Core,
        );
        let dir = out.path().join("man").join(lang);
        let text = rendered(&dir.join("unsit.1"));
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // The closing sections, written by docs.rs, in the language too.
        for id in ["man-exit-status", "man-files", "man-environment", "man-see-also"] {
            assert!(text.contains(&words.say(id, None)), "{lang}/unsit.1 lacks the heading {id}");
        }
        for id in ["cli", "cli-status", "cli-snooze"] {
            let said = words.say(id, None);
            assert_ne!(
                said,
                unsit::lang::Words::new(
                    unsit::lang::Locale::from_vars(Some("en"), &|_| None),
                    unsit::lang::Parts::Core
                )
                .say(id, None)
            );
            let start: String = said.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            assert!(text.contains(&start), "{lang}/unsit.1 lacks {start:?}");
        }
        // Every heading in the language, the ones clap_mangen writes too.
        for id in ["man-name", "man-synopsis", "man-description", "man-options"] {
            assert!(text.contains(&words.say(id, None)), "{lang}/unsit.1 lacks the heading {id}");
        }
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let page = std::fs::read_to_string(&path).unwrap();
            for english in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXTRA"] {
                for heading in [format!(".SH {english}\n"), format!(".SH \"{english}\"\n")] {
                    assert!(!page.contains(&heading), "{}: {english}", path.display());
                }
            }
        }
        let page = std::fs::read_to_string(dir.join("unsit-break.1")).unwrap();
        assert!(
            page.contains(&format!(".SH \"{}\"", words.say("man-synopsis", None))),
            "{lang}/unsit-break.1"
        );
        // clap's `help` command has no page, and no page names it.
        assert!(!dir.join("unsit-help.1").exists());
        assert!(!text.contains("unsit-help(1)"), "{lang}/unsit.1 names unsit-help(1)");
    }
}

/// What bash offers for the words typed so far, as bash asks the completion function.
fn bash_offers(file: &Path, words: &[&str]) -> Vec<String> {
    let script = r#"source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _unsit_routines unsit "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\n' "${COMPREPLY[@]}""#;
    let out = Command::new("bash")
        .args(["-c", script, "bash"])
        .arg(file)
        .args(words)
        .env("PATH", path_with_unsit())
        .output()
        .unwrap();
    text(&out).lines().map(String::from).collect()
}

/// What fish offers for this command line.
fn fish_offers(file: &Path, line: &str) -> Vec<String> {
    let out = Command::new("fish")
        .args(["--no-config", "-c", "source $argv[1]; complete -C $argv[2]"])
        .arg(file)
        .arg(line)
        .env("PATH", path_with_unsit())
        .output()
        .unwrap();
    text(&out).lines().map(|l| l.split('\t').next().unwrap().to_string()).collect()
}

#[test]
fn the_shells_complete_commands_and_routine_ids() {
    let out = generated();
    let completions = out.path().join("completions");
    let ids = routine_ids();
    assert!(ids.len() > 3);
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };

    let bash = completions.join("unsit.bash");
    assert_eq!(bash_offers(&bash, &["unsit", "ro"]), ["routine", "routines"]);
    assert_eq!(sorted(bash_offers(&bash, &["unsit", "break", ""])), sorted(ids.clone()));
    let mut with_rotate = ids.clone();
    with_rotate.push("rotate".into());
    assert_eq!(sorted(bash_offers(&bash, &["unsit", "routine", ""])), sorted(with_rotate));
    let desk: Vec<String> = ids.iter().filter(|id| id.starts_with("desk-")).cloned().collect();
    assert_eq!(sorted(bash_offers(&bash, &["unsit", "routines", "show", "desk-"])), sorted(desk));
    assert_eq!(bash_offers(&bash, &["unsit", "open", "h"]), ["history"]);

    let fish = completions.join("unsit.fish");
    assert_eq!(sorted(fish_offers(&fish, "unsit break ")), sorted(ids.clone()));
    assert_eq!(sorted(fish_offers(&fish, "unsit routines show ")), sorted(ids.clone()));
    assert!(fish_offers(&fish, "unsit ro").contains(&"routines".to_string()));

    // zsh: the file parses, and the routine arguments complete with the ids.
    let zsh = completions.join("_unsit");
    let parsed = Command::new("zsh").arg("-n").arg(&zsh).output().unwrap();
    assert!(parsed.status.success(), "{parsed:?}");
    let script = std::fs::read_to_string(&zsh).unwrap();
    assert_eq!(script.matches(":_unsit_routine_ids'").count(), 3, "break, routine, routines show");
    assert!(script.contains("unsit routines list --ids"));
}
