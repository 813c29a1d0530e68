//! `zero-draft league`: one delegation under several strategies over the same seeds, ranked.

use std::io::IsTerminal;
use std::path::Path;

use crate::cli::{emit, emit_json, load_model, note};
use zero_draft_engine::error::printable;

/// Plays `runs` games per strategy (and the passive games they are measured against) and
/// prints the table.
pub fn run(
    path: &Path,
    delegations: &[String],
    strategies: &[String],
    runs: u64,
    seed: u64,
    json: bool,
    round_robin: bool,
) -> Result<(), String> {
    use zero_draft_engine::league::{built_in, play, standings};
    let (model, _) = load_model(path)?;
    let [delegation] = delegations else {
        if !round_robin {
            return Err(
                "name one --delegation (several are for --round-robin, which rotates strategies among them)"
                    .into(),
            );
        }
        return tournament(path, delegations, strategies, runs, seed, json);
    };
    if round_robin {
        return tournament(path, delegations, strategies, runs, seed, json);
    }
    let d = model.delegation(delegation).ok_or_else(|| {
        format!(
            "{}: no delegation \"{delegation}\" in this scenario",
            path.display()
        )
    })?;
    let scripts = compile(strategies)?;
    let total = runs * (strategies.len() as u64 + 1);
    let bar = (std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(total);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} games {elapsed_precise}")
        {
            bar.set_style(style);
        }
        bar
    });
    let play_all = |name: &str| -> Vec<zero_draft_engine::league::Game> {
        (0..runs)
            .map(|k| {
                let game_seed = seed.wrapping_add(k);
                let strategy: Box<dyn zero_draft_engine::policy::Delegate> = match scripts.get(name)
                {
                    Some(script) => Box::new(script.clone()),
                    None => built_in(name, game_seed).expect("checked above"),
                };
                let g = play(&model, d, strategy, game_seed);
                if let Some(bar) = &bar {
                    bar.inc(1);
                }
                g
            })
            .collect()
    };
    let passive = play_all("passive");
    let games: Vec<(String, Vec<_>)> = strategies
        .iter()
        .map(|name| (name.clone(), play_all(name)))
        .collect();
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    report_script_errors(&scripts);
    let table = standings(&model, d, &games, &passive);
    if json {
        let doc = serde_json::json!({ "delegation": delegation, "strategies": table });
        emit_json(&serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?)
    } else {
        emit(&zero_draft_text::render_league(
            &table,
            model.name(d),
            runs,
            seed,
        ))
    }
}

/// The round robin: compiles the scripts once, then hands each game its strategies.
fn tournament(
    path: &Path,
    delegations: &[String],
    strategies: &[String],
    runs: u64,
    seed: u64,
    json: bool,
) -> Result<(), String> {
    use zero_draft_engine::league::built_in;
    let scripts = compile(strategies)?;
    let make = |name: &str,
                game_seed: u64|
     -> Result<Box<dyn zero_draft_engine::policy::Delegate>, String> {
        match scripts.get(name) {
            Some(script) => Ok(Box::new(script.clone())),
            None => built_in(name, game_seed).ok_or_else(|| format!("unknown strategy {name}")),
        }
    };
    let ran = crate::round_robin::run(path, delegations, strategies, runs, seed, json, &make);
    report_script_errors(&scripts);
    ran
}

/// Says, for each script, how many of its decisions failed (every one counted) and the first
/// reason, escaped for the terminal.
fn report_script_errors(scripts: &std::collections::BTreeMap<String, zero_draft_script::Script>) {
    for (name, script) in scripts {
        if let Some(first) = script.errors().first() {
            note(&format!(
                "{}: {} script error(s); the AI stood in for those turns. The first: {}",
                printable(name),
                script.error_count(),
                printable(first)
            ));
        }
    }
}

/// Compiles the script strategies once, before any game, so that a syntax error stops nothing
/// midway; refuses a name that is neither built in nor a script.
fn compile(
    strategies: &[String],
) -> Result<std::collections::BTreeMap<String, zero_draft_script::Script>, String> {
    use zero_draft_engine::league::{BUILT_IN, built_in};
    let mut scripts = std::collections::BTreeMap::new();
    for name in strategies {
        if name.ends_with(".rhai") {
            scripts.insert(
                name.clone(),
                zero_draft_script::Script::load(Path::new(name))?,
            );
        } else if built_in(name, 0).is_none() {
            return Err(format!(
                "unknown strategy \"{name}\" (built in: {}; or a script file ending in .rhai)",
                BUILT_IN.join(", ")
            ));
        }
    }
    Ok(scripts)
}
