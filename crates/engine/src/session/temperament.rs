//! The room's temperament, drawn once per game: how resolute each bloc is this time, and
//! each delegation within it. The scenario gives the likeliest room; `model.temperament`
//! says how far a game may depart from it, so the same file can play out differently.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::model::Model;
use crate::scenario::Tactic;

/// Kept apart from the session's dice so that the speakers' lists and reactions of a game do
/// not depend on how many draws the temperament took.
const STREAM: u64 = 0x7e3a_5d1c_0b29_4f86;

/// This game's temper of the room.
#[derive(Debug, Clone)]
pub(super) struct Temperament {
    /// Each bloc's tactic: the scenario's, or with a chance of `temperament` a neighbour
    /// (a bloc that digs in, or one that gives way early).
    pub tactics: Vec<Tactic>,
    /// Each delegation's resolve: a factor on its tolerance (below 1 digs in, above 1 gives
    /// way), its bloc's and its own.
    pub resolve: Vec<f32>,
}

pub(super) fn draw(model: &Model, seed: u64) -> Temperament {
    let spread = model.scenario.model.temperament as f32;
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ STREAM);
    let tactics = model
        .blocs
        .iter()
        .map(|b| {
            let x = rng.random::<f32>();
            match b.tactic {
                _ if x >= spread => b.tactic,
                Tactic::Linear if x < spread / 2.0 => Tactic::Boulware,
                Tactic::Linear => Tactic::Conceder,
                Tactic::Boulware | Tactic::Conceder => Tactic::Linear,
            }
        })
        .collect();
    let mut centred = move || rng.random::<f32>() * 2.0 - 1.0;
    let blocs: Vec<f32> = model
        .blocs
        .iter()
        .map(|_| 1.0 + spread * centred())
        .collect();
    let resolve = model
        .delegations
        .iter()
        .map(|d| (blocs[d.bloc.index()] * (1.0 + 0.5 * spread * centred())).max(0.05))
        .collect();
    Temperament { tactics, resolve }
}
