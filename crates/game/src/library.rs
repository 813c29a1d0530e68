//! The scenario library: the scenarios shipped inside the game, every `.ron` in `scenarios/`
//! (a shipped one there replaces its built-in copy, so an author sees their edits) and in the
//! user's scenarios folder, re-read when a file changes on disk. A broken file is listed with
//! its error.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use bevy::prelude::*;

use zero_draft_engine::Model;
use zero_draft_engine::scenario::{load_file, parse_str};

/// The shipped scenarios, built into the game so that it finds them started from any folder
/// and installed anywhere. Each is listed as `scenarios/<name>`, as records name it.
const SHIPPED: [(&str, &str); 5] = [
    (
        "tutorial.ron",
        include_str!("../../../scenarios/tutorial.ron"),
    ),
    (
        "oewg-2020-predraft.ron",
        include_str!("../../../scenarios/oewg-2020-predraft.ron"),
    ),
    (
        "oewg-2022-apr.ron",
        include_str!("../../../scenarios/oewg-2022-apr.ron"),
    ),
    (
        "oewg-2023-apr.ron",
        include_str!("../../../scenarios/oewg-2023-apr.ron"),
    ),
    (
        "gge-2017.ron",
        include_str!("../../../scenarios/gge-2017.ron"),
    ),
];

pub struct Entry {
    pub path: PathBuf,
    modified: Option<SystemTime>,
    pub loaded: Result<(Arc<Model>, String), String>,
}

impl Entry {
    pub fn title(&self) -> String {
        match &self.loaded {
            Ok((m, _)) => m.scenario.meta.title.to_string(),
            Err(_) => self
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }
    }
}

#[derive(Resource)]
pub struct Library {
    pub entries: Vec<Entry>,
    /// Where scenario files are looked for.
    pub folders: Vec<PathBuf>,
    /// Whether the built-in scenarios are listed (where no file of the same path is).
    shipped: bool,
    since_scan: f32,
}

impl Default for Library {
    /// The built-in scenarios, `scenarios/` where the game is started, and the user's
    /// scenarios folder.
    fn default() -> Self {
        Library {
            shipped: true,
            ..Library::of(vec![
                PathBuf::from("scenarios"),
                crate::paths::data_dir().join("scenarios"),
            ])
        }
    }
}

impl Library {
    pub fn of(folders: Vec<PathBuf>) -> Library {
        Library {
            entries: Vec::new(),
            folders,
            shipped: false,
            since_scan: 0.0,
        }
    }

    /// Re-reads new or changed files and drops vanished ones.
    pub fn rescan(&mut self) {
        let mut found: Vec<(PathBuf, Option<SystemTime>)> = Vec::new();
        for dir in &self.folders {
            let Ok(read) = std::fs::read_dir(dir) else {
                continue;
            };
            for e in read.flatten() {
                let path = e.path();
                if path.extension().is_some_and(|x| x == "ron") {
                    found.push((path, e.metadata().and_then(|m| m.modified()).ok()));
                }
            }
        }
        found.sort();
        let built_in = |p: &Path| {
            self.shipped
                && p.parent() == Some(Path::new("scenarios"))
                && SHIPPED
                    .iter()
                    .any(|(name, _)| p.file_name() == Some(name.as_ref()))
        };
        self.entries
            .retain(|e| built_in(&e.path) || found.iter().any(|(p, _)| p == &e.path));
        for (path, modified) in found.iter().cloned() {
            match self.entries.iter_mut().find(|e| e.path == path) {
                Some(e) if e.modified == modified => {}
                Some(e) => {
                    e.loaded = load(&path);
                    e.modified = modified;
                }
                None => self.entries.push(Entry {
                    loaded: load(&path),
                    path,
                    modified,
                }),
            }
        }
        for (name, source) in SHIPPED.iter().filter(|_| self.shipped) {
            let path = Path::new("scenarios").join(name);
            if found.iter().any(|(p, _)| *p == path) {
                continue;
            }
            match self.entries.iter_mut().find(|e| e.path == path) {
                // Read once; a file of the same path that went away leaves the built-in.
                Some(e) if e.modified.is_none() => {}
                Some(e) => {
                    e.loaded = built_in_model(&path, source);
                    e.modified = None;
                }
                None => self.entries.push(Entry {
                    loaded: built_in_model(&path, source),
                    path,
                    modified: None,
                }),
            }
        }
        // The tutorial first (where a new player starts), then by file name.
        let rank = |p: &Path| p.file_stem().is_none_or(|s| s != "tutorial");
        self.entries
            .sort_by(|a, b| (rank(&a.path), &a.path).cmp(&(rank(&b.path), &b.path)));
    }
}

fn built_in_model(path: &Path, source: &str) -> Result<(Arc<Model>, String), String> {
    parse_str(&path.display().to_string(), source)
        .map(|s| (Arc::new(Model::new(s)), source.to_string()))
        .map_err(|e| e.to_string())
}

fn load(path: &Path) -> Result<(Arc<Model>, String), String> {
    load_file(path)
        .map(|(s, source)| (Arc::new(Model::new(s)), source))
        .map_err(|e| e.to_string())
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Library>().add_systems(Update, watch);
}

fn watch(mut library: ResMut<Library>, time: Res<Time>) {
    library.since_scan += time.delta_secs();
    if library.since_scan >= 1.0 || library.entries.is_empty() && library.since_scan >= 0.1 {
        library.since_scan = 0.0;
        library.rescan();
    }
}
