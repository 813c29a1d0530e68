//! The engine's delegations take the first step. When an amendment of theirs meets a few
//! objections that a deal could lift, the proposer sounds the objector out and offers a
//! trade: it lets pass (or co-sponsors) something the objector wants, if the objector lets
//! this pass. It does the same with a delegation played by a person whose brief the amendment
//! hurts, before that delegation answers on the floor, and with one that objected. Nothing
//! here is drawn at random: the same room makes the same offers.

use super::super::Session;
use crate::corridor::{Pledge, Sounding};
use crate::log::AmendmentId;
use crate::model::DelegationId;
use crate::preferences::delta;

/// An amendment with more objecting member states than this is beyond a deal in the corridor.
const DEALABLE_OBJECTIONS: usize = 3;
/// Objectors a proposer approaches per amendment.
const APPROACHES: usize = 2;

impl Session {
    /// After `id` is tabled: its engine-played proposer approaches the objectors it could win
    /// over, and the delegations played by people whose brief it hurts.
    pub(in crate::session) fn corridor_after_tabling(&mut self, id: AmendmentId) {
        let Some(a) = self.pending_amendment(id) else {
            return;
        };
        let proposer = a.proposer;
        if self.is_human(proposer) {
            return;
        }
        let states = |d: &DelegationId| self.model.delegations[d.index()].may_block();
        let objectors: Vec<DelegationId> = a.objections.iter().copied().filter(states).collect();
        if objectors.len() > DEALABLE_OBJECTIONS {
            return;
        }
        let Ok(effect) = self.text.doc.effect(&self.model, &a.edit) else {
            return;
        };
        // People whose brief the amendment hurts have not answered yet: they are approached
        // like the objectors.
        let mut targets: Vec<DelegationId> = objectors;
        targets.extend(self.model.delegation_ids().filter(|&d| {
            d != proposer
                && self.is_human(d)
                && states(&d)
                && delta(&self.model, &self.mood.salience, d, &effect) < 0.0
        }));
        targets.sort_by(|x, y| {
            let inf = |d: &DelegationId| self.model.delegations[d.index()].influence;
            inf(y).total_cmp(&inf(x)).then(x.cmp(y))
        });
        targets.dedup();
        for target in targets.into_iter().take(APPROACHES) {
            self.approach(proposer, target, id);
        }
    }

    /// After a person's delegation objects to `id` on the floor: the engine-played proposer
    /// approaches it.
    pub(in crate::session) fn corridor_after_objection(
        &mut self,
        id: AmendmentId,
        objector: DelegationId,
    ) {
        let Some(a) = self.pending_amendment(id) else {
            return;
        };
        let proposer = a.proposer;
        if self.is_human(proposer) || !self.is_human(objector) {
            return;
        }
        let asked = self.corridor.offers.iter().any(|o| {
            o.from == proposer && o.to == objector && o.want.contains(&Pledge::NoObjection(id))
        });
        if !asked {
            self.approach(proposer, objector, id);
        }
    }

    /// `proposer` sounds `target` out on `id` and, if it cannot simply count on it and has a
    /// price to pay, offers it.
    fn approach(&mut self, proposer: DelegationId, target: DelegationId, id: AmendmentId) {
        if self.corridor.moves_left(proposer) == 0 || self.promised_no_objection(target, id) {
            return;
        }
        let Some(a) = self.pending_amendment(id) else {
            return;
        };
        let objects = a.objections.contains(&target);
        let Ok(effect) = self.text.doc.effect(&self.model, &a.edit) else {
            return;
        };
        // An engine-played target is sounded first: no offer to one that could never live
        // with it, or that would let it pass anyway.
        if !self.is_human(target) {
            if self.corridor.spend(proposer).is_err() {
                return;
            }
            let record =
                self.sounding_answer(proposer, target, proposer, &effect, Sounding::Amendment(id));
            let hopeless = !self.can_be_lobbied(target, &effect);
            let willing = matches!(record.answer, Some(s) if s != crate::preferences::Stance::Object)
                && !objects;
            self.corridor.soundings.push(record);
            if hopeless || willing {
                return;
            }
        }
        let Some(price) = self.price_for(proposer, target, id) else {
            return;
        };
        if self.corridor.spend(proposer).is_ok() {
            self.open_offer(proposer, target, vec![price], vec![Pledge::NoObjection(id)]);
        }
    }

    /// What `proposer` could give `target` for letting `id` pass: let pass an amendment the
    /// target wants and the proposer objects to but can live with, or co-sponsor one of the
    /// target's own; the one the target values most.
    fn price_for(
        &self,
        proposer: DelegationId,
        target: DelegationId,
        id: AmendmentId,
    ) -> Option<Pledge> {
        let mut best: Option<(f32, Pledge)> = None;
        for y in self.floor.pending() {
            if y.id == id || y.proposer == proposer {
                continue;
            }
            let Ok(effect) = self.text.doc.effect(&self.model, &y.edit) else {
                continue;
            };
            let theirs = delta(&self.model, &self.mood.salience, target, &effect);
            let ours = delta(&self.model, &self.mood.salience, proposer, &effect);
            let candidate = if y.objections.contains(&proposer)
                && theirs > 0.0
                && self.can_be_lobbied(proposer, &effect)
            {
                Some((theirs, Pledge::NoObjection(y.id)))
            } else if y.proposer == target
                && ours >= 0.0
                && self.pledge_fits(proposer, &Pledge::CoSponsor(y.id))
            {
                Some((0.5 * theirs, Pledge::CoSponsor(y.id)))
            } else {
                None
            };
            if let Some((value, pledge)) = candidate
                && value > 0.0
                && best.as_ref().is_none_or(|(v, _)| value > *v)
                && self.pledge_fits(proposer, &pledge)
            {
                best = Some((value, pledge));
            }
        }
        best.map(|(_, p)| p)
    }
}
