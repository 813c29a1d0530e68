//! The Chair's revision at the end of a phase: for each bracketed amendment, weigh the
//! proposal, the current text, compromise wording, agreed language and (under deadline
//! pressure) deletion, and choose what every member state can live with. Consensus, not a
//! majority: a red line or a determined objection (a loss far beyond what a member tolerates,
//! or one leaving it below its reservation) must be answered whatever the objector's size, so
//! two camps' proposals that each cannot live with go alike to the summary; ordinary
//! objections then count each member alike, not by influence.

use serde::{Deserialize, Serialize};

use super::{Amendment, Session, SummaryEntry};
use crate::document::Revision;
use crate::log::{ChairOutcome, Event};
use crate::model::{DelegationId, TagId};
use crate::preferences::{delta, red_line_changes};
use crate::scenario::{EditSpec, Persona};

/// Difference in the room's total regret below which the persona's preference decides.
const REGRET_BAND: f32 = 0.5;

/// How many times an objection on a red line outweighs an ordinary one.
const RED_LINE_WEIGHT: f32 = 4.0;

/// The most one ordinary objection weighs (in multiples of the objector's tolerance).
const MAX_OBJECTION: f32 = 3.0;

/// Objection weight within which the Chair treats two options as about equally acceptable.
const NEAR_WEIGHT: f32 = 1.0;

/// A loss this many times what a member tolerates now is one it will not live with.
pub(super) const DETERMINED: f32 = 2.0;

/// How the Chair compares two ways of settling a bracket, most important first.
#[derive(Clone)]
struct Key {
    /// Member states whose red line the option crosses (or leaves crossed).
    red_lines: u32,
    /// Member states that could not live with the change: it would leave them below their
    /// reservation, or cost them far beyond what they tolerate now.
    determined: u32,
    /// The objections, each member counting alike whatever its size.
    weight: f32,
    /// Total regret in the room, by influence: who is listened to when objections tie.
    regret: f32,
    /// The persona's taste.
    rank: u8,
}

impl Key {
    /// As acceptable as `best` to within one mild objection: the same red lines and
    /// determined objectors, and objections weighing little more.
    fn near(&self, best: &Key) -> bool {
        self.red_lines == best.red_lines
            && self.determined == best.determined
            && self.weight <= best.weight + NEAR_WEIGHT
    }

    fn better_than(&self, other: &Key) -> bool {
        if self.red_lines != other.red_lines {
            return self.red_lines < other.red_lines;
        }
        if self.determined != other.determined {
            return self.determined < other.determined;
        }
        if (self.weight - other.weight).abs() > 1e-4 {
            return self.weight < other.weight;
        }
        if (self.regret - other.regret).abs() > REGRET_BAND {
            return self.regret < other.regret;
        }
        self.rank < other.rank
    }
}

/// One way the Chair may settle a bracketed amendment, with the member states predicted to be
/// unable to live with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChairOption {
    pub outcome: ChairOutcome,
    /// None keeps the current text.
    pub edit: Option<EditSpec>,
    pub objectors: Vec<DelegationId>,
    /// About as acceptable to the room as the persona's pick (the Chair may offer it instead).
    #[serde(default)]
    pub near_best: bool,
}

impl ChairOutcome {
    /// Lower is preferred by the persona when objections tie.
    fn rank(&self, persona: &Persona) -> u8 {
        use ChairOutcome::*;
        match (persona, self) {
            (Persona::Surgical, Kept) => 0,
            (Persona::Surgical, Proposal) => 1,
            (Persona::Surgical, Compromise(_)) => 2,
            (Persona::Surgical, AgreedLanguage(_)) => 3,
            (Persona::Surgical, Deleted) => 4,
            (Persona::CleanText, Deleted) => 0,
            (Persona::CleanText, AgreedLanguage(_)) => 1,
            (Persona::CleanText, Kept) => 2,
            (Persona::CleanText, Compromise(_)) => 3,
            (Persona::CleanText, Proposal) => 4,
            (Persona::BalancedPackage, Compromise(_)) => 0,
            (Persona::BalancedPackage, AgreedLanguage(_)) => 1,
            (Persona::BalancedPackage, Proposal) => 2,
            (Persona::BalancedPackage, Kept) => 3,
            (Persona::BalancedPackage, Deleted) => 4,
        }
    }
}

impl Session {
    /// Share of the session after which this Chair deletes contested text.
    fn deletion_threshold(&self) -> f32 {
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
            let options = self.options(&a, pressure);
            if options.len() == 1 {
                self.events.push(Event::Lapsed {
                    amendment: a.id,
                    reason: "the text it amends has changed".into(),
                });
                continue;
            }
            let (options, chosen) =
                self.choose(options, pressure, &losses, &a.threats, &a.persuaded);
            let chosen = self.offer(&options, chosen);
            let mut losing_blocs: Vec<usize> = options[chosen]
                .objectors
                .iter()
                .map(|&d| self.model.delegations[d as usize].bloc)
                .collect();
            losing_blocs.sort_unstable();
            losing_blocs.dedup();
            for b in losing_blocs {
                losses[b] += 1;
            }
            self.apply_ruling(a, &options, chosen);
        }
        // A Chair played from outside makes these calls itself.
        if !self.chair.is_external() {
            if pressure >= self.deletion_threshold() {
                self.cut_contested(pressure);
            }
            self.balance_package();
        }
        let last = self.clock.phase + 1 >= self.model.scenario.schedule.phases.len();
        let name = if last {
            "Final text".to_string()
        } else {
            format!("Rev.{}", self.revisions.len())
        };
        self.revisions.push(Revision {
            name: name.clone(),
            document: self.doc.clone(),
        });
        self.events.push(Event::RevisionIssued { name });
    }

    /// Brackets whose amendment no longer applies to the text lapse (a Chair played from
    /// outside has nothing to rule on them).
    pub(super) fn lapse_stale_brackets(&mut self) {
        let pressure = self.time();
        let brackets = std::mem::take(&mut self.floor.brackets);
        for a in brackets {
            if self.options(&a, pressure).len() < 2 {
                self.events.push(Event::Lapsed {
                    amendment: a.id,
                    reason: "the text it amends has changed".into(),
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
        let pressure = self.time();
        let options = self.options(a, pressure);
        if options.len() < 2 {
            return Vec::new();
        }
        let losses = vec![0u32; self.model.blocs.len()];
        self.choose(options, pressure, &losses, &a.threats, &a.persuaded)
            .0
    }

    /// What the scenario's persona Chair would choose among `chair_options(a)`.
    pub fn persona_ruling(&self, a: &Amendment) -> Option<usize> {
        let pressure = self.time();
        let options = self.options(a, pressure);
        if options.len() < 2 {
            return None;
        }
        let losses = vec![0u32; self.model.blocs.len()];
        Some(
            self.choose(options, pressure, &losses, &a.threats, &a.persuaded)
                .1,
        )
    }

    fn options(&self, a: &Amendment, pressure: f32) -> Vec<ChairOption> {
        let model = self.model.clone();
        let mut out = vec![
            ChairOption {
                outcome: ChairOutcome::Kept,
                edit: None,
                objectors: Vec::new(),
                near_best: false,
            },
            ChairOption {
                outcome: ChairOutcome::Proposal,
                edit: Some(a.edit.clone()),
                objectors: Vec::new(),
                near_best: false,
            },
        ];
        // The tags at stake: those of the clause under edit and of the proposed wording.
        let mut stake: Vec<TagId> = Vec::new();
        if let Ok(effect) = self.doc.effect(&model, &a.edit) {
            for c in effect.removed.iter().chain(&effect.added) {
                stake.extend(&c.tags);
            }
        }
        let reword = |text: &str, tags: &[String]| reword(&a.edit, text, tags);
        let touches = |applies: &[String]| {
            applies
                .iter()
                .any(|t| model.tag(t).is_some_and(|t| stake.contains(&t)))
        };
        for c in &model.scenario.chair.compromises {
            if c.paragraph.as_deref() == Some(a.paragraph.as_str()) || touches(&c.applies_to) {
                if let Some(edit) = reword(&c.text, &c.tags) {
                    out.push(ChairOption {
                        outcome: ChairOutcome::Compromise(c.id.clone()),
                        edit: Some(edit),
                        objectors: Vec::new(),
                        near_best: false,
                    });
                }
            }
        }
        for l in &model.scenario.chair.agreed_language {
            if touches(&l.applies_to) {
                if let Some(edit) = reword(&l.text, &l.tags) {
                    out.push(ChairOption {
                        outcome: ChairOutcome::AgreedLanguage(l.id.clone()),
                        edit: Some(edit),
                        objectors: Vec::new(),
                        near_best: false,
                    });
                }
            }
        }
        if pressure >= self.deletion_threshold() {
            if let EditSpec::Replace { clause, .. } = &a.edit {
                out.push(ChairOption {
                    outcome: ChairOutcome::Deleted,
                    edit: Some(EditSpec::Delete {
                        clause: clause.clone(),
                    }),
                    objectors: Vec::new(),
                    near_best: false,
                });
            }
        }
        // Options that no longer apply to the text (or change nothing) fall away.
        out.retain(|o| {
            o.edit
                .as_ref()
                .is_none_or(|e| self.doc.effect(&model, e).is_ok())
        });
        out
    }

    /// Fills each option's objectors and picks the one the persona Chair takes: fewest red
    /// lines crossed; fewest members who could not live with it; the fewest and mildest
    /// objections, each member counting alike; then least regret; then the persona's taste.
    fn choose(
        &self,
        mut options: Vec<ChairOption>,
        pressure: f32,
        losses: &[u32],
        threats: &[DelegationId],
        persuaded: &[DelegationId],
    ) -> (Vec<ChairOption>, usize) {
        let model = self.model.clone();
        let states: Vec<DelegationId> = (0..self.n() as DelegationId)
            .filter(|&d| model.delegations[d as usize].may_block())
            .collect();
        // Change in utility of each option for each member state, and red lines each crosses.
        let effects: Vec<_> = options
            .iter()
            .map(|o| {
                o.edit
                    .as_ref()
                    .map(|e| self.doc.effect(&model, e).unwrap_or_default())
                    .unwrap_or_default()
            })
            .collect();
        let values: Vec<Vec<f32>> = effects
            .iter()
            .map(|e| {
                states
                    .iter()
                    .map(|&d| delta(&model, &self.salience, d, e))
                    .collect()
            })
            .collect();
        // For each option and member: whether it crosses a red line, and whether it repairs one.
        let crossings: Vec<Vec<(bool, bool)>> = effects
            .iter()
            .map(|e| {
                states
                    .iter()
                    .map(|&d| {
                        let ch = red_line_changes(&model, d, &self.presence, e);
                        (ch.iter().any(|c| c.2), ch.iter().any(|c| !c.2))
                    })
                    .collect()
            })
            .collect();
        // Each member's best option, and whether some option would repair its red line.
        let tops: Vec<f32> = (0..states.len())
            .map(|k| values.iter().map(|v| v[k]).fold(f32::MIN, f32::max))
            .collect();
        let repairable: Vec<bool> = (0..states.len())
            .map(|k| crossings.iter().any(|c| c[k].1))
            .collect();
        let persona = model.scenario.chair.persona.clone();
        let tolerances: Vec<f32> = states
            .iter()
            .map(|&d| self.tolerance_at(d, pressure))
            .collect();
        let cutting = pressure >= self.deletion_threshold();
        let satisfaction: Vec<f32> = states.iter().map(|&d| self.satisfaction(d)).collect();
        let mut best: Option<(Key, usize)> = None;
        let mut keys: Vec<Key> = Vec::with_capacity(options.len());
        let mut all_objectors: Vec<Vec<DelegationId>> = Vec::with_capacity(options.len());
        for (i, o) in options.iter().enumerate() {
            // The clause this option would cut or reword, if any: a delegation that credibly
            // warned it could not live without that clause counts against every such option.
            let touched = match &o.edit {
                Some(EditSpec::Delete { clause } | EditSpec::Replace { clause, .. }) => {
                    Some(clause.as_str())
                }
                _ => None,
            };
            let mut red_lines = 0u32;
            let mut determined = 0u32;
            let mut weight = 0.0f32;
            let mut regret_sum = 0.0f32;
            let mut objectors = Vec::new();
            for (k, &d) in states.iter().enumerate() {
                let regret = tops[k] - values[i][k];
                let info = &model.delegations[d as usize];
                regret_sum += regret * info.influence;
                // A red line another option would repair counts against this one; a credible
                // threat to block weighs like a red line against the proposal itself.
                // (and against any other option that would cost the threatener beyond its
                // tolerance: a warning against losing a clause holds against every way of
                // losing it).
                let threatened = (threats.contains(&d)
                    && (o.outcome == ChairOutcome::Proposal || values[i][k] < -tolerances[k]))
                    || touched.is_some_and(|c| {
                        self.defended.iter().any(|(x, who)| *who == d && x.as_str() == c)
                            // (its own rewording of the clause is not a loss to it)
                            && o.edit.as_ref().is_none_or(|e| !self.floor.tabled[d as usize].contains(e))
                    });
                let red_line =
                    crossings[i][k].0 || (repairable[k] && !crossings[i][k].1) || threatened;
                // A member lobbied into letting the proposal pass does not hold it up.
                let lobbied = o.outcome == ChairOutcome::Proposal && persuaded.contains(&d);
                if red_line {
                    red_lines += 1;
                    weight += RED_LINE_WEIGHT;
                    objectors.push(d);
                } else if regret > tolerances[k] && !lobbied {
                    // A member this change would leave below what it can accept, or that
                    // loses far more than it tolerates, would block rather than live with it.
                    let loss = values[i][k];
                    if (loss < 0.0 && satisfaction[k] + loss < info.reservation)
                        || (o.edit.is_some() && regret > DETERMINED * tolerances[k])
                    {
                        determined += 1;
                    }
                    // Every member counts alike, whatever its size; one far beyond what it
                    // can accept counts more than one just past it.
                    weight += (regret / tolerances[k].max(0.05)).min(MAX_OBJECTION);
                    if persona == Persona::BalancedPackage {
                        // A package spreads the losses: a bloc that has lost already weighs more.
                        weight += 0.25 * losses[info.bloc] as f32;
                    }
                    objectors.push(d);
                }
            }
            let deletes = matches!(o.edit, Some(EditSpec::Delete { .. }));
            // Under deadline pressure, a Chair prefers deleting a contested reference to any
            // other option that is no less opposed.
            let rank = if deletes && cutting {
                0
            } else {
                o.outcome.rank(&persona)
            };
            let key = Key {
                red_lines,
                determined,
                weight,
                regret: regret_sum,
                rank,
            };
            if best.as_ref().is_none_or(|(b, _)| key.better_than(b)) {
                best = Some((key.clone(), i));
            }
            keys.push(key);
            all_objectors.push(objectors);
        }
        let chosen = best.map_or(0, |b| b.1);
        for ((o, objectors), key) in options.iter_mut().zip(all_objectors).zip(&keys) {
            o.objectors = objectors;
            o.near_best = key.near(&keys[chosen]);
        }
        (options, chosen)
    }

    /// What the Chair offers: the persona's pick half the time, otherwise another option the
    /// room would find about as acceptable (Chairs differ in what they put on the table).
    /// A pick everyone can live with is always taken.
    fn offer(&mut self, options: &[ChairOption], chosen: usize) -> usize {
        use rand::Rng;
        if options[chosen].objectors.is_empty() {
            return chosen;
        }
        let near: Vec<usize> = (0..options.len())
            .filter(|&i| i != chosen && options[i].near_best)
            .collect();
        if near.is_empty() || self.rng.random::<bool>() {
            chosen
        } else {
            near[self.rng.random_range(0..near.len())]
        }
    }

    /// Carries out a ruling: the chosen option enters the text and the log; a proposal with
    /// support but no consensus goes to the Chair's summary.
    pub(super) fn apply_ruling(&mut self, a: Amendment, options: &[ChairOption], chosen: usize) {
        let option = &options[chosen];
        let objectors = option.objectors.clone();
        if let Some(edit) = &option.edit {
            match self.change_text(edit) {
                Ok(effect) if option.outcome == ChairOutcome::Proposal => {
                    self.note_acquiescence(&effect, &a.persuaded);
                }
                Ok(_) => {}
                Err(e) => {
                    self.events.push(Event::Lapsed {
                        amendment: a.id,
                        reason: e.to_string(),
                    });
                    return;
                }
            }
        }
        // A card whose subject the Chair has settled with its own wording is spent too, so
        // that re-tabling it cannot insert the same text again.
        if matches!(
            option.outcome,
            ChairOutcome::Proposal | ChairOutcome::Compromise(_) | ChairOutcome::AgreedLanguage(_)
        ) {
            self.mark_card_adopted(&a);
        }
        if option.outcome == ChairOutcome::Proposal {
            self.floor.summary.retain(|e| e.edit != a.edit);
        } else {
            for k in self.cards_with(&a.edit) {
                self.floor.card_rejected[k] = true;
            }
            if !self.floor.rejected.contains(&a.edit) {
                self.floor.rejected.push(a.edit.clone());
            }
        }
        self.events.push(Event::ChairDecision {
            amendment: a.id,
            outcome: option.outcome.clone(),
            objections: objectors,
            options: options.len() as u32,
        });
        self.track_objectives();
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
            self.events.push(Event::MovedToSummary { amendment: a.id });
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
            .map(|r| self.model.delegations[r.0 as usize].influence)
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
            text: text.to_string(),
            tags: tags.to_vec(),
        }),
        EditSpec::Insert {
            paragraph, after, ..
        } => Some(EditSpec::Insert {
            paragraph: paragraph.clone(),
            after: after.clone(),
            text: text.to_string(),
            tags: tags.to_vec(),
        }),
        EditSpec::NewParagraph {
            section, id, after, ..
        } => Some(EditSpec::NewParagraph {
            section: section.clone(),
            id: id.clone(),
            after: after.clone(),
            text: text.to_string(),
            tags: tags.to_vec(),
        }),
        EditSpec::Move { .. } => None,
    }
}
