//! The table's top bar: scenario, phase and round, the viewer's interventions left, whose
//! turn it is, and the consensus meter.

use bevy_egui::egui;

use super::View;
use zero_draft_engine::session::Stage;

pub(super) fn clock_ui(ui: &mut egui::Ui, v: &View) {
    let s = &v.game.session;
    let m = s.model();
    let viewer = v.game.viewer;
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(&m.scenario.meta.title).strong());
        ui.separator();
        let phase = &m.scenario.schedule.phases[s.phase()];
        ui.label(format!(
            "{} — round {} of {}",
            phase.name,
            s.round().min(s.phase_rounds(s.phase())),
            s.phase_rounds(s.phase())
        ));
        ui.separator();
        ui.label(format!(
            "{}: {} intervention(s) left this phase",
            m.name(viewer),
            s.budget(viewer)
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
            egui::ProgressBar::new(v.cache.joining)
                .desired_width(160.0)
                .text(format!("{:.0}% would join", v.cache.joining * 100.0)),
        );
    });
}
