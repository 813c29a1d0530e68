//! The coach at the table: the engine's three best moves for the viewer's seat now, each with
//! the room's predicted objections and why, and a button to make it.

use bevy_egui::egui;

use crate::keys::{Shortcut, shortcut_button};
use zero_draft_engine::log::Action;
use zero_draft_engine::seat::Command;
use zero_draft_engine::session::Suggestion;
use zero_draft_engine::view::{PublicScenario, RoomView};
use zero_draft_text::{action_summary, edit_summary_in, reason_text, t};

/// Draws the suggestions; returns the move the player chose to make.
pub(super) fn coach_ui(
    ui: &mut egui::Ui,
    room: &RoomView,
    suggestions: &[Suggestion],
) -> Option<Action> {
    let names: &PublicScenario = &room.scenario;
    let mut chosen = None;
    if suggestions.is_empty() {
        ui.label(t!("coach-nothing"));
        return None;
    }
    for (i, s) in suggestions.iter().enumerate() {
        let Command::Act(action) = &s.command else {
            continue;
        };
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(format!("{}.", i + 1)).strong());
            ui.label(action_summary(names, action));
            // An amendment named by number only is hard to place: its edit follows.
            let about = match action {
                Action::CoSponsor(a)
                | Action::Object(a)
                | Action::Threaten(a)
                | Action::Withdraw(a)
                | Action::Lobby { amendment: a, .. } => {
                    room.floor.iter().chain(&room.brackets).find(|x| x.id == *a)
                }
                _ => None,
            };
            if let Some(a) = about {
                ui.label(
                    egui::RichText::new(format!("({})", edit_summary_in(&a.edit, &room.document)))
                        .weak(),
                );
            }
            let worth = format!("{:+.1}", s.value);
            ui.label(egui::RichText::new(t!("coach-worth", value = worth)).weak());
            let key = Shortcut::Suggestion(i.min(2) as u8);
            if i < 3 && shortcut_button(ui, true, key, t!("coach-do-this")) {
                chosen = Some(action.clone());
            }
        });
        if s.objectors.is_empty() {
            if !s.reactions.is_empty() {
                let none = format!("   {}", t!("coach-no-objection"));
                ui.label(egui::RichText::new(none).size(12.0));
            }
        } else {
            let who: Vec<&str> = s.objectors.iter().map(|&o| names.name(o)).collect();
            let who = t!("coach-predicted-objections", names = who.join(", "));
            ui.label(egui::RichText::new(format!("   {who}")).size(12.0));
            if let Some(r) = s.reactions.iter().find(|r| r.delegation == s.objectors[0]) {
                let why: Vec<String> = r
                    .reasons
                    .iter()
                    .take(3)
                    .map(|x| reason_text(names, x))
                    .collect();
                ui.label(
                    egui::RichText::new(format!(
                        "   {}: {}",
                        names.name(r.delegation),
                        why.join("; ")
                    ))
                    .size(12.0)
                    .weak(),
                );
            }
        }
    }
    chosen
}
