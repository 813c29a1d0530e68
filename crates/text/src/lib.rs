//! Every sentence Zero Draft shows a person, in one place: event descriptions, reasons,
//! refusals, statistics and the exported report. The engine stores data; this crate phrases
//! it, in the player's language (see [`lang`]): a new language is a folder of message files
//! under `locales/`.

mod class_debrief;
mod corridor;
mod events;
mod export;
mod hindsight;
pub mod lang;
mod refusals;
mod stats;
mod transcript;
mod words;

pub use class_debrief::class_debrief;
pub use corridor::{
    advice_reason_words, commitment_words, corridor_refusal, deal_reason_words, offer_words,
    pledge_words, sounding_words, stance_label,
};
pub use events::describe;
pub use export::{Format, Report, export, export_report};
pub use hindsight::{missed_text, move_weight_text};
pub use lang::{Lang, decimal, language_name};
pub use refusals::{
    class_refusal, farewell, refusal, replay_refusal, request_words, setup_refusal,
};
pub use stats::{render_league, render_stats};
pub use transcript::transcript;
pub use words::*;

use zero_draft_engine::Model;
use zero_draft_engine::model::{DelegationId, SectionId, TagId};
use zero_draft_engine::view::PublicScenario;

/// The names words need: the whole model (headless tools) or the public scenario (a seat's
/// view) both provide them.
pub trait Names {
    fn delegation_name(&self, d: DelegationId) -> &str;
    fn bloc_names(&self) -> Vec<&str>;
    fn tag_label(&self, t: TagId) -> &str;
    fn section_id(&self, s: SectionId) -> &str;
    fn card_title(&self, id: &str) -> Option<&str>;
    /// The wording of the Chair's compromise or agreed language of this id.
    fn chair_wording(&self, id: &str) -> Option<&str>;
}

impl Names for Model {
    fn delegation_name(&self, d: DelegationId) -> &str {
        self.delegations
            .get(d.index())
            .map_or("(unknown delegation)", |x| x.name.as_str())
    }
    fn bloc_names(&self) -> Vec<&str> {
        self.blocs.iter().map(|b| b.name.as_str()).collect()
    }
    fn tag_label(&self, t: TagId) -> &str {
        self.scenario
            .tags
            .get(t.index())
            .map_or("(unknown tag)", |x| x.label.as_str())
    }
    fn section_id(&self, s: SectionId) -> &str {
        self.sections.get(s.index()).map_or("?", String::as_str)
    }
    fn card_title(&self, id: &str) -> Option<&str> {
        self.scenario
            .cards
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.as_str())
    }
    fn chair_wording(&self, id: &str) -> Option<&str> {
        let chair = &self.scenario.chair;
        chair
            .compromises
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.text.as_str())
            .or_else(|| {
                chair
                    .agreed_language
                    .iter()
                    .find(|l| l.id == id)
                    .map(|l| l.text.as_str())
            })
    }
}

impl Names for PublicScenario {
    fn delegation_name(&self, d: DelegationId) -> &str {
        self.name(d)
    }
    fn bloc_names(&self) -> Vec<&str> {
        self.blocs.iter().map(|b| b.name.as_str()).collect()
    }
    fn tag_label(&self, t: TagId) -> &str {
        PublicScenario::tag_label(self, t)
    }
    fn section_id(&self, s: SectionId) -> &str {
        self.sections.get(s.index()).map_or("?", String::as_str)
    }
    fn card_title(&self, id: &str) -> Option<&str> {
        self.cards
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.as_str())
    }
    fn chair_wording(&self, id: &str) -> Option<&str> {
        self.chair_wordings
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, text)| text.as_str())
    }
}

/// No names at hand (a client that has not yet received the room): ids stand for names.
pub struct NoNames;

impl Names for NoNames {
    fn delegation_name(&self, _: DelegationId) -> &str {
        "?"
    }
    fn bloc_names(&self) -> Vec<&str> {
        Vec::new()
    }
    fn tag_label(&self, _: TagId) -> &str {
        "?"
    }
    fn section_id(&self, _: SectionId) -> &str {
        "?"
    }
    fn card_title(&self, _: &str) -> Option<&str> {
        None
    }
    fn chair_wording(&self, _: &str) -> Option<&str> {
        None
    }
}
