//! Words for the record: one line per event for replays, and the final report (tracked
//! changes against the zero draft, the Chair's summary, the adoption record) as Markdown or
//! HTML.

use crate::document::{Span, tracked_changes};
use crate::log::{Action, ChairOutcome, Event, Position};
use crate::model::{DelegationId, Model};
use crate::preferences::Reason;
use crate::scenario::EditSpec;
use crate::session::Session;

pub fn edit_summary(edit: &EditSpec) -> String {
    match edit {
        EditSpec::Insert {
            paragraph, text, ..
        } => format!("insert in para {paragraph}: \"{text}\""),
        EditSpec::Delete { clause } => format!("delete clause {clause}"),
        EditSpec::Replace { clause, text, .. } => {
            format!("replace clause {clause} with \"{text}\"")
        }
        EditSpec::Move {
            paragraph,
            to_section,
        } => format!("move para {paragraph} to section {to_section}"),
        EditSpec::NewParagraph {
            section, id, text, ..
        } => format!("new para {id} in section {section}: \"{text}\""),
    }
}

pub fn action_summary(model: &Model, a: &Action) -> String {
    match a {
        Action::Table(e) => format!("tables: {}", edit_summary(e)),
        Action::TableCard(c) => {
            let title = model
                .scenario
                .cards
                .iter()
                .find(|x| &x.id == c)
                .map_or(c.as_str(), |x| x.title.as_str());
            format!("tables card \"{title}\"")
        }
        Action::CoSponsor(a) => format!("co-sponsors amendment {a}"),
        Action::Object(a) => format!("objects to amendment {a}"),
        Action::Withdraw(a) => format!("withdraws amendment {a}"),
        Action::Pass => "passes".into(),
        Action::Join => "joins consensus".into(),
        Action::Dissociate(p) => format!("dissociates from para {}", p.join(", ")),
        Action::Block => "blocks consensus".into(),
    }
}

/// One reason in words, e.g. "human rights in clause 12.1 (added): +3.0".
pub fn reason_text(model: &Model, r: &Reason) -> String {
    let scope = |s: &Option<u16>| {
        s.map(|s| format!(" in section {}", model.sections[s as usize]))
            .unwrap_or_default()
    };
    match r {
        Reason::Rule {
            tag,
            section,
            clause,
            added,
            contribution,
            ..
        } => format!(
            "{}{} — clause {clause} {}: {contribution:+.1}",
            model.tag_label(*tag),
            scope(section),
            if *added { "added" } else { "removed" }
        ),
        Reason::RedLine {
            tag,
            section,
            crossed: true,
        } => format!(
            "red line on {}{} crossed",
            model.tag_label(*tag),
            scope(section)
        ),
        Reason::RedLine {
            tag,
            section,
            crossed: false,
        } => format!(
            "red line on {}{} restored",
            model.tag_label(*tag),
            scope(section)
        ),
        Reason::Trust {
            proposer,
            trust,
            effect,
        } => format!(
            "trust in {} ({trust:+.2}): {effect:+.1}",
            model.name(*proposer)
        ),
        Reason::Cohesion {
            leader,
            leader_change,
            effect,
        } => {
            format!(
                "follows bloc leader {} ({leader_change:+.1}): {effect:+.1}",
                model.name(*leader)
            )
        }
        Reason::Noise(x) => format!("mood of the room: {x:+.2}"),
        Reason::Tolerance(t) => format!("tolerates losses up to {t:.1}"),
    }
}

/// One line per event, for `replay` and the game's record panel.
pub fn describe(model: &Model, e: &Event) -> String {
    let name = |d: &DelegationId| model.name(*d).to_string();
    let names = |ds: &[DelegationId]| ds.iter().map(name).collect::<Vec<_>>().join(", ");
    match e {
        Event::SessionOpened {
            scenario,
            seed,
            humans,
        } => {
            let who = if humans.is_empty() {
                "AI only".to_string()
            } else {
                format!("players: {}", names(humans))
            };
            format!("Session opened: {scenario}, seed {seed} ({who})")
        }
        Event::PhaseStarted { name, rounds, .. } => format!("== {name} ({rounds} rounds) =="),
        Event::RoundStarted { round, .. } => format!("-- round {round} --"),
        Event::Happened { description, .. } => format!("Event: {description}"),
        Event::Tabled {
            amendment,
            proposer,
            card,
            edit,
        } => {
            let card = card
                .as_ref()
                .map(|c| format!(" [card {c}]"))
                .unwrap_or_default();
            format!(
                "#{amendment} {} tables{card}: {}",
                name(proposer),
                edit_summary(edit)
            )
        }
        Event::Reacted {
            amendment,
            reactions,
        } => {
            let count = |s| reactions.iter().filter(|r| r.stance == s).count();
            use crate::preferences::Stance::*;
            format!(
                "#{amendment} room: {} support, {} accept, {} reservation, {} object",
                count(Support),
                count(Accept),
                count(Reservation),
                count(Object)
            )
        }
        Event::CoSponsored {
            amendment,
            delegation,
        } => format!("#{amendment} co-sponsored by {}", name(delegation)),
        Event::Objected {
            amendment,
            delegation,
        } => format!("#{amendment} objection from {}", name(delegation)),
        Event::Withdrawn { amendment } => format!("#{amendment} withdrawn"),
        Event::Passed { delegation } => format!("{} passes", name(delegation)),
        Event::AmendmentAdopted { amendment } => format!("#{amendment} adopted without objection"),
        Event::Bracketed {
            amendment,
            objections,
        } => format!("#{amendment} bracketed (objections: {})", names(objections)),
        Event::Lapsed { amendment, reason } => format!("#{amendment} lapsed: {reason}"),
        Event::RoundEnded {
            round,
            satisfaction,
            ..
        } => {
            let s: Vec<String> = model
                .blocs
                .iter()
                .zip(satisfaction)
                .map(|(b, s)| format!("{} {s:+.1}", b.name))
                .collect();
            format!("round {round} closed; satisfaction: {}", s.join(", "))
        }
        Event::ChairDecision {
            amendment,
            outcome,
            objections,
            ..
        } => {
            let what = match outcome {
                ChairOutcome::Proposal => "takes the proposal into the text".to_string(),
                ChairOutcome::Kept => "keeps the existing text".to_string(),
                ChairOutcome::Compromise(id) => format!("offers compromise wording \"{id}\""),
                ChairOutcome::AgreedLanguage(id) => format!("reverts to agreed language \"{id}\""),
                ChairOutcome::Deleted => "deletes the contested text".to_string(),
            };
            let left = if objections.is_empty() {
                String::new()
            } else {
                format!(" (still opposed: {})", names(objections))
            };
            format!("Chair on #{amendment}: {what}{left}")
        }
        Event::MovedToSummary { amendment } => format!("#{amendment} moved to the Chair's summary"),
        Event::RevisionIssued { name } => format!("The Chair issues {name}"),
        Event::AdoptionCalled { attempt } => {
            format!("The Chair calls for adoption (attempt {attempt})")
        }
        Event::PositionTaken {
            delegation,
            position,
            ..
        } => match position {
            Position::Join => format!("{} joins consensus", name(delegation)),
            Position::Dissociate(p) => format!(
                "{} joins, dissociating from para {}",
                name(delegation),
                p.join(", ")
            ),
            Position::Block => format!("{} blocks consensus", name(delegation)),
        },
        Event::Stripped {
            clause,
            paragraph,
            blockers,
        } => {
            format!(
                "Chair strips clause {clause} (para {paragraph}) to meet {}",
                names(blockers)
            )
        }
        Event::ReportAdopted => "The report is adopted.".into(),
        Event::ReportFailed => "The report fails: no consensus.".into(),
        Event::Scored { delegation, score } => format!(
            "{}: score {:.1} (objectives {:.0}, consensus {:.0}, relationships {:.0})",
            name(delegation),
            score.total,
            score.objective_points,
            score.consensus_points,
            score.relationship_points
        ),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

/// The final report: text with tracked changes against the zero draft, the Chair's summary
/// and the adoption record.
pub fn export(s: &Session, format: Format) -> String {
    let model = s.model();
    let zero = &s.revisions()[0].document;
    let diffs = tracked_changes(zero, s.document());
    let mut w = Writer {
        format,
        out: String::new(),
    };
    let meta = &model.scenario.meta;
    w.heading(1, &meta.title);
    w.para(&format!(
        "{}{} — final text after {} rounds, seed {}. Insertions against the zero draft are marked as insertions, deletions as deletions.",
        meta.body,
        meta.year.map(|y| format!(", {y}")).unwrap_or_default(),
        s.rounds_played(),
        s.seed()
    ));
    match s.outcome() {
        Some(o) if o.adopted => w.para("Outcome: the report was adopted by consensus."),
        Some(_) => w.para("Outcome: the report was not adopted."),
        None => w.para("Outcome: the session is still in progress."),
    }
    let final_doc = s.document();
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
                line.push_str(&w.note(&format!("(moved from {from}) ")));
            }
            for (kind, text) in &d.spans {
                line.push_str(&w.span(*kind, text));
            }
            let line = format!("{} {line}", w.strong(&d.paragraph));
            w.para_formatted(&line);
        }
    }
    w.heading(2, "Chair's summary");
    if s.summary().is_empty() {
        w.para("No proposals were moved to the Chair's summary.");
    } else {
        w.para("Proposals that had support but did not reach consensus, under the Chair's own responsibility:");
        for e in s.summary() {
            w.item(&format!(
                "{} proposed to {}",
                model.name(e.proposer),
                edit_summary(&e.edit)
            ));
        }
        w.end_list();
    }
    w.heading(2, "Adoption record");
    for e in s.events() {
        match e {
            Event::AdoptionCalled { .. }
            | Event::PositionTaken { .. }
            | Event::Stripped { .. }
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
                        w.item(&format!("  explanation: {}", reason_text(model, r)));
                    }
                }
            }
            _ => {}
        }
    }
    w.end_list();
    w.finish(&meta.title)
}

struct Writer {
    format: Format,
    out: String,
}

impl Writer {
    fn heading(&mut self, level: u8, text: &str) {
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
    fn para(&mut self, text: &str) {
        let text = match self.format {
            Format::Markdown => text.to_string(),
            Format::Html => esc(text),
        };
        self.para_formatted(&text);
    }
    /// A paragraph whose markup the caller has already produced.
    fn para_formatted(&mut self, text: &str) {
        self.end_list();
        match self.format {
            Format::Markdown => self.out.push_str(&format!("{text}\n\n")),
            Format::Html => self.out.push_str(&format!("<p>{text}</p>\n")),
        }
    }
    fn item(&mut self, text: &str) {
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
    fn end_list(&mut self) {
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
    fn strong(&self, text: &str) -> String {
        match self.format {
            Format::Markdown => format!("**{text}**"),
            Format::Html => format!("<strong>{}</strong>", esc(text)),
        }
    }
    fn note(&self, text: &str) -> String {
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
    fn finish(mut self, title: &str) -> String {
        self.end_list();
        match self.format {
            Format::Markdown => self.out,
            Format::Html => format!(
                "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title>\n<style>body{{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}}ins{{background:#dff3df;text-decoration:underline}}del{{background:#f6dcdc;text-decoration:line-through}}</style></head><body>\n{}</body></html>\n",
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
