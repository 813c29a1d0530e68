//! Reading scenario files: size limits, RON syntax errors with their location, then validation.

use std::path::Path;

use ron::extensions::Extensions;

use super::{Scenario, validate};
use crate::error::{FileError, Problem};

/// Bounds that keep a hostile or mistaken file from exhausting memory or time.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub file_bytes: usize,
    pub delegations: usize,
    pub paragraphs: usize,
    pub clauses: usize,
    pub tags: usize,
    pub rules: usize,
    pub text_chars: usize,
    pub rounds: u32,
}

pub const LIMITS: Limits = Limits {
    file_bytes: 8 * 1024 * 1024,
    delegations: 400,
    paragraphs: 2_000,
    clauses: 8_000,
    tags: 1_000,
    rules: 20_000,
    text_chars: 4_000,
    rounds: 500,
};

pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Parses and validates scenario text; `file` names it in messages.
pub fn parse_str(file: &str, source: &str) -> Result<Scenario, FileError> {
    if source.len() > LIMITS.file_bytes {
        return Err(FileError::single(
            file,
            Problem::plain(format!(
                "file is {} bytes; scenarios are limited to {} bytes",
                source.len(),
                LIMITS.file_bytes
            )),
        ));
    }
    let scenario: Scenario = ron_options()
        .from_str(source)
        .map_err(|e| FileError::single(file, Problem::from_ron(&e)))?;
    let problems = validate(&scenario, source);
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(FileError {
            file: file.to_string(),
            problems,
        })
    }
}

/// Reads, parses and validates a scenario file.
pub fn load_file(path: &Path) -> Result<(Scenario, String), FileError> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path)
        .map_err(|e| FileError::single(&name, Problem::plain(format!("cannot read: {e}"))))?;
    if meta.len() > LIMITS.file_bytes as u64 {
        return Err(FileError::single(
            &name,
            Problem::plain(format!(
                "file is {} bytes; scenarios are limited to {} bytes",
                meta.len(),
                LIMITS.file_bytes
            )),
        ));
    }
    let source = std::fs::read_to_string(path)
        .map_err(|e| FileError::single(&name, Problem::plain(format!("cannot read: {e}"))))?;
    let scenario = parse_str(&name, &source)?;
    Ok((scenario, source))
}
