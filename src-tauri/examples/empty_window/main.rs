//! The baseline of `scripts/bench-first-paint`: the emptiest window a Tauri 2 app of this crate's
//! version and features makes out of the box (Tauri's defaults, one static page with a heading
//! and a line of text), shown and timed the way unsit-ui's windows are: made hidden, shown when
//! its page calls `ready`, and "first screen painted N ms after start" printed when the page
//! calls `painted` two animation frames later.
//!
//! `cargo run --release -p unsit-ui --features unsit-ui/custom-protocol --example empty_window`

use std::sync::OnceLock;
use std::time::Instant;

use tauri::{WebviewUrl, WebviewWindowBuilder};

static STARTED: OnceLock<Instant> = OnceLock::new();

#[tauri::command]
fn ready(window: tauri::WebviewWindow) -> Result<(), String> {
    window.show().map_err(|e| e.to_string())?;
    window.set_focus().map_err(|e| e.to_string())
}

#[tauri::command]
fn painted() {
    let ms = STARTED.get().map_or(0, |t| t.elapsed().as_millis());
    eprintln!("empty-window: first screen painted {ms} ms after start");
}

fn main() {
    STARTED.get_or_init(Instant::now);
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready, painted])
        .setup(|app| {
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Empty window")
                .inner_size(420.0, 600.0)
                .visible(false)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!("examples/empty_window/tauri.conf.json"))
        .expect("the empty window runs");
}
