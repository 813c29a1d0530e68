//! Soundings: "could you live with this?" asked in private. The answer is the stance the
//! delegation would take on the floor now, worked out by the very evaluation its public
//! reaction uses (so it is honest), with the two or three reasons that weigh most (so it does
//! not give away its whole brief). A delegation keeps its counsel from an asker it distrusts,
//! from one that broke a promise to it or its group, and, when its group digs in this game,
//! from anyone outside its group it does not already trust.

use super::super::{ActionError, Session};
use crate::corridor::{CorridorRefusal, Sounding, SoundingRecord, Withheld};
use crate::document::{EditEffect, EditError};
use crate::model::DelegationId;
use crate::preferences::{Reason, Stance};
use crate::scenario::EditSpec;
use crate::scenario::Tactic;

/// Trust below which a delegation keeps its counsel from anyone.
const DISTRUST: f32 = -0.15;
/// Trust a guarded delegation needs before it speaks to someone outside its group.
const GUARDED_TRUST: f32 = 0.1;
/// Reasons a delegation gives with its answer.
const REASONS_GIVEN: usize = 3;

impl Session {
    /// A delegation played from outside asks `asked` about an amendment or a wording.
    pub(in crate::session) fn sound(
        &mut self,
        asker: DelegationId,
        asked: DelegationId,
        about: &Sounding,
    ) -> Result<(), ActionError> {
        self.counterpart(asker, asked)?;
        if self.is_human(asked) {
            return Err(ActionError::Corridor(CorridorRefusal::PlayedFromOutside(
                asked,
            )));
        }
        let (proposer, effect) = self.sounding_subject(asker, about)?;
        self.corridor.spend(asker)?;
        let record = self.sounding_answer(asker, asked, proposer, &effect, about.clone());
        self.corridor.soundings.push(record);
        Ok(())
    }

    /// Who would propose the edit asked about, and what it would do to the text now.
    fn sounding_subject(
        &self,
        asker: DelegationId,
        about: &Sounding,
    ) -> Result<(DelegationId, EditEffect), ActionError> {
        match about {
            Sounding::Amendment(id) => {
                let a = self
                    .pending_amendment(*id)
                    .ok_or(ActionError::NoSuchAmendment(*id))?;
                Ok((a.proposer, self.text.doc.effect(&self.model, &a.edit)?))
            }
            Sounding::Wording(edit) => {
                // Asked about as the floor would take it: a deleted paragraph is closed.
                let paragraph = self.text.doc.footprint(edit)?;
                if matches!(edit, EditSpec::Insert { .. } | EditSpec::Move { .. })
                    && self.text.doc.paragraph_deleted(&paragraph)
                {
                    return Err(ActionError::Edit(EditError::ParagraphDeleted(paragraph)));
                }
                Ok((asker, self.text.doc.effect(&self.model, edit)?))
            }
        }
    }

    /// What `asked` answers `asker` about an edit by `proposer`.
    pub(in crate::session) fn sounding_answer(
        &self,
        asker: DelegationId,
        asked: DelegationId,
        proposer: DelegationId,
        effect: &EditEffect,
        about: Sounding,
    ) -> SoundingRecord {
        let round = self.clock.rounds_played;
        let withheld = self.keeps_counsel(asked, asker);
        let (answer, reasons) = match withheld {
            Some(_) => (None, Vec::new()),
            None => {
                let r = self
                    .reactions_of(&[asked], proposer, effect)
                    .pop()
                    .expect("one reactor, one reaction");
                let mut stance = r.stance;
                // A promise to let it pass is part of the answer.
                if stance == Stance::Object
                    && let Sounding::Amendment(id) = &about
                    && self.promised_no_objection(asked, *id)
                {
                    stance = Stance::Reservation;
                }
                (Some(stance), weightiest(r.reasons))
            }
        };
        SoundingRecord {
            round,
            asker,
            asked,
            about,
            answer,
            reasons,
            withheld,
        }
    }

    /// Why `asked` would not tell `asker`, if it would not.
    fn keeps_counsel(&self, asked: DelegationId, asker: DelegationId) -> Option<Withheld> {
        if self.broke_faith_with(asker, asked) {
            return Some(Withheld::BrokenPromise);
        }
        let bloc = self.model.delegations[asked.index()].bloc;
        if bloc == self.model.delegations[asker.index()].bloc {
            return None;
        }
        let trust = self.trust.get(asked, asker);
        if trust < DISTRUST {
            return Some(Withheld::Distrust);
        }
        let digs_in = self.mood.temperament.tactics[bloc.index()] == Tactic::Boulware;
        (digs_in && trust < GUARDED_TRUST).then_some(Withheld::Guarded)
    }

    /// Whether `d` promised to let amendment `id` pass and has not been released.
    pub(in crate::session) fn promised_no_objection(
        &self,
        d: DelegationId,
        id: crate::log::AmendmentId,
    ) -> bool {
        self.corridor
            .owed_by(d)
            .any(|c| c.pledge == crate::corridor::Pledge::NoObjection(id))
    }
}

/// The reasons that weigh most: red lines first, then the rules by the size of their
/// contribution, then the tolerance it reads them against.
fn weightiest(reasons: Vec<Reason>) -> Vec<Reason> {
    let weight = |r: &Reason| match r {
        Reason::RedLine { crossed: true, .. } => f32::INFINITY,
        Reason::RedLine { .. } => 100.0,
        Reason::Rule { contribution, .. } => contribution.abs(),
        Reason::Cohesion { effect, .. } | Reason::Trust { effect, .. } => effect.abs(),
        Reason::Noise(_) | Reason::Tolerance(_) => -1.0,
    };
    let mut ranked = reasons;
    ranked.sort_by(|a, b| weight(b).total_cmp(&weight(a)));
    ranked.truncate(REASONS_GIVEN);
    ranked
}
