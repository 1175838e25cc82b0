//! Test support: a private headless desktop per test (`scripts/headless --serve`), and helpers to
//! run unsit in it, read what dunst showed, and drive the tray menu over dbusmenu.
//!
//! Shared by the root package's tests and `src-tauri/tests` (included there by path).
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::time::{Duration, Instant};

use zbus::zvariant::{OwnedValue, Value};

pub mod webdriver;

/// The repository root: the folder holding `scripts/headless`.
pub fn repo_root() -> PathBuf {
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    while !dir.join("scripts/headless").is_file() {
        assert!(dir.pop(), "scripts/headless not found above {}", env!("CARGO_MANIFEST_DIR"));
    }
    dir
}

/// A private desktop: Xvfb, a session bus, dunst and a StatusNotifierWatcher, torn down on drop.
pub struct Desktop {
    harness: Child,
    stdin: Option<ChildStdin>,
    pub env: HashMap<String, String>,
    /// Where the harness writes `notifications.jsonl` and `sni-items`.
    pub dir: PathBuf,
    /// XDG_CONFIG_HOME, XDG_DATA_HOME, HOME for the programs under test.
    pub home: tempfile::TempDir,
}

impl Desktop {
    pub fn start() -> Desktop {
        Desktop::start_with(&[])
    }

    /// `options` are `scripts/headless` options, e.g. `--no-notifications`.
    pub fn start_with(options: &[&str]) -> Desktop {
        let mut harness = Command::new(repo_root().join("scripts/headless"))
            .args(options)
            .arg("--serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("starting scripts/headless");
        let stdin = harness.stdin.take();
        let mut env = HashMap::new();
        let mut lines = BufReader::new(harness.stdout.take().expect("piped stdout")).lines();
        loop {
            let line = lines
                .next()
                .unwrap_or_else(|| panic!("scripts/headless ended before READY: {:?}", harness.wait()))
                .expect("reading scripts/headless");
            if line == "READY" {
                break;
            }
            if let Some((k, v)) = line.split_once('=') {
                env.insert(k.to_string(), v.to_string());
            }
        }
        let dir = PathBuf::from(&env["UNSIT_HARNESS_DIR"]);
        let home = tempfile::tempdir().expect("temp home");
        Desktop { harness, stdin, env, dir, home }
    }

    /// A command that runs inside this desktop, with its own XDG directories.
    pub fn command(&self, program: impl AsRef<Path>) -> Command {
        let mut cmd = Command::new(program.as_ref());
        cmd.env_remove("WAYLAND_DISPLAY")
            .envs(&self.env)
            .env("NO_AT_BRIDGE", "1")
            .env("GDK_BACKEND", "x11")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("RUST_LOG", "unsit=debug")
            // English, whatever the machine's locale: a test that wants a language says so.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LC_TIME")
            .env_remove("LANGUAGE")
            .env("LANG", "C.UTF-8");
        cmd
    }

    /// Runs a command to completion inside this desktop.
    pub fn run(&self, program: impl AsRef<Path>, args: &[&str]) -> Output {
        self.command(program).args(args).output().expect("running a command in the desktop")
    }

    /// Every notification dunst has shown, in order, as JSON objects.
    pub fn notifications(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(self.dir.join("notifications.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).expect("notifications.jsonl holds JSON lines"))
            .collect()
    }

    /// Tray items registered with the watcher, as (bus name, object path).
    pub fn tray_items(&self) -> Vec<(String, String)> {
        std::fs::read_to_string(self.dir.join("sni-items"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split_once(' ').map(|(a, b)| (a.to_string(), b.to_string())))
            .collect()
    }

    /// A blocking D-Bus connection to this desktop's session bus.
    pub fn bus(&self) -> zbus::blocking::Connection {
        zbus::blocking::connection::Builder::address(self.env["DBUS_SESSION_BUS_ADDRESS"].as_str())
            .and_then(|b| b.build())
            .expect("connecting to the harness bus")
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        // Closing stdin tells the harness to tear everything down.
        self.stdin.take();
        let _ = self.harness.wait();
    }
}

/// Windows and notifications on screen.
impl Desktop {
    /// The visible windows whose title matches `pattern` (a regular expression for xdotool).
    fn visible_windows(&self, pattern: &str) -> Vec<u32> {
        let out = self.run("xdotool", &["search", "--onlyvisible", "--name", pattern]);
        String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| l.trim().parse().ok()).collect()
    }

    /// The first visible window whose title matches `pattern`.
    pub fn window(&self, pattern: &str) -> Option<u32> {
        self.visible_windows(pattern).first().copied()
    }

    /// How many visible windows have a title matching `pattern`.
    pub fn windows(&self, pattern: &str) -> usize {
        self.visible_windows(pattern).len()
    }

    pub fn window_pid(&self, window: u32) -> u32 {
        let out = self.run("xdotool", &["getwindowpid", &window.to_string()]);
        String::from_utf8_lossy(&out.stdout).trim().parse().expect("window has a pid")
    }

    /// Asks a window to close as a window manager does when its close button is pressed.
    ///
    /// The request is sent from a connection of its own, so the test waits for the X server to
    /// have carried it out (a round trip) before closing that connection: a server that sees a
    /// client go away discards what it has not yet done of its requests, and the close was lost
    /// now and then, leaving the window open.
    pub fn close_window(&self, window: u32) {
        use x11rb::protocol::xproto::{ClientMessageEvent, ConnectionExt as _, EventMask};
        let (conn, _) = x11rb::connect(Some(&self.env["DISPLAY"])).expect("connecting to Xvfb");
        let atom = |name: &[u8]| conn.intern_atom(false, name).unwrap().reply().unwrap().atom;
        let (protocols, delete) = (atom(b"WM_PROTOCOLS"), atom(b"WM_DELETE_WINDOW"));
        let event = ClientMessageEvent::new(32, window, protocols, [delete, 0, 0, 0, 0]);
        conn.send_event(false, window, EventMask::NO_EVENT, event)
            .unwrap()
            .check()
            .expect("sending WM_DELETE_WINDOW");
    }

    /// How many notifications dunst has on screen.
    pub fn notifications_displayed(&self) -> u32 {
        let out = self.run("dunstctl", &["count", "displayed"]);
        String::from_utf8_lossy(&out.stdout).trim().parse().expect("dunstctl count")
    }

    /// Clicks the body of the newest notification (its "default" action).
    pub fn click_notification(&self) {
        let out = self.run("dunstctl", &["action", "0"]);
        assert!(out.status.success(), "dunstctl action 0: {out:?}");
    }

    /// Clicks the button `key` of notification `id`: dunst's context menu lists every action as
    /// "#Label (Summary) [ID,key]", and the harness's menu picks the line holding the text in
    /// `pick`. dunst then emits ActionInvoked to the app, as it does for a click.
    pub fn click_notification_button(&self, id: u64, key: &str) {
        std::fs::write(self.dir.join("pick"), format!("[{id},{key}]\n")).expect("writing the pick");
        let out = self.run("dunstctl", &["context"]);
        assert!(out.status.success(), "dunstctl context: {out:?}");
    }
}

/// Polls `probe` until it gives a value, or panics after `timeout` naming `what` was awaited.
/// This is condition-based waiting: it returns as soon as the condition holds.
pub fn wait_for<T>(what: &str, timeout: Duration, mut probe: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = probe() {
            return v;
        }
        assert!(start.elapsed() < timeout, "timed out after {timeout:?} waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// One entry of a dbusmenu layout.
#[derive(Debug, Clone, PartialEq)]
pub struct MenuEntry {
    pub id: i32,
    pub label: String,
    pub enabled: bool,
    pub visible: bool,
    pub separator: bool,
    /// A radio item's or a check item's state: 1 ticked, 0 not, -1 neither.
    pub toggle_state: i32,
}

/// A dbusmenu layout node on the wire: id, properties, children.
type LayoutNode = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

/// The flattened menu of a tray item (its `Menu` property, read through dbusmenu's GetLayout).
pub fn tray_menu(bus: &zbus::blocking::Connection, item: &(String, String)) -> (String, Vec<MenuEntry>) {
    let menu_path: zbus::zvariant::OwnedObjectPath = zbus::blocking::fdo::PropertiesProxy::builder(bus)
        .destination(item.0.as_str())
        .and_then(|b| b.path(item.1.as_str()))
        .and_then(|b| b.build())
        .and_then(|p| {
            p.get("org.kde.StatusNotifierItem".try_into().unwrap(), "Menu").map_err(zbus::Error::from)
        })
        .expect("reading the item's Menu property")
        .try_into()
        .expect("Menu is an object path");
    let reply = bus
        .call_method(
            Some(item.0.as_str()),
            menu_path.as_str(),
            Some("com.canonical.dbusmenu"),
            "GetLayout",
            &(0i32, -1i32, Vec::<String>::new()),
        )
        .expect("GetLayout");
    let (_revision, root): (u32, LayoutNode) = reply.body().deserialize().expect("GetLayout reply");
    let mut entries = Vec::new();
    for child in &root.2 {
        flatten(child, &mut entries);
    }
    (menu_path.to_string(), entries)
}

fn flatten(node: &Value<'_>, out: &mut Vec<MenuEntry>) {
    let node = match node {
        Value::Value(inner) => inner.as_ref(),
        other => other,
    };
    let Value::Structure(s) = node else { panic!("dbusmenu node is not a structure: {node:?}") };
    let fields = s.fields();
    let Value::I32(id) = fields[0] else { panic!("dbusmenu id") };
    let props: HashMap<String, OwnedValue> = fields[1].try_clone().unwrap().try_into().expect("props");
    let text = |k: &str| props.get(k).and_then(|v| String::try_from(v.try_clone().unwrap()).ok());
    let flag =
        |k: &str| props.get(k).and_then(|v| bool::try_from(v.try_clone().unwrap()).ok()).unwrap_or(true);
    out.push(MenuEntry {
        id,
        label: text("label").unwrap_or_default(),
        enabled: flag("enabled"),
        visible: flag("visible"),
        separator: text("type").as_deref() == Some("separator"),
        toggle_state: props
            .get("toggle-state")
            .and_then(|v| i32::try_from(v.try_clone().unwrap()).ok())
            .unwrap_or(-1),
    });
    if let Value::Array(children) = &fields[2] {
        for c in children.iter() {
            flatten(c, out);
        }
    }
}

/// Clicks a menu entry, as a tray host does.
pub fn click_menu(bus: &zbus::blocking::Connection, item: &(String, String), menu_path: &str, id: i32) {
    bus.call_method(
        Some(item.0.as_str()),
        menu_path,
        Some("com.canonical.dbusmenu"),
        "Event",
        &(id, "clicked", Value::I32(0), 0u32),
    )
    .expect("dbusmenu Event");
}

/// A part of the desktop a test started itself (a restarted service); stopped on drop.
pub struct Part(pub Child);

impl Drop for Part {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Stopping and restarting the harness's services, for the fault tests.
impl Desktop {
    /// Whether a bus name has an owner now.
    pub fn has_owner(&self, name: &str) -> bool {
        let bus = zbus::blocking::fdo::DBusProxy::new(&self.bus()).expect("the bus");
        bus.name_has_owner(name.try_into().expect("a bus name")).unwrap_or(false)
    }

    /// Stops the harness's `part` (`dunst`, `sni-watcher`) and waits until `name` is free.
    pub fn stop_part(&self, part: &str, name: &str) {
        let pids = std::fs::read_to_string(self.dir.join("pids")).expect("the harness's pids");
        let pid = pids
            .lines()
            .filter_map(|l| l.strip_prefix(&format!("{part} ")))
            .next_back()
            .unwrap_or_else(|| panic!("the harness did not start {part}"));
        assert!(self.run("kill", &["-TERM", pid]).status.success(), "stopping {part}");
        wait_for(&format!("{name} to be free"), Duration::from_secs(10), || {
            (!self.has_owner(name)).then_some(())
        });
    }

    /// Starts dunst again, as the harness did, and waits until it serves notifications.
    pub fn start_notifications(&self) -> Part {
        let mut dunst = self.command("dunst");
        dunst.arg("-config").arg(self.dir.join("dunstrc"));
        self.start_part(dunst, "org.freedesktop.Notifications")
    }

    /// Starts the tray watcher again, as the harness did, and waits until it serves.
    pub fn start_tray_watcher(&self) -> Part {
        let mut watcher = self.command("/usr/bin/python3");
        watcher.arg(repo_root().join("scripts/sni-watcher.py"));
        self.start_part(watcher, "org.kde.StatusNotifierWatcher")
    }

    /// Starts a service of the desktop and waits until it owns `name`.
    fn start_part(&self, mut command: Command, name: &str) -> Part {
        let child = command.stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect(name);
        let part = Part(child);
        wait_for(&format!("{name} to be served"), Duration::from_secs(10), || {
            self.has_owner(name).then_some(())
        });
        part
    }
}

/// A running `unsit` resident in a desktop; killed on drop. Its log is kept in the test's home
/// and printed if the test fails, since that is where the reason usually is.
pub struct Resident {
    pub child: Child,
    log: PathBuf,
}

impl Desktop {
    pub fn start_resident(&self, unsit: &Path, args: &[&str]) -> Resident {
        self.start_resident_with(unsit, args, &[])
    }

    /// [`Desktop::start_resident`] with more environment variables (`env` wins).
    pub fn start_resident_with(&self, unsit: &Path, args: &[&str], env: &[(&str, &str)]) -> Resident {
        let log = self.home.path().join("resident.log");
        let file = std::fs::File::create(&log).expect("resident log");
        let child = self
            .command(unsit)
            .envs(env.iter().copied())
            .arg("run")
            .args(args)
            .stdout(file.try_clone().unwrap())
            .stderr(file)
            .spawn()
            .expect("starting unsit run");
        Resident { child, log }
    }

    /// `unsit status --json`, parsed; `None` while the resident does not answer yet.
    pub fn status(&self, unsit: &Path) -> Option<serde_json::Value> {
        let out = self.run(unsit, &["status", "--json"]);
        out.status.success().then(|| serde_json::from_slice(&out.stdout).expect("status --json is JSON"))
    }
}

impl Resident {
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Resident {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!("--- resident log ---\n{}--- end of resident log ---", self.log());
        }
    }
}
