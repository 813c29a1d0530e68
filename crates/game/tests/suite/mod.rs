mod by_keys;
mod class_debrief;
mod console;
mod game;
mod keys;
mod library;
mod refusals;
mod translated;
mod ui;

use std::sync::Arc;

use zero_draft_engine::Model;
use zero_draft_engine::scenario::parse_str;

pub const TUTORIAL: &str = include_str!("../../../../scenarios/tutorial.ron");

pub fn tutorial() -> Arc<Model> {
    match parse_str("tutorial.ron", TUTORIAL) {
        Ok(s) => Arc::new(Model::new(s)),
        Err(e) => panic!("the tutorial is invalid:\n{e}"),
    }
}

/// A tutorial game with `humans` taken (and the Chair, with `chair`), saved in `dir`.
pub fn tutorial_match(
    m: Arc<Model>,
    humans: &[zero_draft_engine::ids::DelegationId],
    seed: u64,
    difficulty: zero_draft_game::play::Difficulty,
    chair: bool,
    dir: &std::path::Path,
) -> zero_draft_game::play::Match {
    use zero_draft_game::play::Match;
    let started = if chair {
        Match::start_chair(m, "tutorial.ron", TUTORIAL, humans, seed, difficulty, dir)
    } else {
        Match::start(m, "tutorial.ron", TUTORIAL, humans, seed, difficulty, dir)
    };
    started.expect("the tutorial starts")
}
