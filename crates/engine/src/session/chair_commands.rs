//! A Chair played from outside does at its revision what the engine's Chair does on its own:
//! cuts a clause nobody moved to delete, restores zero-draft wording, and issues the revision
//! once every bracket is ruled on.

use super::{ActionError, Session, Stage};
use crate::document::{ClauseFacts, EditEffect};
use crate::ids::BlocId;
use crate::ids::ClauseId;
use crate::log::ChairReason;
use crate::model::SectionId;
use crate::scenario::EditSpec;
use crate::seat::Command;

impl Session {
    pub(super) fn chair_command(&mut self, command: &Command) -> Result<(), ActionError> {
        if self.turns.stage != Stage::Ruling || !self.control.chair.is_external() {
            return Err(ActionError::NotRuling);
        }
        match command {
            Command::Cut { clause } => {
                let (s, p, c) = self
                    .text
                    .doc
                    .find_clause(clause)
                    .ok_or_else(|| crate::document::EditError::NoClause(clause.clone()))?;
                let found = &self.text.doc.sections[s].paragraphs[p].clauses[c];
                let effect = EditEffect {
                    removed: vec![ClauseFacts {
                        clause: found.id.clone(),
                        section: SectionId::at(s),
                        tags: found.tags.clone(),
                    }],
                    added: Vec::new(),
                };
                let states = self.member_states();
                let opposed = self.opposed_to(&effect, &states);
                let edit = EditSpec::Delete {
                    clause: clause.clone(),
                };
                self.chair_edit(edit, &effect, ChairReason::Contested, opposed);
            }
            Command::Restore { clause } => {
                let Some((_, m)) = self
                    .restorations()
                    .into_iter()
                    .find(|(id, _)| **id == **clause)
                else {
                    return Err(ActionError::NothingToRestore(clause.clone()));
                };
                let states = self.member_states();
                // Whom it gives back to: those who valued what the room took out.
                let answers = states
                    .into_iter()
                    .filter(|&d| {
                        crate::preferences::delta(&self.model, &self.mood.salience, d, &m.effect)
                            > 0.0
                    })
                    .collect();
                self.chair_edit(m.edit, &m.effect, ChairReason::Package, answers);
            }
            Command::IssueRevision => {
                self.lapse_stale_brackets();
                if !self.floor.brackets.is_empty() {
                    return Err(ActionError::BracketsLeft);
                }
                self.adoption.revision_called = true;
            }
            _ => return Err(ActionError::NotRuling),
        }
        Ok(())
    }

    /// Whether a Chair played from outside is answering a block (its revision calls the vote
    /// again).
    pub fn answering_block(&self) -> bool {
        self.adoption.after_block
    }

    /// The zero-draft clauses (by id) a Chair played from outside could restore now.
    pub fn restorable(&self) -> Vec<ClauseId> {
        self.restorations().into_iter().map(|(id, _)| id).collect()
    }
}

impl Session {
    /// The score of a Chair played from outside: consensus reached, text retained, and
    /// balance (no bloc systematically overruled).
    pub(super) fn score_chair(&mut self, adopted: bool, positions: &[crate::log::Position]) {
        use crate::log::{ChairScore, Event, Position};
        let states = self.member_states();
        let dissociated = states
            .iter()
            .filter(|&&d| matches!(positions.get(d.index()), Some(Position::Dissociate(_))))
            .count();
        let consensus = if adopted {
            100.0 * (1.0 - dissociated as f32 / states.len().max(1) as f32)
        } else {
            0.0
        };
        let zero = &self.text.revisions[0].document;
        let drafted: Vec<&str> = zero.paragraphs().map(|(_, p)| p.id.as_str()).collect();
        let kept = drafted
            .iter()
            .filter(|p| {
                self.text
                    .doc
                    .find_paragraph(p)
                    .is_some_and(|(s, i)| !self.text.doc.sections[s].paragraphs[i].is_deleted())
            })
            .count();
        let retained = 100.0 * kept as f32 / drafted.len().max(1) as f32;
        let mut rulings = 0usize;
        let mut overruled = vec![0usize; self.model.blocs.len()];
        for e in &self.journal.events {
            if let Event::ChairDecision { objections, .. } = e {
                rulings += 1;
                let mut blocs: Vec<BlocId> = objections
                    .iter()
                    .map(|&d| self.model.delegations[d.index()].bloc)
                    .collect();
                blocs.sort_unstable();
                blocs.dedup();
                for b in blocs {
                    overruled[b.index()] += 1;
                }
            }
        }
        let worst = overruled.iter().copied().max().unwrap_or(0);
        let balance = 100.0 * (1.0 - worst as f32 / rulings.max(1) as f32);
        let total = 0.5 * consensus + 0.25 * retained + 0.25 * balance;
        self.journal.events.push(Event::ChairScored {
            score: ChairScore {
                consensus,
                retained,
                balance,
                total,
            },
        });
    }
}
