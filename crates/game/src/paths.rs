//! Where the game keeps its files: the data folder (exports, saves, the user's scenarios),
//! the list of saved games, and the settings file.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

/// Where the game keeps exports, replays and saves: `$XDG_DATA_HOME/zero-draft` or
/// `~/.local/share/zero-draft`.
pub(crate) fn data_dir() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("zero-draft")
}

/// Where the game keeps its saves.
pub fn saves_dir() -> PathBuf {
    data_dir().join("saves")
}

/// Saved games, newest first.
pub fn saves() -> Vec<PathBuf> {
    let mut out: Vec<(SystemTime, PathBuf)> = std::fs::read_dir(saves_dir())
        .map(|r| {
            r.flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
                .map(|e| {
                    (
                        e.metadata()
                            .and_then(|m| m.modified())
                            .unwrap_or(UNIX_EPOCH),
                        e.path(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort_by(|a, b| b.0.cmp(&a.0));
    out.into_iter().map(|(_, p)| p).collect()
}

/// The settings file: `$XDG_CONFIG_HOME/zero-draft/settings.ron` or
/// `~/.config/zero-draft/settings.ron`.
pub(crate) fn settings_file() -> PathBuf {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("zero-draft").join("settings.ron")
}
