//! A negotiation in progress: phases and rounds, the action API, the floor, brackets and the
//! event log. AI delegations (`ai`), the Chair (`chair`) and adoption and scoring (`adoption`)
//! are `impl Session` blocks of their own.

mod adoption;
mod ai;
mod chair;

use std::sync::Arc;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::document::{Document, EditEffect, EditError, Revision};
use crate::log::{Action, AmendmentId, Event, GameRecord, Position, RECORD_FORMAT, RecordedAction};
use crate::model::{DelegationId, Model};
use crate::preferences::{
    self, Presence, Reaction, Reason, Stance, delta, red_line_changes, rule_reasons, stance_for,
    text_utility, tolerance,
};
use crate::scenario::{Condition, EditSpec, Effect};

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Delegations take the floor in the order of the speakers' list.
    Speaking,
    /// "Is there any objection?": human delegations answer the amendments on the floor.
    Consensus,
    /// Human delegations declare their position on the final text.
    Adoption,
    Finished,
}

/// Whose turn it is and what kind of turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turn {
    pub delegation: DelegationId,
    pub stage: Stage,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ParagraphStatus {
    Agreed,
    /// An amendment to it awaits the Chair's ruling or revision.
    Bracketed,
    /// Some member state would object to the paragraph as it stands.
    Contested,
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryEntry {
    pub amendment: AmendmentId,
    pub proposer: DelegationId,
    pub card: Option<String>,
    pub edit: EditSpec,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ActionError {
    #[error("the session is over")]
    Finished,
    #[error("no delegation \"{0}\" in this room")]
    UnknownDelegation(String),
    #[error("it is {expected}'s turn, not {got}'s")]
    NotYourTurn { expected: String, got: String },
    #[error("{0} cannot be done now ({1})")]
    WrongStage(&'static str, &'static str),
    #[error("no amendment {0} on the floor")]
    NoSuchAmendment(AmendmentId),
    #[error("you cannot co-sponsor or object to your own amendment")]
    OwnAmendment,
    #[error("you have already responded to amendment {0}")]
    AlreadyResponded(AmendmentId),
    #[error("only the proposer may withdraw amendment {0}")]
    NotProposer(AmendmentId),
    #[error("no interventions left in this phase")]
    NoInterventions,
    #[error("paragraph \"{0}\" already has an amendment pending; wait for the Chair's ruling")]
    ParagraphBusy(String),
    #[error("{0}")]
    Edit(#[from] EditError),
    #[error("you have already tabled this edit")]
    Repeated,
    #[error("no amendment card \"{0}\"")]
    UnknownCard(String),
    #[error("card \"{0}\" has already been adopted")]
    CardSpent(String),
    #[error("stakeholders cannot block consensus")]
    CannotBlock,
    #[error("no paragraph \"{0}\" in the final text")]
    UnknownParagraph(String),
    #[error("name at least one paragraph to dissociate from")]
    NothingToDissociate,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SetupError {
    #[error("no delegation \"{0}\" in this scenario")]
    UnknownDelegation(String),
    #[error("delegation \"{0}\" is not playable in this scenario")]
    NotPlayable(String),
    #[error("delegation \"{0}\" is named twice")]
    Duplicate(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub adopted: bool,
    pub positions: Vec<Position>,
    /// Rounds played in all.
    pub rounds: u32,
}

/// A negotiation: a deterministic function of (scenario, seed, actions).
#[derive(Debug, Clone)]
pub struct Session {
    model: Arc<Model>,
    seed: u64,
    rng: ChaCha8Rng,
    humans: Vec<DelegationId>,
    doc: Document,
    presence: Presence,
    revisions: Vec<Revision>,
    salience: Vec<f32>,
    /// Current utility of the text for each delegation, and of the zero draft.
    utility: Vec<f32>,
    zero_utility: Vec<f32>,
    /// trust[a * n + b]: how a regards b, -1..1.
    trust: Vec<f32>,
    silenced: Vec<bool>,
    budget: Vec<u32>,
    phase_rounds: Vec<u32>,
    phase: usize,
    /// Round within the phase, 0-based.
    round: u32,
    rounds_played: u32,
    stage: Stage,
    cursor: usize,
    speakers: Vec<DelegationId>,
    floor: Vec<Amendment>,
    brackets: Vec<Amendment>,
    tabled_this_round: u32,
    /// Edits each delegation has tabled this session (a delegation does not table one twice).
    tabled: Vec<Vec<EditSpec>>,
    /// Effect and footprint of each amendment card on the current text (None: not applicable),
    /// refreshed whenever the text changes.
    card_effects: Vec<Option<ai::CardEffect>>,
    /// Counts changes to the text, so the card effects are recomputed only after one.
    text_version: u64,
    card_effects_version: Option<u64>,
    /// Each delegation's tolerance at the current round (it changes only between rounds).
    tolerance_now: Vec<f32>,
    /// Whether each amendment card has entered the text (a card is adopted once).
    card_adopted: Vec<bool>,
    /// Paragraphs with an amendment pending, by position in the current text.
    busy_slots: Vec<Vec<bool>>,
    next_amendment: AmendmentId,
    summary: Vec<SummaryEntry>,
    adoption_attempt: u32,
    human_positions: Vec<Option<Position>>,
    outcome: Option<Outcome>,
    /// For each playable delegation's objectives: whether met now and the event that made it so.
    objective_state: Vec<(DelegationId, usize, bool, Option<usize>)>,
    events: Vec<Event>,
    actions: Vec<RecordedAction>,
}

impl Session {
    /// Opens a session; `humans` are the delegations players control (the rest are AI).
    pub fn new(model: Arc<Model>, seed: u64, humans: &[&str]) -> Result<Session, SetupError> {
        let mut human_ids = Vec::new();
        for h in humans {
            let d = model
                .delegation(h)
                .ok_or_else(|| SetupError::UnknownDelegation(h.to_string()))?;
            if !model.delegations[d as usize].playable {
                return Err(SetupError::NotPlayable(h.to_string()));
            }
            if human_ids.contains(&d) {
                return Err(SetupError::Duplicate(h.to_string()));
            }
            human_ids.push(d);
        }
        let n = model.delegations.len();
        let doc = Document::zero_draft(&model);
        let presence = Presence::of(&model, &doc);
        let salience = vec![1.0; model.tags.len()];
        let utility: Vec<f32> = (0..n)
            .map(|d| text_utility(&model, &salience, d as DelegationId, &doc))
            .collect();
        let mut trust = vec![0.0; n * n];
        for a in 0..n {
            for b in 0..n {
                if a != b && model.delegations[a].bloc == model.delegations[b].bloc {
                    trust[a * n + b] = 0.5;
                }
            }
        }
        let objective_state = model
            .delegations
            .iter()
            .enumerate()
            .flat_map(|(d, info)| {
                (0..info.objectives.len()).map(move |k| (d as DelegationId, k, false, None))
            })
            .collect();
        let mut s = Session {
            seed,
            rng: ChaCha8Rng::seed_from_u64(seed),
            humans: human_ids.clone(),
            revisions: vec![Revision {
                name: "Zero draft".into(),
                document: doc.clone(),
            }],
            doc,
            presence,
            zero_utility: utility.clone(),
            utility,
            salience,
            trust,
            silenced: vec![false; n],
            budget: vec![0; n],
            phase_rounds: model
                .scenario
                .schedule
                .phases
                .iter()
                .map(|p| p.rounds)
                .collect(),
            phase: 0,
            round: 0,
            rounds_played: 0,
            stage: Stage::Speaking,
            cursor: 0,
            speakers: Vec::new(),
            floor: Vec::new(),
            brackets: Vec::new(),
            tabled_this_round: 0,
            tabled: vec![Vec::new(); n],
            card_effects: Vec::new(),
            text_version: 0,
            card_effects_version: None,
            tolerance_now: vec![0.0; n],
            card_adopted: vec![false; model.scenario.cards.len()],
            busy_slots: Vec::new(),
            next_amendment: 1,
            summary: Vec::new(),
            adoption_attempt: 0,
            human_positions: Vec::new(),
            outcome: None,
            objective_state,
            events: Vec::with_capacity(1024),
            actions: Vec::new(),
            model,
        };
        s.events.push(Event::SessionOpened {
            scenario: s.model.scenario.meta.id.clone(),
            seed,
            humans: human_ids,
        });
        s.track_objectives();
        s.start_phase();
        s.advance();
        Ok(s)
    }

    /// Replays a record: same scenario, seed and actions. The caller compares the events.
    pub fn replay(model: Arc<Model>, record: &GameRecord) -> Result<Session, ReplayError> {
        let humans: Vec<&str> = record.humans.iter().map(String::as_str).collect();
        let mut s = Session::new(model, record.seed, &humans).map_err(ReplayError::Setup)?;
        for (i, a) in record.actions.iter().enumerate() {
            let d = s.model.delegation(&a.delegation).ok_or_else(|| {
                ReplayError::Action(i, ActionError::UnknownDelegation(a.delegation.clone()))
            })?;
            s.act(d, a.action.clone())
                .map_err(|e| ReplayError::Action(i, e))?;
        }
        Ok(s)
    }

    // ----- reading the state -----

    pub fn model(&self) -> &Model {
        &self.model
    }
    pub fn model_arc(&self) -> Arc<Model> {
        self.model.clone()
    }
    pub fn seed(&self) -> u64 {
        self.seed
    }
    pub fn events(&self) -> &[Event] {
        &self.events
    }
    pub fn actions(&self) -> &[RecordedAction] {
        &self.actions
    }
    pub fn document(&self) -> &Document {
        &self.doc
    }
    pub fn revisions(&self) -> &[Revision] {
        &self.revisions
    }
    pub fn floor(&self) -> &[Amendment] {
        &self.floor
    }
    pub fn brackets(&self) -> &[Amendment] {
        &self.brackets
    }
    pub fn summary(&self) -> &[SummaryEntry] {
        &self.summary
    }
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }
    pub fn humans(&self) -> &[DelegationId] {
        &self.humans
    }
    pub fn is_human(&self, d: DelegationId) -> bool {
        self.humans.contains(&d)
    }
    pub fn is_finished(&self) -> bool {
        self.stage == Stage::Finished
    }
    pub fn stage(&self) -> Stage {
        self.stage
    }
    pub fn phase(&self) -> usize {
        self.phase
    }
    /// Round within the current phase, 1-based.
    pub fn round(&self) -> u32 {
        self.round + 1
    }
    pub fn phase_rounds(&self, phase: usize) -> u32 {
        self.phase_rounds[phase]
    }
    pub fn rounds_played(&self) -> u32 {
        self.rounds_played
    }
    pub fn budget(&self, d: DelegationId) -> u32 {
        self.budget[d as usize]
    }
    pub fn is_silenced(&self, d: DelegationId) -> bool {
        self.silenced[d as usize]
    }
    pub fn salience(&self) -> &[f32] {
        &self.salience
    }
    pub fn trust(&self, from: DelegationId, to: DelegationId) -> f32 {
        self.trust[from as usize * self.n() + to as usize]
    }
    /// How the room regards a delegation: mean trust of the others, -1..1.
    pub fn standing(&self, d: DelegationId) -> f32 {
        let n = self.n();
        if n < 2 {
            return 0.0;
        }
        (0..n)
            .filter(|&a| a != d as usize)
            .map(|a| self.trust[a * n + d as usize])
            .sum::<f32>()
            / (n - 1) as f32
    }
    /// Utility of the current text for a delegation, relative to the zero draft.
    pub fn satisfaction(&self, d: DelegationId) -> f32 {
        self.utility[d as usize] - self.zero_utility[d as usize]
    }

    fn n(&self) -> usize {
        self.model.delegations.len()
    }

    /// Share of the session's rounds already begun, 0 at the opening and 1 at the deadline.
    pub fn time(&self) -> f32 {
        let total: u32 = self.phase_rounds.iter().sum();
        if total <= 1 {
            return 1.0;
        }
        let elapsed: u32 = self.phase_rounds[..self.phase.min(self.phase_rounds.len())]
            .iter()
            .sum::<u32>()
            + self.round;
        (elapsed as f32 / (total - 1) as f32).min(1.0)
    }

    /// Whose turn it is, if anyone's: the game waits for this delegation's action.
    pub fn turn(&self) -> Option<Turn> {
        let d = match self.stage {
            Stage::Finished => return None,
            Stage::Speaking => *self.speakers.get(self.cursor)?,
            Stage::Consensus | Stage::Adoption => *self.humans.get(self.cursor)?,
        };
        Some(Turn {
            delegation: d,
            stage: self.stage,
        })
    }

    pub fn paragraph_status(&self, paragraph: &str) -> ParagraphStatus {
        let Some((s, p)) = self.doc.find_paragraph(paragraph) else {
            return ParagraphStatus::Deleted;
        };
        let par = &self.doc.sections[s].paragraphs[p];
        if par.is_deleted() {
            return ParagraphStatus::Deleted;
        }
        if self
            .floor
            .iter()
            .chain(&self.brackets)
            .any(|a| a.paragraph == paragraph)
        {
            return ParagraphStatus::Bracketed;
        }
        let contested = par.clauses.iter().any(|c| {
            (0..self.n() as DelegationId).any(|d| {
                self.model.delegations[d as usize].may_block()
                    && preferences::clause_utility(
                        &self.model,
                        &self.salience,
                        d,
                        s as u16,
                        &c.tags,
                    ) < -self.tolerance_now[d as usize]
            })
        });
        if contested {
            ParagraphStatus::Contested
        } else {
            ParagraphStatus::Agreed
        }
    }

    /// Whether a condition holds now (objectives and the historical record use this).
    pub fn holds(&self, c: &Condition) -> bool {
        match c {
            Condition::Includes { tag, section } | Condition::Excludes { tag, section } => {
                let present = match (
                    self.model.tag(tag),
                    section.as_deref().map(|s| self.model.section(s)),
                ) {
                    (Some(t), None) => self.presence.count(t, None) > 0,
                    (Some(t), Some(Some(s))) => self.presence.count(t, Some(s)) > 0,
                    _ => false,
                };
                present == matches!(c, Condition::Includes { .. })
            }
            Condition::ParagraphKept(p) => self
                .doc
                .find_paragraph(p)
                .is_some_and(|(s, i)| !self.doc.sections[s].paragraphs[i].is_deleted()),
            Condition::ParagraphDeleted(p) => self
                .doc
                .find_paragraph(p)
                .is_none_or(|(s, i)| self.doc.sections[s].paragraphs[i].is_deleted()),
            Condition::ParagraphIn { paragraph, section } => {
                self.doc.find_paragraph(paragraph).is_some_and(|(s, i)| {
                    &self.doc.sections[s].id == section
                        && !self.doc.sections[s].paragraphs[i].is_deleted()
                })
            }
            Condition::Adopted => self.outcome.as_ref().is_some_and(|o| o.adopted),
            Condition::NotAdopted => self.outcome.as_ref().is_some_and(|o| !o.adopted),
            Condition::Dissociated(d) => match (self.model.delegation(d), &self.outcome) {
                (Some(d), Some(o)) => {
                    matches!(o.positions.get(d as usize), Some(Position::Dissociate(_)))
                }
                _ => false,
            },
            Condition::InChairSummary(card) => self
                .summary
                .iter()
                .any(|e| e.card.as_deref() == Some(card.as_str())),
        }
    }

    /// The reactions, with their reasons, of the AI delegations to a tabled amendment.
    pub fn reactions_to(&self, amendment: AmendmentId) -> &[Reaction] {
        self.events
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

    /// The reactions the room would have to an edit, without noise and without tabling it:
    /// what the composer shows before the player commits.
    pub fn predict(
        &self,
        proposer: DelegationId,
        edit: &EditSpec,
    ) -> Result<Vec<Reaction>, EditError> {
        let effect = self.doc.effect(&self.model, edit)?;
        Ok(self.reactions(proposer, &effect, &[]))
    }

    /// The record that replays this game.
    pub fn record(&self, scenario_file: &str, scenario_source: &str) -> GameRecord {
        GameRecord {
            format: RECORD_FORMAT,
            scenario_file: scenario_file.to_string(),
            scenario_source: scenario_source.to_string(),
            seed: self.seed,
            humans: self
                .humans
                .iter()
                .map(|&d| self.model.delegations[d as usize].id.clone())
                .collect(),
            actions: self.actions.clone(),
            events: self.events.clone(),
        }
    }

    // ----- acting -----

    /// Takes a human delegation's action. An illegal action returns an error and leaves the
    /// session unchanged; a legal one is recorded and the AI delegations play on until the
    /// next human turn.
    pub fn act(&mut self, who: DelegationId, action: Action) -> Result<(), ActionError> {
        let turn = self.turn().ok_or(ActionError::Finished)?;
        if who as usize >= self.n() {
            return Err(ActionError::UnknownDelegation(who.to_string()));
        }
        if turn.delegation != who {
            return Err(ActionError::NotYourTurn {
                expected: self.model.name(turn.delegation).to_string(),
                got: self.model.name(who).to_string(),
            });
        }
        let ends_turn = match (&action, turn.stage) {
            (Action::Table(edit), Stage::Speaking) => {
                self.table(who, edit.clone(), None)?;
                true
            }
            (Action::TableCard(card), Stage::Speaking) => {
                let edit = self.card_edit(card)?;
                self.table(who, edit, Some(card.clone()))?;
                true
            }
            (Action::CoSponsor(a), Stage::Speaking | Stage::Consensus) => {
                let i = self.respondable(who, *a)?;
                self.cosponsor(i, who);
                false
            }
            (Action::Object(a), Stage::Speaking | Stage::Consensus) => {
                let i = self.respondable(who, *a)?;
                self.object(i, who);
                false
            }
            (Action::Withdraw(a), Stage::Speaking | Stage::Consensus) => {
                let i = self
                    .floor
                    .iter()
                    .position(|x| x.id == *a)
                    .ok_or(ActionError::NoSuchAmendment(*a))?;
                if self.floor[i].proposer != who {
                    return Err(ActionError::NotProposer(*a));
                }
                self.withdraw(i);
                false
            }
            (Action::Pass, Stage::Speaking | Stage::Consensus) => {
                self.events.push(Event::Passed { delegation: who });
                true
            }
            (Action::Pass | Action::Join, Stage::Adoption) => {
                self.human_positions[self.cursor] = Some(Position::Join);
                true
            }
            (Action::Dissociate(paragraphs), Stage::Adoption) => {
                if paragraphs.is_empty() {
                    return Err(ActionError::NothingToDissociate);
                }
                if let Some(p) = paragraphs
                    .iter()
                    .find(|p| !self.holds(&Condition::ParagraphKept((*p).clone())))
                {
                    return Err(ActionError::UnknownParagraph(p.clone()));
                }
                self.human_positions[self.cursor] = Some(Position::Dissociate(paragraphs.clone()));
                true
            }
            (Action::Block, Stage::Adoption) => {
                if !self.model.delegations[who as usize].may_block() {
                    return Err(ActionError::CannotBlock);
                }
                self.human_positions[self.cursor] = Some(Position::Block);
                true
            }
            (a, stage) => {
                let what = match a {
                    Action::Table(_) | Action::TableCard(_) => "tabling an edit",
                    Action::CoSponsor(_) => "co-sponsoring",
                    Action::Object(_) => "objecting",
                    Action::Withdraw(_) => "withdrawing",
                    Action::Pass => "passing",
                    Action::Join | Action::Dissociate(_) | Action::Block => "declaring a position",
                };
                let when = match stage {
                    Stage::Speaking => "the floor is open for proposals",
                    Stage::Consensus => "the Chair is asking for objections",
                    Stage::Adoption => "the Chair has called for adoption",
                    Stage::Finished => "the session is over",
                };
                return Err(ActionError::WrongStage(what, when));
            }
        };
        self.actions.push(RecordedAction {
            delegation: self.model.delegations[who as usize].id.clone(),
            action,
        });
        if ends_turn {
            self.cursor += 1;
        }
        self.advance();
        Ok(())
    }

    /// Plays AI-only to the end (for the simulator; with humans it stops at their turn).
    pub fn run_to_end(&mut self) {
        self.advance();
    }

    fn card_edit(&self, card: &str) -> Result<EditSpec, ActionError> {
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

    fn respondable(&self, who: DelegationId, a: AmendmentId) -> Result<usize, ActionError> {
        let i = self
            .floor
            .iter()
            .position(|x| x.id == a)
            .ok_or(ActionError::NoSuchAmendment(a))?;
        let am = &self.floor[i];
        if am.proposer == who {
            return Err(ActionError::OwnAmendment);
        }
        if am.cosponsors.contains(&who) || am.objections.contains(&who) {
            return Err(ActionError::AlreadyResponded(a));
        }
        Ok(i)
    }

    /// Checks an edit can be tabled by `who` now and returns its effect.
    fn check_table(
        &self,
        who: DelegationId,
        edit: &EditSpec,
    ) -> Result<(EditEffect, String), ActionError> {
        if self.budget[who as usize] == 0 {
            return Err(ActionError::NoInterventions);
        }
        let paragraph = self.doc.footprint(edit)?;
        if self
            .floor
            .iter()
            .chain(&self.brackets)
            .any(|a| a.paragraph == paragraph)
        {
            return Err(ActionError::ParagraphBusy(paragraph));
        }
        let effect = self.doc.effect(&self.model, edit)?;
        if self.tabled[who as usize].contains(edit) {
            return Err(ActionError::Repeated);
        }
        Ok((effect, paragraph))
    }

    fn table(
        &mut self,
        who: DelegationId,
        edit: EditSpec,
        card: Option<String>,
    ) -> Result<AmendmentId, ActionError> {
        let (effect, paragraph) = self.check_table(who, &edit)?;
        let id = self.next_amendment;
        self.next_amendment += 1;
        self.budget[who as usize] -= 1;
        self.tabled_this_round += 1;
        self.tabled[who as usize].push(edit.clone());
        self.events.push(Event::Tabled {
            amendment: id,
            proposer: who,
            card: card.clone(),
            edit: edit.clone(),
        });
        let noise = self.draw_noise(who);
        let reactions = self.reactions(who, &effect, &noise);
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
        let n = self.n();
        for &(d, stance) in &amendment.stances {
            match stance {
                Stance::Object => {
                    amendment.objections.push(d);
                    self.cool(who, d);
                }
                Stance::Support
                    if self.model.delegations[d as usize].bloc
                        == self.model.delegations[who as usize].bloc
                        || self.trust[d as usize * n + who as usize] >= 0.3 =>
                {
                    amendment.cosponsors.push(d);
                    self.events.push(Event::CoSponsored {
                        amendment: id,
                        delegation: d,
                    });
                    self.warm(who, d);
                }
                Stance::Support => self.nudge(who as usize * n + d as usize, 0.02),
                _ => {}
            }
        }
        self.mark_busy(&amendment.paragraph);
        self.floor.push(amendment);
        Ok(id)
    }

    fn cosponsor(&mut self, i: usize, who: DelegationId) {
        let a = &mut self.floor[i];
        a.cosponsors.push(who);
        let (id, proposer) = (a.id, a.proposer);
        self.events.push(Event::CoSponsored {
            amendment: id,
            delegation: who,
        });
        self.warm(proposer, who);
    }

    fn object(&mut self, i: usize, who: DelegationId) {
        let a = &mut self.floor[i];
        a.objections.push(who);
        let (id, proposer) = (a.id, a.proposer);
        self.events.push(Event::Objected {
            amendment: id,
            delegation: who,
        });
        self.cool(proposer, who);
    }

    fn withdraw(&mut self, i: usize) {
        let a = self.floor.remove(i);
        self.rebuild_busy();
        // Withdrawing in the face of objections is a courtesy the objectors remember.
        for &o in &a.objections {
            self.nudge(o as usize * self.n() + a.proposer as usize, 0.03);
        }
        self.events.push(Event::Withdrawn { amendment: a.id });
    }

    fn nudge(&mut self, index: usize, by: f32) {
        self.trust[index] = (self.trust[index] + by).clamp(-1.0, 1.0);
    }

    /// A co-sponsor earns the proposer's gratitude, and a little of the proposer's trust.
    fn warm(&mut self, proposer: DelegationId, cosponsor: DelegationId) {
        let n = self.n();
        self.nudge(proposer as usize * n + cosponsor as usize, 0.1);
        self.nudge(cosponsor as usize * n + proposer as usize, 0.05);
    }

    /// An objection cools the proposer toward the objector, and the whole room a little:
    /// a delegation that objects to everything is heard less.
    fn cool(&mut self, proposer: DelegationId, objector: DelegationId) {
        let n = self.n();
        self.nudge(proposer as usize * n + objector as usize, -0.05);
        for a in 0..n {
            if a != objector as usize {
                self.nudge(a * n + objector as usize, -0.005);
            }
        }
    }

    /// Who reacts to an edit: every AI delegation present, except the proposer.
    fn reactors(&self, proposer: DelegationId) -> impl Iterator<Item = DelegationId> + '_ {
        (0..self.n() as DelegationId)
            .filter(move |&d| d != proposer && !self.is_human(d) && !self.silenced[d as usize])
    }

    /// Draws the random term of each reactor's reaction, in reactor order.
    fn draw_noise(&mut self, proposer: DelegationId) -> Vec<f32> {
        let half_width = self.model.scenario.model.noise as f32;
        let count = self.reactors(proposer).count();
        (0..count)
            .map(|_| (self.rng.random::<f32>() * 2.0 - 1.0) * half_width)
            .collect()
    }

    /// Reactions of the reactors to an edit; `noise` holds one term per reactor, or is empty
    /// for a prediction without the random term.
    fn reactions(
        &self,
        proposer: DelegationId,
        effect: &EditEffect,
        noise: &[f32],
    ) -> Vec<Reaction> {
        let model = &*self.model;
        let params = &model.scenario.model;
        let n = self.n();
        let deltas: Vec<f32> = (0..n as DelegationId)
            .map(|d| delta(model, &self.salience, d, effect))
            .collect();
        self.reactors(proposer)
            .enumerate()
            .map(|(k, d)| {
                let own = deltas[d as usize];
                let mut reasons = rule_reasons(model, &self.salience, d, effect, 5);
                let bloc = &model.blocs[model.delegations[d as usize].bloc];
                let mut score = own;
                if bloc.leader != d && bloc.leader != proposer {
                    let leader_change = deltas[bloc.leader as usize];
                    let effect = bloc.cohesion * (leader_change - own);
                    if effect != 0.0 {
                        score += effect;
                        reasons.push(Reason::Cohesion {
                            leader: bloc.leader,
                            leader_change,
                            effect,
                        });
                    }
                }
                let trust = self.trust[d as usize * n + proposer as usize];
                if trust != 0.0 {
                    let effect = params.trust_weight as f32 * trust;
                    score += effect;
                    reasons.push(Reason::Trust {
                        proposer,
                        trust,
                        effect,
                    });
                }
                if let Some(&x) = noise.get(k) {
                    score += x;
                    reasons.push(Reason::Noise(x));
                }
                let tol = self.tolerance_now[d as usize];
                reasons.push(Reason::Tolerance(tol));
                let lines = red_line_changes(model, d, &self.presence, effect);
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

    fn advance(&mut self) {
        loop {
            match self.stage {
                Stage::Finished => return,
                Stage::Speaking => {
                    let Some(&d) = self.speakers.get(self.cursor) else {
                        self.after_speaking();
                        continue;
                    };
                    if self.is_human(d) {
                        return;
                    }
                    self.ai_speak(d);
                    self.cursor += 1;
                }
                Stage::Consensus => {
                    if self.cursor >= self.humans.len() {
                        self.close_round();
                        continue;
                    }
                    let d = self.humans[self.cursor];
                    let concerned = self.floor.iter().any(|a| a.proposer != d);
                    if self.silenced[d as usize] || !concerned {
                        self.cursor += 1;
                        continue;
                    }
                    return;
                }
                Stage::Adoption => {
                    if self.cursor >= self.humans.len() {
                        self.resolve_adoption();
                        continue;
                    }
                    return;
                }
            }
        }
    }

    fn start_phase(&mut self) {
        let phase = &self.model.scenario.schedule.phases[self.phase];
        self.budget.fill(phase.interventions);
        self.round = 0;
        self.events.push(Event::PhaseStarted {
            phase: self.phase as u16,
            name: phase.name.clone(),
            rounds: self.phase_rounds[self.phase],
        });
        self.start_round();
    }

    fn start_round(&mut self) {
        self.fire_scheduled_events();
        self.events.push(Event::RoundStarted {
            phase: self.phase as u16,
            round: self.round + 1,
        });
        let mut speakers: Vec<DelegationId> = (0..self.n() as DelegationId)
            .filter(|&d| !self.silenced[d as usize])
            .collect();
        // The speakers' list is drawn anew each round (Fisher–Yates on the session's RNG).
        for i in (1..speakers.len()).rev() {
            let j = self.rng.random_range(0..=i);
            speakers.swap(i, j);
        }
        self.speakers = speakers;
        let t = self.time();
        self.tolerance_now = (0..self.n() as DelegationId)
            .map(|d| tolerance(&self.model, d, t))
            .collect();
        self.refresh_card_effects();
        self.cursor = 0;
        self.stage = Stage::Speaking;
        self.tabled_this_round = 0;
    }

    fn fire_scheduled_events(&mut self) {
        let model = self.model.clone();
        let phase_id = &model.scenario.schedule.phases[self.phase].id;
        let round = self.round + 1;
        for e in model
            .scenario
            .schedule
            .events
            .iter()
            .filter(|e| &e.phase == phase_id && e.round == round)
        {
            self.events.push(Event::Happened {
                id: e.id.clone(),
                description: e.description.clone(),
            });
            for effect in &e.effects {
                match effect {
                    Effect::Salience { tag, factor } => {
                        if let Some(t) = model.tag(tag) {
                            self.salience[t as usize] *= *factor as f32;
                        }
                        self.recompute_utilities();
                    }
                    Effect::Rounds { phase, change } => {
                        if let Some(p) = model
                            .scenario
                            .schedule
                            .phases
                            .iter()
                            .position(|x| &x.id == phase)
                        {
                            // A phase never shrinks below the round it is in.
                            let floor = if p == self.phase {
                                self.round + 1
                            } else if p < self.phase {
                                self.phase_rounds[p]
                            } else {
                                1
                            };
                            let r =
                                (self.phase_rounds[p] as i64 + *change as i64).max(floor as i64);
                            self.phase_rounds[p] =
                                r.min(crate::scenario::LIMITS.rounds as i64) as u32;
                        }
                    }
                    Effect::Silence(who) | Effect::Restore(who) => {
                        let silence = matches!(effect, Effect::Silence(_));
                        for w in who {
                            for d in model.parties(w) {
                                self.silenced[d as usize] = silence;
                            }
                        }
                    }
                }
            }
        }
    }

    fn recompute_utilities(&mut self) {
        let zero = &self.revisions[0].document;
        for d in 0..self.n() {
            let d16 = d as DelegationId;
            self.utility[d] = text_utility(&self.model, &self.salience, d16, &self.doc);
            self.zero_utility[d] = text_utility(&self.model, &self.salience, d16, zero);
        }
    }

    fn after_speaking(&mut self) {
        let someone_to_ask = self
            .humans
            .iter()
            .any(|&h| !self.silenced[h as usize] && self.floor.iter().any(|a| a.proposer != h));
        if someone_to_ask {
            self.stage = Stage::Consensus;
            self.cursor = 0;
        } else {
            self.close_round();
        }
    }

    /// "Is there any objection? Seeing none, it is so decided." Unopposed amendments enter the
    /// text; contested ones are bracketed until the Chair's next revision.
    fn close_round(&mut self) {
        for a in std::mem::take(&mut self.floor) {
            let blockers: Vec<DelegationId> = a
                .objections
                .iter()
                .copied()
                .filter(|&d| self.model.delegations[d as usize].may_block())
                .collect();
            if blockers.is_empty() {
                match self.change_text(&a.edit) {
                    Ok(()) => {
                        self.mark_card_adopted(&a);
                        // What enters the text no longer belongs in the Chair's summary.
                        self.summary.retain(|e| e.edit != a.edit);
                        self.events
                            .push(Event::AmendmentAdopted { amendment: a.id });
                        self.track_objectives();
                    }
                    Err(e) => self.events.push(Event::Lapsed {
                        amendment: a.id,
                        reason: e.to_string(),
                    }),
                }
            } else {
                self.events.push(Event::Bracketed {
                    amendment: a.id,
                    objections: blockers,
                });
                self.brackets.push(a);
            }
        }
        let satisfaction = self.bloc_satisfaction();
        self.events.push(Event::RoundEnded {
            phase: self.phase as u16,
            round: self.round + 1,
            satisfaction,
        });
        self.rounds_played += 1;
        self.round += 1;
        // When a whole round passes with nothing tabled, the Chair closes the phase early.
        let idle = self.tabled_this_round == 0;
        if self.round >= self.phase_rounds[self.phase] || idle {
            self.end_phase();
        } else {
            self.start_round();
        }
    }

    fn end_phase(&mut self) {
        self.chair_revision();
        self.phase += 1;
        if self.phase >= self.model.scenario.schedule.phases.len() {
            self.phase = self.model.scenario.schedule.phases.len() - 1;
            self.round = self.phase_rounds[self.phase];
            self.call_adoption();
        } else {
            self.start_phase();
        }
    }

    /// Applies an edit to the text, keeping presence counts and utilities in step.
    fn change_text(&mut self, edit: &EditSpec) -> Result<(), EditError> {
        let effect = self.doc.apply(&self.model, edit)?;
        self.text_version += 1;
        self.presence.apply(&effect);
        for d in 0..self.n() {
            self.utility[d] += delta(&self.model, &self.salience, d as DelegationId, &effect);
        }
        Ok(())
    }

    fn bloc_satisfaction(&self) -> Vec<f32> {
        self.model
            .blocs
            .iter()
            .map(|b| {
                b.members.iter().map(|&d| self.satisfaction(d)).sum::<f32>()
                    / b.members.len().max(1) as f32
            })
            .collect()
    }

    /// Re-evaluates every objective and remembers the event that last changed each.
    fn track_objectives(&mut self) {
        let model = self.model.clone();
        let last = self.events.len().checked_sub(1);
        for i in 0..self.objective_state.len() {
            let (d, k, was, _) = self.objective_state[i];
            let now = self.holds(&objective(&model, d, k).condition);
            if now != was {
                self.objective_state[i].2 = now;
                self.objective_state[i].3 = last;
            }
        }
    }
}

/// The `k`th objective of delegation `d`.
pub(crate) fn objective(model: &Model, d: DelegationId, k: usize) -> &crate::scenario::Objective {
    &model.delegations[d as usize].objectives[k]
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReplayError {
    #[error("cannot open the session: {0}")]
    Setup(SetupError),
    #[error("action {0} of the record is not legal: {1}")]
    Action(usize, ActionError),
}
