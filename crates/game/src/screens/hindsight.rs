//! "What you could have done": for each objective the player missed, the coach's best move at
//! the player's last turn before the moment that decided it, played forward on a fork of the
//! game (the player passing afterwards) to see whether it would have met the objective.

use crate::play::Match;
use zero_draft_engine::Session;
use zero_draft_engine::log::Action;
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_text::{action_summary, t};

/// Plays a fork to the end with every seat played from outside passing (joining at
/// adoption, the Chair issuing its revisions with the persona's rulings).
fn finish(mut s: Session) -> Session {
    for _ in 0..10_000 {
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

/// One line per missed objective that a move of the player's could have changed.
pub fn hindsight(game: &Match) -> Vec<String> {
    let model = game.session.model_arc();
    let record = game.session.record(&game.file, &game.source);
    let mut out = Vec::new();
    for d in game.session.humans() {
        let seat = Seat::Delegation(d);
        for state in game.session.objective_states(d) {
            if state.met {
                continue;
            }
            // Missed from the opening when nothing ever changed it.
            let decided = state.decided_at.unwrap_or(0);
            let objective = &model.delegations[d.index()].objectives[state.index];
            // The last moment before the deciding event at which this player had the floor or
            // was asked: the longest prefix of inputs whose replay stays before that event.
            let (mut lo, mut hi) = (0usize, record.inputs.len());
            while lo < hi {
                let mid = (lo + hi).div_ceil(2);
                let before = Session::fork(model.clone(), &record, mid)
                    .map(|s| s.events().len() <= decided)
                    .unwrap_or(false);
                if before {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            let Ok(moment) = Session::fork(model.clone(), &record, lo) else {
                continue;
            };
            if !moment.pending().contains(&seat) {
                continue;
            }
            // The coach's best moves then, each played forward: the first that would have met
            // the objective, or else its top move.
            let mut tried_any: Option<(Action, bool)> = None;
            for suggestion in moment.suggest(seat, 5) {
                let Command::Act(action) = &suggestion.command else {
                    continue;
                };
                let mut fork = moment.clone();
                if fork.input(seat, suggestion.command.clone()).is_err() {
                    continue;
                }
                let met = finish(fork).holds(&objective.condition);
                if tried_any.is_none() || met {
                    tried_any = Some((action.clone(), met));
                }
                if met {
                    break;
                }
            }
            let Some((action, met)) = tried_any else {
                continue;
            };
            let name = model.name(d);
            let summary = action_summary(&*model, &action);
            out.push(if met {
                t!(
                    "hindsight-met",
                    objective = &objective.description,
                    delegation = name,
                    action = summary,
                    move_number = lo + 1
                )
            } else {
                t!(
                    "hindsight-not-met",
                    objective = &objective.description,
                    delegation = name,
                    action = summary,
                    move_number = lo + 1
                )
            });
        }
    }
    out
}
