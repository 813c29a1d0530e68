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
mod conduct;
mod control;
mod corridor;
mod errors;
mod floor;
mod friends;
mod input;
mod journal;
mod lobby;
mod mood;
mod objectives;
mod package;
mod queries;
mod replay;
mod responses;
mod rounds;
mod schedule;
mod summary;
mod temperament;
mod text;
mod trust;
mod turns;
mod weigh;

use std::sync::Arc;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use advice::OBJECTIVE_VALUE;
pub use advice::Suggestion;
pub use chair::{ChairOption, reword};
pub use clock::Clock;
pub use conduct::CREDIBLE_THREATS;
pub use errors::{ActionError, ReplayError, SeatRule, SetupError};
pub use floor::{Amendment, Floor, SummaryEntry};
pub use objectives::ObjectiveState;
pub use replay::Resumption;
pub use summary::DraftInSummary;
pub use trust::Trust;

use crate::document::EditError;
use crate::ids::BlocId;
use crate::log::{Event, Position};
use crate::model::{DelegationId, Model};
use crate::preferences::tolerance_with;
use crate::scenario::EditSpec;
use crate::seat::{Controller, Seat, SeatName};

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
    /// The facilitator ended the session before the vote: nothing was adopted or refused.
    #[serde(default)]
    pub ended_early: bool,
    pub positions: Vec<Position>,
    /// Rounds played in all.
    pub rounds: u32,
}

/// A negotiation: a deterministic function of (scenario, seed, inputs). Each part of the
/// room has one owner holding its state and the rules that keep it consistent; the session
/// composes them and runs the turn flow.
#[derive(Debug, Clone)]
pub struct Session {
    model: Arc<Model>,
    seed: u64,
    rng: ChaCha8Rng,
    /// Who drives each seat; whether the room is paused.
    control: control::Control,
    /// The text, its revisions, and what is derived from it.
    text: text::Text,
    /// Salience, utilities, tolerances and temperament.
    mood: mood::Mood,
    trust: Trust,
    /// What each delegation has done and may still do.
    conduct: conduct::Conduct,
    clock: Clock,
    /// The stage and the speakers' list.
    turns: turns::Turns,
    floor: Floor,
    /// The vote on the report and how it ended.
    adoption: adoption::Adoption,
    objectives: objectives::Objectives,
    /// The log and the inputs.
    journal: journal::Journal,
    /// Soundings, offers and promises made beneath the floor.
    corridor: corridor::Corridor,
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
        let mut control = control::Control::new(n, seats);
        let humans = control.external_delegations();
        control.opening = humans
            .iter()
            .map(|&d| (Seat::Delegation(d).name(&model), control.controllers[d]))
            .collect();
        if control.chair.is_external() {
            control.opening.push((SeatName::Chair, control.chair));
        }
        let text = text::Text::zero_draft(&model);
        let mood = mood::Mood::new(&model, &text.doc, temperament::draw(&model, seed));
        let blocs: Vec<BlocId> = model.delegations.iter().map(|d| d.bloc).collect();
        let mut s = Session {
            seed,
            rng: ChaCha8Rng::seed_from_u64(seed),
            control,
            text,
            mood,
            trust: Trust::new(&blocs),
            conduct: conduct::Conduct::new(n),
            clock: Clock::new(
                model
                    .scenario
                    .schedule
                    .phases
                    .iter()
                    .map(|p| p.rounds)
                    .collect(),
            ),
            turns: turns::Turns::new(),
            floor: Floor::new(n, model.scenario.cards.len()),
            adoption: adoption::Adoption::default(),
            objectives: objectives::Objectives::new(&model),
            journal: journal::Journal::new(n + 2),
            corridor: corridor::Corridor::new(n),
            model,
        };
        s.journal.events.push(Event::SessionOpened {
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
        tolerance_with(
            &self.model,
            self.mood.temperament.tactics[bloc.index()],
            time,
        ) * self.mood.temperament.resolve[d.index()]
    }

    /// `tolerance_at(d, time)` of each of `members`, the curve read once per bloc.
    fn tolerances_at(&self, members: &[DelegationId], time: f32) -> Vec<f32> {
        let curve: Vec<f32> = self
            .mood
            .temperament
            .tactics
            .iter()
            .map(|&tactic| tolerance_with(&self.model, tactic, time))
            .collect();
        members
            .iter()
            .map(|&d| {
                curve[self.model.delegations[d.index()].bloc.index()]
                    * self.mood.temperament.resolve[d.index()]
            })
            .collect()
    }

    /// Plays the engine's seats until the session needs an outside seat (or is over), then
    /// brings the corridor up to date: promises whose moment has passed are kept, offers the
    /// floor has overtaken lapse.
    fn advance(&mut self) {
        self.play_engine_seats();
        self.settle_promises();
        self.lapse_offers();
    }

    fn play_engine_seats(&mut self) {
        if self.control.paused {
            return;
        }
        loop {
            match self.turns.stage {
                Stage::Finished => return,
                Stage::Speaking => {
                    let Some(d) = self.turns.speaker() else {
                        self.after_speaking();
                        continue;
                    };
                    if self.is_human(d) {
                        return;
                    }
                    self.ai_speak(d);
                    self.turns.cursor += 1;
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
                    if self.control.chair.is_external() {
                        // A Chair played from outside rules, may cut or restore, and issues
                        // the revision itself.
                        self.lapse_stale_brackets();
                        if !self.floor.brackets.is_empty() || !self.adoption.revision_called {
                            return;
                        }
                        self.adoption.revision_called = false;
                        if self.adoption.after_block {
                            self.adoption.after_block = false;
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
        self.conduct.awaiting[d] && self.is_human(d)
    }

    /// Whether adoption waits for this delegation's position.
    fn awaits_position(&self, d: DelegationId) -> bool {
        self.is_human(d) && self.conduct.positions[d].is_none()
    }

    /// Applies an edit to the text, keeping presence counts and utilities in step.
    fn change_text(&mut self, edit: &EditSpec) -> Result<crate::document::EditEffect, EditError> {
        // Draft wording put back where it stood leaves the Chair's summary.
        let touched = match self.floor.draft_summary.is_empty() {
            true => None,
            false => self.text.doc.footprint(edit).ok(),
        };
        let effect = self.text.apply(&self.model, edit)?;
        if let Some(paragraph) = touched {
            self.floor
                .draft_summary
                .retain(|e| !e.restored_by(edit, &paragraph));
        }
        self.mood.follow(&self.model, &effect);
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
