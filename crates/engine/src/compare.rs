//! Tables that played the same scenario and seed, side by side: what each made of every
//! paragraph and history check, beside what the room does alone (AI-only games over many
//! seeds), and which students' moves changed a paragraph's fate at their table (the engine's
//! what-if: the game forked before the move, played on with and without it).

use std::sync::Arc;

use crate::hindsight::{with_and_without, worth_trying};
use crate::ids::ParagraphId;
use crate::log::Action;
use crate::model::Model;
use crate::record::GameRecord;
use crate::seat::{Command, Controller, Seat, SeatName};
use crate::session::{ReplayError, Session};
use crate::simulate::{Fate, paragraph_ids, play, summarise};

/// Every fate, in the order the shares are kept.
pub const FATES: [Fate; 5] = [
    Fate::Kept,
    Fate::Amended,
    Fate::Deleted,
    Fate::Added,
    Fate::NeverAdded,
];

/// What one table made of the scenario.
#[derive(Debug, Clone)]
pub struct TableOutcome {
    /// Adopted, failed, or (`None`) ended before the vote.
    pub adopted: Option<bool>,
    pub rounds: u32,
    /// Each paragraph's fate, in the order of [`Comparison::paragraphs`].
    pub fates: Vec<Fate>,
    /// Each history check met.
    pub history: Vec<bool>,
    /// The delegations students played.
    pub students: Vec<String>,
}

/// A student's move that changed what became of a paragraph at its table.
#[derive(Debug, Clone, PartialEq)]
pub struct Decisive {
    pub table: usize,
    /// The move's place among the table's recorded inputs.
    pub input: usize,
    /// The round it was made in, counted from 1 over the whole session.
    pub round: u32,
    pub delegation: String,
    pub action: Action,
    pub paragraph: ParagraphId,
    /// The paragraph's fate with the move, and without it (every seat then played by the AI).
    pub with: Fate,
    pub without: Fate,
}

/// The class's tables compared.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub paragraphs: Vec<ParagraphId>,
    pub tables: Vec<TableOutcome>,
    /// AI-only games: how many, and for each paragraph the share of games per fate (in the
    /// order of [`FATES`]).
    pub ai_runs: u64,
    pub ai_fates: Vec<[f64; 5]>,
    pub ai_adopted: f64,
    /// For each history check, the share of AI-only games that met it.
    pub ai_history: Vec<f64>,
    pub decisive: Vec<Decisive>,
    /// Students' moves tried without them (at most `max_forks`).
    pub moves_tried: usize,
}

/// Compares the tables' records (same scenario) with `runs` AI-only games from the records'
/// seed. At most `max_forks` students' moves are played without them, the earliest first at
/// every table in turn, so a large class stays quick.
pub fn compare(
    model: &Arc<Model>,
    records: &[GameRecord],
    runs: u64,
    max_forks: usize,
) -> Result<Comparison, (usize, ReplayError)> {
    let paragraphs = paragraph_ids(model);
    let mut sessions = Vec::new();
    for (k, r) in records.iter().enumerate() {
        sessions.push(Session::replay(model.clone(), r).map_err(|e| (k, e))?);
    }
    let tables = sessions
        .iter()
        .zip(records)
        .map(|(s, r)| {
            let sum = summarise(model, s, &paragraphs);
            TableOutcome {
                adopted: s.outcome().map(|o| o.adopted),
                rounds: s.rounds_played(),
                fates: sum.fates,
                history: sum.history,
                students: r
                    .seats
                    .iter()
                    .filter(|(_, c)| *c == Controller::Remote)
                    .filter_map(|(n, _)| match n {
                        SeatName::Delegation(id) => Some(id.clone()),
                        _ => None,
                    })
                    .collect(),
            }
        })
        .collect();
    let seed = records.first().map_or(1, |r| r.seed);
    let mut ai_fates = vec![[0.0; 5]; paragraphs.len()];
    let mut ai_history = vec![0.0; model.scenario.history.len()];
    let mut adopted = 0.0;
    let n = runs.max(1) as f64;
    for k in 0..runs {
        let s = play(model, seed.wrapping_add(k));
        let sum = summarise(model, &s, &paragraphs);
        adopted += f64::from(u8::from(sum.adopted)) / n;
        for (p, f) in sum.fates.iter().enumerate() {
            let i = FATES.iter().position(|x| x == f).unwrap_or(0);
            ai_fates[p][i] += 1.0 / n;
        }
        for (h, met) in sum.history.iter().enumerate() {
            ai_history[h] += f64::from(u8::from(*met)) / n;
        }
    }
    let (decisive, moves_tried) = decisive_moves(model, records, &paragraphs, max_forks);
    Ok(Comparison {
        paragraphs,
        tables,
        ai_runs: runs,
        ai_fates,
        ai_adopted: adopted,
        ai_history,
        decisive,
        moves_tried,
    })
}

fn decisive_moves(
    model: &Arc<Model>,
    records: &[GameRecord],
    paragraphs: &[ParagraphId],
    max_forks: usize,
) -> (Vec<Decisive>, usize) {
    // The students' moves at each table, earliest first; tables take turns.
    let students = |r: &GameRecord| -> Vec<usize> {
        r.inputs
            .iter()
            .enumerate()
            .filter(|(_, i)| {
                matches!(&i.seat, SeatName::Delegation(id)
                    if r.seats.iter().any(|(n, c)| *c == Controller::Remote && n == &SeatName::Delegation(id.clone())))
                    && worth_trying(&i.command).is_some()
            })
            .map(|(k, _)| k)
            .collect()
    };
    let lists: Vec<Vec<usize>> = records.iter().map(students).collect();
    let mut order = Vec::new();
    for depth in 0.. {
        let before = order.len();
        for (t, list) in lists.iter().enumerate() {
            if let Some(&i) = list.get(depth) {
                order.push((t, i));
            }
        }
        if order.len() == before || order.len() >= max_forks {
            break;
        }
    }
    order.truncate(max_forks);
    let mut found = Vec::new();
    for &(t, i) in &order {
        let r = &records[t];
        let Some(weight) = with_and_without(model, r, i, paragraphs) else {
            continue;
        };
        let delegation = match &r.inputs[i].seat {
            SeatName::Delegation(id) => id.clone(),
            other => format!("{other:?}"),
        };
        for (paragraph, with, without) in weight.changed {
            found.push(Decisive {
                table: t,
                input: i,
                round: weight.round,
                delegation: delegation.clone(),
                action: weight.action.clone(),
                paragraph,
                with,
                without,
            });
        }
    }
    (found, order.len())
}

/// The game played on with the AI at every seat.
pub(crate) fn ai_to_the_end(mut s: Session) -> Session {
    let model = s.model_arc();
    for d in 0..model.delegations.len() {
        let seat = Seat::Delegation(crate::model::DelegationId::at(d));
        if s.controller(seat) != Controller::Ai {
            let _ = s.input(
                Seat::Facilitator,
                Command::Control {
                    seat: seat.name(&model),
                    controller: Controller::Ai,
                },
            );
        }
    }
    if s.is_paused() {
        let _ = s.input(Seat::Facilitator, Command::Resume);
    }
    s.run_to_end();
    s
}
