//! A table's log as a reader follows it: phase and round headings, then each event in words.
//! A class's student exports it beside the report (the host keeps the record itself, which
//! holds every delegation's private brief).

use zero_draft_engine::log::Event;

use crate::export::{Format, Writer};
use crate::{Names, describe, t};

/// The events under their phases and rounds, as Markdown or HTML.
pub fn transcript<N: Names + ?Sized>(
    names: &N,
    title: &str,
    events: &[Event],
    format: Format,
) -> String {
    let mut w = Writer {
        format,
        out: String::new(),
    };
    w.heading(1, &t!("transcript-title", title = title));
    for e in events {
        match e {
            Event::PhaseStarted { name, .. } => w.heading(2, name),
            Event::RoundStarted { round, .. } => {
                w.heading(3, &t!("transcript-round", round = *round))
            }
            _ => {
                let line = describe(names, e);
                if !line.trim().is_empty() {
                    w.item(&line);
                }
            }
        }
    }
    w.finish(title)
}
