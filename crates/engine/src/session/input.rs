//! The one way in: `Session::input(seat, command)` checks that the seat may give the command
//! now, then commits it (recorded, and the engine's seats play on) or refuses it with a typed
//! error and no change at all.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::{ActionError, SeatRule, Session, Stage};
use crate::log::{Action, AmendmentId, Event, Position};
use crate::model::DelegationId;
use crate::scenario::Condition;
use crate::seat::{Command, Controller, RecordedInput, Seat, SeatName};

/// Longest message the facilitator may send to the room.
pub const ANNOUNCEMENT_CHARS: usize = 2_000;

impl Session {
    /// Takes one seat's command. An illegal command returns an error and leaves the session
    /// unchanged; a legal one is recorded and the engine's seats play on until the session
    /// needs an outside seat again.
    pub fn input(&mut self, seat: Seat, command: Command) -> Result<(), ActionError> {
        if let Seat::Delegation(d) = seat
            && d.index() >= self.n()
        {
            return Err(ActionError::UnknownDelegation(d.to_string()));
        }
        match (seat, &command) {
            (Seat::Delegation(d), Command::Act(action)) => {
                self.check_running()?;
                self.dispatch(d, action)?;
            }
            (Seat::Delegation(d), Command::Sound { to, about }) => {
                self.check_running()?;
                self.check_outside(d)?;
                self.sound(d, *to, about)?;
            }
            (Seat::Delegation(d), Command::Offer { to, give, want }) => {
                self.check_running()?;
                self.check_outside(d)?;
                self.make_offer(d, *to, give, want)?;
            }
            (
                Seat::Delegation(d),
                Command::Consult {
                    amendment,
                    acceptable,
                    wording,
                },
            ) => {
                self.check_running()?;
                self.check_outside(d)?;
                self.consult(d, *amendment, acceptable, wording.as_ref())?;
            }
            (Seat::Delegation(d), Command::Reply { offer, accept }) => {
                self.check_running()?;
                self.check_outside(d)?;
                self.reply(d, *offer, *accept)?;
            }
            (Seat::Chair, Command::Rule { amendment, option }) => {
                self.check_running()?;
                self.rule(*amendment, *option)?;
            }
            (
                Seat::Chair,
                Command::Cut { .. } | Command::Restore { .. } | Command::IssueRevision,
            ) => {
                self.check_running()?;
                self.chair_command(&command)?;
            }
            (
                Seat::Facilitator,
                c @ (Command::Inject { .. }
                | Command::Announce(_)
                | Command::ChangeRounds(_)
                | Command::Pause
                | Command::EndSession
                | Command::Resume
                | Command::Control { .. }
                | Command::Reseed(_)),
            ) => {
                self.facilitate(c)?;
            }
            (
                _,
                Command::Act(_)
                | Command::Sound { .. }
                | Command::Offer { .. }
                | Command::Consult { .. }
                | Command::Reply { .. },
            ) => return Err(ActionError::NotThisSeat(SeatRule::DelegationActs)),
            (
                _,
                Command::Rule { .. }
                | Command::Cut { .. }
                | Command::Restore { .. }
                | Command::IssueRevision,
            ) => {
                return Err(ActionError::NotThisSeat(SeatRule::ChairRules));
            }
            _ => {
                return Err(ActionError::NotThisSeat(SeatRule::FacilitatorRuns));
            }
        }
        let k = self.seat_index(seat);
        self.journal.record(
            k,
            RecordedInput {
                seat: seat.name(&self.model),
                command,
            },
        );
        self.advance();
        Ok(())
    }

    /// A delegation's action: `input` with `Seat::Delegation(who)` and `Command::Act(action)`.
    pub fn act(&mut self, who: DelegationId, action: Action) -> Result<(), ActionError> {
        self.input(Seat::Delegation(who), Command::Act(action))
    }

    fn dispatch(&mut self, who: DelegationId, action: &Action) -> Result<(), ActionError> {
        match self.turns.stage {
            Stage::Finished => Err(ActionError::Finished),
            Stage::Speaking => self.speak(who, action),
            Stage::Consensus => self.answer(who, action),
            Stage::Adoption => self.declare(who, action),
            Stage::Ruling => Err(wrong_stage(action, Stage::Ruling)),
        }
    }

    /// Corridor moves come only from delegations played from outside the engine.
    fn check_outside(&self, d: DelegationId) -> Result<(), ActionError> {
        if self.is_human(d) {
            Ok(())
        } else {
            Err(ActionError::Corridor(
                crate::corridor::CorridorRefusal::EnginePlayed(d),
            ))
        }
    }

    fn check_running(&self) -> Result<(), ActionError> {
        if self.turns.stage == Stage::Finished {
            return Err(ActionError::Finished);
        }
        if self.control.paused {
            return Err(ActionError::Paused);
        }
        Ok(())
    }

    pub(super) fn seat_index(&self, seat: Seat) -> usize {
        match seat {
            Seat::Delegation(d) => d.index(),
            Seat::Chair => self.n(),
            Seat::Facilitator => self.n() + 1,
        }
    }

    /// On the speakers' list: only the delegation holding the floor acts.
    fn speak(&mut self, who: DelegationId, action: &Action) -> Result<(), ActionError> {
        let speaker = self.turns.speaker();
        if speaker != Some(who) || !self.is_human(who) {
            return Err(ActionError::NotYourTurn {
                expected: speaker,
                got: who,
            });
        }
        match action {
            Action::Table(edit) => {
                self.table(who, edit.clone(), None)?;
                self.turns.cursor += 1;
            }
            Action::TableCard(card) => {
                let edit = self.card_edit(card)?;
                self.table(who, edit, Some(card.clone()))?;
                self.turns.cursor += 1;
            }
            Action::CoSponsor(a) => {
                let i = self.respondable(who, *a)?;
                self.cosponsor(i, who);
            }
            Action::Object(a) => {
                let i = self.respondable(who, *a)?;
                self.object(i, who);
            }
            Action::Threaten(a) => {
                let i = self.respondable(who, *a)?;
                self.threaten(i, who);
            }
            Action::Withdraw(a) => {
                let i = self.own_on_floor(who, *a)?;
                self.withdraw(i);
            }
            Action::Lobby {
                amendment,
                delegation,
            } => {
                // Lobbying takes the delegation's time on the list, like a statement.
                self.lobby(who, *amendment, *delegation)?;
                self.turns.cursor += 1;
            }
            Action::Pass => {
                self.journal.events.push(Event::Passed { delegation: who });
                self.turns.cursor += 1;
            }
            other => return Err(wrong_stage(other, Stage::Speaking)),
        }
        Ok(())
    }

    /// "Any objection?": every delegation asked answers in any order; its responses are held
    /// and take effect together when the last answer is in (`Pass` ends one's answer).
    fn answer(&mut self, who: DelegationId, action: &Action) -> Result<(), ActionError> {
        if !self.awaits_answer(who) {
            return Err(ActionError::AlreadyAnswered);
        }
        let given = |a: AmendmentId| {
            self.conduct.answers.iter().any(|(d, x)| {
                *d == who
                    && matches!(x, Action::CoSponsor(y) | Action::Object(y) | Action::Threaten(y) if *y == a)
            })
        };
        match action {
            Action::CoSponsor(a) | Action::Object(a) | Action::Threaten(a) => {
                self.respondable(who, *a)?;
                if given(*a) {
                    return Err(ActionError::AlreadyResponded(*a));
                }
            }
            Action::Withdraw(a) => {
                self.own_on_floor(who, *a)?;
                if self
                    .conduct
                    .answers
                    .iter()
                    .any(|(d, x)| *d == who && x == action)
                {
                    return Err(ActionError::NoSuchAmendment(*a));
                }
            }
            Action::Pass => self.conduct.awaiting[who] = false,
            other => return Err(wrong_stage(other, Stage::Consensus)),
        }
        self.conduct.answers.push((who, action.clone()));
        Ok(())
    }

    /// At adoption: join, dissociate or block, once, in any order.
    fn declare(&mut self, who: DelegationId, action: &Action) -> Result<(), ActionError> {
        if !self.awaits_position(who) {
            return Err(ActionError::AlreadyAnswered);
        }
        let position = match action {
            Action::Pass | Action::Join => Position::Join,
            Action::Dissociate(paragraphs) => {
                if paragraphs.is_empty() {
                    return Err(ActionError::NothingToDissociate);
                }
                if let Some(p) = paragraphs
                    .iter()
                    .find(|p| !self.holds(&Condition::ParagraphKept((*p).clone())))
                {
                    return Err(ActionError::UnknownParagraph(p.clone()));
                }
                Position::Dissociate(paragraphs.clone())
            }
            Action::Block => {
                if !self.model.delegations[who.index()].may_block() {
                    return Err(ActionError::CannotBlock);
                }
                Position::Block
            }
            other => return Err(wrong_stage(other, Stage::Adoption)),
        };
        self.conduct.positions[who] = Some(position);
        Ok(())
    }

    fn own_on_floor(&self, who: DelegationId, a: AmendmentId) -> Result<usize, ActionError> {
        let i = self.floor.find_open(a)?;
        if self.floor.open[i].proposer != who {
            return Err(ActionError::NotProposer(a));
        }
        Ok(i)
    }

    /// The Chair's ruling on one bracketed amendment, with one of `chair_options`.
    fn rule(&mut self, amendment: AmendmentId, option: u32) -> Result<(), ActionError> {
        if self.turns.stage != Stage::Ruling || !self.control.chair.is_external() {
            return Err(ActionError::NotRuling);
        }
        let i = self
            .floor
            .brackets
            .iter()
            .position(|a| a.id == amendment)
            .ok_or(ActionError::NoSuchAmendment(amendment))?;
        let options = self.chair_options(&self.floor.brackets[i]);
        if option as usize >= options.len() {
            return Err(ActionError::NoSuchOption(amendment, option));
        }
        let a = self.floor.brackets.remove(i);
        self.apply_ruling(a, &options, option as usize);
        Ok(())
    }

    /// Procedure: what the facilitator may do at any moment.
    fn facilitate(&mut self, command: &Command) -> Result<(), ActionError> {
        match command {
            Command::Pause => {
                if self.turns.stage == Stage::Finished {
                    return Err(ActionError::Finished);
                }
                self.control.paused = true;
                self.journal.events.push(Event::Paused);
            }
            Command::EndSession => {
                if self.turns.stage == Stage::Finished {
                    return Err(ActionError::Finished);
                }
                self.end_early();
            }
            Command::Resume => {
                if !self.control.paused {
                    return Err(ActionError::NotPaused);
                }
                self.control.paused = false;
                self.journal.events.push(Event::Resumed);
            }
            Command::Inject { event } => {
                if self.turns.stage == Stage::Finished {
                    return Err(ActionError::Finished);
                }
                let model = self.model.clone();
                let e = model
                    .scenario
                    .schedule
                    .events
                    .iter()
                    .find(|e| &e.id == event)
                    .ok_or_else(|| ActionError::UnknownEvent(event.clone()))?;
                if self.has_happened(&e.id) {
                    return Err(ActionError::AlreadyHappened(event.clone()));
                }
                self.fire(e);
                self.track_objectives();
            }
            Command::Announce(text) => {
                let text = text.trim();
                if text.is_empty() || text.chars().count() > ANNOUNCEMENT_CHARS {
                    return Err(ActionError::BadAnnouncement(ANNOUNCEMENT_CHARS));
                }
                self.journal.events.push(Event::Announced {
                    text: text.to_string(),
                });
            }
            Command::ChangeRounds(change) => {
                if self.turns.stage == Stage::Finished {
                    return Err(ActionError::Finished);
                }
                let p = self.clock.phase;
                self.clock.change_rounds(p, *change as i64);
                self.clock.held_open |= *change > 0;
                self.journal.events.push(Event::RoundsChanged {
                    phase: p as u16,
                    rounds: self.clock.phase_rounds[p],
                });
            }
            Command::Control { seat, controller } => {
                let resolved = seat.resolve(&self.model).ok_or_else(|| match seat {
                    SeatName::Delegation(id) => ActionError::UnknownDelegation(id.clone()),
                    _ => ActionError::NotThisSeat(SeatRule::FacilitatorSeat),
                })?;
                self.set_controller(resolved, *controller)?;
            }
            Command::Reseed(seed) => {
                self.rng = ChaCha8Rng::seed_from_u64(*seed);
                self.journal.events.push(Event::Reseeded { seed: *seed });
            }
            Command::Act(_)
            | Command::Rule { .. }
            | Command::Cut { .. }
            | Command::Restore { .. }
            | Command::IssueRevision
            | Command::Sound { .. }
            | Command::Offer { .. }
            | Command::Consult { .. }
            | Command::Reply { .. } => {
                return Err(ActionError::NotThisSeat(SeatRule::FacilitatorNegotiates));
            }
        }
        Ok(())
    }

    /// Hands a seat to someone else. A delegation handed to the AI mid-answer is taken as
    /// having answered; one taken from the AI answers from the next decision on (and at once
    /// at adoption).
    fn set_controller(&mut self, seat: Seat, controller: Controller) -> Result<(), ActionError> {
        match seat {
            Seat::Delegation(d) => {
                self.control.controllers[d] = controller;
                if !controller.is_external() {
                    self.conduct.awaiting[d] = false;
                    self.conduct.answers.retain(|(x, _)| *x != d);
                }
            }
            Seat::Chair => self.control.chair = controller,
            Seat::Facilitator => {
                return Err(ActionError::NotThisSeat(SeatRule::FacilitatorSeat));
            }
        }
        self.journal
            .events
            .push(Event::ControlChanged { seat, controller });
        Ok(())
    }

    /// Plays AI-only to the end (for the simulator; it stops where an outside seat must act).
    pub fn run_to_end(&mut self) {
        self.advance();
    }
}

fn wrong_stage(a: &Action, stage: Stage) -> ActionError {
    ActionError::WrongStage(a.kind(), stage)
}
