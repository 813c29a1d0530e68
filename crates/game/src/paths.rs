//! Where the game keeps its files: the data folder (exports, saves, the user's scenarios),
//! the list of saved games, and the settings file.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// Where the game keeps exports, replays and saves: `$XDG_DATA_HOME/zero-draft` or
/// `~/.local/share/zero-draft` (the same folder that keeps the key records are sealed with).
pub(crate) fn data_dir() -> PathBuf {
    zero_draft_engine::signing::data_dir()
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
    out.sort_by_key(|p| std::cmp::Reverse(p.0));
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

/// `dir/name`, only when it lies directly inside `dir`: a name taken from a file (a scenario
/// id) can never lead the game to write anywhere else.
pub fn inside(dir: &Path, name: &str) -> Option<PathBuf> {
    let safe = !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    let path = dir.join(name);
    (safe && path.parent() == Some(dir)).then_some(path)
}

/// Whether a desktop session is there to open a window in: a Wayland or X11 display is named,
/// and a local X11 display's socket exists.
pub fn has_display() -> bool {
    // The game is built for X11 only (under Wayland it runs through XWayland, which sets
    // DISPLAY): a Wayland session alone cannot open its window.
    let Some(display) = std::env::var_os("DISPLAY").filter(|x| !x.is_empty()) else {
        return false;
    };
    let display = display.to_string_lossy().into_owned();
    // ":N" or ":N.S" is a local server listening on /tmp/.X11-unix/XN; a socket left behind by
    // a server that has gone refuses the connection.
    match display.strip_prefix(':') {
        Some(rest) => {
            let n = rest.split('.').next().unwrap_or("");
            let socket = Path::new("/tmp/.X11-unix").join(format!("X{n}"));
            std::os::unix::net::UnixStream::connect(socket).is_ok()
        }
        None => true,
    }
}

/// The one line a person sees when the game cannot open a window here.
pub const NO_DISPLAY: &str = "zero-draft: the game needs an X11 desktop session (under Wayland, XWayland) and none answers here (DISPLAY is unset or its server is gone); the headless commands work anywhere: simulate, validate, replay, export (see `zero-draft --help`)";
