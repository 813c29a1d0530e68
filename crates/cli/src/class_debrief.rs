//! `class-debrief`: a lesson's tables compared, as Markdown and HTML (the host writes it at the
//! end of a class of several tables; the teacher may write it again from the records).

use std::path::{Path, PathBuf};

use zero_draft_engine::files::atomic_write;

use crate::cli::{emit, writable};

// `class-debrief` (its help text is the subcommand's, in cli.rs).
#[derive(clap::Args, Debug)]
pub struct ClassDebriefArgs {
    /// The tables' records (the same scenario and seed), in table order.
    #[arg(required = true)]
    pub records: Vec<PathBuf>,
    /// AI-only games to compare the tables with.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=10_000))]
    pub runs: u64,
    /// Students' moves to try without them, at most (the earliest first at each table).
    #[arg(long, default_value_t = 60)]
    pub moves: usize,
    /// Where to write the Markdown (an `.html` is written beside it).
    #[arg(long, default_value = "class.debrief.md")]
    pub out: PathBuf,
}

pub fn class_debrief(a: ClassDebriefArgs) -> Result<(), String> {
    write(&a.records, &a.out, a.runs, a.moves)
}

/// Compares the records and writes `out` (Markdown) and the same with `.html`.
pub fn write(records: &[PathBuf], out: &Path, runs: u64, moves: usize) -> Result<(), String> {
    let html = out.with_extension("html");
    writable(out)?;
    writable(&html)?;
    let mut read: Vec<zero_draft_engine::record::GameRecord> = Vec::new();
    let mut model: Option<(std::sync::Arc<zero_draft_engine::model::Model>, PathBuf)> = None;
    for path in records {
        let (r, m) = crate::records::open_record(path)?;
        match (&model, read.first()) {
            (Some((_, first_path)), Some(first))
                if first.scenario_digest != r.scenario_digest || first.seed != r.seed =>
            {
                return Err(format!(
                    "{}: another scenario or seed than {}: a class debrief compares tables of one scenario and seed",
                    path.display(),
                    first_path.display()
                ));
            }
            (Some(_), _) => {}
            (None, _) => model = Some((m, path.clone())),
        }
        read.push(r);
    }
    let Some((model, _)) = model else {
        return Err("no record to compare".into());
    };
    let c = zero_draft_engine::compare::compare(&model, &read, runs, moves)
        .map_err(|(k, e)| crate::records::replay_failed(&records[k], &model, &e))?;
    for (path, format) in [
        (out, zero_draft_text::Format::Markdown),
        (html.as_path(), zero_draft_text::Format::Html),
    ] {
        atomic_write(
            path,
            zero_draft_text::class_debrief(&model, &c, format).as_bytes(),
        )
        .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    emit(&format!(
        "class debrief: {} and {}\n",
        out.display(),
        html.display()
    ))
}
