mod by_keys;
mod game;
mod keys;
mod library;
mod refusals;
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
