//! What each seat has to win (`zero-draft check --stakes`): a delegation played by passing
//! and by the coach over the same seeds, every other seat by the AI, objective by objective.
//! A seat whose objectives passing already meets, or that even the coach never meets, gives
//! its player nothing to do; the author sees which objectives and rewrites them.

use std::sync::Arc;

use serde::Serialize;

use crate::league::{built_in, play};
use crate::model::{DelegationId, Model};

/// A passing seat should score at most this: above it, the room hands it its objectives.
pub const PASSING_CEILING: f64 = 70.0;

/// Playing well should add at least this to passing.
pub const PLAYING_MARGIN: f64 = 15.0;

/// One objective of a seat: how often passing and the coach meet it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveStake {
    pub id: String,
    pub description: String,
    /// The zero draft as drafted already meets it (keeping it counts half).
    pub held_by_draft: bool,
    /// Share of the games passing met it.
    pub passing: f64,
    /// Share of the games the coach met it.
    pub coach: f64,
}

impl ObjectiveStake {
    /// Met whether the seat plays or not: nothing to win.
    pub fn handed_over(&self) -> bool {
        self.passing == 1.0 && self.coach == 1.0
    }

    /// Not met even by the coach's play.
    pub fn out_of_reach(&self) -> bool {
        self.coach == 0.0
    }
}

/// One seat: mean scores passing and following the coach, and its objectives.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeatStake {
    pub delegation: String,
    pub name: String,
    pub games: u64,
    pub passing: f64,
    pub coach: f64,
    pub objectives: Vec<ObjectiveStake>,
}

impl SeatStake {
    /// Passing scores above the ceiling.
    pub fn passing_pays(&self) -> bool {
        self.passing > PASSING_CEILING
    }

    /// The coach adds less than the margin to passing.
    pub fn little_to_win(&self) -> bool {
        self.coach - self.passing < PLAYING_MARGIN
    }
}

/// The seats a player may take that have a briefing of their author's: those a class or a
/// solo player is pointed at first.
pub fn briefed_seats(model: &Model) -> Vec<DelegationId> {
    model
        .delegation_ids()
        .filter(|d| {
            let info = &model.delegations[d.index()];
            info.playable && !info.briefing.trim().is_empty()
        })
        .collect()
}

/// Plays each seat `games` times by passing and `games` times by the coach, from `seed`.
pub fn stakes(model: &Arc<Model>, seats: &[DelegationId], seed: u64, games: u64) -> Vec<SeatStake> {
    seats
        .iter()
        .map(|&d| {
            let info = &model.delegations[d.index()];
            let mut passing = (0.0, vec![0u64; info.objectives.len()]);
            let mut coach = (0.0, vec![0u64; info.objectives.len()]);
            let mut held = vec![false; info.objectives.len()];
            for k in 0..games {
                let seed = seed.wrapping_add(k);
                for (name, tally) in [("passive", &mut passing), ("coach", &mut coach)] {
                    let strategy = built_in(name, seed).expect("a built-in strategy");
                    let g = play(model, d, strategy, seed);
                    tally.0 += f64::from(g.score);
                    for (i, &(met, by_draft)) in g.objectives.iter().enumerate() {
                        tally.1[i] += u64::from(met);
                        held[i] = by_draft;
                    }
                }
            }
            let share = |n: u64| n as f64 / games.max(1) as f64;
            SeatStake {
                delegation: info.id.clone(),
                name: info.name.clone(),
                games,
                passing: passing.0 / games.max(1) as f64,
                coach: coach.0 / games.max(1) as f64,
                objectives: info
                    .objectives
                    .iter()
                    .enumerate()
                    .map(|(i, o)| ObjectiveStake {
                        id: o.id.clone(),
                        description: o.description.to_string(),
                        held_by_draft: held[i],
                        passing: share(passing.1[i]),
                        coach: share(coach.1[i]),
                    })
                    .collect(),
            }
        })
        .collect()
}
