//! `zero-draft validate`: every problem of each scenario file with its place, and after a valid
//! file's summary the texts that lack a translation others have.

use std::path::PathBuf;

use zero_draft_engine::error::printable;
use zero_draft_engine::scenario::load_file;

use crate::cli::{emit, note};

pub(crate) fn run(files: &[PathBuf]) -> Result<(), String> {
    let mut failed = 0;
    for f in files {
        match load_file(f) {
            Ok((s, source)) => {
                let delegations: usize = s.blocs.iter().map(|b| b.delegations.len()).sum();
                let paragraphs: usize = s.draft.iter().map(|x| x.paragraphs.len()).sum();
                let cost = zero_draft_engine::scenario::limits::cost(&s).total();
                let work = zero_draft_engine::scenario::limits::work(&s).total();
                emit(&format!(
                    "{}: ok — \"{}\", {} sections, {paragraphs} paragraphs, {} blocs, {delegations} delegations, a game needs at most {} MB and {} million steps\n",
                    printable(&f.display().to_string()),
                    printable(&s.meta.title),
                    s.draft.len(),
                    s.blocs.len(),
                    cost.div_ceil(1024 * 1024),
                    work.div_ceil(1_000_000)
                ))?;
                // Untranslated texts are not errors (they show as written), but an author
                // translating a scenario wants every one of them found.
                let missing = zero_draft_engine::scenario::translate::missing(&s, &source);
                if !missing.is_empty() {
                    let at = zero_draft_engine::error::FileError {
                        file: f.display().to_string(),
                        problems: missing,
                    };
                    emit(&format!("{at}\n"))?;
                }
            }
            Err(e) => {
                failed += 1;
                note(&e.to_string());
            }
        }
    }
    if failed > 0 {
        Err(format!("{failed} of {} files have errors", files.len()))
    } else {
        Ok(())
    }
}
