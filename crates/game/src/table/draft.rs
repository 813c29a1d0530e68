//! The table's centre: the draft with tracked changes since the last revision, the amendments
//! pending on each paragraph, and deletions; clicking a paragraph points the composer at it.

use bevy_egui::egui;

use super::{Composer, View};
use zero_draft_engine::document::{ParagraphDiff, Span};
use zero_draft_engine::session::ParagraphStatus;
use zero_draft_text::{edit_summary_in, t};

pub(super) fn draft_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) {
    let r = v.room;
    let revs = &r.revisions;
    let since = zero_draft_text::revision_name(&revs[revs.len().saturating_sub(2)].name);
    ui.heading(t!("draft-title", revision = since));
    egui::ScrollArea::vertical().show(ui, |ui| {
        for sec in &r.document.sections {
            ui.add_space(6.0);
            ui.label(egui::RichText::new(&sec.title).strong().size(16.0));
            for d in v.cache.diffs.iter().filter(|d| d.section == sec.id) {
                ui.add_space(3.0);
                let job = paragraph_job(ui, v, d);
                let r = ui.label(job);
                if r.interact(egui::Sense::click()).clicked() {
                    composer.paragraph = d.paragraph.to_string();
                }
            }
        }
    });
}

/// One paragraph as a single layout: number, move note, tracked changes, pending amendments.
fn paragraph_job(ui: &egui::Ui, v: &View, d: &ParagraphDiff) -> egui::text::LayoutJob {
    let r = v.room;
    let m = &*r.scenario;
    let settings = v.settings;
    let status = r.status(&d.paragraph);
    let mut job = egui::text::LayoutJob::default();
    let base = egui::TextFormat {
        font_id: egui::FontId::proportional(15.0),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    job.append(
        &format!("{}  ", d.paragraph),
        0.0,
        egui::TextFormat {
            font_id: egui::FontId::proportional(15.0),
            color: ui.visuals().strong_text_color(),
            ..Default::default()
        },
    );
    if let Some(from) = &d.moved_from {
        job.append(
            &format!("{} ", t!("draft-moved-from", paragraph = from)),
            0.0,
            egui::TextFormat {
                italics: true,
                ..base.clone()
            },
        );
    }
    for (kind, text) in &d.spans {
        let fmt = match kind {
            Span::Same => base.clone(),
            Span::Inserted => egui::TextFormat {
                underline: egui::Stroke::new(1.5, settings.good()),
                color: settings.good(),
                ..base.clone()
            },
            Span::Deleted => egui::TextFormat {
                strikethrough: egui::Stroke::new(1.5, settings.bad()),
                color: settings.bad(),
                ..base.clone()
            },
        };
        job.append(text, 0.0, fmt);
    }
    for a in r
        .floor
        .iter()
        .chain(&r.brackets)
        .filter(|a| a.paragraph == d.paragraph)
    {
        job.append(
            &format!(
                "  [#{} {}: {}]",
                a.id,
                m.name(a.proposer),
                edit_summary_in(&a.edit, &v.room.document)
            ),
            0.0,
            egui::TextFormat {
                color: settings.warn(),
                ..base.clone()
            },
        );
    }
    if status == ParagraphStatus::Deleted {
        job.append(
            &format!("  {}", t!("draft-deleted")),
            0.0,
            egui::TextFormat {
                italics: true,
                ..base.clone()
            },
        );
    }
    job
}
