//! Tauri's build step: embeds the configuration, the capabilities and the `ui/` assets.
//!
//! Every command is listed here, so that Tauri makes an `allow-COMMAND` permission for each and
//! refuses a command to any window whose capability (`capabilities/WINDOW.json`) lacks it.

/// Every command in `generate_handler!` (src/lib.rs); `tests/privilege.rs` checks the two agree.
const COMMANDS: &[&str] = &[
    "launch",
    "choose",
    "progress",
    "remember",
    "speak",
    "hush",
    "voice_check",
    "fullscreen",
    "acknowledge_safety",
    "answer",
    "ready",
    "painted",
    "close",
    "settings",
    "change_setting",
    "history",
    "tally",
    "sheet",
    "words",
];

fn main() {
    let attributes =
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("tauri's build step");
}
