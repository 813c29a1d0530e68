//! The text under negotiation and what follows it: the Chair's revisions, which tags stand in
//! which section (what red lines read), a version that counts every change, and the amendment
//! cards' effects on the current text (refreshed only after a change).

use crate::document::{Document, EditEffect, EditError, Revision};
use crate::model::Model;
use crate::preferences::Presence;
use crate::scenario::EditSpec;

#[derive(Debug, Clone)]
pub(super) struct Text {
    pub doc: Document,
    pub presence: Presence,
    pub revisions: Vec<Revision>,
    /// Counts changes to the text (what caches of it compare against).
    pub version: u64,
    /// Effect and footprint of each amendment card on the current text (None: not
    /// applicable), and the version they were computed for.
    pub card_effects: Vec<Option<super::ai::CardEffect>>,
    pub card_effects_version: Option<u64>,
    /// Whether each amendment card has entered the text (a card is adopted once).
    pub card_adopted: Vec<bool>,
}

impl Text {
    /// The zero draft as circulated.
    pub fn zero_draft(model: &Model) -> Text {
        let doc = Document::zero_draft(model);
        Text {
            presence: Presence::of(model, &doc),
            revisions: vec![Revision {
                name: "Zero draft".into(),
                document: doc.clone(),
            }],
            doc,
            version: 0,
            card_effects: Vec::new(),
            card_effects_version: None,
            card_adopted: vec![false; model.scenario.cards.len()],
        }
    }

    /// Applies an edit; the presence of tags and the version follow the document, so that
    /// nothing reads a stale index or cache. A refused edit changes nothing.
    pub fn apply(&mut self, model: &Model, edit: &EditSpec) -> Result<EditEffect, EditError> {
        let effect = self.doc.apply(model, edit)?;
        self.version += 1;
        self.presence.apply(&effect);
        Ok(effect)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_of_tags_and_the_version_follow_every_change_and_a_refusal_changes_nothing() {
        let source = include_str!("../../../../scenarios/tutorial.ron");
        let model = Model::new(crate::scenario::parse_str("tutorial.ron", source).unwrap());
        let mut text = Text::zero_draft(&model);
        for card in &model.scenario.cards {
            let before = (text.version, text.doc.clone());
            match text.apply(&model, &card.edit) {
                Ok(_) => {
                    assert_eq!(text.version, before.0 + 1);
                    assert_eq!(text.presence, Presence::of(&model, &text.doc));
                }
                Err(_) => assert_eq!((text.version, text.doc.clone()), before),
            }
        }
        assert!(text.version > 0);
        assert_eq!(
            text.revisions.len(),
            1,
            "revisions are the Chair's to issue"
        );
    }
}
