//! Reading scenario files: the file-size limit, RON syntax errors with their location, then
//! validation.

use std::path::Path;

use ron::extensions::Extensions;

use super::{Scenario, limits, validate};
use crate::error::{FileError, Problem};

pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Parses and validates scenario text; `file` names it in messages.
pub fn parse_str(file: &str, source: &str) -> Result<Scenario, FileError> {
    limits::check_file_size(source.len() as u64).map_err(|p| FileError::single(file, p))?;
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
    limits::check_file_size(meta.len()).map_err(|p| FileError::single(&name, p))?;
    let source = std::fs::read_to_string(path)
        .map_err(|e| FileError::single(&name, Problem::plain(format!("cannot read: {e}"))))?;
    let scenario = parse_str(&name, &source)?;
    Ok((scenario, source))
}
