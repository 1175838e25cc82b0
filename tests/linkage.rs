//! The resident must stay small: it links no GTK and no WebKit (ARCHITECTURE.md, invariants).

use std::process::Command;

#[test]
fn resident_links_neither_gtk_nor_webkit() {
    let out = Command::new("ldd").arg(env!("CARGO_BIN_EXE_unsit")).output().expect("running ldd");
    assert!(out.status.success(), "ldd failed: {}", String::from_utf8_lossy(&out.stderr));
    let libs = String::from_utf8_lossy(&out.stdout).to_lowercase();
    assert!(libs.contains("libc.so"), "ldd output looks wrong:\n{libs}");
    for banned in ["gtk", "webkit", "gdk", "javascriptcore"] {
        assert!(!libs.contains(banned), "unsit links {banned}:\n{libs}");
    }
}
