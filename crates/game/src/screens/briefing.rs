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
use zero_draft_text::t;

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
    let info = &m.delegations[d.index()];
    ui.heading(t!("briefing-heading", delegation = &info.name));
    ui.label(
        egui::RichText::new(format!("{} · {}", m.blocs[info.bloc.index()].name, m.body)).italics(),
    );
    untranslated_ui(ui, m);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t!("briefing-situation")).strong());
    ui.label(&m.briefing);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t!("briefing-capital")).strong());
    ui.label(&me.briefing);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t!("briefing-priorities")).strong());
    for o in &me.objectives {
        let goal = &o.description;
        // The weight as Rust prints it: a float handed to Fluent shows its binary noise.
        let weight = o.weight.to_string();
        let line = if o.met {
            t!("briefing-objective-met", objective = goal, weight = weight)
        } else {
            t!("briefing-objective-open", objective = goal, weight = weight)
        };
        ui.label(format!("{} {line}", if o.met { "✔" } else { "○" }));
    }
    ui.add_space(4.0);
    ui.label(egui::RichText::new(t!("briefing-scoring")).strong());
    ui.label(egui::RichText::new(zero_draft_text::scoring_in_words()).size(13.0));
    let sections = &room.revisions[0].document.sections;
    let red: Vec<String> = me
        .rules
        .iter()
        .filter(|r| r.red_line)
        .map(|r| {
            let idea = m.tag_label(r.tag);
            let section = r.section.and_then(|x| sections.get(x.index()));
            match (r.weight > 0.0, section) {
                (true, None) => t!("briefing-red-keep", idea = idea),
                (true, Some(s)) => t!("briefing-red-keep-in", idea = idea, section = &s.title),
                (false, None) => t!("briefing-red-never", idea = idea),
                (false, Some(s)) => t!("briefing-red-never-in", idea = idea, section = &s.title),
            }
        })
        .collect();
    if !red.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new(t!("briefing-red-lines")).strong());
        for r in red {
            ui.colored_label(settings.bad(), format!("✖ {r}"));
        }
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t!("briefing-allies")).strong());
    let allies: Vec<&str> = m.blocs[info.bloc.index()]
        .members
        .iter()
        .filter(|&&x| x != d)
        .map(|&x| m.name(x))
        .collect();
    ui.label(if allies.is_empty() {
        t!("briefing-no-allies")
    } else {
        allies.join(", ")
    });
    let watch: Vec<&str> = me
        .objectives
        .iter()
        .filter_map(|o| o.idea.map(|t| m.tag_label(t)))
        .collect();
    if !watch.is_empty() {
        ui.label(t!("briefing-ideas", ideas = watch.join(", ")));
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
    if let Some(to) = briefing_frame(&ctx, &mut game, &settings) {
        next.set(to);
    }
    Ok(())
}

/// Draws the viewer's briefing; when they take the seat (the button or Enter), returns the
/// screen they go to.
pub fn briefing_frame(
    ctx: &egui::Context,
    game: &mut Match,
    settings: &Settings,
) -> Option<Screen> {
    let mut to = None;
    let mut ui = root_ui(ctx);
    centered(&mut ui, 820.0, |ui| {
        ui.add_space(20.0);
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 60.0)
            .show(ui, |ui| {
                briefing_ui(ui, &crate::play::shown(game.seat_view()), settings);
            });
        ui.add_space(10.0);
        let take_seat = t!("briefing-take-seat");
        if shortcut_button_sized(ui, true, Shortcut::Confirm, take_seat, Some(18.0)) {
            let viewer = game.viewer;
            game.briefed.push(viewer);
            let adoption = game
                .session
                .turn()
                .is_some_and(|t| t.stage == zero_draft_engine::session::Stage::Adoption);
            to = Some(if adoption {
                Screen::Adoption
            } else {
                Screen::Table
            });
        }
    });
    to
}

/// Says when the scenario's own texts are not (all) in the player's language.
fn untranslated_ui(ui: &mut egui::Ui, m: &zero_draft_engine::view::PublicScenario) {
    let language = zero_draft_text::lang::current().code();
    let written = zero_draft_text::language_name(m.written_language());
    let line = match m.untranslated_in(language) {
        None | Some(0) => return,
        Some(u32::MAX) => t!("briefing-untranslated-all", written = written),
        Some(n) => t!("briefing-untranslated-some", count = n, written = written),
    };
    ui.label(egui::RichText::new(line).size(13.0).weak());
}
