//! The scenario file: everything a room needs, as authored in RON.
//!
//! These types mirror the file one-to-one; `validate` checks the cross-references and
//! `crate::model` compiles a valid scenario into the indexed form the engine runs on.

pub mod limits;
mod load;
pub mod locate;
mod params;
mod text;
pub mod translate;
pub(crate) mod validate;

pub use limits::{LIMITS, Limits};
pub use load::{load_file, parse_str, ron_options};
pub use params::ModelParams;
pub use text::{Text, Translations, is_language_code};
/// The closest known id to a mistyped one, if it is close enough to be a likely typo.
pub use validate::suggest as suggest_id;
pub use validate::validate;

use crate::ids::CardId;
use crate::ids::ClauseId;
use crate::ids::ParagraphId;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub meta: Meta,
    /// The ideas the room cares about. Clauses, rules and objectives refer to them by id.
    pub tags: Vec<TagDef>,
    /// Phrases that read free-text wording as tags.
    #[serde(default)]
    pub lexicon: Vec<LexiconEntry>,
    /// The Chair's zero draft.
    pub draft: Vec<Section>,
    pub blocs: Vec<Bloc>,
    pub chair: Chair,
    pub schedule: Schedule,
    #[serde(default)]
    pub cards: Vec<Card>,
    #[serde(default)]
    pub history: Vec<HistoricalOutcome>,
    #[serde(default)]
    pub model: ModelParams,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub year: Option<i32>,
    /// The negotiating body, e.g. "UN Open-Ended Working Group on ICTs".
    #[serde(default)]
    pub body: Text,
    /// Public briefing every player reads.
    #[serde(default)]
    pub briefing: Text,
    /// The language the scenario's texts are written in (`en` when left out); any text may
    /// carry translations, keyed by language.
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TagDef {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub description: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LexiconEntry {
    /// Matched case-insensitively as whole words in free text.
    pub phrase: Text,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// UN-style paragraph number, e.g. "23 e)" or "49 C bis". Unique in the draft.
    pub id: ParagraphId,
    pub clauses: Vec<ClauseDef>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ClauseDef {
    /// Optional stable id; defaults to "<paragraph>.<n>" (1-based).
    #[serde(default)]
    pub id: Option<String>,
    pub text: Text,
    /// Tags of the clause. When empty, the lexicon reads them from the text.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// The id of the `index`th (0-based) clause of a paragraph in the zero draft.
pub(crate) fn clause_id(paragraph: &str, index: usize, explicit: Option<&str>) -> ClauseId {
    match explicit {
        Some(id) => id.into(),
        None => format!("{paragraph}.{}", index + 1).into(),
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub enum Tactic {
    /// Holds firm and concedes only near the deadline.
    Boulware,
    #[default]
    Linear,
    /// Concedes early.
    Conceder,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Bloc {
    pub id: String,
    pub name: Text,
    /// The delegation the others follow; defaults to the first delegation.
    #[serde(default)]
    pub leader: Option<String>,
    /// Pull of each member toward the leader's reaction, 0 (none) to 1 (lockstep).
    #[serde(default = "default_cohesion")]
    pub cohesion: f64,
    #[serde(default)]
    pub tactic: Tactic,
    #[serde(default)]
    pub rules: Vec<Rule>,
    pub delegations: Vec<Delegation>,
}

fn default_cohesion() -> f64 {
    0.3
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub enum Role {
    /// A member state: may table, object and block.
    #[default]
    State,
    /// NGOs, businesses, academia: may table and speak, cannot object to consensus or block.
    Stakeholder,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Delegation {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub role: Role,
    /// Weight in the room, 0 < influence <= 10.
    #[serde(default = "default_influence")]
    pub influence: f64,
    #[serde(default)]
    pub playable: bool,
    /// Lowest utility, relative to the zero draft, at which the delegation still joins
    /// consensus. -4.0 means it accepts a final text up to 4 points worse than the zero draft.
    #[serde(default = "default_reservation")]
    pub reservation: f64,
    /// Rules that replace the bloc's rule on the same tag and section, or add new ones.
    #[serde(default)]
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    /// Private instructions from capital, shown only to the player of this delegation.
    #[serde(default)]
    pub briefing: Text,
}

fn default_influence() -> f64 {
    1.0
}
fn default_reservation() -> f64 {
    -4.0
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub tag: String,
    /// Utility per clause carrying the tag, -10 to 10.
    pub weight: f64,
    /// Only clauses in this section count.
    #[serde(default)]
    pub section: Option<String>,
    /// A positive red line must stay in the text; a negative one must never enter it.
    #[serde(default)]
    pub red_line: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: String,
    pub description: Text,
    pub condition: Condition,
    #[serde(default = "default_objective_weight")]
    pub weight: f64,
}

fn default_objective_weight() -> f64 {
    1.0
}

/// A fact about the end of the game, used by objectives and the historical record.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub enum Condition {
    /// Some clause with the tag is in the final text (in the section, if given).
    Includes {
        tag: String,
        #[serde(default)]
        section: Option<String>,
    },
    /// No clause with the tag is in the final text (in the section, if given).
    Excludes {
        tag: String,
        #[serde(default)]
        section: Option<String>,
    },
    /// The paragraph is in the final text with at least one clause.
    ParagraphKept(ParagraphId),
    /// The paragraph is gone from the final text.
    ParagraphDeleted(ParagraphId),
    /// The paragraph ended in the given section.
    ParagraphIn {
        paragraph: ParagraphId,
        section: String,
    },
    /// The report was adopted by consensus.
    Adopted,
    /// The report failed.
    NotAdopted,
    /// The delegation dissociated itself from at least one paragraph.
    Dissociated(String),
    /// The card's proposal reached the Chair's summary.
    InChairSummary(String),
    // Added with record format 2 (older files never use them).
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// The delegation joined consensus without dissociating.
    Joined(String),
    /// The delegation dissociated itself from (at least) these paragraphs.
    DissociatedFrom {
        delegation: String,
        paragraphs: Vec<ParagraphId>,
    },
    /// These sections appear in the final text in this order (others may come between).
    SectionOrder(Vec<String>),
    /// Wording of this zero-draft paragraph that the Chair cut went to the Chair's summary.
    ParagraphInChairSummary(ParagraphId),
}

impl Condition {
    /// Whether the condition reads the text (as opposed to the outcome or positions).
    pub fn reads_text(&self) -> bool {
        match self {
            Condition::Includes { .. }
            | Condition::Excludes { .. }
            | Condition::ParagraphKept(_)
            | Condition::ParagraphDeleted(_)
            | Condition::ParagraphIn { .. }
            | Condition::InChairSummary(_)
            | Condition::ParagraphInChairSummary(_)
            | Condition::SectionOrder(_) => true,
            Condition::Adopted
            | Condition::NotAdopted
            | Condition::Dissociated(_)
            | Condition::Joined(_)
            | Condition::DissociatedFrom { .. } => false,
            Condition::All(cs) | Condition::Any(cs) => cs.iter().any(Condition::reads_text),
            Condition::Not(c) => c.reads_text(),
        }
    }

    /// The ideas the condition reads, when ideas are all it reads of the text (`Includes` and
    /// `Excludes`, however combined): an edit that touches none of them cannot change it.
    /// None when it reads paragraphs, sections or the Chair's summary.
    pub fn tags_read(&self) -> Option<Vec<&str>> {
        match self {
            Condition::Includes { tag, .. } | Condition::Excludes { tag, .. } => {
                Some(vec![tag.as_str()])
            }
            Condition::All(cs) | Condition::Any(cs) => {
                let mut out = Vec::new();
                for c in cs {
                    out.extend(c.tags_read()?);
                }
                Some(out)
            }
            Condition::Not(c) => c.tags_read(),
            c if !c.reads_text() => Some(Vec::new()),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub enum Persona {
    /// Minimal changes; deletes only under heavy deadline pressure.
    #[default]
    Surgical,
    /// Prefers a short, clean text; deletes contested language early.
    CleanText,
    /// Trades across paragraphs so no bloc loses everything.
    BalancedPackage,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Chair {
    pub name: Text,
    #[serde(default)]
    pub persona: Persona,
    #[serde(default)]
    pub compromises: Vec<Compromise>,
    #[serde(default)]
    pub agreed_language: Vec<AgreedLanguage>,
}

/// Bridging wording the Chair may offer for a contested clause.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Compromise {
    pub id: String,
    /// Applies to clauses of this paragraph...
    #[serde(default)]
    pub paragraph: Option<ParagraphId>,
    /// ...or to clauses carrying any of these tags.
    #[serde(default)]
    pub applies_to: Vec<String>,
    pub text: Text,
    /// Tags of the compromise wording; read from the text by the lexicon when empty.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// Language agreed earlier (e.g. a previous consensus report) the Chair can fall back on.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgreedLanguage {
    pub id: String,
    /// Where the language was agreed, e.g. "2021 OEWG report, para 7".
    pub source: String,
    /// Clauses carrying any of these tags may fall back on this language.
    pub applies_to: Vec<String>,
    pub text: Text,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    pub phases: Vec<Phase>,
    #[serde(default)]
    pub events: Vec<ScheduledEvent>,
    /// How many times the Chair may strip text and call adoption again after a block.
    #[serde(default = "default_adoption_attempts")]
    pub adoption_attempts: u32,
}

fn default_adoption_attempts() -> u32 {
    2
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: String,
    pub name: Text,
    pub rounds: u32,
    /// Edits each delegation may table in this phase (the speakers' list is finite).
    #[serde(default = "default_interventions")]
    pub interventions: u32,
    /// Informal rounds are held away from the record; stakeholders may be kept out of them.
    #[serde(default)]
    pub description: Text,
}

fn default_interventions() -> u32 {
    2
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScheduledEvent {
    pub id: String,
    /// Fires at the start of this round (1-based) of this phase.
    pub phase: String,
    #[serde(default = "default_event_round")]
    pub round: u32,
    pub description: Text,
    pub effects: Vec<Effect>,
}

fn default_event_round() -> u32 {
    1
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub enum Effect {
    /// Multiplies every weight on the tag (news makes an idea matter more or less).
    Salience { tag: String, factor: f64 },
    /// Adds (or with a negative number removes) rounds of a phase, e.g. a postponed session.
    Rounds { phase: String, change: i32 },
    /// Delegations or whole blocs lose the floor (e.g. NGOs excluded from virtual meetings).
    Silence(Vec<String>),
    /// Delegations or blocs regain the floor.
    Restore(Vec<String>),
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: CardId,
    pub title: Text,
    /// Delegations or blocs that ask for this edit; their AI tables it eagerly.
    #[serde(default)]
    pub by: Vec<String>,
    pub edit: EditSpec,
    /// The phases (by id) in which it may be tabled, e.g. only at the adoption meeting; in
    /// any phase when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<String>,
}

/// An edit as written in a scenario file or a saved action.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub enum EditSpec {
    /// Add a clause to a paragraph, after the given clause or at its end.
    Insert {
        paragraph: ParagraphId,
        #[serde(default)]
        after: Option<ClauseId>,
        text: Text,
        #[serde(default)]
        tags: Vec<String>,
    },
    /// Remove a clause.
    Delete { clause: ClauseId },
    /// Replace a clause's wording.
    Replace {
        clause: ClauseId,
        text: Text,
        #[serde(default)]
        tags: Vec<String>,
    },
    /// Move a paragraph to another section (at its end).
    Move {
        paragraph: ParagraphId,
        to_section: String,
    },
    /// A new paragraph at the end of a section, or after a given paragraph.
    NewParagraph {
        section: String,
        id: ParagraphId,
        #[serde(default)]
        after: Option<ParagraphId>,
        text: Text,
        #[serde(default)]
        tags: Vec<String>,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HistoricalOutcome {
    pub id: String,
    pub description: Text,
    pub check: Condition,
}
