//! Where unsit keeps its files, resolved once from the XDG base-directory variables at start and
//! passed to whoever needs a path. Nothing else in unsit reads those variables.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// unsit's folders. A folder is `None` when neither its XDG variable nor `HOME` is set; unsit then
/// keeps what it would have written there in memory only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dirs {
    /// `$XDG_CONFIG_HOME/unsit` (or `~/.config/unsit`): `settings.toml` and `routines/`.
    pub config: Option<PathBuf>,
    /// `$XDG_DATA_HOME/unsit` (or `~/.local/share/unsit`): what unsit remembers that is not a
    /// setting.
    pub data: Option<PathBuf>,
    /// `$XDG_CONFIG_HOME/autostart` (or `~/.config/autostart`): the desktop's autostart entries.
    pub autostart: Option<PathBuf>,
}

impl Dirs {
    /// The folders as this process's environment names them.
    pub fn from_env() -> Dirs {
        Dirs::from_vars(|name| std::env::var_os(name))
    }

    /// The folders from the variables `var` gives: an empty variable counts as unset, as the XDG
    /// base-directory rules say.
    pub fn from_vars(var: impl Fn(&str) -> Option<OsString>) -> Dirs {
        let set = |name: &str| var(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        let home = set("HOME");
        let config_home = set("XDG_CONFIG_HOME").or_else(|| home.as_ref().map(|h| h.join(".config")));
        let data_home = set("XDG_DATA_HOME").or_else(|| home.as_ref().map(|h| h.join(".local/share")));
        Dirs {
            config: config_home.as_ref().map(|c| c.join("unsit")),
            data: data_home.map(|d| d.join("unsit")),
            autostart: config_home.map(|c| c.join("autostart")),
        }
    }

    /// Every folder under `root`, as `from_vars` would give with `XDG_CONFIG_HOME=root/config` and
    /// `XDG_DATA_HOME=root/data`: for tests, which never touch the real home.
    pub fn under(root: &Path) -> Dirs {
        Dirs {
            config: Some(root.join("config/unsit")),
            data: Some(root.join("data/unsit")),
            autostart: Some(root.join("config/autostart")),
        }
    }

    /// `settings.toml`.
    pub fn settings_file(&self) -> Option<PathBuf> {
        Some(self.config.as_ref()?.join("settings.toml"))
    }

    /// The folder of the user's own routines.
    pub fn routines(&self) -> Option<PathBuf> {
        Some(self.config.as_ref()?.join("routines"))
    }

    /// The history (`history.sqlite3`).
    pub fn history_file(&self) -> Option<PathBuf> {
        Some(self.data.as_ref()?.join(crate::history::FILE))
    }

    /// unsit's entry in the autostart folder.
    pub fn autostart_entry(&self) -> Option<PathBuf> {
        Some(self.autostart.as_ref()?.join("unsit.desktop"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, String)> =
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| OsString::from(v))
    }

    #[test]
    fn xdg_variables_win_over_home_and_empty_ones_count_as_unset() {
        let dirs = Dirs::from_vars(vars(&[("HOME", "/h"), ("XDG_CONFIG_HOME", "/c"), ("XDG_DATA_HOME", "")]));
        assert_eq!(dirs.settings_file(), Some(PathBuf::from("/c/unsit/settings.toml")));
        assert_eq!(dirs.routines(), Some(PathBuf::from("/c/unsit/routines")));
        assert_eq!(dirs.autostart_entry(), Some(PathBuf::from("/c/autostart/unsit.desktop")));
        assert_eq!(dirs.data, Some(PathBuf::from("/h/.local/share/unsit")));
    }

    #[test]
    fn with_no_home_there_are_no_folders() {
        let dirs = Dirs::from_vars(vars(&[]));
        assert_eq!(dirs, Dirs::default());
        assert_eq!(dirs.settings_file(), None);
    }

    #[test]
    fn under_a_root_is_what_the_variables_would_give() {
        let dirs = Dirs::from_vars(vars(&[("XDG_CONFIG_HOME", "/t/config"), ("XDG_DATA_HOME", "/t/data")]));
        assert_eq!(dirs, Dirs::under(Path::new("/t")));
    }
}
