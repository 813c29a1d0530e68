//! Zero-draft wording in the Chair's summary. When the Chair takes wording of its own draft
//! out of the text although members valued it, the views it carried go, as in practice, to
//! the summary the Chair issues under its own responsibility, with the members that
//! supported it. Putting the same wording back into the text takes it out of the summary.

use serde::{Deserialize, Serialize};

use super::Session;
use crate::document::EditEffect;
use crate::ids::ClauseId;
use crate::ids::ParagraphId;
use crate::log::Event;
use crate::model::DelegationId;
use crate::preferences::clause_utility;
use crate::scenario::EditSpec;

/// Wording of the zero draft that the Chair cut although members had supported it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftInSummary {
    /// The paragraph it stood in.
    pub paragraph: ParagraphId,
    pub clause: ClauseId,
    pub text: String,
    /// Member states that valued it beyond what they tolerate losing.
    pub supporters: Vec<DelegationId>,
}

impl DraftInSummary {
    /// Whether the edit, which touches `paragraph`, puts this wording back where it stood.
    pub fn restored_by(&self, edit: &EditSpec, paragraph: &str) -> bool {
        *paragraph == *self.paragraph
            && match edit {
                EditSpec::Insert { text, .. }
                | EditSpec::Replace { text, .. }
                | EditSpec::NewParagraph { text, .. } => text.trim() == self.text,
                EditSpec::Delete { .. } | EditSpec::Move { .. } => false,
            }
    }
}

impl Session {
    /// The zero-draft wording a cut by the Chair would take out of the text and that some
    /// member state supported: read before the cut is made.
    pub(super) fn draft_cut_by(&self, effect: &EditEffect, paragraph: &str) -> Vec<DraftInSummary> {
        if !effect.added.is_empty() {
            return Vec::new();
        }
        // Only the draft's own wording (restored wording included, whatever its new id): an
        // amendment's text has its proposer's entry.
        let zero = &self.text.revisions[0].document;
        let Some((s, p)) = zero.find_paragraph(paragraph) else {
            return Vec::new();
        };
        let drafted = &zero.sections[s].paragraphs[p].clauses;
        let wording: Vec<_> = effect
            .removed
            .iter()
            .filter_map(|c| {
                let now = self.text.doc.clause(&c.clause)?;
                drafted
                    .iter()
                    .any(|d| d.text == now.text)
                    .then_some((c, now))
            })
            .collect();
        if wording.is_empty() {
            return Vec::new();
        }
        let model = &*self.model;
        let states = self.member_states();
        let opening = self.tolerances_at(&states, 0.0);
        wording
            .into_iter()
            .filter_map(|(c, now)| {
                let supporters: Vec<DelegationId> = states
                    .iter()
                    .zip(&opening)
                    .filter(|&(&d, &tolerance)| {
                        clause_utility(model, &self.mood.salience, d, c.section, &c.tags)
                            > tolerance.max(0.05)
                    })
                    .map(|(&d, _)| d)
                    .collect();
                (!supporters.is_empty()).then(|| DraftInSummary {
                    paragraph: ParagraphId::from(paragraph),
                    clause: c.clause.clone(),
                    text: now.text.clone(),
                    supporters,
                })
            })
            .collect()
    }

    /// Records cut draft wording in the Chair's summary, once the cut is made and the
    /// objectives it decided are credited to it.
    pub(super) fn move_to_summary(&mut self, entries: Vec<DraftInSummary>) {
        let mut moved = false;
        for entry in entries {
            if self
                .floor
                .draft_summary
                .iter()
                .any(|e| e.paragraph == entry.paragraph && e.text == entry.text)
            {
                continue;
            }
            self.floor.draft_summary.push(entry.clone());
            self.journal.events.push(Event::DraftToSummary { entry });
            moved = true;
        }
        if moved {
            self.track_objectives();
        }
    }
}
