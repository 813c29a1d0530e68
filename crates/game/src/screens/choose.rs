//! Choosing the delegations (several for hot-seat play), the difficulty and the seed, then
//! starting the match.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::{Screen, scoped};
use crate::keys::{Shortcut, shortcut_button};
use crate::paths::saves_dir;
use crate::play::{Difficulty, Match, Setup};
use crate::theme::{centered, root_ui};
use zero_draft_engine::model::DelegationId;
use zero_draft_text::t;

pub(super) fn plugin(app: &mut App) {
    scoped::<ChooseState>(app, Screen::Choose);
    app.add_systems(
        EguiPrimaryContextPass,
        choose.run_if(in_state(Screen::Choose)),
    );
}

/// Why the match could not start, and the delegation under the keyboard cursor.
#[derive(Resource, Default)]
struct ChooseState {
    error: Option<String>,
    cursor: usize,
}

fn choose(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    mut setup: ResMut<Setup>,
    mut commands: Commands,
    mut state: ResMut<ChooseState>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some((model, source, file)) = setup.scenario.clone() else {
        next.set(Screen::Library);
        return Ok(());
    };
    let playable: Vec<DelegationId> = model
        .delegation_ids()
        .filter(|&d| model.delegations[d.index()].playable)
        .collect();
    let n = playable.len().max(1);
    if Shortcut::Next.pressed(&ctx) {
        state.cursor = (state.cursor + 1) % n;
    }
    if Shortcut::Previous.pressed(&ctx) {
        state.cursor = (state.cursor + n - 1) % n;
    }
    if Shortcut::Toggle.pressed(&ctx)
        && let Some(&d) = playable.get(state.cursor)
    {
        toggle(&mut setup.chosen, d);
    }
    // Every choice on this screen has a key, so that a game is set up without a mouse.
    if Shortcut::ChooseChair.pressed(&ctx) {
        setup.chair = !setup.chair;
    }
    if Shortcut::NextDifficulty.pressed(&ctx) {
        let at = Difficulty::ALL
            .iter()
            .position(|&d| d == setup.difficulty)
            .unwrap_or(0);
        setup.difficulty = Difficulty::ALL[(at + 1) % Difficulty::ALL.len()];
    }
    if Shortcut::NewSeed.pressed(&ctx) {
        // A new seed from the clock: not a secret, only a different game.
        setup.seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64 % 1_000_000_000)
            .unwrap_or(setup.seed.wrapping_add(1));
    }
    let cursor = state.cursor;
    let mut start = false;
    let mut back = false;
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 820.0, |ui| {
        ui.add_space(20.0);
        let language = zero_draft_text::lang::current().code();
        let tr = model.translations_into(language);
        ui.heading(model.scenario.meta.title.in_language(language));
        ui.label(model.scenario.meta.briefing.in_language(language));
        ui.add_space(12.0);
        ui.label(egui::RichText::new(t!("choose-delegation")).strong());
        for (k, &d) in playable.iter().enumerate() {
            let info = &model.delegations[d.index()];
            let mut on = setup.chosen.contains(&d);
            let label = format!(
                "{}{} — {}",
                if k == cursor { "> " } else { "" },
                tr.of(&info.name),
                tr.of(&model.blocs[info.bloc.index()].name)
            );
            if ui.checkbox(&mut on, label).changed() {
                toggle(&mut setup.chosen, d);
            }
        }
        ui.add_space(6.0);
        ui.checkbox(
            &mut setup.chair,
            Shortcut::ChooseChair.caption(&t!("choose-chair")),
        );
        ui.add_space(12.0);
        ui.label(
            egui::RichText::new(Shortcut::NextDifficulty.caption(&t!("choose-difficulty")))
                .strong(),
        );
        for d in Difficulty::ALL {
            ui.radio_value(&mut setup.difficulty, d, d.label());
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            ui.label(t!("choose-seed"));
            ui.add(egui::DragValue::new(&mut setup.seed));
            if ui
                .button(Shortcut::NewSeed.caption(&t!("keys-new-seed")))
                .clicked()
            {
                setup.seed =
                    setup.seed.wrapping_mul(6364136223846793005).wrapping_add(1) % 1_000_000_000;
            }
        });
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            back = shortcut_button(ui, true, Shortcut::Back, Shortcut::Back.label());
            let ready = !setup.chosen.is_empty() || setup.chair;
            let caption = if setup.chair {
                t!("choose-take-chair")
            } else {
                t!("choose-read-briefing")
            };
            start = shortcut_button(ui, ready, Shortcut::Confirm, caption);
        });
        if let Some(e) = &state.error {
            ui.label(e);
        }
    });
    if back {
        next.set(Screen::Library);
    }
    if start && setup.chair {
        match Match::start_chair(
            model.clone(),
            &file,
            &source,
            &setup.chosen,
            setup.seed,
            setup.difficulty,
            &saves_dir(),
        ) {
            Ok(m) => {
                // Alone in the Chair, straight to work; with delegations at the same screen,
                // the device is handed over first.
                let alone = setup.chosen.is_empty();
                let waits = m
                    .session
                    .pending()
                    .contains(&zero_draft_engine::seat::Seat::Chair);
                commands.insert_resource(m);
                next.set(if !alone {
                    Screen::Handoff
                } else if waits {
                    Screen::Chair
                } else {
                    Screen::Debrief
                });
            }
            Err(e) => state.error = Some(e),
        }
        return Ok(());
    }
    if start && !setup.chosen.is_empty() {
        match Match::start(
            model.clone(),
            &file,
            &source,
            &setup.chosen,
            setup.seed,
            setup.difficulty,
            &saves_dir(),
        ) {
            Ok(m) => {
                // With several players at one screen, the first is handed the device too.
                let hot_seat = setup.chosen.len() > 1;
                commands.insert_resource(m);
                next.set(if hot_seat {
                    Screen::Handoff
                } else {
                    Screen::Briefing
                });
            }
            Err(e) => state.error = Some(e),
        }
    }
    Ok(())
}

fn toggle(list: &mut Vec<DelegationId>, d: DelegationId) {
    if let Some(i) = list.iter().position(|&x| x == d) {
        list.remove(i);
    } else {
        list.push(d);
    }
}
