//! The final text rebuilt from a game's recorded events alone, without replaying the rules
//! that made them: how a record from an earlier version, whose rules have since changed, is
//! still exported as it was played.

use std::collections::BTreeMap;

use crate::document::Document;
use crate::ids::CardId;
use crate::log::{AmendmentId, ChairOutcome, Event};
use crate::model::{DelegationId, Model};
use crate::scenario::EditSpec;
use crate::session::{DraftInSummary, SummaryEntry, reword};

/// What the events say the game ended with.
#[derive(Debug, Clone, PartialEq)]
pub struct Rebuilt {
    pub zero: Document,
    pub document: Document,
    pub summary: Vec<SummaryEntry>,
    pub draft_summary: Vec<DraftInSummary>,
    /// `Some(true)` adopted, `Some(false)` failed, `None` still in progress.
    pub adopted: Option<bool>,
    pub rounds: u32,
}

/// Applies the recorded events' edits to the zero draft in order. An edit the text no longer
/// takes is skipped, as the engine itself records a lapse.
pub fn rebuild(model: &Model, events: &[Event]) -> Rebuilt {
    let zero = Document::zero_draft(model);
    let mut doc = zero.clone();
    let mut tabled: BTreeMap<AmendmentId, (DelegationId, Option<CardId>, EditSpec)> =
        BTreeMap::new();
    let mut summary: Vec<SummaryEntry> = Vec::new();
    let mut draft_summary: Vec<DraftInSummary> = Vec::new();
    // Applies an edit as the session does: wording put back leaves the Chair's summary.
    let apply = |doc: &mut Document, edit: &EditSpec, draft_summary: &mut Vec<DraftInSummary>| {
        let touched = doc.footprint(edit).ok();
        let applied = doc.apply(model, edit).is_ok();
        if let (true, Some(paragraph)) = (applied, touched) {
            draft_summary.retain(|e| !e.restored_by(edit, &paragraph));
        }
        applied
    };
    let mut adopted = None;
    let mut rounds = 0;
    let chair = &model.scenario.chair;
    for e in events {
        match e {
            Event::Tabled {
                amendment,
                proposer,
                card,
                edit,
            } => {
                tabled.insert(*amendment, (*proposer, card.clone(), edit.clone()));
            }
            Event::AmendmentAdopted { amendment } => {
                if let Some((_, _, edit)) = tabled.get(amendment)
                    && apply(&mut doc, edit, &mut draft_summary)
                {
                    summary.retain(|s| &s.edit != edit);
                }
            }
            Event::ChairDecision {
                amendment, outcome, ..
            } => {
                let Some((_, _, edit)) = tabled.get(amendment) else {
                    continue;
                };
                let chosen = match outcome {
                    ChairOutcome::Proposal => Some(edit.clone()),
                    ChairOutcome::Kept => None,
                    ChairOutcome::Compromise(id) => chair
                        .compromises
                        .iter()
                        .find(|c| &c.id == id)
                        .and_then(|c| reword(edit, &c.text, &c.tags)),
                    ChairOutcome::AgreedLanguage(id) => chair
                        .agreed_language
                        .iter()
                        .find(|l| &l.id == id)
                        .and_then(|l| reword(edit, &l.text, &l.tags)),
                    ChairOutcome::FriendsWording { card, .. } => model
                        .scenario
                        .cards
                        .iter()
                        .find(|c| c.id == **card)
                        .map(|c| c.edit.clone()),
                    ChairOutcome::Deleted => match edit {
                        EditSpec::Replace { clause, .. } => Some(EditSpec::Delete {
                            clause: clause.clone(),
                        }),
                        _ => None,
                    },
                };
                if let Some(chosen) = chosen {
                    apply(&mut doc, &chosen, &mut draft_summary);
                }
                if *outcome == ChairOutcome::Proposal {
                    summary.retain(|s| &s.edit != edit);
                }
            }
            Event::MovedToSummary { amendment } => {
                if let Some((proposer, card, edit)) = tabled.get(amendment) {
                    summary.push(SummaryEntry {
                        amendment: *amendment,
                        proposer: *proposer,
                        card: card.clone(),
                        edit: edit.clone(),
                    });
                }
            }
            Event::Stripped { clause, .. } => {
                let cut = EditSpec::Delete {
                    clause: clause.clone(),
                };
                apply(&mut doc, &cut, &mut draft_summary);
            }
            Event::ChairEdited { edit, .. } => {
                apply(&mut doc, edit, &mut draft_summary);
            }
            Event::DraftToSummary { entry } => draft_summary.push(entry.clone()),
            Event::RoundEnded { .. } => rounds += 1,
            Event::ReportAdopted => adopted = Some(true),
            Event::ReportFailed => adopted = Some(false),
            _ => {}
        }
    }
    Rebuilt {
        zero,
        document: doc,
        summary,
        draft_summary,
        adopted,
        rounds,
    }
}
