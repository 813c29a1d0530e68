//! The title screen: a new game, the five newest saves to resume, the settings, and quit.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::Screen;
use crate::keys::{Shortcut, shortcut_button, shortcut_button_sized};
use crate::paths::saves;
use crate::play::Match;
use crate::settings::{Settings, settings_ui};
use crate::theme::{UN_BLUE, centered, emblem, root_ui};
use zero_draft_text::t;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), |mut commands: Commands| {
        // The saves are read beside the first frames: a dozen records of a large room take
        // about a second to parse, and the title must not wait for them.
        let reading = std::sync::Arc::new(std::sync::OnceLock::new());
        let done = reading.clone();
        std::thread::spawn(move || {
            let _ = done.set(resumable(&saves()));
        });
        commands.insert_resource(TitleState {
            error: None,
            saves: reading,
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

/// The saves found when the title opened (once read), and why the last one could not be
/// resumed.
#[derive(Resource)]
struct TitleState {
    error: Option<String>,
    saves: std::sync::Arc<std::sync::OnceLock<Vec<SavedGame>>>,
}

/// A game that can be resumed, as the player recognises it.
#[derive(Clone)]
struct SavedGame {
    path: PathBuf,
    about: About,
}

/// What a save's button says, kept apart from the words so that a change of language on this
/// screen shows at once.
#[derive(Clone)]
enum About {
    Game {
        title: String,
        /// The delegations taken; none when the player chairs.
        players: Vec<String>,
        rounds: usize,
    },
    Unreadable(String),
}

impl SavedGame {
    fn label(&self) -> String {
        match &self.about {
            About::Game {
                title,
                players,
                rounds,
            } => {
                if players.is_empty() {
                    t!("title-save-chair", title = title, rounds = rounds)
                } else {
                    let who = players.join(", ");
                    t!("title-save", title = title, who = who, rounds = rounds)
                }
            }
            About::Unreadable(file) => t!("title-save-unreadable", file = file),
        }
    }
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
        let about = match zero_draft_engine::files::read_record(path) {
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
                About::Game {
                    title: scenario_title(&r.scenario_source).unwrap_or(r.scenario_file.clone()),
                    players: r
                        .humans()
                        .iter()
                        .map(|id| delegation_name(&r.scenario_source, id).unwrap_or(id.clone()))
                        .collect(),
                    rounds,
                }
            }
            Err(_) => About::Unreadable(file),
        };
        out.push(SavedGame {
            path: path.clone(),
            about,
        });
    }
    out
}

/// A delegation's name, read beside its id without parsing the whole file (the title screen
/// lists a dozen saves as it opens).
fn delegation_name(source: &str, id: &str) -> Option<String> {
    let key = format!("id: \"{id}\"");
    source.match_indices(&key).find_map(|(at, _)| {
        let rest = &source[at + key.len()..];
        let rest = &rest[..rest.len().min(200)];
        let name = rest.find("name:")?;
        // The id's own entry: no other entry opens before its name.
        if rest[..name].contains('(') || rest[..name].contains(')') {
            return None;
        }
        let rest = &rest[name + "name:".len()..];
        let open = rest.find('"')?;
        let rest = &rest[open + 1..];
        let close = rest.find('"')?;
        Some(rest[..close].to_string()).filter(|n| !n.is_empty())
    })
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
    let reading = state.saves.clone();
    let saves = reading.get().map(Vec::as_slice).unwrap_or_default();
    centered(&mut ui, 960.0, |ui| {
        ui.add_space(16.0);
        ui.vertical_centered(|ui| {
            emblem(ui, 400.0);
            ui.add_space(6.0);
            ui.label(spaced("ZERO DRAFT", 52.0, 6.0, egui::Color32::WHITE));
            ui.label(spaced(
                &t!("title-tagline").to_uppercase(),
                15.0,
                2.0,
                UN_BLUE,
            ));
            ui.add_space(8.0);
            ui.label(egui::RichText::new(t!("title-intro")).size(14.0).weak());
        });
        ui.add_space(20.0);
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            let new_game = Shortcut::NewGame;
            if shortcut_button_sized(ui, true, new_game, new_game.label(), Some(22.0)) {
                next.set(Screen::Library);
            }
            ui.add_space(10.0);
            if reading.get().is_none() {
                ui.label(egui::RichText::new(t!("title-reading-saves")).weak());
                ui.ctx().request_repaint();
            }
            if !saves.is_empty() {
                ui.label(egui::RichText::new(t!("title-resume")).strong());
                for (i, save) in saves.iter().take(5).enumerate() {
                    if shortcut_button(ui, true, Shortcut::Resume(i as u8), save.label()) {
                        match Match::resume(&save.path) {
                            Ok(m) => {
                                // With several players at one screen, hand the device over
                                // first.
                                let hot_seat = m.session.humans().len() > 1;
                                commands.insert_resource(m);
                                next.set(if hot_seat {
                                    Screen::Handoff
                                } else {
                                    Screen::Table
                                });
                            }
                            Err(e) => state.error = Some(t!("title-cannot-resume", error = e)),
                        }
                    }
                }
            }
            if let Some(e) = &state.error {
                ui.colored_label(settings.bad(), e);
            }
            let ui = &mut cols[1];
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.label(egui::RichText::new(t!("title-settings")).strong());
                settings_ui(ui, &mut settings);
            });
            ui.add_space(10.0);
            if shortcut_button(ui, true, Shortcut::Quit, Shortcut::Quit.label()) {
                exit.write(AppExit::Success);
            }
        });
    });
    Ok(())
}

/// A line of capitals set wide, as on a conference room's signage.
fn spaced(text: &str, size: f32, spacing: f32, colour: egui::Color32) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::default();
    job.append(
        text,
        0.0,
        egui::TextFormat {
            font_id: egui::FontId::proportional(size),
            extra_letter_spacing: spacing,
            color: colour,
            ..Default::default()
        },
    );
    job
}
