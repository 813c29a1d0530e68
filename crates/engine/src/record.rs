//! Game records: everything needed to replay a game (the scenario text, the seed, who held
//! which seat, and every input in order), with the events kept so a replay can prove it
//! reproduced the same game.
//!
//! Format 2 names seats and commands and binds the record to its scenario with a SHA-256
//! digest. Format 1 (delegations' actions only) is still read and converted on load.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::log::{Action, Event};
use crate::seat::{Command, Controller, RecordedInput, SeatName};

pub const RECORD_FORMAT: u32 = 2;

/// The rules (the room's model) a record was played under. 1: the Chair weighed objections
/// by influence; 2: the consensus Chair, the package and the room's temperament; 3: a deleted
/// paragraph is no longer amended from the floor (only the Chair restores its text), and the
/// Chair offers no wording the text already holds, and member states written without
/// objectives get some from their positions, and dissociation is a matter of principle (its
/// rules), not of the game's drawn resolve; 4: the Chair takes no text in over a group's
/// objection, reactions have no random term, and objectives the draft already met count half;
/// 5: the corridor; 6: an objective met on the text earns half unless the delegation worked
/// for it on the floor, and objectives derived from positions are text a card would bring;
/// 7: the friends of the Chair bring their own cards as wording to the consultations on a
/// bracket, the Chair weighs them with its own options, and bringing wording that would meet
/// an objective is work for it; 8: a trade moves a delegation up to twice as far as lobbying
/// would (never across a red line), and a group leader's promise to let text pass carries
/// the members who would follow it when lobbied.
/// A record of earlier rules still resumes: its inputs are played again under today's rules.
pub const RULES: u32 = 8;

fn first_rules() -> u32 {
    1
}

/// Where a forked game came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parent {
    /// The parent record's file, as given when forking.
    pub file: String,
    /// Digest of the parent's inputs up to the fork, so a branch knows if its parent changed.
    pub digest: String,
    /// How many of the parent's inputs the fork kept.
    pub at: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameRecord {
    /// The format the record was read from (records are always written in `RECORD_FORMAT`).
    pub format: u32,
    /// The rules the game was played under (absent in records of the first rules).
    #[serde(default = "first_rules")]
    pub rules: u32,
    pub scenario_file: String,
    /// SHA-256 of `scenario_source`, hex: an edited scenario no longer matches.
    pub scenario_digest: String,
    pub scenario_source: String,
    pub seed: u64,
    /// Seats not played by the engine's AI when the session opened.
    pub seats: Vec<(SeatName, Controller)>,
    pub inputs: Vec<RecordedInput>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub parent: Option<Parent>,
    /// Settings of the program that played the game (the game's difficulty, say), kept with
    /// it so that it resumes as it was; the engine does not read them.
    #[serde(default)]
    pub settings: std::collections::BTreeMap<String, String>,
    /// This installation's seal over everything above (see `signing`); absent in records of
    /// earlier versions and in records written without a key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<crate::signing::Seal>,
}

impl GameRecord {
    /// Checks the embedded scenario is the one the game was played on.
    pub fn scenario_intact(&self) -> bool {
        digest(&self.scenario_source) == self.scenario_digest
    }

    /// The delegations players held at the opening, by id (format 1 called them `humans`).
    pub fn humans(&self) -> Vec<String> {
        self.seats
            .iter()
            .filter_map(|(s, _)| match s {
                SeatName::Delegation(id) => Some(id.clone()),
                _ => None,
            })
            .collect()
    }
}

/// SHA-256 of a text, as lower-case hex.
pub fn digest(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Digest of a list of inputs (a fork's link to its parent).
pub fn inputs_digest(inputs: &[RecordedInput]) -> String {
    digest(&ron::ser::to_string(inputs).unwrap_or_default())
}

/// A delegation's action as format 1 recorded it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordedAction {
    pub delegation: String,
    pub action: Action,
}

/// Format 1: hot-seat players (`humans`) and their actions, no seats, no digest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordV1 {
    pub format: u32,
    pub scenario_file: String,
    pub scenario_source: String,
    pub seed: u64,
    pub humans: Vec<String>,
    pub actions: Vec<RecordedAction>,
    pub events: Vec<Event>,
}

impl From<RecordV1> for GameRecord {
    fn from(r: RecordV1) -> GameRecord {
        GameRecord {
            format: 1,
            rules: 1,
            scenario_file: r.scenario_file,
            scenario_digest: digest(&r.scenario_source),
            scenario_source: r.scenario_source,
            seed: r.seed,
            seats: r
                .humans
                .into_iter()
                .map(|h| (SeatName::Delegation(h), Controller::Person))
                .collect(),
            inputs: r
                .actions
                .into_iter()
                .map(|a| RecordedInput {
                    seat: SeatName::Delegation(a.delegation),
                    command: Command::Act(a.action),
                })
                .collect(),
            events: r.events,
            parent: None,
            settings: Default::default(),
            seal: None,
        }
    }
}
