//! The title screen: a new game, the five newest saves to resume, the settings, and quit.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::Screen;
use crate::keys::{Shortcut, shortcut_button, shortcut_button_sized};
use crate::paths::saves;
use crate::play::Match;
use crate::settings::{Settings, settings_ui};
use crate::theme::{centered, root_ui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), |mut commands: Commands| {
        commands.insert_resource(TitleState {
            error: None,
            saves: saves(),
        })
    })
    .add_systems(OnExit(Screen::Title), |mut commands: Commands| {
        commands.remove_resource::<TitleState>()
    })
    .add_systems(
        EguiPrimaryContextPass,
        title.run_if(in_state(Screen::Title)),
    );
}

/// The saves found when the title opened, and why the last one could not be resumed.
#[derive(Resource)]
struct TitleState {
    error: Option<String>,
    saves: Vec<PathBuf>,
}

fn title(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    mut state: ResMut<TitleState>,
    mut settings: ResMut<Settings>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx);
    let saves = state.saves.clone();
    centered(&mut ui, 620.0, |ui| {
        ui.add_space(60.0);
        ui.heading(egui::RichText::new("Zero Draft").size(48.0));
        ui.label(
            egui::RichText::new("A consensus-drafting negotiation game")
                .size(20.0)
                .italics(),
        );
        ui.add_space(12.0);
        ui.label("You are a national delegation in a UN working group. Table amendments, build coalitions and offer face-saving wording; the Chair will bracket, compromise and delete to reach consensus.");
        ui.add_space(24.0);
        let new_game = Shortcut::NewGame;
        if shortcut_button_sized(ui, true, new_game, new_game.label(), Some(20.0)) {
            next.set(Screen::Library);
        }
        ui.add_space(8.0);
        if !saves.is_empty() {
            ui.label(egui::RichText::new("Resume a saved game").strong());
            for (i, path) in saves.iter().take(5).enumerate() {
                let name = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if shortcut_button(ui, true, Shortcut::Resume(i as u8), &name) {
                    match Match::resume(path) {
                        Ok(m) => {
                            commands.insert_resource(m);
                            next.set(Screen::Table);
                        }
                        Err(e) => {
                            state.error = Some(format!(
                                "This save cannot be resumed (it was left untouched): {e}"
                            ))
                        }
                    }
                }
            }
        }
        if let Some(e) = &state.error {
            ui.colored_label(settings.bad(), e);
        }
        ui.add_space(16.0);
        ui.separator();
        settings_ui(ui, &mut settings);
        ui.add_space(16.0);
        if shortcut_button(ui, true, Shortcut::Quit, Shortcut::Quit.label()) {
            exit.write(AppExit::Success);
        }
    });
    Ok(())
}
