//! A student's debrief at the end of a class: the same outcome, objectives and fates as solo
//! play, drawn from the seat view, with the class's results beside them. What-if and the
//! coach's hindsight need the engine, which only the host runs, so they stay with the teacher's
//! record.

use bevy_egui::egui;
use zero_draft_engine::view::SeatView;
use zero_draft_net::client::RemoteRoom;
use zero_draft_text::t;

use crate::keys::{Shortcut, shortcut_button};
use crate::screens::{fates_ui, heading_ui, objectives_ui, outcome_ui};
use crate::settings::Settings;

/// Draws the debrief; true when the student closes it.
pub(super) fn debrief_ui(
    root: &mut egui::Ui,
    room: &RemoteRoom,
    view: &SeatView,
    settings: &Settings,
) -> bool {
    let mut close = false;
    let r = &*view.room;
    egui::Panel::top("class-debrief-top").show(root, |ui| {
        ui.horizontal_wrapped(|ui| {
            heading_ui(ui, r, settings);
            close = shortcut_button(ui, true, Shortcut::Back, t!("lobby-close"));
        });
    });
    egui::Panel::right("class-debrief-right")
        .default_size(520.0)
        .show(root, |ui| outcome_ui(ui, r, settings));
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            if let Some(me) = &view.private {
                objectives_ui(ui, r, me, settings);
            }
            super::lobby::results_ui(ui, room);
            ui.add_space(8.0);
            fates_ui(ui, r);
            if let Some(sha) = &room.ended {
                ui.add_space(8.0);
                ui.small(t!("lobby-log-sha", sha = sha));
            }
        });
    });
    close
}
