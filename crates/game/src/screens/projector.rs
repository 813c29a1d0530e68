//! The projector: the public room, large, for a class to read from the back of the room — the
//! draft with what is pending on each paragraph, the floor with the room's stances, the
//! Chair's last moves, whom the room waits for, and the clock. It is drawn from the public
//! room alone: a projector holds no seat and receives no private data.

use bevy_egui::egui;
use zero_draft_engine::log::Event;
use zero_draft_engine::preferences::Stance;
use zero_draft_engine::session::{ParagraphStatus, Stage};
use zero_draft_engine::view::RoomView;
use zero_draft_text::{decimal, edit_summary_in, t};

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::play::Match;
use crate::screens::Screen;
use crate::settings::Settings;

/// On one machine (a demonstration, or `screenshot --screen projector`), the projector shows
/// the local game's public room.
pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        local
            .run_if(in_state(Screen::Projector))
            .run_if(resource_exists::<Match>),
    );
}

fn local(mut contexts: EguiContexts, game: Res<Match>, settings: Res<Settings>) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let room = crate::play::shown_room(&game.room_view());
    let mut ui = crate::theme::root_ui(&ctx);
    projector_ui(&mut ui, &room, &settings, None);
    Ok(())
}

/// Body text on the projector, larger than at a laptop.
const BODY: f32 = 19.0;

/// `table`: in a class of several tables, which one this is (from 0) and how many.
pub fn projector_ui(
    ui: &mut egui::Ui,
    room: &RoomView,
    settings: &Settings,
    table: Option<(usize, usize)>,
) {
    let m = &*room.scenario;
    egui::Panel::top("projector-clock").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            if let Some((t, n)) = table {
                ui.label(
                    egui::RichText::new(t!("projector-table", table = t + 1, tables = n))
                        .strong()
                        .size(24.0)
                        .color(settings.warn()),
                );
                ui.separator();
            }
            ui.label(egui::RichText::new(&m.title).strong().size(24.0));
            ui.separator();
            let rounds = room.phase_rounds[room.phase];
            ui.label(
                egui::RichText::new(t!(
                    "clock-round",
                    phase = &m.phases[room.phase],
                    round = room.round.min(rounds),
                    rounds = rounds
                ))
                .size(BODY),
            );
            ui.separator();
            // At the end, the outcome itself: the room the class watched adopted, failed or
            // was ended before its vote.
            let (stage, color) = match (&room.outcome, room.paused, room.stage) {
                (Some(o), _, _) if o.ended_early => (t!("debrief-ended-early"), settings.warn()),
                (Some(o), _, _) if o.adopted => (t!("debrief-adopted"), settings.good()),
                (Some(_), _, _) => (t!("debrief-failed"), settings.bad()),
                (_, true, _) => (t!("clock-paused"), ui.visuals().text_color()),
                (_, _, Stage::Adoption) => (t!("clock-adoption"), ui.visuals().text_color()),
                (_, _, Stage::Consensus) => {
                    (t!("projector-any-objection"), ui.visuals().text_color())
                }
                _ => (t!("projector-speaking"), ui.visuals().text_color()),
            };
            ui.label(egui::RichText::new(stage).size(BODY).strong().color(color));
            ui.separator();
            let percent = decimal(room.joining * 100.0, 0);
            ui.add(
                egui::ProgressBar::new(room.joining)
                    .desired_width(260.0)
                    .text(t!("clock-would-join", percent = percent)),
            );
        });
        let waiting: Vec<String> = room
            .pending
            .iter()
            .filter_map(|s| s.delegation())
            .map(|d| m.name(d).to_string())
            .collect();
        ui.horizontal_wrapped(|ui| {
            if !waiting.is_empty() && room.outcome.is_none() {
                ui.label(
                    egui::RichText::new(t!("projector-waiting", seats = waiting.join(", ")))
                        .size(BODY - 2.0)
                        .weak(),
                );
                ui.separator();
            }
            ui.label(
                egui::RichText::new(t!("projector-legend"))
                    .size(BODY - 4.0)
                    .weak(),
            );
        });
    });
    egui::Panel::right("projector-floor")
        .default_size(470.0)
        .show(ui, |ui| floor_ui(ui, room, settings));
    egui::CentralPanel::default().show(ui, |ui| draft_ui(ui, room, settings));
}

fn draft_ui(ui: &mut egui::Ui, room: &RoomView, settings: &Settings) {
    let m = &*room.scenario;
    egui::ScrollArea::vertical()
        .id_salt("projector-draft")
        .show(ui, |ui| {
            for sec in &room.document.sections {
                ui.add_space(8.0);
                ui.label(egui::RichText::new(&sec.title).strong().size(BODY + 3.0));
                for p in &sec.paragraphs {
                    let status = room.status(&p.id);
                    let color = match status {
                        ParagraphStatus::Agreed => settings.good(),
                        ParagraphStatus::Contested => settings.bad(),
                        _ => ui.visuals().text_color(),
                    };
                    let text: Vec<&str> = p.clauses.iter().map(|c| c.text.as_str()).collect();
                    ui.add_space(4.0);
                    if status == ParagraphStatus::Deleted || text.iter().all(|t| t.is_empty()) {
                        ui.label(
                            egui::RichText::new(format!("{}  {}", p.id, t!("projector-deleted")))
                                .size(BODY - 2.0)
                                .strikethrough()
                                .weak(),
                        );
                        continue;
                    }
                    ui.label(
                        egui::RichText::new(format!("{}  {}", p.id, text.join(" ")))
                            .size(BODY)
                            .color(if status == ParagraphStatus::Agreed {
                                ui.visuals().text_color()
                            } else {
                                color
                            }),
                    );
                    for a in room
                        .floor
                        .iter()
                        .chain(&room.brackets)
                        .filter(|a| a.paragraph == p.id)
                    {
                        ui.label(
                            egui::RichText::new(format!(
                                "    [#{} {}: {}]",
                                a.id,
                                m.name(a.proposer),
                                edit_summary_in(&a.edit, &room.document)
                            ))
                            .size(BODY - 2.0)
                            .color(settings.warn()),
                        );
                    }
                }
            }
        });
}

fn floor_ui(ui: &mut egui::Ui, room: &RoomView, settings: &Settings) {
    let m = &*room.scenario;
    ui.label(
        egui::RichText::new(t!(
            "projector-floor",
            count = room.floor.len() + room.brackets.len()
        ))
        .strong()
        .size(BODY + 1.0),
    );
    egui::ScrollArea::vertical()
        .id_salt("projector-floor")
        .max_height(ui.available_height() * 0.55)
        .show(ui, |ui| {
            for a in room.floor.iter().chain(&room.brackets) {
                let heard = room.reactions_to(a.id);
                let count = |s: Stance| heard.iter().filter(|r| r.stance == s).count();
                ui.add_space(4.0);
                ui.label(
                    egui::RichText::new(format!("#{} {}", a.id, m.name(a.proposer)))
                        .strong()
                        .size(BODY - 2.0),
                );
                ui.label(
                    egui::RichText::new(edit_summary_in(&a.edit, &room.document)).size(BODY - 3.0),
                );
                ui.label(
                    egui::RichText::new(t!(
                        "projector-stances",
                        support = count(Stance::Support),
                        accept = count(Stance::Accept),
                        reserve = count(Stance::Reservation),
                        object = a.objections.len().max(count(Stance::Object))
                    ))
                    .size(BODY - 4.0)
                    .color(if a.objections.is_empty() {
                        settings.good()
                    } else {
                        settings.bad()
                    }),
                );
            }
        });
    ui.separator();
    ui.label(
        egui::RichText::new(t!("projector-chair"))
            .strong()
            .size(BODY + 1.0),
    );
    // The Chair's last moves, newest first, as the public log tells them.
    let moves: Vec<String> = room
        .log
        .iter()
        .rev()
        .filter(|e| {
            matches!(
                e,
                Event::ChairDecision { .. }
                    | Event::RevisionIssued { .. }
                    | Event::AdoptionCalled { .. }
                    | Event::Announced { .. }
                    | Event::ReportAdopted
                    | Event::ReportFailed
                    | Event::EndedEarly
            )
        })
        .take(6)
        .map(|e| zero_draft_text::describe(m, e))
        .collect();
    if moves.is_empty() {
        ui.label(
            egui::RichText::new(t!("projector-chair-none"))
                .size(BODY - 4.0)
                .weak(),
        );
    }
    egui::ScrollArea::vertical()
        .id_salt("projector-chair")
        .show(ui, |ui| {
            for line in moves {
                ui.label(egui::RichText::new(line).size(BODY - 4.0));
            }
        });
}
