//! "What you could have done": for each objective the player missed, the coach's best move at
//! the player's last turn before the moment that decided it, played forward on a fork of the
//! game (the player passing afterwards) to see whether it would have met the objective.

use crate::play::Match;
use zero_draft_text::missed_text;

/// At most this many missed objectives are looked into.
const MAX_OBJECTIVES: usize = 8;

/// One line per missed objective that a move of the player's could have changed.
pub fn hindsight(game: &Match) -> Vec<String> {
    let model = game.session.model_arc();
    let record = game.session.record(&game.file, &game.source);
    let mut out = Vec::new();
    for d in game.session.humans() {
        for m in zero_draft_engine::hindsight::hindsight(&game.session, &record, d, MAX_OBJECTIVES)
        {
            let objective = &model.delegations[d.index()].objectives[m.objective].description;
            out.push(missed_text(&*model, model.name(d), objective, &m));
        }
    }
    out
}
