//! Adoption by consensus: every delegation joins, joins and dissociates, or blocks; after a
//! block the Chair strips the offending text or restores what the blockers lost, and tries
//! again while attempts remain (`package.rs`). Then the
//! delegations are scored on objectives, consensus and relationships.

use super::floor::EMPTY_THREAT_COST;
use super::objectives::objective;
use super::{Outcome, Session, Stage};
use crate::ids::BlocId;
use crate::log::{
    AmendmentId, ChairOutcome, Event, ObjectiveResult, Position, Score, counted_weight, credit,
};
use crate::model::{DelegationId, SectionId};
use crate::preferences::{Reason, clause_reasons, clause_utility};

/// The vote on the report: how many times it has been called, where a Chair played from
/// outside stands in its revision, and how the session ended.
#[derive(Debug, Clone, Default)]
pub(super) struct Adoption {
    pub attempt: u32,
    /// A Chair played from outside has ruled on everything and issued its revision.
    pub revision_called: bool,
    /// A Chair played from outside is answering a block: its revision calls the vote again.
    pub after_block: bool,
    pub outcome: Option<Outcome>,
}

/// Change in the room's regard (mean trust, −1..1) that moves relationship points from 50 to
/// 100 (or to 0).
const RELATIONSHIP_SCALE: f32 = 0.1;

impl Session {
    pub(super) fn call_adoption(&mut self) {
        self.adoption.attempt += 1;
        self.journal.events.push(Event::AdoptionCalled {
            attempt: self.adoption.attempt,
        });
        self.turns.stage = Stage::Adoption;
        self.conduct.positions.fill(None);
    }

    /// The position an AI delegation takes on the text as it stands, with its reasons.
    pub fn ai_position(&self, d: DelegationId) -> (Position, Vec<Reason>) {
        // A promise made in the corridor to join is kept (unless the partner broke first).
        if self.promised_to_join(d) {
            return (Position::Join, Vec::new());
        }
        let model = &*self.model;
        let info = &model.delegations[d.index()];
        let violations = self.text.presence.violations(model, d);
        let mut reasons: Vec<Reason> = violations
            .iter()
            .map(|&(tag, section)| Reason::RedLine {
                tag,
                section,
                crossed: true,
            })
            .collect();
        if info.may_block() && (!violations.is_empty() || self.satisfaction(d) < info.reservation) {
            // Explain with what costs the most: text present that it dislikes, and text of the
            // zero draft it valued that the room has taken out.
            let mut costs: Vec<(f32, Vec<Reason>)> = self
                .text
                .doc
                .clauses()
                .map(|(s, _, c)| {
                    (
                        clause_utility(model, &self.mood.salience, d, s, &c.tags),
                        clause_reasons(model, &self.mood.salience, d, s, c),
                    )
                })
                .filter(|(u, _)| *u < 0.0)
                .collect();
            for (s, _, c) in self.text.revisions[0].document.clauses() {
                let still_there = self
                    .text
                    .doc
                    .clause(&c.id)
                    .is_some_and(|now| now.text == c.text);
                let u = clause_utility(model, &self.mood.salience, d, s, &c.tags);
                if still_there || u <= 0.0 {
                    continue;
                }
                let lost = crate::document::EditEffect {
                    removed: vec![crate::document::ClauseFacts {
                        clause: c.id.clone(),
                        section: s,
                        tags: c.tags.clone(),
                    }],
                    added: Vec::new(),
                };
                costs.push((
                    -u,
                    crate::preferences::rule_reasons(model, &self.mood.salience, d, &lost, 0),
                ));
            }
            costs.sort_by(|a, b| a.0.total_cmp(&b.0));
            reasons.extend(costs.into_iter().take(3).flat_map(|(_, r)| r));
            return (Position::Block, reasons);
        }
        // What a delegation dissociates from is a matter of principle, read from its rules:
        // the tolerance at the deadline, without this game's resolve (which varies how soon and
        // how far it concedes, never what it cannot put its name to).
        let limit =
            -crate::preferences::tolerance_with(model, model.blocs[info.bloc.index()].tactic, 1.0);
        let mut dissociate = Vec::new();
        for (s, sec) in self.text.doc.sections.iter().enumerate() {
            for p in sec.paragraphs.iter().filter(|p| !p.is_deleted()) {
                let u: f32 = p
                    .clauses
                    .iter()
                    .map(|c| {
                        clause_utility(model, &self.mood.salience, d, SectionId::at(s), &c.tags)
                    })
                    .sum();
                if u < limit {
                    dissociate.push(p.id.clone());
                    for c in &p.clauses {
                        reasons.extend(clause_reasons(
                            model,
                            &self.mood.salience,
                            d,
                            SectionId::at(s),
                            c,
                        ));
                    }
                }
            }
        }
        if dissociate.is_empty() {
            (Position::Join, reasons)
        } else {
            (Position::Dissociate(dissociate), reasons)
        }
    }

    pub(super) fn resolve_adoption(&mut self) {
        let n = self.n();
        let mut positions = Vec::with_capacity(n);
        for d in (0..n).map(DelegationId::at) {
            let (position, reasons) = match &self.conduct.positions[d] {
                Some(p) if self.is_human(d) => (p.clone(), Vec::new()),
                _ if self.is_human(d) => (Position::Join, Vec::new()),
                _ => self.ai_position(d),
            };
            self.journal.events.push(Event::PositionTaken {
                delegation: d,
                position: position.clone(),
                reasons,
            });
            positions.push(position);
        }
        self.note_positions(&positions);
        let blockers: Vec<DelegationId> = (0..n)
            .map(DelegationId::at)
            .filter(|&d| {
                positions[d.index()] == Position::Block
                    && self.model.delegations[d.index()].may_block()
            })
            .collect();
        for &b in &blockers {
            self.trust.room_regards(b, -0.2);
        }
        self.call_empty_threats(&positions);
        let attempts_left =
            self.adoption.attempt < self.model.scenario.schedule.adoption_attempts + 1;
        if blockers.is_empty() {
            self.journal.events.push(Event::ReportAdopted);
            self.finish(true, positions);
        } else if attempts_left && self.control.chair.is_external() {
            // A Chair played from outside decides itself what to cut or give back, then calls
            // the vote again (its IssueRevision).
            self.adoption.after_block = true;
            self.turns.stage = Stage::Ruling;
        } else if attempts_left && self.win_back(&blockers) {
            self.call_adoption();
        } else {
            self.journal.events.push(Event::ReportFailed);
            self.finish(false, positions);
        }
    }

    /// Delegations that threatened to block over amendments the Chair took into the text,
    /// and now do not block, lose the room's trust and the Chair's belief in their threats.
    fn call_empty_threats(&mut self, positions: &[Position]) {
        let mut taken: Vec<AmendmentId> = Vec::new();
        let mut threatened: Vec<(AmendmentId, DelegationId)> = Vec::new();
        for e in &self.journal.events {
            match e {
                Event::Threatened {
                    amendment,
                    delegation,
                    ..
                } => threatened.push((*amendment, *delegation)),
                Event::ChairDecision {
                    amendment,
                    outcome: ChairOutcome::Proposal,
                    ..
                } => taken.push(*amendment),
                _ => {}
            }
        }
        for d in self.model.delegation_ids() {
            if positions[d.index()] == Position::Block || self.conduct.empty_threat[d] {
                continue;
            }
            let amendments: Vec<AmendmentId> = threatened
                .iter()
                .filter(|(a, who)| *who == d && taken.contains(a))
                .map(|t| t.0)
                .collect();
            if !amendments.is_empty() {
                self.conduct.empty_threat[d] = true;
                self.trust.room_regards(d, -EMPTY_THREAT_COST);
                self.journal.events.push(Event::EmptyThreat {
                    delegation: d,
                    amendments,
                });
            }
        }
    }

    /// The facilitator ends the session before its vote: every objective is judged on the text
    /// as it stands, nobody earns consensus points, and the outcome says it ended early.
    pub(super) fn end_early(&mut self) {
        self.journal.events.push(Event::EndedEarly);
        let positions = vec![Position::Join; self.n()];
        self.finish(false, positions);
        if let Some(o) = &mut self.adoption.outcome {
            o.ended_early = true;
        }
    }

    fn finish(&mut self, adopted: bool, positions: Vec<Position>) {
        if self.control.chair.is_external() {
            self.score_chair(adopted, &positions);
        }
        self.adoption.outcome = Some(Outcome {
            adopted,
            ended_early: false,
            positions,
            rounds: self.clock.rounds_played,
        });
        self.turns.stage = Stage::Finished;
        self.track_objectives();
        let model = self.model.clone();
        let blocs: Vec<BlocId> = model.delegations.iter().map(|d| d.bloc).collect();
        let opening = super::Trust::new(&blocs);
        for d in self.model.delegation_ids() {
            let objectives: Vec<ObjectiveResult> = self
                .objective_states(d)
                .map(|s| {
                    let o = objective(&model, d, s.index);
                    ObjectiveResult {
                        id: o.id.clone(),
                        met: s.met,
                        weight: o.weight as f32,
                        held_by_draft: s.held_by_draft,
                        worked: s.worked,
                        about_text: o.condition.reads_text(),
                        decided_at: s.decided_at,
                    }
                })
                .collect();
            let counted = |o: &ObjectiveResult| counted_weight(o.weight, o.held_by_draft);
            let total: f32 = objectives.iter().map(counted).sum();
            // Adding 0.0 turns the -0.0 of an empty float sum into 0.0.
            let met: f32 = objectives
                .iter()
                .filter(|o| o.met)
                .map(|o| credit(counted(o), o.worked, o.about_text))
                .sum::<f32>()
                + 0.0;
            let outcome = self.adoption.outcome.as_ref().expect("set above");
            let consensus_points = match (&outcome.positions[d.index()], adopted) {
                (Position::Join, true) => 100.0,
                (Position::Dissociate(_), true) => 70.0,
                _ => 0.0,
            };
            let objective_points = if total > 0.0 {
                100.0 * met / total
            } else {
                consensus_points
            };
            // Relationships built: the change in the room's regard since the opening.
            let gained = self.standing(d) - opening.standing(d);
            let relationship_points = (50.0 + 50.0 * gained / RELATIONSHIP_SCALE).clamp(0.0, 100.0);
            let total =
                0.6 * objective_points + 0.25 * consensus_points + 0.15 * relationship_points;
            self.journal.events.push(Event::Scored {
                delegation: d,
                score: Score {
                    objectives,
                    objective_points,
                    consensus_points,
                    relationship_points,
                    total,
                },
            });
        }
    }
}
