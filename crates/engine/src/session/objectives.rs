//! Objectives and conditions: whether a condition holds on the text and outcome now, and for
//! each delegation's objectives whether each is met and which event last decided it.

use super::Session;
use crate::log::Position;
use std::sync::Arc;

use crate::model::{DelegationId, Model, TagId};
use crate::scenario::{Condition, Objective};

/// One objective's live state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ObjectiveState {
    pub delegation: DelegationId,
    /// Index in the delegation's objectives.
    pub index: usize,
    pub met: bool,
    /// The zero draft, adopted as drafted, already meets it: keeping it counts half.
    pub held_by_draft: bool,
    /// The delegation worked for it on the floor (see `Session::note_work`).
    pub worked: bool,
    /// The event that last changed `met`.
    pub decided_at: Option<usize>,
}

/// Everything a condition reads, summed up: the text's version, the Chair's summary (which
/// only shrinks when the text changes) and whether the game is over.
pub(super) type Inputs = (u64, usize, usize, bool);

/// The `k`th objective of delegation `d`.
pub(crate) fn objective(model: &Model, d: DelegationId, k: usize) -> &Objective {
    &model.delegations[d.index()].objectives[k]
}

/// Every delegation's objectives, and what they were last read against.
#[derive(Debug, Clone)]
pub(super) struct Objectives {
    pub states: Vec<ObjectiveState>,
    /// What the objectives last read (see `track_objectives`).
    pub read: Option<Inputs>,
    /// Where each delegation's objectives start in `states`, which groups them by delegation,
    /// and where the last ends.
    starts: Arc<[usize]>,
    /// The ideas each objective reads, when ideas are all it reads (`Condition::tags_read`),
    /// resolved once: every floor move asks which objectives it may touch.
    ideas: Arc<[Option<Vec<TagId>>]>,
}

impl Objectives {
    pub fn new(model: &Model) -> Objectives {
        let states = initial(model);
        let mut starts = vec![0];
        for info in &model.delegations {
            starts.push(starts.last().copied().unwrap_or(0) + info.objectives.len());
        }
        let ideas = states
            .iter()
            .map(|o| {
                objective(model, o.delegation, o.index)
                    .condition
                    .tags_read()
                    .map(|tags| tags.into_iter().filter_map(|t| model.tag(t)).collect())
            })
            .collect();
        Objectives {
            states,
            read: None,
            starts: starts.into(),
            ideas,
        }
    }

    /// The indices in `states` of delegation `d`'s objectives.
    fn of(&self, d: DelegationId) -> std::ops::Range<usize> {
        self.starts[d.index()]..self.starts[d.index() + 1]
    }
}

fn initial(model: &Model) -> Vec<ObjectiveState> {
    let held = met_by_draft(model);
    model
        .delegations
        .iter()
        .enumerate()
        .flat_map(|(d, info)| {
            (0..info.objectives.len()).map(move |index| (DelegationId::at(d), index))
        })
        .zip(held)
        .map(|((delegation, index), held_by_draft)| ObjectiveState {
            delegation,
            index,
            met: false,
            held_by_draft,
            worked: false,
            decided_at: None,
        })
        .collect()
}

impl Session {
    /// Whether a condition holds now (objectives and the historical record use this).
    pub fn holds(&self, c: &Condition) -> bool {
        self.holds_with(c, &self.text.doc, &self.text.presence)
    }

    /// Whether a condition would hold with this text (for what an edit would do); the
    /// outcome and positions are the session's.
    pub(super) fn holds_with(
        &self,
        c: &Condition,
        doc: &crate::document::Document,
        presence: &crate::preferences::Presence,
    ) -> bool {
        let facts = Facts {
            model: &self.model,
            doc,
            presence,
            outcome: self.adoption.outcome.as_ref(),
            summary: &self.floor.summary,
            draft_summary: &self.floor.draft_summary,
        };
        facts.holds(c)
    }

    /// Whether a historical outcome holds of this game: conditions on the text are judged on
    /// the adopted report, so a report that failed fails them. A lesson the facilitator ended
    /// before its vote is judged on the text as it stands, as its objectives are.
    pub fn holds_in_report(&self, c: &Condition) -> bool {
        let on_text = self
            .adoption
            .outcome
            .as_ref()
            .is_some_and(|o| o.adopted || o.ended_early);
        self.holds_judged(c, on_text)
    }

    fn holds_judged(&self, c: &Condition, adopted: bool) -> bool {
        match c {
            Condition::All(cs) => cs.iter().all(|c| self.holds_judged(c, adopted)),
            Condition::Any(cs) => cs.iter().any(|c| self.holds_judged(c, adopted)),
            Condition::Not(inner) if inner.reads_text() && !adopted => false,
            c if c.reads_text() && !adopted => false,
            c => self.holds(c),
        }
    }

    /// Re-evaluates every objective and remembers the event that last changed each.
    pub(super) fn track_objectives(&mut self) {
        let inputs = (
            self.text.version,
            self.floor.summary.len(),
            self.floor.draft_summary.len(),
            self.adoption.outcome.is_some(),
        );
        // Nothing a condition reads has changed since the last look: nor has any objective.
        if self.objectives.read == Some(inputs) {
            return;
        }
        self.objectives.read = Some(inputs);
        let model = self.model.clone();
        let last = self.journal.events.len().checked_sub(1);
        for i in 0..self.objectives.states.len() {
            let o = self.objectives.states[i];
            let now = self.holds(&objective(&model, o.delegation, o.index).condition);
            if now != o.met {
                self.objectives.states[i].met = now;
                self.objectives.states[i].decided_at = last;
            }
        }
    }

    /// Marks the objectives of each of `who` that its floor move works for: supporting an
    /// edit that would meet one the text misses now, or opposing an edit that would lose one
    /// it meets now. `effect` is the edit's effect on the text, when the caller has it. Every
    /// floor move of every seat comes here (a tabling with all its co-sponsors at once), so
    /// it reads only the objectives the edit may touch.
    pub(super) fn note_work(
        &mut self,
        who: &[DelegationId],
        edit: &crate::scenario::EditSpec,
        effect: Option<&crate::document::EditEffect>,
        supports: bool,
    ) {
        // Supporting works only for objectives the text misses now, opposing only for those
        // it meets now: read that first, as it is cheaper than the edit's effect.
        let candidates: Vec<usize> = who
            .iter()
            .flat_map(|&d| self.objectives.of(d))
            .filter(|&i| {
                let o = &self.objectives.states[i];
                !o.worked && {
                    let c = &objective(&self.model, o.delegation, o.index).condition;
                    c.reads_text() && self.holds(c) != supports
                }
            })
            .collect();
        if candidates.is_empty() {
            return;
        }
        let model = self.model.clone();
        let computed;
        let effect = match effect {
            Some(e) => e,
            None => match self.text.doc.effect(&model, edit) {
                Ok(e) => {
                    computed = e;
                    &computed
                }
                Err(_) => return,
            },
        };
        // An objective that reads ideas alone (on the vote alone: none) changes only if the
        // edit adds or removes one of them.
        let touched = |tags: &[TagId]| {
            effect
                .added
                .iter()
                .chain(&effect.removed)
                .any(|c| c.tags.iter().any(|t| tags.contains(t)))
        };
        let ideas = self.objectives.ideas.clone();
        let open: Vec<usize> = candidates
            .into_iter()
            .filter(|&i| ideas[i].as_deref().is_none_or(touched))
            .collect();
        if open.is_empty() {
            return;
        }
        // The text after the edit is needed only for conditions on paragraphs or sections;
        // ideas are read from the presence counts, moved by the edit and back.
        let mut edited = None;
        if open.iter().any(|&i| ideas[i].is_none()) {
            let mut doc = self.text.doc.clone();
            if doc.apply(&model, edit).is_err() {
                return;
            }
            edited = Some(doc);
        }
        let condition = |i: usize| {
            let o = &self.objectives.states[i];
            &objective(&model, o.delegation, o.index).condition
        };
        self.text.presence.apply(effect);
        let doc = edited.as_ref().unwrap_or(&self.text.doc);
        let after: Vec<bool> = open
            .iter()
            .map(|&i| self.holds_with(condition(i), doc, &self.text.presence))
            .collect();
        self.text.presence.unapply(effect);
        // Each of `open` holds now exactly when the move opposes the edit.
        for (k, &i) in open.iter().enumerate() {
            if after[k] == supports {
                self.objectives.states[i].worked = true;
            }
        }
    }

    /// The live state of a delegation's objectives.
    pub fn objective_states(&self, d: DelegationId) -> impl Iterator<Item = &ObjectiveState> {
        self.objectives
            .states
            .iter()
            .filter(move |o| o.delegation == d)
    }
}

/// What a condition reads: a text, and the session's outcome and summaries so far.
struct Facts<'a> {
    model: &'a Model,
    doc: &'a crate::document::Document,
    presence: &'a crate::preferences::Presence,
    outcome: Option<&'a super::Outcome>,
    summary: &'a [super::floor::SummaryEntry],
    draft_summary: &'a [super::DraftInSummary],
}

impl Facts<'_> {
    fn holds(&self, c: &Condition) -> bool {
        match c {
            Condition::Includes { tag, section } | Condition::Excludes { tag, section } => {
                let present = match (
                    self.model.tag(tag),
                    section.as_deref().map(|s| self.model.section(s)),
                ) {
                    (Some(t), None) => self.presence.count(t, None) > 0,
                    (Some(t), Some(Some(s))) => self.presence.count(t, Some(s)) > 0,
                    _ => false,
                };
                present == matches!(c, Condition::Includes { .. })
            }
            Condition::ParagraphKept(p) => self
                .doc
                .find_paragraph(p)
                .is_some_and(|(s, i)| !self.doc.sections[s].paragraphs[i].is_deleted()),
            Condition::ParagraphDeleted(p) => self
                .doc
                .find_paragraph(p)
                .is_none_or(|(s, i)| self.doc.sections[s].paragraphs[i].is_deleted()),
            Condition::ParagraphIn { paragraph, section } => {
                self.doc.find_paragraph(paragraph).is_some_and(|(s, i)| {
                    &self.doc.sections[s].id == section
                        && !self.doc.sections[s].paragraphs[i].is_deleted()
                })
            }
            Condition::Adopted => self.outcome.is_some_and(|o| o.adopted),
            Condition::NotAdopted => self.outcome.is_some_and(|o| !o.adopted),
            Condition::Dissociated(d) => match (self.model.delegation(d), self.outcome) {
                (Some(d), Some(o)) => {
                    matches!(o.positions.get(d.index()), Some(Position::Dissociate(_)))
                }
                _ => false,
            },
            Condition::InChairSummary(card) => self
                .summary
                .iter()
                .any(|e| e.card.as_deref() == Some(card.as_str())),
            Condition::ParagraphInChairSummary(p) => {
                self.draft_summary.iter().any(|e| &e.paragraph == p)
            }
            Condition::All(cs) => cs.iter().all(|c| self.holds(c)),
            Condition::Any(cs) => cs.iter().any(|c| self.holds(c)),
            Condition::Not(c) => !self.holds(c),
            Condition::Joined(d) => self.position_of(d).is_some_and(|p| *p == Position::Join),
            Condition::DissociatedFrom {
                delegation,
                paragraphs,
            } => match self.position_of(delegation) {
                Some(Position::Dissociate(from)) => paragraphs.iter().all(|p| from.contains(p)),
                _ => false,
            },
            Condition::SectionOrder(sections) => {
                let mut at = 0;
                sections.iter().all(|id| {
                    match self.doc.sections[at..].iter().position(|s| &s.id == id) {
                        Some(k) => {
                            at += k + 1;
                            true
                        }
                        None => false,
                    }
                })
            }
        }
    }

    /// A delegation's position at the end, once the session is over.
    fn position_of(&self, id: &str) -> Option<&Position> {
        let d = self.model.delegation(id)?;
        self.outcome?.positions.get(d.index())
    }
}

/// Whether each objective (in `Objectives::states` order) is already met by the zero draft
/// adopted as drafted, every delegation joining: what the room hands a delegation that does
/// nothing, so keeping it weighs less than winning text the draft lacked.
fn met_by_draft(model: &Model) -> Vec<bool> {
    let doc = crate::document::Document::zero_draft(model);
    let presence = crate::preferences::Presence::of(model, &doc);
    let outcome = super::Outcome {
        adopted: true,
        ended_early: false,
        positions: vec![Position::Join; model.delegations.len()],
        rounds: 0,
    };
    let facts = Facts {
        model,
        doc: &doc,
        presence: &presence,
        outcome: Some(&outcome),
        summary: &[],
        draft_summary: &[],
    };
    model
        .delegations
        .iter()
        .flat_map(|info| info.objectives.iter().map(|o| facts.holds(&o.condition)))
        .collect()
}
