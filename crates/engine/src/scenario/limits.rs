//! Size limits on scenario files and their contents, and the checks that apply them.

use super::Scenario;
use crate::error::Problem;

/// Bounds that keep a hostile or mistaken file from exhausting memory or time.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub file_bytes: usize,
    pub delegations: usize,
    pub paragraphs: usize,
    pub clauses: usize,
    pub tags: usize,
    pub rules: usize,
    pub text_chars: usize,
    pub rounds: u32,
}

pub const LIMITS: Limits = Limits {
    file_bytes: 8 * 1024 * 1024,
    delegations: 400,
    paragraphs: 2_000,
    clauses: 8_000,
    tags: 1_000,
    rules: 20_000,
    text_chars: 4_000,
    rounds: 500,
};

/// Refuses a file of `bytes` bytes when it is over the size limit.
pub(super) fn check_file_size(bytes: u64) -> Result<(), Problem> {
    if bytes > LIMITS.file_bytes as u64 {
        return Err(Problem::plain(format!(
            "file is {bytes} bytes; scenarios are limited to {} bytes",
            LIMITS.file_bytes
        )));
    }
    Ok(())
}

/// Every count in the scenario that is over its limit; empty means all are within bounds.
pub(super) fn exceeded(s: &Scenario) -> Vec<Problem> {
    let delegations: usize = s.blocs.iter().map(|b| b.delegations.len()).sum();
    let paragraphs: usize = s.draft.iter().map(|x| x.paragraphs.len()).sum();
    let clauses: usize = s
        .draft
        .iter()
        .flat_map(|x| &x.paragraphs)
        .map(|p| p.clauses.len())
        .sum();
    let rules: usize = s
        .blocs
        .iter()
        .map(|b| b.rules.len() + b.delegations.iter().map(|d| d.rules.len()).sum::<usize>())
        .sum();
    let rounds: u64 = s.schedule.phases.iter().map(|p| p.rounds as u64).sum();
    let checks = [
        ("sections", s.draft.len(), MAX_SECTIONS),
        ("delegations", delegations, LIMITS.delegations),
        ("paragraphs", paragraphs, LIMITS.paragraphs),
        ("clauses", clauses, LIMITS.clauses),
        ("tags", s.tags.len(), LIMITS.tags),
        ("preference rules", rules, LIMITS.rules),
        (
            "rounds",
            rounds.min(usize::MAX as u64) as usize,
            LIMITS.rounds as usize,
        ),
    ];
    let mut problems = Vec::new();
    for (what, n, max) in checks {
        if n > max {
            problems.push(Problem::plain(format!(
                "{n} {what}; a scenario may have at most {max}"
            )));
        }
    }
    problems
}

/// Most sections a draft may have (section ids are indices of 16 bits; the weight table grows
/// with delegations × tags × sections).
pub const MAX_SECTIONS: usize = 200;

/// Memory the model of a scenario may need at most, in bytes.
pub const MODEL_BUDGET: u64 = 512 * 1024 * 1024;

/// Bytes a reaction in the log takes at most (the reaction, its reasons, their clause names).
const REACTION_BYTES: u64 = 640;

/// An upper bound on the memory one game of a scenario needs, by what drives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cost {
    /// The weight table: delegations × tags × sections.
    pub weights: u64,
    /// Trust and the per-delegation tables: delegations².
    pub relations: u64,
    /// The event log: every tabling's reactions, at most delegations × interventions tablings,
    /// each heard by every other delegation.
    pub log: u64,
}

impl Cost {
    pub fn total(&self) -> u64 {
        self.weights + self.relations + self.log
    }
}

/// The memory one game of `s` needs at most.
pub fn cost(s: &Scenario) -> Cost {
    let d = s.blocs.iter().map(|b| b.delegations.len()).sum::<usize>() as u64;
    let t = s.tags.len() as u64;
    let sections = s.draft.len() as u64;
    let tablings_each: u64 = s
        .schedule
        .phases
        .iter()
        .map(|p| u64::from(p.interventions.min(LIMITS.rounds)))
        .sum();
    Cost {
        weights: d * t * sections.max(1) * 4,
        relations: d * d * 4 * 2,
        log: d * tablings_each * d.saturating_sub(1) * REACTION_BYTES,
    }
}

/// Most steps one game of a scenario may take (see `Work`): about 20 seconds of a laptop's time
/// in the worst case, far more than any real room needs (the largest shipped scenario needs
/// well under a hundredth of it).
pub const WORK_BUDGET: u64 = 200_000_000;

/// An upper bound on the time one game of a scenario takes, in steps of roughly equal cost
/// (a delegation weighing one candidate edit), by what drives it. Every round, every delegation
/// weighs every card and every clause; every card's effect on the text is worked out again (a
/// cheaper step: a paragraph found by id, one in 16); and every delegation hears every other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Work {
    /// Rounds in the schedule.
    pub rounds: u64,
    /// rounds × delegations × (cards + clauses).
    pub choices: u64,
    /// rounds × cards × paragraphs (with those new-paragraph cards could add by then) / 16.
    pub card_effects: u64,
    /// rounds × delegations² × 8: reactions, trust and the Chair's weighing.
    pub reactions: u64,
}

impl Work {
    pub fn total(&self) -> u64 {
        self.choices
            .saturating_add(self.card_effects)
            .saturating_add(self.reactions)
    }
}

/// The time one game of `s` takes at most, in steps.
pub fn work(s: &Scenario) -> Work {
    let d = s.blocs.iter().map(|b| b.delegations.len()).sum::<usize>() as u64;
    let cards = s.cards.len() as u64;
    let new_paragraphs = s
        .cards
        .iter()
        .filter(|c| matches!(c.edit, super::EditSpec::NewParagraph { .. }))
        .count() as u64;
    let paragraphs = s.draft.iter().map(|x| x.paragraphs.len()).sum::<usize>() as u64;
    let clauses = s
        .draft
        .iter()
        .flat_map(|x| &x.paragraphs)
        .map(|p| p.clauses.len())
        .sum::<usize>() as u64;
    let rounds: u64 = s
        .schedule
        .phases
        .iter()
        .map(|p| u64::from(p.rounds.min(LIMITS.rounds)))
        .sum::<u64>()
        .max(1);
    let per_round = |x: u64| rounds.saturating_mul(x);
    // The text grows by at most one adopted amendment per delegation a round.
    let grown = paragraphs + new_paragraphs.min(rounds.saturating_mul(d));
    Work {
        rounds,
        choices: per_round(d.saturating_mul(cards + clauses)),
        card_effects: per_round(cards.saturating_mul(grown) / 16),
        reactions: per_round(d.saturating_mul(d).saturating_mul(8)),
    }
}
