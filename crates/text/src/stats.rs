//! The simulator's statistics as a plain-text table.

use zero_draft_engine::model::Model;
use zero_draft_engine::simulate::Stats;

pub fn render_stats(stats: &Stats, model: &Model, with_history: bool) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{} — {} AI-only runs (seeds {} to {})\n",
        model.scenario.meta.title,
        stats.runs,
        stats.first_seed,
        stats.first_seed + (stats.runs as u64).saturating_sub(1)
    ));
    out.push_str(&format!(
        "adoption rate         {:.1}%\n",
        stats.adoption_rate * 100.0
    ));
    out.push_str(&format!("median rounds         {}\n", stats.median_rounds));
    out.push_str(&format!(
        "corridor              {:.2} deals and {:.2} soundings per game\n",
        stats.deals_per_game, stats.soundings_per_game
    ));
    out.push_str(&format!("Chair deletions       {:.2} contested clauses per game (plus {:.2} stripped at adoption)\n", stats.mean_chair_deletions, stats.mean_stripped));
    out.push_str(&format!(
        "final texts           {} distinct paragraph-fate patterns; the most common in {:.1}% of games\n",
        stats.distinct_final_texts,
        stats.modal_final_text_share * 100.0
    ));
    out.push_str("\nparagraph survival\n");
    for (p, share) in &stats.paragraph_survival {
        out.push_str(&format!("  {:<14} {:>6.1}%\n", p, share * 100.0));
    }
    out.push_str("\ndelegation scores (mean, 0–100)\n");
    for (d, score) in &stats.delegation_scores {
        let name = model.delegation(d).map(|i| model.name(i)).unwrap_or(d);
        out.push_str(&format!("  {:<28} {:>6.1}\n", name, score));
    }
    if with_history {
        out.push_str("\nhistorical outcomes (share of runs reproducing each)\n");
        for h in &stats.history {
            let mark = if h.met_by_draft == Some(true) {
                "  (already true of the unamended draft)"
            } else {
                ""
            };
            out.push_str(&format!(
                "  {:>6.1}%  {}{mark}\n",
                h.share * 100.0,
                h.description
            ));
        }
        match stats.fidelity {
            Some(f) => out.push_str(&format!("fidelity              {f:.3}\n")),
            None => {
                out.push_str("fidelity              n/a (the scenario has no historical record)\n")
            }
        }
        if let (Some(b), Some(l)) = (stats.baseline_fidelity, stats.lift) {
            out.push_str(&format!(
                "baseline              {b:.3} (the zero draft adopted unamended)\n"
            ));
            out.push_str(&format!("lift                  {l:+.3}\n"));
            let informative = stats
                .history
                .iter()
                .filter(|h| h.met_by_draft == Some(false))
                .count();
            match (stats.informative_fidelity, stats.informative_lift) {
                (Some(f), Some(l)) => {
                    out.push_str(&format!(
                        "informative fidelity  {f:.3} (the {informative} of {} checks the unamended draft does not meet)\n",
                        stats.history.len()
                    ));
                    out.push_str(&format!("informative lift      {l:+.3}\n"));
                }
                _ => out.push_str(
                    "informative fidelity  n/a (the unamended draft meets every check: they say nothing of the negotiation)\n",
                ),
            }
        }
    }
    out
}

/// The strategy league as a table, best mean score first.
pub fn render_league(
    table: &[zero_draft_engine::league::Standing],
    delegation: &str,
    runs: u64,
    first_seed: u64,
) -> String {
    let mut rows: Vec<_> = table.iter().collect();
    rows.sort_by(|a, b| b.mean.total_cmp(&a.mean));
    let mut out = format!(
        "{delegation}: {runs} games per strategy (seeds {first_seed} to {})\n\n",
        first_seed + runs.saturating_sub(1)
    );
    let width = rows
        .iter()
        .map(|s| s.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(15);
    out.push_str(&format!(
        "{:<width$} score (mean ± sd)   objectives met   adopted   paragraphs changed\n",
        "strategy"
    ));
    for s in rows {
        let changed: Vec<String> = s
            .changed
            .iter()
            .map(|(p, share)| format!("{p} ({:.0}%)", share * 100.0))
            .collect();
        out.push_str(&format!(
            "{:<width$} {:>6.1} ± {:<10.1} {:>5.2} of {:<7} {:>6.1}%   {}\n",
            s.name,
            s.mean,
            s.sd,
            s.objectives,
            s.objectives_total,
            s.adoption_rate * 100.0,
            if changed.is_empty() {
                "none".to_string()
            } else {
                changed.join(", ")
            }
        ));
    }
    out
}
