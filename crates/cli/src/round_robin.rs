//! `zero-draft league --round-robin`: several strategies hold several delegations at once, in
//! every rotation (each strategy plays each seat once per seed), and are ranked on all the
//! seats they held, ANAC-style.

use std::collections::BTreeMap;
use std::path::Path;

use crate::cli::{emit, emit_json, load_model};
use zero_draft_engine::ids::DelegationId;

/// Makes a strategy's player for a seat: from its name and the game's seed.
type MakeDelegate<'a> =
    dyn Fn(&str, u64) -> Result<Box<dyn zero_draft_engine::policy::Delegate>, String> + 'a;

/// One strategy's results over every seat it held.
#[derive(Debug)]
struct Entry {
    name: String,
    mean: f64,
    sd: f64,
    /// Games it played (one seat each).
    runs: usize,
    adoption_rate: f64,
    /// Mean score on each seat, by delegation id.
    by_delegation: BTreeMap<String, f64>,
}

pub fn run(
    path: &Path,
    delegations: &[String],
    strategies: &[String],
    runs: u64,
    seed: u64,
    json: bool,
    make: &MakeDelegate<'_>,
) -> Result<(), String> {
    let (model, _) = load_model(path)?;
    let seats: Vec<DelegationId> = delegations
        .iter()
        .map(|id| {
            model.delegation(id).ok_or_else(|| {
                format!(
                    "{}: no delegation \"{id}\" in this scenario",
                    path.display()
                )
            })
        })
        .collect::<Result<_, _>>()?;
    let mut distinct = seats.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() != seats.len() {
        return Err("each delegation may be named once in a round robin".into());
    }
    // (strategy, delegation) → scores; strategy → adoption count.
    let mut scores: BTreeMap<(usize, usize), Vec<f64>> = BTreeMap::new();
    let mut adopted = vec![0usize; strategies.len()];
    let mut played = vec![0usize; strategies.len()];
    for k in 0..runs {
        let game_seed = seed.wrapping_add(k);
        for rotation in 0..strategies.len() {
            let mut held = Vec::new();
            let mut who = Vec::new();
            for (i, &d) in seats.iter().enumerate() {
                let s = (i + rotation) % strategies.len();
                held.push((d, make(&strategies[s], game_seed)?));
                who.push((s, i));
            }
            let (results, ok) = zero_draft_engine::league::play_seats(&model, held, game_seed);
            for ((s, i), (_, score, _)) in who.into_iter().zip(results) {
                scores.entry((s, i)).or_default().push(score as f64);
                played[s] += 1;
                adopted[s] += usize::from(ok);
            }
        }
    }
    let mut table: Vec<Entry> = strategies
        .iter()
        .enumerate()
        .map(|(s, name)| {
            let all: Vec<f64> = scores
                .iter()
                .filter(|((x, _), _)| *x == s)
                .flat_map(|(_, v)| v.iter().copied())
                .collect();
            let n = all.len().max(1) as f64;
            let mean = all.iter().sum::<f64>() / n;
            let sd = (all.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
            let by_delegation = seats
                .iter()
                .enumerate()
                .filter_map(|(i, &d)| {
                    let v = scores.get(&(s, i))?;
                    Some((
                        model.delegations[d.index()].id.clone(),
                        v.iter().sum::<f64>() / v.len().max(1) as f64,
                    ))
                })
                .collect();
            Entry {
                name: name.clone(),
                mean,
                sd,
                runs: played[s],
                adoption_rate: adopted[s] as f64 / played[s].max(1) as f64,
                by_delegation,
            }
        })
        .collect();
    table.sort_by(|a, b| b.mean.total_cmp(&a.mean));
    if json {
        let doc = serde_json::json!({
            "round_robin": true,
            "delegations": delegations,
            "strategies": table.iter().map(|e| serde_json::json!({
                "name": e.name,
                "mean": e.mean,
                "sd": e.sd,
                "runs": e.runs,
                "adoption_rate": e.adoption_rate,
                "by_delegation": e.by_delegation,
            })).collect::<Vec<_>>(),
        });
        return emit_json(&serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?);
    }
    let mut out = format!(
        "Round robin: {} strategies on {} seats ({}), {} seed(s), every rotation\n\n",
        strategies.len(),
        seats.len(),
        delegations.join(", "),
        runs
    );
    let w = table
        .iter()
        .map(|e| e.name.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    out.push_str(&format!(
        "{:<w$} {:>14} {:>8}",
        "strategy", "mean ± sd", "adopted"
    ));
    for id in delegations {
        out.push_str(&format!(" {id:>8}"));
    }
    out.push('\n');
    for e in &table {
        out.push_str(&format!(
            "{:<w$} {:>7.1} ± {:<4.1} {:>7.0}%",
            e.name,
            e.mean,
            e.sd,
            100.0 * e.adoption_rate
        ));
        for id in delegations {
            match e.by_delegation.get(id) {
                Some(m) => out.push_str(&format!(" {m:>8.1}")),
                None => out.push_str(&format!(" {:>8}", "-")),
            }
        }
        out.push('\n');
    }
    emit(&out)
}
