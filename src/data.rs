//! unsit's data folder (`Dirs::data`, `$XDG_DATA_HOME/unsit`): what unsit remembers
//! that is not a setting. For now, that the safety advice was read.

use std::path::Path;

/// The marker file whose presence says the safety advice was acknowledged.
const SAFETY_ACKNOWLEDGED: &str = "safety-acknowledged";

/// Whether the person has acknowledged the safety advice (shown until they do, once).
pub fn safety_acknowledged(dir: &Path) -> bool {
    dir.join(SAFETY_ACKNOWLEDGED).is_file()
}

/// Remembers that the safety advice was acknowledged, with the date, written atomically.
pub fn acknowledge_safety(dir: &Path) -> std::io::Result<()> {
    let today = chrono::Local::now().format("%Y-%m-%d");
    write_atomically(&dir.join(SAFETY_ACKNOWLEDGED), &format!("acknowledged on {today}\n"))
}

/// Writes `text` to `path` through a temporary file in the same folder and a rename, so the file
/// is either the old one or the new one, never half written.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&temp, text).and_then(|()| std::fs::rename(&temp, path)).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safety_is_acknowledged_once_and_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("unsit");
        assert!(!safety_acknowledged(&data));
        acknowledge_safety(&data).unwrap();
        assert!(safety_acknowledged(&data));
        let names: Vec<_> = std::fs::read_dir(&data).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["safety-acknowledged"], "no temporary file is left behind");
    }
}
