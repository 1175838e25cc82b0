//! The tray icon: a StatusNotifierItem with a dbusmenu, through ksni (pure Rust, no GTK).
//!
//! The tray holds only what it shows. Menu clicks become [`Command`]s for the driver.

use tokio::sync::mpsc::UnboundedSender;

use super::{Command, Event, Request};
use crate::scheduler::State;

/// What the tray shows; the driver replaces it on every change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayView {
    pub state: State,
    /// The status line, e.g. "Sitting 1 h 12 min · break in 48 min".
    pub line: String,
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
        use ksni::menu::{MenuItem, StandardItem};
        let due = self.view.state == State::Due;
        let action = |label: &str, command: Command| StandardItem::<Self> {
            label: label.into(),
            activate: Box::new(move |tray: &mut Self| tray.send(command.clone())),
            ..Default::default()
        };
        vec![
            StandardItem { label: self.view.line.clone(), enabled: false, ..Default::default() }.into(),
            MenuItem::Separator,
            action("Start break now", Command::StartBreak { routine: None }).into(),
            StandardItem { visible: due, ..action("Snooze 10 min", Command::Snooze(Some(TEN_MIN))) }.into(),
            MenuItem::Separator,
            action("Quit", Command::Quit).into(),
        ]
    }
}

const TEN_MIN: std::time::Duration = std::time::Duration::from_secs(600);

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
