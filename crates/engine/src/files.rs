//! Files the program writes and reads back: atomic writes and game records.

use std::io::Write;
use std::path::Path;

use crate::error::{FileError, Problem};
use crate::record::{GameRecord, RECORD_FORMAT, RecordV1};

/// Writes through a temporary file in the same folder, synced, then renamed over the target,
/// so a crash mid-write leaves the previous file intact.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    // Unique per write, so concurrent writes to the same file never share a temporary.
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.tmp{}-{n}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

pub fn record_to_string(record: &GameRecord) -> String {
    ron::ser::to_string_pretty(record, ron::ser::PrettyConfig::default())
        .expect("game records always serialise")
}

/// Just the version of a record, read before the rest so that each format gets its parser.
#[derive(serde::Deserialize)]
struct FormatProbe {
    format: u32,
}

/// Reads a game record, with the location of any syntax error.
///
/// Records say which format they use. When the format changes, the old layout keeps a type of
/// its own here and is converted to the current one after parsing, so old saves stay readable.
pub fn read_record(path: &Path) -> Result<GameRecord, FileError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| FileError::single(&name, Problem::plain(format!("cannot read: {e}"))))?;
    let probe: FormatProbe = crate::scenario::ron_options()
        .from_str(&text)
        .map_err(|e| FileError::single(&name, Problem::from_ron(&e)))?;
    let parse_err = |e: ron::error::SpannedError| FileError::single(&name, Problem::from_ron(&e));
    let record: GameRecord = match probe.format {
        1 => crate::scenario::ron_options()
            .from_str::<RecordV1>(&text)
            .map_err(parse_err)?
            .into(),
        RECORD_FORMAT => crate::scenario::ron_options()
            .from_str(&text)
            .map_err(parse_err)?,
        newer if newer > RECORD_FORMAT => {
            return Err(FileError::single(
                &name,
                Problem::at_path(
                    "format",
                    format!(
                        "record format {newer} comes from a newer Zero Draft (this one reads formats 1 to {RECORD_FORMAT})"
                    ),
                ),
            ));
        }
        other => {
            return Err(FileError::single(
                &name,
                Problem::at_path(
                    "format",
                    format!(
                        "record format {other} is not supported (this one reads formats 1 to {RECORD_FORMAT})"
                    ),
                ),
            ));
        }
    };
    if !record.scenario_intact() {
        return Err(FileError::single(
            &name,
            Problem::at_path(
                "scenario_source",
                "the scenario embedded in this record was changed after the game was played (its digest does not match); the record cannot be trusted",
            ),
        ));
    }
    Ok(record)
}
