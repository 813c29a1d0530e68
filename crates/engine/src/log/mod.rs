//! The ordered event log and the actions delegations take. Records that replay a game are in
//! `record`.

use serde::{Deserialize, Serialize};

use crate::document::EditError;
use crate::ids::CardId;
use crate::ids::ClauseId;
use crate::ids::ParagraphId;
use crate::model::DelegationId;
use crate::preferences::{Reaction, Reason};
use crate::scenario::EditSpec;
use crate::seat::{Controller, Seat};

pub use crate::ids::AmendmentId;

mod action;
pub use action::{Action, ActionKind, RecordedAction};

/// How the Chair settled a bracketed amendment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ChairOutcome {
    /// The proposal goes into the text.
    Proposal,
    /// The text stays as it was.
    Kept,
    /// The Chair's bridging wording from the compromise library.
    Compromise(String),
    /// A fallback on previously agreed language.
    AgreedLanguage(String),
    /// The contested clause is deleted.
    Deleted,
    /// Wording a friend of the Chair brought to the consultations: one of its capital's
    /// cards for the same paragraph.
    FriendsWording { card: String, by: DelegationId },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Position {
    Join,
    Dissociate(Vec<ParagraphId>),
    Block,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveResult {
    pub id: String,
    pub met: bool,
    /// The objective's weight as written.
    pub weight: f32,
    /// The zero draft, adopted as drafted, already met it: keeping what the room would have
    /// handed over anyway counts half its weight in the score.
    #[serde(default)]
    pub held_by_draft: bool,
    /// The delegation worked for it on the floor: it tabled or co-sponsored an amendment that
    /// would meet it, or objected to or warned against one that would lose it. Text the room
    /// met without it counts half (see `credit`).
    #[serde(default)]
    pub worked: bool,
    /// Whether it is judged on the text (else the vote at adoption decides it).
    #[serde(default)]
    pub about_text: bool,
    /// Index in the event log of the event that last decided the objective, if any.
    pub decided_at: Option<usize>,
}

/// What an objective counts for in the score: what the zero draft already gave weighs half
/// (a delegation that does nothing should come away with little).
pub fn counted_weight(weight: f32, held_by_draft: bool) -> f32 {
    if held_by_draft { 0.5 * weight } else { weight }
}

/// What a met objective earns of its counted weight: all of it when the delegation worked
/// for it on the floor, or when only the vote decides it; half when the text came out right
/// without it (the room handed it over). A player who does nothing comes away with little.
pub fn credit(counted: f32, worked: bool, about_text: bool) -> f32 {
    if worked || !about_text {
        counted
    } else {
        0.5 * counted
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub objectives: Vec<ObjectiveResult>,
    /// Share of objective weight met, 0–100; an objective the draft already met weighs half.
    pub objective_points: f32,
    /// 100 when adopted and joined, 70 when adopted with a dissociation, else 0.
    pub consensus_points: f32,
    /// How the room regards the delegation at the end, 0–100 (50 is neutral).
    pub relationship_points: f32,
    /// 0.6 × objectives + 0.25 × consensus + 0.15 × relationships.
    pub total: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    SessionOpened {
        scenario: String,
        seed: u64,
        humans: Vec<DelegationId>,
    },
    PhaseStarted {
        phase: u16,
        name: String,
        rounds: u32,
    },
    RoundStarted {
        phase: u16,
        round: u32,
    },
    /// A scheduled event from the scenario fired.
    Happened {
        id: String,
        description: String,
    },
    Tabled {
        amendment: AmendmentId,
        proposer: DelegationId,
        card: Option<CardId>,
        edit: EditSpec,
    },
    Reacted {
        amendment: AmendmentId,
        reactions: Vec<Reaction>,
    },
    CoSponsored {
        amendment: AmendmentId,
        delegation: DelegationId,
    },
    Objected {
        amendment: AmendmentId,
        delegation: DelegationId,
    },
    Withdrawn {
        amendment: AmendmentId,
    },
    Passed {
        delegation: DelegationId,
    },
    /// No objection: the amendment enters the text.
    AmendmentAdopted {
        amendment: AmendmentId,
    },
    /// Objections: the amendment is bracketed until the Chair's next revision.
    Bracketed {
        amendment: AmendmentId,
        objections: Vec<DelegationId>,
    },
    /// The amendment no longer applies to the text.
    Lapsed {
        amendment: AmendmentId,
        reason: LapseReason,
    },
    /// Mean satisfaction of each bloc with the text (utility relative to the zero draft).
    RoundEnded {
        phase: u16,
        round: u32,
        satisfaction: Vec<f32>,
    },
    ChairDecision {
        amendment: AmendmentId,
        outcome: ChairOutcome,
        objections: Vec<DelegationId>,
        options: u32,
    },
    MovedToSummary {
        amendment: AmendmentId,
    },
    RevisionIssued {
        name: String,
    },
    AdoptionCalled {
        attempt: u32,
    },
    PositionTaken {
        delegation: DelegationId,
        position: Position,
        reasons: Vec<Reason>,
    },
    /// The Chair strips a clause after a block to try adoption again.
    Stripped {
        clause: ClauseId,
        paragraph: ParagraphId,
        blockers: Vec<DelegationId>,
    },
    ReportAdopted,
    ReportFailed,
    Scored {
        delegation: DelegationId,
        score: Score,
    },
    // Variants below were added with record format 2; new ones go at the end.
    /// A seat changed hands (the AI, a person, a remote client, a script).
    ControlChanged {
        seat: Seat,
        controller: Controller,
    },
    Paused,
    Resumed,
    /// The facilitator's words to the room.
    Announced {
        text: String,
    },
    /// The facilitator changed the length of a phase.
    RoundsChanged {
        phase: u16,
        rounds: u32,
    },
    /// The room's dice were reseeded (a fork for what-if or look-ahead).
    Reseeded {
        seed: u64,
    },
    /// The Chair changed the text unasked: cut a clause still contested as the deadline
    /// nears, or restored or cut text so that every member state can join.
    ChairEdited {
        edit: EditSpec,
        paragraph: ParagraphId,
        reason: ChairReason,
        /// Whom it answers: those opposed to the clause cut, or those who would block.
        answers: Vec<DelegationId>,
    },
    /// A delegation warned it could not live with an amendment (it objects too).
    Threatened {
        amendment: AmendmentId,
        delegation: DelegationId,
        /// Whether the Chair believes it: a delegation's first two threats, if none proved
        /// empty.
        credible: bool,
    },
    /// A delegation lobbied another on an amendment; `persuaded` withdrew their objection
    /// (empty when the target could not live with it).
    Lobbied {
        amendment: AmendmentId,
        by: DelegationId,
        target: DelegationId,
        persuaded: Vec<DelegationId>,
    },
    /// The facilitator ended the session before the vote.
    EndedEarly,
    /// Before ruling on a bracket, the Chair consulted the delegations concerned informally
    /// (what each said stays between it and the Chair).
    ChairConsulted {
        amendment: AmendmentId,
        friends: Vec<DelegationId>,
        /// The cards friends of the Chair brought as their own wording, and who brought each.
        #[serde(default)]
        wordings: Vec<(String, DelegationId)>,
    },
    /// A delegation let an amendment it objected to pass (after talks in the corridor, which
    /// the room does not hear).
    Relented {
        amendment: AmendmentId,
        delegation: DelegationId,
    },
    /// A delegation that threatened to block over amendments taken into the text joined
    /// anyway: the room takes note.
    EmptyThreat {
        delegation: DelegationId,
        amendments: Vec<AmendmentId>,
    },
    /// A Chair played from outside, scored at the end.
    ChairScored {
        score: ChairScore,
    },
    /// Zero-draft wording the Chair cut although members supported it went to the Chair's
    /// summary.
    DraftToSummary {
        entry: crate::session::DraftInSummary,
    },
}

/// How a Chair played from outside did, each part 0–100.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChairScore {
    /// 100 when the report is adopted, less the share of member states that dissociated;
    /// 0 when it fails.
    pub consensus: f32,
    /// Share of the zero draft's paragraphs still in the final text.
    pub retained: f32,
    /// 100 less the share of rulings the most overruled bloc could not live with.
    pub balance: f32,
    /// 0.5 × consensus + 0.25 × retained + 0.25 × balance.
    pub total: f32,
}

/// Why the Chair changed the text unasked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChairReason {
    /// Under deadline pressure: a clause some member states oppose and all can do without.
    Contested,
    /// Before issuing a revision: to keep every member state above what it can accept.
    Package,
    /// After a block at adoption: to win the blockers back.
    AfterBlock,
}

/// Why an amendment lapsed. Records keep it as the fixed text earlier versions wrote (so
/// their digests and replays hold); the text crate phrases it for people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum LapseReason {
    /// The Chair's revision changed the text the amendment amends.
    TextChanged,
    /// The amendment's edit no longer applies to the current text.
    Edit(EditError),
    /// A reason this version does not know (kept as recorded).
    Other(String),
}

/// How records spell each reason (frozen: earlier records were written with these).
mod lapse_codes {
    pub const TEXT_CHANGED: &str = "the text it amends has changed";
    pub const NO_PARAGRAPH: (&str, &str) = ("no paragraph \"", "\" in the current text");
    pub const NO_CLAUSE: (&str, &str) = ("no clause \"", "\" in the current text");
    pub const NO_SECTION: (&str, &str) = ("no section \"", "\"");
    pub const EXISTS: (&str, &str) = ("paragraph \"", "\" already exists");
    pub const ALREADY_THERE: (&str, &str, &str) =
        ("paragraph \"", "\" is already in section \"", "\"");
    pub const EMPTY: &str = "the wording is empty";
    pub const TOO_LONG: (&str, &str) = ("the wording is longer than ", " characters");
    pub const NO_CHANGE: &str = "the new wording is the same as the current text";
    pub const DELETED: (&str, &str) = ("paragraph \"", "\" has been deleted");
}

impl From<LapseReason> for String {
    fn from(r: LapseReason) -> String {
        use lapse_codes::*;
        match r {
            LapseReason::TextChanged => TEXT_CHANGED.into(),
            LapseReason::Edit(e) => match e {
                EditError::NoParagraph(p) => format!("{}{p}{}", NO_PARAGRAPH.0, NO_PARAGRAPH.1),
                EditError::NoClause(c) => format!("{}{c}{}", NO_CLAUSE.0, NO_CLAUSE.1),
                EditError::NoSection(s) => format!("{}{s}{}", NO_SECTION.0, NO_SECTION.1),
                EditError::ParagraphExists(p) => format!("{}{p}{}", EXISTS.0, EXISTS.1),
                EditError::AlreadyThere(p, s) => format!(
                    "{}{p}{}{s}{}",
                    ALREADY_THERE.0, ALREADY_THERE.1, ALREADY_THERE.2
                ),
                EditError::EmptyText => EMPTY.into(),
                EditError::TooLong(n) => format!("{}{n}{}", TOO_LONG.0, TOO_LONG.1),
                EditError::NoChange => NO_CHANGE.into(),
                EditError::ParagraphDeleted(p) => format!("{}{p}{}", DELETED.0, DELETED.1),
            },
            LapseReason::Other(s) => s,
        }
    }
}

impl From<String> for LapseReason {
    fn from(s: String) -> LapseReason {
        use lapse_codes::*;
        let within = |(a, b): (&str, &str)| {
            s.strip_prefix(a)
                .and_then(|r| r.strip_suffix(b))
                .map(str::to_string)
        };
        let edit = if s == TEXT_CHANGED {
            return LapseReason::TextChanged;
        } else if s == EMPTY {
            Some(EditError::EmptyText)
        } else if s == NO_CHANGE {
            Some(EditError::NoChange)
        } else if let Some(x) = within(NO_PARAGRAPH) {
            Some(EditError::NoParagraph(x.into()))
        } else if let Some(x) = within(NO_CLAUSE) {
            Some(EditError::NoClause(x.into()))
        } else if let Some(x) = within((ALREADY_THERE.0, ALREADY_THERE.2)).and_then(|x| {
            x.split_once(ALREADY_THERE.1)
                .map(|(p, s)| (p.to_string(), s.to_string()))
        }) {
            Some(EditError::AlreadyThere(x.0.into(), x.1))
        } else if let Some(x) = within(DELETED) {
            Some(EditError::ParagraphDeleted(x.into()))
        } else if let Some(x) = within(EXISTS) {
            Some(EditError::ParagraphExists(x.into()))
        } else if let Some(x) = within(NO_SECTION) {
            Some(EditError::NoSection(x))
        } else {
            within(TOO_LONG)
                .and_then(|n| n.parse().ok())
                .map(EditError::TooLong)
        };
        match edit {
            Some(e) => LapseReason::Edit(e),
            None => LapseReason::Other(s),
        }
    }
}
