//! Promises kept and broken. A promise is kept when its moment passes without a breach; an
//! objection after promising to let an amendment pass or to back a card, or another position
//! than joining after promising to join, breaks it. A broken promise costs the breaker the
//! partner's trust and, less, its group's, and releases the partner from its side.

use super::super::{Session, Stage};
use crate::corridor::{Pledge, PromiseState};
use crate::log::{AmendmentId, Position};
use crate::model::DelegationId;

/// Trust a broken promise costs with the partner, and with each member of the partner's group.
const BREACH_COST: f32 = 0.3;
const BREACH_GROUP_COST: f32 = 0.1;

impl Session {
    /// A delegation objects to (or threatens over) an amendment: a promise to let it pass
    /// is broken there and then.
    pub(in crate::session) fn note_objection(&mut self, who: DelegationId, id: AmendmentId) {
        let card = self
            .pending_amendment(id)
            .and_then(|a| a.card.clone().map(|c| (c, a.proposer)));
        self.break_where(who, |p, to| {
            *p == Pledge::NoObjection(id)
                || card.as_ref().is_some_and(|(c, proposer)| {
                    *p == Pledge::BackCard(c.clone()) && to == *proposer
                })
        });
    }

    /// The positions taken at the vote keep or break the promises to join.
    pub(in crate::session) fn note_positions(&mut self, positions: &[Position]) {
        for (k, position) in positions.iter().enumerate() {
            let d = DelegationId::at(k);
            if *position == Position::Join {
                for c in &mut self.corridor.commitments {
                    if c.by == d && c.pledge == Pledge::Join && c.state == PromiseState::Pending {
                        c.state = PromiseState::Kept;
                    }
                }
            } else {
                self.break_where(d, |p, _| *p == Pledge::Join);
            }
        }
    }

    /// Marks `who`'s pending promises that `broken` matches (by pledge and partner) as broken,
    /// with the breach's cost.
    fn break_where(&mut self, who: DelegationId, broken: impl Fn(&Pledge, DelegationId) -> bool) {
        let mut wronged = Vec::new();
        for c in &mut self.corridor.commitments {
            if c.by == who && c.state == PromiseState::Pending && broken(&c.pledge, c.to) {
                c.state = PromiseState::Broken;
                wronged.push(c.to);
            }
        }
        for w in wronged {
            self.breach(who, w);
        }
    }

    /// Promises whose moment has passed without a breach are kept: an amendment let pass that
    /// is no longer pending; a promise to join when the session ended without a vote is void.
    pub(in crate::session) fn settle_promises(&mut self) {
        let finished = self.turns.stage == Stage::Finished;
        for k in 0..self.corridor.commitments.len() {
            let c = &self.corridor.commitments[k];
            if c.state != PromiseState::Pending {
                continue;
            }
            let state = match &c.pledge {
                Pledge::NoObjection(a) if self.pending_amendment(*a).is_none() => {
                    PromiseState::Kept
                }
                Pledge::Join if finished => PromiseState::Released,
                // Kept once the partner's card was tabled and decided without an objection
                // from the one who promised; void if the partner never tabled it.
                Pledge::BackCard(card) => {
                    let Some(k) = self.model.scenario.cards.iter().position(|x| x.id == *card)
                    else {
                        continue;
                    };
                    let pending = self
                        .floor
                        .pending()
                        .any(|a| a.card.as_ref() == Some(card) && a.proposer == c.to);
                    if !pending && self.floor.card_tabled_by[k].contains(&c.to) {
                        PromiseState::Kept
                    } else if finished {
                        PromiseState::Released
                    } else {
                        continue;
                    }
                }
                Pledge::CoSponsor(_) | Pledge::Withdraw(_) => PromiseState::Kept,
                _ => continue,
            };
            self.corridor.commitments[k].state = state;
        }
    }

    fn breach(&mut self, breaker: DelegationId, wronged: DelegationId) {
        self.trust.nudge(wronged, breaker, -BREACH_COST);
        let bloc = self.model.delegations[wronged.index()].bloc;
        for &m in &self.model.blocs[bloc.index()].members {
            if m != wronged && m != breaker {
                self.trust.nudge(m, breaker, -BREACH_GROUP_COST);
            }
        }
        if !self.corridor.broke_to(breaker, wronged) {
            self.corridor.broken.push((breaker, wronged));
        }
        for c in &mut self.corridor.commitments {
            if c.by == wronged && c.to == breaker && c.state == PromiseState::Pending {
                c.state = PromiseState::Released;
            }
        }
    }
}
