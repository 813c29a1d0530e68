//! The corridor's rules (the shared data is in `crate::corridor`): soundings answered from a
//! delegation's own evaluation (`sound`), offers judged by their value and the commitments
//! they create (`deals`), kept or broken (`promises`), and the engine's delegations taking
//! the first step (`initiative`).

mod deals;
mod initiative;
mod promises;
mod sound;

use super::{ActionError, Session};
use crate::corridor::{
    Commitment, CorridorRefusal, CorridorView, MOVES_PER_ROUND, Offer, OfferState, SoundingRecord,
};
use crate::log::AmendmentId;
use crate::model::DelegationId;

/// Everything said and agreed in the corridor in one session.
#[derive(Debug, Clone, Default)]
pub(super) struct Corridor {
    pub soundings: Vec<SoundingRecord>,
    pub offers: Vec<Offer>,
    pub commitments: Vec<Commitment>,
    /// Corridor moves each delegation made this round.
    pub used: Vec<u32>,
    /// Who broke a promise to whom: (breaker, wronged).
    pub broken: Vec<(DelegationId, DelegationId)>,
    /// What delegations told the Chair in consultations: the options of a bracket each could
    /// live with (the latest word counts).
    pub consulted: Vec<(AmendmentId, DelegationId, Vec<crate::log::ChairOutcome>)>,
    /// The cards delegations played by people brought to consultations as their wording.
    pub brought: Vec<(AmendmentId, DelegationId, crate::ids::CardId)>,
}

impl Corridor {
    pub fn new(n: usize) -> Corridor {
        Corridor {
            used: vec![0; n],
            ..Corridor::default()
        }
    }

    /// A new round: time for the corridor again.
    pub fn new_round(&mut self) {
        self.used.fill(0);
    }

    pub fn moves_left(&self, d: DelegationId) -> u32 {
        MOVES_PER_ROUND.saturating_sub(self.used[d.index()])
    }

    /// Spends one of `d`'s corridor moves this round, or says there is none left.
    pub fn spend(&mut self, d: DelegationId) -> Result<(), ActionError> {
        if self.moves_left(d) == 0 {
            return Err(ActionError::Corridor(CorridorRefusal::NoTimeLeft));
        }
        self.used[d.index()] += 1;
        Ok(())
    }

    /// Whether `breaker` broke a promise to `d` in this session.
    pub fn broke_to(&self, breaker: DelegationId, d: DelegationId) -> bool {
        self.broken.iter().any(|&(b, w)| b == breaker && w == d)
    }

    /// `d`'s promises still to keep.
    pub fn owed_by(&self, d: DelegationId) -> impl Iterator<Item = &Commitment> {
        self.commitments
            .iter()
            .filter(move |c| c.by == d && c.state == crate::corridor::PromiseState::Pending)
    }
}

impl Session {
    /// Whether `breaker` broke a promise to `d` or to a member of `d`'s group.
    pub(super) fn broke_faith_with(&self, breaker: DelegationId, d: DelegationId) -> bool {
        let bloc = self.model.delegations[d.index()].bloc;
        self.corridor.broken.iter().any(|&(b, w)| {
            b == breaker && (w == d || self.model.delegations[w.index()].bloc == bloc)
        })
    }

    /// Checks that `to` is another delegation of this room.
    fn counterpart(&self, from: DelegationId, to: DelegationId) -> Result<(), ActionError> {
        if to.index() >= self.n() {
            return Err(ActionError::UnknownDelegation(to.to_string()));
        }
        if to == from {
            return Err(ActionError::Corridor(CorridorRefusal::ToItself));
        }
        Ok(())
    }

    /// One delegation's corridor: what it asked and was asked, the offers it made and received,
    /// the promises it gave and was given.
    pub fn corridor_of(&self, d: DelegationId) -> CorridorView {
        let c = &self.corridor;
        CorridorView {
            moves_left: c.moves_left(d),
            soundings: c
                .soundings
                .iter()
                .filter(|s| s.asker == d || s.asked == d)
                .cloned()
                .collect(),
            offers: c
                .offers
                .iter()
                .filter(|o| o.from == d || o.to == d)
                .cloned()
                .collect(),
            commitments: c
                .commitments
                .iter()
                .filter(|x| x.by == d || x.to == d)
                .cloned()
                .collect(),
            invitations: self
                .floor
                .brackets
                .iter()
                .filter(|a| self.invited(a, d))
                .map(|a| crate::corridor::Invitation {
                    amendment: a.id,
                    options: self
                        .options(a, self.time())
                        .0
                        .into_iter()
                        .map(|o| o.outcome)
                        .collect(),
                    said: c
                        .consulted
                        .iter()
                        .find(|(x, who, _)| *x == a.id && *who == d)
                        .map(|(_, _, ok)| ok.clone()),
                    cards: (0..self.model.scenario.cards.len())
                        .filter(|&k| self.model.card_askers[k].contains(&d) && self.may_bring(a, k))
                        .map(|k| self.model.scenario.cards[k].id.to_string())
                        .collect(),
                    brought: c
                        .brought
                        .iter()
                        .find(|(x, who, _)| *x == a.id && *who == d)
                        .map(|(_, _, card)| card.to_string()),
                })
                .collect(),
            advice: c
                .offers
                .iter()
                .filter(|o| o.to == d && o.state == OfferState::Open)
                .map(|o| {
                    let (accept, why) = self.judge_offer(d, o.from, &o.give, &o.want);
                    (o.id, accept, why)
                })
                .collect(),
        }
    }

    /// Everything said and agreed in the corridor, by every seat (the facilitator's view).
    pub fn corridor_whole(&self) -> CorridorView {
        let c = &self.corridor;
        CorridorView {
            moves_left: 0,
            soundings: c.soundings.clone(),
            offers: c.offers.clone(),
            commitments: c.commitments.clone(),
            advice: Vec::new(),
            invitations: Vec::new(),
        }
    }

    /// The whole corridor (for the facilitator, the debrief of every seat, and statistics).
    pub fn corridor(&self) -> (&[SoundingRecord], &[Offer], &[Commitment]) {
        (
            &self.corridor.soundings,
            &self.corridor.offers,
            &self.corridor.commitments,
        )
    }

    /// Changes whenever anything in the corridor does: its soundings, offers and promises
    /// and how many of them have been settled.
    pub fn corridor_stamp(&self) -> [usize; 5] {
        let c = &self.corridor;
        [
            c.soundings.len(),
            c.offers.len(),
            c.commitments.len(),
            c.offers
                .iter()
                .filter(|o| o.state != OfferState::Open)
                .count(),
            c.commitments
                .iter()
                .filter(|x| x.state != crate::corridor::PromiseState::Pending)
                .count(),
        ]
    }

    /// How `judge`'s brief weighs `from`'s moves `give` against its own moves `want`: whether
    /// it would take the package, and why (the rule engine-played delegations answer by).
    pub fn weigh_offer(
        &self,
        judge: DelegationId,
        from: DelegationId,
        give: &[crate::corridor::Pledge],
        want: &[crate::corridor::Pledge],
    ) -> (bool, Vec<crate::corridor::DealReason>) {
        self.judge_offer(judge, from, give, want)
    }

    /// What promising `p` would cost `d` by its brief; `None` if it could not live with it.
    pub fn pledge_cost_to(&self, d: DelegationId, p: &crate::corridor::Pledge) -> Option<f32> {
        if !self.pledge_fits(d, p) {
            return None;
        }
        self.pledge_cost(d, p)
    }

    /// Accepted offers so far.
    pub fn deals(&self) -> usize {
        self.corridor
            .offers
            .iter()
            .filter(|o| o.state == OfferState::Accepted)
            .count()
    }

    /// Whether the Chair consults `d` on bracket `a`: its proposer and its objectors.
    fn invited(&self, a: &super::Amendment, d: DelegationId) -> bool {
        a.proposer == d || a.objections.contains(&d) || a.threats.contains(&d)
    }

    /// A delegation tells the Chair which options of a bracket it could live with, and may
    /// bring a card of its capital's as its wording for the paragraph.
    pub(in crate::session) fn consult(
        &mut self,
        d: DelegationId,
        id: AmendmentId,
        acceptable: &[crate::log::ChairOutcome],
        wording: Option<&crate::ids::CardId>,
    ) -> Result<(), ActionError> {
        let a = self
            .floor
            .brackets
            .iter()
            .find(|a| a.id == id)
            .ok_or(ActionError::NoSuchAmendment(id))?;
        if !self.invited(a, d) {
            return Err(ActionError::Corridor(CorridorRefusal::NotInvited(id)));
        }
        if let Some(card) = wording {
            let k = self.model.scenario.cards.iter().position(|c| c.id == *card);
            if !k.is_some_and(|k| self.model.card_askers[k].contains(&d) && self.may_bring(a, k)) {
                return Err(ActionError::Corridor(CorridorRefusal::CannotBring(
                    id,
                    card.to_string(),
                )));
            }
        }
        let c = &mut self.corridor.consulted;
        c.retain(|(x, who, _)| !(*x == id && *who == d));
        c.push((id, d, acceptable.to_vec()));
        let b = &mut self.corridor.brought;
        b.retain(|(x, who, _)| !(*x == id && *who == d));
        if let Some(card) = wording {
            b.push((id, d, card.clone()));
        }
        Ok(())
    }

    /// What each of the Chair's options on bracket `id` would be worth to `d` (with the cards
    /// `d` could still bring as its own wording): its brief's change in utility and what it
    /// would do to `d`'s objectives on the text, weighed as the coach weighs them, then that
    /// objective weight alone (negative: it would lose some); and `d`'s tolerance now. What a delegation weighs before telling the
    /// Chair what it can live with (its objectives are its own: the Chair reads only its
    /// brief). Empty when there is no such bracket.
    pub fn option_values(
        &self,
        d: DelegationId,
        id: AmendmentId,
    ) -> (Vec<(crate::log::ChairOutcome, f32, f32)>, f32) {
        let Some(a) = self.floor.brackets.iter().find(|a| a.id == id) else {
            return (Vec::new(), 0.0);
        };
        let (mut options, mut effects) = self.options(a, self.time());
        // The cards `d` could still bring, as the options they would become.
        let model = self.model.clone();
        for k in 0..model.scenario.cards.len() {
            let card = &model.scenario.cards[k];
            let outcome = crate::log::ChairOutcome::FriendsWording {
                card: card.id.to_string(),
                by: d,
            };
            if !model.card_askers[k].contains(&d)
                || !self.may_bring(a, k)
                || options.iter().any(|o| o.outcome == outcome)
            {
                continue;
            }
            if let Ok(e) = self.text.doc.effect(&model, &card.edit) {
                options.push(crate::session::ChairOption {
                    outcome,
                    edit: Some(card.edit.clone()),
                    objectors: Vec::new(),
                    over_groups: Vec::new(),
                    near_best: false,
                });
                effects.push(e);
            }
        }
        let values = options
            .iter()
            .zip(&effects)
            .map(|(o, e)| {
                let brief = crate::preferences::delta(&self.model, &self.mood.salience, d, e);
                let stake = self.objective_stake_of(d, e, o.edit.as_ref());
                (
                    o.outcome.clone(),
                    brief + super::OBJECTIVE_VALUE * stake,
                    stake,
                )
            })
            .collect();
        (values, self.mood.tolerance_now[d])
    }

    /// What the delegations consulted on bracket `id` said they could live with.
    pub(in crate::session) fn consultations_on(
        &self,
        id: AmendmentId,
    ) -> Vec<(DelegationId, Vec<crate::log::ChairOutcome>)> {
        self.corridor
            .consulted
            .iter()
            .filter(|(x, _, _)| *x == id)
            .map(|(_, d, ok)| (*d, ok.clone()))
            .collect()
    }

    /// An amendment on the floor or in brackets.
    pub(in crate::session) fn pending_amendment(
        &self,
        id: AmendmentId,
    ) -> Option<&super::Amendment> {
        self.floor.pending().find(|a| a.id == id)
    }
}
