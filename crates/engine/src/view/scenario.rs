//! The scenario as everyone in the room knows it: names, blocs, cards, phases and the Chair's
//! wordings, without preferences, briefings or objectives.

use serde::{Deserialize, Serialize};

use crate::ids::{BlocId, CardId};
use crate::model::{DelegationId, Model, TagId, read_tags};
use crate::scenario::EditSpec;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicDelegation {
    pub id: String,
    pub name: String,
    pub bloc: BlocId,
    /// A member state (may object and block); stakeholders may not.
    pub may_block: bool,
    pub playable: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicBloc {
    pub id: String,
    pub name: String,
    pub members: Vec<DelegationId>,
    /// Who speaks for the group: its word carries the members who follow it.
    pub leader: DelegationId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicCard {
    pub id: CardId,
    pub title: String,
    pub edit: EditSpec,
}

/// The scenario as everyone in the room knows it (no preferences, briefings or objectives).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicScenario {
    pub id: String,
    pub title: String,
    pub body: String,
    pub year: Option<i32>,
    /// The briefing every player reads.
    pub briefing: String,
    pub chair: String,
    /// Section ids, in the order of `SectionId`.
    pub sections: Vec<String>,
    pub tags: Vec<String>,
    pub lexicon: Vec<(String, Vec<TagId>)>,
    pub delegations: Vec<PublicDelegation>,
    pub blocs: Vec<PublicBloc>,
    pub phases: Vec<String>,
    /// How many times the Chair may call the vote again after a block.
    #[serde(default)]
    pub adoption_attempts: u32,
    pub cards: Vec<PublicCard>,
    /// The wording of the Chair's compromises and agreed language, by id: the room reads
    /// what the Chair offers, never its id.
    #[serde(default)]
    pub chair_wordings: Vec<(String, String)>,
    /// The language the scenario is written in, and the translations of what everyone reads.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub translations: crate::scenario::translate::ByLanguage,
    /// For each language of the scenario, how many of those texts lack a translation.
    #[serde(default)]
    pub untranslated: Vec<(String, u32)>,
}

impl PublicScenario {
    pub fn of(model: &Model) -> PublicScenario {
        let s = &model.scenario;
        PublicScenario {
            id: s.meta.id.clone(),
            title: s.meta.title.to_string(),
            body: s.meta.body.to_string(),
            year: s.meta.year,
            briefing: s.meta.briefing.to_string(),
            chair: s.chair.name.to_string(),
            sections: model.sections.clone(),
            tags: s.tags.iter().map(|t| t.label.to_string()).collect(),
            lexicon: model.lexicon().to_vec(),
            delegations: model
                .delegations
                .iter()
                .map(|d| PublicDelegation {
                    id: d.id.clone(),
                    name: d.name.clone(),
                    bloc: d.bloc,
                    may_block: d.may_block(),
                    playable: d.playable,
                })
                .collect(),
            blocs: model
                .blocs
                .iter()
                .map(|b| PublicBloc {
                    id: b.id.clone(),
                    name: b.name.clone(),
                    members: b.members.clone(),
                    leader: b.leader,
                })
                .collect(),
            phases: s
                .schedule
                .phases
                .iter()
                .map(|p| p.name.to_string())
                .collect(),
            adoption_attempts: s.schedule.adoption_attempts,
            cards: s
                .cards
                .iter()
                .map(|c| PublicCard {
                    id: c.id.clone(),
                    title: c.title.to_string(),
                    edit: c.edit.clone(),
                })
                .collect(),
            chair_wordings: s
                .chair
                .compromises
                .iter()
                .map(|c| (c.id.clone(), c.text.to_string()))
                .chain(
                    s.chair
                        .agreed_language
                        .iter()
                        .map(|l| (l.id.clone(), l.text.to_string())),
                )
                .collect(),
            language: model.translations.language.clone(),
            translations: model.translations.public.clone(),
            untranslated: model.translations.untranslated.clone(),
        }
    }

    pub fn name(&self, d: DelegationId) -> &str {
        self.delegations
            .get(d.index())
            .map_or("(unknown delegation)", |x| x.name.as_str())
    }

    pub fn tag_label(&self, t: TagId) -> &str {
        self.tags
            .get(t.index())
            .map_or("(unknown tag)", String::as_str)
    }

    /// How the room reads free text: the tags its lexicon finds.
    pub fn read_tags(&self, text: &str) -> Vec<TagId> {
        read_tags(&self.lexicon, text)
    }
}
