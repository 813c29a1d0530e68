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
        let message = match &e.code {
            ron::Error::ExceededRecursionLimit => {
                "the text nests deeper than Zero Draft reads (is it really a file Zero Draft wrote?)"
                    .to_string()
            }
            code => code.to_string(),
        };
        Problem {
            location: Some((e.span.start.line, e.span.start.col)),
            path: None,
            message,
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
            write!(f, "{}: ", printable(path))?;
        }
        f.write_str(&printable(&self.message))
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            let file = printable(&self.file);
            if p.location.is_some() {
                write!(f, "{file}:{p}")?;
            } else {
                write!(f, "{file}: {p}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for FileError {}

/// Whether a text shows nothing: only spaces and invisible characters (zero-width spaces and
/// joiners, direction marks, word joiners, byte-order marks, soft hyphens).
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
    })
}

/// Text safe to print on a terminal: control characters (escape sequences, newlines, bells)
/// and invisible ones are shown escaped, so a hostile file cannot drive the terminal or hide
/// what it contains.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
    };
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}
