//! The corridor beneath the floor: private soundings ("could you live with this?"), offers
//! that trade one delegation's moves for another's, and the commitments an accepted offer
//! creates. Everything here is known only to the two delegations concerned (and to the
//! facilitator); the floor sees only its public consequences (an objection dropped, a name
//! added, an amendment withdrawn, a position at the vote).
//!
//! The rules live in `session::corridor`; this module holds the data every surface shares:
//! commands, records, views and the words.

use serde::{Deserialize, Serialize};

use crate::ids::CardId;
use crate::log::AmendmentId;
use crate::model::DelegationId;
use crate::preferences::{Reason, Stance};
use crate::scenario::EditSpec;

/// Corridor moves a delegation may make in one round (soundings and offers together): time
/// between statements is short.
pub const MOVES_PER_ROUND: u32 = 3;
/// Pledges on either side of an offer.
pub const PLEDGES_PER_SIDE: usize = 3;

/// An offer's number, in the order offers were made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OfferId(pub u32);

impl std::fmt::Display for OfferId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a sounding asks about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Sounding {
    /// An amendment on the floor or in brackets.
    Amendment(AmendmentId),
    /// A wording the asker has not tabled (yet), as the composer holds it.
    Wording(EditSpec),
}

/// One move a delegation promises to make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Pledge {
    /// Let an amendment pass: drop any objection to it now, and not object or threaten again.
    NoObjection(AmendmentId),
    /// Add one's name to an amendment on the floor, now.
    CoSponsor(AmendmentId),
    /// Withdraw one's own amendment from the floor, now.
    Withdraw(AmendmentId),
    /// At the vote: join consensus, without dissociating or blocking.
    Join,
    /// When the partner tables this amendment card, co-sponsor it (and never object to it).
    BackCard(CardId),
}

impl Pledge {
    /// The amendment it is about, if any.
    pub fn amendment(&self) -> Option<AmendmentId> {
        match self {
            Pledge::NoObjection(a) | Pledge::CoSponsor(a) | Pledge::Withdraw(a) => Some(*a),
            Pledge::Join | Pledge::BackCard(_) => None,
        }
    }

    /// Whether it is done the moment the offer is accepted (nothing left to keep or break).
    pub fn is_immediate(&self) -> bool {
        matches!(self, Pledge::CoSponsor(_) | Pledge::Withdraw(_))
    }
}

/// What was said in a sounding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SoundingRecord {
    /// The round of the session it was made in (counting every round played before it).
    pub round: u32,
    pub asker: DelegationId,
    pub asked: DelegationId,
    pub about: Sounding,
    /// The answer: the stance the delegation would take on the floor, or `None` when it kept
    /// its counsel ("we are still consulting capital").
    pub answer: Option<Stance>,
    /// The reasons it gave: the ones that weigh most, never its whole brief.
    pub reasons: Vec<Reason>,
    /// Why it kept its counsel, when it did.
    pub withheld: Option<Withheld>,
}

/// Why a delegation would not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Withheld {
    /// It does not trust the asker enough.
    Distrust,
    /// The asker broke a promise to it, or to its group.
    BrokenPromise,
    /// A delegation that digs in shows its hand only to its friends.
    Guarded,
}

/// Where an offer stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum OfferState {
    /// Waiting for the answer of a delegation played from outside.
    Open,
    Accepted,
    Declined,
    /// Overtaken before it was answered (an amendment it named was decided, the round ended).
    Lapsed,
}

/// Why a delegation accepts or declines a package, as it says it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DealReason {
    /// What it gains from the other side's pledges.
    Gain(f32),
    /// What its own pledges cost it.
    Cost(f32),
    /// Its trust in the other side lowers (or raises) the bar.
    Trust(f32),
    /// It could not live with one of the moves asked of it.
    CannotLive(Pledge),
    /// The other side broke a promise to it or its group in this session.
    BrokenBefore,
}

/// A package offered by one delegation to another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Offer {
    pub id: OfferId,
    pub round: u32,
    pub from: DelegationId,
    pub to: DelegationId,
    /// What `from` promises.
    pub give: Vec<Pledge>,
    /// What `from` asks of `to`.
    pub want: Vec<Pledge>,
    pub state: OfferState,
    /// The answering delegation's reasons (for an engine-played one).
    pub reasons: Vec<DealReason>,
}

/// Where a promise stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PromiseState {
    /// Still to be kept (a vote to come, an amendment still pending).
    Pending,
    Kept,
    Broken,
    /// Released: the partner broke its side first.
    Released,
}

/// One pledge of an accepted offer: who owes it to whom, and whether it was kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    pub offer: OfferId,
    pub by: DelegationId,
    pub to: DelegationId,
    pub pledge: Pledge,
    pub state: PromiseState,
}

/// Why a corridor move was refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CorridorRefusal {
    /// The delegation has used its corridor moves for this round.
    NoTimeLeft,
    /// A delegation cannot sound out or make an offer to itself.
    ToItself,
    /// An offer must ask and give something.
    EmptySide,
    /// More pledges on one side than an offer may carry.
    TooManyPledges,
    /// A pledge its delegation cannot make now (not its amendment, not on the floor, no vote
    /// for a stakeholder, the same pledge twice).
    Unfit(Pledge),
    /// No offer of that number waits for this delegation's answer.
    NoSuchOffer(OfferId),
    /// A delegation played by a person answers for itself: ask it on the floor, or make it an
    /// offer.
    PlayedFromOutside(DelegationId),
    /// The Chair consults on this bracket only its proposer and its objectors.
    NotInvited(AmendmentId),
    /// The engine plays this delegation: nobody speaks for it from outside.
    EnginePlayed(DelegationId),
    /// A card the delegation cannot bring to these consultations: not its capital's, spent,
    /// out of its phase, on the floor, or not about the bracket's paragraph.
    CannotBring(AmendmentId, String),
}

/// The Chair's invitation to informal consultations on a bracketed amendment: its options,
/// and what the delegation told it so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Invitation {
    pub amendment: AmendmentId,
    pub options: Vec<crate::log::ChairOutcome>,
    pub said: Option<Vec<crate::log::ChairOutcome>>,
    /// The delegation's cards it may bring as its own wording for the paragraph.
    #[serde(default)]
    pub cards: Vec<String>,
    /// The card it brought, if any.
    #[serde(default)]
    pub brought: Option<String>,
}

/// One delegation's corridor, as its seat sees it: only what it took part in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CorridorView {
    /// Corridor moves left this round.
    pub moves_left: u32,
    pub soundings: Vec<SoundingRecord>,
    pub offers: Vec<Offer>,
    pub commitments: Vec<Commitment>,
    /// For each offer waiting for this delegation's answer: how its own brief weighs it
    /// (whether the engine, in its place, would accept, and why).
    #[serde(default)]
    pub advice: Vec<(OfferId, bool, Vec<DealReason>)>,
    /// The Chair's invitations to consultations on the brackets it proposed or objected to.
    #[serde(default)]
    pub invitations: Vec<Invitation>,
}
