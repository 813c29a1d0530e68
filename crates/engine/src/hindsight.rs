//! A delegation's debrief drawn from a played game: what it could have done for each objective
//! it missed (the coach's best move at its last turn before the moment that decided it, played
//! forward on a fork), and what each of its own moves changed (the game forked before the move
//! and played on with and without it). Solo play and the class's host both draw on it; what it
//! returns is structured, so each front end words it in its player's language.

use std::sync::Arc;

use crate::compare::ai_to_the_end;
use crate::ids::ParagraphId;
use crate::log::Action;
use crate::model::{DelegationId, Model};
use crate::record::GameRecord;
use crate::seat::{Command, Seat, SeatName};
use crate::session::Session;
use crate::simulate::{Fate, paragraph_ids, summarise};

/// An objective the delegation missed, and the move that might have met it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Missed {
    /// The objective's place among the delegation's objectives, and its id.
    pub objective: usize,
    pub objective_id: String,
    /// The recorded input before which the move was open (0-based).
    pub input: usize,
    pub action: Action,
    /// Whether the move, played forward, meets the objective (else it is the coach's best
    /// try, which does not).
    pub met: bool,
}

/// One of the delegation's own moves, and what the game became without it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MoveWeight {
    /// The move's place among the recorded inputs (0-based).
    pub input: usize,
    /// The round it was made in, counted from 1 over the whole session.
    pub round: u32,
    pub action: Action,
    /// Paragraphs whose fate differs without the move: (paragraph, with, without).
    pub changed: Vec<(ParagraphId, Fate, Fate)>,
    /// The report's adoption with the move and without it.
    pub adopted_with: bool,
    pub adopted_without: bool,
}

/// Plays a fork to the end with every seat played from outside passing (joining at adoption,
/// the Chair issuing its revisions with the persona's rulings). A game the facilitator ended
/// early is ended in the fork too, once the fork reaches the round it ended in
/// (`end_at_round`): a move cannot be credited with what only more time would have brought.
pub fn finish(mut s: Session, end_at_round: Option<u32>) -> Session {
    for _ in 0..10_000 {
        if let Some(r) = end_at_round
            && s.rounds_played() >= r
            && !s.is_finished()
        {
            let _ = s.input(Seat::Facilitator, Command::EndSession);
            break;
        }
        let Some(&seat) = s.pending().first() else {
            break;
        };
        let Some(command) = s.default_command(seat) else {
            break;
        };
        if s.input(seat, command).is_err() {
            break;
        }
    }
    s
}

/// For each objective of `d` missed in `game` (the session `record` ends in), the move that
/// might have met it. At most `max_objectives` are looked into, the first first.
pub fn hindsight(
    game: &Session,
    record: &GameRecord,
    d: DelegationId,
    max_objectives: usize,
) -> Vec<Missed> {
    let model = game.model_arc();
    let seat = Seat::Delegation(d);
    let Some(delegation) = model.delegations.get(d.index()) else {
        return Vec::new();
    };
    // A lesson the facilitator ended before its vote: the forks end where it did.
    let ended_early = game
        .events()
        .iter()
        .any(|e| matches!(e, crate::log::Event::EndedEarly))
        .then(|| game.rounds_played());
    let mut out = Vec::new();
    for state in game
        .objective_states(d)
        .filter(|s| !s.met)
        .take(max_objectives)
    {
        // Missed from the opening when nothing ever changed it.
        let decided = state.decided_at.unwrap_or(0);
        let Some(objective) = delegation.objectives.get(state.index) else {
            continue;
        };
        // The last moment before the deciding event at which this delegation had the floor or
        // was asked: the longest prefix of inputs whose replay stays before that event.
        let (mut lo, mut hi) = (0usize, record.inputs.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let before = Session::fork(model.clone(), record, mid)
                .map(|s| s.events().len() <= decided)
                .unwrap_or(false);
            if before {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let Ok(moment) = Session::fork(model.clone(), record, lo) else {
            continue;
        };
        if !moment.pending().contains(&seat) {
            continue;
        }
        // The coach's best moves then, each played forward: the first that would have met
        // the objective, or else its top move (its top active move, if it had one).
        let mut tried: Option<(Action, bool)> = None;
        for suggestion in moment.suggest(seat, 5) {
            let Command::Act(action) = &suggestion.command else {
                continue;
            };
            let mut fork = moment.clone();
            if fork.input(seat, suggestion.command.clone()).is_err() {
                continue;
            }
            let met = finish(fork, ended_early).holds(&objective.condition);
            // Failing that, the coach's top move that does something: "it would have passed"
            // tells a player nothing.
            let idle = |a: &Action| matches!(a, Action::Pass | Action::Join);
            let better = match &tried {
                None => true,
                Some((t, _)) => idle(t) && !idle(action),
            };
            if better || met {
                tried = Some((action.clone(), met));
            }
            if met {
                break;
            }
        }
        if let Some((action, met)) = tried {
            out.push(Missed {
                objective: state.index,
                objective_id: objective.id.clone(),
                input: lo,
                action,
                met,
            });
        }
    }
    out
}

/// A move on the floor: any action but passing and joining.
pub fn is_floor_move(command: &Command) -> bool {
    worth_trying(command).is_some()
}

/// The floor moves worth trying without: everything but passing and joining.
pub(crate) fn worth_trying(command: &Command) -> Option<&Action> {
    match command {
        Command::Act(a) if !matches!(a, Action::Pass | Action::Join) => Some(a),
        _ => None,
    }
}

/// Input `i` of `record` forked: the game played on by the AI with the move and with a pass in
/// its place. `None` when the input is not a move worth trying or cannot be replayed.
pub(crate) fn with_and_without(
    model: &Arc<Model>,
    record: &GameRecord,
    i: usize,
    paragraphs: &[ParagraphId],
) -> Option<MoveWeight> {
    let input = record.inputs.get(i)?;
    let action = worth_trying(&input.command)?;
    let seat = input.seat.resolve(model)?;
    let before = Session::fork(model.clone(), record, i).ok()?;
    let round = before.rounds_played() + 1;
    let mut with = before.clone();
    let mut without = before;
    with.input(seat, input.command.clone()).ok()?;
    without.input(seat, Command::Act(Action::Pass)).ok()?;
    let with = summarise(model, &ai_to_the_end(with), paragraphs);
    let without = summarise(model, &ai_to_the_end(without), paragraphs);
    let changed = paragraphs
        .iter()
        .zip(with.fates.iter().zip(&without.fates))
        .filter(|(_, (a, b))| a != b)
        .map(|(p, (a, b))| (p.clone(), *a, *b))
        .collect();
    Some(MoveWeight {
        input: i,
        round,
        action: action.clone(),
        changed,
        adopted_with: with.adopted,
        adopted_without: without.adopted,
    })
}

/// `d`'s floor moves in `record`, each with what the game became without it: all of them, or
/// `max_moves` spread evenly over the game (the first and the last among them), in order.
pub fn own_moves(
    model: &Arc<Model>,
    record: &GameRecord,
    d: DelegationId,
    max_moves: usize,
) -> Vec<MoveWeight> {
    let Some(delegation) = model.delegations.get(d.index()) else {
        return Vec::new();
    };
    let id = SeatName::Delegation(delegation.id.clone());
    let paragraphs = paragraph_ids(model);
    let moves: Vec<usize> = record
        .inputs
        .iter()
        .enumerate()
        .filter(|(_, input)| input.seat == id && worth_trying(&input.command).is_some())
        .map(|(i, _)| i)
        .collect();
    spread(&moves, max_moves)
        .into_iter()
        .filter_map(|i| with_and_without(model, record, i, &paragraphs))
        .collect()
}

/// At most `k` of `items`, evenly spaced from the first to the last, in order.
fn spread(items: &[usize], k: usize) -> Vec<usize> {
    let n = items.len();
    if n <= k {
        return items.to_vec();
    }
    match k {
        0 => Vec::new(),
        1 => vec![items[0]],
        _ => (0..k).map(|j| items[j * (n - 1) / (k - 1)]).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn moves_are_spread_from_the_first_to_the_last() {
        let items: Vec<usize> = (10..62).collect();
        let picked = spread(&items, 8);
        assert_eq!(picked.len(), 8);
        assert_eq!((picked[0], picked[7]), (10, 61));
        assert!(picked.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(spread(&items[..3], 8), vec![10, 11, 12]);
        assert_eq!(spread(&items, 1), vec![10]);
        assert!(spread(&items, 0).is_empty());
    }
}
