//! Writes unsit's man pages and shell completions from the command lines' own definitions, so
//! they say what `--help` says, for a package or an install to put in place.
//!
//!   cargo run -p unsit-ui --example docs -- OUT
//!
//! writes `OUT/man/` (`unsit.1`, a page per subcommand such as `unsit-break.1`, and `unsit-ui.1`;
//! `OUT/man/LANG/` the same pages of `unsit` in each other language) and `OUT/completions/` (`unsit.bash`, `_unsit` for zsh, `unsit.fish`). The completions offer
//! the routines' ids (from `unsit routines list --ids`, asked when completing) after `break`,
//! `routine` and `routines show`.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap_complete::Shell;

/// What the generated pages do not say: how it ends, its files, the environment; in the language
/// of this process's words (`locales/LANG/core.ftl`, `man-*`).
fn more() -> String {
    use unsit::t;
    let bold = |s: &str| format!("\\fB{s}\\fR");
    let see_also = t!(
        "man-see-also-text",
        ui = format!("{}(1)", bold("unsit-ui")),
        break_page = format!("{}(1)", bold("unsit-break")),
        history_page = format!("{}(1)", bold("unsit-history"))
    );
    let paragraphs = [
        format!(".SH \"{}\"", t!("man-exit-status")),
        format!(".TP\n{}\n{}", bold("0"), troff(&t!("man-exit-0"))),
        format!(".TP\n{}\n{}", bold("1"), troff(&t!("man-exit-1"))),
        format!(".TP\n{}\n{}", bold("2"), troff(&t!("man-exit-2"))),
        format!(".TP\n{}\n{}", bold("3"), troff(&t!("man-exit-3"))),
        format!(".SH \"{}\"", t!("man-files")),
        format!(".TP\n\\fI$XDG_CONFIG_HOME/unsit/settings.toml\\fR\n{}", troff(&t!("man-file-settings"))),
        format!(".TP\n\\fI$XDG_CONFIG_HOME/unsit/routines/*.toml\\fR\n{}", troff(&t!("man-file-routines"))),
        format!(".TP\n\\fI$XDG_DATA_HOME/unsit/history.sqlite3\\fR\n{}", troff(&t!("man-file-history"))),
        format!(
            ".TP\n\\fI$XDG_CONFIG_HOME/autostart/unsit.desktop\\fR\n{}",
            troff(&t!("man-file-autostart"))
        ),
        format!(".SH \"{}\"", t!("man-environment")),
        format!(".TP\n{}\n{}", bold("LC_ALL, LC_MESSAGES, LANG"), troff(&t!("man-env-lang"))),
        format!(".TP\n{}\n{}", bold("RUST_LOG"), troff(&t!("man-env-rust-log"))),
        format!(".SH \"{}\"", t!("man-see-also")),
        // Already troff: the pages' names in bold around the translated words.
        see_also,
    ];
    paragraphs.join("\n") + "\n"
}

/// Text for a man page: `words` in backticks in bold, and nothing troff would read as a request.
fn troff(text: &str) -> String {
    let mut out = String::new();
    let mut bold = false;
    for c in text.chars() {
        match c {
            '`' => {
                out.push_str(if bold { "\\fR" } else { "\\fB" });
                bold = !bold;
            }
            '\\' => out.push_str("\\e"),
            c => out.push(c),
        }
    }
    // A line may not begin with a control character ('.' or '\'').
    if out.starts_with(['.', '\'']) {
        out.insert_str(0, "\\&");
    }
    out
}

/// Completing a routine's id, per shell: added to what clap_complete writes.
const BASH: &str = r#"
# Routine ids after `break`, `routine` and `routines show`, asked of unsit when completing.
_unsit_routines() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} before=${COMP_WORDS[COMP_CWORD-2]:-}
    local extra=
    case "$prev" in
        break) ;;
        routine) extra=rotate ;;
        show) [ "$before" = routines ] || { _unsit "$@"; return; } ;;
        *) _unsit "$@"; return ;;
    esac
    [[ "$cur" == -* ]] && { _unsit "$@"; return; }
    COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" routines list --ids 2>/dev/null) $extra" -- "$cur"))
}
complete -F _unsit_routines -o bashdefault -o default unsit
"#;

const FISH: &str = r#"
# Routine ids after `break`, `routine` and `routines show`, asked of unsit when completing.
complete -c unsit -n "__fish_seen_subcommand_from break; and not __fish_seen_subcommand_from routines" -f -a "(unsit routines list --ids 2>/dev/null)"
complete -c unsit -n "__fish_seen_subcommand_from routine; and not __fish_seen_subcommand_from routines" -f -a "(unsit routines list --ids 2>/dev/null) rotate"
complete -c unsit -n "__fish_seen_subcommand_from routines; and __fish_seen_subcommand_from show" -f -a "(unsit routines list --ids 2>/dev/null)"
"#;

/// zsh: the routine arguments complete with `_unsit_routine_ids` instead of `_default`.
const ZSH_IDS: &str = r#"
# Routine ids, asked of unsit when completing.
(( $+functions[_unsit_routine_ids] )) ||
_unsit_routine_ids() {
    local -a ids
    ids=(${(f)"$(unsit routines list --ids 2>/dev/null)"})
    _describe -t routines 'routine' ids
}
"#;

fn main() {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: docs OUT");
        std::process::exit(2);
    };
    if let Err(e) = write(&out) {
        eprintln!("docs: {}: {e}", out.display());
        std::process::exit(1);
    }
}

/// `unsit`'s pages into `dir`: a page per command, then unsit(1) again with what the generated
/// one lacks.
fn unsit_pages(command: clap::Command, dir: &Path) -> std::io::Result<()> {
    clap_mangen::generate_to(command.clone(), dir)?;
    let mut page = Vec::new();
    // Without clap's `help` command, as generate_to writes the other pages: it has no page of its
    // own for unsit(1) to name.
    clap_mangen::Man::new(command.disable_help_subcommand(true)).render(&mut page)?;
    page.extend_from_slice(more().as_bytes());
    std::fs::write(dir.join("unsit.1"), page)
}

/// A translated page's headings in its language: clap_mangen writes its own (NAME, SYNOPSIS…) in
/// English, and the ones it takes from the command line ("Befehle") as they are; man pages set
/// them in capitals.
fn localize_headings(dir: &Path) -> std::io::Result<()> {
    use unsit::t;
    let own = [
        ("NAME", t!("man-name")),
        ("SYNOPSIS", t!("man-synopsis")),
        ("DESCRIPTION", t!("man-description")),
        ("OPTIONS", t!("man-options")),
        ("VERSION", t!("man-version")),
        // What follows the options: `unsit set`'s settings.
        ("EXTRA", t!("man-extra")),
    ];
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().map_or(true, |e| e != "1") {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let lines: Vec<String> = text
            .lines()
            .map(|line| match line.strip_prefix(".SH ") {
                Some(heading) => {
                    let heading = heading.trim_matches('"');
                    let said = own.iter().find(|(english, _)| *english == heading);
                    format!(
                        ".SH \"{}\"",
                        said.map_or_else(|| heading.to_uppercase(), |(_, said)| said.clone())
                    )
                }
                None => line.to_string(),
            })
            .collect();
        std::fs::write(&path, lines.join("\n") + "\n")?;
    }
    Ok(())
}

/// Writes the pages and the completions under `out` (also called by `tests/docs.rs`).
pub fn write(out: &Path) -> std::io::Result<()> {
    // The pages are worded in the process's language, which this sets for each in turn: two
    // writes at once (tests run in threads) would word one's pages in the other's language.
    static WRITING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _writing = WRITING.lock().unwrap_or_else(|e| e.into_inner());
    // English first, whatever the language of the person running this.
    let english = unsit::lang::Locale::from_vars(Some("en"), &|_| None);
    unsit::lang::set(unsit::lang::Words::new(english, unsit::lang::Parts::Core));
    let man = out.join("man");
    std::fs::create_dir_all(&man)?;
    unsit_pages(unsit::cli::command(), &man)?;
    let mut page = Vec::new();
    clap_mangen::Man::new(unsit_ui::command().disable_help_subcommand(true)).render(&mut page)?;
    page.extend_from_slice(b".SH \"SEE ALSO\"\n\\fBunsit\\fR(1)\n");
    std::fs::write(man.join("unsit-ui.1"), page)?;
    // The pages in each other language unsit speaks: `man/LANG/`, which `man` finds under
    // /usr/share/man/LANG/ for a person whose LANG is that language. The command line's words are
    // translated; what clap_mangen writes itself (its headings) and the closing sections are not.
    for source in &unsit::lang::SOURCES[1..] {
        let locale = unsit::lang::Locale::from_vars(Some(source.code), &|_| None);
        unsit::lang::set(unsit::lang::Words::new(locale, unsit::lang::Parts::Core));
        let dir = man.join(source.code);
        std::fs::create_dir_all(&dir)?;
        unsit_pages(unsit::cli::localized_command(), &dir)?;
        localize_headings(&dir)?;
    }
    unsit::lang::set(unsit::lang::Words::new(
        unsit::lang::Locale::from_vars(Some("en"), &|_| None),
        unsit::lang::Parts::Core,
    ));

    let completions = out.join("completions");
    std::fs::create_dir_all(&completions)?;
    let complete = |shell: Shell| {
        let mut text = Vec::new();
        clap_complete::generate(shell, &mut unsit::cli::command(), "unsit", &mut text);
        String::from_utf8(text).expect("completions are text")
    };
    std::fs::write(completions.join("unsit.bash"), complete(Shell::Bash) + BASH)?;
    std::fs::write(completions.join("unsit.fish"), complete(Shell::Fish) + FISH)?;
    let zsh = complete(Shell::Zsh);
    // The routine arguments: `break [routine]`, `routine <choice>`, `routines show <id>`.
    let mut with_ids = zsh;
    for arg in ["'::routine:_default'", "':choice:_default'", "':id:_default'"] {
        if !with_ids.contains(arg) {
            return Err(std::io::Error::other(format!(
                "the zsh completion has no {arg} to complete with ids"
            )));
        }
        with_ids = with_ids.replace(arg, &arg.replace("_default", "_unsit_routine_ids"));
    }
    let mut file = std::fs::File::create(completions.join("_unsit"))?;
    write!(file, "{}\n{ZSH_IDS}", with_ids.trim_end())?;
    Ok(())
}
