//! Tauri's build step: embeds the configuration, the capabilities and the `ui/` assets.

fn main() {
    tauri_build::build()
}
