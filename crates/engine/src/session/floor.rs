//! The floor: amendments tabled this round, those bracketed until the Chair's next revision,
//! which paragraphs are locked by a pending amendment, and the Chair's summary. Tabling,
//! co-sponsoring, objecting and withdrawing are checked here before they change anything.

use serde::{Deserialize, Serialize};

use super::{ActionError, Session};
use crate::document::EditEffect;
use crate::log::{AmendmentId, Event};
use crate::model::DelegationId;
use crate::preferences::{Reaction, Room, Stance, reactions};
use crate::scenario::EditSpec;

/// An amendment on the floor or in brackets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amendment {
    pub id: AmendmentId,
    pub proposer: DelegationId,
    pub card: Option<String>,
    pub edit: EditSpec,
    pub paragraph: String,
    pub cosponsors: Vec<DelegationId>,
    pub objections: Vec<DelegationId>,
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
        self.stances.iter().find(|r| r.0 == d).map(|r| r.1)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryEntry {
    pub amendment: AmendmentId,
    pub proposer: DelegationId,
    pub card: Option<String>,
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
    /// Paragraphs with an amendment pending, by position in the current text.
    pub busy_slots: Vec<Vec<bool>>,
    pub next_amendment: AmendmentId,
    pub summary: Vec<SummaryEntry>,
}

impl Floor {
    pub fn new(delegations: usize) -> Floor {
        Floor {
            tabled: vec![Vec::new(); delegations],
            next_amendment: 1,
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
    pub(super) fn card_edit(&self, card: &str) -> Result<EditSpec, ActionError> {
        let k = self
            .model
            .scenario
            .cards
            .iter()
            .position(|c| c.id == card)
            .ok_or_else(|| ActionError::UnknownCard(card.to_string()))?;
        if self.card_adopted[k] {
            return Err(ActionError::CardSpent(card.to_string()));
        }
        Ok(self.model.scenario.cards[k].edit.clone())
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
    ) -> Result<(EditEffect, String), ActionError> {
        if self.budget[who as usize] == 0 {
            return Err(ActionError::NoInterventions);
        }
        let paragraph = self.doc.footprint(edit)?;
        if self.floor.locks(&paragraph) {
            return Err(ActionError::ParagraphBusy(paragraph));
        }
        let effect = self.doc.effect(&self.model, edit)?;
        if self.floor.tabled[who as usize].contains(edit) {
            return Err(ActionError::Repeated);
        }
        Ok((effect, paragraph))
    }

    /// Who reacts to an edit: every AI delegation present, except the proposer.
    pub(super) fn reactors(&self, proposer: DelegationId) -> Vec<DelegationId> {
        (0..self.n() as DelegationId)
            .filter(|&d| d != proposer && !self.is_human(d) && !self.silenced[d as usize])
            .collect()
    }

    /// The room's reactions to an edit by `proposer`, without the random term (a prediction).
    pub(super) fn room_reactions(
        &self,
        proposer: DelegationId,
        effect: &EditEffect,
    ) -> Vec<Reaction> {
        self.reactions_of(&self.reactors(proposer), proposer, effect, &[])
    }

    /// The reactions of `reactors` to an edit by `proposer`; `noise` holds one term per
    /// reactor, or is empty for a prediction.
    fn reactions_of(
        &self,
        reactors: &[DelegationId],
        proposer: DelegationId,
        effect: &EditEffect,
        noise: &[f32],
    ) -> Vec<Reaction> {
        let trust: Vec<f32> = (0..self.n())
            .map(|d| self.trust.get(d, proposer as usize))
            .collect();
        let room = Room {
            model: &self.model,
            salience: &self.salience,
            presence: &self.presence,
            tolerances: &self.tolerance_now,
            trust_in_proposer: &trust,
            reactors,
        };
        reactions(&room, proposer, effect, noise)
    }

    /// Draws the random term of each of `count` reactors' reactions, in reactor order.
    fn draw_noise(&mut self, count: usize) -> Vec<f32> {
        use rand::Rng;
        let half_width = self.model.scenario.model.noise as f32;
        (0..count)
            .map(|_| (self.rng.random::<f32>() * 2.0 - 1.0) * half_width)
            .collect()
    }

    pub(super) fn table(
        &mut self,
        who: DelegationId,
        edit: EditSpec,
        card: Option<String>,
    ) -> Result<AmendmentId, ActionError> {
        let (effect, paragraph) = self.check_table(who, &edit)?;
        let id = self.floor.next_amendment;
        self.floor.next_amendment += 1;
        self.budget[who as usize] -= 1;
        self.floor.tabled_this_round += 1;
        self.floor.tabled[who as usize].push(edit.clone());
        self.events.push(Event::Tabled {
            amendment: id,
            proposer: who,
            card: card.clone(),
            edit: edit.clone(),
        });
        let reactors = self.reactors(who);
        let noise = self.draw_noise(reactors.len());
        let reactions = self.reactions_of(&reactors, who, &effect, &noise);
        let mut amendment = Amendment {
            id,
            proposer: who,
            card,
            edit,
            paragraph,
            cosponsors: Vec::new(),
            objections: Vec::new(),
            stances: reactions.iter().map(|r| (r.delegation, r.stance)).collect(),
        };
        self.events.push(Event::Reacted {
            amendment: id,
            reactions,
        });
        for &(d, stance) in &amendment.stances {
            match stance {
                Stance::Object => {
                    amendment.objections.push(d);
                    self.trust.cool(who as usize, d as usize);
                }
                Stance::Support
                    if self.model.delegations[d as usize].bloc
                        == self.model.delegations[who as usize].bloc
                        || self.trust.get(d as usize, who as usize) >= 0.3 =>
                {
                    amendment.cosponsors.push(d);
                    self.events.push(Event::CoSponsored {
                        amendment: id,
                        delegation: d,
                    });
                    self.trust.warm(who as usize, d as usize);
                }
                Stance::Support => self.trust.nudge(who as usize, d as usize, 0.02),
                _ => {}
            }
        }
        self.mark_busy(&amendment.paragraph);
        self.floor.open.push(amendment);
        Ok(id)
    }

    pub(super) fn cosponsor(&mut self, i: usize, who: DelegationId) {
        let a = &mut self.floor.open[i];
        a.cosponsors.push(who);
        let (id, proposer) = (a.id, a.proposer);
        self.events.push(Event::CoSponsored {
            amendment: id,
            delegation: who,
        });
        self.trust.warm(proposer as usize, who as usize);
    }

    pub(super) fn object(&mut self, i: usize, who: DelegationId) {
        let a = &mut self.floor.open[i];
        a.objections.push(who);
        let (id, proposer) = (a.id, a.proposer);
        self.events.push(Event::Objected {
            amendment: id,
            delegation: who,
        });
        self.trust.cool(proposer as usize, who as usize);
    }

    pub(super) fn withdraw(&mut self, i: usize) {
        let a = self.floor.open.remove(i);
        self.rebuild_busy();
        // Withdrawing in the face of objections is a courtesy the objectors remember.
        for &o in &a.objections {
            self.trust.nudge(o as usize, a.proposer as usize, 0.03);
        }
        self.events.push(Event::Withdrawn { amendment: a.id });
    }

    pub(super) fn rebuild_busy(&mut self) {
        self.floor.busy_slots = self
            .doc
            .sections
            .iter()
            .map(|s| vec![false; s.paragraphs.len()])
            .collect();
        let pending: Vec<String> = self.floor.pending().map(|a| a.paragraph.clone()).collect();
        for p in pending {
            self.mark_busy(&p);
        }
    }

    pub(super) fn mark_busy(&mut self, paragraph: &str) {
        if let Some((s, p)) = self.doc.find_paragraph(paragraph) {
            self.floor.busy_slots[s][p] = true;
        }
    }

    /// Whether a paragraph (which may not exist yet) has an amendment pending.
    pub(super) fn busy(&self, paragraph: &str) -> bool {
        match self.doc.find_paragraph(paragraph) {
            Some((s, p)) => self.floor.busy_slots[s][p],
            None => self.floor.locks(paragraph),
        }
    }
}
