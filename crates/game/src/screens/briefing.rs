//! The briefing: one delegation's instructions (public and private briefing, priorities, red
//! lines, allies) before it takes its seat.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::Screen;
use crate::keys::{Shortcut, shortcut_button_sized};
use crate::play::Match;
use crate::settings::Settings;
use crate::theme::{centered, root_ui};
use zero_draft_engine::view::SeatView;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        briefing.run_if(
            in_state(Screen::Briefing).and_then(not(resource_exists::<crate::remote::RemoteSeat>)),
        ),
    );
}

/// The viewer's instructions, from its seat view: the public briefing, the private one, its
/// priorities and their state, its red lines, its allies.
pub fn briefing_ui(ui: &mut egui::Ui, view: &SeatView, settings: &Settings) {
    let room = &*view.room;
    let m = &*room.scenario;
    let Some(me) = &view.private else { return };
    let d = me.delegation;
    let info = &m.delegations[d as usize];
    ui.heading(format!("Instructions for {}", info.name));
    ui.label(egui::RichText::new(format!("{} · {}", m.blocs[info.bloc].name, m.body)).italics());
    ui.add_space(8.0);
    ui.label(egui::RichText::new("The situation").strong());
    ui.label(&m.briefing);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("From your capital (private)").strong());
    ui.label(&me.briefing);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Priorities").strong());
    for o in &me.objectives {
        ui.label(format!(
            "{} {} (weight {}) — {}",
            if o.met { "✔" } else { "○" },
            o.description,
            o.weight,
            if o.met {
                "met by the text as it stands"
            } else {
                "not met yet"
            }
        ));
    }
    ui.add_space(4.0);
    ui.label(egui::RichText::new("How you are scored").strong());
    ui.label(egui::RichText::new(zero_draft_text::SCORING_IN_WORDS).size(13.0));
    let sections = &room.revisions[0].document.sections;
    let red: Vec<String> = me
        .rules
        .iter()
        .filter(|r| r.red_line)
        .map(|r| {
            let scope = r
                .section
                .and_then(|x| sections.get(x as usize))
                .map(|x| format!(" in {}", x.title))
                .unwrap_or_default();
            if r.weight > 0.0 {
                format!("{} must stay in the text{scope}", m.tag_label(r.tag))
            } else {
                format!("{} must never enter the text{scope}", m.tag_label(r.tag))
            }
        })
        .collect();
    if !red.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Red lines").strong());
        for r in red {
            ui.colored_label(settings.bad(), format!("✖ {r}"));
        }
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Allies").strong());
    let allies: Vec<&str> = m.blocs[info.bloc]
        .members
        .iter()
        .filter(|&&x| x != d)
        .map(|&x| m.name(x))
        .collect();
    ui.label(if allies.is_empty() {
        "none in your bloc".to_string()
    } else {
        allies.join(", ")
    });
    let watch: Vec<&str> = me
        .objectives
        .iter()
        .filter_map(|o| o.idea.map(|t| m.tag_label(t)))
        .collect();
    if !watch.is_empty() {
        ui.label(format!("Ideas to watch: {}", watch.join(", ")));
    }
}

fn briefing(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    game: Option<ResMut<Match>>,
    settings: Res<Settings>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else {
        next.set(Screen::Title);
        return Ok(());
    };
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 820.0, |ui| {
        ui.add_space(20.0);
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 60.0)
            .show(ui, |ui| {
                briefing_ui(ui, &game.seat_view(), &settings);
            });
        ui.add_space(10.0);
        if shortcut_button_sized(ui, true, Shortcut::Confirm, "Take your seat", Some(18.0)) {
            let viewer = game.viewer;
            game.briefed.push(viewer);
            let adoption = game
                .session
                .turn()
                .is_some_and(|t| t.stage == zero_draft_engine::session::Stage::Adoption);
            next.set(if adoption {
                Screen::Adoption
            } else {
                Screen::Table
            });
        }
    });
    Ok(())
}
