//! `unsit routines list|show|check`: the routines, offline. No resident is needed.

use std::fmt::Write as _;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::{EXIT_FAILED, EXIT_USAGE};
use crate::place::{Place, Where};
use crate::plan::{Plan, PlanOptions, Side, Step, StepKind};
use crate::routine::{self, Entry, Equipment, Library, Named, Origin};
use crate::settings::Settings;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum RoutinesCmd {
    /// List the routines: id, title, length, equipment and source
    List {
        #[command(flatten)]
        filters: Filters,
        /// Print only the ids, one a line (for scripts and shell completion)
        #[arg(long)]
        ids: bool,
    },
    /// Show a routine's plan step by step, with the time each step starts
    Show {
        id: String,
        #[command(flatten)]
        filters: Filters,
        /// Print the plan as JSON, as the session window receives it
        #[arg(long)]
        json: bool,
    },
    /// Check routine files: exit 0 when every one is valid, 1 with every error otherwise
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct Filters {
    /// Only what needs the equipment you have: a list like ball,foam-roller, or none
    #[arg(long, value_name = "LIST", value_parser = parse_have)]
    have: Option<Have>,
    /// Leave out exercises done on the floor or kneeling
    #[arg(long)]
    no_floor: bool,
    /// Shorten to at most this many minutes (1 to 60)
    #[arg(long, value_name = "MINUTES", value_parser = clap::value_parser!(u32).range(1..=60))]
    max_minutes: Option<u32>,
    /// Only the routines that fit this place, desk or home, with the equipment the settings say
    /// you have there (or `--have`), made for it
    #[arg(long, value_parser = parse_place)]
    place: Option<Place>,
}

fn parse_place(text: &str) -> Result<Place, String> {
    crate::settings::parse_place("place", text).map_err(|e| e.to_string())
}

#[derive(Debug, Clone)]
pub struct Have(Vec<Equipment>);

fn parse_have(text: &str) -> Result<Have, String> {
    if text.trim() == "none" || text.trim().is_empty() {
        return Ok(Have(Vec::new()));
    }
    let words: Vec<&str> = Equipment::NAMES.iter().map(|(n, _)| *n).collect();
    text.split(',')
        .map(|word| {
            let word = word.trim();
            Equipment::from_name(word).ok_or_else(|| {
                let hint = routine::nearest(word, &words)
                    .map_or(String::new(), |n| format!(" {}", crate::t!("error-did-you-mean", word = n)));
                crate::t!("routines-unknown-equipment", word = word, hint = hint, words = words.join(", "))
            })
        })
        .collect::<Result<_, _>>()
        .map(Have)
}

impl Filters {
    /// The plan filters, and the place when one is given (its routines only).
    fn options(&self, library: &Library) -> (PlanOptions, Option<Where>) {
        let at = self.place.map(|place| {
            let dirs = crate::dirs::Dirs::from_env();
            let (settings, _) = crate::settings::current(dirs.settings_file().as_deref(), library);
            let mut at = Settings { place, ..settings }.place();
            if let Some(have) = &self.have {
                at.equipment = have.0.clone();
            }
            at
        });
        let mut options = PlanOptions {
            have: self.have.as_ref().map(|h| h.0.clone()),
            no_floor: self.no_floor,
            max_s: self.max_minutes.map(|m| m * 60),
        };
        if let Some(at) = &at {
            let place = at.options();
            options.have = place.have;
            options.no_floor |= place.no_floor;
        }
        (options, at)
    }
}

pub fn run(command: RoutinesCmd) -> ExitCode {
    match command {
        RoutinesCmd::List { filters, ids } => {
            let library = library();
            let (options, at) = filters.options(&library);
            list(&library, &options, at.as_ref(), ids)
        }
        RoutinesCmd::Show { id, filters, json } => {
            let library = library();
            let (options, _) = filters.options(&library);
            show(&library, &id, &options, json)
        }
        RoutinesCmd::Check { files } => check(&files),
    }
}

/// The library, with problems in the user's files reported as warnings.
fn library() -> Library {
    let (library, errors) = Library::load(crate::dirs::Dirs::from_env().routines().as_deref());
    for e in errors {
        eprintln!("unsit: {}", crate::t!("routines-left-out-warning", error = e.to_string()));
    }
    library
}

fn list(library: &Library, options: &PlanOptions, at: Option<&Where>, ids: bool) -> ExitCode {
    let mut rows = vec![[
        t!("routines-column-id"),
        t!("routines-column-title"),
        t!("routines-column-length"),
        t!("routines-column-equipment"),
        t!("routines-column-source"),
        t!("routines-column-from"),
    ]];
    for entry in library.entries() {
        if at.is_some_and(|at| !at.fits(&entry.routine)) {
            continue;
        }
        let Ok(plan) = Plan::build(&entry.routine, options) else { continue };
        let r = &entry.routine;
        let equipment: Vec<&str> =
            r.equipment.iter().filter(|e| plan_needs(&plan, **e)).map(|e| e.name()).collect();
        rows.push([
            r.id.clone(),
            r.title.clone(),
            clock(plan.total_s),
            if equipment.is_empty() { t!("routines-no-equipment") } else { equipment.join(", ") },
            format!("\"{}\" ({})", r.source.title, r.source.author),
            from(entry),
        ]);
    }
    if rows.len() == 1 {
        eprintln!("unsit: {}", t!("routines-none-fits"));
        return ExitCode::from(EXIT_FAILED);
    }
    if ids {
        rows.iter().skip(1).for_each(|row| println!("{}", row[0]));
        return ExitCode::SUCCESS;
    }
    print!("{}", table(&rows));
    ExitCode::SUCCESS
}

fn plan_needs(plan: &Plan, equipment: Equipment) -> bool {
    plan.routine.equipment.iter().any(|label| *label == equipment.label())
}

fn from(entry: &Entry) -> String {
    match (&entry.origin, entry.overrides_builtin) {
        (Origin::BuiltIn(_), _) => t!("routines-built-in"),
        (Origin::User(path), false) => path.display().to_string(),
        (Origin::User(path), true) => t!("routines-overrides", path = path.display().to_string()),
    }
}

/// Columns padded to their widest cell; the last one is not padded.
fn table(rows: &[[String; 6]]) -> String {
    let mut widths = [0; 6];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell:<w$}  ", w = widths[i]);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn show(library: &Library, id: &str, options: &PlanOptions, json: bool) -> ExitCode {
    let Some(entry) = library.get(id) else {
        let ids: Vec<&str> = library.entries().iter().map(|e| e.routine.id.as_str()).collect();
        let hint =
            routine::nearest(id, &ids).map_or(String::new(), |n| crate::t!("error-did-you-mean-id", id = n));
        eprintln!("unsit: {}", crate::t!("routines-no-such", id = id, hint = hint));
        return ExitCode::from(EXIT_USAGE);
    };
    let plan = match Plan::build(&entry.routine, options) {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("unsit: {e}");
            return ExitCode::from(EXIT_FAILED);
        }
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&plan).expect("a plan serialises"));
    } else {
        print!("{}", describe(&plan, entry));
    }
    ExitCode::SUCCESS
}

/// The plan as text: a header, then one line per step with the time it starts.
fn describe(plan: &Plan, entry: &Entry) -> String {
    let r = &plan.routine;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}), {}{}",
        r.title,
        r.id,
        clock(plan.total_s),
        if plan.shortened { t!("routines-shortened") } else { String::new() }
    );
    let _ = writeln!(out, "{}", r.summary);
    let (title, author) = (r.source.title.as_str(), r.source.author.as_str());
    let _ = writeln!(out, "{}", t!("routines-from", title = title, author = author, from = from(entry)));
    let needs = if r.equipment.is_empty() { t!("routines-needs-nothing") } else { r.equipment.join(", ") };
    let _ = writeln!(out, "{}", t!("routines-needs", needs = needs));
    out.push('\n');
    let phase_width = plan.phases.iter().map(|p| p.to_string().len()).max().unwrap_or(0);
    let mut last_phase = None;
    for step in &plan.steps {
        let phase = if last_phase == Some(step.phase) { String::new() } else { step.phase.to_string() };
        last_phase = Some(step.phase);
        let _ = writeln!(out, "{:>6}  {phase:<phase_width$}  {}", clock(step.starts_at_s), step_line(step));
    }
    let _ = writeln!(out, "{:>6}  {:<phase_width$}  {}", clock(plan.total_s), "", t!("routines-done"));
    for left in &plan.left_out {
        let why = left.why.to_string();
        let _ = writeln!(out, "{}", t!("routines-left-out", exercise = left.exercise.as_str(), why = why));
    }
    out
}

fn step_line(step: &Step) -> String {
    // What the side means for this exercise ("left leg back"), as the break window's badge says.
    let side = match (&step.side_label, step.side) {
        (Some(label), Some(_)) => {
            let mut chars = label.chars();
            chars
                .next()
                .map_or(String::new(), |first| format!(", {}{}", first.to_lowercase(), chars.as_str()))
        }
        (None, Some(Side::Left)) => format!(", {}", t!("routines-left")),
        (None, Some(Side::Right)) => format!(", {}", t!("routines-right")),
        (_, None) => String::new(),
    };
    let set = if step.sets > 1 {
        format!(", {}", t!("routines-set", set = step.set, sets = step.sets))
    } else {
        String::new()
    };
    let optional = if step.optional { format!(" {}", t!("routines-optional")) } else { String::new() };
    let what = format!("{}{side}{set}{optional}", step.exercise);
    match step.kind {
        StepKind::Hold => t!("routines-step-hold", what = what, s = step.seconds),
        StepKind::Reps => {
            t!("routines-step-reps", what = what, n = step.reps.unwrap_or(0), s = step.tempo_s.unwrap_or(0))
        }
        StepKind::Switch => t!("routines-step-switch", s = step.seconds),
        StepKind::Rest => t!("routines-step-rest", s = step.seconds),
    }
}

/// Seconds as `m:ss`.
fn clock(seconds: u32) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

fn check(files: &[PathBuf]) -> ExitCode {
    let (good, errors) = routine::check(files);
    for (path, routine) in &good {
        let total = Plan::new(routine).total_s;
        let (path, id, title) = (path.display().to_string(), routine.id.as_str(), routine.title.as_str());
        println!("{}", t!("routines-ok", path = path, id = id, title = title, length = clock(total)));
    }
    for e in &errors {
        eprintln!("{e}");
    }
    if errors.is_empty() {
        return ExitCode::SUCCESS;
    }
    let bad = files.len() - good.len();
    eprintln!("unsit: {}", t!("routines-errors", n = errors.len(), bad = bad, files = files.len()));
    ExitCode::from(EXIT_FAILED)
}
