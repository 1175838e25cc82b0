//! unsit-ui: the Tauri webview, started by the resident only while a window is open.
//!
//! One window per process: `session` plays a plan that the core computed (`unsit::plan`), keeps
//! track of how far the person got, and tells the resident the outcome when it exits; `prompt`
//! asks "Time to get up" with Start / Snooze / Skip when the desktop has no notification
//! service, and passes the answer to the resident; `settings` edits the settings through the
//! resident, which checks and saves them; `history` shows what happened to the breaks. It holds
//! no scheduling logic.

mod commands;
mod report;
mod timing;
mod voice;

use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Duration;

use clap::{Parser, Subcommand};
use tauri::{Manager, RunEvent, WebviewUrl, WebviewWindowBuilder};
use unsit::dirs::Dirs;
use unsit::place::{Place, Where};
use unsit::plan::Plan;
use unsit::routine::{Equipment, Library, Routine};
use unsit::settings::Settings;

#[derive(Debug, Parser)]
#[command(name = "unsit-ui", version = unsit::VERSION, about = "unsit's windows (started by `unsit`).")]
struct Args {
    #[command(subcommand)]
    mode: Option<Mode>,
}

#[derive(Debug, Subcommand)]
enum Mode {
    /// Walk through a routine
    Session {
        /// The routine to play (default: the default routine)
        #[arg(long)]
        routine: Option<String>,
        /// Start with the routine's short version selected
        #[arg(long)]
        short: bool,
        /// The routine the person chose, when `--routine` stands in for it because it does not
        /// fit where they are
        #[arg(long, value_name = "ID")]
        instead_of: Option<String>,
        /// Where the person is, `desk` or `home` (default: as the settings say)
        #[arg(long, value_parser = parse_place)]
        place: Option<Place>,
        /// The equipment at hand there, like `ball,cushion` or `none` (default: as the settings say)
        #[arg(long, value_name = "LIST", value_parser = parse_equipment)]
        equipment: Option<EquipmentList>,
    },
    /// Ask whether to take the due break now (when there is no notification service)
    Prompt {
        /// What the reminder says
        #[arg(long)]
        message: String,
        /// How long Snooze puts the break off, e.g. 10m
        #[arg(long, default_value = "10m", value_parser = parse_duration)]
        snooze: Duration,
    },
    /// Change unsit's settings (through the running resident)
    Settings,
    /// What happened to your breaks
    History,
    /// Every exercise of every routine as the break window draws it (a contact sheet)
    Sheet,
}

/// The command line's definition: for the man page.
pub fn command() -> clap::Command {
    <Args as clap::CommandFactory>::command()
}

fn parse_duration(text: &str) -> Result<Duration, String> {
    unsit::duration::parse(text).map_err(|e| e.to_string())
}

fn parse_place(text: &str) -> Result<Place, String> {
    unsit::settings::parse_place("place", text).map_err(|e| e.to_string())
}

/// The equipment named on the command line (one argument, `ball,cushion` or `none`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct EquipmentList(Vec<Equipment>);

fn parse_equipment(text: &str) -> Result<EquipmentList, String> {
    unsit::settings::parse_equipment("equipment", text).map(EquipmentList).map_err(|e| e.to_string())
}

/// How long the page has to paint its first screen before the window is shown regardless.
const SHOW_ANYWAY_AFTER: Duration = Duration::from_secs(2);

/// What the session window shows and how far the person got; shared by the commands and the
/// exit hook.
pub struct Session {
    /// The plan to play; the picker may swap it before the start (`short` says whether it is the
    /// short version).
    pub plan: Mutex<Plan>,
    /// Where the person is: plans are made for it, and the picker puts what fits first.
    pub place: Where,
    /// "At the desk: Desk reset instead of Anti-desk reset", when the chosen routine did not fit.
    pub why: Option<String>,
    pub progress: Mutex<commands::Progress>,
}

/// The reminder the prompt window asks about.
pub struct Prompt {
    pub message: String,
    pub snooze: Duration,
}

/// Where unsit's files are and the routine library, found once at start.
pub struct Context {
    pub dirs: Dirs,
    pub library: Library,
}

impl Context {
    fn load() -> Context {
        let dirs = Dirs::from_env();
        // The language of the settings, or the environment's; the routines' text in it.
        let language = dirs.settings_file().and_then(|p| unsit::settings::language_of(&p));
        let locale = unsit::lang::Locale::from_env(language);
        unsit::lang::set(unsit::lang::Words::new(locale, unsit::lang::Parts::CoreAndPage));
        let (library, errors) = Library::load(dirs.routines().as_deref());
        for e in errors {
            eprintln!("unsit-ui: {e}; that routine is left out");
        }
        Context { dirs, library }
    }

    /// The routine with this id.
    pub fn routine(&self, id: &str) -> Result<&Routine, String> {
        let entry = self.library.get(id);
        entry
            .map(|e| &e.routine)
            .ok_or_else(|| unsit::settings::Invalid::NoSuchRoutine(id.to_string()).to_string())
    }
}

/// What this process is for.
pub enum Window {
    Session(Box<Session>),
    Prompt(Prompt),
    Settings,
    History,
    Sheet,
}

impl Window {
    /// The window's label, which picks its capability (`capabilities/LABEL.json`): the commands
    /// its page may call. A page calling any other is refused.
    pub fn label(&self) -> &'static str {
        match self {
            Window::Session(_) => "session",
            Window::Prompt(_) => "prompt",
            Window::Settings => "settings",
            Window::History => "history",
            Window::Sheet => "sheet",
        }
    }
}

/// Starts GTK on the display, asking again a few times: now and then the first connection to the
/// X server fails for no lasting reason (seen when windows open and close in quick succession),
/// and a break the person asked for should not be lost to that. Tauri then finds GTK running.
#[cfg(target_os = "linux")]
fn start_gtk() -> Result<(), String> {
    const TRIES: u32 = 4;
    for attempt in 1..=TRIES {
        match gtk::init() {
            Ok(()) => return Ok(()),
            Err(e) if attempt < TRIES => {
                eprintln!("unsit-ui: cannot start GTK on the display ({e}); trying again");
                std::thread::sleep(Duration::from_millis(100 * u64::from(attempt)));
            }
            Err(e) => return Err(format!("cannot start GTK on the display ({e})")),
        }
    }
    unreachable!()
}

#[cfg(not(target_os = "linux"))]
fn start_gtk() -> Result<(), String> {
    Ok(())
}

/// Has WebKit paint the window in software, without compositing layers, unless whoever started
/// the program set `WEBKIT_DISABLE_COMPOSITING_MODE` themselves (0 composites). For the break,
/// prompt, history and contact-sheet windows: small, mostly still pages, for which compositing
/// cost twice the CPU while a step animates, 65 MB and 100 ms of start-up on a desktop with no
/// GPU to help (scripts/bench-figure). Not for the settings window: under GTK's XIM input
/// method (its default for Chinese, Japanese, Korean and Thai when no input method is set up),
/// a page painted this way stops repainting once a text field has the focus.
///
/// Called while the process has one thread, before GTK starts.
fn paint_without_compositing() {
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// Makes the desktop's interface font (GTK's `gtk-font-name`: "Cantarell 11" on GNOME, what KDE
/// or the user set elsewhere) WebKit's sans-serif family, the only family the pages name. A list
/// of names would cost a font lookup per name the system lacks, for every size and weight of
/// text: 100 to 200 ms of a window's first paint here (scripts/bench-history).
#[cfg(target_os = "linux")]
fn use_the_desktop_font(window: &tauri::WebviewWindow) {
    use gtk::prelude::GtkSettingsExt;
    let family = gtk::Settings::default()
        .and_then(|settings| settings.gtk_font_name())
        .and_then(|name| gtk::pango::FontDescription::from_string(name.as_str()).family())
        .map(|family| family.to_string())
        .filter(|family| !family.trim().is_empty());
    let Some(family) = family else { return };
    let set = window.with_webview(move |webview| {
        use webkit2gtk::{SettingsExt, WebViewExt};
        if let Some(settings) = WebViewExt::settings(&webview.inner()) {
            settings.set_sans_serif_font_family(&family);
        }
    });
    if let Err(e) = set {
        eprintln!("unsit-ui: cannot use the desktop's font ({e}); the pages use fontconfig's sans-serif");
    }
}

#[cfg(not(target_os = "linux"))]
fn use_the_desktop_font(_: &tauri::WebviewWindow) {}

pub fn run() -> ExitCode {
    timing::start();
    let args = Args::parse();
    let mode = args.mode.unwrap_or(Mode::Session {
        routine: None,
        short: false,
        instead_of: None,
        place: None,
        equipment: None,
    });
    if !matches!(mode, Mode::Settings) {
        paint_without_compositing();
    }
    let context = Context::load();
    timing::mark("routines read");
    let (window, title, size, page) = match mode {
        Mode::Session { routine, short, instead_of, place, equipment } => {
            // Where the person is: as the resident said, or as the settings file says.
            let settings =
                unsit::settings::current(context.dirs.settings_file().as_deref(), &context.library).0;
            let mut at = settings.place();
            if let Some(place) = place {
                at = Settings { place, ..settings }.place();
            }
            if let Some(EquipmentList(equipment)) = equipment {
                at.equipment = equipment;
            }
            let (routine, why) = match routine {
                Some(id) => match context.routine(&id) {
                    Ok(routine) => {
                        let chosen = instead_of.as_deref().and_then(|id| context.routine(id).ok());
                        let pick = unsit::place::Pick { routine, instead_of: chosen };
                        (routine, pick.why(at.place))
                    }
                    Err(e) => {
                        eprintln!("unsit-ui: {e}");
                        return ExitCode::from(1);
                    }
                },
                // No routine named: the default, or what stands in for it here.
                None => {
                    let pick = unsit::place::pick(&context.library, unsit::routine::DEFAULT_ID, &at);
                    (pick.routine, pick.why(at.place))
                }
            };
            // A routine with no short version is played in full.
            let plan = commands::plan(&at, routine, short).unwrap_or_else(|_| Plan::new(routine));
            let title = unsit::t!("window-title", title = plan.routine.title.as_str());
            let session = Session { plan: Mutex::new(plan), place: at, why, progress: Mutex::default() };
            (Window::Session(Box::new(session)), title, (420.0, 600.0, 360.0, 520.0), "index.html")
        }
        Mode::Prompt { message, snooze } => {
            let title = unsit::t!("window-title", title = unsit::t!("reminder-summary"));
            (Window::Prompt(Prompt { message, snooze }), title, (400.0, 280.0, 340.0, 260.0), "index.html")
        }
        Mode::Settings => {
            (Window::Settings, unsit::t!("window-settings"), (460.0, 640.0, 400.0, 420.0), "settings.html")
        }
        Mode::History => {
            (Window::History, unsit::t!("window-history"), (480.0, 700.0, 380.0, 420.0), "history.html")
        }
        Mode::Sheet => {
            (Window::Sheet, unsit::t!("window-sheet"), (1000.0, 760.0, 480.0, 400.0), "sheet.html")
        }
    };

    if let Err(e) = start_gtk() {
        eprintln!("unsit-ui: {e}; is DISPLAY or WAYLAND_DISPLAY set to a running desktop?");
        return ExitCode::from(1);
    }
    timing::mark("GTK started");
    let on_top = matches!(window, Window::Session(_) | Window::Prompt(_));
    let label = window.label();
    let app = tauri::Builder::default()
        .manage(window)
        .manage(context)
        .manage(voice::Voice::default())
        .invoke_handler(tauri::generate_handler![
            commands::launch,
            commands::choose,
            commands::progress,
            commands::remember,
            commands::speak,
            commands::hush,
            commands::voice_check,
            commands::fullscreen,
            commands::acknowledge_safety,
            commands::answer,
            commands::ready,
            commands::painted,
            commands::close,
            commands::settings,
            commands::change_setting,
            commands::history,
            commands::tally,
            commands::sheet,
            commands::words
        ])
        .setup(move |app| {
            // The window is made at once (the resident starts this process exactly when it is
            // wanted) but shown by the page's `ready`, once its first screen is rendered.
            let (width, height, min_width, min_height) = size;
            let mut builder = WebviewWindowBuilder::new(app, label, WebviewUrl::App(page.into()));
            if timing::on() {
                builder = builder.on_web_resource_request(|request, response| {
                    timing::mark(&format!(
                        "served {} ({} bytes)",
                        request.uri().path(),
                        response.body().len()
                    ));
                });
            }
            let window = builder
                .title(&title)
                .inner_size(width, height)
                .min_inner_size(min_width, min_height)
                .center()
                // A break asks to be seen; settings and history are ordinary windows.
                .always_on_top(on_top)
                .visible(false)
                .build()?;
            use_the_desktop_font(&window);
            timing::mark("window and webview made");
            // Should the page never say it is ready (a broken asset), show the window anyway.
            std::thread::spawn(move || {
                std::thread::sleep(SHOW_ANYWAY_AFTER);
                if !window.is_visible().unwrap_or(true) {
                    let _ = window.show();
                    let _ = window.set_focus();
                }
            });
            Ok(())
        })
        .on_page_load(|_, load| match load.event() {
            tauri::webview::PageLoadEvent::Started => timing::mark("page load started"),
            tauri::webview::PageLoadEvent::Finished => timing::mark("page load finished"),
        })
        .build(tauri::generate_context!());
    timing::mark("Tauri built");
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            eprintln!("unsit-ui: cannot open the window: {e}");
            return ExitCode::from(1);
        }
    };
    app.run(|handle, event| {
        if let RunEvent::Exit = event {
            if let Window::Session(session) = &*handle.state::<Window>() {
                report::send(session);
            }
        }
    });
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the resident starts a break window with is read back as it was meant.
    #[test]
    fn the_residents_break_arguments_are_understood() {
        use unsit::resident::session::Break;
        let place = Where { place: Place::Home, equipment: vec![Equipment::Ball, Equipment::Cushion] };
        let what = Break { routine: "desk-reset".into(), instead_of: Some("anti-desk".into()), place };
        let args = Args::try_parse_from(std::iter::once("unsit-ui".to_string()).chain(what.args())).unwrap();
        let Some(Mode::Session { routine, short, instead_of, place, equipment }) = args.mode else {
            panic!("not a session: {args:?}")
        };
        assert_eq!(
            (routine.as_deref(), short, instead_of.as_deref()),
            (Some("desk-reset"), false, Some("anti-desk"))
        );
        assert_eq!(place, Some(Place::Home));
        assert_eq!(equipment, Some(EquipmentList(vec![Equipment::Ball, Equipment::Cushion])));
        let none = Args::try_parse_from(["unsit-ui", "session", "--equipment", "none"]).unwrap();
        assert!(
            matches!(none.mode, Some(Mode::Session { equipment: Some(EquipmentList(e)), .. }) if e.is_empty())
        );
        assert!(Args::try_parse_from(["unsit-ui", "session", "--place", "office"]).is_err());
    }
}
