//! The XDG autostart entry (`Dirs::autostart_entry`, `$XDG_CONFIG_HOME/autostart/unsit.desktop`):
//! present exactly when the `autostart` setting is on.

use std::path::Path;

/// The entry that starts `exe run` with the desktop session.
pub fn entry(exe: &Path) -> String {
    format!(
        "[Desktop Entry]\nType=Application\nName=unsit\nComment=Break reminder that walks you through a \
         hips and lower-back routine\nExec=\"{}\" run\nIcon={}\nTerminal=false\n\
         X-GNOME-Autostart-enabled=true\n",
        exe.display(),
        crate::APP_ID
    )
}

/// Writes or removes the entry at `path` so that it matches `on`; says what changed, if anything.
pub fn sync(path: &Path, on: bool, exe: &Path) -> std::io::Result<Option<&'static str>> {
    let want = entry(exe);
    match (on, std::fs::read_to_string(path).ok()) {
        (true, Some(have)) if have == want => Ok(None),
        (true, _) => crate::data::write_atomically(path, &want).map(|()| Some("autostart entry written")),
        (false, Some(_)) => std::fs::remove_file(path).map(|()| Some("autostart entry removed")),
        (false, None) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_entry_follows_the_setting() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("autostart/unsit.desktop");
        let exe = Path::new("/opt/unsit/bin/unsit");
        assert_eq!(sync(&path, false, exe).unwrap(), None);
        assert_eq!(sync(&path, true, exe).unwrap(), Some("autostart entry written"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("[Desktop Entry]\nType=Application\n"), "{text}");
        assert!(text.contains("\nExec=\"/opt/unsit/bin/unsit\" run\n"), "{text}");
        assert_eq!(sync(&path, true, exe).unwrap(), None, "already there");
        assert_eq!(sync(&path, false, exe).unwrap(), Some("autostart entry removed"));
        assert!(!path.exists());
    }
}
