//! The final report: tracked changes against the zero draft, the Chair's summary and the
//! adoption record, as Markdown or HTML.

use zero_draft_engine::Model;
use zero_draft_engine::document::Document;
use zero_draft_engine::document::{Span, tracked_changes};
use zero_draft_engine::log::{Event, Position};
use zero_draft_engine::rebuild::Rebuilt;
use zero_draft_engine::session::{DraftInSummary, Session, SummaryEntry};
use zero_draft_engine::view::RoomView;

use crate::Names;
use crate::events::describe;
use crate::t;
use crate::words::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

/// What the report is made from: a session, the events of a record rebuilt without it, or a
/// client's public view of the room (a class's student exports the report of their table).
pub struct Report<'a> {
    /// The names of delegations, tags and sections (a model, or a public scenario).
    pub names: &'a dyn Names,
    pub title: &'a str,
    pub body: &'a str,
    pub year: Option<i32>,
    pub zero: &'a Document,
    pub document: &'a Document,
    pub rounds: u32,
    pub seed: u64,
    pub adopted: Option<bool>,
    pub summary: &'a [SummaryEntry],
    pub draft_summary: &'a [DraftInSummary],
    pub events: &'a [Event],
}

impl<'a> Report<'a> {
    pub fn of(s: &'a Session) -> Report<'a> {
        let meta = &s.model().scenario.meta;
        Report {
            names: s.model(),
            title: &meta.title,
            body: &meta.body,
            year: meta.year,
            zero: &s.revisions()[0].document,
            document: s.document(),
            rounds: s.rounds_played(),
            seed: s.seed(),
            adopted: s.outcome().map(|o| o.adopted),
            summary: s.summary(),
            draft_summary: s.draft_summary(),
            events: s.events(),
        }
    }

    /// A record's report rebuilt from its events (see `zero_draft_engine::rebuild`).
    pub fn rebuilt(model: &'a Model, r: &'a Rebuilt, seed: u64, events: &'a [Event]) -> Report<'a> {
        let meta = &model.scenario.meta;
        Report {
            names: model,
            title: &meta.title,
            body: &meta.body,
            year: meta.year,
            zero: &r.zero,
            document: &r.document,
            rounds: r.rounds,
            seed,
            adopted: r.adopted,
            summary: &r.summary,
            draft_summary: &r.draft_summary,
            events,
        }
    }

    /// The report of the room a client sees: its public scenario (in the reader's language)
    /// and the public log, which holds every event the report reads.
    pub fn public(room: &'a RoomView, events: &'a [Event], seed: u64) -> Option<Report<'a>> {
        let scenario = &*room.scenario;
        Some(Report {
            names: scenario,
            title: &scenario.title,
            body: &scenario.body,
            year: scenario.year,
            zero: &room.revisions.first()?.document,
            document: &room.document,
            rounds: room.rounds_played,
            seed,
            adopted: room.outcome.as_ref().map(|o| o.adopted),
            summary: &room.summary,
            draft_summary: &room.draft_summary,
            events,
        })
    }
}

/// The final report of a session: text with tracked changes against the zero draft, the
/// Chair's summary and the adoption record.
pub fn export(s: &Session, format: Format) -> String {
    export_report(&Report::of(s), format)
}

pub fn export_report(s: &Report, format: Format) -> String {
    let model = s.names;
    let zero = s.zero;
    let diffs = tracked_changes(zero, s.document);
    let mut w = Writer {
        format,
        out: String::new(),
    };
    w.heading(1, s.title);
    let body = format!(
        "{}{}",
        s.body,
        s.year.map(|y| format!(", {y}")).unwrap_or_default()
    );
    w.para(&t!(
        "report-intro",
        body = body,
        rounds = s.rounds,
        seed = s.seed.to_string()
    ));
    w.para(&match s.adopted {
        Some(true) => t!("report-outcome-adopted"),
        Some(false) => t!("report-outcome-failed"),
        None => t!("report-outcome-pending"),
    });
    let final_doc = s.document;
    for sec in &zero.sections {
        let title = final_doc
            .sections
            .iter()
            .find(|x| x.id == sec.id)
            .map_or(&sec.title, |x| &x.title);
        w.heading(2, title);
        for d in diffs.iter().filter(|d| d.section == sec.id) {
            let mut line = String::new();
            if let Some(from) = &d.moved_from {
                let note = t!("report-moved-from", section = from);
                line.push_str(&w.note(&format!("{note} ")));
            }
            for (kind, text) in &d.spans {
                line.push_str(&w.span(*kind, text));
            }
            let line = format!("{} {line}", w.strong(&d.paragraph));
            w.para_formatted(&line);
        }
    }
    w.heading(2, &t!("report-summary"));
    if s.summary.is_empty() && s.draft_summary.is_empty() {
        w.para(&t!("report-summary-empty"));
    } else {
        w.para(&t!("report-summary-intro"));
        for e in s.summary {
            w.item(&t!(
                "report-summary-item",
                delegation = model.delegation_name(e.proposer),
                edit = edit_summary(&e.edit)
            ));
        }
        for e in s.draft_summary {
            let supporters: Vec<&str> = e
                .supporters
                .iter()
                .map(|&d| model.delegation_name(d))
                .collect();
            w.item(&t!(
                "report-summary-draft-item",
                paragraph = e.paragraph.as_str(),
                delegations = supporters.join(", "),
                text = e.text.as_str()
            ));
        }
        w.end_list();
    }
    w.heading(2, &t!("report-adoption-record"));
    for e in s.events {
        match e {
            Event::AdoptionCalled { .. }
            | Event::PositionTaken { .. }
            | Event::Stripped { .. }
            | Event::ChairEdited {
                reason: zero_draft_engine::log::ChairReason::AfterBlock,
                ..
            }
            | Event::ReportAdopted
            | Event::ReportFailed => {
                if let Event::PositionTaken {
                    position: Position::Join,
                    ..
                } = e
                {
                    continue;
                }
                w.item(&describe(model, e));
                if let Event::PositionTaken {
                    reasons,
                    position: Position::Block | Position::Dissociate(_),
                    ..
                } = e
                {
                    for r in reasons.iter().take(4) {
                        let why = t!("report-explanation", reason = reason_text(model, r));
                        w.item(&format!("  {why}"));
                    }
                }
            }
            _ => {}
        }
    }
    w.end_list();
    w.finish(s.title)
}

pub(crate) struct Writer {
    pub(crate) format: Format,
    pub(crate) out: String,
}

impl Writer {
    /// A table: a header row, then rows of cells (plain text).
    pub(crate) fn table(&mut self, header: &[String], rows: &[Vec<String>]) {
        self.end_list();
        match self.format {
            Format::Markdown => {
                let line = |cells: &[String]| {
                    let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
                    format!("| {} |\n", cells.join(" | "))
                };
                self.out.push_str(&line(header));
                self.out
                    .push_str(&format!("|{}\n", "---|".repeat(header.len())));
                for r in rows {
                    self.out.push_str(&line(r));
                }
                self.out.push('\n');
            }
            Format::Html => {
                let cells = |tag: &str, cells: &[String]| {
                    cells
                        .iter()
                        .map(|c| format!("<{tag}>{}</{tag}>", esc(c)))
                        .collect::<String>()
                };
                self.out.push_str("<table>\n<tr>");
                self.out.push_str(&cells("th", header));
                self.out.push_str("</tr>\n");
                for r in rows {
                    self.out.push_str(&format!("<tr>{}</tr>\n", cells("td", r)));
                }
                self.out.push_str("</table>\n");
            }
        }
    }
    pub(crate) fn heading(&mut self, level: u8, text: &str) {
        self.end_list();
        match self.format {
            Format::Markdown => {
                self.out
                    .push_str(&format!("{} {}\n\n", "#".repeat(level as usize), text))
            }
            Format::Html => self
                .out
                .push_str(&format!("<h{level}>{}</h{level}>\n", esc(text))),
        }
    }
    pub(crate) fn para(&mut self, text: &str) {
        let text = match self.format {
            Format::Markdown => text.to_string(),
            Format::Html => esc(text),
        };
        self.para_formatted(&text);
    }
    /// A paragraph whose markup the caller has already produced.
    pub(crate) fn para_formatted(&mut self, text: &str) {
        self.end_list();
        match self.format {
            Format::Markdown => self.out.push_str(&format!("{text}\n\n")),
            Format::Html => self.out.push_str(&format!("<p>{text}</p>\n")),
        }
    }
    pub(crate) fn item(&mut self, text: &str) {
        match self.format {
            Format::Markdown => self.out.push_str(&format!("- {text}\n")),
            Format::Html => {
                if !self.out.ends_with("</li>\n") {
                    self.out.push_str("<ul>\n");
                }
                self.out.push_str(&format!("<li>{}</li>\n", esc(text)));
            }
        }
    }
    pub(crate) fn end_list(&mut self) {
        match self.format {
            Format::Markdown
                if self.out.ends_with("\n")
                    && self.out.lines().last().is_some_and(|l| l.starts_with("- ")) =>
            {
                self.out.push('\n')
            }
            Format::Html if self.out.ends_with("</li>\n") => self.out.push_str("</ul>\n"),
            _ => {}
        }
    }
    pub(crate) fn strong(&self, text: &str) -> String {
        match self.format {
            Format::Markdown => format!("**{text}**"),
            Format::Html => format!("<strong>{}</strong>", esc(text)),
        }
    }
    pub(crate) fn note(&self, text: &str) -> String {
        match self.format {
            Format::Markdown => format!("_{}_", text.trim_end()) + " ",
            Format::Html => format!("<em>{}</em>", esc(text)),
        }
    }
    fn span(&self, kind: Span, text: &str) -> String {
        match (self.format, kind) {
            (Format::Markdown, Span::Same) => text.to_string(),
            (Format::Markdown, Span::Inserted) => wrap_md(text, "**+", "+**"),
            (Format::Markdown, Span::Deleted) => wrap_md(text, "~~", "~~"),
            (Format::Html, Span::Same) => esc(text),
            (Format::Html, Span::Inserted) => format!("<ins>{}</ins>", esc(text)),
            (Format::Html, Span::Deleted) => format!("<del>{}</del>", esc(text)),
        }
    }
    pub(crate) fn finish(mut self, title: &str) -> String {
        self.end_list();
        match self.format {
            Format::Markdown => self.out,
            Format::Html => format!(
                "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\n<style>body{{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}}table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}}ins{{background:#dff3df;text-decoration:underline}}del{{background:#f6dcdc;text-decoration:line-through}}</style></head><body>\n{}</body></html>\n",
                crate::lang::current().code(),
                esc(title),
                self.out
            ),
        }
    }
}

/// Markdown emphasis must hug the words, so keep surrounding spaces outside the markers.
fn wrap_md(text: &str, open: &str, close: &str) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return text.to_string();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{lead}{open}{trimmed}{close}{trail}")
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
