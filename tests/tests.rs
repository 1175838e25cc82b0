//! Integration tests of the `unsit` binary: one test binary, a module per area (ripgrep's layout).

mod cli;
mod idle;
mod install;
mod linkage;
mod routines_cli;
mod support;
