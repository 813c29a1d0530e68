//! How the Chair weighs the ways of settling a bracket: who could not live with each option
//! (a group's objection to taking text in first, then red lines, determined objectors, then
//! every member alike), and which of the about-as-acceptable options it offers.

use super::Session;
use super::chair::ChairOption;
use crate::document::EditEffect;
use crate::ids::BlocId;
use crate::log::ChairOutcome;
use crate::model::DelegationId;
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
    /// The option takes text in (the proposal, a compromise, agreed language) over the
    /// objection of a group: a consensus Chair never does while another way remains.
    over_a_group: bool,
    /// Member states whose red line the option crosses (or leaves crossed).
    red_lines: u32,
    /// Groups objecting: blocs of two or more member states whose leader objects, or half or
    /// more of whose member states do.
    groups: u32,
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
        self.over_a_group == best.over_a_group
            && self.red_lines == best.red_lines
            && self.groups == best.groups
            && self.determined == best.determined
            && self.weight <= best.weight + NEAR_WEIGHT
    }

    fn better_than(&self, other: &Key) -> bool {
        if self.over_a_group != other.over_a_group {
            return !self.over_a_group;
        }
        if self.red_lines != other.red_lines {
            return self.red_lines < other.red_lines;
        }
        if self.groups != other.groups {
            return self.groups < other.groups;
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

impl Session {
    /// Fills each option's objectors (`effects` holds what each option does to the text) and
    /// picks the one the persona Chair takes: fewest red lines crossed; fewest members who
    /// could not live with it; the fewest and mildest objections, each member counting
    /// alike; then least regret; then the persona's taste.
    pub(super) fn choose(
        &self,
        mut options: Vec<ChairOption>,
        effects: &[EditEffect],
        pressure: f32,
        losses: &[u32],
        a: &super::Amendment,
    ) -> (Vec<ChairOption>, usize) {
        let (threats, persuaded) = (&a.threats, &a.persuaded);
        // What the delegations consulted told the Chair they could live with.
        let declared = self.consultations_on(a.id);
        let model = self.model.clone();
        let states: Vec<DelegationId> = self
            .model
            .delegation_ids()
            .filter(|&d| model.delegations[d.index()].may_block())
            .collect();
        // Change in utility of each option for each member state, and red lines each crosses.
        let values: Vec<Vec<f32>> = effects
            .iter()
            .map(|e| {
                states
                    .iter()
                    .map(|&d| delta(&model, &self.mood.salience, d, e))
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
                        let ch = red_line_changes(&model, d, &self.text.presence, e);
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
        let tolerances = self.tolerances_at(&states, pressure);
        let cutting = pressure >= self.deletion_threshold();
        let satisfaction: Vec<f32> = states.iter().map(|&d| self.satisfaction(d)).collect();
        let mut best: Option<(Key, usize)> = None;
        let mut keys: Vec<Key> = Vec::with_capacity(options.len());
        let mut all_objectors: Vec<(Vec<DelegationId>, Vec<BlocId>)> =
            Vec::with_capacity(options.len());
        for (i, o) in options.iter().enumerate() {
            // The clause this option would cut or reword, if any: a delegation that credibly
            // warned it could not live without that clause counts against every such option.
            // (its own rewording of the clause is not a loss to it)
            let defenders: Vec<DelegationId> = match &o.edit {
                Some(EditSpec::Delete { clause } | EditSpec::Replace { clause, .. }) => self
                    .conduct
                    .defended
                    .iter()
                    .filter(|(x, who)| {
                        x.as_str() == clause.as_str()
                            && o.edit
                                .as_ref()
                                .is_none_or(|e| !self.floor.tabled[(*who).index()].contains(e))
                    })
                    .map(|(_, who)| *who)
                    .collect(),
                _ => Vec::new(),
            };
            let mut red_lines = 0u32;
            let mut determined = 0u32;
            let mut weight = 0.0f32;
            let mut regret_sum = 0.0f32;
            let mut objectors = Vec::new();
            for (k, &d) in states.iter().enumerate() {
                let regret = tops[k] - values[i][k];
                let info = &model.delegations[d.index()];
                regret_sum += regret * info.influence;
                // A red line another option would repair counts against this one; a credible
                // threat to block weighs like a red line against the proposal itself.
                // (and against any other option that would cost the threatener beyond its
                // tolerance: a warning against losing a clause holds against every way of
                // losing it).
                let threatened = (threats.contains(&d)
                    && (o.outcome == ChairOutcome::Proposal || values[i][k] < -tolerances[k]))
                    || defenders.contains(&d);
                let red_line =
                    crossings[i][k].0 || (repairable[k] && !crossings[i][k].1) || threatened;
                // A member lobbied into letting the proposal pass does not hold it up.
                let lobbied = o.outcome == ChairOutcome::Proposal && persuaded.contains(&d);
                // In consultations a member said whether it could live with this option: the
                // Chair takes its word over its own reading of the member's brief (a red line
                // of its capital's still binds it).
                let said = declared
                    .iter()
                    .find(|(x, _)| *x == d)
                    .map(|(_, ok)| ok.contains(&o.outcome));
                if !red_line && said == Some(false) {
                    determined += 1;
                    weight += MAX_OBJECTION;
                    objectors.push(d);
                } else if !red_line && said == Some(true) {
                } else if red_line {
                    red_lines += 1;
                    weight += RED_LINE_WEIGHT;
                    objectors.push(d);
                } else if regret > tolerances[k]
                    && !lobbied
                    // Opposed to a change is who loses by it, not who merely liked another
                    // option better; opposed to keeping the text is who wanted a change.
                    && (o.edit.is_none() || values[i][k] < 0.0)
                {
                    // A member this change would leave below what it can accept, or that
                    // loses far more than it tolerates, would block rather than live with it.
                    let loss = values[i][k];
                    // Objections to keeping text count as objections to taking it.
                    if (loss < 0.0 && satisfaction[k] + loss < info.reservation)
                        || regret > DETERMINED * tolerances[k]
                    {
                        determined += 1;
                    }
                    // Every member counts alike, whatever its size; one far beyond what it
                    // can accept counts more than one just past it.
                    weight += (regret / tolerances[k].max(0.05)).min(MAX_OBJECTION);
                    if persona == Persona::BalancedPackage {
                        // A package spreads the losses: a bloc that has lost already weighs more.
                        weight += 0.25 * losses[info.bloc.index()] as f32;
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
            let objecting: Vec<BlocId> = model
                .blocs
                .iter()
                .enumerate()
                .filter(|(_, b)| {
                    let members: Vec<DelegationId> = b
                        .members
                        .iter()
                        .copied()
                        .filter(|d| states.contains(d))
                        .collect();
                    // A group is two or more states: a lone delegation's objection weighs
                    // through its red lines, threats and determination instead.
                    let against = members.iter().filter(|d| objectors.contains(d)).count();
                    members.len() >= 2
                        && (objectors.contains(&b.leader) || 2 * against >= members.len())
                })
                .map(|(k, _)| BlocId::at(k))
                .collect();
            let groups = objecting.len() as u32;
            let takes_in = matches!(
                o.outcome,
                ChairOutcome::Proposal
                    | ChairOutcome::Compromise(_)
                    | ChairOutcome::AgreedLanguage(_)
                    | ChairOutcome::FriendsWording { .. }
            );
            let key = Key {
                over_a_group: takes_in && groups > 0,
                red_lines,
                groups,
                determined,
                weight,
                regret: regret_sum,
                rank,
            };
            if best.as_ref().is_none_or(|(b, _)| key.better_than(b)) {
                best = Some((key.clone(), i));
            }
            keys.push(key);
            all_objectors.push((objectors, if takes_in { objecting } else { Vec::new() }));
        }
        let chosen = best.map_or(0, |b| b.1);
        for ((o, (objectors, groups)), key) in options.iter_mut().zip(all_objectors).zip(&keys) {
            o.objectors = objectors;
            o.over_groups = groups;
            o.near_best = key.near(&keys[chosen]);
        }
        (options, chosen)
    }

    /// What the Chair offers: the persona's pick half the time, otherwise another option the
    /// room would find about as acceptable (Chairs differ in what they put on the table).
    /// A pick everyone can live with is always taken.
    pub(super) fn offer(&mut self, options: &[ChairOption], chosen: usize) -> usize {
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
}
