//! Objectives for a member state its author gave none: any state may be taken in a class, and
//! a seat with nothing to win scores for doing nothing. They are read from the delegation's
//! own positions, choosing what the zero draft does not already give it and someone in the
//! room opposes (what the room would hand it anyway teaches nothing): its red lines first,
//! then its heaviest contested wishes.

use crate::document::Document;
use crate::ids::{SectionId, TagId};
use crate::model::{CompiledRule, Model};
use crate::preferences::Presence;
use crate::scenario::{Condition, Objective};

/// Most objectives read from a delegation's positions (adoption comes on top).
const DERIVED: usize = 3;

/// Gives every member state without objectives some, read from its positions.
pub(crate) fn derive_objectives(model: &mut Model) {
    let zero = Presence::of(model, &Document::zero_draft(model));
    for d in 0..model.delegations.len() {
        let info = &model.delegations[d];
        if !info.objectives.is_empty() || !info.may_block() {
            continue;
        }
        let derived = from_positions(model, &zero, d);
        model.delegations[d].objectives = derived;
    }
}

fn from_positions(model: &Model, zero: &Presence, d: usize) -> Vec<Objective> {
    let rules = &model.delegations[d].rules;
    // Whether the zero draft already meets the rule's wish (a tag present or absent).
    let met = |r: &CompiledRule| {
        let present = zero.count(r.tag, r.section) > 0;
        present == (r.weight > 0.0)
    };
    // Whether another member state wants the opposite on the tag.
    let contested = |r: &CompiledRule| {
        model.delegations.iter().enumerate().any(|(o, info)| {
            o != d
                && info.may_block()
                && info
                    .rules_on(r.tag)
                    .iter()
                    .any(|x| x.weight * r.weight < 0.0 && x.weight.abs() >= 1.0)
        })
    };
    let mut chosen: Vec<&CompiledRule> = rules.iter().filter(|r| r.red_line && !met(r)).collect();
    // Then the contested wishes the draft leaves unmet, heaviest first; ties keep the
    // scenario's order. Failing those, the heaviest contested wishes the draft meets, which
    // must be defended.
    let mut wishes: Vec<&CompiledRule> = rules
        .iter()
        .filter(|r| r.weight.abs() >= 1.0 && contested(r))
        .collect();
    wishes.sort_by(|a, b| {
        met(a)
            .cmp(&met(b))
            .then(b.weight.abs().total_cmp(&a.weight.abs()))
    });
    chosen.extend(wishes);
    let mut seen = Vec::new();
    chosen.retain(|r| {
        let key = (r.tag, r.section);
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    let mut out: Vec<Objective> = chosen
        .into_iter()
        .take(DERIVED)
        .map(|r| objective(model, r.tag, r.section, r.weight, r.red_line))
        .collect();
    if out.is_empty() {
        // Nothing contested: the report itself is what there is to win.
        out.push(Objective {
            id: "adopted".into(),
            description: "See the report adopted".into(),
            condition: Condition::Adopted,
            weight: 1.0,
        });
    }
    out
}

fn objective(
    model: &Model,
    tag: TagId,
    section: Option<SectionId>,
    weight: f32,
    red_line: bool,
) -> Objective {
    let label = &model.scenario.tags[tag.index()].label;
    let id = &model.scenario.tags[tag.index()].id;
    let section_id = section.map(|s| model.sections[s.index()].clone());
    let place = match &section_id {
        Some(s) => format!("the section \"{s}\""),
        None => "the report".to_string(),
    };
    let (description, condition) = if weight > 0.0 {
        (
            format!("Get {label} into {place}"),
            Condition::Includes {
                tag: id.clone(),
                section: section_id,
            },
        )
    } else {
        (
            format!("Keep {label} out of {place}"),
            Condition::Excludes {
                tag: id.clone(),
                section: section_id,
            },
        )
    };
    let kind = if weight > 0.0 { "get" } else { "keep-out" };
    Objective {
        id: match section {
            Some(s) => format!("{kind}-{id}-in-{}", model.sections[s.index()]),
            None => format!("{kind}-{id}"),
        },
        description,
        condition,
        // A red line is worth twice an ordinary wish, as authors weigh them.
        weight: if red_line { 2.0 } else { 1.0 },
    }
}
