//! Every sentence Zero Draft shows a person, in one place: event descriptions, reasons,
//! refusals, statistics and the exported report. The engine stores data; this crate phrases
//! it, so a new language is a change here alone.

mod export;
mod stats;
mod words;

pub use export::{Format, export};
pub use stats::render_stats;
pub use words::*;
