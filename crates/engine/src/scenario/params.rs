//! The `model` section of a scenario: how the room reacts, when the defaults do not suit it.

use serde::{Deserialize, Serialize};

/// Tuning of the reaction model; the defaults suit most rooms.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ModelParams {
    /// Retired: reactions once carried a random term. It moved no outcome (the Chair rules on
    /// the rules, not on the floor's mood) and made a delegation's word differ from its
    /// reasons; the game's variety comes from its temperament. Accepted so that older files
    /// still load, and ignored.
    #[serde(skip_serializing)]
    pub noise: Option<f64>,
    /// Loss a delegation tolerates without objecting at the start of the session.
    pub tolerance: f64,
    /// Extra tolerance reached by the deadline (shaped by the bloc's tactic).
    pub flexibility: f64,
    /// Gain above which a delegation supports an edit.
    pub support: f64,
    /// How much trust in the proposer (-1..1) shifts a reaction.
    pub trust_weight: f64,
    /// Share of the session after which the Chair may delete contested text; the persona
    /// shifts it (clean-text earlier, surgical later).
    pub deletion_pressure: f64,
    /// How far each game's room departs from the scenario: each bloc's resolve (and each
    /// delegation's within its bloc) is drawn per game within ±this share of its tolerance.
    pub temperament: f64,
    /// A delegation chooses among edits worth at least (1 − this) of its best one, at random
    /// in proportion to their worth; 0 always takes the best.
    pub choice_band: f64,
}

impl Default for ModelParams {
    fn default() -> Self {
        ModelParams {
            noise: None,
            tolerance: 1.0,
            flexibility: 2.0,
            support: 1.0,
            trust_weight: 1.5,
            deletion_pressure: 0.6,
            temperament: 0.45,
            choice_band: 0.25,
        }
    }
}
