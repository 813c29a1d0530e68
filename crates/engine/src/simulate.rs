//! AI-only games in bulk: adoption rate, rounds, Chair deletions, paragraph survival,
//! delegation scores and, against the historical record, fidelity.

use std::sync::Arc;

use serde::Serialize;

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
    pub paragraphs_kept: Vec<bool>,
    pub scores: Vec<f32>,
    pub history: Vec<bool>,
}

/// Plays one AI-only game to the end.
pub fn play(model: &Arc<Model>, seed: u64) -> Session {
    let mut s = Session::new(model.clone(), seed, &[]).expect("no human delegations to check");
    s.run_to_end();
    s
}

/// Every paragraph id that may appear: the zero draft's, then those cards can create.
pub fn paragraph_ids(model: &Model) -> Vec<String> {
    let mut ids: Vec<String> = model
        .scenario
        .draft
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(|p| p.id.clone()))
        .collect();
    for c in &model.scenario.cards {
        if let crate::scenario::EditSpec::NewParagraph { id, .. } = &c.edit {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    ids
}

pub fn summarise(model: &Model, s: &Session, paragraphs: &[String]) -> RunSummary {
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
            Event::Scored { delegation, score } => scores[*delegation as usize] = score.total,
            _ => {}
        }
    }
    RunSummary {
        seed: s.seed(),
        adopted: s.outcome().is_some_and(|o| o.adopted),
        rounds: s.rounds_played(),
        chair_deletions,
        stripped,
        paragraphs_kept: paragraphs
            .iter()
            .map(|p| s.holds(&crate::scenario::Condition::ParagraphKept(p.clone())))
            .collect(),
        scores,
        history: model
            .scenario
            .history
            .iter()
            .map(|h| s.holds(&h.check))
            .collect(),
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
    pub paragraph_survival: Vec<(String, f64)>,
    pub delegation_scores: Vec<(String, f64)>,
    pub history: Vec<HistoryShare>,
    /// Mean of the history shares; None without a historical record.
    pub fidelity: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct HistoryShare {
    pub id: String,
    pub description: String,
    pub share: f64,
}

pub fn stats(model: &Model, first_seed: u64, runs: &[RunSummary]) -> Stats {
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
            description: h.description.clone(),
            share: runs.iter().filter(|r| r.history[i]).count() as f64 / n,
        })
        .collect();
    let fidelity = (!history.is_empty())
        .then(|| history.iter().map(|h| h.share).sum::<f64>() / history.len() as f64);
    Stats {
        scenario: model.scenario.meta.id.clone(),
        runs: runs.len(),
        first_seed,
        adoption_rate: runs.iter().filter(|r| r.adopted).count() as f64 / n,
        median_rounds,
        mean_chair_deletions: runs.iter().map(|r| r.chair_deletions as f64).sum::<f64>() / n,
        mean_stripped: runs.iter().map(|r| r.stripped as f64).sum::<f64>() / n,
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
    }
}
