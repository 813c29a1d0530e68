//! The Chair's picture of the whole package. Nothing is agreed until everything is agreed:
//! before issuing a revision the Chair predicts whether each member state could join the text
//! as a whole, and gives back (restores earlier wording, drops what hurts) to whoever would
//! block; as the deadline nears it cuts clauses some oppose and all can do without; after a
//! block it may restore as well as cut.

use super::Session;
use super::weigh::DETERMINED;
use crate::document::{ClauseFacts, EditEffect};
use crate::ids::ClauseId;
use crate::ids::ParagraphId;
use crate::log::{ChairReason, Event};
use crate::model::DelegationId;
use crate::preferences::{clause_utility, delta, red_line_changes};
use crate::scenario::{EditSpec, Persona, clause_id};

/// The most changes the Chair makes to one revision to keep the package together.
const MAX_PACKAGE_MOVES: usize = 8;
/// What repairing a would-be blocker's red line is worth, against utility.
const RED_LINE_REPAIR: f32 = 10.0;
/// Beyond its shortfall, how much more the Chair gives a member at risk.
const MARGIN: f32 = 0.5;
/// A move doing this share of the best one's good is nearly as good.
const NEARLY: f32 = 0.8;
/// The most one member's feeling about a clause counts (in multiples of its tolerance).
const MAX_FEELING: f32 = 3.0;

/// A change the Chair may make to the text on its own initiative.
pub(super) struct Move {
    pub(super) edit: EditSpec,
    pub(super) paragraph: ParagraphId,
    pub(super) effect: EditEffect,
}

impl Session {
    /// Whether member state `d` would block the text as it stands: a red line crossed, or
    /// the text below what it can accept.
    pub(super) fn would_block(&self, d: DelegationId) -> bool {
        let info = &self.model.delegations[d.index()];
        info.may_block()
            && (self.satisfaction(d) < info.reservation
                || !self.text.presence.violations(&self.model, d).is_empty())
    }

    pub(super) fn member_states(&self) -> Vec<DelegationId> {
        self.model
            .delegation_ids()
            .filter(|&d| self.model.delegations[d.index()].may_block())
            .collect()
    }

    /// Under deadline pressure, cuts the contested references: clauses opposed more broadly
    /// than they are supported (each member counting alike, by how strongly it feels), that no
    /// supporter is determined to keep and whose loss would make nobody block. The most
    /// opposed go first.
    pub(super) fn cut_contested(&mut self, pressure: f32) {
        let model = self.model.clone();
        let states = self.member_states();
        // How much broader the opposition must be than the support: a clean-text Chair cuts
        // readily, a surgical one only against clear opposition.
        let breadth = match model.scenario.chair.persona {
            Persona::Surgical => 1.5,
            Persona::BalancedPackage => 1.0,
            Persona::CleanText => 0.75,
        };
        // Each member's tolerance at the opening and now, once for the whole text.
        let opening: Vec<f32> = self
            .tolerances_at(&states, 0.0)
            .into_iter()
            .map(|t| t.max(0.05))
            .collect();
        let now = self.tolerances_at(&states, pressure);
        let mut cuts: Vec<(f32, ClauseId)> = Vec::new();
        for (s, _, c) in self.text.doc.clauses() {
            let (mut against, mut for_) = (0.0f32, 0.0f32);
            let mut kept_by_someone = false;
            for (k, &d) in states.iter().enumerate() {
                let u = clause_utility(&model, &self.mood.salience, d, s, &c.tags);
                let opening = opening[k];
                let red_line = model.delegations[d.index()]
                    .red_lines
                    .iter()
                    .any(|r| c.tags.contains(&r.tag) && r.section.is_none_or(|x| x == s));
                let defended = self
                    .conduct
                    .defended
                    .iter()
                    .any(|(x, who)| *who == d && **x == *c.id);
                if red_line && u > 0.0 || u > DETERMINED * now[k] || defended {
                    kept_by_someone = true;
                    break;
                }
                if self.acquiesced_in(&c.id, d) {
                    // It agreed to let this in when lobbied: the Chair does not cut it for it.
                    continue;
                }
                if red_line || u < -opening {
                    against += if red_line {
                        MAX_FEELING
                    } else {
                        (-u / opening).min(MAX_FEELING)
                    };
                } else if u > opening {
                    for_ += (u / opening).min(MAX_FEELING);
                }
            }
            if !kept_by_someone && against > 0.0 && against > breadth * for_ {
                cuts.push((against - breadth * for_, c.id.clone()));
            }
        }
        cuts.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (_, clause) in cuts {
            let edit = EditSpec::Delete { clause };
            let Ok(effect) = self.text.doc.effect(&model, &edit) else {
                continue;
            };
            // Earlier cuts change what the text can lose: check again before each one.
            let opposed = self.opposed_to(&effect, &states);
            if opposed.is_empty() || self.hurts_anyone(&effect, &states, &[]) {
                continue;
            }
            self.chair_edit(edit, &effect, ChairReason::Contested, opposed);
        }
    }

    /// Member states that oppose a clause the effect removes beyond their opening tolerance
    /// (or whose red line it carries).
    pub(super) fn opposed_to(
        &self,
        effect: &EditEffect,
        states: &[DelegationId],
    ) -> Vec<DelegationId> {
        states
            .iter()
            .copied()
            .filter(|&d| {
                delta(&self.model, &self.mood.salience, d, effect) > self.tolerance_at(d, 0.0)
                    || red_line_changes(&self.model, d, &self.text.presence, effect)
                        .iter()
                        .any(|c| !c.2)
            })
            .collect()
    }

    /// Whether the change crosses a red line of, or pushes below its reservation, any member
    /// state not in `except`.
    fn hurts_anyone(
        &self,
        effect: &EditEffect,
        states: &[DelegationId],
        except: &[DelegationId],
    ) -> bool {
        states.iter().any(|&d| {
            if except.contains(&d) {
                return false;
            }
            let info = &self.model.delegations[d.index()];
            let change = delta(&self.model, &self.mood.salience, d, effect);
            red_line_changes(&self.model, d, &self.text.presence, effect)
                .iter()
                .any(|c| c.2)
                || (change < 0.0 && self.satisfaction(d) + change < info.reservation)
        })
    }

    /// Before a revision: while some member state would block the whole text, gives back to
    /// it what costs the others least. Returns whether the text changed.
    pub(super) fn balance_package(&mut self) -> bool {
        let mut changed = false;
        for _ in 0..MAX_PACKAGE_MOVES {
            let states = self.member_states();
            let at_risk: Vec<DelegationId> = states
                .iter()
                .copied()
                .filter(|&d| self.would_block(d))
                .collect();
            if at_risk.is_empty() {
                break;
            }
            let Some(m) = self.best_move(&at_risk, &states) else {
                break;
            };
            self.chair_edit(m.edit, &m.effect, ChairReason::Package, at_risk);
            changed = true;
        }
        changed
    }

    /// After a block: up to one change per blocker, restoring or cutting what wins the
    /// blockers back at least cost to the others. Returns whether the text changed.
    pub(super) fn win_back(&mut self, blockers: &[DelegationId]) -> bool {
        let mut changed = false;
        for _ in 0..blockers.len() {
            let states = self.member_states();
            // A blocker played by the engine that would now join needs nothing more; one
            // played from outside is taken at its word.
            let at_risk: Vec<DelegationId> = blockers
                .iter()
                .copied()
                .filter(|&d| self.is_human(d) || self.would_block(d))
                .collect();
            if at_risk.is_empty() {
                break;
            }
            let Some(m) = self.best_move(&at_risk, &states) else {
                break;
            };
            if m.effect.added.is_empty() {
                let EditSpec::Delete { clause } = &m.edit else {
                    break;
                };
                let clause = clause.clone();
                let cut = self.draft_cut_by(&m.effect, &m.paragraph);
                if self.change_text(&m.edit).is_err() {
                    break;
                }
                self.journal.events.push(Event::Stripped {
                    clause,
                    paragraph: m.paragraph,
                    blockers: blockers.to_vec(),
                });
                self.track_objectives();
                self.move_to_summary(cut);
            } else {
                self.chair_edit(m.edit, &m.effect, ChairReason::AfterBlock, at_risk);
            }
            changed = true;
        }
        changed
    }

    pub(super) fn chair_edit(
        &mut self,
        edit: EditSpec,
        effect: &EditEffect,
        reason: ChairReason,
        answers: Vec<DelegationId>,
    ) {
        let Ok(paragraph) = self.text.doc.footprint(&edit) else {
            return;
        };
        debug_assert!(!effect.removed.is_empty() || !effect.added.is_empty());
        let cut = self.draft_cut_by(effect, &paragraph);
        if self.change_text(&edit).is_err() {
            return;
        }
        self.journal.events.push(Event::ChairEdited {
            edit,
            paragraph,
            reason,
            answers,
        });
        self.track_objectives();
        self.move_to_summary(cut);
    }

    /// The change that does most for the members at risk (a red line repaired, then the
    /// shortfall below their reservation made up), crossing no red line and putting nobody
    /// else at risk; among those doing nearly as much, the one costing the rest least. A
    /// block loses the report for everyone, so what it costs the others only breaks ties.
    fn best_move(&self, at_risk: &[DelegationId], states: &[DelegationId]) -> Option<Move> {
        let model = &*self.model;
        let mut scored: Vec<(f32, f32, Move)> = Vec::new();
        for m in self.candidate_moves(at_risk) {
            let mut gain = 0.0f32;
            for &d in at_risk {
                let lines = red_line_changes(model, d, &self.text.presence, &m.effect);
                if lines.iter().any(|c| c.2) {
                    gain = f32::MIN;
                    break;
                }
                gain += RED_LINE_REPAIR * lines.len() as f32;
                let change = delta(model, &self.mood.salience, d, &m.effect);
                let need = (model.delegations[d.index()].reservation - self.satisfaction(d))
                    .max(0.0)
                    + MARGIN;
                gain += change.min(need);
            }
            if gain <= 0.0 || self.hurts_anyone(&m.effect, states, at_risk) {
                continue;
            }
            let cost: f32 = states
                .iter()
                .filter(|d| !at_risk.contains(d))
                .map(|&d| (-delta(model, &self.mood.salience, d, &m.effect)).max(0.0))
                .sum();
            scored.push((gain, cost, m));
        }
        let top = scored.iter().map(|s| s.0).fold(0.0f32, f32::max);
        scored
            .into_iter()
            .filter(|s| s.0 >= NEARLY * top)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|s| s.2)
    }

    /// Cuts of clauses some member at risk dislikes, and restorations of zero-draft wording
    /// that has been changed or deleted since.
    fn candidate_moves(&self, at_risk: &[DelegationId]) -> Vec<Move> {
        let model = &*self.model;
        let mut out = Vec::new();
        for (s, p, c) in self.text.doc.clauses() {
            let disliked = at_risk
                .iter()
                .any(|&d| clause_utility(model, &self.mood.salience, d, s, &c.tags) < 0.0);
            if disliked {
                out.push(Move {
                    edit: EditSpec::Delete {
                        clause: c.id.clone(),
                    },
                    paragraph: p.id.clone(),
                    effect: EditEffect {
                        removed: vec![ClauseFacts {
                            clause: c.id.clone(),
                            section: s,
                            tags: c.tags.clone(),
                        }],
                        added: Vec::new(),
                    },
                });
            }
        }
        out.extend(self.restorations().into_iter().map(|(_, m)| m));
        out
    }
}

impl Session {
    /// Each zero-draft clause that was deleted or reworded since, by its zero-draft id, with
    /// the edit that would put it back (in its place, after the clause that preceded it).
    pub(super) fn restorations(&self) -> Vec<(ClauseId, Move)> {
        let model = &*self.model;
        let mut out = Vec::new();
        for section in &model.scenario.draft {
            for par in &section.paragraphs {
                let Some((s, p)) = self.text.doc.find_paragraph(&par.id) else {
                    continue;
                };
                let now = &self.text.doc.sections[s].paragraphs[p];
                // The zero draft's clause before this one, as it stands now (for the insertion
                // point of a restored clause).
                let mut previous: Option<ClauseId> = None;
                for (i, def) in par.clauses.iter().enumerate() {
                    let text = def.text.trim();
                    let id = clause_id(&par.id, i, def.id.as_deref());
                    if let Some(c) = now.clauses.iter().find(|c| c.text == text) {
                        previous = Some(c.id.clone());
                        continue;
                    }
                    let still_there = now.clauses.iter().any(|c| *c.id == *id);
                    let edit = if still_there {
                        EditSpec::Replace {
                            clause: id.clone(),
                            text: text.into(),
                            tags: def.tags.clone(),
                        }
                    } else {
                        EditSpec::Insert {
                            paragraph: par.id.clone(),
                            after: previous.clone(),
                            text: text.into(),
                            tags: def.tags.clone(),
                        }
                    };
                    if still_there {
                        previous = Some(id.clone());
                    }
                    if let Ok(effect) = self.text.doc.effect(model, &edit) {
                        out.push((
                            id,
                            Move {
                                edit,
                                paragraph: par.id.clone(),
                                effect,
                            },
                        ));
                    }
                }
            }
        }
        out
    }
}
