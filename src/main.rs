//! The `unsit` binary: the resident and its command-line client. All the work is in the library.

fn main() -> std::process::ExitCode {
    unsit::cli::main()
}
