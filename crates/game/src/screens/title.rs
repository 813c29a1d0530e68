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
            saves: resumable(&saves()),
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
    saves: Vec<SavedGame>,
}

/// A game that can be resumed, as the player recognises it.
#[derive(Clone)]
struct SavedGame {
    path: PathBuf,
    label: String,
}

/// How many save files the title screen reads, newest first.
const SAVES_READ: usize = 12;

/// The newest unfinished games: finished ones are for the debrief's exports, not to resume.
/// A save that cannot be read is still offered, so that resuming it says why.
fn resumable(paths: &[PathBuf]) -> Vec<SavedGame> {
    let mut out = Vec::new();
    for path in paths.iter().take(SAVES_READ) {
        let file = path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let label = match zero_draft_engine::files::read_record(path) {
            Ok(r) => {
                use zero_draft_engine::log::Event;
                if r.events
                    .iter()
                    .any(|e| matches!(e, Event::ReportAdopted | Event::ReportFailed))
                {
                    continue;
                }
                let rounds = r
                    .events
                    .iter()
                    .filter(|e| matches!(e, Event::RoundEnded { .. }))
                    .count();
                let who = if r.humans().is_empty() {
                    "in the Chair".to_string()
                } else {
                    r.humans().join(", ")
                };
                format!(
                    "{} — {who}, after {rounds} round(s)",
                    scenario_title(&r.scenario_source).unwrap_or(r.scenario_file.clone())
                )
            }
            Err(_) => format!("{file} (cannot be read)"),
        };
        out.push(SavedGame {
            path: path.clone(),
            label,
        });
    }
    out
}

/// The scenario's title, read from its `meta` without parsing the whole file.
fn scenario_title(source: &str) -> Option<String> {
    let at = source.find("title:")?;
    let rest = &source[at + "title:".len()..];
    let open = rest.find('"')?;
    let rest = &rest[open + 1..];
    let close = rest.find('"')?;
    Some(rest[..close].to_string()).filter(|t| !t.is_empty() && t.len() < 200)
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
            for (i, save) in saves.iter().take(5).enumerate() {
                if shortcut_button(ui, true, Shortcut::Resume(i as u8), &save.label) {
                    match Match::resume(&save.path) {
                        Ok(m) => {
                            // With several players at one screen, hand the device over first.
                            let hot_seat = m.session.humans().len() > 1;
                            commands.insert_resource(m);
                            next.set(if hot_seat {
                                Screen::Handoff
                            } else {
                                Screen::Table
                            });
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
