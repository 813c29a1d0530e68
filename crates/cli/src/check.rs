//! `zero-draft check`: the author's report on a scenario, as text or JSON.

use std::path::Path;

use zero_draft_engine::check::{Report, Stuck, report};
use zero_draft_engine::stakes::{PASSING_CEILING, PLAYING_MARGIN, SeatStake, briefed_seats};

use crate::cli::{emit, emit_json, load_model};

/// `stakes`: games per seat and strategy, and the seats named (none: the briefed seats).
pub(crate) fn run(
    path: &Path,
    seed: u64,
    runs: u64,
    json: bool,
    stakes: Option<(u64, Vec<String>)>,
) -> Result<(), String> {
    // A scenario that does not validate is reported with its places, and nothing is played.
    let (model, _) = load_model(path)?;
    // Named seats are checked before anything is played.
    let seats = match &stakes {
        Some((_, named)) if !named.is_empty() => named
            .iter()
            .map(|id| {
                model
                    .delegation(id)
                    .ok_or_else(|| format!("--seats: no delegation \"{id}\" in {}", path.display()))
            })
            .collect::<Result<Vec<_>, _>>()?,
        _ => briefed_seats(&model),
    };
    let mut r = report(&model, seed, runs);
    if let Some((games, _)) = stakes {
        r.stakes = zero_draft_engine::stakes::stakes(&model, &seats, seed, games);
    }
    if json {
        return emit_json(&serde_json::to_string_pretty(&r).map_err(|e| e.to_string())?);
    }
    let has_history = !model.scenario.history.is_empty();
    let mut out = format!("{}: valid\n\n", path.display());
    out += &zero_draft_text::render_stats(&r.stats, &model, has_history);
    out += &sections(&r);
    if stakes.is_some() {
        out += &stake_lines(&r.stakes);
    }
    emit(&out)
}

/// What each seat has to win: its scores passing and following the coach, and each objective's
/// share of games met both ways, with what an author should look at.
fn stake_lines(seats: &[SeatStake]) -> String {
    let mut out = String::from("\nwhat each seat has to win (passing → following the coach)\n");
    if seats.is_empty() {
        out += "  no briefed seat: name some with --seats\n";
    }
    for s in seats {
        out += &format!(
            "  {} ({}), {} games each: {:.1} → {:.1}",
            s.name, s.delegation, s.games, s.passing, s.coach
        );
        let mut notes = Vec::new();
        if s.passing_pays() {
            notes.push(format!("passing scores above {PASSING_CEILING}"));
        }
        if s.little_to_win() {
            notes.push(format!("playing well adds less than {PLAYING_MARGIN}"));
        }
        if !notes.is_empty() {
            out += &format!(" — {}", notes.join("; "));
        }
        out += "\n";
        for o in &s.objectives {
            let pct = |x: f64| format!("{}%", (x * 100.0).round());
            out += &format!(
                "    {}: {} → {}  {}",
                o.id,
                pct(o.passing),
                pct(o.coach),
                o.description
            );
            if o.held_by_draft {
                out += " (the zero draft already meets it)";
            }
            if o.handed_over() {
                out += " — met whether the seat plays or not";
            } else if o.out_of_reach() {
                out += " — met in no game, even following the coach";
            }
            out += "\n";
        }
    }
    out
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
