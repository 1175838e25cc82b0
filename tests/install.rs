//! `scripts/install`: the programs, the menu entry and the icon, in a staging root.

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::Command;

use crate::support::repo_root;

#[test]
fn install_puts_the_programs_the_menu_entry_and_the_icon_in_place() {
    let built = tempfile::tempdir().unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_unsit"), built.path().join("unsit")).unwrap();
    // The webview program is only copied; any executable stands in for it here.
    let ui = built.path().join("unsit-ui");
    std::fs::write(&ui, "#!/bin/sh\n").unwrap();
    std::fs::set_permissions(&ui, std::fs::Permissions::from_mode(0o755)).unwrap();
    let stage = tempfile::tempdir().unwrap();

    let out = Command::new(repo_root().join("scripts/install"))
        .args(["--bin", built.path().to_str().unwrap(), "--prefix", "/opt/unsit", "--destdir"])
        .arg(stage.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let root = stage.path().join("opt/unsit");

    let version = Command::new(root.join("bin/unsit")).arg("--version").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&version.stdout), format!("unsit {}\n", unsit::VERSION));
    assert!(root.join("bin/unsit-ui").metadata().unwrap().permissions().mode() & 0o111 != 0);

    let entry = root.join(format!("share/applications/{}.desktop", unsit::APP_ID));
    let text = std::fs::read_to_string(&entry).unwrap();
    for exec in ["open", "break", "pause 1h", "open settings", "open history"] {
        assert!(text.contains(&format!("\nExec=/opt/unsit/bin/unsit {exec}\n")), "{exec}: {text}");
    }
    assert!(text.contains(&format!("\nIcon={}\n", unsit::APP_ID)), "{text}");
    let valid = Command::new("desktop-file-validate").arg(&entry).output().expect("desktop-file-validate");
    assert!(valid.status.success() && valid.stdout.is_empty(), "{valid:?}");

    let icon = root.join(format!("share/icons/hicolor/scalable/apps/{}.svg", unsit::APP_ID));
    let png = stage.path().join("icon.png");
    let drawn = Command::new("rsvg-convert").args(["-w", "48", "-o"]).arg(&png).arg(&icon).status().unwrap();
    assert!(drawn.success() && png.metadata().unwrap().len() > 0);

    // A relative prefix is refused before anything is written.
    let out = Command::new(repo_root().join("scripts/install"))
        .args(["--bin", built.path().to_str().unwrap(), "--prefix", "usr", "--destdir"])
        .arg(stage.path().join("second"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!Path::new(&stage.path().join("second")).exists());
}
