//! Replaying a record, verifying that it reproduces the recorded events, and forking a game
//! at any recorded moment (what-if, look-ahead).

use std::sync::Arc;

use super::{ReplayError, Session};
use crate::model::Model;
use crate::record::GameRecord;
use crate::seat::{Command, Controller, Seat};

/// How a saved game was resumed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resumption {
    /// Every recorded event was reproduced.
    Exact,
    /// A record of earlier rules: the first `applied` of its `total` inputs were played again
    /// under today's rules (the rest no longer applied).
    Replayed { applied: usize, total: usize },
}

impl Session {
    /// Replays a record: same scenario, seed, seats and inputs. The caller may compare the
    /// events; `replay_verified` does.
    pub fn replay(model: Arc<Model>, record: &GameRecord) -> Result<Session, ReplayError> {
        Session::fork(model, record, record.inputs.len())
    }

    /// Replays a record and checks the events are identical to those it recorded.
    pub fn replay_verified(model: Arc<Model>, record: &GameRecord) -> Result<Session, ReplayError> {
        if !record.scenario_intact() {
            return Err(ReplayError::ScenarioChanged);
        }
        let s = Session::replay(model, record)?;
        if s.events() != record.events {
            let index = s
                .events()
                .iter()
                .zip(&record.events)
                .position(|(a, b)| a != b)
                .unwrap_or(s.events().len().min(record.events.len()));
            return Err(ReplayError::Diverged {
                index: index + 1,
                recorded: record.events.len(),
                replayed: s.events().len(),
            });
        }
        Ok(s)
    }

    /// Resumes a saved game. A record of today's rules must replay exactly; one played under
    /// earlier rules has its inputs played again under today's, as far as they stay legal
    /// (the room may answer differently, so the text can differ from what was recorded).
    pub fn resume(
        model: Arc<Model>,
        record: &GameRecord,
    ) -> Result<(Session, Resumption), ReplayError> {
        match Session::replay_verified(model.clone(), record) {
            Ok(s) => Ok((s, Resumption::Exact)),
            Err(ReplayError::Diverged { .. } | ReplayError::Action(..))
                if record.rules < crate::record::RULES =>
            {
                let (s, applied) = Session::replay_as_far_as(model, record, record.inputs.len())?;
                Ok((
                    s,
                    Resumption::Replayed {
                        applied,
                        total: record.inputs.len(),
                    },
                ))
            }
            Err(e) => Err(e),
        }
    }

    /// The first `at` inputs of a record played under today's rules as far as they stay
    /// legal; returns the game and how many were applied. For a record of earlier rules; a
    /// record of today's rules forks exactly with `fork`.
    pub fn replay_as_far_as(
        model: Arc<Model>,
        record: &GameRecord,
        at: usize,
    ) -> Result<(Session, usize), ReplayError> {
        let mut s = Session::fork(model, record, 0)?;
        let mut applied = 0;
        for input in record.inputs.iter().take(at) {
            let Some(seat) = input.seat.resolve(&s.model) else {
                break;
            };
            if s.input(seat, input.command.clone()).is_err() {
                break;
            }
            applied += 1;
        }
        Ok((s, applied))
    }

    /// The game as it stood after the first `at` recorded inputs.
    pub fn fork(model: Arc<Model>, record: &GameRecord, at: usize) -> Result<Session, ReplayError> {
        if at > record.inputs.len() {
            return Err(ReplayError::BeyondEnd(record.inputs.len(), at));
        }
        let mut seats: Vec<(Seat, Controller)> = Vec::new();
        for (name, c) in &record.seats {
            let seat = name.resolve(&model).ok_or(ReplayError::UnknownSeat(0))?;
            seats.push((seat, *c));
        }
        for (name, _) in &record.seats {
            if let crate::seat::SeatName::Delegation(id) = name {
                let d = model.delegation(id).ok_or(ReplayError::UnknownSeat(0))?;
                if record.format < 2 && !model.delegations[d.index()].playable {
                    return Err(ReplayError::Setup(super::SetupError::NotPlayable(
                        id.clone(),
                    )));
                }
            }
        }
        let mut s = Session::open(model, record.seed, &seats);
        for (i, input) in record.inputs[..at].iter().enumerate() {
            let seat = input
                .seat
                .resolve(&s.model)
                .ok_or(ReplayError::UnknownSeat(i))?;
            s.input(seat, input.command.clone())
                .map_err(|e| ReplayError::Action(i, e))?;
        }
        Ok(s)
    }

    /// A copy of this game whose dice are reseeded, so that a look-ahead played on it cannot
    /// see this game's future draws. The reseed is an input like any other: a fork kept as a
    /// record replays exactly.
    pub fn reseeded(&self, seed: u64) -> Session {
        let mut s = self.clone();
        // A reseed is always legal for the facilitator; it cannot fail.
        let _ = s.input(Seat::Facilitator, Command::Reseed(seed));
        s
    }
}
