//! Who acts and what they may say: seats (a delegation, the Chair, the facilitator), who drives
//! each seat (the engine's AI, a person, a remote client, a script), and the commands a seat
//! sends to `Session::input`.
//!
//! Commands and seats are written into game records. Adding a variant never breaks reading an
//! older record (serde reads enums by variant name); renaming or removing one would, so old
//! variants stay.

use serde::{Deserialize, Serialize};

use crate::ids::ClauseId;
use crate::log::{Action, AmendmentId};
use crate::model::{DelegationId, Model};

/// A place at the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Seat {
    Delegation(DelegationId),
    Chair,
    /// The teacher or trainer running the room: procedure, not substance.
    Facilitator,
}

/// A seat as a record names it: delegations by their scenario id, so a record reads without
/// the model at hand.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SeatName {
    Delegation(String),
    Chair,
    Facilitator,
}

impl Seat {
    pub fn name(self, model: &Model) -> SeatName {
        match self {
            Seat::Delegation(d) => SeatName::Delegation(model.delegations[d.index()].id.clone()),
            Seat::Chair => SeatName::Chair,
            Seat::Facilitator => SeatName::Facilitator,
        }
    }

    pub fn delegation(self) -> Option<DelegationId> {
        match self {
            Seat::Delegation(d) => Some(d),
            _ => None,
        }
    }
}

impl SeatName {
    /// The seat this name refers to in `model`, if any.
    pub fn resolve(&self, model: &Model) -> Option<Seat> {
        match self {
            SeatName::Delegation(id) => model.delegation(id).map(Seat::Delegation),
            SeatName::Chair => Some(Seat::Chair),
            SeatName::Facilitator => Some(Seat::Facilitator),
        }
    }
}

/// Who drives a seat. The engine plays `Ai` seats itself; it waits for input from the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Controller {
    /// The engine's own policy (the AI delegation, or the persona Chair).
    #[default]
    Ai,
    /// A player at this machine.
    Person,
    /// A player on another machine, through the network server.
    Remote,
    /// A strategy script or a Rust `Delegate`, driven from outside the session.
    Script,
}

impl Controller {
    /// Whether the session waits for this seat's input rather than playing it itself.
    pub fn is_external(self) -> bool {
        self != Controller::Ai
    }
}

/// What a seat asks the session to do. `Session::input` checks it against the seat, commits
/// it or refuses it with a typed error and no change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Command {
    /// A delegation's move: table, respond, pass, or its position at adoption.
    Act(Action),
    /// The Chair settles a bracketed amendment with one of `Session::chair_options`.
    Rule {
        amendment: AmendmentId,
        option: u32,
    },
    /// The facilitator fires one of the scenario's scheduled events now.
    Inject {
        event: String,
    },
    /// The facilitator tells the room something (recorded in the log as it was typed).
    Announce(String),
    /// The facilitator lengthens (positive) or shortens the current phase by whole rounds.
    ChangeRounds(i32),
    /// The facilitator stops the room: no seat but the facilitator may act until `Resume`.
    Pause,
    /// The facilitator ends the session now, before its vote (the end of a lesson).
    EndSession,
    Resume,
    /// The facilitator hands a seat to the AI, a person, a remote client or a script.
    Control {
        seat: SeatName,
        controller: Controller,
    },
    /// A new seed for the room's dice from here on (forks for what-if and look-ahead use it so
    /// they cannot see the original game's future).
    Reseed(u64),
    /// The Chair, at its revision, cuts a clause nobody moved to delete.
    Cut {
        clause: ClauseId,
    },
    /// The Chair, at its revision, restores a zero-draft clause (by its zero-draft id) that was
    /// deleted or reworded.
    Restore {
        clause: ClauseId,
    },
    /// The Chair, having ruled on every bracket, issues the revision.
    IssueRevision,
    /// A delegation asks another, in private, whether it could live with an amendment or a
    /// wording (one of its corridor moves this round).
    Sound {
        to: DelegationId,
        about: crate::corridor::Sounding,
    },
    /// A delegation offers another a package: its own moves (`give`) for the other's (`want`).
    Offer {
        to: DelegationId,
        give: Vec<crate::corridor::Pledge>,
        want: Vec<crate::corridor::Pledge>,
    },
    /// A delegation invited to the Chair's informal consultations on a bracket says which of
    /// the Chair's options it could live with, and may bring a card of its capital's as its
    /// own wording for the paragraph.
    Consult {
        amendment: AmendmentId,
        acceptable: Vec<crate::log::ChairOutcome>,
        #[serde(default)]
        wording: Option<crate::ids::CardId>,
    },
    /// A delegation answers an offer made to it.
    Reply {
        offer: crate::corridor::OfferId,
        accept: bool,
    },
}

impl From<Action> for Command {
    fn from(a: Action) -> Command {
        Command::Act(a)
    }
}

/// One input as the record keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordedInput {
    pub seat: SeatName,
    pub command: Command,
}
