//! The tray icon: a StatusNotifierItem with a dbusmenu, through ksni (pure Rust, no GTK).
//!
//! The tray holds only what it shows. Menu clicks become [`Command`]s for the driver.

use tokio::sync::mpsc::UnboundedSender;

use std::time::Duration;

use super::session::UiWindow;
use super::{Command, Event, Request};
use crate::history::Origin;
use crate::place::Place;
use crate::routine::Named;
use crate::scheduler::{PauseLength, State};
use crate::settings::RoutineChoice;
use crate::t;

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
    /// Where the person is.
    pub place: Place,
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
            place: Place::Desk,
        }
    }
}

/// The intervals the tray offers, in minutes.
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
        let _ = self.commands.send(Event::Request(Request { command, from: Origin::Tray, reply: None }));
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
        icons(self.view.state)
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
        // A held break can be answered too: it is due, only not announced.
        let due = matches!(view.state, State::Due | State::Held);
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
            SNOOZES_MIN.iter().map(|&m| action(&t!("tray-minutes", min = m), Command::Snooze(Some(mins(m)))));
        let pauses = [
            (t!("tray-pause-30-min"), PauseLength::For(mins(30))),
            (t!("tray-pause-1-hour"), PauseLength::For(mins(60))),
            (t!("tray-pause-2-hours"), PauseLength::For(mins(120))),
            (t!("tray-pause-tomorrow"), PauseLength::Tomorrow),
            (t!("tray-pause-resume"), PauseLength::UntilResumed),
        ]
        .into_iter()
        .map(|(label, length)| action(&label, Command::Pause(length)));

        // The intervals on offer, and the current one if it is not among them (set by hand).
        let mut intervals: Vec<u64> = INTERVALS_MIN.to_vec();
        if view.interval_min > 0 && !intervals.contains(&view.interval_min) {
            intervals.push(view.interval_min);
            intervals.sort_unstable();
        }
        let options = intervals
            .iter()
            .map(|m| RadioItem { label: t!("tray-minutes", min = *m), ..Default::default() })
            .collect();
        let every = RadioGroup {
            selected: intervals.iter().position(|&m| m == view.interval_min).unwrap_or(usize::MAX),
            select: Box::new(move |tray: &mut Self, i| {
                if let Some(&m) = intervals.get(i) {
                    tray.send(Command::set("interval", format!("{m}m")));
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
                tray.send(Command::set("routine", choice.to_string()));
            }),
            options: view
                .routines
                .iter()
                .map(|(_, label)| plain(label))
                .chain([t!("routine-rotate")])
                .map(|label| RadioItem { label, ..Default::default() })
                .collect(),
        };

        let places: Vec<Place> = Place::NAMES.iter().map(|(_, p)| *p).collect();
        let place = RadioGroup {
            selected: places.iter().position(|p| *p == view.place).unwrap_or(usize::MAX),
            options: places.iter().map(|p| RadioItem { label: p.label(), ..Default::default() }).collect(),
            select: Box::new(move |tray: &mut Self, i| {
                if let Some(p) = places.get(i) {
                    tray.send(Command::set("place", p.name()));
                }
            }),
        };

        vec![
            StandardItem { label: plain(&view.line), enabled: false, ..Default::default() }.into(),
            MenuItem::Separator,
            action(&t!("tray-start"), Command::StartBreak { routine: None }),
            submenu(&t!("tray-snooze"), due, snoozes.collect()),
            StandardItem { visible: due, ..item(&t!("tray-skip"), Command::Skip) }.into(),
            submenu(&t!("tray-pause"), !paused, pauses.collect()),
            StandardItem { visible: paused, ..item(&t!("tray-resume"), Command::Resume) }.into(),
            MenuItem::Separator,
            submenu(&t!("tray-at"), true, vec![place.into()]),
            submenu(&t!("tray-every"), true, vec![every.into()]),
            submenu(&t!("tray-routine"), !view.routines.is_empty(), vec![routine.into()]),
            MenuItem::Separator,
            action(&t!("tray-settings"), Command::Open(UiWindow::Settings)),
            action(&t!("tray-history"), Command::Open(UiWindow::History)),
            MenuItem::Separator,
            action(&t!("tray-quit"), Command::Quit),
        ]
    }
}

/// A menu label that shows `text` as it is: dbusmenu reads `_` as the mark of an access key
/// (`_Quit`), so a routine called "desk_hips" would show as "deskhips"; `__` is a plain `_`.
fn plain(text: &str) -> String {
    text.replace('_', "__")
}

/// The tray icons, drawn at build time from `assets/icons/tray-*.svg` (build.rs).
mod pixmaps {
    include!(concat!(env!("OUT_DIR"), "/tray_icons.rs"));
}

/// The state's icon at every size, ARGB32 in network byte order.
fn icons(state: State) -> Vec<ksni::Icon> {
    let set = match state {
        State::Counting | State::InSession | State::Away => &pixmaps::COUNTING,
        State::Due => &pixmaps::DUE,
        State::Snoozed | State::Held | State::Paused | State::OffHours => &pixmaps::PAUSED,
    };
    set.iter().map(|&(size, data)| ksni::Icon { width: size, height: size, data: data.to_vec() }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_from_files_show_their_underscores() {
        assert_eq!(plain("desk_hips <b>x</b>"), "desk__hips <b>x</b>");
    }

    #[test]
    fn every_state_has_its_icon_at_every_size() {
        for state in [State::Counting, State::Due, State::Paused] {
            let icons = icons(state);
            let sizes: Vec<i32> = icons.iter().map(|i| i.width).collect();
            assert_eq!(sizes, [16, 22, 24, 32, 48, 64]);
            for icon in &icons {
                assert_eq!(icon.data.len(), (icon.width * icon.height * 4) as usize);
                let at = |x: i32, y: i32| &icon.data[((y * icon.width + x) * 4) as usize..][..4];
                assert_eq!(at(0, 0)[0], 0, "the corners are transparent");
                assert_eq!(at(icon.width / 2, icon.height - 2)[0], 255, "the badge is opaque");
            }
        }
        // Told apart by colour: the pixel just inside the bottom-left corner of the badge.
        let colour = |state| icons(state)[3].data[((29 * 32 + 3) * 4) as usize..][1..4].to_vec();
        assert_eq!(colour(State::Counting), [0x2f, 0x7d, 0x5b]);
        assert_eq!(colour(State::Due), [0xd9, 0x6c, 0x1f]);
        assert_eq!(colour(State::Paused), [0x7a, 0x86, 0x8f]);
        assert_eq!(icons(State::Snoozed)[0].data, icons(State::Paused)[0].data);
    }
}
