//! A small WebDriver client for the real webview: `tauri-driver` (which starts WebKitWebDriver,
//! which starts `unsit-ui` with automation allowed) inside a headless desktop.
//!
//! The W3C protocol is JSON over HTTP; the few commands the tests need are spoken here over a
//! plain TCP stream (one request per connection), so the tests need no HTTP client crate.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

use super::{wait_for, Desktop};

/// The W3C name of an element reference in JSON.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// WebDriver key codes.
pub mod key {
    pub const ESCAPE: &str = "\u{E00C}";
    pub const SPACE: &str = "\u{E00D}";
    pub const LEFT: &str = "\u{E012}";
    pub const RIGHT: &str = "\u{E014}";
    pub const ENTER: &str = "\u{E007}";
    pub const TAB: &str = "\u{E004}";
    pub const PLUS: &str = "+";
    pub const MUTE: &str = "m";
    pub const VOICE: &str = "v";
}

/// A running `tauri-driver` and one session with the application.
pub struct WebDriver {
    driver: Child,
    port: u16,
    session: String,
    /// The desktop's X display, where screenshots are taken.
    display: String,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

/// One HTTP request; returns the status code and the JSON body.
fn request(port: u16, method: &str, path: &str, body: Option<&Value>) -> std::io::Result<(u16, Value)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    // One write: the proxy in tauri-driver mishandles a request that arrives in pieces, and a
    // GET with an (empty) body.
    let request = match body {
        Some(body) => {
            let body = body.to_string();
            format!(
                "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n\
                 Content-Length: {}\r\n\r\n{body}",
                body.len()
            )
        }
        None => format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"),
    };
    stream.write_all(request.as_bytes())?;
    // Read the head, then exactly Content-Length bytes. No `Connection: close`: tauri-driver
    // forwards it to WebKitWebDriver and then sometimes loses the answer.
    let mut reader = std::io::BufReader::new(stream);
    let mut head = String::new();
    let mut length = 0;
    loop {
        let mut line = String::new();
        if std::io::BufRead::read_line(&mut reader, &mut line)? == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
        head.push_str(&line);
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let json = serde_json::from_slice(&body).unwrap_or(Value::Null);
    Ok((status, json))
}

impl WebDriver {
    /// Starts `tauri-driver` in `desk` and a session running `application ARGS`.
    pub fn start(desk: &Desktop, application: &Path, args: &[&str]) -> WebDriver {
        WebDriver::start_with_env(desk, application, args, &[])
    }

    /// As [`WebDriver::start`], with extra environment for the application (e.g. a GTK theme).
    pub fn start_with_env(
        desk: &Desktop,
        application: &Path,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> WebDriver {
        let (port, native) = (free_port(), free_port());
        let driver = desk
            .command("tauri-driver")
            .envs(env.iter().copied())
            .args(["--port", &port.to_string(), "--native-port", &native.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting tauri-driver (scripts/install-deps.sh test installs it)");
        wait_for("tauri-driver to listen", Duration::from_secs(20), || {
            request(port, "GET", "/status", None).ok().filter(|(code, _)| *code == 200)
        });
        let caps = json!({"capabilities": {"alwaysMatch": {"tauri:options": {
            "application": application, "args": args,
        }}}});
        let (code, answer) = request(port, "POST", "/session", Some(&caps)).expect("new session");
        let session = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no WebDriver session ({code}): {answer}"))
            .to_string();
        WebDriver { driver, port, session, display: desk.env["DISPLAY"].clone() }
    }

    /// A session command; panics with the driver's message on an error.
    fn command(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        let (code, answer) = request(self.port, method, &path, body.as_ref()).expect("WebDriver request");
        assert!(code == 200, "WebDriver {method} {path} failed ({code}): {answer}");
        answer["value"].clone()
    }

    /// Runs `script` (a function body; `arguments` holds `args`) in the page and returns its value.
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.command("POST", "/execute/sync", Some(json!({"script": script, "args": args})))
    }

    /// The element matching a CSS selector, if there is one.
    fn find(&self, css: &str) -> Option<String> {
        let path = format!("/session/{}/element", self.session);
        let body = json!({"using": "css selector", "value": css});
        let (code, answer) = request(self.port, "POST", &path, Some(&body)).ok()?;
        (code == 200).then(|| answer["value"][ELEMENT].as_str().map(String::from)).flatten()
    }

    /// Waits for an element to exist and be shown (not inside a `hidden` screen).
    pub fn wait_visible(&self, css: &str) -> String {
        wait_for(&format!("`{css}` to be shown"), Duration::from_secs(20), || {
            let id = self.find(css)?;
            let shown = self.command("GET", &format!("/element/{id}/displayed"), None);
            (shown == Value::Bool(true)).then_some(id)
        })
    }

    /// The rendered text of the element matching `css` (as the person sees it).
    pub fn text(&self, css: &str) -> String {
        let id = self.find(css).unwrap_or_else(|| panic!("no element `{css}`"));
        self.command("GET", &format!("/element/{id}/text"), None).as_str().unwrap_or_default().to_string()
    }

    pub fn click(&self, css: &str) {
        let id = self.wait_visible(css);
        self.command("POST", &format!("/element/{id}/click"), Some(json!({})));
    }

    /// Clicks a control that closes the window: the driver may answer with an error, as the
    /// window can be gone before the click is done.
    pub fn click_to_close(&self, css: &str) {
        let id = self.wait_visible(css);
        let path = format!("/session/{}/element/{id}/click", self.session);
        let _ = request(self.port, "POST", &path, Some(&json!({})));
    }

    /// Empties a text field and types `text` into it, as the keyboard would. Add [`key::TAB`] to
    /// leave the field, which commits it (its `change` event).
    pub fn type_into(&self, css: &str, text: &str) {
        let id = self.wait_visible(css);
        self.command("POST", &format!("/element/{id}/clear"), Some(json!({})));
        self.command("POST", &format!("/element/{id}/value"), Some(json!({"text": text})));
    }

    /// The current value of a form field (its `value` property, not the attribute).
    pub fn value(&self, css: &str) -> String {
        let id = self.find(css).unwrap_or_else(|| panic!("no element `{css}`"));
        self.command("GET", &format!("/element/{id}/property/value"), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// An attribute of the element matching `css`; `None` when it has none.
    pub fn attribute(&self, css: &str, name: &str) -> Option<String> {
        let id = self.find(css).unwrap_or_else(|| panic!("no element `{css}`"));
        self.command("GET", &format!("/element/{id}/attribute/{name}"), None).as_str().map(String::from)
    }

    /// Whether the element matching `css` is shown.
    pub fn is_visible(&self, css: &str) -> bool {
        self.find(css).is_some_and(|id| {
            self.command("GET", &format!("/element/{id}/displayed"), None) == Value::Bool(true)
        })
    }

    /// Moves the mouse pointer onto the middle of the element matching `css`.
    pub fn hover(&self, css: &str) {
        let id = self.wait_visible(css);
        let actions = json!({"actions": [{"type": "pointer", "id": "mouse",
            "parameters": {"pointerType": "mouse"},
            "actions": [{"type": "pointerMove", "duration": 0, "origin": {ELEMENT: id}, "x": 0, "y": 0}]}]});
        self.command("POST", "/actions", Some(actions));
    }

    /// Presses and releases a key, as the keyboard would (see [`key`]).
    pub fn press(&self, key: &str) {
        self.command("POST", "/actions", Some(key_press(key)));
    }

    /// Presses a key that closes the window: the driver may answer with an error, as the window
    /// can be gone before the key is released.
    pub fn press_to_close(&self, key: &str) {
        let path = format!("/session/{}/actions", self.session);
        let _ = request(self.port, "POST", &path, Some(&key_press(key)));
    }

    /// Saves a PNG of the window, as the X server shows it ([`WebDriver::screen`]).
    pub fn screenshot(&self, path: &Path) {
        std::fs::write(path, self.screen()).expect("writing the screenshot");
    }

    /// A PNG of the window, as the X server shows it.
    ///
    /// WebDriver's own screenshot waits for WebKit to present a new frame, which a window that
    /// paints without compositing layers (as unsit-ui's break window does) never announces: the
    /// request hangs on a still page. So the page is asked to finish two frames, and the
    /// window's pixels are read from the X server until two readings agree (a page that
    /// animates gets the last).
    pub fn screen(&self) -> Vec<u8> {
        let found = Command::new("xdotool")
            .env("DISPLAY", &self.display)
            .args(["search", "--onlyvisible", "--name", "^unsit — "])
            .output()
            .expect("running xdotool (scripts/install-deps.sh test installs it)");
        let ids =
            String::from_utf8_lossy(&found.stdout).split_whitespace().map(String::from).collect::<Vec<_>>();
        assert!(ids.len() == 1, "one unsit window should be on screen for a screenshot, not {ids:?}");
        let mut last = Vec::new();
        for _ in 0..6 {
            self.command(
                "POST",
                "/execute/async",
                Some(json!({"script": "const done = arguments[0]; \
                    requestAnimationFrame(() => requestAnimationFrame(() => done(true)));", "args": []})),
            );
            let shot = Command::new("import")
                .env("DISPLAY", &self.display)
                .args(["-window", &ids[0], "-define", "png:exclude-chunk=date,time", "png:-"])
                .output()
                .expect("running import (ImageMagick; scripts/install-deps.sh test installs it)");
            assert!(shot.status.success(), "import failed: {}", String::from_utf8_lossy(&shot.stderr));
            let same = shot.stdout == last;
            last = shot.stdout;
            if same {
                break;
            }
        }
        last
    }
}

impl Drop for WebDriver {
    fn drop(&mut self) {
        // Ending the session closes the application if it is still open.
        let _ = request(self.port, "DELETE", &format!("/session/{}", self.session), None);
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The actions that press and release one key.
fn key_press(key: &str) -> Value {
    json!({"actions": [{"type": "key", "id": "keyboard", "actions": [
        {"type": "keyDown", "value": key}, {"type": "keyUp", "value": key},
    ]}]})
}
