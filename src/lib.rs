//! Zero Draft: a consensus-drafting negotiation game.
//!
//! The engine (`scenario`, `model`, `document`, `preferences`, `session`, `log`) is plain
//! Rust with no Bevy types: a deterministic function of (scenario, seed, actions). The
//! headless commands (`simulate`, `report`) and, behind the `game` feature, the Bevy game
//! drive it.

pub mod cli;
pub mod document;
pub mod error;
pub mod files;
pub mod log;
pub mod model;
pub mod preferences;
pub mod report;
pub mod scenario;
pub mod session;
pub mod simulate;
pub mod synthetic;

pub use model::Model;
pub use session::Session;
#[cfg(feature = "game")]
pub mod game;
