//! AI delegations on the floor: each considers the amendment cards and deleting clauses it
//! dislikes, values each by its own gain (plus its bloc's asks) weighed by the acceptance it
//! predicts from the bloc leaders, and tables the best if it is worth an intervention.

use super::Session;
use crate::document::EditEffect;
use crate::log::Event;
use crate::model::DelegationId;
use crate::preferences::{clause_utility, delta, red_line_changes, tolerance};
use crate::scenario::EditSpec;

/// Bonus for an edit the delegation's own bloc asks for (a card naming it or its bloc).
const ASK_BONUS: f32 = 1.5;
/// Least expected value worth an intervention.
const WORTH_TABLING: f32 = 0.75;

impl Session {
    pub(super) fn ai_speak(&mut self, d: DelegationId) {
        match self.best_edit(d) {
            Some((edit, card)) => {
                // The candidate was checked, so tabling cannot fail; fall back to passing anyway.
                if self.table(d, edit, card).is_err() {
                    self.events.push(Event::Passed { delegation: d });
                }
            }
            None => self.events.push(Event::Passed { delegation: d }),
        }
    }

    fn best_edit(&self, d: DelegationId) -> Option<(EditSpec, Option<String>)> {
        if self.budget[d as usize] == 0 {
            return None;
        }
        let model = &*self.model;
        let t = self.time();
        let own_tolerance = tolerance(model, d, t);
        let me = &model.delegations[d as usize];
        let my_bloc = &model.blocs[me.bloc].id;
        let mut best: Option<(f32, EditSpec, Option<String>)> = None;
        let mut consider = |value: f32, edit: EditSpec, card: Option<String>| {
            if value > WORTH_TABLING && best.as_ref().is_none_or(|b| value > b.0) {
                best = Some((value, edit, card));
            }
        };
        for card in &model.scenario.cards {
            if self.cards_adopted.contains(&card.id) {
                continue;
            }
            let Ok((effect, _)) = self.check_table(d, &card.edit) else {
                continue;
            };
            let gain = delta(model, &self.salience, d, &effect);
            if red_line_changes(model, d, &self.presence, &effect)
                .iter()
                .any(|c| c.2)
            {
                continue;
            }
            let ask = if card.by.iter().any(|b| b == &me.id || b == my_bloc) {
                ASK_BONUS
            } else {
                0.0
            };
            if gain < -0.25 * own_tolerance || gain + ask <= 0.0 {
                continue;
            }
            let p = self.predicted_acceptance(d, &effect);
            consider((gain + ask) * p, card.edit.clone(), Some(card.id.clone()));
        }
        for (s, _, c) in self.doc.clauses() {
            let u = clause_utility(model, &self.salience, d, s, &c.tags);
            if u >= -0.5 * own_tolerance {
                continue;
            }
            let edit = EditSpec::Delete {
                clause: c.id.clone(),
            };
            let Ok((effect, _)) = self.check_table(d, &edit) else {
                continue;
            };
            if red_line_changes(model, d, &self.presence, &effect)
                .iter()
                .any(|c| c.2)
            {
                continue;
            }
            let p = self.predicted_acceptance(d, &effect);
            consider(-u * p, edit, None);
        }
        best.map(|(_, e, c)| (e, c))
    }

    /// Share of the member states' influence whose bloc leader would not object to the edit.
    fn predicted_acceptance(&self, proposer: DelegationId, effect: &EditEffect) -> f32 {
        let model = &*self.model;
        let t = self.time();
        let n = self.n();
        let mut total = 0.0f32;
        let mut objecting = 0.0f32;
        for b in &model.blocs {
            let influence: f32 = b
                .members
                .iter()
                .map(|&m| &model.delegations[m as usize])
                .filter(|m| m.may_block())
                .map(|m| m.influence)
                .sum();
            if influence == 0.0 {
                continue;
            }
            total += influence;
            let l = b.leader;
            if l == proposer {
                continue;
            }
            let score = delta(model, &self.salience, l, effect)
                + model.scenario.model.trust_weight as f32
                    * self.trust[l as usize * n + proposer as usize];
            let crosses = red_line_changes(model, l, &self.presence, effect)
                .iter()
                .any(|c| c.2);
            if crosses || score < -tolerance(model, l, t) {
                objecting += influence;
            }
        }
        if total == 0.0 {
            1.0
        } else {
            1.0 - objecting / total
        }
    }
}
