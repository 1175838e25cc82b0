//! Quiet moments on real parts: a full-screen X window (Xvfb, the EWMH properties set with
//! `xprop` as a window manager sets them), dunst paused, a notification server with KDE's
//! `Inhibited` property, and GNOME's session manager listing an idle inhibitor (test D-Bus
//! services on the harness bus, since neither desktop runs here).

use std::path::Path;
use std::time::{Duration, Instant};

use unsit::resident::quiet::{DoNotDisturb, Inhibitors};
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{ConnectionExt as _, CreateWindowAux, WindowClass};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

use crate::support::{wait_for, Desktop};

fn unsit() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_unsit"))
}

const PATIENCE: Duration = Duration::from_secs(20);

/// A runtime whose worker serves the test's D-Bus services while the test waits on the resident.
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap()
}

/// A mapped X window, alive as long as this is.
struct Window {
    _conn: RustConnection,
    id: u32,
}

fn window(desk: &Desktop) -> Window {
    let (conn, screen) = x11rb::connect(Some(&desk.env["DISPLAY"])).expect("the harness's X server");
    let root = conn.setup().roots[screen].root;
    let id = conn.generate_id().unwrap();
    conn.create_window(0, id, root, 0, 0, 640, 400, 0, WindowClass::INPUT_OUTPUT, 0, &CreateWindowAux::new())
        .unwrap();
    conn.map_window(id).unwrap();
    conn.sync().unwrap();
    Window { _conn: conn, id }
}

/// What a window manager does when a window goes full screen and has the focus.
fn full_screen(desk: &Desktop, w: &Window, on: bool) {
    let id = w.id.to_string();
    let root =
        desk.run("xprop", &["-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW", &id]);
    assert!(root.status.success(), "{root:?}");
    let state = if on { "_NET_WM_STATE_FULLSCREEN" } else { "" };
    let set = desk.run("xprop", &["-id", &id, "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", state]);
    assert!(set.status.success(), "{set:?}");
}

/// Writes the settings file the resident will read.
fn settings(desk: &Desktop, text: &str) {
    let config = desk.home.path().join("config/unsit");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("settings.toml"), text).unwrap();
}

fn reminders(desk: &Desktop) -> usize {
    desk.notifications().iter().filter(|n| n["summary"] == "Time to get up").count()
}

#[test]
fn a_reminder_due_over_a_full_screen_window_waits_and_comes_within_70_s_of_its_end() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let film = window(&desk);
    full_screen(&desk, &film, true);
    let resident = desk.start_resident(unsit(), &["--interval", "2s"]);
    let held =
        wait_for("the break to be held", PATIENCE, || desk.status(unsit()).filter(|s| s["state"] == "held"));
    assert_eq!(held["held_by"], serde_json::json!({"why": "full_screen"}), "{held}");
    assert_eq!(held["line"], "Break due when you leave full screen");
    assert_eq!(reminders(&desk), 0, "{}", resident.log());

    // Out of full screen: the next check, within a minute, sends the reminder.
    full_screen(&desk, &film, false);
    let left = Instant::now();
    wait_for("the reminder", Duration::from_secs(75), || (reminders(&desk) == 1).then_some(()));
    assert!(left.elapsed() <= Duration::from_secs(70), "came {:?} after", left.elapsed());
    assert_eq!(desk.status(unsit()).unwrap()["state"], "due");
    assert!(resident.log().contains("the break waited"), "{}", resident.log());
}

#[test]
fn a_reminder_held_as_long_as_hold_max_comes_anyway() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let film = window(&desk);
    full_screen(&desk, &film, true);
    // The shortest hold the setting takes, standing in for the default hour.
    settings(&desk, "hold_max = \"1m\"\n");
    let resident = desk.start_resident(unsit(), &["--interval", "2s"]);
    wait_for("the break to be held", PATIENCE, || desk.status(unsit()).filter(|s| s["state"] == "held"));
    let held = Instant::now();
    wait_for("the reminder", Duration::from_secs(80), || (reminders(&desk) == 1).then_some(()));
    let waited = held.elapsed();
    assert!(
        waited >= Duration::from_secs(55) && waited <= Duration::from_secs(70),
        "{waited:?}\n{}",
        resident.log()
    );
}

#[test]
fn a_break_with_every_hold_turned_off_comes_over_a_full_screen_window() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let film = window(&desk);
    full_screen(&desk, &film, true);
    settings(&desk, "hold_for_full_screen = false\n");
    let _resident = desk.start_resident(unsit(), &["--interval", "2s"]);
    wait_for("the reminder", PATIENCE, || (reminders(&desk) == 1).then_some(()));
}

#[test]
fn dunst_paused_is_do_not_disturb_and_holds_the_break() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let rt = runtime();
    let conn = rt
        .block_on(
            zbus::connection::Builder::address(desk.env["DBUS_SESSION_BUS_ADDRESS"].as_str())
                .unwrap()
                .build(),
        )
        .unwrap();
    let probe = DoNotDisturb::new(conn);
    assert!(!rt.block_on(probe.on()));
    assert!(desk.run("dunstctl", &["set-paused", "true"]).status.success());
    assert!(rt.block_on(probe.on()));

    let resident = desk.start_resident(unsit(), &["--interval", "2s"]);
    let held =
        wait_for("the break to be held", PATIENCE, || desk.status(unsit()).filter(|s| s["state"] == "held"));
    assert_eq!(held["held_by"], serde_json::json!({"why": "do_not_disturb"}), "{held}\n{}", resident.log());
    assert_eq!(held["line"], "Break due when Do Not Disturb is off");
    assert!(desk.run("dunstctl", &["set-paused", "false"]).status.success());
    assert!(!rt.block_on(probe.on()));
}

/// A notification server as KDE Plasma's: `Inhibited` is true while Do Not Disturb is on.
struct KdeNotifications {
    inhibited: bool,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl KdeNotifications {
    #[zbus(property)]
    fn inhibited(&self) -> bool {
        self.inhibited
    }
}

#[test]
fn the_notification_servers_inhibited_property_is_do_not_disturb() {
    let desk = Desktop::start_with(&["--no-tray", "--no-notifications"]);
    let rt = runtime();
    let bus = || zbus::connection::Builder::address(desk.env["DBUS_SESSION_BUS_ADDRESS"].as_str()).unwrap();
    let probe = DoNotDisturb::new(rt.block_on(bus().build()).unwrap());
    assert!(!rt.block_on(probe.on()), "nothing on the bus is nothing to disturb");
    let server = rt
        .block_on(
            bus()
                .name("org.freedesktop.Notifications")
                .unwrap()
                .serve_at("/org/freedesktop/Notifications", KdeNotifications { inhibited: true })
                .unwrap()
                .build(),
        )
        .unwrap();
    assert!(rt.block_on(probe.on()));
    rt.block_on(async {
        let iface = server
            .object_server()
            .interface::<_, KdeNotifications>("/org/freedesktop/Notifications")
            .await
            .unwrap();
        iface.get_mut().await.inhibited = false;
    });
    assert!(!rt.block_on(probe.on()));
}

/// GNOME's session manager with one inhibitor, Totem's, whose flags are `flags`.
struct SessionManager {
    flags: u32,
}

#[zbus::interface(name = "org.gnome.SessionManager")]
impl SessionManager {
    #[zbus(property)]
    fn inhibited_actions(&self) -> u32 {
        self.flags
    }
    fn get_inhibitors(&self) -> Vec<zbus::zvariant::OwnedObjectPath> {
        vec![zbus::zvariant::OwnedObjectPath::try_from("/org/gnome/SessionManager/Inhibitor1").unwrap()]
    }
}

struct Inhibitor {
    flags: u32,
}

#[zbus::interface(name = "org.gnome.SessionManager.Inhibitor")]
impl Inhibitor {
    fn get_app_id(&self) -> String {
        "org.gnome.Totem".into()
    }
    fn get_flags(&self) -> u32 {
        self.flags
    }
}

/// GNOME's session manager on the bus, served by `rt`, with Totem's inhibitor of these flags.
fn gnome(rt: &tokio::runtime::Runtime, bus: zbus::connection::Builder<'_>, flags: u32) -> zbus::Connection {
    let bus = bus
        .name("org.gnome.SessionManager")
        .and_then(|b| b.serve_at("/org/gnome/SessionManager", SessionManager { flags }))
        .and_then(|b| b.serve_at("/org/gnome/SessionManager/Inhibitor1", Inhibitor { flags }))
        .unwrap();
    rt.block_on(bus.build()).unwrap()
}

#[test]
fn an_application_inhibiting_idle_in_gnome_is_named() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let rt = runtime();
    let bus = || zbus::connection::Builder::address(desk.env["DBUS_SESSION_BUS_ADDRESS"].as_str()).unwrap();
    let mut probe = Inhibitors::new(rt.block_on(bus().build()).unwrap());
    assert_eq!(rt.block_on(probe.who()), None);
    // Totem keeps the screen awake (idle, 8) and stops suspend (4).
    let _gnome = gnome(&rt, bus(), 12);
    assert_eq!(rt.block_on(probe.who()).as_deref(), Some("Totem"));

    let resident = desk.start_resident(unsit(), &["--interval", "2s"]);
    let held =
        wait_for("the break to be held", PATIENCE, || desk.status(unsit()).filter(|s| s["state"] == "held"));
    assert_eq!(
        held["held_by"],
        serde_json::json!({"why": "inhibitor", "by": "Totem"}),
        "{held}\n{}",
        resident.log()
    );
    assert_eq!(held["line"], "Break due when Totem stops keeping the screen on");
}

#[test]
fn an_application_stopping_only_suspend_in_gnome_is_no_quiet_moment() {
    let desk = Desktop::start_with(&["--no-tray"]);
    let rt = runtime();
    let bus = || zbus::connection::Builder::address(desk.env["DBUS_SESSION_BUS_ADDRESS"].as_str()).unwrap();
    let mut probe = Inhibitors::new(rt.block_on(bus().build()).unwrap());
    let _gnome = gnome(&rt, bus(), 4);
    assert_eq!(rt.block_on(probe.who()), None);
}
