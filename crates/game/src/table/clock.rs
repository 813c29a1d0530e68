//! The table's top bar: scenario, phase and round, the viewer's interventions left, whose
//! turn it is, and the consensus meter.

use bevy_egui::egui;

use super::View;
use zero_draft_engine::session::Stage;

pub(super) fn clock_ui(ui: &mut egui::Ui, v: &View) {
    let r = v.room;
    let m = &*r.scenario;
    let viewer = v.me;
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(&m.title).strong());
        ui.separator();
        let rounds = r.phase_rounds[r.phase];
        ui.label(format!(
            "{} — round {} of {}",
            m.phases[r.phase],
            r.round.min(rounds),
            rounds
        ));
        ui.separator();
        ui.label(format!(
            "{}: {} intervention(s) left this phase",
            m.name(viewer),
            r.budgets[viewer as usize]
        ));
        ui.separator();
        ui.label(match (v.stage, v.my_turn) {
            (Stage::Speaking, true) => "You have the floor",
            (Stage::Consensus, true) => "The Chair asks: any objection?",
            (Stage::Adoption, _) => "Adoption",
            _ => "Waiting",
        });
        ui.separator();
        ui.label("Consensus");
        ui.add(
            egui::ProgressBar::new(r.joining)
                .desired_width(160.0)
                .text(format!("{:.0}% would join", r.joining * 100.0)),
        );
    });
}
