//! Errors about files a user gave us: where in the file, and what was expected.

use std::fmt;

/// One thing wrong with a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// 1-based line and column, when the problem can be pinned to a place in the text.
    pub location: Option<(usize, usize)>,
    /// Path of the item inside the document, e.g. `blocs[2].rules[4].tag`.
    pub path: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn plain(message: impl Into<String>) -> Self {
        Problem {
            location: None,
            path: None,
            message: message.into(),
        }
    }

    pub fn at_path(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            location: None,
            path: Some(path.into()),
            message: message.into(),
        }
    }

    pub fn from_ron(e: &ron::error::SpannedError) -> Self {
        Problem {
            location: Some((e.span.start.line, e.span.start.col)),
            path: None,
            message: e.code.to_string(),
        }
    }
}

/// All problems found in one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileError {
    pub file: String,
    pub problems: Vec<Problem>,
}

impl FileError {
    pub fn single(file: &str, problem: Problem) -> Self {
        FileError {
            file: file.to_string(),
            problems: vec![problem],
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, col)) = self.location {
            write!(f, "{line}:{col}: ")?;
        }
        if let Some(path) = &self.path {
            write!(f, "{path}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            if p.location.is_some() {
                write!(f, "{}:{p}", self.file)?;
            } else {
                write!(f, "{}: {p}", self.file)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for FileError {}
