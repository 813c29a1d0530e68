//! `zero-draft check`: the author's report on a scenario, as text or JSON.

use std::path::Path;

use zero_draft_engine::check::{Report, Stuck, report};

use crate::cli::{emit, emit_json, load_model};

pub(crate) fn run(path: &Path, seed: u64, runs: u64, json: bool) -> Result<(), String> {
    // A scenario that does not validate is reported with its places, and nothing is played.
    let (model, _) = load_model(path)?;
    let r = report(&model, seed, runs);
    if json {
        return emit_json(&serde_json::to_string_pretty(&r).map_err(|e| e.to_string())?);
    }
    let has_history = !model.scenario.history.is_empty();
    let mut out = format!("{}: valid\n\n", path.display());
    out += &zero_draft_text::render_stats(&r.stats, &model, has_history);
    out += &sections(&r);
    emit(&out)
}

/// The parts of the report beyond the statistics `simulate` prints.
fn sections(r: &Report) -> String {
    let mut out = String::from("\nhistory checks that never move\n");
    if r.stuck.is_empty() {
        out += "  none: every check is met in some games and missed in others\n";
    }
    for s in &r.stuck {
        let why = match s.why {
            Stuck::DecidedByDraft => "the zero draft already decides it",
            Stuck::NeverMoved => "no game changes what the draft says (nobody moves that text)",
        };
        out += &format!(
            "  {} ({}% of games): {} — {why}\n",
            s.id,
            (s.share * 100.0).round(),
            s.description
        );
    }
    out += "\ndelegations that never act (table, co-sponsor or object) in any game\n";
    out += &list(&r.never_act);
    out += "\ncards nobody tables in any game\n";
    out += &list(&r.cards_never_tabled);
    out += "\nthe lexicon's reading of each card\n";
    for c in &r.cards {
        let read = match (c.wording, c.read.is_empty()) {
            (false, _) => "(no wording: a deletion or a move)".to_string(),
            (true, true) => "(nothing the lexicon knows)".to_string(),
            (true, false) => c.read.join(", "),
        };
        out += &format!("  {} \"{}\": {read}", c.id, c.title);
        if !c.stated.is_empty() {
            out += &format!(" · the card states: {}", c.stated.join(", "));
        }
        out += "\n";
    }
    out
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "  none\n".into()
    } else {
        format!("  {}\n", items.join(", "))
    }
}
