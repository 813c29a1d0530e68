//! A negotiation in progress: a deterministic function of (scenario, seed, inputs).
//!
//! `Session` is an aggregate of small sub-states (the clock, the floor, trust, objectives)
//! and orchestrates the turn flow here (a round's opening and closing in `rounds.rs`). Inputs arrive through `input` (`input.rs`); the read
//! side is in `queries.rs`; AI delegations (`ai`), the Chair (`chair`) and adoption and
//! scoring (`adoption`) are `impl Session` blocks of their own.

mod adoption;
mod advice;
mod ai;
mod chair;
mod chair_commands;
mod clock;
mod errors;
mod floor;
mod input;
mod lobby;
mod objectives;
mod package;
mod queries;
mod replay;
mod rounds;
mod schedule;
mod summary;
mod temperament;
mod trust;
mod weigh;

use std::sync::Arc;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

pub use advice::Suggestion;
pub use chair::{ChairOption, reword};
pub use clock::Clock;
pub use errors::{ActionError, ReplayError, SeatRule, SetupError};
pub use floor::{Amendment, CREDIBLE_THREATS, Floor, SummaryEntry};
pub use objectives::ObjectiveState;
pub use replay::Resumption;
pub use summary::DraftInSummary;
pub use trust::Trust;

use crate::document::{Document, EditError, Revision};
use crate::ids::{BlocId, PerDelegation};
use crate::log::{Action, Event, Position};
use crate::model::{DelegationId, Model};
use crate::preferences::{Presence, delta, text_utility, tolerance_with};
use crate::scenario::EditSpec;
use crate::seat::{Controller, RecordedInput, Seat, SeatName};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Delegations take the floor in the order of the speakers' list.
    Speaking,
    /// "Is there any objection?": delegations played from outside answer the amendments on
    /// the floor, all at once and in any order.
    Consensus,
    /// Delegations played from outside declare their position on the final text, in any order.
    Adoption,
    Finished,
    /// The Chair, played from outside, rules on each bracketed amendment before the revision.
    Ruling,
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
pub struct Outcome {
    pub adopted: bool,
    pub positions: Vec<Position>,
    /// Rounds played in all.
    pub rounds: u32,
}

/// A negotiation: a deterministic function of (scenario, seed, inputs).
#[derive(Debug, Clone)]
pub struct Session {
    model: Arc<Model>,
    seed: u64,
    rng: ChaCha8Rng,
    /// Who drives each delegation, and the Chair.
    controllers: PerDelegation<Controller>,
    chair: Controller,
    opening_seats: Vec<(SeatName, Controller)>,
    paused: bool,
    doc: Document,
    presence: Presence,
    revisions: Vec<Revision>,
    salience: Vec<f32>,
    /// Current utility of the text for each delegation, and of the zero draft.
    utility: PerDelegation<f32>,
    zero_utility: PerDelegation<f32>,
    trust: Trust,
    silenced: PerDelegation<bool>,
    budget: PerDelegation<u32>,
    clock: Clock,
    stage: Stage,
    cursor: usize,
    speakers: Vec<DelegationId>,
    floor: Floor,
    /// At the consensus stage: who must still answer, and the answers given so far. Answers
    /// take effect together, in delegation order, when the last one is in.
    awaiting: PerDelegation<bool>,
    answers: Vec<(DelegationId, Action)>,
    /// Effect and footprint of each amendment card on the current text (None: not applicable),
    /// refreshed whenever the text changes.
    card_effects: Vec<Option<ai::CardEffect>>,
    /// Counts changes to the text, so the card effects are recomputed only after one.
    text_version: u64,
    card_effects_version: Option<u64>,
    /// Each delegation's tolerance at the current round (it changes only between rounds).
    tolerance_now: PerDelegation<f32>,
    /// This game's temper of the room: each bloc's tactic and each delegation's resolve.
    temperament: temperament::Temperament,
    /// Whether each amendment card has entered the text (a card is adopted once).
    card_adopted: Vec<bool>,
    adoption_attempt: u32,
    /// Clauses that entered the text because these delegations were lobbied into letting
    /// them pass: the Chair does not cut them on their behalf.
    acquiesced: Vec<(Arc<str>, DelegationId)>,
    /// Clauses delegations credibly warned they could not live without.
    defended: Vec<(String, DelegationId)>,
    /// A Chair played from outside has ruled on everything and issued its revision.
    revision_called: bool,
    /// A Chair played from outside is answering a block: its revision calls the vote again.
    after_block: bool,
    /// Threats to block each delegation has made, and whether one has proved empty.
    threats_made: PerDelegation<u32>,
    empty_threat: PerDelegation<bool>,
    /// Objections each delegation has made in this phase.
    objections_this_phase: PerDelegation<u32>,
    /// Positions declared at adoption by delegations played from outside.
    positions: PerDelegation<Option<Position>>,
    outcome: Option<Outcome>,
    objectives: Vec<ObjectiveState>,
    /// What the objectives last read (see `track_objectives`).
    objectives_read: Option<objectives::Inputs>,
    events: Vec<Event>,
    inputs: Vec<RecordedInput>,
    /// For each seat (delegations, then the Chair, then the facilitator): the length of the
    /// log when it last gave an input.
    last_input: Vec<usize>,
}

impl Session {
    /// Opens a session; `humans` are the delegations players control (the rest are AI).
    pub fn new(model: Arc<Model>, seed: u64, humans: &[&str]) -> Result<Session, SetupError> {
        let mut human_ids = Vec::new();
        for h in humans {
            let d = model
                .delegation(h)
                .ok_or_else(|| SetupError::UnknownDelegation(h.to_string()))?;
            if !model.delegations[d.index()].playable {
                return Err(SetupError::NotPlayable(h.to_string()));
            }
            if human_ids.contains(&d) {
                return Err(SetupError::Duplicate(h.to_string()));
            }
            human_ids.push(d);
        }
        let seats: Vec<(Seat, Controller)> = human_ids
            .iter()
            .map(|&d| (Seat::Delegation(d), Controller::Person))
            .collect();
        Ok(Session::open(model, seed, &seats))
    }

    /// Opens a session with the given seats played from outside (any delegation, playable or
    /// not, and the Chair); every other seat is played by the engine.
    pub fn open(model: Arc<Model>, seed: u64, seats: &[(Seat, Controller)]) -> Session {
        let n = model.delegations.len();
        let mut controllers = PerDelegation::filled(n, Controller::Ai);
        let mut chair = Controller::Ai;
        for &(seat, c) in seats {
            match seat {
                Seat::Delegation(d) if d.index() < n => controllers[d] = c,
                Seat::Chair => chair = c,
                _ => {}
            }
        }
        let doc = Document::zero_draft(&model);
        let presence = Presence::of(&model, &doc);
        let salience = vec![1.0; model.tags.len()];
        let utility = PerDelegation::from_fn(n, |d| text_utility(&model, &salience, d, &doc));
        let blocs: Vec<BlocId> = model.delegations.iter().map(|d| d.bloc).collect();
        let humans: Vec<DelegationId> = controllers
            .enumerate()
            .filter(|(_, c)| c.is_external())
            .map(|(d, _)| d)
            .collect();
        let mut opening_seats: Vec<(SeatName, Controller)> = humans
            .iter()
            .map(|&d| (Seat::Delegation(d).name(&model), controllers[d]))
            .collect();
        if chair.is_external() {
            opening_seats.push((SeatName::Chair, chair));
        }
        let mut s = Session {
            seed,
            rng: ChaCha8Rng::seed_from_u64(seed),
            controllers,
            chair,
            opening_seats,
            paused: false,
            revisions: vec![Revision {
                name: "Zero draft".into(),
                document: doc.clone(),
            }],
            doc,
            presence,
            zero_utility: utility.clone(),
            utility,
            salience,
            trust: Trust::new(&blocs),
            silenced: PerDelegation::filled(n, false),
            budget: PerDelegation::filled(n, 0),
            clock: Clock::new(
                model
                    .scenario
                    .schedule
                    .phases
                    .iter()
                    .map(|p| p.rounds)
                    .collect(),
            ),
            stage: Stage::Speaking,
            cursor: 0,
            speakers: Vec::new(),
            floor: Floor::new(n, model.scenario.cards.len()),
            awaiting: PerDelegation::filled(n, false),
            answers: Vec::new(),
            card_effects: Vec::new(),
            text_version: 0,
            card_effects_version: None,
            tolerance_now: PerDelegation::filled(n, 0.0),
            temperament: temperament::draw(&model, seed),
            card_adopted: vec![false; model.scenario.cards.len()],
            adoption_attempt: 0,
            acquiesced: Vec::new(),
            defended: Vec::new(),
            revision_called: false,
            after_block: false,
            threats_made: PerDelegation::filled(n, 0),
            empty_threat: PerDelegation::filled(n, false),
            objections_this_phase: PerDelegation::filled(n, 0),
            positions: PerDelegation::filled(n, None),
            outcome: None,
            objectives: objectives::initial(&model),
            objectives_read: None,
            events: Vec::with_capacity(1024),
            inputs: Vec::new(),
            last_input: vec![0; n + 2],
            model,
        };
        s.events.push(Event::SessionOpened {
            scenario: s.model.scenario.meta.id.clone(),
            seed,
            humans,
        });
        s.track_objectives();
        s.start_phase();
        s.advance();
        s
    }

    fn n(&self) -> usize {
        self.model.delegations.len()
    }

    /// Loss `d` tolerates without objecting at `time`, with this game's resolve.
    fn tolerance_at(&self, d: DelegationId, time: f32) -> f32 {
        let bloc = self.model.delegations[d.index()].bloc;
        tolerance_with(&self.model, self.temperament.tactics[bloc.index()], time)
            * self.temperament.resolve[d.index()]
    }

    /// `tolerance_at(d, time)` of each of `members`, the curve read once per bloc.
    fn tolerances_at(&self, members: &[DelegationId], time: f32) -> Vec<f32> {
        let curve: Vec<f32> = self
            .temperament
            .tactics
            .iter()
            .map(|&tactic| tolerance_with(&self.model, tactic, time))
            .collect();
        members
            .iter()
            .map(|&d| {
                curve[self.model.delegations[d.index()].bloc.index()]
                    * self.temperament.resolve[d.index()]
            })
            .collect()
    }

    /// Plays the engine's seats until the session needs an outside seat (or is over).
    fn advance(&mut self) {
        if self.paused {
            return;
        }
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
                    if self.model.delegation_ids().any(|d| self.awaits_answer(d)) {
                        return;
                    }
                    self.take_answers();
                    self.close_round();
                }
                Stage::Adoption => {
                    if self.model.delegation_ids().any(|d| self.awaits_position(d)) {
                        return;
                    }
                    self.resolve_adoption();
                }
                Stage::Ruling => {
                    if self.chair.is_external() {
                        // A Chair played from outside rules, may cut or restore, and issues
                        // the revision itself.
                        self.lapse_stale_brackets();
                        if !self.floor.brackets.is_empty() || !self.revision_called {
                            return;
                        }
                        self.revision_called = false;
                        if self.after_block {
                            self.after_block = false;
                            self.call_adoption();
                            continue;
                        }
                    }
                    self.chair_revision();
                    self.after_revision();
                }
            }
        }
    }

    /// Whether the consensus stage waits for this delegation's answer.
    fn awaits_answer(&self, d: DelegationId) -> bool {
        self.awaiting[d] && self.is_human(d)
    }

    /// Whether adoption waits for this delegation's position.
    fn awaits_position(&self, d: DelegationId) -> bool {
        self.is_human(d) && self.positions[d].is_none()
    }

    /// Applies an edit to the text, keeping presence counts and utilities in step.
    fn change_text(&mut self, edit: &EditSpec) -> Result<crate::document::EditEffect, EditError> {
        // Draft wording put back where it stood leaves the Chair's summary.
        let touched = match self.floor.draft_summary.is_empty() {
            true => None,
            false => self.doc.footprint(edit).ok(),
        };
        let effect = self.doc.apply(&self.model, edit)?;
        self.text_version += 1;
        if let Some(paragraph) = touched {
            self.floor
                .draft_summary
                .retain(|e| !e.restored_by(edit, &paragraph));
        }
        self.presence.apply(&effect);
        for d in 0..self.n() {
            self.utility[DelegationId::at(d)] +=
                delta(&self.model, &self.salience, DelegationId::at(d), &effect);
        }
        Ok(effect)
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
}
