//! The strategy league: one delegation played by each of several strategies over the same
//! seeds, every other seat by the AI, to measure what skill changes. The built-in strategies
//! are `Delegate`s that see only their seat's view and ask the `Advisor`; scripts (the
//! `zero-draft-script` crate) plug in the same way.

use std::collections::BTreeMap;
use std::sync::Arc;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

use crate::ids::ParagraphId;
use crate::log::{Action, Event};
use crate::model::{DelegationId, Model};
use crate::policy::{Advisor, Delegate, Players, drive};
use crate::seat::{Command, Controller, Seat};
use crate::session::{Session, Stage};
use crate::simulate::{Fate, fates, paragraph_ids};
use crate::view::SeatView;

mod corridor;
pub use corridor::{CorridorPlay, corridor_hints};

/// The strategies built into the engine, by name.
pub const BUILT_IN: [&str; 6] = [
    "passive", "random", "cards", "obstruct", "coach", "corridor",
];

/// A built-in strategy for a game played with `seed` (random draws its own dice from it).
pub fn built_in(name: &str, seed: u64) -> Option<Box<dyn Delegate>> {
    Some(match name {
        "passive" => Box::new(Passive),
        "random" => Box::new(RandomPlay(ChaCha8Rng::seed_from_u64(seed ^ 0x5eed_1ea9))),
        "cards" => Box::new(Cards),
        "obstruct" => Box::new(Obstruct),
        "coach" => Box::new(Coach),
        "corridor" => Box::new(CorridorPlay::default()),
        _ => return None,
    })
}

/// Passes every turn and joins consensus.
pub struct Passive;

impl Delegate for Passive {
    fn decide(&mut self, view: &SeatView, _advisor: &Advisor) -> Command {
        Command::Act(if view.room.stage == Stage::Adoption {
            Action::Join
        } else {
            Action::Pass
        })
    }
}

/// Any legal command, drawn uniformly.
pub struct RandomPlay(ChaCha8Rng);

impl Delegate for RandomPlay {
    fn decide(&mut self, _view: &SeatView, advisor: &Advisor) -> Command {
        let legal = advisor.legal();
        if legal.is_empty() {
            return Command::Act(Action::Pass);
        }
        let k = self.0.random_range(0..legal.len());
        legal[k].clone()
    }
}

/// Tables its capital's cards, co-sponsors its bloc's amendments, objects to what the room
/// said would hurt it (its own reactions are not heard, so it reads its rules), then passes.
pub struct Cards;

impl Delegate for Cards {
    fn decide(&mut self, view: &SeatView, advisor: &Advisor) -> Command {
        let legal = advisor.legal();
        let Some(me) = &view.private else {
            return Command::Act(Action::Pass);
        };
        let room = &view.room;
        if room.stage == Stage::Adoption {
            return Command::Act(Action::Join);
        }
        for &k in &me.asks {
            let c = Command::Act(Action::TableCard(room.scenario.cards[k].id.clone()));
            if legal.contains(&c) {
                return c;
            }
        }
        let my_bloc = room.scenario.delegations[me.delegation.index()].bloc;
        for a in &room.floor {
            let ally = room.scenario.delegations[a.proposer.index()].bloc == my_bloc;
            let c = Command::Act(Action::CoSponsor(a.id));
            if ally && legal.contains(&c) {
                return c;
            }
            // Objects to what hurts; warns it cannot live with what hurts far more.
            for c in [
                Command::Act(Action::Threaten(a.id)),
                Command::Act(Action::Object(a.id)),
            ] {
                let hurts = advisor.suggest(8).iter().any(|s| s.command == c);
                if hurts && legal.contains(&c) {
                    return c;
                }
            }
        }
        Command::Act(Action::Pass)
    }
}

/// Threatens to block everything it can (objecting once its threats are spent), then blocks
/// the report for as long as the Chair can still buy it back with another vote; at the last
/// vote it takes what it got and joins. Sometimes the Chair's concessions win it objectives;
/// often the room's regard it loses costs more.
pub struct Obstruct;

impl Delegate for Obstruct {
    fn decide(&mut self, view: &SeatView, advisor: &Advisor) -> Command {
        let legal = advisor.legal();
        if view.room.stage == Stage::Adoption {
            let votes = view
                .room
                .log
                .iter()
                .filter(|e| matches!(e, Event::AdoptionCalled { .. }))
                .count() as u32;
            let another_vote = votes <= view.room.scenario.adoption_attempts;
            let block = Command::Act(Action::Block);
            return if another_vote && legal.contains(&block) {
                block
            } else {
                Command::Act(Action::Join)
            };
        }
        let threats = view.private.as_ref().map_or(0, |p| p.threats_made);
        legal
            .into_iter()
            .find(|c| match c {
                Command::Act(Action::Threaten(_)) => threats < crate::session::CREDIBLE_THREATS,
                Command::Act(Action::Object(_)) => threats >= crate::session::CREDIBLE_THREATS,
                _ => false,
            })
            .unwrap_or(Command::Act(Action::Pass))
    }
}

/// Plays the engine's top suggestion each turn (what the coach panel shows).
pub struct Coach;

impl Delegate for Coach {
    fn decide(&mut self, view: &SeatView, advisor: &Advisor) -> Command {
        advisor
            .suggest(1)
            .into_iter()
            .next()
            .map(|s| s.command)
            .unwrap_or(Command::Act(if view.room.stage == Stage::Adoption {
                Action::Join
            } else {
                Action::Pass
            }))
    }
}

/// One game of a strategy.
#[derive(Debug, Clone, PartialEq)]
pub struct Game {
    pub seed: u64,
    pub score: f32,
    pub objectives_met: usize,
    /// Each objective of the delegation, in its order: met at the end, and already met by
    /// the zero draft as drafted.
    pub objectives: Vec<(bool, bool)>,
    pub adopted: bool,
    pub fates: Vec<Fate>,
    /// Commands the session refused (the seat passed instead).
    pub refused: usize,
}

/// Plays one game with `delegation` held by `strategy`, every other seat by the AI.
pub fn play(
    model: &Arc<Model>,
    delegation: DelegationId,
    strategy: Box<dyn Delegate>,
    seed: u64,
) -> Game {
    let seat = Seat::Delegation(delegation);
    let mut s = Session::open(model.clone(), seed, &[(seat, Controller::Script)]);
    let mut players = Players {
        delegates: BTreeMap::from([(seat, strategy)]),
        chair: None,
    };
    let report = drive(&mut s, &mut players, 100_000);
    let score = s.events().iter().rev().find_map(|e| match e {
        Event::Scored {
            delegation: d,
            score,
        } if *d == delegation => Some(score.clone()),
        _ => None,
    });
    Game {
        seed,
        score: score.as_ref().map_or(0.0, |x| x.total),
        objectives_met: score
            .as_ref()
            .map_or(0, |x| x.objectives.iter().filter(|o| o.met).count()),
        objectives: score.map_or(Vec::new(), |x| {
            x.objectives
                .iter()
                .map(|o| (o.met, o.held_by_draft))
                .collect()
        }),
        adopted: s.outcome().is_some_and(|o| o.adopted),
        fates: fates(&s, &paragraph_ids(model)),
        refused: report.refused.len(),
    }
}

/// Plays one game with each of several delegations held by its own strategy, every other seat
/// by the AI; returns each held delegation's score, objectives met, and whether the report
/// was adopted.
pub fn play_seats(
    model: &Arc<Model>,
    held: Vec<(DelegationId, Box<dyn Delegate>)>,
    seed: u64,
) -> (Vec<(DelegationId, f32, usize)>, bool) {
    let seats: Vec<(Seat, Controller)> = held
        .iter()
        .map(|(d, _)| (Seat::Delegation(*d), Controller::Script))
        .collect();
    let ids: Vec<DelegationId> = held.iter().map(|(d, _)| *d).collect();
    let mut s = Session::open(model.clone(), seed, &seats);
    let mut players = Players {
        delegates: held
            .into_iter()
            .map(|(d, strategy)| (Seat::Delegation(d), strategy))
            .collect(),
        chair: None,
    };
    drive(&mut s, &mut players, 100_000);
    let scores = ids
        .iter()
        .map(|&d| {
            let score = s.events().iter().rev().find_map(|e| match e {
                Event::Scored { delegation, score } if *delegation == d => Some(score.clone()),
                _ => None,
            });
            (
                d,
                score.as_ref().map_or(0.0, |x| x.total),
                score.map_or(0, |x| x.objectives.iter().filter(|o| o.met).count()),
            )
        })
        .collect();
    (scores, s.outcome().is_some_and(|o| o.adopted))
}

/// A strategy's line in the league table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    pub name: String,
    pub mean: f64,
    pub sd: f64,
    /// Mean number of objectives met, of `objectives_total`.
    pub objectives: f64,
    pub objectives_total: usize,
    pub adoption_rate: f64,
    pub runs: usize,
    /// Paragraphs whose fate differed from the passive game of the same seed, with the share
    /// of games in which it did.
    pub changed: Vec<(ParagraphId, f64)>,
    pub refused: usize,
}

/// The league table of `games` (by strategy name), measured against the passive games.
pub fn standings(
    model: &Model,
    delegation: DelegationId,
    games: &[(String, Vec<Game>)],
    passive: &[Game],
) -> Vec<Standing> {
    let paragraphs = paragraph_ids(model);
    games
        .iter()
        .map(|(name, gs)| {
            let n = gs.len().max(1) as f64;
            let mean = gs.iter().map(|g| g.score as f64).sum::<f64>() / n;
            let var = gs
                .iter()
                .map(|g| (g.score as f64 - mean).powi(2))
                .sum::<f64>()
                / n;
            let changed = paragraphs
                .iter()
                .enumerate()
                .filter_map(|(i, p)| {
                    let k = gs
                        .iter()
                        .zip(passive)
                        .filter(|(g, base)| g.fates.get(i) != base.fates.get(i))
                        .count();
                    (k > 0).then(|| (p.clone(), k as f64 / n))
                })
                .collect();
            Standing {
                name: name.clone(),
                mean,
                sd: var.sqrt(),
                objectives: gs.iter().map(|g| g.objectives_met as f64).sum::<f64>() / n,
                objectives_total: model.delegations[delegation.index()].objectives.len(),
                adoption_rate: gs.iter().filter(|g| g.adopted).count() as f64 / n,
                runs: gs.len(),
                changed,
                refused: gs.iter().map(|g| g.refused).sum(),
            }
        })
        .collect()
}
