//! AI delegations on the floor: each considers the amendment cards and deleting clauses it
//! dislikes, values each by its own gain (plus its bloc's asks) weighed by the acceptance it
//! predicts from the bloc leaders, and tables the best if it is worth an intervention.

use super::Session;
use crate::document::{ClauseFacts, EditEffect};
use crate::ids::CardId;
use crate::ids::ParagraphId;
use crate::log::Event;
use crate::model::{DelegationId, SectionId};
use crate::preferences::{clause_utility, delta, red_line_changes};
use crate::scenario::EditSpec;

/// Bonus for an edit the delegation's own bloc asks for (a card naming it or its bloc).
const ASK_BONUS: f32 = 1.5;
/// Least expected value worth an intervention.
const WORTH_TABLING: f32 = 0.75;
/// How many of its best edits a delegation weighs before choosing.
const CHOICES: usize = 4;

/// What an amendment card would do to the current text, and where.
#[derive(Debug, Clone)]
pub(super) struct CardEffect {
    pub(super) effect: EditEffect,
    /// The paragraph the card touches, and its position if it exists yet.
    footprint: ParagraphId,
    slot: Option<(usize, usize)>,
}

/// An edit under consideration, cheap to hold: a card by index or a clause by position.
#[derive(Clone, Copy)]
enum Candidate {
    Card(usize),
    Delete {
        section: usize,
        paragraph: usize,
        clause: usize,
    },
}

impl Session {
    pub(super) fn ai_speak(&mut self, d: DelegationId) {
        match self.chosen_edit(d) {
            Some((edit, card)) => {
                // The candidate was checked, so tabling cannot fail; fall back to passing anyway.
                if self.table(d, edit, card).is_err() {
                    self.journal.events.push(Event::Passed { delegation: d });
                }
            }
            None => self.journal.events.push(Event::Passed { delegation: d }),
        }
    }

    /// What the engine's AI would do now in delegation `d`'s seat: table its best edit on the
    /// speakers' list, declare its position at adoption, else pass.
    pub fn ai_action(&self, d: DelegationId) -> crate::log::Action {
        use crate::log::{Action, Position};
        match self.turns.stage {
            super::Stage::Speaking => match self.best_edit(d) {
                Some((_, Some(card))) => Action::TableCard(card),
                Some((edit, None)) => Action::Table(edit),
                None => Action::Pass,
            },
            super::Stage::Adoption => match self.ai_position(d).0 {
                Position::Join => Action::Join,
                Position::Dissociate(p) => Action::Dissociate(p),
                Position::Block => Action::Block,
            },
            _ => Action::Pass,
        }
    }

    /// Recomputes what each card would do to the text as it now stands, and which paragraphs
    /// have amendments pending. Called whenever a round opens.
    pub(super) fn refresh_card_effects(&mut self) {
        if self.text.card_effects_version == Some(self.text.version) {
            self.rebuild_busy();
            return;
        }
        self.text.card_effects_version = Some(self.text.version);
        let model = self.model.clone();
        self.text.card_effects = model
            .scenario
            .cards
            .iter()
            .map(|c| {
                let footprint = self.text.doc.footprint(&c.edit).ok()?;
                let effect = self.text.doc.effect(&model, &c.edit).ok()?;
                let slot = self.text.doc.find_paragraph(&footprint);
                Some(CardEffect {
                    effect,
                    footprint,
                    slot,
                })
            })
            .collect();
        self.rebuild_busy();
    }

    pub(super) fn mark_card_adopted(&mut self, a: &super::Amendment) {
        if let Some(card) = &a.card
            && let Some(k) = self.model.scenario.cards.iter().position(|c| &c.id == card)
        {
            self.text.card_adopted[k] = true;
        }
    }

    /// The edit `d` tables now: drawn among those worth nearly as much as its best (within
    /// the scenario's choice band), each in proportion to its worth, so that the same room
    /// can take different paths.
    fn chosen_edit(&mut self, d: DelegationId) -> Option<(EditSpec, Option<CardId>)> {
        let band = self.model.scenario.model.choice_band as f32;
        let mut ranked = self.ranked_candidates(d, CHOICES, 1.0 - band);
        let best = ranked.first()?.0;
        ranked.retain(|(v, _)| *v >= (1.0 - band) * best);
        // An edit barely worth an intervention may not be worth it today: keeping the
        // intervention is one more choice, worth the threshold itself.
        let pass = if WORTH_TABLING >= (1.0 - band) * best {
            WORTH_TABLING
        } else {
            0.0
        };
        if ranked.len() == 1 && pass == 0.0 {
            return Some(self.edit_of(ranked[0].1));
        }
        use rand::Rng;
        let total: f32 = ranked.iter().map(|r| r.0).sum::<f32>() + pass;
        let mut x = self.rng.random::<f32>() * total;
        let pick = ranked.iter().position(|r| {
            x -= r.0;
            x < 0.0
        })?;
        Some(self.edit_of(ranked[pick].1))
    }

    fn best_edit(&self, d: DelegationId) -> Option<(EditSpec, Option<CardId>)> {
        let (_, candidate) = *self.ranked_candidates(d, 1, 0.0).first()?;
        Some(self.edit_of(candidate))
    }

    /// The `k` edits (cards and deletions) worth most to `d` now, best first, each with its
    /// value: the gain (plus its capital's ask) times the acceptance predicted from the bloc
    /// leaders. Only edits worth an intervention are listed.
    pub(super) fn ranked_edits(
        &self,
        d: DelegationId,
        k: usize,
    ) -> Vec<(f32, EditSpec, Option<CardId>)> {
        self.ranked_candidates(d, k, 0.0)
            .into_iter()
            .map(|(value, candidate)| {
                let (edit, card) = self.edit_of(candidate);
                (value, edit, card)
            })
            .collect()
    }

    /// The edit a candidate stands for, and its card if it is one.
    fn edit_of(&self, candidate: Candidate) -> (EditSpec, Option<CardId>) {
        match candidate {
            Candidate::Card(k) => {
                let card = &self.model.scenario.cards[k];
                (card.edit.clone(), Some(card.id.clone()))
            }
            Candidate::Delete {
                section,
                paragraph,
                clause,
            } => {
                let id = self.text.doc.sections[section].paragraphs[paragraph].clauses[clause]
                    .id
                    .clone();
                (EditSpec::Delete { clause: id }, None)
            }
        }
    }

    /// As `ranked_edits`, as candidates (cheap to hold until one is chosen), leaving out
    /// edits worth less than `share` of the best one.
    fn ranked_candidates(&self, d: DelegationId, k: usize, share: f32) -> Vec<(f32, Candidate)> {
        if self.conduct.budget[d] == 0 || k == 0 {
            return Vec::new();
        }
        let model = &*self.model;
        let own_tolerance = self.mood.tolerance_now[d];
        // (worth before acceptance, candidate): the value is worth × acceptance ≤ worth.
        let mut candidates: Vec<(f32, Candidate)> = Vec::new();
        for k in 0..model.scenario.cards.len() {
            if self.text.card_adopted[k] || !self.card_in_phase(k) {
                continue;
            }
            let Some(Some(CardEffect {
                effect,
                footprint,
                slot,
            })) = self.text.card_effects.get(k)
            else {
                continue;
            };
            // A card its capital gave to named delegations (or blocs) is theirs to table: the
            // others may support it, not table it for them.
            let askers = &model.card_askers[k];
            if !askers.is_empty() && !askers.contains(&d) {
                continue;
            }
            // Nor is a deleted paragraph amended back into life (the floor refuses it).
            if matches!(
                model.scenario.cards[k].edit,
                EditSpec::Insert { .. } | EditSpec::Move { .. }
            ) && self.text.doc.paragraph_deleted(footprint)
            {
                continue;
            }
            let gain = delta(model, &self.mood.salience, d, effect);
            let ask = if askers.contains(&d) { ASK_BONUS } else { 0.0 };
            if gain < -0.25 * own_tolerance || gain + ask <= WORTH_TABLING {
                continue;
            }
            let busy = match slot {
                Some((s, p)) => self.floor.busy_slots[*s][*p],
                None => self.busy(footprint),
            };
            // Nor does it table again, under its own name, what the Chair has ruled out.
            if busy || self.floor.card_tabled_by[k].contains(&d) || self.floor.card_rejected[k] {
                continue;
            }
            candidates.push((gain + ask, Candidate::Card(k)));
        }
        for (s, sec) in self.text.doc.sections.iter().enumerate() {
            for (p, par) in sec.paragraphs.iter().enumerate() {
                if par.clauses.is_empty() || self.floor.busy_slots[s][p] {
                    continue;
                }
                for (c, clause) in par.clauses.iter().enumerate() {
                    let u = clause_utility(
                        model,
                        &self.mood.salience,
                        d,
                        SectionId::at(s),
                        &clause.tags,
                    );
                    if u < -0.5 * own_tolerance && -u > WORTH_TABLING {
                        candidates.push((
                            -u,
                            Candidate::Delete {
                                section: s,
                                paragraph: p,
                                clause: c,
                            },
                        ));
                    }
                }
            }
        }
        // Best first, so that acceptance is only predicted where it could change the choice.
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
        // The best k so far, best first; among equal values the one found first stays ahead.
        let mut top: Vec<(f32, Candidate)> = Vec::with_capacity(k + 1);
        for (upper, candidate) in candidates {
            if top.len() == k && top.last().is_some_and(|(v, _)| upper <= *v) {
                break;
            }
            // Nothing further can come within `share` of the best.
            if top.first().is_some_and(|(v, _)| upper < share * *v) {
                break;
            }
            let effect = match candidate {
                Candidate::Card(k) => match &self.text.card_effects[k] {
                    Some(c) => std::borrow::Cow::Borrowed(&c.effect),
                    None => continue,
                },
                Candidate::Delete {
                    section,
                    paragraph,
                    clause,
                } => {
                    let c = &self.text.doc.sections[section].paragraphs[paragraph].clauses[clause];
                    let same = |e: &EditSpec| matches!(e, EditSpec::Delete { clause } if **clause == *c.id);
                    if self.floor.tabled[d.index()].iter().any(same)
                        || self.floor.rejected.iter().any(same)
                    {
                        continue;
                    }
                    std::borrow::Cow::Owned(EditEffect {
                        removed: vec![ClauseFacts {
                            clause: c.id.clone(),
                            section: SectionId::at(section),
                            tags: c.tags.clone(),
                        }],
                        added: Vec::new(),
                    })
                }
            };
            if red_line_changes(model, d, &self.text.presence, &effect)
                .iter()
                .any(|c| c.2)
            {
                continue;
            }
            let value = upper * self.predicted_acceptance(d, &effect);
            if value > WORTH_TABLING
                && (top.len() < k || top.last().is_some_and(|(v, _)| value > *v))
            {
                let at = top
                    .iter()
                    .position(|(v, _)| value > *v)
                    .unwrap_or(top.len());
                top.insert(at, (value, candidate));
                top.truncate(k);
            }
        }
        let best = top.first().map_or(0.0, |t| t.0);
        top.retain(|(value, _)| *value >= share * best);
        top
    }

    /// Share of the member states' influence whose bloc leader would not object to the edit.
    pub(super) fn predicted_acceptance(&self, proposer: DelegationId, effect: &EditEffect) -> f32 {
        let model = &*self.model;
        let mut total = 0.0f32;
        let mut objecting = 0.0f32;
        for b in &model.blocs {
            if b.state_influence == 0.0 {
                continue;
            }
            total += b.state_influence;
            let l = b.leader;
            if l == proposer {
                continue;
            }
            let score = delta(model, &self.mood.salience, l, effect)
                + model.scenario.model.trust_weight as f32 * self.trust.get(l, proposer);
            if score < -self.mood.tolerance_now[l]
                || red_line_changes(model, l, &self.text.presence, effect)
                    .iter()
                    .any(|c| c.2)
            {
                objecting += b.state_influence;
            }
        }
        if total == 0.0 {
            1.0
        } else {
            1.0 - objecting / total
        }
    }
}
