//! A room's reactions to an edit, as a pure function of the room's state: each reactor's
//! change in utility, pulled toward its bloc leader, warmed or cooled by its trust in the
//! proposer, read against its tolerance; red lines decide outright. There is no random term:
//! what a delegation says on the floor follows from its rules and this game's temperament, so
//! it can be explained, and foretold by whoever knows them.

use super::Presence;
use super::{Reaction, Reason, Stance, delta, red_line_changes, rule_reasons, stance_for};
use crate::document::EditEffect;
use crate::model::{DelegationId, Model};

/// What a reaction depends on besides the edit.
pub struct Room<'a> {
    pub model: &'a Model,
    pub salience: &'a [f32],
    pub presence: &'a Presence,
    /// Each delegation's tolerance now.
    pub tolerances: &'a [f32],
    /// Each delegation's trust in the proposer.
    pub trust_in_proposer: &'a [f32],
    /// Who reacts, in order.
    pub reactors: &'a [DelegationId],
}

/// Reactions of `room.reactors` to an edit by `proposer`.
pub fn reactions(room: &Room, proposer: DelegationId, effect: &EditEffect) -> Vec<Reaction> {
    let model = room.model;
    let params = &model.scenario.model;
    let n = model.delegations.len();
    let deltas: Vec<f32> = (0..n)
        .map(DelegationId::at)
        .map(|d| delta(model, room.salience, d, effect))
        .collect();
    room.reactors
        .iter()
        .map(|&d| {
            let own = deltas[d.index()];
            let bloc = &model.blocs[model.delegations[d.index()].bloc.index()];
            let leader = bloc.leader;
            // The pull toward the leader and the warmth of trust, each kept as a reason when
            // it moves the score.
            let cohesion = if leader != d && leader != proposer {
                bloc.cohesion * (deltas[leader.index()] - own)
            } else {
                0.0
            };
            let trust = room.trust_in_proposer[d.index()];
            let tol = room.tolerances[d.index()];
            let lines = red_line_changes(model, d, room.presence, effect);
            // Reactions live as long as the log: their reasons are allocated at their size.
            let extra = (cohesion != 0.0) as usize + (trust != 0.0) as usize + 1 + lines.len();
            let mut reasons = rule_reasons(model, room.salience, d, effect, extra);
            let mut score = own;
            if cohesion != 0.0 {
                score += cohesion;
                reasons.push(Reason::Cohesion {
                    leader,
                    leader_change: deltas[leader.index()],
                    effect: cohesion,
                });
            }
            if trust != 0.0 {
                let effect = params.trust_weight as f32 * trust;
                score += effect;
                reasons.push(Reason::Trust {
                    proposer,
                    trust,
                    effect,
                });
            }
            reasons.push(Reason::Tolerance(tol));
            for &(tag, section, crossed) in &lines {
                reasons.push(Reason::RedLine {
                    tag,
                    section,
                    crossed,
                });
            }
            let stance = if lines.iter().any(|l| l.2) {
                Stance::Object
            } else if !lines.is_empty() {
                Stance::Support
            } else {
                stance_for(model, score, tol)
            };
            Reaction {
                delegation: d,
                stance,
                score,
                reasons,
            }
        })
        .collect()
}
