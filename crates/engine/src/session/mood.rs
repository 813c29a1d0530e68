//! How the room feels about the text: each tag's salience, each delegation's utility of the
//! current text and of the zero draft, its tolerance this round, and this game's temperament.

use super::temperament::Temperament;
use crate::document::{Document, EditEffect};
use crate::ids::DelegationId;
use crate::ids::PerDelegation;
use crate::model::Model;
use crate::preferences::{delta, text_utility};

#[derive(Debug, Clone)]
pub(super) struct Mood {
    pub salience: Vec<f32>,
    /// Each delegation's utility of the current text, and of the zero draft.
    pub utility: PerDelegation<f32>,
    pub zero_utility: PerDelegation<f32>,
    /// Each delegation's tolerance at the current round (it changes only between rounds).
    pub tolerance_now: PerDelegation<f32>,
    pub temperament: Temperament,
}

impl Mood {
    pub fn new(model: &Model, doc: &Document, temperament: Temperament) -> Mood {
        let n = model.delegations.len();
        let salience = vec![1.0; model.tags.len()];
        let utility = PerDelegation::from_fn(n, |d| text_utility(model, &salience, d, doc));
        Mood {
            zero_utility: utility.clone(),
            utility,
            salience,
            tolerance_now: PerDelegation::filled(n, 0.0),
            temperament,
        }
    }

    /// Each delegation's utility after a change to the text, by the change alone.
    pub fn follow(&mut self, model: &Model, effect: &EditEffect) {
        for (d, u) in self.utility.iter_mut().enumerate() {
            *u += delta(model, &self.salience, DelegationId::at(d), effect);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utility_followed_change_by_change_is_the_utility_of_the_text_read_afresh() {
        let source = include_str!("../../../../scenarios/tutorial.ron");
        let model = Model::new(crate::scenario::parse_str("tutorial.ron", source).unwrap());
        let mut doc = Document::zero_draft(&model);
        let mut mood = Mood::new(&model, &doc, super::super::temperament::draw(&model, 1));
        assert_eq!(mood.utility, mood.zero_utility);
        for card in &model.scenario.cards {
            if let Ok(effect) = doc.apply(&model, &card.edit) {
                mood.follow(&model, &effect);
            }
        }
        for d in model.delegation_ids() {
            let fresh = text_utility(&model, &mood.salience, d, &doc);
            assert!(
                (mood.utility[d] - fresh).abs() < 1e-3,
                "{d}: {} vs {fresh}",
                mood.utility[d]
            );
        }
    }
}
