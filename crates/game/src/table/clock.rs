//! The table's top bar: scenario, phase and round, the viewer's interventions left, whose
//! turn it is, and the consensus meter.

use bevy_egui::egui;

use super::View;
use zero_draft_engine::log::Event;
use zero_draft_engine::session::Stage;
use zero_draft_text::{decimal, t};

pub(super) fn clock_ui(ui: &mut egui::Ui, v: &View) {
    let r = v.room;
    let m = &*r.scenario;
    let viewer = v.me;
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(&m.title).strong());
        ui.separator();
        let rounds = r.phase_rounds[r.phase];
        let (phase, round) = (&m.phases[r.phase], r.round.min(rounds));
        ui.label(t!(
            "clock-round",
            phase = phase,
            round = round,
            rounds = rounds
        ));
        ui.separator();
        let (name, left) = (m.name(viewer), r.budgets[viewer.index()]);
        ui.label(t!("clock-interventions", delegation = name, count = left));
        ui.separator();
        if r.paused {
            ui.colored_label(v.settings.warn(), t!("clock-paused"));
        }
        ui.label(match (v.stage, v.my_turn) {
            _ if r.paused => t!("clock-paused-wait"),
            (Stage::Speaking, true) => t!("clock-your-floor"),
            (Stage::Consensus, true) => t!("clock-any-objection"),
            (Stage::Adoption, _) => t!("clock-adoption"),
            _ => t!("clock-waiting"),
        });
        // A round in which nothing is tabled ends the phase early: say so while it can be
        // avoided.
        let round_start = r
            .log
            .iter()
            .rposition(|e| matches!(e, Event::RoundStarted { .. }))
            .map_or(0, |i| i + 1);
        let idle = !r.log[round_start..]
            .iter()
            .any(|e| matches!(e, Event::Tabled { .. }));
        if v.stage == Stage::Speaking && idle && round < rounds && !r.phase_held_open {
            ui.separator();
            ui.colored_label(v.settings.warn(), t!("clock-idle-round"));
        }
        ui.separator();
        ui.label(t!("clock-consensus"));
        let percent = decimal(r.joining * 100.0, 0);
        ui.add(
            egui::ProgressBar::new(r.joining)
                .desired_width(160.0)
                .text(t!("clock-would-join", percent = percent)),
        );
    });
}
