//! Objectives for a member state its author gave none: any state may be taken in a class, and
//! a seat with nothing to win scores for doing nothing. They are read from the delegation's
//! own positions, choosing what the zero draft does not already give it and someone in the
//! room opposes (what the room would hand it anyway teaches nothing): text a card would bring
//! in, its own cards first; only where there is none, what it must defend against a card or
//! could strike from the draft; never a wish nothing in the room can move. Measured with
//! `zero-draft check --stakes`: passing against the coach on the seats of the OEWG rooms.

use crate::document::{ClauseFacts, Document, EditEffect};
use crate::ids::{SectionId, TagId};
use crate::model::{CompiledRule, DelegationId, Model};
use crate::preferences::Presence;
use crate::scenario::{Condition, Objective};

/// Most objectives read from a delegation's positions (adoption comes on top).
const DERIVED: usize = 3;

/// Most clauses a delegation is asked to strike to keep an idea out of the text.
const MOST_CUTS: usize = 2;

/// Gives every member state without objectives some, read from its positions.
pub(crate) fn derive_objectives(model: &mut Model) {
    let draft = Document::zero_draft(model);
    let zero = Presence::of(model, &draft);
    // What each card would do to the zero draft (a card that no longer applies does nothing).
    let cards: Vec<EditEffect> = model
        .scenario
        .cards
        .iter()
        .map(|c| draft.effect(model, &c.edit).unwrap_or_default())
        .collect();
    for d in 0..model.delegations.len() {
        let info = &model.delegations[d];
        if !info.objectives.is_empty() || !info.may_block() {
            continue;
        }
        let derived = from_positions(model, &draft, &zero, &cards, d);
        model.delegations[d].objectives = derived;
    }
}

fn from_positions(
    model: &Model,
    draft: &Document,
    zero: &Presence,
    cards: &[EditEffect],
    d: usize,
) -> Vec<Objective> {
    let me = DelegationId::at(d);
    let rules = &model.delegations[d].rules;
    // Whether the zero draft already meets the rule's wish (a tag present or absent).
    let met = |r: &CompiledRule| {
        let present = zero.count(r.tag, r.section) > 0;
        present == (r.weight > 0.0)
    };
    // How hard the room resists the wish: the heaviest opposite weight another member state
    // puts on the tag (a red line against it makes it unwinnable), or None when nobody
    // opposes it by a whole point (then the room would hand it over, or never raise it).
    let resistance = |r: &CompiledRule| -> Option<f32> {
        let mut most: Option<f32> = None;
        for (o, info) in model.delegations.iter().enumerate() {
            if o == d || !info.may_block() {
                continue;
            }
            for x in info
                .rules_on(r.tag)
                .iter()
                .filter(|x| x.weight * r.weight < 0.0)
            {
                if x.red_line {
                    return Some(f32::INFINITY);
                }
                if x.weight.abs() >= 1.0 {
                    most = Some(most.map_or(x.weight.abs(), |m| m.max(x.weight.abs())));
                }
            }
        }
        most
    };
    // The cards that would put the tag in (where the rule looks) or take it out.
    let in_scope = |r: &CompiledRule, f: &ClauseFacts| {
        f.tags.contains(&r.tag) && r.section.is_none_or(|s| s == f.section)
    };
    let adding = |r: &CompiledRule| {
        (0..cards.len())
            .filter(|&k| cards[k].added.iter().any(|f| in_scope(r, f)))
            .collect::<Vec<_>>()
    };
    let removing = |r: &CompiledRule| {
        cards
            .iter()
            .any(|e| e.removed.iter().any(|f| in_scope(r, f)))
    };
    // How many clauses of the draft carry the tag where the rule looks.
    let clauses = |r: &CompiledRule| {
        draft
            .clauses()
            .filter(|(s, _, c)| c.tags.contains(&r.tag) && r.section.is_none_or(|x| x == *s))
            .count()
    };
    // What the delegation can win by its own motion: text it wants that a card would put in
    // (a card others ask for would be tabled without it, so it is won less by its own hand).
    // What it must defend: text it wants that a card would take out, or text it opposes that a
    // card would put in. What it may strike: text it opposes in a clause or two of the draft
    // (any delegation may move to delete a clause).
    #[derive(PartialEq, Eq, PartialOrd, Ord)]
    enum Stake {
        OwnMotion,
        SharedMotion,
        Defence,
        Strike,
        Out,
    }
    let stake = |r: &CompiledRule| -> Stake {
        match (met(r), r.weight > 0.0) {
            (false, true) => {
                let by = adding(r);
                if by.is_empty() {
                    Stake::Out
                } else if by
                    .iter()
                    .any(|&k| model.card_askers[k].iter().all(|&a| a == me))
                {
                    Stake::OwnMotion
                } else {
                    Stake::SharedMotion
                }
            }
            // Striking a clause or two is a motion; an idea spread over the whole draft is
            // a rewrite nobody wins.
            (false, false) if clauses(r) <= MOST_CUTS => Stake::Strike,
            (false, false) => Stake::Out,
            (true, true) if removing(r) => Stake::Defence,
            (true, false) if !adding(r).is_empty() => Stake::Defence,
            (true, _) => Stake::Out,
        }
    };
    // The contested wishes (red lines among them: the Chair's rule already keeps a red line
    // from being crossed, so one the draft breaks is won like any wish), what the delegation
    // can win by its own motion first, then the least resisted, then its heaviest; ties keep
    // the scenario's order. Wishes nothing in the room can move, or that another state holds
    // as a red line, are no objective.
    let mut wishes: Vec<(Stake, f32, &CompiledRule)> = rules
        .iter()
        .filter(|r| r.weight.abs() >= 1.0 || r.red_line)
        .filter_map(|r| Some((stake(r), resistance(r)?, r)))
        .filter(|(k, against, _)| *k != Stake::Out && against.is_finite())
        .collect();
    // Easiest to move first: a wish the other side holds lightly can be won by a good
    // delegate; one it holds as hard as anything is a wish, not a fair objective.
    wishes.sort_by(|(ka, ra, a), (kb, rb, b)| {
        ka.cmp(kb)
            .then(ra.total_cmp(rb))
            .then(b.weight.abs().total_cmp(&a.weight.abs()))
    });
    // Text a card would bring is the objective where there is any: played, the room seldom
    // takes what the draft gives away, or strikes what it was going to keep, and it mostly
    // settles those without the delegation, so a passive seat would keep them for nothing.
    if wishes.iter().any(|(k, _, _)| *k <= Stake::SharedMotion) {
        wishes.retain(|(k, _, _)| *k <= Stake::SharedMotion);
    }
    let mut chosen: Vec<&CompiledRule> = wishes.into_iter().map(|(_, _, r)| r).collect();
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
        description: description.into(),
        condition,
        // A red line is worth twice an ordinary wish, as authors weigh them.
        weight: if red_line { 2.0 } else { 1.0 },
    }
}
