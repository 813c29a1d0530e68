//! Files the program writes and reads back: atomic writes and game records.

use std::io::Write;
use std::path::Path;

use crate::error::{FileError, Problem};
use crate::record::{GameRecord, RECORD_FORMAT, RecordV1};

/// Largest game record read (a long OEWG game's record is a few megabytes).
pub const RECORD_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a text file of at most `limit` bytes. Anything but a regular file (a FIFO, a device
/// such as `/dev/zero`, a folder) is refused before it is opened, and the read itself stops
/// past the limit, whatever size the file claims.
pub fn read_capped(path: &Path, limit: u64) -> Result<String, Problem> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| Problem::plain(format!("cannot read: {e}")))?;
    if !meta.is_file() {
        return Err(Problem::plain(
            "is not a regular file (a folder, a device or a pipe); give the path of a file",
        ));
    }
    if meta.len() > limit {
        return Err(Problem::plain(format!(
            "file is {} bytes; the limit is {limit} bytes",
            meta.len()
        )));
    }
    let file =
        std::fs::File::open(path).map_err(|e| Problem::plain(format!("cannot read: {e}")))?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Problem::plain(format!("cannot read: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(Problem::plain(format!(
            "file is over the limit of {limit} bytes"
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        Problem::plain(format!(
            "is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Whether `path` may be written: a new path or an existing regular file, never a symbolic
/// link, a device, a pipe or a folder (writing would replace them with a plain file).
pub fn check_writable(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
        Ok(m) if m.file_type().is_symlink() => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "is a symbolic link; give the path of a regular file",
        )),
        Ok(m) if !m.is_file() => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "is not a regular file (a device, a pipe or a folder); it is left as it is",
        )),
        Ok(_) => Ok(()),
    }
}

/// Writes through a temporary file in the same folder, synced, then renamed over the target,
/// so a crash mid-write leaves the previous file intact. Only new paths and regular files are
/// written (see `check_writable`); temporary files left by a killed writer are removed.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    check_writable(path)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    clean_stale_temporaries(dir, &name);
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

/// Removes `.name.tmpPID-N` files whose writer is no longer running (killed mid-write).
fn clean_stale_temporaries(dir: &Path, name: &str) {
    let prefix = format!(".{name}.tmp");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether a process is running (Linux: it has a `/proc` entry; elsewhere assumed alive, so
/// nothing another writer might still need is removed).
fn process_alive(pid: u32) -> bool {
    if Path::new("/proc/self").exists() {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        true
    }
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
    let text = read_capped(path, RECORD_BYTES).map_err(|p| FileError::single(&name, p))?;
    parse_record(&name, &text)
}

/// Parses a game record's text (any supported format) and checks its scenario digest; `name`
/// names it in messages.
pub fn parse_record(name: &str, text: &str) -> Result<GameRecord, FileError> {
    let name = name.to_string();
    // A byte-order mark some editors write is not part of the text.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let probe: FormatProbe = match crate::scenario::ron_options().from_str(text) {
        Ok(p) => p,
        Err(e) if matches!(e.code, ron::Error::MissingStructField { .. }) => {
            // A record keeps its scenario inside it, so look for a record's own fields first.
            let record = text.contains("scenario_source:") && text.contains("inputs:");
            let scenario = text.contains("meta:") && text.contains("draft:");
            return Err(FileError::single(
                &name,
                Problem::plain(if record {
                    "this game record has lost its `format` field (records begin with `format: 2`, \
                     or `format: 1` for older ones): put it back as the first field"
                } else if scenario {
                    "this is a scenario, not a game record (`zero-draft validate` checks it; `zero-draft simulate --log` writes a record)"
                } else {
                    "this is not a game record: it has no `format` field"
                }),
            ));
        }
        Err(e) => return Err(FileError::single(&name, Problem::from_ron(&e))),
    };
    let parse_err = |e: ron::error::SpannedError| FileError::single(&name, Problem::from_ron(&e));
    let record: GameRecord = match probe.format {
        1 => crate::scenario::ron_options()
            .from_str::<RecordV1>(text)
            .map_err(parse_err)?
            .into(),
        RECORD_FORMAT => crate::scenario::ron_options()
            .from_str(text)
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
