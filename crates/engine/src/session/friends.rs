//! The friends of the Chair bring wording. Before ruling on a bracket the Chair consults the
//! delegations concerned: its proposer, its objectors and those who warned against it. Each
//! may bring, from its capital's cards, its own wording for the same paragraph; the Chair
//! weighs what they bring beside its own compromise and agreed language, by the same rule.
//! A delegation the engine plays brings the card its brief likes best, if it likes it better
//! than both the text as it stands and the proposal; a person brings one with their answer to
//! the consultation (`Command::Consult { wording }`).

use super::{Amendment, Session};
use crate::ids::CardId;
use crate::model::DelegationId;
use crate::preferences::delta;
use crate::scenario::EditSpec;

impl Session {
    /// The cards the friends of the Chair bring to bracket `a`, each with who brought it.
    pub(super) fn friends_wordings(&self, a: &Amendment) -> Vec<(usize, DelegationId)> {
        let model = &*self.model;
        let mut friends: Vec<DelegationId> = vec![a.proposer];
        for &d in a.objections.iter().chain(&a.threats) {
            if !friends.contains(&d) {
                friends.push(d);
            }
        }
        // The cards that may be brought at all, and what each would do (most brackets have
        // none: this is on the Chair's path, and it weighs options often).
        let mut here: Vec<(usize, Option<crate::document::EditEffect>)> =
            (0..model.scenario.cards.len())
                .filter(|&k| friends.iter().any(|f| model.card_askers[k].contains(f)))
                .filter(|&k| self.may_bring(a, k))
                .map(|k| (k, None))
                .collect();
        if here.is_empty() {
            return Vec::new();
        }
        let Ok(proposal) = self.text.doc.effect(model, &a.edit) else {
            return Vec::new();
        };
        let mut out: Vec<(usize, DelegationId)> = Vec::new();
        for f in friends {
            let brought = if self.is_human(f) {
                self.brought_by(a, f)
            } else {
                let floor = delta(model, &self.mood.salience, f, &proposal).max(0.0);
                let mut best: Option<(f32, usize)> = None;
                for (k, effect) in here.iter_mut() {
                    if !model.card_askers[*k].contains(&f) {
                        continue;
                    }
                    if effect.is_none() {
                        *effect = self
                            .text
                            .doc
                            .effect(model, &model.scenario.cards[*k].edit)
                            .ok();
                    }
                    let Some(e) = effect.as_ref() else { continue };
                    let worth = delta(model, &self.mood.salience, f, e);
                    if worth > floor && best.is_none_or(|(b, _)| worth > b) {
                        best = Some((worth, *k));
                    }
                }
                best.map(|(_, k)| k)
            };
            if let Some(k) = brought
                && !out.iter().any(|(x, _)| *x == k)
            {
                out.push((k, f));
            }
        }
        out
    }

    /// Whether card `k` may be brought to the consultations on `a`: a card of another
    /// wording for the same paragraph, still unspent and in its phase, that the Chair has not
    /// already set aside, that is not on the floor, and whose words the text does not already
    /// hold.
    pub(super) fn may_bring(&self, a: &Amendment, k: usize) -> bool {
        let card = &self.model.scenario.cards[k];
        // The cheap tests first: this runs for every card on the Chair's path.
        if self.text.card_adopted[k]
            || self.floor.card_rejected[k]
            || a.card.as_ref() == Some(&card.id)
            || card.edit == a.edit
            || !self.card_in_phase(k)
            || !self
                .text
                .doc
                .footprint(&card.edit)
                .is_ok_and(|p| p == a.paragraph)
            || self
                .floor
                .pending()
                .any(|p| p.card.as_ref() == Some(&card.id))
        {
            return false;
        }
        match &card.edit {
            EditSpec::Insert { text, .. }
            | EditSpec::Replace { text, .. }
            | EditSpec::NewParagraph { text, .. } => !self.text.doc.has_text(&text.text),
            EditSpec::Delete { .. } | EditSpec::Move { .. } => true,
        }
    }

    /// The card a person's delegation brought to the consultations on `a`, if it still may.
    fn brought_by(&self, a: &Amendment, d: DelegationId) -> Option<usize> {
        let card: &CardId = self
            .corridor
            .brought
            .iter()
            .find(|(x, who, _)| *x == a.id && *who == d)
            .map(|(_, _, c)| c)?;
        let k = self
            .model
            .scenario
            .cards
            .iter()
            .position(|c| &c.id == card)?;
        (self.model.card_askers[k].contains(&d) && self.may_bring(a, k)).then_some(k)
    }
}
