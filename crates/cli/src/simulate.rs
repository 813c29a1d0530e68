//! `zero-draft simulate`: AI-only games, their statistics and, when asked, how often the
//! room reproduces the historical record.

use std::io::IsTerminal;
use std::path::Path;

use zero_draft_engine::files::atomic_write;
use zero_draft_engine::signing::sealed_text;
use zero_draft_engine::simulate::{paragraph_ids, play, play_unamended, stats, summarise};

use crate::cli::{emit, emit_json, load_model, note, writable};

pub(crate) fn run(
    path: &Path,
    seed: u64,
    runs: u64,
    json: bool,
    check_history: bool,
    log: Option<&Path>,
) -> Result<(), String> {
    if let Some(log) = log {
        writable(log)?;
    }
    let (model, source) = load_model(path)?;
    if check_history && model.scenario.history.is_empty() {
        return Err(format!(
            "{}: the scenario has no historical record to check",
            path.display()
        ));
    }
    let bar = if runs > 1 && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(runs);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} games {elapsed_precise}")
                .map_err(|e| e.to_string())?,
        );
        Some(bar)
    } else {
        None
    };
    let paragraphs = paragraph_ids(&model);
    let mut summaries = Vec::with_capacity(runs as usize);
    for k in 0..runs {
        let game_seed = seed.wrapping_add(k);
        let session = play(&model, game_seed);
        if k == 0
            && let Some(log) = log
        {
            let record = session.record(&path.display().to_string(), &source);
            atomic_write(log, sealed_text(&record).as_bytes())
                .map_err(|e| format!("{}: cannot write: {e}", log.display()))?;
        }
        summaries.push(summarise(&model, &session, &paragraphs));
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    // The do-nothing game (every delegation passes and joins) is the baseline history is
    // measured against.
    let baseline: Option<Vec<bool>> = check_history.then(|| {
        let s = play_unamended(&model, seed);
        model
            .scenario
            .history
            .iter()
            .map(|h| s.holds_in_report(&h.check))
            .collect()
    });
    let stats = stats(&model, seed, &summaries, baseline.as_deref());
    if json {
        emit_json(&serde_json::to_string_pretty(&stats).map_err(|e| e.to_string())?)?;
    } else {
        emit(&zero_draft_text::render_stats(
            &stats,
            &model,
            check_history,
        ))?;
    }
    if let Some(log) = log {
        note(&format!("record of seed {seed} saved to {}", log.display()));
    }
    Ok(())
}
