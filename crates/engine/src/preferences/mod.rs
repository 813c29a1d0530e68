//! How a delegation values text and reacts to an edit: utility sums over its rules, red lines,
//! time-dependent flexibility, trust, bloc cohesion and a seeded random term. Every reaction
//! keeps its reasons so the UI can answer "why does this delegation object?".

use serde::{Deserialize, Serialize};

use crate::document::{Clause, ClauseFacts, Document, EditEffect};
use crate::ids::ClauseId;
use crate::model::{DelegationId, Model, SectionId, TagId};
use crate::scenario::Tactic;

mod react;
pub use react::{Room, reactions};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Stance {
    Support,
    Accept,
    Reservation,
    Object,
}

impl Stance {
    pub fn label(self) -> &'static str {
        match self {
            Stance::Support => "support",
            Stance::Accept => "accept",
            Stance::Reservation => "reservation",
            Stance::Object => "object",
        }
    }
}

/// One reason behind a reaction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reason {
    /// A preference rule fired on a clause the edit adds (`added`) or removes.
    Rule {
        tag: TagId,
        section: Option<SectionId>,
        weight: f32,
        clause: ClauseId,
        added: bool,
        contribution: f32,
    },
    /// The edit crosses (or, with `crossed == false`, repairs) a red line.
    RedLine {
        tag: TagId,
        section: Option<SectionId>,
        crossed: bool,
    },
    /// Trust in the proposer warms or cools the reaction.
    Trust {
        proposer: DelegationId,
        trust: f32,
        effect: f32,
    },
    /// Pull toward the bloc leader's reaction.
    Cohesion {
        leader: DelegationId,
        leader_change: f32,
        effect: f32,
    },
    /// The random term reactions carried under rules 1–3; kept so records of those rules
    /// still read. Today's reactions have none.
    Noise(f32),
    /// How much loss the delegation tolerates at this point of the session.
    Tolerance(f32),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reaction {
    pub delegation: DelegationId,
    pub stance: Stance,
    /// Change in utility after trust and cohesion.
    pub score: f32,
    pub reasons: Vec<Reason>,
}

/// Utility of one clause for a delegation.
#[inline]
pub fn clause_utility(
    model: &Model,
    salience: &[f32],
    d: DelegationId,
    section: SectionId,
    tags: &[TagId],
) -> f32 {
    tags.iter()
        .map(|&t| model.weight(d, t, section) * salience[t.index()])
        .sum()
}

/// Utility of the whole text for a delegation.
pub fn text_utility(model: &Model, salience: &[f32], d: DelegationId, doc: &Document) -> f32 {
    doc.clauses()
        .map(|(s, _, c)| clause_utility(model, salience, d, s, &c.tags))
        .sum()
}

/// Change in utility the edit brings a delegation.
pub fn delta(model: &Model, salience: &[f32], d: DelegationId, effect: &EditEffect) -> f32 {
    let add: f32 = effect
        .added
        .iter()
        .map(|c| clause_utility(model, salience, d, c.section, &c.tags))
        .sum();
    let rem: f32 = effect
        .removed
        .iter()
        .map(|c| clause_utility(model, salience, d, c.section, &c.tags))
        .sum();
    add - rem
}

/// How often each tag appears in each section: what red lines look at.
#[derive(Debug, Clone, PartialEq)]
pub struct Presence {
    sections: usize,
    counts: Vec<i32>,
}

impl Presence {
    pub fn of(model: &Model, doc: &Document) -> Presence {
        let mut p = Presence {
            sections: model.sections.len(),
            counts: vec![0; model.tags.len() * model.sections.len()],
        };
        for (s, _, c) in doc.clauses() {
            p.add(s, &c.tags, 1);
        }
        p
    }

    fn add(&mut self, section: SectionId, tags: &[TagId], n: i32) {
        for &t in tags {
            self.counts[t.index() * self.sections + section.index()] += n;
        }
    }

    pub fn apply(&mut self, effect: &EditEffect) {
        for c in &effect.removed {
            self.add(c.section, &c.tags, -1);
        }
        for c in &effect.added {
            self.add(c.section, &c.tags, 1);
        }
    }

    /// Undoes `apply` of the same effect.
    pub fn unapply(&mut self, effect: &EditEffect) {
        for c in &effect.added {
            self.add(c.section, &c.tags, -1);
        }
        for c in &effect.removed {
            self.add(c.section, &c.tags, 1);
        }
    }

    pub fn count(&self, tag: TagId, section: Option<SectionId>) -> i32 {
        let row = &self.counts[tag.index() * self.sections..(tag.index() + 1) * self.sections];
        match section {
            Some(s) => row[s.index()],
            None => row.iter().sum(),
        }
    }

    /// Red lines of `d` violated by this presence.
    pub fn violations(&self, model: &Model, d: DelegationId) -> Vec<(TagId, Option<SectionId>)> {
        model.delegations[d.index()]
            .red_lines
            .iter()
            .filter(|r| violated(r.weight, self.count(r.tag, r.section)))
            .map(|r| (r.tag, r.section))
            .collect()
    }
}

fn violated(weight: f32, count: i32) -> bool {
    if weight > 0.0 { count <= 0 } else { count > 0 }
}

/// Red lines an edit crosses (true) or repairs (false) for a delegation.
pub fn red_line_changes(
    model: &Model,
    d: DelegationId,
    before: &Presence,
    effect: &EditEffect,
) -> Vec<(TagId, Option<SectionId>, bool)> {
    let rules = &model.delegations[d.index()].red_lines;
    if rules.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for r in rules {
        let touched = |cs: &[ClauseFacts]| {
            cs.iter()
                .filter(|c| r.section.is_none_or(|s| s == c.section) && c.tags.contains(&r.tag))
                .count() as i32
        };
        let diff = touched(&effect.added) - touched(&effect.removed);
        if diff == 0 {
            continue;
        }
        let now = before.count(r.tag, r.section);
        let (was, will) = (violated(r.weight, now), violated(r.weight, now + diff));
        if r.weight < 0.0 && diff > 0 {
            // "Must never enter": every further clause carrying the idea crosses it again.
            out.push((r.tag, r.section, true));
        } else if was != will {
            out.push((r.tag, r.section, will));
        }
    }
    out
}

/// Loss a delegation tolerates without objecting at `time` (0 = opening, 1 = deadline).
/// Boulware blocs concede late, Conceders early (Faratin-style time-dependent tactics).
pub fn tolerance(model: &Model, d: DelegationId, time: f32) -> f32 {
    let tactic = model.blocs[model.delegations[d.index()].bloc.index()].tactic;
    tolerance_with(model, tactic, time)
}

/// The tolerance curve of a tactic in this scenario.
pub fn tolerance_with(model: &Model, tactic: Tactic, time: f32) -> f32 {
    let p = &model.scenario.model;
    let e: f32 = match tactic {
        Tactic::Boulware => 0.25,
        Tactic::Linear => 1.0,
        Tactic::Conceder => 4.0,
    };
    p.tolerance as f32 + p.flexibility as f32 * time.clamp(0.0, 1.0).powf(1.0 / e)
}

/// Maps a score to a stance at the given tolerance.
pub fn stance_for(model: &Model, score: f32, tolerance: f32) -> Stance {
    if score >= model.scenario.model.support as f32 {
        Stance::Support
    } else if score >= -0.25 * tolerance {
        Stance::Accept
    } else if score >= -tolerance {
        Stance::Reservation
    } else {
        Stance::Object
    }
}

/// The rules of `d` that fire on the clauses an edit adds or removes.
/// `spare` reserves room for reasons the caller will add.
pub fn rule_reasons(
    model: &Model,
    salience: &[f32],
    d: DelegationId,
    effect: &EditEffect,
    spare: usize,
) -> Vec<Reason> {
    let info = &model.delegations[d.index()];
    let fired: usize = effect
        .removed
        .iter()
        .chain(&effect.added)
        .map(|c| {
            c.tags
                .iter()
                .map(|&t| info.rules_on(t).len())
                .sum::<usize>()
        })
        .sum();
    let mut out = Vec::with_capacity(fired + spare);
    for (clauses, added) in [(&effect.removed, false), (&effect.added, true)] {
        for c in clauses {
            for &tag in &c.tags {
                for r in info.rules_on(tag) {
                    if r.section.is_none_or(|s| s == c.section) {
                        let w = r.weight * salience[r.tag.index()];
                        out.push(Reason::Rule {
                            tag: r.tag,
                            section: r.section,
                            weight: r.weight,
                            clause: c.clause.clone(),
                            added,
                            contribution: if added { w } else { -w },
                        });
                    }
                }
            }
        }
    }
    out
}

/// Rules of `d` firing on a clause as it stands (for explanations of position).
pub fn clause_reasons(
    model: &Model,
    salience: &[f32],
    d: DelegationId,
    section: SectionId,
    clause: &Clause,
) -> Vec<Reason> {
    let effect = EditEffect {
        removed: Vec::new(),
        added: vec![ClauseFacts {
            clause: clause.id.clone(),
            section,
            tags: clause.tags.clone(),
        }],
    };
    rule_reasons(model, salience, d, &effect, 0)
}
