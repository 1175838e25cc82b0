//! The command line: `unsit [run]` starts the resident; the other commands are clients of its
//! control API and print a one-line answer.
//!
//! Exit codes: 0 done, 1 the command failed, 2 usage error, 3 no resident running.

use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};

mod history;
mod routines;
mod usage;

use crate::protocol::{self, ClientError};
use crate::resident::{self, Ran, RunOptions};
use crate::settings::LIST;

pub const EXIT_FAILED: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_NOT_RUNNING: u8 = 3;

#[derive(Debug, Parser)]
#[command(
    name = "unsit",
    version = crate::VERSION,
    about = "A break reminder that walks you through a short hips and lower-back routine.",
    long_about = "A break reminder that walks you through a short hips and lower-back routine.\n\n\
        `unsit run` starts the resident: it counts the time you sit, reminds you when a break is due \
        (a notification, or a small window where there is no notification service) and opens the \
        break window, which coaches you through a routine that fits where you are. Time away from \
        the computer counts as a break; a reminder due during a call or a full-screen video waits \
        for its end. The other commands ask the running resident, except `routines` and \
        `history`, which read the files themselves."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Start the resident (also what `unsit` alone does)
    Run {
        /// Sitting time between breaks, e.g. 90m or 2h (default 2h)
        #[arg(long, value_parser = parse_duration)]
        interval: Option<Duration>,
        /// Idle time that counts as a break, e.g. 5m (default 5m)
        #[arg(long, value_parser = parse_duration)]
        idle_reset: Option<Duration>,
        /// How long an unanswered reminder waits before it comes again (default 15m)
        #[arg(long, value_parser = parse_duration)]
        renotify_every: Option<Duration>,
    },
    /// Show sitting time and when the next break is
    Status {
        /// Print the status as JSON
        #[arg(long)]
        json: bool,
    },
    /// Start a break now, with the chosen routine or ROUTINE
    Break { routine: Option<String> },
    /// Put off the due break (default 10m; 1m to 2h)
    Snooze {
        #[arg(value_parser = parse_duration)]
        duration: Option<Duration>,
    },
    /// Skip the due break; sitting time starts again
    Skip,
    /// Pause reminders for DURATION, until `tomorrow`, or until `unsit resume`
    Pause { length: Option<String> },
    /// Resume paused reminders; sitting time starts again
    Resume,
    /// Set the sitting time between breaks (10m to 8h)
    Interval {
        #[arg(value_parser = parse_duration)]
        duration: Duration,
    },
    /// Choose the routine breaks use, or `rotate` to take them in turn
    Routine { choice: String },
    /// Say where you are, desk or home: at the desk, breaks need no floor and no equipment
    Place {
        #[arg(value_parser = parse_place)]
        place: String,
    },
    /// Say what equipment you own (used at home), like ball,cushion, or none
    Equipment {
        #[arg(value_name = "LIST", value_parser = parse_equipment)]
        list: String,
        /// What you keep at the desk instead
        #[arg(long)]
        desk: bool,
    },
    /// Change a setting; it is checked, applied at once and saved
    #[command(after_help = settings_help())]
    Set {
        /// The setting (see below)
        key: String,
        /// Its new value
        value: String,
    },
    /// Open the settings or the history window, starting unsit first if it is not running (what
    /// the applications menu does)
    Open {
        /// The window: settings or history
        #[arg(default_value = "settings", value_parser = ["settings", "history"])]
        window: String,
    },
    /// Stop the resident
    Quit,
    /// The routines: list, show or check them (no resident needed)
    Routines {
        #[command(subcommand)]
        command: routines::RoutinesCmd,
    },
    /// Your breaks day by day, or every event as JSON or CSV (no resident needed)
    History(history::HistoryArgs),
}

/// The command line's definition: for the man page and the shell completions.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// The settings `unsit set` takes, from the list of settings, each with what it does
/// (`setting-KEY`), in the language of this process.
fn settings_help() -> String {
    let words = crate::lang::words();
    let lines: Vec<String> = LIST
        .iter()
        .map(|s| format!("  {:<14} {}", s.key, words.say(&format!("setting-{}", s.key), None)))
        .collect();
    format!("{}\n{}", words.say("setting-heading", None), lines.join("\n"))
}

/// [`command`] in the language of this process (`crate::lang::words`): for `--help` and the
/// translated man pages.
pub fn localized_command() -> clap::Command {
    localized(command())
}

/// [`localized_command`] built, for parsing: clap adds a `help` command to every command with
/// subcommands when the tree is built, worded in English; here it is worded in the language too.
fn parser() -> clap::Command {
    let mut command = localized_command();
    let words = crate::lang::words();
    if words.locale.code != crate::lang::Locale::ENGLISH {
        command.build();
        word_help(&mut command, &words.say("cli-help-command", None));
    }
    command
}

fn word_help(command: &mut clap::Command, about: &str) {
    for sub in command.get_subcommands_mut() {
        if sub.get_name() == "help" {
            *sub = std::mem::take(sub).about(about.to_string());
        }
        word_help(sub, about);
    }
}

/// The command line in the person's language: each command's and argument's help from the
/// message `cli-CMD` or `cli-CMD--ARG`, when the language has it; English is the definition's.
fn localized(command: clap::Command) -> clap::Command {
    let words = crate::lang::words();
    if words.locale.code == crate::lang::Locale::ENGLISH {
        return command;
    }
    let usage = words.say("cli-usage", None);
    // `unsit set --help` lists the settings in the language already: see `settings_help`.
    localize(command, "cli", &usage, &words).disable_version_flag(true).arg(
        clap::Arg::new("version")
            .short('V')
            .long("version")
            .action(clap::ArgAction::Version)
            .help(words.say("cli-version", None)),
    )
}

fn localize(mut command: clap::Command, id: &str, usage: &str, words: &crate::lang::Words) -> clap::Command {
    let own = |id: &str| words.has_own(id).then(|| words.say(id, None));
    if let Some(about) = own(id) {
        command = command.about(about);
    }
    if let Some(about) = own(&format!("{id}-long")) {
        command = command.long_about(about);
    }
    let args: Vec<(String, bool)> =
        command.get_arguments().map(|a| (a.get_id().to_string(), a.is_positional())).collect();
    for (arg, positional) in args {
        let help = own(&format!("{id}--{arg}"));
        let heading = words.say(if positional { "cli-arguments" } else { "cli-options" }, None);
        let heading = heading.trim_end_matches(':').to_string();
        command = command.mut_arg(arg, |a| {
            let a = a.help_heading(heading);
            match help {
                Some(help) => a.help(help),
                None => a,
            }
        });
    }
    let subcommands: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in subcommands {
        let sub_id = format!("{id}-{name}");
        command = command.mut_subcommand(name, |sub| localize(sub, &sub_id, usage, words));
    }
    let heading = words.say("cli-commands", None);
    command
        .subcommand_help_heading(heading.trim_end_matches(':').to_string())
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(words.say("cli-help", None))
                .help_heading(words.say("cli-options", None).trim_end_matches(':').to_string()),
        )
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    crate::duration::parse(text).map_err(|e| e.to_string())
}

/// A place's word, checked here so that a wrong one is a usage error with the allowed words.
fn parse_place(text: &str) -> Result<String, String> {
    crate::settings::parse_place("place", text).map(|p| p.to_string()).map_err(|e| e.to_string())
}

/// An equipment list, checked here (see [`parse_place`]) and passed on as text.
fn parse_equipment(text: &str) -> Result<String, String> {
    let items = crate::settings::parse_equipment("equipment", text).map_err(|e| e.to_string())?;
    Ok(crate::settings::equipment_text(&items))
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    // The language of the settings, if they say one; the environment's otherwise.
    let language =
        crate::dirs::Dirs::from_env().settings_file().and_then(|p| crate::settings::language_of(&p));
    crate::lang::set(crate::lang::Words::new(
        crate::lang::Locale::from_env(language),
        crate::lang::Parts::Core,
    ));
    let matches = match parser().try_get_matches() {
        Ok(matches) => matches,
        Err(e) if crate::lang::words().locale.code == crate::lang::Locale::ENGLISH => e.exit(),
        Err(e) => e.apply::<usage::Localized>().exit(),
    };
    let cli = match <Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match cli.command {
        Some(Cmd::Routines { command }) => return routines::run(command),
        Some(Cmd::History(args)) => return history::run(args),
        _ => {}
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("unsit: {}", crate::t!("client-cannot-start", error = e.to_string()));
            return ExitCode::from(EXIT_FAILED);
        }
    };
    let run = Cmd::Run { interval: None, idle_reset: None, renotify_every: None };
    match cli.command.unwrap_or(run) {
        Cmd::Run { interval, idle_reset, renotify_every } => {
            init_logging();
            match runtime.block_on(resident::run(RunOptions { interval, idle_reset, renotify_every })) {
                Ok(Ran::Quit) => ExitCode::SUCCESS,
                Ok(Ran::NameTaken(owner)) if owner.is_unsit() => {
                    eprintln!("unsit: {}", crate::t!("client-already-running", owner = owner.to_string()));
                    ExitCode::from(EXIT_FAILED)
                }
                Ok(Ran::NameTaken(owner)) => {
                    let (name, owner) = (crate::protocol::BUS_NAME, owner.to_string());
                    eprintln!("unsit: {}", crate::t!("client-name-taken", name = name, owner = owner));
                    ExitCode::from(EXIT_FAILED)
                }
                Err(e) => {
                    eprintln!("unsit: {e:#}");
                    ExitCode::from(EXIT_FAILED)
                }
            }
        }
        client => runtime.block_on(run_client(client)),
    }
}

async fn run_client(command: Cmd) -> ExitCode {
    match client(command).await {
        Ok(line) => {
            if !line.is_empty() {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("unsit: {e}");
            ExitCode::from(exit_code(&e))
        }
    }
}

/// A client's exit code when the resident could not do what was asked.
fn exit_code(e: &ClientError) -> u8 {
    match e {
        ClientError::NotRunning | ClientError::NoBus(_) => EXIT_NOT_RUNNING,
        ClientError::Usage(_) => EXIT_USAGE,
        _ => EXIT_FAILED,
    }
}

async fn client(command: Cmd) -> Result<String, ClientError> {
    // Check the words first, so that a typo is a usage error (exit 2) with or without a resident.
    if let Cmd::Set { key, .. } = &command {
        crate::settings::find(key).map_err(|e| ClientError::Usage(e.to_string()))?;
    }
    if let Cmd::Pause { length: Some(length) } = &command {
        protocol::pause_length(length).map_err(ClientError::Usage)?;
    }
    if let Cmd::Open { window } = &command {
        return open(window).await;
    }
    let api = protocol::connect().await?;
    let answer = match command {
        Cmd::Run { .. } | Cmd::Routines { .. } | Cmd::History(_) | Cmd::Open { .. } => {
            unreachable!("not a plain client command")
        }
        Cmd::Status { json } => {
            if json {
                api.0.status().await?
            } else {
                let status = api.status().await?;
                let mut text = status.line;
                text.push('\n');
                text.push_str(&crate::t!("status-away-time", how = status.idle_source.label()));
                for problem in &status.settings_problems {
                    text.push('\n');
                    text.push_str(&crate::t!("status-settings-problem", problem = problem.as_str()));
                }
                for problem in &status.history_problems {
                    text.push('\n');
                    text.push_str(&crate::t!("status-history-problem", problem = problem.as_str()));
                }
                text
            }
        }
        Cmd::Break { routine } => api.start_break(routine.as_deref().unwrap_or("")).await?,
        Cmd::Snooze { duration } => {
            let seconds = duration.map_or(0, |d| u32::try_from(d.as_secs()).unwrap_or(u32::MAX));
            api.snooze(seconds).await?
        }
        Cmd::Skip => api.skip().await?,
        Cmd::Pause { length } => api.pause(&length.unwrap_or_default()).await?,
        Cmd::Resume => api.resume().await?,
        Cmd::Interval { duration } => api.set("interval", &crate::duration::compact(duration)).await?,
        Cmd::Routine { choice } => api.set("routine", &choice).await?,
        Cmd::Place { place } => api.set("place", &place).await?,
        Cmd::Equipment { list, desk } => {
            api.set(if desk { "desk_equipment" } else { "equipment" }, &list).await?
        }
        Cmd::Set { key, value } => api.set(&key, &value).await?,
        Cmd::Quit => api.quit().await?,
    };
    Ok(answer)
}

/// Opens a window through the resident, starting the resident first when it is not running: what
/// the applications menu's entry and its actions do, where nobody reads a terminal.
async fn open(window: &str) -> Result<String, ClientError> {
    let api = match protocol::connect().await {
        Ok(api) => api,
        Err(ClientError::NotRunning) => start_resident().await?,
        Err(e) => return Err(e),
    };
    api.open(window).await?;
    Ok(String::new())
}

/// Starts `unsit run` in the background, in a process group of its own so that it outlives this
/// command (and a terminal it was typed in), and waits until it answers on the bus.
async fn start_resident() -> Result<protocol::Client, ClientError> {
    use std::os::unix::process::CommandExt;
    use std::process::Stdio;
    const PATIENCE: Duration = Duration::from_secs(10);
    let failed = |e: std::io::Error| {
        ClientError::Refused(crate::t!("client-cannot-start-unsit", error = e.to_string()))
    };
    let exe = std::env::current_exe().map_err(failed)?;
    let mut resident = std::process::Command::new(exe)
        .arg("run")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(failed)?;
    let started = std::time::Instant::now();
    loop {
        match protocol::connect().await {
            Ok(api) => return Ok(api),
            Err(ClientError::NotRunning) => {}
            Err(e) => return Err(e),
        }
        // Another resident that won the race makes this one exit at once, successfully.
        match resident.try_wait().map_err(failed)? {
            Some(status) if !status.success() => {
                return Err(ClientError::Refused(crate::t!(
                    "client-start-failed",
                    status = status.to_string()
                )))
            }
            _ if started.elapsed() > PATIENCE => {
                return Err(ClientError::Refused(crate::t!(
                    "client-start-silent",
                    seconds = PATIENCE.as_secs()
                )))
            }
            _ => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

fn init_logging() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("unsit=info"))
        .format_target(false)
        .init();
}
