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
    // A byte-order mark some editors write is not part of the text.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let scenario: Scenario = ron_options().from_str(source).map_err(|e| {
        // A game record given where a scenario is expected: say so rather than name a field.
        let record = matches!(&e.code, ron::Error::NoSuchStructField { found, .. } if found == "format")
            && source.contains("scenario_source:");
        FileError::single(
            file,
            if record {
                Problem::plain(
                    "this is a game record, not a scenario (`zero-draft replay` and `export` read records; \
                     the scenario it was played on is inside it)",
                )
            } else {
                Problem::from_ron(&e)
            },
        )
    })?;
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
    let source = crate::files::read_capped(path, super::LIMITS.file_bytes as u64)
        .map_err(|p| FileError::single(&name, p))?;
    let scenario = parse_str(&name, &source)?;
    Ok((scenario, source))
}
