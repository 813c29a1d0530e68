//! The table's right-hand side: the amendments on the floor and in brackets (click to select),
//! and the room as a seating plan, each seat marked with its stance on the selected amendment;
//! a picked seat's reasons show in a panel of their own.

use bevy_egui::egui;

use super::{Composer, View};
use crate::keys::Shortcut;
use crate::settings::Settings;
use zero_draft_engine::log::{Action, AmendmentId};
use zero_draft_engine::preferences::Stance;
use zero_draft_text::{edit_summary_in, reason_text, t};

/// A stance in words, with a symbol that does not rely on colour.
pub fn stance_badge(s: Stance) -> String {
    match s {
        Stance::Support => format!("+ {}", t!("room-support")),
        Stance::Accept => format!("= {}", t!("room-accept")),
        Stance::Reservation => format!("~ {}", t!("room-reservation")),
        Stance::Object => format!("✖ {}", t!("room-object")),
    }
}

fn stance_colour(settings: &Settings, s: Stance) -> egui::Color32 {
    match s {
        Stance::Support => settings.good(),
        Stance::Accept => egui::Color32::GRAY,
        Stance::Reservation => settings.warn(),
        Stance::Object => settings.bad(),
    }
}

/// The amendments on the floor, then those in brackets, in a list that scrolls; a click
/// (or Up/Down) selects one.
pub(super) fn floor_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer, height: f32) {
    let r = v.room;
    let m = &*r.scenario;
    // (its title, with the count, is the tab's)
    if v.listed.is_empty() {
        ui.label(t!("floor-empty"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("floor")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let mark = format!(" [{}]", t!("floor-bracketed"));
            let answers = v.seat.private.as_ref().map(|p| p.answers.as_slice());
            for a in r.floor.iter().chain(&r.brackets) {
                let bracketed = !v.floor.contains(&a.id);
                // At "any objection?" the player's answers wait for everyone's: shown here
                // so that an answer given is never an answer lost from sight.
                let held = answers
                    .unwrap_or_default()
                    .iter()
                    .find_map(|x| match x {
                        Action::CoSponsor(id) if *id == a.id => Some("co-sponsor"),
                        Action::Object(id) if *id == a.id => Some("object"),
                        Action::Threaten(id) if *id == a.id => Some("threaten"),
                        _ => None,
                    })
                    .map(|answer| format!(" — {}", t!("floor-held", answer = answer)))
                    .unwrap_or_default();
                let label = format!(
                    "#{} {}{}: {}{held}",
                    a.id,
                    m.name(a.proposer),
                    if bracketed { mark.as_str() } else { "" },
                    edit_summary_in(&a.edit, &v.room.document)
                );
                let selected = composer.selected == Some(a.id);
                let response = ui.selectable_label(selected, egui::RichText::new(label).size(12.5));
                if selected {
                    response.scroll_to_me(None);
                }
                if response.clicked() {
                    composer.selected = Some(a.id);
                }
            }
        });
}

/// A short stance mark that does not rely on colour.
fn stance_mark(s: Option<Stance>) -> &'static str {
    match s {
        Some(Stance::Support) => "+",
        Some(Stance::Accept) => "=",
        Some(Stance::Reservation) => "~",
        Some(Stance::Object) => "✖",
        None => "·",
    }
}

/// `.` and `,` pick the next (previous) seat of the room, bloc by bloc.
pub(super) fn pick_seat(ctx: &egui::Context, v: &View, composer: &mut Composer) {
    let seats: Vec<_> = v
        .room
        .scenario
        .blocs
        .iter()
        .flat_map(|b| b.members.iter().copied())
        .collect();
    if seats.is_empty() {
        return;
    }
    let at = composer
        .seat
        .and_then(|d| seats.iter().position(|&x| x == d));
    if Shortcut::NextSeat.pressed(ctx) {
        composer.seat = Some(seats[at.map_or(0, |i| (i + 1) % seats.len())]);
    }
    if Shortcut::PreviousSeat.pressed(ctx) {
        composer.seat =
            Some(seats[at.map_or(seats.len() - 1, |i| (i + seats.len() - 1) % seats.len())]);
    }
}

/// The room as a seating plan: each bloc a row of seats marked with their stance on the
/// selected amendment; a click (or `,` and `.`) picks a seat, whose reasons show below.
pub(super) fn room_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) {
    let room = v.room;
    let m = &*room.scenario;
    let chosen = composer.selected.and_then(|id| room.amendment(id));
    ui.label(
        egui::RichText::new(match chosen {
            Some(a) => t!("room-on-amendment", amendment = a.id),
            None => t!("room-title"),
        })
        .strong(),
    );
    pick_seat(ui.ctx(), v, composer);
    for (k, b) in m.blocs.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 3.0;
            ui.label(
                egui::RichText::new("■")
                    .size(11.5)
                    .color(crate::theme::bloc_colour(k)),
            );
            ui.label(
                egui::RichText::new(format!("{}:", b.name))
                    .size(11.5)
                    .weak(),
            );
            for &d in &b.members {
                let stance = chosen.and_then(|a| a.stance_of(d));
                let player = room.controllers[d.index()].is_external();
                let code = m.delegations[d.index()].id.to_uppercase();
                let text = format!(
                    "{}{code}{}",
                    stance_mark(stance),
                    if player { "*" } else { "" }
                );
                let colour = stance
                    .map(|st| stance_colour(v.settings, st))
                    .unwrap_or(ui.visuals().text_color());
                let r = ui
                    .selectable_label(
                        composer.seat == Some(d),
                        egui::RichText::new(text)
                            .color(colour)
                            .size(11.5)
                            .monospace(),
                    )
                    .on_hover_text(m.name(d));
                if r.clicked() {
                    composer.seat = Some(d);
                }
            }
        });
    }
    reasons_ui(ui, v, composer);
}

/// Why the picked delegation takes its stance on the selected amendment.
fn reasons_ui(ui: &mut egui::Ui, v: &View, composer: &Composer) {
    let room = v.room;
    let m = &*room.scenario;
    let Some(d) = composer.seat else {
        ui.label(egui::RichText::new(t!("room-pick-seat")).weak());
        return;
    };
    let Some(a) = composer.selected.and_then(|id| room.amendment(id)) else {
        ui.label(t!("room-select-amendment", delegation = m.name(d)));
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("reasons")
            .max_height(90.0)
            .show(ui, |ui| {
                match room.reactions_to(a.id).iter().find(|r| r.delegation == d) {
                    Some(r) => {
                        let score = format!("{:+.1}", r.score);
                        let head = stance_line(m.name(d), a.id, Some(r.stance), Some(score));
                        ui.label(egui::RichText::new(head).strong());
                        for reason in &r.reasons {
                            ui.label(egui::RichText::new(reason_text(m, reason)).size(12.0));
                        }
                    }
                    None => {
                        ui.label(stance_line(m.name(d), a.id, a.stance_of(d), None));
                    }
                }
            });
    });
}

/// A delegation's stance on an amendment, with its score when the reasons are known.
fn stance_line(
    name: &str,
    id: AmendmentId,
    stance: Option<Stance>,
    score: Option<String>,
) -> String {
    match (stance.map(stance_badge), score) {
        (Some(stance), Some(score)) => {
            t!(
                "room-stance-score",
                name = name,
                id = id,
                stance = stance,
                score = score
            )
        }
        (Some(stance), None) => t!("room-stance", name = name, id = id, stance = stance),
        (None, _) => t!("room-not-answered", name = name, id = id),
    }
}
