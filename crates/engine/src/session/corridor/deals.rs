//! Offers and the promises they create. A delegation played by the engine weighs a package by
//! its own rules: what the other side's moves gain it, less what its own cost it, against a
//! bar that trust lowers; it never promises a move it could not live with, and it never deals
//! with a delegation that broke a promise to it or its group. An accepted offer's moves that
//! can be made at once are made at once (publicly: the floor sees the objection dropped, the
//! name added, the amendment withdrawn); the rest are kept or broken later (`promises`).

use super::super::{ActionError, Session, Stage};
use crate::corridor::{
    Commitment, CorridorRefusal, DealReason, Offer, OfferId, OfferState, PLEDGES_PER_SIDE, Pledge,
    PromiseState,
};
use crate::log::{AmendmentId, Event, Position};
use crate::model::DelegationId;
use crate::preferences::delta;

/// The least net gain an engine-played delegation takes a deal for, at zero trust.
const BAR: f32 = 0.1;
/// How much trust lowers (or distrust raises) that bar.
const TRUST_BAR: f32 = 0.3;
/// What a pledge to let an amendment pass is worth when the pledger does not object to it
/// (yet): a share of what a dropped objection is worth.
const IDLE_OBJECTION: f32 = 0.25;
/// What a member state's promise to join consensus is worth to a delegation.
const JOIN_VALUE: f32 = 0.3;
/// Trust a deal earns each side in the other.
const DEAL_WARMTH: f32 = 0.03;

impl Session {
    /// A delegation makes an offer; an engine-played partner answers at once.
    pub(in crate::session) fn make_offer(
        &mut self,
        from: DelegationId,
        to: DelegationId,
        give: &[Pledge],
        want: &[Pledge],
    ) -> Result<(), ActionError> {
        self.counterpart(from, to)?;
        if give.is_empty() || want.is_empty() {
            return Err(ActionError::Corridor(CorridorRefusal::EmptySide));
        }
        if give.len() > PLEDGES_PER_SIDE || want.len() > PLEDGES_PER_SIDE {
            return Err(ActionError::Corridor(CorridorRefusal::TooManyPledges));
        }
        for (side, who) in [(give, from), (want, to)] {
            for (i, p) in side.iter().enumerate() {
                if side[..i].contains(p) || !self.pledge_fits(who, p) {
                    return Err(ActionError::Corridor(CorridorRefusal::Unfit(p.clone())));
                }
            }
        }
        self.corridor.spend(from)?;
        self.open_offer(from, to, give.to_vec(), want.to_vec());
        Ok(())
    }

    /// Records an offer already checked; an engine-played partner answers at once.
    pub(in crate::session) fn open_offer(
        &mut self,
        from: DelegationId,
        to: DelegationId,
        give: Vec<Pledge>,
        want: Vec<Pledge>,
    ) -> OfferId {
        let id = OfferId(self.corridor.offers.len() as u32);
        self.corridor.offers.push(Offer {
            id,
            round: self.clock.rounds_played,
            from,
            to,
            give,
            want,
            state: OfferState::Open,
            reasons: Vec::new(),
        });
        if !self.is_human(to) {
            let o = &self.corridor.offers[id.0 as usize];
            let (accept, reasons) = self.judge_offer(to, from, &o.give, &o.want);
            self.corridor.offers[id.0 as usize].reasons = reasons;
            if accept {
                self.accept_offer(id);
            } else {
                self.corridor.offers[id.0 as usize].state = OfferState::Declined;
            }
        }
        id
    }

    /// The delegation an open offer was made to accepts or declines it.
    pub(in crate::session) fn reply(
        &mut self,
        who: DelegationId,
        id: OfferId,
        accept: bool,
    ) -> Result<(), ActionError> {
        let no_such = ActionError::Corridor(CorridorRefusal::NoSuchOffer(id));
        let o = self
            .corridor
            .offers
            .get(id.0 as usize)
            .ok_or(no_such.clone())?;
        if o.to != who || o.state != OfferState::Open {
            return Err(no_such);
        }
        // The moves asked may no longer be possible (the floor has moved on).
        if accept {
            let (from, give, want) = (o.from, o.give.clone(), o.want.clone());
            let fits = give.iter().all(|p| self.pledge_fits(from, p))
                && want.iter().all(|p| self.pledge_fits(who, p));
            if !fits {
                self.corridor.offers[id.0 as usize].state = OfferState::Lapsed;
                return Ok(());
            }
            self.accept_offer(id);
        } else {
            self.corridor.offers[id.0 as usize].state = OfferState::Declined;
        }
        Ok(())
    }

    /// Whether `by` can promise `p` now.
    pub(in crate::session) fn pledge_fits(&self, by: DelegationId, p: &Pledge) -> bool {
        let on_floor = |a: AmendmentId| self.floor.open.iter().find(|x| x.id == a);
        match p {
            Pledge::NoObjection(a) => self
                .pending_amendment(*a)
                .is_some_and(|x| x.proposer != by && !self.promised_no_objection(by, *a)),
            Pledge::CoSponsor(a) => on_floor(*a).is_some_and(|x| {
                x.proposer != by && !x.cosponsors.contains(&by) && !x.objections.contains(&by)
            }),
            Pledge::Withdraw(a) => on_floor(*a).is_some_and(|x| x.proposer == by),
            Pledge::Join => {
                self.model.delegations[by.index()].may_block()
                    && self.turns.stage != Stage::Finished
                    && self.conduct.positions[by].is_none()
                    && !self.corridor.owed_by(by).any(|c| c.pledge == Pledge::Join)
            }
            Pledge::BackCard(card) => {
                self.open_card(card).is_some() && !self.corridor.owed_by(by).any(|c| c.pledge == *p)
            }
        }
    }

    /// A card's index, if it can still be tabled in this session.
    pub(in crate::session) fn open_card(&self, card: &crate::ids::CardId) -> Option<usize> {
        let k = self
            .model
            .scenario
            .cards
            .iter()
            .position(|c| c.id == *card)?;
        (!self.text.card_adopted[k] && self.turns.stage != Stage::Finished).then_some(k)
    }

    /// What `judge` gains or loses by card `k` entering the text now.
    fn stake_in_card(
        &self,
        judge: DelegationId,
        k: usize,
    ) -> Option<(f32, crate::document::EditEffect)> {
        let effect = self
            .text
            .doc
            .effect(&self.model, &self.model.scenario.cards[k].edit)
            .ok()?;
        Some((
            delta(&self.model, &self.mood.salience, judge, &effect),
            effect,
        ))
    }

    /// What `judge` gains or loses by the amendment entering the text now (0 if it no longer
    /// applies).
    fn stake_in(&self, judge: DelegationId, a: AmendmentId) -> f32 {
        self.pending_amendment(a)
            .and_then(|x| self.text.doc.effect(&self.model, &x.edit).ok())
            .map_or(0.0, |e| delta(&self.model, &self.mood.salience, judge, &e))
    }

    /// What `by` making move `p` is worth to `judge`.
    pub(in crate::session) fn pledge_value(
        &self,
        judge: DelegationId,
        by: DelegationId,
        p: &Pledge,
    ) -> f32 {
        match p {
            Pledge::NoObjection(a) => {
                let objects = self
                    .pending_amendment(*a)
                    .is_some_and(|x| x.objections.contains(&by));
                let share = if objects { 1.0 } else { IDLE_OBJECTION };
                self.stake_in(judge, *a) * share
            }
            Pledge::CoSponsor(a) => 0.5 * self.stake_in(judge, *a),
            Pledge::Withdraw(a) => -self.stake_in(judge, *a),
            Pledge::Join => JOIN_VALUE,
            // A friend for one's own card: worth a share of what the card would bring.
            Pledge::BackCard(card) => self
                .open_card(card)
                .and_then(|k| self.stake_in_card(judge, k))
                .map_or(0.0, |(stake, _)| 0.5 * stake),
        }
    }

    /// What `judge` making move `p` itself costs it, or `None` when it could not live with it.
    pub(in crate::session) fn pledge_cost(&self, judge: DelegationId, p: &Pledge) -> Option<f32> {
        match p {
            Pledge::NoObjection(a) => {
                let x = self.pending_amendment(*a)?;
                let effect = self.text.doc.effect(&self.model, &x.edit).ok()?;
                if !self.could_trade_on(judge, &effect) {
                    return None;
                }
                Some((-delta(&self.model, &self.mood.salience, judge, &effect)).max(0.0))
            }
            Pledge::CoSponsor(a) => {
                let stake = self.stake_in(judge, *a);
                (stake >= 0.0).then_some(0.05)
            }
            Pledge::Withdraw(a) => Some(self.stake_in(judge, *a).max(0.0)),
            Pledge::Join => match self.ai_position(judge).0 {
                Position::Join => Some(0.05),
                Position::Dissociate(_) => Some(JOIN_VALUE),
                Position::Block => None,
            },
            Pledge::BackCard(card) => {
                let (stake, effect) = self.stake_in_card(judge, self.open_card(card)?)?;
                if stake < 0.0 && !self.could_trade_on(judge, &effect) {
                    return None;
                }
                Some((-stake).max(0.0) + 0.05)
            }
        }
    }

    /// Whether `judge` takes the package, and why.
    pub(in crate::session) fn judge_offer(
        &self,
        judge: DelegationId,
        from: DelegationId,
        give: &[Pledge],
        want: &[Pledge],
    ) -> (bool, Vec<DealReason>) {
        if self.broke_faith_with(from, judge) {
            return (false, vec![DealReason::BrokenBefore]);
        }
        let mut cost = 0.0;
        for p in want {
            match self.pledge_cost(judge, p) {
                Some(c) => cost += c,
                None => return (false, vec![DealReason::CannotLive(p.clone())]),
            }
        }
        let gain: f32 = give.iter().map(|p| self.pledge_value(judge, from, p)).sum();
        let trust = self.trust.get(judge, from);
        let accept = gain > 0.0 && gain - cost >= BAR - TRUST_BAR * trust;
        (
            accept,
            vec![
                DealReason::Gain(gain),
                DealReason::Cost(cost),
                DealReason::Trust(trust),
            ],
        )
    }

    /// Seals an offer: each pledge becomes a commitment, and the moves that can be made now
    /// are made.
    fn accept_offer(&mut self, id: OfferId) {
        let o = &mut self.corridor.offers[id.0 as usize];
        o.state = OfferState::Accepted;
        let (from, to) = (o.from, o.to);
        let pledges: Vec<(DelegationId, DelegationId, Pledge)> = o
            .give
            .iter()
            .map(|p| (from, to, p.clone()))
            .chain(o.want.iter().map(|p| (to, from, p.clone())))
            .collect();
        self.trust.nudge(from, to, DEAL_WARMTH);
        self.trust.nudge(to, from, DEAL_WARMTH);
        for (by, partner, pledge) in pledges {
            self.carry_out(by, &pledge);
            let state = if pledge.is_immediate() {
                PromiseState::Kept
            } else {
                PromiseState::Pending
            };
            self.corridor.commitments.push(Commitment {
                offer: id,
                by,
                to: partner,
                pledge,
                state,
            });
        }
    }

    /// Makes the part of a pledge that is done at once.
    fn carry_out(&mut self, by: DelegationId, pledge: &Pledge) {
        match pledge {
            Pledge::NoObjection(a) => {
                // A group's leader gives its group's word, as when lobbied: the members who
                // objected and could live with the text let it pass with it.
                let followers = self.followers_letting_pass(by, *a);
                for d in std::iter::once(by).chain(followers) {
                    self.relent(d, *a);
                }
            }
            Pledge::CoSponsor(a) => {
                if let Some(i) = self.floor.open.iter().position(|x| x.id == *a) {
                    self.cosponsor(i, by);
                }
            }
            Pledge::Withdraw(a) => {
                if let Some(i) = self.floor.open.iter().position(|x| x.id == *a) {
                    self.withdraw(i);
                }
            }
            Pledge::Join | Pledge::BackCard(_) => {}
        }
    }

    /// `d` lets amendment `a` pass: its objection (or warning) is dropped and the Chair no
    /// longer counts it against the text.
    fn relent(&mut self, d: DelegationId, a: AmendmentId) {
        let Some(x) = self
            .floor
            .open
            .iter_mut()
            .chain(self.floor.brackets.iter_mut())
            .find(|x| x.id == a)
        else {
            return;
        };
        let objected = x.objections.contains(&d);
        x.objections.retain(|&o| o != d);
        x.threats.retain(|&o| o != d);
        if !x.persuaded.contains(&d) {
            x.persuaded.push(d);
        }
        let proposer = x.proposer;
        if objected {
            self.trust.nudge(proposer, d, DEAL_WARMTH);
            self.journal.events.push(Event::Relented {
                amendment: a,
                delegation: d,
            });
        }
    }

    /// The members of `leader`'s group (if it leads one) who object to `a` and could live
    /// with it: they follow their leader's word.
    fn followers_letting_pass(&self, leader: DelegationId, a: AmendmentId) -> Vec<DelegationId> {
        let bloc = &self.model.blocs[self.model.delegations[leader.index()].bloc.index()];
        if bloc.leader != leader {
            return Vec::new();
        }
        let Some(x) = self.pending_amendment(a) else {
            return Vec::new();
        };
        let Ok(effect) = self.text.doc.effect(&self.model, &x.edit) else {
            return Vec::new();
        };
        bloc.members
            .iter()
            .copied()
            .filter(|&m| {
                m != leader && x.objections.contains(&m) && self.can_be_lobbied(m, &effect)
            })
            .collect()
    }

    /// Offers no longer answerable: an amendment they name was decided, or they waited a
    /// whole round.
    pub(in crate::session) fn lapse_offers(&mut self) {
        let now = self.clock.rounds_played;
        let stale: Vec<usize> = self
            .corridor
            .offers
            .iter()
            .enumerate()
            .filter(|(_, o)| o.state == OfferState::Open)
            .filter(|(_, o)| {
                o.round + 1 < now
                    || o.give.iter().chain(&o.want).any(|p| {
                        p.amendment()
                            .is_some_and(|a| self.pending_amendment(a).is_none())
                    })
            })
            .map(|(k, _)| k)
            .collect();
        for k in stale {
            self.corridor.offers[k].state = OfferState::Lapsed;
        }
    }

    /// The engine-played delegations that promised `proposer` to back `card`.
    pub(in crate::session) fn backers(
        &self,
        proposer: DelegationId,
        card: Option<&crate::ids::CardId>,
    ) -> Vec<DelegationId> {
        let Some(card) = card else {
            return Vec::new();
        };
        self.corridor
            .commitments
            .iter()
            .filter(|c| {
                c.to == proposer
                    && c.state == PromiseState::Pending
                    && c.pledge == Pledge::BackCard(card.clone())
                    && !self.is_human(c.by)
            })
            .map(|c| c.by)
            .collect()
    }

    /// Whether engine-played `d` promised to join at the vote (and was not released).
    pub(in crate::session) fn promised_to_join(&self, d: DelegationId) -> bool {
        self.corridor.owed_by(d).any(|c| c.pledge == Pledge::Join)
    }
}
