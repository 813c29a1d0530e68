//! The author's report on a scenario in one place (`zero-draft check`): how AI-only games
//! go (adoption, fidelity and its lift over the unamended draft), the history checks that
//! never move and why, the delegations that never act, the cards nobody tables, and how the
//! lexicon reads each card's wording.

use std::sync::Arc;

use serde::Serialize;

use crate::log::Event;
use crate::model::Model;
use crate::scenario::EditSpec;
use crate::simulate::{Stats, paragraph_ids, play, play_unamended, stats, summarise};

/// Why a history check gives the same answer in every game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stuck {
    /// The zero draft, adopted as it stands, already answers it so: the negotiation cannot
    /// show anything with it.
    DecidedByDraft,
    /// The draft answers it otherwise, and no game ever changes that: no delegation moves
    /// the text it looks at (or the room always undoes it).
    NeverMoved,
}

/// A history check that every game answered the same way.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StuckCheck {
    pub id: String,
    pub description: String,
    /// The share of games that met it: 0 or 1.
    pub share: f64,
    pub why: Stuck,
}

/// How the lexicon reads a card's wording, beside the tags the card states.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardReading {
    pub id: String,
    pub title: String,
    /// Whether it brings wording (a deletion or a move brings none).
    pub wording: bool,
    /// Tags the lexicon finds in its wording.
    pub read: Vec<String>,
    /// Tags the card states itself (the reading used when present).
    pub stated: Vec<String>,
}

/// The author's report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub stats: Stats,
    pub stuck: Vec<StuckCheck>,
    /// Delegations that tabled, co-sponsored or objected in none of the games.
    pub never_act: Vec<String>,
    /// Cards no delegation tabled in any game.
    pub cards_never_tabled: Vec<String>,
    pub cards: Vec<CardReading>,
    /// What each seat has to win, when asked for (`crate::stakes`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stakes: Vec<crate::stakes::SeatStake>,
}

/// Plays `runs` AI-only games from `seed` and reports on them.
pub fn report(model: &Arc<Model>, seed: u64, runs: u64) -> Report {
    let paragraphs = paragraph_ids(model);
    let n = model.delegations.len();
    let mut acted = vec![false; n];
    let mut tabled = vec![false; model.scenario.cards.len()];
    let mut summaries = Vec::with_capacity(runs as usize);
    for k in 0..runs {
        let s = play(model, seed.wrapping_add(k));
        for e in s.events() {
            let who = match e {
                Event::Tabled { proposer, card, .. } => {
                    if let Some(c) = card
                        && let Some(i) = model.scenario.cards.iter().position(|x| x.id == *c)
                    {
                        tabled[i] = true;
                    }
                    Some(*proposer)
                }
                Event::CoSponsored { delegation, .. } | Event::Objected { delegation, .. } => {
                    Some(*delegation)
                }
                Event::Reacted {
                    amendment: _,
                    reactions,
                } => {
                    for r in reactions {
                        if r.stance == crate::preferences::Stance::Object {
                            acted[r.delegation.index()] = true;
                        }
                    }
                    None
                }
                _ => None,
            };
            if let Some(d) = who {
                acted[d.index()] = true;
            }
        }
        summaries.push(summarise(model, &s, &paragraphs));
    }
    let unamended = play_unamended(model, seed);
    let baseline: Vec<bool> = model
        .scenario
        .history
        .iter()
        .map(|h| unamended.holds_in_report(&h.check))
        .collect();
    let stats = stats(model, seed, &summaries, Some(&baseline));
    let stuck = stats
        .history
        .iter()
        .filter(|h| h.share == 0.0 || h.share == 1.0)
        .map(|h| StuckCheck {
            id: h.id.clone(),
            description: h.description.clone(),
            share: h.share,
            why: if h.met_by_draft == Some(h.share == 1.0) {
                Stuck::DecidedByDraft
            } else {
                Stuck::NeverMoved
            },
        })
        .collect();
    let tag_label = |t: crate::model::TagId| model.scenario.tags[t.index()].label.clone();
    let cards = model
        .scenario
        .cards
        .iter()
        .map(|c| {
            let (text, stated) = match &c.edit {
                EditSpec::Insert { text, tags, .. }
                | EditSpec::Replace { text, tags, .. }
                | EditSpec::NewParagraph { text, tags, .. } => (Some(text), tags.clone()),
                EditSpec::Delete { .. } | EditSpec::Move { .. } => (None, Vec::new()),
            };
            CardReading {
                id: c.id.to_string(),
                title: c.title.to_string(),
                wording: text.is_some(),
                read: text.map_or(Vec::new(), |t| {
                    model
                        .read_tags(t)
                        .into_iter()
                        .map(|t| tag_label(t).to_string())
                        .collect()
                }),
                stated,
            }
        })
        .collect();
    Report {
        stats,
        stuck,
        never_act: model
            .delegations
            .iter()
            .zip(&acted)
            .filter(|(_, a)| !**a)
            .map(|(d, _)| d.id.clone())
            .collect(),
        cards_never_tabled: model
            .scenario
            .cards
            .iter()
            .zip(&tabled)
            .filter(|(_, t)| !**t)
            .map(|(c, _)| c.id.to_string())
            .collect(),
        cards,
        stakes: Vec::new(),
    }
}
