//! The Zero Draft engine: plain Rust with no Bevy, egui or clap. A negotiation is a
//! deterministic function of (scenario, seed, commands); the game, the command line, the
//! tests and the network server all drive it through `Session::input` and draw from its views.

pub mod check;
pub mod class;
pub mod compare;
pub mod corridor;
mod derived;
pub mod document;
pub mod error;
pub mod files;
pub mod hindsight;
pub mod ids;
pub mod league;
pub mod log;
pub mod model;
pub mod policy;
pub mod preferences;
pub mod rebuild;
pub mod record;
pub mod scenario;
pub mod seat;
pub mod session;
pub mod signing;
pub mod simulate;
pub mod skeleton;
pub mod stakes;
pub mod synthetic;
pub mod view;

pub use model::Model;
pub use session::Session;
