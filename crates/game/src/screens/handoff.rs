//! The hot-seat hand-over: hides the previous delegation's private view until the next player
//! says who they are.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use crate::keys::{Shortcut, shortcut_button_sized};
use crate::play::Match;
use crate::theme::{centered, root_ui};
use zero_draft_engine::session::Stage;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        handoff.run_if(in_state(Screen::Handoff)),
    );
}

fn handoff(
    mut contexts: EguiContexts,
    game: Option<ResMut<Match>>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else { return Ok(()) };
    let Some(turn) = game.session.turn() else {
        return Ok(());
    };
    let name = game.session.model().name(turn.delegation).to_string();
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 600.0, |ui| {
        ui.add_space(200.0);
        ui.heading(format!("Pass the device to {name}"));
        ui.label(
            "The previous delegation's instructions are hidden. When the next player is seated:",
        );
        ui.add_space(12.0);
        if shortcut_button_sized(
            ui,
            true,
            Shortcut::Confirm,
            &format!("I am {name}"),
            Some(18.0),
        ) {
            game.viewer = turn.delegation;
            // A player sitting down for the first time reads their instructions first.
            next.set(if !game.briefed.contains(&turn.delegation) {
                Screen::Briefing
            } else if turn.stage == Stage::Adoption {
                Screen::Adoption
            } else {
                Screen::Table
            });
        }
    });
    Ok(())
}
