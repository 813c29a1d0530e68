//! The record is kept on disk as the game goes, written on a thread of its own so the server's
//! tick never waits for the disk; and once more, on the tick, when the server exits.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use bevy::prelude::*;
use zero_draft_engine::files::atomic_write;
use zero_draft_engine::record::GameRecord;
use zero_draft_engine::signing::sealed_text;

pub struct Saver {
    path: Option<PathBuf>,
    /// The writing thread, started with the first record handed to it.
    writer: Option<(Sender<GameRecord>, JoinHandle<()>)>,
    /// Inputs in the last record handed to the thread.
    pub(super) saved_inputs: usize,
}

impl Saver {
    pub fn new(path: Option<PathBuf>) -> Saver {
        Saver {
            path,
            writer: None,
            saved_inputs: usize::MAX,
        }
    }

    /// Hands the record to the writing thread.
    pub fn send(&mut self, record: GameRecord) {
        self.saved_inputs = record.inputs.len();
        let Some(path) = self.path.clone() else {
            return;
        };
        let (tx, _) = self.writer.get_or_insert_with(|| {
            let (tx, rx) = channel::<GameRecord>();
            (tx, std::thread::spawn(move || write_latest(&path, rx)))
        });
        let _ = tx.send(record);
    }

    /// Writes the record now, on this thread. The writing thread first finishes what it holds
    /// (older records): written after this one, it would leave the file behind the game.
    pub fn write_now(&mut self, record: &GameRecord) -> std::io::Result<()> {
        self.saved_inputs = record.inputs.len();
        if let Some((tx, thread)) = self.writer.take() {
            drop(tx);
            let _ = thread.join();
        }
        match &self.path {
            Some(p) => atomic_write(p, sealed_text(record).as_bytes()),
            None => Ok(()),
        }
    }
}

/// A host that stops lets the writing thread finish: the last record handed to it reaches
/// the disk before the process ends.
impl Drop for Saver {
    fn drop(&mut self) {
        if let Some((tx, thread)) = self.writer.take() {
            drop(tx);
            let _ = thread.join();
        }
    }
}

/// Writes each record it receives, skipping to the newest when several are waiting.
fn write_latest(path: &std::path::Path, rx: Receiver<GameRecord>) {
    while let Ok(mut record) = rx.recv() {
        while let Ok(newer) = rx.try_recv() {
            record = newer;
        }
        if let Err(e) = atomic_write(path, sealed_text(&record).as_bytes()) {
            warn!("cannot write the record to {}: {e}", path.display());
        }
    }
}

/// On exit (Ctrl+C, the end of a headless game), the record is written before the app closes.
pub(super) fn save_on_exit(mut exit: MessageReader<AppExit>, mut class: ResMut<super::Tables>) {
    if exit.read().next().is_some()
        && let Err(e) = class.save_now()
    {
        error!("cannot write the record: {e}");
    }
}
