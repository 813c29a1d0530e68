//! The Chair's revision at the end of a phase: for each bracketed amendment, the options
//! (the proposal, the current text, compromise wording, agreed language and, under deadline
//! pressure, deletion), the ruling (weighed by consensus in `weigh.rs`), and carrying it out,
//! with the Chair's summary for proposals that had support but no consensus.

use serde::{Deserialize, Serialize};

use super::{Amendment, Session, SummaryEntry};
use crate::document::{EditEffect, Revision};
use crate::ids::BlocId;
use crate::log::{ChairOutcome, Event, LapseReason};
use crate::model::{DelegationId, TagId};
use crate::scenario::{EditSpec, Persona};

/// One way the Chair may settle a bracketed amendment, with the member states predicted to be
/// unable to live with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChairOption {
    pub outcome: ChairOutcome,
    /// None keeps the current text.
    pub edit: Option<EditSpec>,
    pub objectors: Vec<DelegationId>,
    /// The groups (blocs) that object to the text this option takes in: a consensus Chair
    /// takes it only when no other way remains.
    #[serde(default)]
    pub over_groups: Vec<crate::ids::BlocId>,
    /// About as acceptable to the room as the persona's pick (the Chair may offer it instead).
    #[serde(default)]
    pub near_best: bool,
}

impl ChairOutcome {
    /// Lower is preferred by the persona when objections tie.
    pub(super) fn rank(&self, persona: &Persona) -> u8 {
        use ChairOutcome::*;
        match (persona, self) {
            (Persona::Surgical, Kept) => 0,
            (Persona::Surgical, Proposal) => 1,
            (Persona::Surgical, Compromise(_) | FriendsWording { .. }) => 2,
            (Persona::Surgical, AgreedLanguage(_)) => 3,
            (Persona::Surgical, Deleted) => 4,
            (Persona::CleanText, Deleted) => 0,
            (Persona::CleanText, AgreedLanguage(_)) => 1,
            (Persona::CleanText, Kept) => 2,
            (Persona::CleanText, Compromise(_) | FriendsWording { .. }) => 3,
            (Persona::CleanText, Proposal) => 4,
            (Persona::BalancedPackage, Compromise(_) | FriendsWording { .. }) => 0,
            (Persona::BalancedPackage, AgreedLanguage(_)) => 1,
            (Persona::BalancedPackage, Proposal) => 2,
            (Persona::BalancedPackage, Kept) => 3,
            (Persona::BalancedPackage, Deleted) => 4,
        }
    }
}

impl Session {
    /// Share of the session after which this Chair deletes contested text.
    pub(super) fn deletion_threshold(&self) -> f32 {
        let base = self.model.scenario.model.deletion_pressure as f32;
        match self.model.scenario.chair.persona {
            Persona::Surgical => base + 0.2,
            Persona::CleanText => base - 0.2,
            Persona::BalancedPackage => base,
        }
    }

    /// Settles what is still bracketed (the AI Chair's rulings) and issues the revision.
    pub(super) fn chair_revision(&mut self) {
        let pressure = self.time();
        let mut losses = vec![0u32; self.model.blocs.len()];
        for a in std::mem::take(&mut self.floor.brackets) {
            let (options, effects) = self.options(&a, pressure);
            if options.len() == 1 {
                self.journal.events.push(Event::Lapsed {
                    amendment: a.id,
                    reason: LapseReason::TextChanged,
                });
                continue;
            }
            let (options, chosen) = self.choose(options, &effects, pressure, &losses, &a);
            // Who told the Chair what they could live with, and who brought wording.
            let wordings: Vec<(String, DelegationId)> = options
                .iter()
                .filter_map(|o| match &o.outcome {
                    ChairOutcome::FriendsWording { card, by } => Some((card.clone(), *by)),
                    _ => None,
                })
                .collect();
            // Bringing wording that would meet an objective is work for it, as tabling is.
            let model = self.model.clone();
            for (card, by) in &wordings {
                if let Some(c) = model.scenario.cards.iter().find(|c| c.id == **card) {
                    self.note_work(&[*by], &c.edit, None, true);
                }
            }
            let mut friends: Vec<DelegationId> = self
                .consultations_on(a.id)
                .into_iter()
                .map(|(d, _)| d)
                .collect();
            for (_, by) in &wordings {
                if !friends.contains(by) {
                    friends.push(*by);
                }
            }
            if !friends.is_empty() {
                self.journal.events.push(Event::ChairConsulted {
                    amendment: a.id,
                    friends,
                    wordings,
                });
            }
            let chosen = self.offer(&options, chosen);
            let mut losing_blocs: Vec<BlocId> = options[chosen]
                .objectors
                .iter()
                .map(|&d| self.model.delegations[d.index()].bloc)
                .collect();
            losing_blocs.sort_unstable();
            losing_blocs.dedup();
            for b in losing_blocs {
                losses[b.index()] += 1;
            }
            self.apply_ruling(a, &options, chosen);
        }
        // A Chair played from outside makes these calls itself.
        if !self.control.chair.is_external() {
            if pressure >= self.deletion_threshold() {
                self.cut_contested(pressure);
            }
            self.balance_package();
        }
        let last = self.clock.phase + 1 >= self.model.scenario.schedule.phases.len();
        let name = if last {
            "Final text".to_string()
        } else {
            format!("Rev.{}", self.text.revisions.len())
        };
        self.text.revisions.push(Revision {
            name: name.clone(),
            document: self.text.doc.clone(),
        });
        self.journal.events.push(Event::RevisionIssued { name });
    }

    /// Brackets whose amendment no longer applies to the text lapse (a Chair played from
    /// outside has nothing to rule on them).
    pub(super) fn lapse_stale_brackets(&mut self) {
        let pressure = self.time();
        let brackets = std::mem::take(&mut self.floor.brackets);
        for a in brackets {
            if self.options(&a, pressure).0.len() < 2 {
                self.journal.events.push(Event::Lapsed {
                    amendment: a.id,
                    reason: LapseReason::TextChanged,
                });
            } else {
                self.floor.brackets.push(a);
            }
        }
    }

    /// The ways the Chair may settle a bracketed amendment now, each with the member states
    /// predicted unable to live with it (for a Chair played from outside, a coach or a script).
    /// Empty when the amendment no longer applies to the text.
    pub fn chair_options(&self, a: &Amendment) -> Vec<ChairOption> {
        self.weighed(a)
            .map_or_else(Vec::new, |(options, _)| options)
    }

    /// What the scenario's persona Chair would choose among `chair_options(a)`.
    pub fn persona_ruling(&self, a: &Amendment) -> Option<usize> {
        self.weighed(a).map(|(_, chosen)| chosen)
    }

    /// The options for a bracket weighed now, as in a revision with no losses yet, and the
    /// persona's pick; None when the amendment no longer applies to the text.
    fn weighed(&self, a: &Amendment) -> Option<(Vec<ChairOption>, usize)> {
        let pressure = self.time();
        let (options, effects) = self.options(a, pressure);
        if options.len() < 2 {
            return None;
        }
        let losses = vec![0u32; self.model.blocs.len()];
        Some(self.choose(options, &effects, pressure, &losses, a))
    }

    /// The options, each with what it would do to the text.
    pub(super) fn options(
        &self,
        a: &Amendment,
        pressure: f32,
    ) -> (Vec<ChairOption>, Vec<EditEffect>) {
        let model = self.model.clone();
        let mut out = vec![
            ChairOption {
                outcome: ChairOutcome::Kept,
                edit: None,
                objectors: Vec::new(),
                over_groups: Vec::new(),
                near_best: false,
            },
            ChairOption {
                outcome: ChairOutcome::Proposal,
                edit: Some(a.edit.clone()),
                objectors: Vec::new(),
                over_groups: Vec::new(),
                near_best: false,
            },
        ];
        // The tags at stake: those of the clause under edit and of the proposed wording.
        let mut stake: Vec<TagId> = Vec::new();
        if let Ok(effect) = self.text.doc.effect(&model, &a.edit) {
            for c in effect.removed.iter().chain(&effect.added) {
                stake.extend(&c.tags);
            }
        }
        // The Chair's wording is offered only where it would not repeat text already in the
        // report (agreed language the draft already quotes, say).
        let reword = |text: &str, tags: &[String]| {
            if self.text.doc.has_text(text) {
                return None;
            }
            reword(&a.edit, text, tags)
        };
        let touches = |applies: &[String]| {
            applies
                .iter()
                .any(|t| model.tag(t).is_some_and(|t| stake.contains(&t)))
        };
        for c in &model.scenario.chair.compromises {
            if (c.paragraph.as_deref() == Some(a.paragraph.as_str()) || touches(&c.applies_to))
                && let Some(edit) = reword(&c.text, &c.tags)
            {
                out.push(ChairOption {
                    outcome: ChairOutcome::Compromise(c.id.clone()),
                    edit: Some(edit),
                    objectors: Vec::new(),
                    over_groups: Vec::new(),
                    near_best: false,
                });
            }
        }
        for l in &model.scenario.chair.agreed_language {
            if touches(&l.applies_to)
                && let Some(edit) = reword(&l.text, &l.tags)
            {
                out.push(ChairOption {
                    outcome: ChairOutcome::AgreedLanguage(l.id.clone()),
                    edit: Some(edit),
                    objectors: Vec::new(),
                    over_groups: Vec::new(),
                    near_best: false,
                });
            }
        }
        // The friends of the Chair bring their own wording for the paragraph.
        for (k, by) in self.friends_wordings(a) {
            let card = &model.scenario.cards[k];
            out.push(ChairOption {
                outcome: ChairOutcome::FriendsWording {
                    card: card.id.to_string(),
                    by,
                },
                edit: Some(card.edit.clone()),
                objectors: Vec::new(),
                over_groups: Vec::new(),
                near_best: false,
            });
        }
        if pressure >= self.deletion_threshold()
            && let EditSpec::Replace { clause, .. } = &a.edit
        {
            out.push(ChairOption {
                outcome: ChairOutcome::Deleted,
                edit: Some(EditSpec::Delete {
                    clause: clause.clone(),
                }),
                objectors: Vec::new(),
                over_groups: Vec::new(),
                near_best: false,
            });
        }
        // Options that no longer apply to the text (or change nothing) fall away.
        let mut effects = Vec::with_capacity(out.len());
        out.retain(|o| match &o.edit {
            None => {
                effects.push(EditEffect::default());
                true
            }
            Some(e) => match self.text.doc.effect(&model, e) {
                Ok(effect) => {
                    effects.push(effect);
                    true
                }
                Err(_) => false,
            },
        });
        (out, effects)
    }

    /// Carries out a ruling: the chosen option enters the text and the log; a proposal with
    /// support but no consensus goes to the Chair's summary.
    pub(super) fn apply_ruling(&mut self, a: Amendment, options: &[ChairOption], chosen: usize) {
        let option = &options[chosen];
        let objectors = option.objectors.clone();
        // Draft wording the ruling deletes, if members supported it, goes to the summary.
        let cut = match (&option.outcome, &option.edit) {
            (ChairOutcome::Deleted, Some(edit)) => match self.text.doc.effect(&self.model, edit) {
                Ok(effect) => self.draft_cut_by(&effect, &a.paragraph),
                Err(_) => Vec::new(),
            },
            _ => Vec::new(),
        };
        if let Some(edit) = &option.edit {
            match self.change_text(edit) {
                Ok(effect) if option.outcome == ChairOutcome::Proposal => {
                    self.note_acquiescence(&effect, &a.persuaded);
                }
                Ok(_) => {}
                Err(e) => {
                    self.journal.events.push(Event::Lapsed {
                        amendment: a.id,
                        reason: LapseReason::Edit(e),
                    });
                    return;
                }
            }
        }
        // A card whose subject the Chair has settled with its own wording is spent too, so
        // that re-tabling it cannot insert the same text again.
        if matches!(
            option.outcome,
            ChairOutcome::Proposal
                | ChairOutcome::Compromise(_)
                | ChairOutcome::AgreedLanguage(_)
                | ChairOutcome::FriendsWording { .. }
        ) {
            self.mark_card_adopted(&a);
        }
        // A friend's card taken into the text is spent like one tabled and adopted.
        if let ChairOutcome::FriendsWording { card, .. } = &option.outcome
            && let Some(k) = self
                .model
                .scenario
                .cards
                .iter()
                .position(|c| c.id == **card)
        {
            self.text.card_adopted[k] = true;
        }
        if option.outcome == ChairOutcome::Proposal {
            self.floor.summary.retain(|e| e.edit != a.edit);
        } else {
            let model = self.model.clone();
            for &k in model.cards_with(&a.edit) {
                self.floor.card_rejected[k] = true;
            }
            if !self.floor.rejected.contains(&a.edit) {
                self.floor.rejected.push(a.edit.clone());
            }
        }
        self.journal.events.push(Event::ChairDecision {
            amendment: a.id,
            outcome: option.outcome.clone(),
            objections: objectors,
            options: options.len() as u32,
        });
        self.track_objectives();
        self.move_to_summary(cut);
        // Proposals with support but no consensus go to the Chair's summary (once each;
        // proposals to delete text are not recorded there).
        let recorded = self.floor.summary.iter().any(|e| e.edit == a.edit);
        if option.outcome != ChairOutcome::Proposal
            && !matches!(a.edit, EditSpec::Delete { .. })
            && !recorded
            && self.had_support(&a)
        {
            self.floor.summary.push(SummaryEntry {
                amendment: a.id,
                proposer: a.proposer,
                card: a.card.clone(),
                edit: a.edit.clone(),
            });
            self.journal
                .events
                .push(Event::MovedToSummary { amendment: a.id });
            self.track_objectives();
        }
    }

    /// Co-sponsors, or supporters holding a fifth of the room's influence.
    fn had_support(&self, a: &Amendment) -> bool {
        if !a.cosponsors.is_empty() {
            return true;
        }
        let total: f32 = self.model.delegations.iter().map(|d| d.influence).sum();
        let support: f32 = a
            .stances
            .iter()
            .filter(|r| r.1 == crate::preferences::Stance::Support)
            .map(|r| self.model.delegations[r.0.index()].influence)
            .sum();
        support >= 0.2 * total
    }
}

/// The Chair's own wording (a compromise or agreed language) put in place of an amendment's:
/// it replaces the clause the amendment touched, or is inserted where it would have been.
/// A move has no wording to replace.
pub fn reword(edit: &EditSpec, text: &str, tags: &[String]) -> Option<EditSpec> {
    match edit {
        EditSpec::Replace { clause, .. } | EditSpec::Delete { clause } => Some(EditSpec::Replace {
            clause: clause.clone(),
            text: text.into(),
            tags: tags.to_vec(),
        }),
        EditSpec::Insert {
            paragraph, after, ..
        } => Some(EditSpec::Insert {
            paragraph: paragraph.clone(),
            after: after.clone(),
            text: text.into(),
            tags: tags.to_vec(),
        }),
        EditSpec::NewParagraph {
            section, id, after, ..
        } => Some(EditSpec::NewParagraph {
            section: section.clone(),
            id: id.clone(),
            after: after.clone(),
            text: text.into(),
            tags: tags.to_vec(),
        }),
        EditSpec::Move { .. } => None,
    }
}
