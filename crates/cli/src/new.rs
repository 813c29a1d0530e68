//! `zero-draft new`: a scenario skeleton from a draft in plain text or Markdown.

use std::path::Path;

use zero_draft_engine::error::printable;
use zero_draft_engine::files::{atomic_write, read_capped};
use zero_draft_engine::scenario::{LIMITS, parse_str};
use zero_draft_engine::skeleton::{Options, skeleton};

use crate::cli::{emit, note};

pub(crate) struct Request<'a> {
    pub draft: &'a Path,
    pub out: Option<&'a Path>,
    pub id: Option<String>,
    pub title: Option<String>,
    pub language: String,
    pub states: Option<Vec<String>>,
}

pub(crate) fn run(r: Request) -> Result<(), String> {
    let name = printable(&r.draft.display().to_string()).to_string();
    let text =
        read_capped(r.draft, LIMITS.file_bytes as u64).map_err(|p| format!("{name}: {p}"))?;
    let id = r.id.unwrap_or_else(|| id_from(r.out.unwrap_or(r.draft)));
    if !zero_draft_engine::scenario::is_language_code(&r.language) {
        return Err(format!(
            "`{}` is not a language code: two or three lower-case letters (`en`, `fr`, `es`)",
            printable(&r.language)
        ));
    }
    let options = Options {
        id,
        title: r.title,
        language: r.language,
        states: r.states,
    };
    let source = skeleton(&text, &options).map_err(|e| format!("{name}: {e}"))?;
    // The skeleton must validate as written; anything else is a fault of `new`, said plainly.
    if let Err(e) = parse_str("the skeleton", &source) {
        return Err(format!(
            "the skeleton written from {name} does not validate:\n{e}"
        ));
    }
    match r.out {
        None => emit(&source),
        Some(out) => {
            if out.exists() {
                return Err(format!(
                    "{} already exists; `new` never overwrites a file (choose another --out)",
                    printable(&out.display().to_string())
                ));
            }
            atomic_write(out, source.as_bytes())
                .map_err(|e| format!("{}: {e}", printable(&out.display().to_string())))?;
            note(&format!(
                "wrote {}: check it with `zero-draft check {}`",
                printable(&out.display().to_string()),
                printable(&out.display().to_string())
            ));
            Ok(())
        }
    }
}

/// A scenario id from a file name: its stem, in the letters ids may use.
fn id_from(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let id: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let id = id.trim_matches(|c| c == '-' || c == '.').to_string();
    if id.is_empty() {
        "new-room".to_string()
    } else {
        id
    }
}
