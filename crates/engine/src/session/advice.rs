//! What a seat can do now and what would serve it: the legal commands (spent cards and locked
//! paragraphs left out) and `suggest`, the moves most likely to advance a delegation's
//! objectives with their predicted reception. The coach, the strategy league and scripts use
//! these; the AI delegations choose with the same candidate ranking.

use serde::{Deserialize, Serialize};

use super::{Session, Stage};
use crate::document::EditEffect;
use crate::log::{Action, AmendmentId};
use crate::model::DelegationId;
use crate::preferences::{Reaction, Stance, delta};

/// What meeting (or losing) one point of objective weight is worth, against utility.
pub(super) const OBJECTIVE_VALUE: f32 = 2.0;
/// The share of its stake a response is worth when it hardly changes the outcome.
const MINOR: f32 = 0.3;
/// What a co-sponsorship is worth in the room's regard alone, above passing.
const STANDING: f32 = 0.1;
use crate::ids::ParagraphId;
use crate::seat::{Command, Seat};

/// A move and what the engine expects of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub command: Command,
    /// Expected gain for the seat's preferences: the change in utility, weighed by the
    /// acceptance predicted for it (0 for passing).
    pub value: f32,
    /// The room's predicted reactions (for tabling), without the random term.
    pub reactions: Vec<Reaction>,
    /// The delegations predicted to object.
    pub objectors: Vec<DelegationId>,
}

impl Session {
    /// Every command `seat` may give now, except free-text edits (which cannot be listed):
    /// tabling each card still applicable, responding to each amendment, passing; at adoption
    /// joining, blocking and dissociating from each paragraph; for the Chair each ruling.
    pub fn legal_commands(&self, seat: Seat) -> Vec<Command> {
        let mut out = Vec::new();
        if self.is_paused() || !self.pending().contains(&seat) {
            return out;
        }
        match (seat, self.turns.stage) {
            (Seat::Delegation(d), Stage::Speaking | Stage::Consensus) => {
                if self.turns.stage == Stage::Speaking {
                    for (k, card) in self.model.scenario.cards.iter().enumerate() {
                        if !self.text.card_adopted[k]
                            && self.card_in_phase(k)
                            && self.check_table(d, &card.edit).is_ok()
                        {
                            out.push(Command::Act(Action::TableCard(card.id.clone())));
                        }
                    }
                }
                for a in &self.floor.open {
                    if self.respondable(d, a.id).is_ok()
                        && !self.answers_of(d).iter().any(|x| {
                            matches!(x, Action::CoSponsor(y) | Action::Object(y) | Action::Threaten(y) if *y == a.id)
                        })
                    {
                        out.push(Command::Act(Action::CoSponsor(a.id)));
                        out.push(Command::Act(Action::Object(a.id)));
                        if self.model.delegations[d.index()].may_block() {
                            out.push(Command::Act(Action::Threaten(a.id)));
                        }
                    }
                    if a.proposer == d {
                        out.push(Command::Act(Action::Withdraw(a.id)));
                    }
                }
                // Between statements: lobby any objector to anything pending.
                if self.turns.stage == Stage::Speaking && self.conduct.budget[d] > 0 {
                    for a in self.floor.pending() {
                        for &o in a.objections.iter().filter(|&&o| o != d) {
                            out.push(Command::Act(Action::Lobby {
                                amendment: a.id,
                                delegation: o,
                            }));
                        }
                    }
                }
                out.push(Command::Act(Action::Pass));
            }
            (Seat::Delegation(d), Stage::Adoption) => {
                out.push(Command::Act(Action::Join));
                for (_, p) in self.text.doc.paragraphs().filter(|(_, p)| !p.is_deleted()) {
                    out.push(Command::Act(Action::Dissociate(vec![p.id.clone()])));
                }
                if self.model.delegations[d.index()].may_block() {
                    out.push(Command::Act(Action::Block));
                }
            }
            (Seat::Chair, Stage::Ruling) => {
                for a in &self.floor.brackets {
                    for k in 0..self.chair_options(a).len() {
                        out.push(Command::Rule {
                            amendment: a.id,
                            option: k as u32,
                        });
                    }
                }
                // Its own edits, and the revision once every bracket is ruled on.
                for (_, _, c) in self.text.doc.clauses() {
                    out.push(Command::Cut {
                        clause: c.id.clone(),
                    });
                }
                for clause in self.restorable() {
                    out.push(Command::Restore { clause });
                }
                if self.floor.brackets.is_empty() {
                    out.push(Command::IssueRevision);
                }
            }
            _ => {}
        }
        out
    }

    /// Paragraphs no one may amend until the Chair's next revision (an amendment is pending).
    pub fn locked_paragraphs(&self) -> Vec<ParagraphId> {
        let mut out: Vec<ParagraphId> = self.floor.pending().map(|a| a.paragraph.clone()).collect();
        out.sort();
        out.dedup();
        out
    }

    /// The `k` moves most likely to advance a delegation's preferences and objectives now,
    /// best first, each with its predicted reception. Passing is always among the candidates,
    /// so a suggestion is never worse than doing nothing by the engine's own estimate.
    pub fn suggest(&self, seat: Seat, k: usize) -> Vec<Suggestion> {
        let Seat::Delegation(d) = seat else {
            return Vec::new();
        };
        let legal = self.legal_commands(seat);
        if legal.is_empty() || k == 0 {
            return Vec::new();
        }
        let mut out: Vec<Suggestion> = Vec::new();
        if self.turns.stage == Stage::Speaking {
            let mut ranked = self.ranked_edits(d, k);
            // Cards that would meet one of the delegation's objectives, whoever asked for
            // them: the room's verdict is the predicted acceptance.
            for (kc, card) in self.model.scenario.cards.iter().enumerate() {
                let Some(Some(ce)) = self.text.card_effects.get(kc) else {
                    continue;
                };
                let stake = self.objective_stake_of(d, &ce.effect, Some(&card.edit));
                if stake <= 0.0
                    || ranked
                        .iter()
                        .any(|r| r.2.as_deref() == Some(card.id.as_str()))
                    || !legal.contains(&Command::Act(Action::TableCard(card.id.clone())))
                {
                    continue;
                }
                let gain = delta(&self.model, &self.mood.salience, d, &ce.effect);
                let value =
                    (gain + OBJECTIVE_VALUE * stake) * self.predicted_acceptance(d, &ce.effect);
                ranked.push((value, card.edit.clone(), Some(card.id.clone())));
            }
            for (value, edit, card) in ranked {
                let action = match card {
                    Some(c) => Action::TableCard(c),
                    None => Action::Table(edit.clone()),
                };
                if let Some(card) = match &action {
                    Action::TableCard(c) => Some(c),
                    _ => None,
                } && !legal.contains(&Command::Act(Action::TableCard(card.clone())))
                {
                    continue;
                }
                let reactions = self.predict(d, &edit).unwrap_or_default();
                out.push(suggestion(Command::Act(action), value, reactions));
            }
        }
        // Lobbying: on what serves the delegation (its own proposals and what would meet an
        // objective), ask the objector who would bring most others along and can be moved.
        if self.turns.stage == Stage::Speaking {
            for a in self.floor.pending() {
                let Ok(effect) = self.text.doc.effect(&self.model, &a.edit) else {
                    continue;
                };
                let worth = delta(&self.model, &self.mood.salience, d, &effect)
                    + OBJECTIVE_VALUE * self.objective_stake_of(d, &effect, Some(&a.edit));
                if worth <= 0.0 || a.objections.is_empty() {
                    continue;
                }
                let best = a
                    .objections
                    .iter()
                    .copied()
                    .filter(|&o| o != d && self.can_be_lobbied(o, &effect))
                    .max_by_key(|&o| {
                        let bloc =
                            &self.model.blocs[self.model.delegations[o.index()].bloc.index()];
                        // A leader brings its followers: count the bloc's objectors it leads.
                        if bloc.leader == o {
                            a.objections
                                .iter()
                                .filter(|x| bloc.members.contains(x))
                                .count()
                        } else {
                            1
                        }
                    });
                if let Some(o) = best {
                    let c = Command::Act(Action::Lobby {
                        amendment: a.id,
                        delegation: o,
                    });
                    if legal.contains(&c) {
                        out.push(suggestion(c, worth, Vec::new()));
                    }
                }
            }
        }
        // Responses: co-sponsor what helps; object to what hurts beyond tolerance, sparingly
        // (a delegation that objects to everything loses the room); warn that one cannot
        // live with a loss far beyond it while the Chair still believes such warnings.
        let tol = self.mood.tolerance_now[d];
        let held = self.answers_of(d);
        let mut threats = self.conduct.threats_made[d]
            + held
                .iter()
                .filter(|a| matches!(a, Action::Threaten(_)))
                .count() as u32;
        let mut objections = self.conduct.objections_this_phase[d]
            + held
                .iter()
                .filter(|a| matches!(a, Action::Object(_) | Action::Threaten(_)))
                .count() as u32;
        // (loss, amendment, whether only a threat would keep the Chair from costing an
        // objective)
        let mut losses: Vec<(f32, AmendmentId, bool)> = Vec::new();
        for a in &self.floor.open {
            let Ok(effect) = self.text.doc.effect(&self.model, &a.edit) else {
                continue;
            };
            // What the amendment does to the delegation's objectives counts as much as its
            // preferences: an objective lost is worth a threat.
            let stake = self.objective_stake_of(d, &effect, Some(&a.edit));
            let gain =
                delta(&self.model, &self.mood.salience, d, &effect) + OBJECTIVE_VALUE * stake;
            if gain >= 0.0 {
                // Co-sponsoring builds standing more than it changes the outcome (even text
                // the capital does not mind earns the proposer's regard); what it does change
                // is whose work the text is: an objective it would meet counts in full only
                // for a delegation that worked for it.
                let work = self.work_stake_of(d, &effect, &a.edit);
                let c = Command::Act(Action::CoSponsor(a.id));
                if legal.contains(&c) {
                    out.push(suggestion(
                        c,
                        MINOR * gain + 0.5 * OBJECTIVE_VALUE * work + STANDING,
                        Vec::new(),
                    ));
                }
            } else if gain < -tol {
                // Threats are few: keep them for an objective the Chair would otherwise give
                // away (its likely ruling, were the amendment bracketed, still costs it).
                let at_risk = stake < 0.0 && self.ruling_costs_objective(d, a);
                losses.push((-gain, a.id, at_risk));
            }
        }
        // The worst losses first, while objections stay within what the room accepts.
        losses.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (loss, a, at_risk) in losses {
            let determined = at_risk || loss > super::weigh::DETERMINED * tol;
            let respond =
                if at_risk && threats < super::CREDIBLE_THREATS && !self.conduct.empty_threat[d] {
                    Action::Threaten(a)
                } else if determined
                    || objections < super::responses::HABITUAL_OBJECTIONS
                    || 2 * (objections + 1)
                        <= self.floor.next_amendment.0 - self.floor.phase_first_amendment.0
                {
                    Action::Object(a)
                } else {
                    continue;
                };
            let threat = matches!(respond, Action::Threaten(_));
            // An objection matters most when it is the one that keeps the amendment from
            // passing unopposed; added to others', it changes little (a threat, which the
            // Chair must answer, always counts in full).
            let pivotal = self.floor.open.iter().find(|x| x.id == a).is_none_or(|x| {
                x.objections
                    .iter()
                    .all(|&o| o == d || !self.model.delegations[o.index()].may_block())
            });
            let value = if threat || pivotal {
                loss
            } else {
                MINOR * loss
            };
            let c = Command::Act(respond);
            if legal.contains(&c) {
                objections += 1;
                threats += u32::from(threat);
                out.push(suggestion(c, value, Vec::new()));
            }
        }
        if self.turns.stage == Stage::Adoption {
            out.extend(self.adoption_advice(d));
        } else {
            out.push(suggestion(Command::Act(Action::Pass), 0.0, Vec::new()));
        }
        out.sort_by(|a, b| b.value.total_cmp(&a.value));
        out.truncate(k);
        out
    }
}

impl Session {
    /// What pending amendment `id` would do for `d` if it entered the text now: the change in
    /// utility and the objective weight it would meet less the weight it would lose.
    pub fn stake_in_pending(&self, d: DelegationId, id: AmendmentId) -> Option<(f32, f32)> {
        let a = self.pending_amendment(id)?;
        let effect = self.text.doc.effect(&self.model, &a.edit).ok()?;
        Some((
            delta(&self.model, &self.mood.salience, d, &effect),
            self.objective_stake_of(d, &effect, Some(&a.edit)),
        ))
    }

    /// Whether the Chair's likely ruling on this amendment, with `d` merely objecting, would
    /// cost `d` one of its objectives.
    fn ruling_costs_objective(&self, d: DelegationId, a: &super::Amendment) -> bool {
        let mut objected = a.clone();
        if !objected.objections.contains(&d) {
            objected.objections.push(d);
        }
        let options = self.chair_options(&objected);
        let Some(chosen) = self.persona_ruling(&objected) else {
            return false;
        };
        let Some(edit) = options.get(chosen).and_then(|o| o.edit.as_ref()) else {
            return false;
        };
        self.text
            .doc
            .effect(&self.model, edit)
            .is_ok_and(|effect| self.objective_stake_of(d, &effect, Some(edit)) < 0.0)
    }

    /// The weight of the delegation's objectives that supporting this edit would count as its
    /// own work: those the text misses now, that the edit would meet, and that it has not yet
    /// worked for (a met objective earns all its weight only then; see `log::credit`).
    pub(super) fn work_stake_of(
        &self,
        d: DelegationId,
        effect: &EditEffect,
        edit: &crate::scenario::EditSpec,
    ) -> f32 {
        let model = &*self.model;
        let mut presence = self.text.presence.clone();
        presence.apply(effect);
        let mut doc = self.text.doc.clone();
        if doc.apply(model, edit).is_err() {
            return 0.0;
        }
        self.objective_states(d)
            .filter(|o| !o.worked)
            .map(|o| &model.delegations[d.index()].objectives[o.index])
            .filter(|o| {
                o.condition.reads_text()
                    && !self.holds(&o.condition)
                    && self.holds_with(&o.condition, &doc, &presence)
            })
            .map(|o| o.weight as f32)
            .sum()
    }

    /// How an edit would change the delegation's objectives on the text: the weight of those
    /// it would meet, minus the weight of those it would lose. Tags are read from the effect;
    /// conditions on paragraphs from the text with the edit applied, when it is given.
    pub(super) fn objective_stake_of(
        &self,
        d: DelegationId,
        effect: &EditEffect,
        edit: Option<&crate::scenario::EditSpec>,
    ) -> f32 {
        let model = &*self.model;
        let mut presence = self.text.presence.clone();
        presence.apply(effect);
        let doc = edit.and_then(|e| {
            let mut doc = self.text.doc.clone();
            doc.apply(model, e).ok().map(|_| doc)
        });
        let doc = doc.as_ref().unwrap_or(&self.text.doc);
        let mut stake = 0.0;
        for o in &model.delegations[d.index()].objectives {
            if !o.condition.reads_text() {
                continue;
            }
            let before = self.holds(&o.condition);
            let after = self.holds_with(&o.condition, doc, &presence);
            stake += o.weight as f32 * (f32::from(u8::from(after)) - f32::from(u8::from(before)));
        }
        stake
    }
}

impl Session {
    /// At the vote, each position the seat could take, valued by the score it would end with:
    /// each is played out on a copy of the session — everyone else as they would (the AI's
    /// positions, other players joining), and after a block the Chair's attempt to win the
    /// blocker back and the vote again, at which the seat joins. Blocking once can so win a
    /// concession worth its cost in the room's regard; on the last attempt it only sinks the
    /// report. A red line crossed is the capital's instruction to block, and comes first.
    fn adoption_advice(&self, d: DelegationId) -> Vec<Suggestion> {
        let info = &self.model.delegations[d.index()];
        let mut options = vec![Action::Join];
        let (ai, _) = self.ai_position(d);
        if let crate::log::Position::Dissociate(p) = ai {
            options.push(Action::Dissociate(p));
        }
        if info.may_block() {
            options.push(Action::Block);
        }
        let red_line = !self.text.presence.violations(&self.model, d).is_empty();
        let mut out: Vec<Suggestion> = options
            .into_iter()
            .map(|a| {
                let block = a == Action::Block;
                let value = self.score_after(d, a.clone());
                let value = if block && red_line {
                    value + 1000.0
                } else {
                    value
                };
                suggestion(Command::Act(a), value, Vec::new())
            })
            .collect();
        out.sort_by(|a, b| b.value.total_cmp(&a.value));
        out
    }

    /// The seat's final score if it takes `position` now and joins at any later vote.
    fn score_after(&self, d: DelegationId, position: Action) -> f32 {
        let mut s = self.clone();
        let me = Seat::Delegation(d);
        if s.input(me, Command::Act(position)).is_err() {
            return f32::MIN;
        }
        // Every vote asks each player once; a few rounds of asking settle any game.
        for _ in 0..16 {
            if s.is_finished() {
                break;
            }
            let pending = s.pending();
            if pending.is_empty() || s.stage() != Stage::Adoption {
                break;
            }
            for seat in pending {
                let _ = s.input(seat, Command::Act(Action::Join));
            }
        }
        s.events()
            .iter()
            .rev()
            .find_map(|e| match e {
                crate::log::Event::Scored { delegation, score } if *delegation == d => {
                    Some(score.total)
                }
                _ => None,
            })
            .unwrap_or(0.0)
    }
}

fn suggestion(command: Command, value: f32, reactions: Vec<Reaction>) -> Suggestion {
    let objectors = reactions
        .iter()
        .filter(|r| r.stance == Stance::Object)
        .map(|r| r.delegation)
        .collect();
    Suggestion {
        command,
        value,
        reactions,
        objectors,
    }
}
