//! The tray icon: a StatusNotifierItem with a dbusmenu, through ksni (pure Rust, no GTK).
//!
//! The tray holds only what it shows. Menu clicks become [`Command`]s for the driver.

use tokio::sync::mpsc::UnboundedSender;

use std::time::Duration;

use super::{Command, Event, Request};
use crate::scheduler::{PauseLength, State};
use crate::settings::RoutineChoice;

/// What the tray shows; the driver replaces it on every change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayView {
    pub state: State,
    /// The status line, e.g. "Sitting 1 h 12 min · break in 48 min".
    pub line: String,
    /// Sitting time between breaks, in minutes.
    pub interval_min: u64,
    /// Every routine, as (id, "Title · 5 min").
    pub routines: Vec<(String, String)>,
    /// The chosen routine's id.
    pub routine: String,
    /// Whether breaks take the routines in turn.
    pub rotate: bool,
}

impl TrayView {
    /// A view with nothing known yet but the state.
    pub fn new(state: State) -> TrayView {
        TrayView {
            state,
            line: String::new(),
            interval_min: 0,
            routines: Vec::new(),
            routine: String::new(),
            rotate: false,
        }
    }
}

/// The intervals the tray offers, in minutes (PRODUCT.md §4).
const INTERVALS_MIN: [u64; 6] = [30, 45, 60, 90, 120, 180];
/// The snoozes the tray offers, in minutes.
const SNOOZES_MIN: [u64; 4] = [5, 10, 15, 30];

fn mins(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

pub struct UnsitTray {
    pub view: TrayView,
    commands: UnboundedSender<Event>,
}

impl UnsitTray {
    pub fn new(view: TrayView, commands: UnboundedSender<Event>) -> UnsitTray {
        UnsitTray { view, commands }
    }

    fn send(&self, command: Command) {
        // The driver outlives the tray; if it is gone the app is quitting anyway.
        let _ = self.commands.send(Event::Request(Request { command, reply: None }));
    }
}

impl ksni::Tray for UnsitTray {
    fn id(&self) -> String {
        "unsit".into()
    }

    fn title(&self) -> String {
        "unsit".into()
    }

    fn category(&self) -> ksni::Category {
        ksni::Category::ApplicationStatus
    }

    fn status(&self) -> ksni::Status {
        match self.view.state {
            State::Due => ksni::Status::NeedsAttention,
            _ => ksni::Status::Active,
        }
    }

    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        [22, 32, 48].into_iter().map(|size| icon(size, self.view.state)).collect()
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip { title: "unsit".into(), description: self.view.line.clone(), ..Default::default() }
    }

    fn activate(&mut self, _x: i32, _y: i32) {
        self.send(Command::StartBreak { routine: None });
    }

    fn menu(&self) -> Vec<ksni::MenuItem<Self>> {
        use ksni::menu::{MenuItem, RadioGroup, RadioItem, StandardItem, SubMenu};
        let view = &self.view;
        let due = view.state == State::Due;
        let paused = view.state == State::Paused;
        let item = |label: &str, command: Command| StandardItem::<Self> {
            label: label.into(),
            activate: Box::new(move |tray: &mut Self| tray.send(command.clone())),
            ..Default::default()
        };
        let action = |label: &str, command: Command| -> MenuItem<Self> { item(label, command).into() };
        let submenu = |label: &str, visible: bool, items: Vec<MenuItem<Self>>| -> MenuItem<Self> {
            SubMenu { label: label.into(), visible, submenu: items, ..Default::default() }.into()
        };

        let snoozes =
            SNOOZES_MIN.iter().map(|&m| action(&format!("{m} min"), Command::Snooze(Some(mins(m)))));
        let pauses = [
            ("30 min", PauseLength::For(mins(30))),
            ("1 hour", PauseLength::For(mins(60))),
            ("2 hours", PauseLength::For(mins(120))),
            ("Until tomorrow", PauseLength::Tomorrow),
            ("Until I resume", PauseLength::UntilResumed),
        ]
        .into_iter()
        .map(|(label, length)| action(label, Command::Pause(length)));

        // The intervals on offer, and the current one if it is not among them (set by hand).
        let mut intervals: Vec<u64> = INTERVALS_MIN.to_vec();
        if view.interval_min > 0 && !intervals.contains(&view.interval_min) {
            intervals.push(view.interval_min);
            intervals.sort_unstable();
        }
        let options =
            intervals.iter().map(|m| RadioItem { label: format!("{m} min"), ..Default::default() }).collect();
        let every = RadioGroup {
            selected: intervals.iter().position(|&m| m == view.interval_min).unwrap_or(usize::MAX),
            select: Box::new(move |tray: &mut Self, i| {
                if let Some(&m) = intervals.get(i) {
                    tray.send(Command::SetInterval(mins(m)));
                }
            }),
            options,
        };

        let ids: Vec<String> = view.routines.iter().map(|(id, _)| id.clone()).collect();
        let selected = if view.rotate {
            ids.len()
        } else {
            ids.iter().position(|id| *id == view.routine).unwrap_or(usize::MAX)
        };
        let routine = RadioGroup {
            selected,
            select: Box::new(move |tray: &mut Self, i| {
                let choice =
                    ids.get(i).map_or(RoutineChoice::Rotate, |id| RoutineChoice::Routine(id.clone()));
                tray.send(Command::SetRoutine(choice));
            }),
            options: view
                .routines
                .iter()
                .map(|(_, label)| label.clone())
                .chain(["Rotate".to_string()])
                .map(|label| RadioItem { label, ..Default::default() })
                .collect(),
        };

        vec![
            StandardItem { label: view.line.clone(), enabled: false, ..Default::default() }.into(),
            MenuItem::Separator,
            action("Start break now", Command::StartBreak { routine: None }),
            submenu("Snooze", due, snoozes.collect()),
            StandardItem { visible: due, ..item("Skip this break", Command::Skip) }.into(),
            submenu("Pause", !paused, pauses.collect()),
            StandardItem { visible: paused, ..item("Resume", Command::Resume) }.into(),
            MenuItem::Separator,
            submenu("Remind me every", true, vec![every.into()]),
            submenu("Routine", !view.routines.is_empty(), vec![routine.into()]),
            MenuItem::Separator,
            action("Quit", Command::Quit),
        ]
    }
}

/// A round badge in the state's colour, ARGB32 in network byte order, drawn at `size` pixels.
fn icon(size: i32, state: State) -> ksni::Icon {
    let (r, g, b) = match state {
        State::Counting | State::InSession | State::Away => (0x2f, 0x7d, 0x5b),
        State::Due => (0xd9, 0x6c, 0x1f),
        State::Snoozed | State::Paused | State::OffHours => (0x7a, 0x86, 0x8f),
    };
    let c = (size as f32 - 1.0) / 2.0;
    let radius = size as f32 / 2.0 - 1.0;
    let mut data = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let d = ((x as f32 - c).powi(2) + (y as f32 - c).powi(2)).sqrt();
            // One pixel of anti-aliasing at the rim.
            let alpha = ((radius - d + 0.5).clamp(0.0, 1.0) * 255.0) as u8;
            data.extend_from_slice(&[alpha, r, g, b]);
        }
    }
    ksni::Icon { width: size, height: size, data }
}
