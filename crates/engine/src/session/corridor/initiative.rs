//! The engine's delegations take the first step. When an amendment of theirs meets a few
//! objections that a deal could lift, the proposer sounds the objector out and offers a
//! trade: it lets pass (or co-sponsors) something the objector wants, or promises to back a
//! card the objector's capital asks for, if the objector lets this pass. It does the same with a delegation played by a person whose brief the amendment
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
/// Offers a delegation played by a person receives in one round: enough to feel the
/// corridor, few enough to weigh each one.
const OFFERS_TO_A_PERSON: usize = 2;

impl Session {
    /// After `id` is tabled: its engine-played proposer approaches the objectors it could win
    /// over and the delegations played by people whose brief it hurts, then asks those whose
    /// brief it serves to co-sponsor it.
    pub(in crate::session) fn corridor_after_tabling(&mut self, id: AmendmentId) {
        let Some(a) = self.pending_amendment(id) else {
            return;
        };
        let proposer = a.proposer;
        if self.is_human(proposer) {
            return;
        }
        let states = |d: &DelegationId| self.model.delegations[d.index()].may_block();
        let mut objectors: Vec<DelegationId> =
            a.objections.iter().copied().filter(states).collect();
        // Too many objectors for deals to carry it: the proposer talks only to people.
        if objectors.len() > DEALABLE_OBJECTIONS {
            objectors.clear();
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
        // People whose brief it serves are asked to put their name to it.
        let friends: Vec<DelegationId> = self
            .model
            .delegation_ids()
            .filter(|&d| {
                d != proposer
                    && self.is_human(d)
                    && delta(&self.model, &self.mood.salience, d, &effect) > 0.0
            })
            .collect();
        for friend in friends {
            self.seek_support(proposer, friend, id);
        }
    }

    /// Whether a person's delegation has had its share of offers this round, or still has one
    /// of `from`'s to answer.
    fn has_enough_offers(&self, from: DelegationId, to: DelegationId) -> bool {
        if !self.is_human(to) {
            return false;
        }
        let now = self.clock.rounds_played;
        let mut this_round = 0;
        for o in self.corridor.offers.iter().filter(|o| o.to == to) {
            if o.from == from && o.state == crate::corridor::OfferState::Open {
                return true;
            }
            this_round += usize::from(o.round == now && !self.is_human(o.from));
        }
        this_round >= OFFERS_TO_A_PERSON
    }

    /// `proposer` asks `friend`, played by a person, to co-sponsor `id`, for a price.
    fn seek_support(&mut self, proposer: DelegationId, friend: DelegationId, id: AmendmentId) {
        let ask = Pledge::CoSponsor(id);
        if self.corridor.moves_left(proposer) == 0
            || !self.pledge_fits(friend, &ask)
            || self.has_enough_offers(proposer, friend)
        {
            return;
        }
        let Some(price) = self.price_for(proposer, friend, id) else {
            return;
        };
        let gain = self.pledge_value(proposer, friend, &ask);
        let cost = self.pledge_cost(proposer, &price).unwrap_or(f32::INFINITY);
        if gain > cost && self.corridor.spend(proposer).is_ok() {
            self.open_offer(proposer, friend, vec![price], vec![ask]);
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
        if self.corridor.moves_left(proposer) == 0
            || self.promised_no_objection(target, id)
            || self.has_enough_offers(proposer, target)
        {
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
            let hopeless = !self.could_trade_on(target, &effect);
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
        // Worth it to the proposer: what the amendment brings it, as far as this one objection
        // stands in its way, against what the price costs it.
        let share = if objects { 1.0 } else { 0.25 };
        let gain = share * delta(&self.model, &self.mood.salience, proposer, &effect);
        let cost = self.pledge_cost(proposer, &price).unwrap_or(f32::INFINITY);
        if gain <= cost {
            return;
        }
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
        if best.is_none() {
            best = self.card_price(proposer, target);
        }
        best.map(|(_, p)| p)
    }

    /// A card the target's capital asks for and has not tabled yet, that the proposer can live
    /// with: the proposer offers to back it. The one the target values most.
    fn card_price(&self, proposer: DelegationId, target: DelegationId) -> Option<(f32, Pledge)> {
        let mut best: Option<(f32, Pledge)> = None;
        for (k, card) in self.model.scenario.cards.iter().enumerate() {
            if !self.model.card_askers[k].contains(&target)
                || self.floor.card_tabled_by[k].contains(&target)
            {
                continue;
            }
            let pledge = Pledge::BackCard(card.id.clone());
            if !self.pledge_fits(proposer, &pledge) || self.pledge_cost(proposer, &pledge).is_none()
            {
                continue;
            }
            let value = self.pledge_value(target, proposer, &pledge);
            if value > 0.0 && best.as_ref().is_none_or(|(v, _)| value > *v) {
                best = Some((value, pledge));
            }
        }
        best
    }
}
