//! Integration tests of the `unsit` binary: one test binary, a module per area (ripgrep's layout).

mod cli;
mod clock;
mod control;
mod crash;
mod history;
mod idle;
mod install;
mod linkage;
mod quiet;
mod routines_cli;
mod support;
// The root package's tests only: `support` is shared with src-tauri, which has no Wayland client.
#[path = "support/wayland.rs"]
mod wayland;
