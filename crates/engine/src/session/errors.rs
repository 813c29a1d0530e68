//! Why the session refuses an input, a setup or a replay. Refusals are data; the `text` crate
//! phrases them for people (the `Display` here is the plain English fallback for logs).

use crate::document::EditError;
use crate::log::AmendmentId;

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
    #[error("this seat cannot give that command ({0})")]
    NotThisSeat(&'static str),
    #[error("the session is paused by the facilitator")]
    Paused,
    #[error("you have already answered; wait for the others")]
    AlreadyAnswered,
    #[error("the Chair is not ruling on amendments now")]
    NotRuling,
    #[error("amendment {0} has no ruling option {1}")]
    NoSuchOption(AmendmentId, u32),
    #[error("no scheduled event \"{0}\" in this scenario")]
    UnknownEvent(String),
    #[error("the facilitator's message is empty or longer than {0} characters")]
    BadAnnouncement(usize),
    #[error("the session is not paused")]
    NotPaused,
    #[error("that delegation has no objection to amendment {0} to lobby away")]
    NotAnObjector(AmendmentId),
    #[error("rule on every bracketed amendment before issuing the revision")]
    BracketsLeft,
    #[error("clause \"{0}\" of the zero draft is in the text as drafted, or cannot be put back")]
    NothingToRestore(String),
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

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReplayError {
    #[error("cannot open the session: {0}")]
    Setup(SetupError),
    #[error("input {0} of the record is not legal: {1}")]
    Action(usize, ActionError),
    #[error("input {0} of the record names a seat this scenario does not have")]
    UnknownSeat(usize),
    #[error(
        "the scenario embedded in the record was changed after the game was played (its digest does not match)"
    )]
    ScenarioChanged,
    #[error("the record has {0} inputs; cannot keep {1}")]
    BeyondEnd(usize, usize),
    #[error("{}", diverged(*index, *recorded, *replayed))]
    Diverged {
        /// 1-based position of the first event that differs.
        index: usize,
        recorded: usize,
        replayed: usize,
    },
}

fn diverged(index: usize, recorded: usize, replayed: usize) -> String {
    let agree = index - 1;
    if agree >= recorded.min(replayed) {
        format!(
            "the replay differs from the record: the record has {recorded} events, the replay {replayed} (the first {agree} agree)"
        )
    } else {
        format!(
            "the replay differs from the record at event {index} of {recorded} (the first {agree} agree)"
        )
    }
}
