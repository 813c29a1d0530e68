//! The class debrief: the tables of one lesson side by side, beside the room alone (AI-only
//! games) and history, and the students' moves that changed a paragraph's fate; Markdown for
//! the teacher's notes, HTML for the projector.

use zero_draft_engine::Model;
use zero_draft_engine::compare::{Comparison, FATES};
use zero_draft_engine::simulate::Fate;

use crate::export::{Format, Writer};
use crate::words::action_summary;
use crate::{decimal, t};

fn fate(f: Fate) -> String {
    match f {
        Fate::Kept => t!("class-debrief-fate-kept"),
        Fate::Amended => t!("class-debrief-fate-amended"),
        Fate::Deleted => t!("class-debrief-fate-deleted"),
        Fate::Added => t!("class-debrief-fate-added"),
        Fate::NeverAdded => t!("class-debrief-fate-never-added"),
    }
}

/// A scenario text in the reader's language, where the author translated it.
fn tr(text: &zero_draft_engine::scenario::Text) -> String {
    text.in_language(crate::lang::current().code()).to_string()
}

fn percent(share: f64) -> String {
    // A no-break space: "100 %" never splits across lines in a narrow cell.
    format!("{}\u{a0}%", decimal((share * 100.0).round(), 0))
}

/// A paragraph's number and its first words (from the zero draft, or the card that adds it),
/// so the class knows which paragraph the row is about.
fn paragraph_label(model: &Model, id: &zero_draft_engine::ids::ParagraphId) -> String {
    let drafted = model
        .scenario
        .draft
        .iter()
        .flat_map(|s| &s.paragraphs)
        .find(|p| p.id == *id)
        .map(|p| {
            p.clauses
                .iter()
                .map(|c| tr(&c.text))
                .collect::<Vec<_>>()
                .join(" ")
        });
    let added = || {
        model.scenario.cards.iter().find_map(|c| match &c.edit {
            zero_draft_engine::scenario::EditSpec::NewParagraph { id: p, text, .. } if p == id => {
                Some(tr(text))
            }
            _ => None,
        })
    };
    let text = drafted.or_else(added).unwrap_or_default();
    let words: Vec<&str> = text.split_whitespace().collect();
    let start = words.iter().take(10).copied().collect::<Vec<_>>().join(" ");
    let more = if words.len() > 10 { " …" } else { "" };
    format!("¶ {id} — {start}{more}")
}

fn outcome(adopted: Option<bool>) -> String {
    match adopted {
        Some(true) => t!("class-debrief-adopted"),
        Some(false) => t!("class-debrief-failed"),
        None => t!("class-debrief-ended-early"),
    }
}

/// The debrief of a class whose tables played `model` (same seed).
pub fn class_debrief(model: &Model, c: &Comparison, format: Format) -> String {
    let mut w = Writer {
        format,
        out: String::new(),
    };
    let title = t!(
        "class-debrief-title",
        title = tr(&model.scenario.meta.title)
    );
    w.heading(1, &title);
    w.para(&t!(
        "class-debrief-intro",
        tables = c.tables.len(),
        runs = c.ai_runs
    ));
    let table_names: Vec<String> = (1..=c.tables.len())
        .map(|k| t!("class-debrief-table", table = k))
        .collect();
    let ai = t!("class-debrief-ai");
    let mut header = vec![String::new()];
    header.extend(table_names.iter().cloned());
    header.push(ai.clone());

    w.heading(2, &t!("class-debrief-outcomes"));
    let mut rows = Vec::new();
    let mut row = vec![t!("class-debrief-outcome")];
    row.extend(c.tables.iter().map(|t| outcome(t.adopted)));
    row.push(t!(
        "class-debrief-adopted-share",
        share = percent(c.ai_adopted)
    ));
    rows.push(row);
    let mut row = vec![t!("class-debrief-rounds")];
    row.extend(c.tables.iter().map(|t| t.rounds.to_string()));
    row.push(String::new());
    rows.push(row);
    let mut row = vec![t!("class-debrief-students")];
    row.extend(c.tables.iter().map(|t| {
        t.students
            .iter()
            .map(|id| delegation_name(model, id))
            .collect::<Vec<_>>()
            .join(", ")
    }));
    row.push(String::new());
    rows.push(row);
    w.table(&header, &rows);

    w.heading(2, &t!("class-debrief-paragraphs"));
    w.para(&t!("class-debrief-paragraphs-note"));
    let mut rows = Vec::new();
    for (p, id) in c.paragraphs.iter().enumerate() {
        let fates: Vec<Fate> = c.tables.iter().map(|t| t.fates[p]).collect();
        let shares = c.ai_fates[p];
        // Paragraphs nothing happened to, anywhere, are left out: the list is for talking.
        let modal = FATES
            .iter()
            .zip(shares)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(f, _)| *f);
        let all_same = fates.iter().all(|f| Some(*f) == modal);
        if all_same && matches!(modal, Some(Fate::Kept | Fate::NeverAdded)) {
            continue;
        }
        let mut row = vec![paragraph_label(model, id)];
        row.extend(fates.iter().map(|f| {
            let share = shares[FATES.iter().position(|x| x == f).unwrap_or(0)];
            format!(
                "{} ({})",
                fate(*f),
                t!("class-debrief-ai-share", share = percent(share))
            )
        }));
        row.push(
            FATES
                .iter()
                .zip(shares)
                .filter(|(_, s)| *s > 0.0)
                .map(|(f, s)| format!("{} {}", fate(*f), percent(s)))
                .collect::<Vec<_>>()
                .join(" · "),
        );
        rows.push(row);
    }
    if rows.is_empty() {
        w.para(&t!("class-debrief-paragraphs-none"));
    } else {
        let mut header = vec![t!("class-debrief-paragraph")];
        header.extend(table_names.iter().cloned());
        header.push(ai.clone());
        w.table(&header, &rows);
    }

    if !model.scenario.history.is_empty() {
        w.heading(2, &t!("class-debrief-history"));
        w.para(&t!("class-debrief-history-note"));
        let mut header = vec![t!("class-debrief-what-happened")];
        header.extend(table_names.iter().cloned());
        header.push(ai.clone());
        let rows: Vec<Vec<String>> = model
            .scenario
            .history
            .iter()
            .enumerate()
            .map(|(h, check)| {
                let mut row = vec![tr(&check.description)];
                row.extend(
                    c.tables
                        .iter()
                        .map(|t| if t.history[h] { "✔" } else { "✘" }.to_string()),
                );
                row.push(percent(c.ai_history[h]));
                row
            })
            .collect();
        w.table(&header, &rows);
    }

    w.heading(2, &t!("class-debrief-moves"));
    w.para(&t!("class-debrief-moves-note", tried = c.moves_tried));
    if c.decisive.is_empty() {
        w.para(&t!("class-debrief-moves-none"));
    }
    for d in &c.decisive {
        w.item(&t!(
            "class-debrief-move",
            table = d.table + 1,
            round = d.round,
            delegation = delegation_name(model, &d.delegation),
            action = action_summary(model, &d.action),
            paragraph = d.paragraph.to_string(),
            with = fate(d.with),
            without = fate(d.without)
        ));
    }
    // Wider than a report: the tables sit side by side on a projector.
    w.finish(&title).replace(
        "max-width:46em;margin:2em auto",
        "max-width:80em;margin:2em auto;padding:0 2em",
    )
}

fn delegation_name(model: &Model, id: &str) -> String {
    model
        .scenario
        .blocs
        .iter()
        .flat_map(|b| &b.delegations)
        .find(|d| d.id == id)
        .map_or(id.to_string(), |d| tr(&d.name))
}
