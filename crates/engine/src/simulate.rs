//! AI-only games in bulk: adoption rate, rounds, Chair deletions, paragraph survival,
//! delegation scores and, against the historical record, fidelity.

use std::sync::Arc;

use serde::Serialize;

use crate::ids::ParagraphId;
use crate::log::{ChairOutcome, Event};
use crate::model::Model;
use crate::session::Session;

/// Outcome of one AI-only game, kept small so thousands of runs fit in memory.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSummary {
    pub seed: u64,
    pub adopted: bool,
    pub rounds: u32,
    pub chair_deletions: u32,
    pub stripped: u32,
    /// Offers accepted and soundings made in the corridor.
    pub deals: u32,
    pub soundings: u32,
    pub paragraphs_kept: Vec<bool>,
    pub scores: Vec<f32>,
    pub history: Vec<bool>,
    /// Each paragraph's fate, in the order of `paragraph_ids`.
    pub fates: Vec<Fate>,
}

/// What became of a paragraph by the end of a game. Two games have the same outcome when
/// every paragraph met the same fate, whatever the wording of an amendment.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
pub enum Fate {
    /// In the final text as drafted, in its section.
    Kept,
    /// In the final text, changed or moved.
    Amended,
    /// Drafted, and gone from the final text.
    Deleted,
    /// Not in the zero draft, added during the game.
    Added,
    /// A paragraph a card could have added, never added.
    NeverAdded,
}

/// Each paragraph's fate in a finished game.
pub fn fates(s: &Session, paragraphs: &[ParagraphId]) -> Vec<Fate> {
    let zero = &s.revisions()[0].document;
    let now = s.document();
    paragraphs
        .iter()
        .map(|p| {
            let before = zero.find_paragraph(p);
            let after = now
                .find_paragraph(p)
                .filter(|&(sec, i)| !now.sections[sec].paragraphs[i].is_deleted());
            match (before, after) {
                (None, None) => Fate::NeverAdded,
                (None, Some(_)) => Fate::Added,
                (Some(_), None) => Fate::Deleted,
                (Some((s0, i0)), Some((s1, i1))) => {
                    let a = &zero.sections[s0].paragraphs[i0];
                    let b = &now.sections[s1].paragraphs[i1];
                    if zero.sections[s0].id == now.sections[s1].id && a.text() == b.text() {
                        Fate::Kept
                    } else {
                        Fate::Amended
                    }
                }
            }
        })
        .collect()
}

/// The do-nothing game: every delegation passes and joins and the Chair changes nothing, so
/// the zero draft is adopted as drafted. Its fidelity is the baseline the room's negotiation is measured against.
pub fn play_unamended(model: &Arc<Model>, seed: u64) -> Session {
    use crate::log::Action;
    use crate::seat::{Command, Controller, Seat};
    // The Chair is held from outside too, so that it makes no changes of its own.
    let seats: Vec<(Seat, Controller)> = model
        .delegation_ids()
        .map(|d| (Seat::Delegation(d), Controller::Script))
        .chain([(Seat::Chair, Controller::Script)])
        .collect();
    let mut s = Session::open(model.clone(), seed, &seats);
    while let Some(&seat) = s.pending().first() {
        let command = if seat == Seat::Chair {
            // Nothing is ever bracketed: the Chair issues each revision unchanged.
            Command::IssueRevision
        } else if s.stage() == crate::session::Stage::Adoption {
            Command::Act(Action::Join)
        } else {
            Command::Act(Action::Pass)
        };
        if s.input(seat, command).is_err() {
            break;
        }
    }
    s
}

/// Plays one AI-only game to the end.
pub fn play(model: &Arc<Model>, seed: u64) -> Session {
    let mut s = Session::new(model.clone(), seed, &[]).expect("no human delegations to check");
    s.run_to_end();
    s
}

/// Every paragraph id that may appear: the zero draft's, then those cards can create.
pub fn paragraph_ids(model: &Model) -> Vec<ParagraphId> {
    let mut ids: Vec<ParagraphId> = model
        .scenario
        .draft
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(|p| p.id.clone()))
        .collect();
    // A set beside the list: a scenario may have tens of thousands of cards.
    let mut seen: rustc_hash::FxHashSet<ParagraphId> = ids.iter().cloned().collect();
    for c in &model.scenario.cards {
        if let crate::scenario::EditSpec::NewParagraph { id, .. } = &c.edit
            && seen.insert(id.clone())
        {
            ids.push(id.clone());
        }
    }
    ids
}

pub fn summarise(model: &Model, s: &Session, paragraphs: &[ParagraphId]) -> RunSummary {
    let mut chair_deletions = 0;
    let mut deletions = Vec::new();
    let mut stripped = 0;
    let mut scores = vec![0.0; model.delegations.len()];
    for e in s.events() {
        match e {
            Event::ChairDecision {
                outcome: ChairOutcome::Deleted,
                ..
            } => chair_deletions += 1,
            // Ruling for a contested deletion also deletes text over objections.
            Event::ChairDecision {
                outcome: ChairOutcome::Proposal,
                amendment,
                objections,
                ..
            } if !objections.is_empty() && deletions.contains(amendment) => chair_deletions += 1,
            Event::Tabled {
                amendment,
                edit: crate::scenario::EditSpec::Delete { .. },
                ..
            } => deletions.push(*amendment),
            Event::Stripped { .. } => stripped += 1,
            Event::ChairEdited {
                edit: crate::scenario::EditSpec::Delete { .. },
                ..
            } => chair_deletions += 1,
            Event::Scored { delegation, score } => scores[(*delegation).index()] = score.total,
            _ => {}
        }
    }
    RunSummary {
        seed: s.seed(),
        adopted: s.outcome().is_some_and(|o| o.adopted),
        rounds: s.rounds_played(),
        chair_deletions,
        stripped,
        deals: s.deals() as u32,
        soundings: s.corridor().0.len() as u32,
        paragraphs_kept: paragraphs
            .iter()
            .map(|p| s.holds(&crate::scenario::Condition::ParagraphKept(p.clone())))
            .collect(),
        scores,
        history: model
            .scenario
            .history
            .iter()
            .map(|h| s.holds_in_report(&h.check))
            .collect(),
        fates: fates(s, paragraphs),
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Stats {
    pub scenario: String,
    pub runs: usize,
    pub first_seed: u64,
    pub adoption_rate: f64,
    pub median_rounds: f64,
    pub mean_chair_deletions: f64,
    pub mean_stripped: f64,
    /// Means per game of the offers accepted and the soundings made in the corridor.
    pub deals_per_game: f64,
    pub soundings_per_game: f64,
    pub paragraph_survival: Vec<(ParagraphId, f64)>,
    pub delegation_scores: Vec<(String, f64)>,
    pub history: Vec<HistoryShare>,
    /// Mean of the history shares; None without a historical record.
    pub fidelity: Option<f64>,
    /// Fidelity of the unamended draft (every delegation passes and joins), and the room's
    /// gain over it; None without a historical record.
    pub baseline_fidelity: Option<f64>,
    pub lift: Option<f64>,
    /// Fidelity over the informative checks only (those the unamended draft does not already
    /// meet), and the room's gain over the unamended draft on them; None when the baseline was
    /// not played or every check is already met by the draft.
    pub informative_fidelity: Option<f64>,
    pub informative_lift: Option<f64>,
    /// Share of games whose paragraph fates equal the most common pattern.
    pub modal_final_text_share: f64,
    /// How many different paragraph-fate patterns the games ended with.
    pub distinct_final_texts: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HistoryShare {
    pub id: String,
    pub description: String,
    pub share: f64,
    /// Whether the zero draft adopted unamended already meets the check (so it tells nothing
    /// of the negotiation); None when the baseline was not played.
    pub met_by_draft: Option<bool>,
}

/// Statistics of `runs`; `baseline` is the history of the unamended draft (see
/// `play_unamended`), when it was played.
pub fn stats(
    model: &Model,
    first_seed: u64,
    runs: &[RunSummary],
    baseline: Option<&[bool]>,
) -> Stats {
    let n = runs.len().max(1) as f64;
    let mut rounds: Vec<u32> = runs.iter().map(|r| r.rounds).collect();
    rounds.sort_unstable();
    let median_rounds = match rounds.len() {
        0 => 0.0,
        k if k % 2 == 1 => rounds[k / 2] as f64,
        k => (rounds[k / 2 - 1] + rounds[k / 2]) as f64 / 2.0,
    };
    let paragraphs = paragraph_ids(model);
    let history: Vec<HistoryShare> = model
        .scenario
        .history
        .iter()
        .enumerate()
        .map(|(i, h)| HistoryShare {
            id: h.id.clone(),
            description: h.description.to_string(),
            share: runs.iter().filter(|r| r.history[i]).count() as f64 / n,
            met_by_draft: baseline.and_then(|b| b.get(i).copied()),
        })
        .collect();
    let fidelity = (!history.is_empty())
        .then(|| history.iter().map(|h| h.share).sum::<f64>() / history.len() as f64);
    let baseline_fidelity = baseline
        .filter(|b| !b.is_empty())
        .map(|b| b.iter().filter(|&&x| x).count() as f64 / b.len() as f64);
    let lift = fidelity.zip(baseline_fidelity).map(|(f, b)| f - b);
    let informative: Vec<&HistoryShare> = history
        .iter()
        .filter(|h| h.met_by_draft == Some(false))
        .collect();
    let informative_fidelity = (!informative.is_empty())
        .then(|| informative.iter().map(|h| h.share).sum::<f64>() / informative.len() as f64);
    // The unamended draft meets none of the informative checks: its fidelity on them is 0.
    let informative_lift = informative_fidelity;
    let mut patterns: std::collections::BTreeMap<&[Fate], usize> = Default::default();
    for r in runs {
        *patterns.entry(r.fates.as_slice()).or_default() += 1;
    }
    let modal = patterns.values().copied().max().unwrap_or(0);
    Stats {
        scenario: model.scenario.meta.id.clone(),
        runs: runs.len(),
        first_seed,
        adoption_rate: runs.iter().filter(|r| r.adopted).count() as f64 / n,
        median_rounds,
        mean_chair_deletions: runs.iter().map(|r| r.chair_deletions as f64).sum::<f64>() / n,
        mean_stripped: runs.iter().map(|r| r.stripped as f64).sum::<f64>() / n,
        deals_per_game: runs.iter().map(|r| r.deals as f64).sum::<f64>() / n,
        soundings_per_game: runs.iter().map(|r| r.soundings as f64).sum::<f64>() / n,
        paragraph_survival: paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    p.clone(),
                    runs.iter().filter(|r| r.paragraphs_kept[i]).count() as f64 / n,
                )
            })
            .collect(),
        delegation_scores: model
            .delegations
            .iter()
            .enumerate()
            .map(|(d, info)| {
                (
                    info.id.clone(),
                    runs.iter().map(|r| r.scores[d] as f64).sum::<f64>() / n,
                )
            })
            .collect(),
        history,
        fidelity,
        baseline_fidelity,
        lift,
        informative_fidelity,
        informative_lift,
        modal_final_text_share: modal as f64 / n,
        distinct_final_texts: patterns.len(),
    }
}
