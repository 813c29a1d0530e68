//! The scenario library: every `.ron` in `scenarios/` and in the user's scenarios folder,
//! re-read when a file changes on disk. A broken file is listed with its error.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use bevy::prelude::*;

use zero_draft_engine::Model;
use zero_draft_engine::scenario::load_file;

pub struct Entry {
    pub path: PathBuf,
    modified: Option<SystemTime>,
    pub loaded: Result<(Arc<Model>, String), String>,
}

impl Entry {
    pub fn title(&self) -> String {
        match &self.loaded {
            Ok((m, _)) => m.scenario.meta.title.clone(),
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
    since_scan: f32,
}

impl Default for Library {
    /// The project's `scenarios/` and the user's scenarios folder.
    fn default() -> Self {
        Library::of(vec![
            PathBuf::from("scenarios"),
            crate::paths::data_dir().join("scenarios"),
        ])
    }
}

impl Library {
    pub fn of(folders: Vec<PathBuf>) -> Library {
        Library {
            entries: Vec::new(),
            folders,
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
        self.entries
            .retain(|e| found.iter().any(|(p, _)| p == &e.path));
        for (path, modified) in found {
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
        // The tutorial first (where a new player starts), then by file name.
        let rank = |p: &Path| p.file_stem().is_none_or(|s| s != "tutorial");
        self.entries
            .sort_by(|a, b| (rank(&a.path), &a.path).cmp(&(rank(&b.path), &b.path)));
    }
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
