//! Who plays a seat, as code: a `Delegate` chooses a delegation's next command and a
//! `ChairPolicy` rules on bracketed amendments. The engine's own AI and persona Chair are one
//! implementation each; strategy scripts, the league and tests bring others. A policy sees
//! its seat's view and an `Advisor` (legal commands, predictions, suggestions for its own
//! seat), never the session itself, so it cannot read another delegation's private data.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::log::Action;
use crate::preferences::Reaction;
use crate::scenario::EditSpec;
use crate::seat::{Command, Seat};
use crate::session::{ActionError, Amendment, ChairOption, Session, Suggestion};
use crate::view::{PublicScenario, RoomView, SeatView};

/// The engine's public functions, narrowed to one seat.
pub struct Advisor<'a> {
    session: &'a Session,
    seat: Seat,
}

impl<'a> Advisor<'a> {
    pub fn new(session: &'a Session, seat: Seat) -> Advisor<'a> {
        Advisor { session, seat }
    }

    pub fn seat(&self) -> Seat {
        self.seat
    }

    /// The commands this seat may give now (free-text edits aside).
    pub fn legal(&self) -> Vec<Command> {
        self.session.legal_commands(self.seat)
    }

    /// The room's predicted reactions to an edit this seat would table (no random term).
    pub fn predict(&self, edit: &EditSpec) -> Result<Vec<Reaction>, ActionError> {
        let Seat::Delegation(d) = self.seat else {
            return Err(ActionError::NotThisSeat(
                crate::session::SeatRule::DelegationTables,
            ));
        };
        Ok(self.session.predict(d, edit)?)
    }

    /// The room's predicted reactions if this seat tabled one of the scenario's cards.
    pub fn predict_card(&self, card: &str) -> Option<Vec<Reaction>> {
        let c = self
            .session
            .model()
            .scenario
            .cards
            .iter()
            .find(|c| c.id == card)?;
        self.predict(&c.edit).ok()
    }

    /// The `k` moves the engine rates best for this seat.
    pub fn suggest(&self, k: usize) -> Vec<Suggestion> {
        self.session.suggest(self.seat, k)
    }

    /// What a pending amendment (on the floor or bracketed) would do for this seat if it entered
    /// the text now: the change in its capital's utility, and the objective weight it would
    /// meet less the weight it would lose. `None` when it no longer applies.
    pub fn stake_in(&self, id: crate::log::AmendmentId) -> Option<(f32, f32)> {
        match self.seat {
            Seat::Delegation(me) => self.session.stake_in_pending(me, id),
            _ => None,
        }
    }

    /// What the engine's own AI would do in this seat now.
    pub fn ai_move(&self) -> Command {
        match self.seat {
            Seat::Delegation(d) => Command::Act(self.session.ai_action(d)),
            seat => self
                .session
                .default_command(seat)
                .unwrap_or(Command::Act(Action::Pass)),
        }
    }

    /// For the Chair: the options on a bracketed amendment and the persona Chair's choice.
    pub fn chair_options(&self, a: &Amendment) -> Vec<ChairOption> {
        self.session.chair_options(a)
    }

    pub fn persona_ruling(&self, a: &Amendment) -> Option<usize> {
        self.session.persona_ruling(a)
    }

    /// How this seat's own brief weighs a package: `from`'s moves `give` against this seat's
    /// moves `want` (the rule the engine's delegations answer offers by), with the reasons.
    pub fn weigh_offer(
        &self,
        from: crate::model::DelegationId,
        give: &[crate::corridor::Pledge],
        want: &[crate::corridor::Pledge],
    ) -> Option<(bool, Vec<crate::corridor::DealReason>)> {
        let Seat::Delegation(me) = self.seat else {
            return None;
        };
        Some(self.session.weigh_offer(me, from, give, want))
    }

    /// The engine's prediction of `to`'s answer to an offer from this seat (as `predict` foretells
    /// the room's reactions to an edit).
    pub fn predict_offer(
        &self,
        to: crate::model::DelegationId,
        give: &[crate::corridor::Pledge],
        want: &[crate::corridor::Pledge],
    ) -> bool {
        let Seat::Delegation(me) = self.seat else {
            return false;
        };
        to != me && !self.session.is_human(to) && self.session.weigh_offer(to, me, give, want).0
    }

    /// What each of the Chair's options on bracket `id` is worth to this seat (its brief and
    /// its objectives together, then the objective weight it would gain or lose), and its
    /// tolerance now: what it weighs before telling the Chair, in consultations, what it can
    /// live with.
    pub fn option_values(
        &self,
        id: crate::log::AmendmentId,
    ) -> (Vec<(crate::log::ChairOutcome, f32, f32)>, f32) {
        match self.seat {
            Seat::Delegation(me) => self.session.option_values(me, id),
            _ => (Vec::new(), 0.0),
        }
    }

    /// What promising `p` would cost this seat by its own brief; `None` if it could not live
    /// with it.
    pub fn pledge_cost(&self, p: &crate::corridor::Pledge) -> Option<f32> {
        let Seat::Delegation(me) = self.seat else {
            return None;
        };
        self.session.pledge_cost_to(me, p)
    }
}

/// Plays a delegation from outside the engine.
pub trait Delegate {
    /// The next command for the seat in `view` (the session waits for it).
    fn decide(&mut self, view: &SeatView, advisor: &Advisor) -> Command;
}

/// Rules on bracketed amendments when the Chair is played from outside.
pub trait ChairPolicy {
    /// Which of `options` settles `amendment` (an index into `options`).
    fn rule(
        &mut self,
        view: &SeatView,
        amendment: &Amendment,
        options: &[ChairOption],
        advisor: &Advisor,
    ) -> u32;
}

/// The engine's AI delegation as a `Delegate`.
#[derive(Debug, Default, Clone, Copy)]
pub struct AiDelegate;

impl Delegate for AiDelegate {
    fn decide(&mut self, _view: &SeatView, advisor: &Advisor) -> Command {
        advisor.ai_move()
    }
}

/// The scenario's persona Chair as a `ChairPolicy`.
#[derive(Debug, Default, Clone, Copy)]
pub struct PersonaChair;

impl ChairPolicy for PersonaChair {
    fn rule(
        &mut self,
        _view: &SeatView,
        amendment: &Amendment,
        _options: &[ChairOption],
        advisor: &Advisor,
    ) -> u32 {
        advisor.persona_ruling(amendment).unwrap_or(0) as u32
    }
}

/// Seats played by code, for `drive`.
#[derive(Default)]
pub struct Players {
    pub delegates: BTreeMap<Seat, Box<dyn Delegate>>,
    pub chair: Option<Box<dyn ChairPolicy>>,
}

/// What `drive` did: inputs given, and commands refused (each replaced by passing).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct DriveReport {
    pub inputs: usize,
    pub refused: Vec<(Seat, Command, ActionError)>,
}

/// Plays the seats in `players` until the session is over or waits for a seat nobody in
/// `players` holds. A refused command is reported and the seat passes instead (the AI's
/// fallback), so a faulty policy cannot stall the room. `limit` bounds the inputs given.
pub fn drive(session: &mut Session, players: &mut Players, limit: usize) -> DriveReport {
    let scenario = Arc::new(PublicScenario::of(session.model()));
    let mut report = DriveReport::default();
    while report.inputs < limit {
        let pending = session.pending();
        let Some(seat) = pending.into_iter().find(|s| match s {
            Seat::Chair => players.chair.is_some(),
            s => players.delegates.contains_key(s),
        }) else {
            break;
        };
        let room = Arc::new(RoomView::of(session, scenario.clone()));
        let view = SeatView::of(room, session, seat);
        let command = {
            let advisor = Advisor::new(session, seat);
            match seat {
                Seat::Chair => {
                    let policy = players.chair.as_mut().expect("found above");
                    match session.brackets().first() {
                        Some(a) => {
                            let options = session.chair_options(a);
                            Command::Rule {
                                amendment: a.id,
                                option: policy.rule(&view, a, &options, &advisor),
                            }
                        }
                        // Every bracket ruled on: the revision goes out.
                        None => Command::IssueRevision,
                    }
                }
                s => {
                    let delegate = players.delegates.get_mut(&s).expect("found above");
                    delegate.decide(&view, &advisor)
                }
            }
        };
        report.inputs += 1;
        if let Err(e) = session.input(seat, command.clone()) {
            report.refused.push((seat, command, e));
            let Some(fallback) = session.default_command(seat) else {
                break;
            };
            if session.input(seat, fallback).is_err() {
                break;
            }
        }
    }
    report
}
