//! The briefing: one delegation's instructions (public and private briefing, priorities, red
//! lines, allies) before it takes its seat.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::Screen;
use crate::keys::{Shortcut, shortcut_button_sized};
use crate::play::Match;
use crate::settings::Settings;
use crate::theme::{centered, root_ui};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::scenario::Condition;
use zero_draft_engine::session::Session;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        briefing.run_if(in_state(Screen::Briefing)),
    );
}

/// The viewer's instructions: public briefing, private briefing, priorities, red lines, allies.
pub fn briefing_ui(ui: &mut egui::Ui, s: &Session, d: DelegationId, settings: &Settings) {
    let m = s.model();
    let info = &m.delegations[d as usize];
    ui.heading(format!("Instructions for {}", info.name));
    ui.label(
        egui::RichText::new(format!(
            "{} · {}",
            m.blocs[info.bloc].name, m.scenario.meta.body
        ))
        .italics(),
    );
    ui.add_space(8.0);
    ui.label(egui::RichText::new("The situation").strong());
    ui.label(&m.scenario.meta.briefing);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("From your capital (private)").strong());
    ui.label(&info.briefing);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Priorities").strong());
    for o in &info.objectives {
        let met = s.holds(&o.condition);
        ui.label(format!(
            "{} {} (weight {}) — {}",
            if met { "✔" } else { "○" },
            o.description,
            o.weight,
            if met {
                "met by the text as it stands"
            } else {
                "not met yet"
            }
        ));
    }
    let red: Vec<String> = info
        .red_lines
        .iter()
        .map(|r| {
            let scope = r
                .section
                .map(|x| format!(" in {}", m.scenario.draft[x as usize].title))
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
    let watch: Vec<String> = info
        .objectives
        .iter()
        .filter_map(|o| match &o.condition {
            Condition::Includes { tag, .. } | Condition::Excludes { tag, .. } => {
                m.tag(tag).map(|t| m.tag_label(t).to_string())
            }
            _ => None,
        })
        .collect();
    if !watch.is_empty() {
        ui.label(format!("Ideas to watch: {}", watch.join(", ")));
    }
}

fn briefing(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    game: Option<Res<Match>>,
    settings: Res<Settings>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(game) = game else {
        next.set(Screen::Title);
        return Ok(());
    };
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 820.0, |ui| {
        ui.add_space(20.0);
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 60.0)
            .show(ui, |ui| {
                briefing_ui(ui, &game.session, game.viewer, &settings);
            });
        ui.add_space(10.0);
        if shortcut_button_sized(ui, true, Shortcut::Confirm, "Take your seat", Some(18.0)) {
            next.set(Screen::Table);
        }
    });
    Ok(())
}
