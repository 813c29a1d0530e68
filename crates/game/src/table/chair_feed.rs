//! The Chair's feed on the table: the moments that shape the text (rulings, cuts and
//! restorations, the summary, revisions, threats, blocks), the Chair's own in bold.

use bevy_egui::egui;

use super::View;
use zero_draft_engine::log::Event;
use zero_draft_text::describe;

pub(super) fn chair_feed_ui(ui: &mut egui::Ui, v: &View) {
    let r = v.room;
    let m = &*r.scenario;
    // (its title is the tab's)
    egui::ScrollArea::vertical()
        .id_salt("chair")
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let moments = r.log.iter().filter(|e| {
                !matches!(
                    e,
                    Event::Reacted { .. }
                        | Event::Passed { .. }
                        | Event::Scored { .. }
                        | Event::CoSponsored { .. }
                        | Event::Objected { .. }
                        | Event::RoundStarted { .. }
                        | Event::RoundEnded { .. }
                )
            });
            let moments: Vec<&Event> = moments.collect();
            for e in &moments[moments.len().saturating_sub(60)..] {
                let chair = matches!(
                    e,
                    Event::ChairDecision { .. }
                        | Event::ChairEdited { .. }
                        | Event::MovedToSummary { .. }
                        | Event::DraftToSummary { .. }
                        | Event::RevisionIssued { .. }
                        | Event::Stripped { .. }
                );
                let text = egui::RichText::new(describe(m, e)).size(12.0);
                ui.label(if chair { text.strong() } else { text });
            }
        });
}
