//! The scenario library screen: every scenario found, with its shape or the error that keeps
//! it from being played; open one to choose delegations.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::{Screen, scoped};
use crate::keys::Shortcut;
use crate::library::Library;
use crate::play::{Difficulty, Setup};
use crate::theme::{centered, root_ui};
use zero_draft_text::t;

pub(super) fn plugin(app: &mut App) {
    scoped::<LibraryState>(app, Screen::Library);
    app.add_systems(
        EguiPrimaryContextPass,
        library.run_if(in_state(Screen::Library)),
    );
}

/// The entry under the keyboard cursor.
#[derive(Resource, Default)]
struct LibraryState {
    selected: usize,
}

fn library(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    library: Res<Library>,
    mut setup: ResMut<Setup>,
    mut state: ResMut<LibraryState>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx);
    let selected = &mut state.selected;
    let count = library.entries.len();
    if count > 0 {
        if Shortcut::Next.pressed(&ctx) {
            *selected = (*selected + 1) % count;
        }
        if Shortcut::Previous.pressed(&ctx) {
            *selected = (*selected + count - 1) % count;
        }
        *selected = (*selected).min(count - 1);
    }
    let mut open = None;
    centered(&mut ui, 900.0, |ui| {
        ui.add_space(20.0);
        ui.heading(t!("library-heading"));
        // The game's own folder, then the player's.
        let folders = library.folders.clone();
        // A relative folder is shown where it is: under the folder the game was started in.
        let folder = |i: usize| {
            folders
                .get(i)
                .map(|p| match std::env::current_dir() {
                    Ok(here) if p.is_relative() => here.join(p),
                    _ => p.clone(),
                })
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        };
        ui.label(t!("library-intro", shipped = folder(0), own = folder(1)));
        ui.add_space(10.0);
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (i, e) in library.entries.iter().enumerate() {
                let frame = egui::Frame::group(ui.style()).fill(if i == *selected {
                    ui.visuals().selection.bg_fill.gamma_multiply(0.35)
                } else {
                    ui.visuals().panel_fill
                });
                frame.show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    match &e.loaded {
                        Ok((m, _)) => {
                            let s = &m.scenario;
                            let language = zero_draft_text::lang::current().code();
                            let rounds: u32 = s.schedule.phases.iter().map(|p| p.rounds).sum();
                            let playable = m.delegations.iter().filter(|d| d.playable).count();
                            ui.horizontal(|ui| {
                                if ui
                                    .button(
                                        egui::RichText::new(s.meta.title.in_language(language))
                                            .strong()
                                            .size(17.0),
                                    )
                                    .clicked()
                                {
                                    open = Some(i);
                                }
                                if let Some(y) = s.meta.year {
                                    ui.label(y.to_string());
                                }
                            });
                            ui.label(t!(
                                "library-entry",
                                body = s.meta.body.in_language(language),
                                phases = s.schedule.phases.len(),
                                rounds = rounds,
                                delegations = m.delegations.len(),
                                blocs = m.blocs.len(),
                                playable = playable,
                                path = e.path.display().to_string()
                            ));
                        }
                        Err(err) => {
                            ui.label(
                                egui::RichText::new(t!("library-unplayable", title = e.title()))
                                    .strong(),
                            );
                            ui.label(egui::RichText::new(err).monospace().size(12.0));
                        }
                    }
                });
            }
            if library.entries.is_empty() {
                ui.label(t!("library-none"));
            }
        });
    });
    if Shortcut::Confirm.pressed(&ctx) && count > 0 {
        open = Some(*selected);
    }
    if Shortcut::Back.pressed(&ctx) {
        next.set(Screen::Title);
    }
    if let Some(i) = open
        && let Ok((m, source)) = &library.entries[i].loaded
    {
        let file = library.entries[i].path.display().to_string();
        // Back from the delegation screen and in again: the same scenario keeps the seats
        // ticked, the Chair and the seed; the difficulty is kept whatever the scenario.
        let again = setup
            .scenario
            .as_ref()
            .is_some_and(|(_, s, f)| *f == file && s == source);
        let difficulty = if setup.scenario.is_some() {
            setup.difficulty
        } else {
            Difficulty::Normal
        };
        if !again {
            *setup = Setup {
                scenario: Some((m.clone(), source.clone(), file)),
                chosen: Vec::new(),
                chair: false,
                difficulty,
                seed: std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(1),
            };
        }
        next.set(Screen::Choose);
    }
    Ok(())
}
