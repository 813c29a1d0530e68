//! The table's right-hand side: the amendments on the floor and in brackets (click to select),
//! and the room, each delegation by bloc with its stance on the selected amendment and, on
//! hover, the reasons for it.

use bevy_egui::egui;

use super::{Composer, View};
use crate::settings::Settings;
use zero_draft_engine::preferences::Stance;
use zero_draft_text::{edit_summary, reason_text};

/// A stance in words, with a symbol that does not rely on colour.
pub fn stance_badge(s: Stance) -> &'static str {
    match s {
        Stance::Support => "+ support",
        Stance::Accept => "= accept",
        Stance::Reservation => "~ reservation",
        Stance::Object => "✖ object",
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

/// The amendments on the floor, then those in brackets; a click selects one.
pub(super) fn floor_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) {
    let r = v.room;
    let m = &*r.scenario;
    ui.heading("On the floor");
    if v.listed.is_empty() {
        ui.label("Nothing is on the floor.");
    }
    for a in r.floor.iter().chain(&r.brackets) {
        let bracketed = !v.floor.contains(&a.id);
        let label = format!(
            "#{} {}{}: {}",
            a.id,
            m.name(a.proposer),
            if bracketed { " [bracketed]" } else { "" },
            edit_summary(&a.edit)
        );
        let selected = composer.selected == Some(a.id);
        if ui
            .selectable_label(selected, egui::RichText::new(label).size(13.0))
            .clicked()
        {
            composer.selected = Some(a.id);
        }
    }
}

/// Every delegation by bloc, with its stance on the selected amendment and why.
pub(super) fn room_ui(ui: &mut egui::Ui, v: &View, composer: &Composer) {
    let room = v.room;
    let m = &*room.scenario;
    ui.heading("The room");
    let chosen = composer.selected.and_then(|id| room.amendment(id));
    egui::ScrollArea::vertical()
        .id_salt("room")
        .max_height(ui.available_height() * 0.6)
        .show(ui, |ui| {
            for b in &m.blocs {
                ui.label(egui::RichText::new(&b.name).strong().size(13.0));
                for &d in &b.members {
                    let stance = chosen.and_then(|a| a.stance_of(d));
                    let text = match stance {
                        Some(st) => format!("{} — {}", m.name(d), stance_badge(st)),
                        None if room.controllers[d as usize].is_external() => {
                            format!("{} — (player)", m.name(d))
                        }
                        None => m.name(d).to_string(),
                    };
                    let colour = stance
                        .map(|st| stance_colour(v.settings, st))
                        .unwrap_or(ui.visuals().text_color());
                    let response = ui.add(
                        egui::Label::new(egui::RichText::new(text).color(colour).size(13.0))
                            .sense(egui::Sense::hover()),
                    );
                    let Some(a) = chosen else { continue };
                    if let Some(r) = room.reactions_to(a.id).iter().find(|r| r.delegation == d) {
                        response.on_hover_ui(|ui| {
                            ui.label(
                                egui::RichText::new(format!(
                                    "Why {} {} (score {:+.1})",
                                    m.name(d),
                                    stance_badge(r.stance),
                                    r.score
                                ))
                                .strong(),
                            );
                            for reason in &r.reasons {
                                ui.label(reason_text(m, reason));
                            }
                        });
                    }
                }
            }
        });
}
