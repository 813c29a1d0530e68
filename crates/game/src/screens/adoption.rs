//! The adoption screen: the final text before the room; the player joins consensus, joins and
//! dissociates from ticked paragraphs, or blocks.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::{Screen, scoped};
use crate::keys::{Shortcut, shortcut_button};
use crate::play::Match;
use crate::settings::Settings;
use crate::theme::{centered, root_ui};
use zero_draft_engine::ids::ParagraphId;
use zero_draft_engine::log::Action;
use zero_draft_engine::view::SeatView;
use zero_draft_text::t;

pub(super) fn plugin(app: &mut App) {
    scoped::<AdoptionState>(app, Screen::Adoption);
    app.add_systems(
        EguiPrimaryContextPass,
        adoption.run_if(in_state(Screen::Adoption)),
    );
}

/// The paragraphs the player has ticked to dissociate from.
#[derive(Resource, Default)]
struct AdoptionState {
    picked: Vec<ParagraphId>,
}

fn adoption(
    mut contexts: EguiContexts,
    game: Option<ResMut<Match>>,
    settings: Res<Settings>,
    mut state: ResMut<AdoptionState>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else { return Ok(()) };
    let mut ui = root_ui(&ctx);
    let view = crate::play::shown(game.seat_view());
    let action = adoption_ui(
        &mut ui,
        &view,
        game.notice.as_deref(),
        &settings,
        &mut state.picked,
    );
    if let Some(a) = action
        && game.act(a)
    {
        state.picked.clear();
    }
    Ok(())
}

/// Draws the screen and returns the position the player took, if any.
pub fn adoption_ui(
    root: &mut egui::Ui,
    view: &SeatView,
    notice: Option<&str>,
    settings: &Settings,
    picked: &mut Vec<ParagraphId>,
) -> Option<Action> {
    let m = &*view.room.scenario;
    let me = view.private.as_ref()?;
    let d = me.delegation;
    let mut action = None;
    centered(root, 900.0, |ui| {
        ui.add_space(16.0);
        ui.heading(t!("adoption-heading"));
        ui.label(t!("adoption-intro", delegation = m.name(d)));
        ui.add_space(8.0);
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 90.0)
            .show(ui, |ui| {
                let doc = &view.room.document;
                for sec in &doc.sections {
                    ui.label(egui::RichText::new(&sec.title).strong());
                    for p in sec.paragraphs.iter().filter(|p| !p.is_deleted()) {
                        ui.horizontal_wrapped(|ui| {
                            let mut on = picked.contains(&p.id);
                            if ui.checkbox(&mut on, p.id.as_str()).changed() {
                                if on {
                                    picked.push(p.id.clone());
                                } else {
                                    picked.retain(|x| x != &p.id);
                                }
                            }
                            ui.label(p.text());
                        });
                    }
                }
                ui.add_space(8.0);
                ui.label(egui::RichText::new(t!("adoption-priorities")).strong());
                for o in &me.objectives {
                    // An objective on the outcome (adoption, positions) is decided by this
                    // vote, not missed before it.
                    let objective = &o.description;
                    let (colour, line) = match (o.met, o.about_text) {
                        (true, _) => (settings.good(), t!("adoption-met", objective = objective)),
                        (false, true) => {
                            (settings.bad(), t!("adoption-missed", objective = objective))
                        }
                        (false, false) => (
                            settings.warn(),
                            t!("adoption-this-vote", objective = objective),
                        ),
                    };
                    ui.colored_label(colour, line);
                }
            });
        ui.horizontal(|ui| {
            if shortcut_button(ui, true, Shortcut::Join, Shortcut::Join.label()) {
                action = Some(Action::Join);
            }
            let ticked = !picked.is_empty();
            let dissociate = Shortcut::Dissociate;
            if shortcut_button(ui, ticked, dissociate, dissociate.label()) {
                action = Some(Action::Dissociate(picked.clone()));
            }
            if shortcut_button(ui, true, Shortcut::Block, Shortcut::Block.label()) {
                action = Some(Action::Block);
            }
        });
        if let Some(n) = notice {
            ui.colored_label(settings.bad(), n);
        }
    });
    action
}
