//! The facilitator's console in the game window: every seat and who holds it, what the room
//! waits for, and the controls that run the room (start, pause, phase length, events,
//! announcements, taking a seat over, ending the session).

use bevy::prelude::*;
use bevy_egui::egui;
use zero_draft_engine::log::Action;
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_net::Request;
use zero_draft_net::client::RemoteRoom;
use zero_draft_text::{describe, t};

use super::RemoteSeat;
use crate::settings::Settings;
use zero_draft_engine::ids::DelegationId;

/// What the teacher is typing or has picked.
#[derive(Resource, Default)]
pub struct ConsoleState {
    announce: String,
    event: usize,
    /// For each waiting student, the delegation the teacher picked for them.
    assign: std::collections::BTreeMap<String, String>,
    /// With several tables: the room's buttons speak to every table.
    everywhere: bool,
}

pub fn console_ui(
    ui: &mut egui::Ui,
    room: &RemoteRoom,
    seat: &mut RemoteSeat,
    state: &mut ConsoleState,
    settings: &Settings,
) {
    let Some(scenario) = room.scenario.clone() else {
        return;
    };
    let lobby = room
        .lobby
        .clone()
        .unwrap_or(zero_draft_net::protocol::Lobby {
            seats: Vec::new(),
            started: false,
            waiting: Vec::new(),
        });
    let out = &mut seat.outbox;
    let r = room.room.as_ref();
    let status = match r {
        None => t!("console-not-started"),
        Some(r) if r.outcome.is_some() => t!("console-over"),
        Some(r) => {
            let phase = r.scenario.phases.get(r.phase).map_or("", String::as_str);
            let rounds = r.phase_rounds.get(r.phase).copied().unwrap_or(0);
            let round = r.round;
            if r.paused {
                t!(
                    "console-round-paused",
                    phase = phase,
                    round = round,
                    rounds = rounds
                )
            } else {
                t!(
                    "console-round",
                    phase = phase,
                    round = round,
                    rounds = rounds
                )
            }
        }
    };
    ui.label(
        egui::RichText::new(t!("console-title", status = status))
            .strong()
            .size(16.0),
    );
    if !room.tables.is_empty() {
        tables_ui(ui, room, out, &mut state.everywhere);
    }
    // The room's buttons speak to this table, or to every table at once.
    let everywhere = state.everywhere && !room.tables.is_empty();
    let started = lobby.started || (everywhere && room.tables.iter().any(|p| p.started));
    let out = &mut Outbox { out, everywhere };
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                !lobby.started || everywhere,
                egui::Button::new(t!("console-start")),
            )
            .clicked()
        {
            out.push(Request::Start);
        }
        let paused = r.is_some_and(|r| r.paused);
        if ui
            .add_enabled(
                started,
                egui::Button::new(if paused {
                    t!("console-resume")
                } else {
                    t!("console-pause")
                }),
            )
            .clicked()
        {
            out.push(Request::Command(if paused {
                Command::Resume
            } else {
                Command::Pause
            }));
        }
        if ui
            .add_enabled(started, egui::Button::new(t!("console-phase-shorter")))
            .clicked()
        {
            out.push(Request::Command(Command::ChangeRounds(-1)));
        }
        if ui
            .add_enabled(started, egui::Button::new(t!("console-phase-longer")))
            .clicked()
        {
            out.push(Request::Command(Command::ChangeRounds(1)));
        }
        if ui
            .add_enabled(started, egui::Button::new(t!("console-end")))
            .clicked()
        {
            out.push(Request::End);
        }
    });
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut state.announce)
                .hint_text(t!("console-announce-hint"))
                .desired_width(420.0),
        );
        let ok = started && !state.announce.trim().is_empty();
        if ui
            .add_enabled(ok, egui::Button::new(t!("console-announce")))
            .clicked()
        {
            out.push(Request::Command(Command::Announce(std::mem::take(
                &mut state.announce,
            ))));
        }
        if !room.events.is_empty() {
            state.event = state.event.min(room.events.len() - 1);
            egui::ComboBox::from_id_salt("inject")
                .width(220.0)
                .selected_text(&room.events[state.event].0)
                .show_ui(ui, |ui| {
                    for (k, (id, what)) in room.events.iter().enumerate() {
                        ui.selectable_value(&mut state.event, k, id)
                            .on_hover_text(what);
                    }
                });
            if ui
                .add_enabled(started, egui::Button::new(t!("console-fire-event")))
                .clicked()
            {
                out.push(Request::Command(Command::Inject {
                    event: room.events[state.event].0.clone(),
                }));
            }
        }
    });
    let out = &mut *out.out;
    if let Some((what, why)) = room.refusals.last() {
        ui.colored_label(
            settings.bad(),
            t!(
                "console-refused",
                request = zero_draft_text::request_words(*what),
                reason = super::refusal_words(room, why)
            ),
        );
    }
    // Students without a seat: the teacher may seat them.
    let free: Vec<(String, String)> = lobby
        .seats
        .iter()
        .enumerate()
        // Free seats, and those whose student has gone (the teacher may reseat them).
        .filter(|(k, s)| {
            (s.student.is_none() || !s.connected) && scenario.delegations[*k].may_block
        })
        .map(|(k, s)| (s.delegation.clone(), scenario.delegations[k].name.clone()))
        .collect();
    for student in &lobby.waiting {
        ui.horizontal(|ui| {
            ui.label(t!("console-waiting", student = student));
            let pick = state.assign.entry(student.clone()).or_default();
            let shown = free
                .iter()
                .find(|(id, _)| id == pick)
                .map_or_else(|| t!("console-choose-delegation"), |(_, n)| n.clone());
            egui::ComboBox::from_id_salt(("assign", student))
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for (id, name) in &free {
                        ui.selectable_value(pick, id.clone(), name);
                    }
                });
            if ui
                .add_enabled(!pick.is_empty(), egui::Button::new(t!("console-seat")))
                .clicked()
            {
                out.push(Request::Assign {
                    student: student.clone(),
                    delegation: pick.clone(),
                });
            }
        });
    }
    ui.separator();
    let pending: Vec<Seat> = r.map(|r| r.pending.clone()).unwrap_or_default();
    ui.columns(2, |cols| {
        egui::ScrollArea::vertical()
            .id_salt("seats")
            .show(&mut cols[0], |ui| {
                egui::Grid::new("seats").striped(true).show(ui, |ui| {
                    let head = [t!("console-delegation"), t!("console-student")];
                    for h in head.into_iter().chain([String::new(), String::new()]) {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    for (k, s) in lobby.seats.iter().enumerate() {
                        let d = &scenario.delegations[k];
                        if !(d.may_block || d.playable)
                            || (s.student.is_none() && !s.taken_over) && !lobby.started
                        {
                            continue;
                        }
                        let waits = pending.contains(&Seat::Delegation(DelegationId::at(k)));
                        ui.label(if waits {
                            format!("{}  ◀ {}", d.name, t!("console-to-act"))
                        } else {
                            d.name.clone()
                        });
                        ui.label(match (&s.student, s.connected) {
                            (Some(who), true) => who.clone(),
                            (Some(who), false) => t!("console-away", student = who),
                            (None, _) => t!("console-ai"),
                        });
                        if s.taken_over {
                            if ui.button(t!("console-release")).clicked() {
                                out.push(Request::Release {
                                    delegation: s.delegation.clone(),
                                });
                            }
                            ui.horizontal(|ui| {
                                for (label, a) in [
                                    (t!("console-pass"), Action::Pass),
                                    (t!("console-join"), Action::Join),
                                    (t!("console-block"), Action::Block),
                                ] {
                                    if ui.add_enabled(waits, egui::Button::new(label)).clicked() {
                                        out.push(Request::ActAs {
                                            delegation: s.delegation.clone(),
                                            command: Command::Act(a),
                                        });
                                    }
                                }
                            });
                        } else {
                            if ui
                                .add_enabled(
                                    lobby.started,
                                    egui::Button::new(t!("console-take-over")),
                                )
                                .clicked()
                            {
                                out.push(Request::TakeOver {
                                    delegation: s.delegation.clone(),
                                });
                            }
                            // A seat may be freed for another student (its own is told).
                            if s.student.is_some() {
                                if ui.button(t!("console-free")).clicked() {
                                    out.push(Request::Free {
                                        delegation: s.delegation.clone(),
                                    });
                                }
                            } else {
                                ui.label("");
                            }
                        }
                        ui.end_row();
                    }
                });
            });
        let ui = &mut cols[1];
        // The whole room's corridor, which only the facilitator sees.
        if let Some(c) = &room.corridor {
            let count = c.soundings.len() + c.offers.len();
            egui::CollapsingHeader::new(t!("console-corridor", count = count))
                .id_salt("console-corridor")
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("corridor")
                        .max_height(180.0)
                        .show(ui, |ui| {
                            let m = scenario.as_ref();
                            for p in c.commitments.iter().rev() {
                                ui.label(zero_draft_text::commitment_words(m, p));
                            }
                            for o in c.offers.iter().rev() {
                                ui.label(zero_draft_text::offer_words(m, o));
                            }
                            for s in c.soundings.iter().rev() {
                                let who = m.name(s.asker);
                                let said = zero_draft_text::sounding_words(m, s);
                                ui.label(format!("{who} → {said}"));
                            }
                        });
                });
        }
        ui.label(egui::RichText::new(t!("console-room")).strong());
        egui::ScrollArea::vertical()
            .id_salt("log")
            .stick_to_bottom(true)
            .show(ui, |ui| {
                let from = room.log.len().saturating_sub(200);
                for e in &room.log[from..] {
                    let line = describe(scenario.as_ref(), e);
                    if !line.is_empty() {
                        ui.label(line);
                    }
                }
            });
    });
}

/// Where the room's buttons send: this table, or (wrapped) every table.
struct Outbox<'a> {
    out: &'a mut Vec<Request>,
    everywhere: bool,
}

impl Outbox<'_> {
    fn push(&mut self, r: Request) {
        self.out.push(if self.everywhere {
            Request::Everywhere(Box::new(r))
        } else {
            r
        });
    }
}

/// A class of several tables: each table's progress, the one followed, and whether the room's
/// buttons speak to every table.
fn tables_ui(ui: &mut egui::Ui, room: &RemoteRoom, out: &mut Vec<Request>, everywhere: &mut bool) {
    let here = room.table.map(|(t, _)| t);
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("console-tables"));
        for (k, p) in room.tables.iter().enumerate() {
            let state = if p.ended {
                t!("console-table-ended")
            } else if !p.started {
                t!("console-table-lobby", students = p.students)
            } else {
                t!(
                    "console-table-round",
                    phase = p.phase + 1,
                    round = p.round + 1,
                    paused = if p.paused { "yes" } else { "no" }
                )
            };
            let label = t!("console-table", table = k + 1, state = state);
            if ui.selectable_label(here == Some(k), label).clicked() && here != Some(k) {
                out.push(Request::Table(k + 1));
            }
        }
        ui.checkbox(everywhere, t!("console-every-table"));
    });
}
