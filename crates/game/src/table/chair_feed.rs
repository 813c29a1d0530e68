//! The Chair's feed on the table: the last forty events of the record in words, without the
//! individual reactions, passes and scores.

use bevy_egui::egui;

use super::View;
use zero_draft_engine::log::Event;
use zero_draft_text::describe;

pub(super) fn chair_feed_ui(ui: &mut egui::Ui, v: &View) {
    let r = v.room;
    let m = &*r.scenario;
    ui.heading("The Chair");
    egui::ScrollArea::vertical()
        .id_salt("chair")
        .stick_to_bottom(true)
        .show(ui, |ui| {
            let events = &r.log;
            for e in &events[events.len().saturating_sub(40)..] {
                if matches!(
                    e,
                    Event::Reacted { .. } | Event::Passed { .. } | Event::Scored { .. }
                ) {
                    continue;
                }
                ui.label(egui::RichText::new(describe(m, e)).size(12.5));
            }
        });
}
