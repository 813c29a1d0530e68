//! The read side of a session: every getter, who the session waits for, paragraph status,
//! reactions heard, predictions, and the record that replays the game.

use std::sync::Arc;

use super::{Amendment, ParagraphStatus, Session, Stage, SummaryEntry, Turn};
use super::{Outcome, Trust};
use crate::document::{Document, EditError, Revision};
use crate::ids::SectionId;
use crate::log::{Action, AmendmentId, Event};
use crate::model::{DelegationId, Model};
use crate::preferences::{self, Reaction};
use crate::record::{GameRecord, RECORD_FORMAT, RULES, digest};
use crate::scenario::EditSpec;
use crate::seat::{Command, Controller, RecordedInput, Seat};

impl Session {
    pub fn model(&self) -> &Model {
        &self.model
    }
    pub fn model_arc(&self) -> Arc<Model> {
        self.model.clone()
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    /// Whether the facilitator lengthened the phase under way (it then runs all its rounds).
    pub fn phase_held_open(&self) -> bool {
        self.clock.held_open
    }

    pub fn events(&self) -> &[Event] {
        &self.journal.events
    }
    /// Every input accepted so far, in order.
    pub fn inputs(&self) -> &[RecordedInput] {
        &self.journal.inputs
    }
    pub fn document(&self) -> &Document {
        &self.text.doc
    }
    pub fn revisions(&self) -> &[Revision] {
        &self.text.revisions
    }
    /// Amendments tabled this round.
    pub fn floor(&self) -> &[Amendment] {
        &self.floor.open
    }
    /// Amendments awaiting the Chair's revision.
    pub fn brackets(&self) -> &[Amendment] {
        &self.floor.brackets
    }
    pub fn summary(&self) -> &[SummaryEntry] {
        &self.floor.summary
    }
    /// Zero-draft wording the Chair cut that went to its summary.
    pub fn draft_summary(&self) -> &[super::DraftInSummary] {
        &self.floor.draft_summary
    }
    pub fn outcome(&self) -> Option<&Outcome> {
        self.adoption.outcome.as_ref()
    }
    /// Delegations played from outside the engine (people, remote clients, scripts).
    pub fn humans(&self) -> Vec<DelegationId> {
        self.model
            .delegation_ids()
            .filter(|&d| self.is_human(d))
            .collect()
    }
    pub fn is_human(&self, d: DelegationId) -> bool {
        self.control.controllers[d].is_external()
    }
    pub fn controller(&self, seat: Seat) -> Controller {
        self.control.of(seat)
    }
    pub fn is_paused(&self) -> bool {
        self.control.paused
    }
    pub fn is_finished(&self) -> bool {
        self.turns.stage == Stage::Finished
    }
    /// The move a seat makes when it makes none of its own: the Chair rules on the first
    /// bracket as its persona would, or issues the revision; a delegation passes, which at
    /// adoption is joining. The facilitator has no default move.
    pub fn default_command(&self, seat: Seat) -> Option<Command> {
        match seat {
            Seat::Chair => Some(match self.brackets().first() {
                Some(a) => Command::Rule {
                    amendment: a.id,
                    option: self.persona_ruling(a).unwrap_or(0) as u32,
                },
                None => Command::IssueRevision,
            }),
            Seat::Delegation(_) if self.turns.stage == Stage::Adoption => {
                Some(Command::Act(Action::Join))
            }
            Seat::Delegation(_) => Some(Command::Act(Action::Pass)),
            Seat::Facilitator => None,
        }
    }

    pub fn stage(&self) -> Stage {
        self.turns.stage
    }
    pub fn phase(&self) -> usize {
        self.clock.phase
    }
    /// Round within the current phase, 1-based.
    pub fn round(&self) -> u32 {
        self.clock.round + 1
    }
    pub fn phase_rounds(&self, phase: usize) -> u32 {
        self.clock.phase_rounds[phase]
    }
    pub fn rounds_played(&self) -> u32 {
        self.clock.rounds_played
    }
    /// Share of the session's rounds already begun, 0 at the opening and 1 at the deadline.
    pub fn time(&self) -> f32 {
        self.clock.time()
    }
    pub fn budget(&self, d: DelegationId) -> u32 {
        self.conduct.budget[d]
    }
    pub fn is_silenced(&self, d: DelegationId) -> bool {
        self.conduct.silenced[d]
    }
    pub fn salience(&self) -> &[f32] {
        &self.mood.salience
    }
    pub fn trust(&self, from: DelegationId, to: DelegationId) -> f32 {
        self.trust.get(from, to)
    }
    pub fn trust_table(&self) -> &Trust {
        &self.trust
    }
    /// How the room regards a delegation: mean trust of the others, -1..1.
    pub fn standing(&self, d: DelegationId) -> f32 {
        self.trust.standing(d)
    }
    /// Utility of the current text for a delegation, relative to the zero draft.
    /// Threats to block `d` has made so far.
    pub fn threats_made(&self, d: DelegationId) -> u32 {
        self.conduct.threats_made[d]
    }

    /// How many more threats to block by `d` the Chair would believe.
    pub fn credible_threats_left(&self, d: DelegationId) -> u32 {
        let may_block = self.model.delegations[d.index()].may_block();
        self.conduct.credible_threats_left(d, may_block)
    }

    pub fn satisfaction(&self, d: DelegationId) -> f32 {
        self.mood.utility[d] - self.mood.zero_utility[d]
    }
    /// Whether each amendment card has entered the text (a spent card cannot be tabled).
    pub fn cards_spent(&self) -> &[bool] {
        &self.text.card_adopted
    }

    /// The seats the session waits for now. On the speakers' list that is the one delegation
    /// holding the floor; at "any objection?" and at adoption every seat asked, in any order.
    pub fn pending(&self) -> Vec<Seat> {
        if self.control.paused {
            return vec![Seat::Facilitator];
        }
        match self.turns.stage {
            Stage::Finished => Vec::new(),
            Stage::Speaking => self
                .turns
                .speakers
                .get(self.turns.cursor)
                .filter(|&&d| self.is_human(d))
                .map(|&d| vec![Seat::Delegation(d)])
                .unwrap_or_default(),
            Stage::Consensus => self
                .model
                .delegation_ids()
                .filter(|&d| self.awaits_answer(d))
                .map(Seat::Delegation)
                .collect(),
            Stage::Adoption => self
                .model
                .delegation_ids()
                .filter(|&d| self.awaits_position(d))
                .map(Seat::Delegation)
                .collect(),
            Stage::Ruling => vec![Seat::Chair],
        }
    }

    /// The first delegation the session waits for, for one screen shared in turn (hot-seat).
    pub fn turn(&self) -> Option<Turn> {
        self.pending().into_iter().find_map(|s| match s {
            Seat::Delegation(d) => Some(Turn {
                delegation: d,
                stage: self.turns.stage,
            }),
            _ => None,
        })
    }

    /// The events since `seat` last gave an input (all of them before its first).
    pub fn events_since_last_input(&self, seat: Seat) -> &[Event] {
        let k = self.seat_index(seat);
        &self.journal.events[self.journal.last_input[k].min(self.journal.events.len())..]
    }

    /// The responses a delegation has given at the current "any objection?" stage, which
    /// take effect when every answer is in.
    pub fn answers_of(&self, d: DelegationId) -> Vec<crate::log::Action> {
        self.conduct
            .answers
            .iter()
            .filter(|(x, _)| *x == d)
            .map(|(_, a)| a.clone())
            .collect()
    }

    pub fn paragraph_status(&self, paragraph: &str) -> ParagraphStatus {
        let Some((s, p)) = self.text.doc.find_paragraph(paragraph) else {
            return ParagraphStatus::Deleted;
        };
        let par = &self.text.doc.sections[s].paragraphs[p];
        if par.is_deleted() {
            return ParagraphStatus::Deleted;
        }
        if self.floor.locks(paragraph) {
            return ParagraphStatus::Bracketed;
        }
        let contested = par.clauses.iter().any(|c| {
            self.model.delegation_ids().any(|d| {
                self.model.delegations[d.index()].may_block()
                    && preferences::clause_utility(
                        &self.model,
                        &self.mood.salience,
                        d,
                        SectionId::at(s),
                        &c.tags,
                    ) < -self.mood.tolerance_now[d]
            })
        });
        if contested {
            ParagraphStatus::Contested
        } else {
            ParagraphStatus::Agreed
        }
    }

    /// The reactions, with their reasons, of the AI delegations to a tabled amendment.
    pub fn reactions_to(&self, amendment: AmendmentId) -> &[Reaction] {
        self.journal
            .events
            .iter()
            .rev()
            .find_map(|e| match e {
                Event::Reacted {
                    amendment: a,
                    reactions,
                } if *a == amendment => Some(reactions.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// The reactions the room would have to an edit, without tabling it:
    /// what the composer shows before the player commits.
    pub fn predict(
        &self,
        proposer: DelegationId,
        edit: &EditSpec,
    ) -> Result<Vec<Reaction>, EditError> {
        let effect = self.text.doc.effect(&self.model, edit)?;
        Ok(self.room_reactions(proposer, &effect))
    }

    /// Share of member states' influence that would join the text as it stands.
    pub fn joining_share(&self) -> f32 {
        let mut total = 0.0;
        let mut join = 0.0;
        for d in self.model.delegation_ids() {
            let info = &self.model.delegations[d.index()];
            if !info.may_block() {
                continue;
            }
            total += info.influence;
            if self.ai_position(d).0 != crate::log::Position::Block {
                join += info.influence;
            }
        }
        if total > 0.0 { join / total } else { 1.0 }
    }

    /// The record that replays this game.
    /// Who played a seat when the session opened (the AI unless the opening said otherwise).
    pub fn opening_controller(&self, seat: Seat) -> Controller {
        let name = seat.name(&self.model);
        self.control
            .opening
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(Controller::Ai, |(_, c)| *c)
    }

    pub fn record(&self, scenario_file: &str, scenario_source: &str) -> GameRecord {
        GameRecord {
            format: RECORD_FORMAT,
            rules: RULES,
            scenario_file: scenario_file.to_string(),
            scenario_digest: digest(scenario_source),
            scenario_source: scenario_source.to_string(),
            seed: self.seed,
            seats: self.control.opening.clone(),
            inputs: self.journal.inputs.clone(),
            events: self.journal.events.clone(),
            parent: None,
            settings: Default::default(),
            seal: None,
        }
    }
}
