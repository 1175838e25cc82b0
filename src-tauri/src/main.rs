//! The `unsit-ui` binary: the webview for break sessions. All the work is in the library.

fn main() -> std::process::ExitCode {
    unsit_ui::run()
}
