//! The table's outline: every paragraph of the zero draft and any new ones, by section, with
//! its status; clicking one points the composer at it.

use bevy_egui::egui;

use super::{Composer, View};
use zero_draft_engine::ids::ParagraphId;
use zero_draft_engine::session::ParagraphStatus;
use zero_draft_text::t;

/// A paragraph's status in words, with a symbol that does not rely on colour.
pub fn status_badge(status: ParagraphStatus) -> String {
    match status {
        ParagraphStatus::Agreed => format!("✔ {}", t!("outline-agreed")),
        ParagraphStatus::Bracketed => format!("[…] {}", t!("outline-bracketed")),
        ParagraphStatus::Contested => format!("‼ {}", t!("outline-contested")),
        ParagraphStatus::Deleted => format!("✖ {}", t!("outline-deleted")),
    }
}

pub(super) fn outline_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) {
    let r = v.room;
    let settings = v.settings;
    ui.heading(t!("outline-title"));
    egui::ScrollArea::vertical().show(ui, |ui| {
        for sec in &r.revisions[0].document.sections {
            let current = r.document.sections.iter().find(|x| x.id == sec.id);
            ui.label(egui::RichText::new(&sec.title).strong().size(13.0));
            let ids: Vec<ParagraphId> = current
                .map(|c| c.paragraphs.iter().map(|p| p.id.clone()).collect())
                .unwrap_or_default();
            // A paragraph moved to another section is listed there only.
            for p in ids.iter().chain(
                sec.paragraphs
                    .iter()
                    .map(|p| &p.id)
                    .filter(|id| !ids.contains(id) && r.document.find_paragraph(id).is_none()),
            ) {
                let st = r.status(p);
                let colour = match st {
                    ParagraphStatus::Agreed => settings.good(),
                    ParagraphStatus::Bracketed => settings.warn(),
                    ParagraphStatus::Contested => settings.bad(),
                    ParagraphStatus::Deleted => egui::Color32::GRAY,
                };
                if ui
                    .add(
                        egui::Button::new(
                            egui::RichText::new(format!("{p}  {}", status_badge(st))).color(colour),
                        )
                        // Framed only under the pointer or the keyboard's focus: the focus
                        // ring a keyboard player follows down the outline.
                        .frame(true)
                        .frame_when_inactive(false),
                    )
                    .clicked()
                {
                    composer.paragraph = p.to_string();
                }
            }
        }
    });
}
