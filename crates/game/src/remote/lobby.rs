//! The lobby of a class: which delegations are free, claiming one, waiting for the teacher to
//! start; and, at the end, how the session ended for this seat.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use zero_draft_net::Request;
use zero_draft_net::client::RemoteRoom;

use super::RemoteSeat;
use crate::keys::{Shortcut, shortcut_button};
use crate::screens::Screen;
use crate::settings::Settings;
use crate::theme::{centered, root_ui};
use zero_draft_engine::ids::BlocId;
use zero_draft_text::{decimal, t};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        lobby.run_if(in_state(Screen::Lobby)),
    );
}

fn lobby(
    mut contexts: EguiContexts,
    room: Res<RemoteRoom>,
    mut seat: ResMut<RemoteSeat>,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
    mut console: ResMut<super::console::ConsoleState>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx);
    let connected = seat.problem.is_none() && room.goodbye.is_none();
    if room.facilitator && room.ended.is_none() && connected {
        egui::CentralPanel::default().show(&mut ui, |ui| {
            super::console::console_ui(ui, &room, &mut seat, &mut console, &settings);
        });
        return Ok(());
    }
    // A student's seat ends on the same debrief as solo play, from what the server sent.
    if connected
        && room.ended.is_some()
        && room.private.is_some()
        && let Some(view) = seat.refresh(&room)
    {
        if super::debrief::debrief_ui(&mut ui, &room, &mut seat, &view, &settings) {
            exit.write(AppExit::Success);
        }
        return Ok(());
    }
    centered(&mut ui, 900.0, |ui| {
        ui.add_space(16.0);
        let title = room
            .scenario
            .as_ref()
            .map_or_else(|| t!("lobby-a-class"), |s| s.title.clone());
        ui.heading(t!("lobby-title", title = title));
        ui.label(t!("lobby-class-at", server = seat.server.to_string()));
        ui.add_space(8.0);
        if let Some(banner) = seat.reconnect_banner() {
            ui.colored_label(settings.bad(), banner);
        }
        if room.unseated && room.seat.is_none() {
            ui.colored_label(settings.bad(), t!("class-seat-freed"));
        }
        let goodbye = room.goodbye.as_ref().map(zero_draft_text::farewell);
        if let Some(p) = seat.problem.as_ref().or(goodbye.as_ref()) {
            ui.colored_label(settings.bad(), t!("lobby-not-connected", problem = p));
            if shortcut_button(ui, true, Shortcut::Back, t!("lobby-close")) {
                exit.write(AppExit::Success);
            }
            return;
        }
        let Some(scenario) = room.scenario.clone() else {
            ui.label(t!("lobby-connecting"));
            return;
        };
        if let Some(sha) = &room.ended {
            ended(ui, &room, &settings, sha);
            if shortcut_button(ui, true, Shortcut::Back, t!("lobby-close")) {
                exit.write(AppExit::Success);
            }
            return;
        }
        let lobby = room
            .lobby
            .clone()
            .unwrap_or_else(|| zero_draft_net::protocol::Lobby {
                seats: Vec::new(),
                started: false,
                waiting: Vec::new(),
            });
        match room.seat.and_then(|s| s.delegation()) {
            Some(d) => {
                ui.label(
                    egui::RichText::new(t!("lobby-you-are", delegation = scenario.name(d)))
                        .strong()
                        .size(18.0),
                );
                if lobby.started {
                    if shortcut_button(ui, true, Shortcut::Confirm, t!("lobby-back-to-table")) {
                        seat.briefed = true;
                        next.set(Screen::Table);
                    }
                } else {
                    ui.label(t!("lobby-waiting"));
                }
            }
            None => {
                ui.label(t!("lobby-choose"));
            }
        }
        if let Some((_, why)) = room.refusals.last() {
            ui.colored_label(settings.bad(), super::refusal_words(&room, why));
        }
        ui.add_space(8.0);
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 20.0)
            .show(ui, |ui| {
                for (b, bloc) in scenario.blocs.iter().enumerate() {
                    ui.label(egui::RichText::new(&bloc.name).strong());
                    ui.horizontal_wrapped(|ui| {
                        for (k, del) in scenario.delegations.iter().enumerate() {
                            if del.bloc != BlocId::at(b) || !(del.may_block || del.playable) {
                                continue;
                            }
                            let held = lobby.seats.get(k).and_then(|s| s.student.clone());
                            let label = match &held {
                                Some(who) => format!("{} — {who}", del.name),
                                None => del.name.clone(),
                            };
                            let free = held.is_none() && room.seat.is_none();
                            if ui.add_enabled(free, egui::Button::new(label)).clicked() {
                                seat.outbox.push(Request::Claim {
                                    delegation: del.id.clone(),
                                });
                            }
                            // A held seat with room for a partner: both play it.
                            let shared = held.as_deref().is_some_and(|w| w.contains(" & "));
                            if held.is_some()
                                && !shared
                                && room.seat.is_none()
                                && ui
                                    .small_button(t!("lobby-share"))
                                    .on_hover_text(t!("lobby-share-hint"))
                                    .clicked()
                            {
                                seat.outbox.push(Request::Share {
                                    delegation: del.id.clone(),
                                });
                            }
                        }
                    });
                }
            });
    });
    Ok(())
}

/// How the session ended, for this seat.
fn ended(ui: &mut egui::Ui, room: &RemoteRoom, settings: &Settings, sha: &str) {
    let adopted = room
        .room
        .as_ref()
        .and_then(|r| r.outcome.as_ref())
        .map(|o| o.adopted);
    ui.heading(match adopted {
        Some(true) => t!("lobby-adopted"),
        Some(false) => t!("lobby-not-adopted"),
        None => t!("lobby-teacher-ended"),
    });
    if let Some(p) = &room.private {
        if let Some(score) = &p.score {
            let [total, obj, cons, rel] = [
                score.total,
                score.objective_points,
                score.consensus_points,
                score.relationship_points,
            ]
            .map(|x| decimal(x, 0));
            ui.label(t!(
                "lobby-score",
                total = total,
                obj = obj,
                cons = cons,
                rel = rel
            ));
        }
        for o in &p.objectives {
            let (colour, mark) = if o.met {
                (settings.good(), "✔")
            } else {
                (settings.bad(), "✖")
            };
            ui.colored_label(colour, format!("{mark} {}", o.description));
        }
    }
    results_ui(ui, room);
    ui.small(t!("lobby-log-sha", sha = sha));
}

/// The class results the host sent at the end, as a table.
pub(super) fn results_ui(ui: &mut egui::Ui, room: &RemoteRoom) {
    if let Some(csv) = &room.results {
        ui.add_space(8.0);
        let heading = if room.facilitator {
            t!("lobby-results")
        } else {
            t!("lobby-results-own")
        };
        ui.label(egui::RichText::new(heading).strong());
        egui::Grid::new("results").striped(true).show(ui, |ui| {
            for line in csv.lines() {
                for cell in line.split(',') {
                    ui.label(cell.trim_matches('"'));
                }
                ui.end_row();
            }
        });
    }
}
