//! Why the session refuses an input, a setup or a replay. Refusals are data, never sentences:
//! the `text` crate phrases them in the player's language, and the classroom sends them over the
//! network as they are so that each student reads them in their own. `Display` shows the
//! variant and its data (for logs and test failures).

use serde::{Deserialize, Serialize};

use super::Stage;
use crate::document::EditError;
use crate::ids::{CardId, ClauseId, ParagraphId};
use crate::log::{ActionKind, AmendmentId};
use crate::model::DelegationId;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ActionError {
    Finished,
    UnknownDelegation(String),
    /// Someone else holds the floor (`expected`; `None` when nobody does).
    NotYourTurn {
        expected: Option<DelegationId>,
        got: DelegationId,
    },
    /// This kind of action has no place at this stage of the session.
    WrongStage(ActionKind, Stage),
    NoSuchAmendment(AmendmentId),
    OwnAmendment,
    AlreadyResponded(AmendmentId),
    NotProposer(AmendmentId),
    NoInterventions,
    ParagraphBusy(ParagraphId),
    Edit(EditError),
    Repeated,
    UnknownCard(CardId),
    CardSpent(CardId),
    /// The card may be tabled only in these phases (their names).
    CardOutOfPhase(CardId, Vec<String>),
    CannotBlock,
    UnknownParagraph(ParagraphId),
    NothingToDissociate,
    NotThisSeat(SeatRule),
    Paused,
    AlreadyAnswered,
    NotRuling,
    NoSuchOption(AmendmentId, u32),
    UnknownEvent(String),
    /// The scheduled event has already happened (on schedule or set off before).
    AlreadyHappened(String),
    /// The facilitator's message is empty or longer than this many characters.
    BadAnnouncement(usize),
    NotPaused,
    NotAnObjector(AmendmentId),
    BracketsLeft,
    NothingToRestore(ClauseId),
    /// A corridor move that cannot be made.
    Corridor(crate::corridor::CorridorRefusal),
}

/// Which rule about seats a command broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SeatRule {
    /// Only a delegation takes actions.
    DelegationActs,
    /// Only a delegation tables edits.
    DelegationTables,
    /// Only the Chair rules on amendments.
    ChairRules,
    /// Only the facilitator runs the room.
    FacilitatorRuns,
    /// The facilitator does not negotiate.
    FacilitatorNegotiates,
    /// The facilitator's seat cannot be handed to a controller.
    FacilitatorSeat,
}

impl From<EditError> for ActionError {
    fn from(e: EditError) -> Self {
        ActionError::Edit(e)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SetupError {
    UnknownDelegation(String),
    NotPlayable(String),
    Duplicate(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ReplayError {
    Setup(SetupError),
    /// Input `.0` (1-based) is not legal.
    Action(usize, ActionError),
    /// Input `.0` names a seat the scenario does not have.
    UnknownSeat(usize),
    /// The scenario embedded in the record no longer matches its digest.
    ScenarioChanged,
    /// The record has `.0` inputs; `.1` were asked for.
    BeyondEnd(usize, usize),
    Diverged {
        /// 1-based position of the first event that differs.
        index: usize,
        recorded: usize,
        replayed: usize,
    },
}

macro_rules! display_as_data {
    ($($t:ty),*) => {$(
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self, f)
            }
        }
        impl std::error::Error for $t {}
    )*};
}
display_as_data!(ActionError, SetupError, ReplayError);
