//! The floor: amendments tabled this round, those bracketed until the Chair's next revision,
//! which paragraphs are locked by a pending amendment, and the Chair's summary. Tabling and
//! the answers to an amendment are checked here before they change anything; tabling is
//! carried out here, the answers in `responses`.

use serde::{Deserialize, Serialize};

use super::{ActionError, Session};
use crate::document::{EditEffect, EditError};
use crate::ids::CardId;
use crate::ids::ParagraphId;
use crate::log::{AmendmentId, Event};
use crate::model::DelegationId;
use crate::preferences::{Reaction, Room, Stance, reactions};
use crate::scenario::EditSpec;

/// Trust the room loses in a delegation whose threat proved empty, and for re-tabling an
/// edit the Chair ruled out.
pub(super) const EMPTY_THREAT_COST: f32 = 0.1;
const RETABLED_COST: f32 = 0.02;

/// An amendment on the floor or in brackets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amendment {
    pub id: AmendmentId,
    pub proposer: DelegationId,
    pub card: Option<CardId>,
    pub edit: EditSpec,
    pub paragraph: ParagraphId,
    pub cosponsors: Vec<DelegationId>,
    pub objections: Vec<DelegationId>,
    /// Objectors who warned they could not live with it, and whom the Chair believes.
    #[serde(default)]
    pub threats: Vec<DelegationId>,
    /// Delegations lobbied into letting it pass: the Chair does not count them against it.
    #[serde(default)]
    pub persuaded: Vec<DelegationId>,
    /// Each AI delegation's stance when the amendment was tabled; the reasons are in the
    /// `Reacted` event (see `Session::reactions_to`).
    pub stances: Vec<(DelegationId, Stance)>,
}

impl Amendment {
    /// The stance of a delegation on this amendment, as the room sees it.
    pub fn stance_of(&self, d: DelegationId) -> Option<Stance> {
        if d == self.proposer || self.cosponsors.contains(&d) {
            return Some(Stance::Support);
        }
        if self.objections.contains(&d) {
            return Some(Stance::Object);
        }
        // Lobbied into letting it pass: it has its reservations, it no longer objects.
        if self.persuaded.contains(&d) {
            return Some(Stance::Reservation);
        }
        self.stances.iter().find(|r| r.0 == d).map(|r| r.1)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryEntry {
    pub amendment: AmendmentId,
    pub proposer: DelegationId,
    pub card: Option<CardId>,
    pub edit: EditSpec,
}

#[derive(Debug, Clone, Default)]
pub struct Floor {
    /// Tabled this round, awaiting "any objection?".
    pub open: Vec<Amendment>,
    /// Contested, awaiting the Chair's revision.
    pub brackets: Vec<Amendment>,
    pub tabled_this_round: u32,
    /// Edits each delegation has tabled this session (a delegation does not table one twice).
    pub tabled: Vec<Vec<EditSpec>>,
    /// Edits the Chair has ruled out (kept the text against them): tabling one again under
    /// another name is seen for what it is.
    pub rejected: Vec<EditSpec>,
    /// For each amendment card: who has tabled it, and whether the Chair ruled it out (the
    /// same facts as `tabled` and `rejected`, by card, for the AI's quick look-up).
    pub card_tabled_by: Vec<Vec<DelegationId>>,
    pub card_rejected: Vec<bool>,
    /// Paragraphs with an amendment pending, by position in the current text.
    pub busy_slots: Vec<Vec<bool>>,
    pub next_amendment: AmendmentId,
    /// The first amendment tabled in the current phase.
    pub phase_first_amendment: AmendmentId,
    pub summary: Vec<SummaryEntry>,
    /// Zero-draft wording the Chair cut that members had supported.
    pub draft_summary: Vec<super::DraftInSummary>,
}

impl Floor {
    pub fn new(delegations: usize, cards: usize) -> Floor {
        Floor {
            tabled: vec![Vec::new(); delegations],
            card_tabled_by: vec![Vec::new(); cards],
            card_rejected: vec![false; cards],
            next_amendment: AmendmentId(1),
            ..Floor::default()
        }
    }

    /// Amendments on the floor, then in brackets.
    pub fn pending(&self) -> impl Iterator<Item = &Amendment> {
        self.open.iter().chain(&self.brackets)
    }

    pub fn locks(&self, paragraph: &str) -> bool {
        self.pending().any(|a| a.paragraph == paragraph)
    }

    /// Where an amendment tabled this round sits on the floor.
    pub fn find_open(&self, a: AmendmentId) -> Result<usize, ActionError> {
        self.open
            .iter()
            .position(|x| x.id == a)
            .ok_or(ActionError::NoSuchAmendment(a))
    }
}

impl Session {
    pub(super) fn card_edit(&self, card: &CardId) -> Result<EditSpec, ActionError> {
        let k = self
            .model
            .scenario
            .cards
            .iter()
            .position(|c| c.id == *card)
            .ok_or_else(|| ActionError::UnknownCard(card.clone()))?;
        if self.text.card_adopted[k] {
            return Err(ActionError::CardSpent(card.clone()));
        }
        if !self.card_in_phase(k) {
            let schedule = &self.model.scenario.schedule;
            let names = self.model.scenario.cards[k]
                .phases
                .iter()
                .filter_map(|p| schedule.phases.iter().find(|x| x.id == *p))
                .map(|p| p.name.to_string())
                .collect();
            return Err(ActionError::CardOutOfPhase(card.clone(), names));
        }
        Ok(self.model.scenario.cards[k].edit.clone())
    }

    /// Whether card `k` may be tabled in the phase under way.
    pub(super) fn card_in_phase(&self, k: usize) -> bool {
        let phases = &self.model.scenario.cards[k].phases;
        phases.is_empty()
            || self
                .model
                .scenario
                .schedule
                .phases
                .get(self.clock.phase)
                .is_some_and(|now| phases.contains(&now.id))
    }

    /// The index on the floor of an amendment `who` may still co-sponsor or object to.
    pub(super) fn respondable(
        &self,
        who: DelegationId,
        a: AmendmentId,
    ) -> Result<usize, ActionError> {
        let i = self.floor.find_open(a)?;
        let am = &self.floor.open[i];
        if am.proposer == who {
            return Err(ActionError::OwnAmendment);
        }
        if am.cosponsors.contains(&who) || am.objections.contains(&who) {
            return Err(ActionError::AlreadyResponded(a));
        }
        Ok(i)
    }

    /// Checks an edit can be tabled by `who` now and returns its effect.
    pub(super) fn check_table(
        &self,
        who: DelegationId,
        edit: &EditSpec,
    ) -> Result<(EditEffect, ParagraphId), ActionError> {
        if self.conduct.budget[who] == 0 {
            return Err(ActionError::NoInterventions);
        }
        let paragraph = self.text.doc.footprint(edit)?;
        // A deleted paragraph is not amended back into life from the floor (the Chair may
        // restore its text): an insertion into it or a move of it changes nothing agreed.
        if matches!(edit, EditSpec::Insert { .. } | EditSpec::Move { .. })
            && self.text.doc.paragraph_deleted(&paragraph)
        {
            return Err(ActionError::Edit(EditError::ParagraphDeleted(paragraph)));
        }
        if self.floor.locks(&paragraph) {
            return Err(ActionError::ParagraphBusy(paragraph));
        }
        let effect = self.text.doc.effect(&self.model, edit)?;
        if self.floor.tabled[who.index()].contains(edit) {
            return Err(ActionError::Repeated);
        }
        Ok((effect, paragraph))
    }

    /// Who reacts to an edit: every AI delegation present, except the proposer.
    pub(super) fn reactors(&self, proposer: DelegationId) -> Vec<DelegationId> {
        let mut reactors = Vec::with_capacity(self.n());
        reactors.extend(
            self.model
                .delegation_ids()
                .filter(|&d| d != proposer && !self.is_human(d) && !self.conduct.silenced[d]),
        );
        reactors
    }

    /// The room's reactions to an edit by `proposer`, without the random term (a prediction).
    pub(super) fn room_reactions(
        &self,
        proposer: DelegationId,
        effect: &EditEffect,
    ) -> Vec<Reaction> {
        self.reactions_of(&self.reactors(proposer), proposer, effect)
    }

    /// The reactions of `reactors` to an edit by `proposer`.
    pub(super) fn reactions_of(
        &self,
        reactors: &[DelegationId],
        proposer: DelegationId,
        effect: &EditEffect,
    ) -> Vec<Reaction> {
        let trust: Vec<f32> = (0..self.n())
            .map(|d| self.trust.get(DelegationId::at(d), proposer))
            .collect();
        let room = Room {
            model: &self.model,
            salience: &self.mood.salience,
            presence: &self.text.presence,
            tolerances: self.mood.tolerance_now.as_slice(),
            trust_in_proposer: &trust,
            reactors,
        };
        reactions(&room, proposer, effect)
    }

    pub(super) fn table(
        &mut self,
        who: DelegationId,
        edit: EditSpec,
        card: Option<CardId>,
    ) -> Result<AmendmentId, ActionError> {
        let (effect, paragraph) = self.check_table(who, &edit)?;
        if self.floor.rejected.contains(&edit) {
            self.trust.room_regards(who, -RETABLED_COST);
        }
        let id = self.floor.next_amendment;
        self.floor.next_amendment.0 += 1;
        // Checked in `check_table`: there is an intervention to spend.
        self.conduct.spend(who);
        self.floor.tabled_this_round += 1;
        self.floor.tabled[who.index()].push(edit.clone());
        let model = self.model.clone();
        for &k in model.cards_with(&edit) {
            self.floor.card_tabled_by[k].push(who);
        }
        self.journal.events.push(Event::Tabled {
            amendment: id,
            proposer: who,
            card: card.clone(),
            edit: edit.clone(),
        });
        let reactors = self.reactors(who);
        let reactions = self.reactions_of(&reactors, who, &effect);
        let mut amendment = Amendment {
            id,
            proposer: who,
            card,
            edit,
            paragraph,
            cosponsors: Vec::new(),
            objections: Vec::new(),
            threats: Vec::new(),
            persuaded: Vec::new(),
            stances: reactions.iter().map(|r| (r.delegation, r.stance)).collect(),
        };
        self.journal.events.push(Event::Reacted {
            amendment: id,
            reactions,
        });
        // Who promised in the corridor to back this card co-sponsors it, whatever it thinks.
        let backers = self.backers(who, amendment.card.as_ref());
        for (d, stance) in &mut amendment.stances {
            if backers.contains(d) {
                *stance = Stance::Support;
            }
        }
        for &(d, stance) in &amendment.stances {
            match stance {
                Stance::Object => {
                    amendment.objections.push(d);
                    let habitual = self.count_objection(d);
                    self.trust.cool(who, d, habitual);
                }
                Stance::Support
                    if self.model.delegations[d.index()].bloc
                        == self.model.delegations[who.index()].bloc
                        || self.trust.get(d, who) >= 0.3
                        || backers.contains(&d) =>
                {
                    amendment.cosponsors.push(d);
                    self.journal.events.push(Event::CoSponsored {
                        amendment: id,
                        delegation: d,
                    });
                    self.trust.warm(who, d);
                }
                Stance::Support => self.trust.nudge(who, d, 0.02),
                _ => {}
            }
        }
        // The proposer and those who co-sponsored at once worked for what it would bring.
        let backers: Vec<DelegationId> = std::iter::once(who)
            .chain(amendment.cosponsors.iter().copied())
            .collect();
        self.note_work(&backers, &amendment.edit, Some(&effect), true);
        self.mark_busy(&amendment.paragraph);
        self.floor.open.push(amendment);
        self.corridor_after_tabling(id);
        Ok(id)
    }

    pub(super) fn rebuild_busy(&mut self) {
        self.floor.busy_slots = self
            .text
            .doc
            .sections
            .iter()
            .map(|s| vec![false; s.paragraphs.len()])
            .collect();
        let pending: Vec<ParagraphId> = self.floor.pending().map(|a| a.paragraph.clone()).collect();
        for p in pending {
            self.mark_busy(&p);
        }
    }

    pub(super) fn mark_busy(&mut self, paragraph: &str) {
        if let Some((s, p)) = self.text.doc.find_paragraph(paragraph) {
            self.floor.busy_slots[s][p] = true;
        }
    }

    /// Whether a paragraph (which may not exist yet) has an amendment pending.
    pub(super) fn busy(&self, paragraph: &str) -> bool {
        match self.text.doc.find_paragraph(paragraph) {
            Some((s, p)) => self.floor.busy_slots[s][p],
            None => self.floor.locks(paragraph),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::EditError;

    #[test]
    fn a_deleted_paragraph_is_not_amended_from_the_floor() {
        let source = include_str!("../../../../scenarios/tutorial.ron");
        let model = std::sync::Arc::new(crate::Model::new(
            crate::scenario::parse_str("tutorial.ron", source).unwrap(),
        ));
        let mut s = Session::new(model.clone(), 1, &["nl"]).unwrap();
        let nl = model.delegation("nl").unwrap();
        let insert = EditSpec::Insert {
            paragraph: "9".into(),
            after: None,
            text: "States noted data security.".into(),
            tags: vec![],
        };
        let moved = EditSpec::Move {
            paragraph: "9".into(),
            to_section: "dialogue".into(),
        };
        assert!(s.check_table(nl, &insert).is_ok());
        // Paragraph 9 has one sentence: deleting it deletes the paragraph.
        s.text
            .apply(
                &model,
                &EditSpec::Delete {
                    clause: "9.1".into(),
                },
            )
            .unwrap();
        for edit in [&insert, &moved] {
            assert_eq!(
                s.check_table(nl, edit).unwrap_err(),
                ActionError::Edit(EditError::ParagraphDeleted("9".into()))
            );
        }
    }
}
