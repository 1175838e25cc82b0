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
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        std::io::Write::write_all(&mut file, text.as_bytes())?;
        // On disk before it takes the old file's place, so a crash of the machine cannot leave
        // an empty file where the settings were.
        file.sync_all()?;
        std::fs::rename(&temp, path)
    };
    write().inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

/// Removes what [`write_atomically`] left beside `path` when its process was killed mid-write
/// (`.NAME.PID.tmp` of a process that is gone); says how many.
pub fn remove_stale_temporaries(path: &Path) -> usize {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return 0;
    };
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let prefix = format!(".{name}.");
    let mut removed = 0;
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(pid) =
            file.to_str().and_then(|f| f.strip_prefix(&prefix)).and_then(|f| f.strip_suffix(".tmp"))
        else {
            continue;
        };
        let gone = pid.parse::<u32>().is_ok_and(|pid| !Path::new(&format!("/proc/{pid}")).exists());
        if gone && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
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

    #[test]
    fn only_the_temporaries_of_processes_that_are_gone_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        std::fs::write(&path, "x").unwrap();
        // PIDs above the kernel's pid_max (4194304 at most) belong to no process.
        for name in [".settings.toml.4194305.tmp", ".settings.toml.4194306.tmp", ".other.toml.4194305.tmp"] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let mine = dir.path().join(format!(".settings.toml.{}.tmp", std::process::id()));
        std::fs::write(&mine, "").unwrap();
        assert_eq!(remove_stale_temporaries(&path), 2);
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        let mine = mine.file_name().unwrap().to_str().unwrap().to_string();
        assert_eq!(names, [".other.toml.4194305.tmp".to_string(), mine, "settings.toml".to_string()]);
    }
}
