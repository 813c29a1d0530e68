//! The actions a delegation takes on the floor and their kinds, with the one name each kind is
//! spelled by everywhere.

use serde::{Deserialize, Serialize};

use crate::ids::{AmendmentId, CardId, ParagraphId};
use crate::model::DelegationId;
use crate::scenario::EditSpec;

/// What a delegation may do on its turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// Table an edit (uses one of the phase's interventions; ends the turn).
    Table(EditSpec),
    /// Table one of the scenario's amendment cards (same as `Table`).
    TableCard(CardId),
    /// Add one's name to an amendment on the floor.
    CoSponsor(AmendmentId),
    /// Object to an amendment on the floor.
    Object(AmendmentId),
    /// Withdraw one's own amendment from the floor.
    Withdraw(AmendmentId),
    /// Yield the floor (ends the turn; at adoption, joins consensus).
    Pass,
    /// At adoption: join consensus.
    Join,
    /// At adoption: join, dissociating from these paragraphs.
    Dissociate(Vec<ParagraphId>),
    /// At adoption: block consensus (member states only).
    Block,
    /// Object to an amendment on the floor and warn that one cannot live with it: a credible
    /// threat to block, which the Chair must answer like a red line. An empty one (joining a
    /// text that took the amendment in) isolates; more than two are not believed.
    Threaten(AmendmentId),
    /// Spend an intervention lobbying a delegation that objects to an amendment (on the floor
    /// or in brackets) to let it pass; a bloc leader brings along the members who objected and
    /// could live with it. A delegation that could not live with the amendment is not moved.
    Lobby {
        amendment: AmendmentId,
        delegation: DelegationId,
    },
}

/// What kind of move an action is, with the one name every surface spells it by: strategy
/// scripts (`kind: "cosponsor"`), the terminal console, the protocol and refusals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActionKind {
    #[serde(rename = "table")]
    Table,
    #[serde(rename = "table_card")]
    TableCard,
    #[serde(rename = "cosponsor")]
    CoSponsor,
    #[serde(rename = "object")]
    Object,
    #[serde(rename = "threaten")]
    Threaten,
    #[serde(rename = "lobby")]
    Lobby,
    #[serde(rename = "withdraw")]
    Withdraw,
    #[serde(rename = "pass")]
    Pass,
    #[serde(rename = "join")]
    Join,
    #[serde(rename = "dissociate")]
    Dissociate,
    #[serde(rename = "block")]
    Block,
}

impl ActionKind {
    pub const ALL: [ActionKind; 11] = [
        ActionKind::Table,
        ActionKind::TableCard,
        ActionKind::CoSponsor,
        ActionKind::Object,
        ActionKind::Threaten,
        ActionKind::Lobby,
        ActionKind::Withdraw,
        ActionKind::Pass,
        ActionKind::Join,
        ActionKind::Dissociate,
        ActionKind::Block,
    ];

    /// The kind's one name (the same as its serde form).
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::Table => "table",
            ActionKind::TableCard => "table_card",
            ActionKind::CoSponsor => "cosponsor",
            ActionKind::Object => "object",
            ActionKind::Threaten => "threaten",
            ActionKind::Lobby => "lobby",
            ActionKind::Withdraw => "withdraw",
            ActionKind::Pass => "pass",
            ActionKind::Join => "join",
            ActionKind::Dissociate => "dissociate",
            ActionKind::Block => "block",
        }
    }

    /// The kind named `name` (its one name; case and `-`/`_` are not significant, so
    /// "co-sponsor" and "CoSponsor" read as "cosponsor").
    pub fn parse(name: &str) -> Option<ActionKind> {
        let folded: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        ActionKind::ALL
            .into_iter()
            .find(|k| k.as_str().replace('_', "") == folded)
    }

    /// Whether the action names an amendment on the floor.
    pub fn takes_amendment(self) -> bool {
        matches!(
            self,
            ActionKind::CoSponsor
                | ActionKind::Object
                | ActionKind::Threaten
                | ActionKind::Lobby
                | ActionKind::Withdraw
        )
    }
}

impl std::fmt::Display for ActionKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Action {
    pub fn kind(&self) -> ActionKind {
        match self {
            Action::Table(_) => ActionKind::Table,
            Action::TableCard(_) => ActionKind::TableCard,
            Action::CoSponsor(_) => ActionKind::CoSponsor,
            Action::Object(_) => ActionKind::Object,
            Action::Threaten(_) => ActionKind::Threaten,
            Action::Lobby { .. } => ActionKind::Lobby,
            Action::Withdraw(_) => ActionKind::Withdraw,
            Action::Pass => ActionKind::Pass,
            Action::Join => ActionKind::Join,
            Action::Dissociate(_) => ActionKind::Dissociate,
            Action::Block => ActionKind::Block,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordedAction {
    pub delegation: String,
    pub action: Action,
}
