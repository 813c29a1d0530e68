//! The hot-seat hand-over: hides the previous delegation's private view until the next player
//! says who they are.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::Screen;
use crate::keys::{Shortcut, shortcut_button_sized};
use crate::play::Match;
use crate::theme::{centered, root_ui};
use zero_draft_engine::session::Stage;
use zero_draft_text::t;

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
    if let Some(to) = handoff_frame(&ctx, &mut game) {
        next.set(to);
    }
    Ok(())
}

/// Draws the hand-over page; when the next player says who they are (the button or Enter),
/// seats them and returns the screen they go to.
pub fn handoff_frame(ctx: &egui::Context, game: &mut Match) -> Option<Screen> {
    let chair = game
        .session
        .pending()
        .contains(&zero_draft_engine::seat::Seat::Chair);
    let turn = game.session.turn();
    // The Chair is addressed in sentences of its own ("au Président", not "à le Président").
    let (heading, caption) = match turn {
        Some(turn) => {
            let model = game.session.model();
            let name = model
                .translations_into(zero_draft_text::lang::current().code())
                .of(model.name(turn.delegation))
                .to_string();
            (
                t!("handoff-pass-to", delegation = &name),
                t!("handoff-i-am", delegation = &name),
            )
        }
        None if chair => (t!("handoff-pass-to-chair"), t!("handoff-i-am-chair")),
        None => return None,
    };
    let mut to = None;
    let mut ui = root_ui(ctx);
    centered(&mut ui, 600.0, |ui| {
        ui.add_space(200.0);
        ui.heading(heading);
        ui.label(t!("handoff-hidden"));
        ui.add_space(12.0);
        if shortcut_button_sized(ui, true, Shortcut::Confirm, caption, Some(18.0)) {
            to = Some(match turn {
                Some(turn) => {
                    game.viewer = turn.delegation;
                    game.at_chair = false;
                    // A player sitting down for the first time reads their instructions first.
                    if !game.briefed.contains(&turn.delegation) {
                        Screen::Briefing
                    } else if turn.stage == Stage::Adoption {
                        Screen::Adoption
                    } else {
                        Screen::Table
                    }
                }
                None => {
                    game.at_chair = true;
                    Screen::Chair
                }
            });
        }
    });
    to
}
