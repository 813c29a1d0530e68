//! What if, in the debrief: the players' moves in order, each with a button to go back to the
//! moment before it and play on differently (a new game, linked to this one); and for a
//! branch, the paragraphs whose fate differs from the game it was cut from. By keys: Down
//! reaches the first move, the arrows walk the list, Enter plays on.

use bevy_egui::egui;

use crate::keys::Shortcut;
use crate::play::Match;
use zero_draft_engine::seat::SeatName;
use zero_draft_text::{command_summary, t};

/// Lists the moves; returns the branch the player asked for, or why it could not be made.
pub fn whatif_ui(ui: &mut egui::Ui, game: &Match) -> Option<Result<Match, String>> {
    let inputs = game.session.inputs();
    ui.heading(t!("whatif-heading"));
    if inputs.is_empty() {
        ui.label(t!("whatif-no-moves"));
        return None;
    }
    ui.label(t!("whatif-hint"));
    let model = game.session.model();
    let mut chosen = None;
    // Down, with nothing focused, puts the keyboard on the first move; from there the arrows
    // walk the list and Enter plays on.
    let enter_list = Shortcut::Next.pressed(ui.ctx());
    egui::ScrollArea::vertical()
        .id_salt("whatif")
        .max_height(220.0)
        .show(ui, |ui| {
            for (i, input) in inputs.iter().enumerate() {
                let who = match &input.seat {
                    SeatName::Delegation(id) => model
                        .delegation(id)
                        .map_or(id.clone(), |d| model.name(d).to_string()),
                    SeatName::Chair => t!("whatif-the-chair"),
                    SeatName::Facilitator => t!("whatif-the-facilitator"),
                };
                let what = command_summary(model, &input.command);
                ui.horizontal_wrapped(|ui| {
                    let button = ui.button(t!("whatif-play-on"));
                    if i == 0 && enter_list {
                        button.request_focus();
                        // The Down that entered the list must not also move on from here.
                        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
                    }
                    if button.gained_focus() {
                        button.scroll_to_me(None);
                    }
                    if button.clicked() {
                        chosen = Some(game.branch(i));
                    }
                    ui.label(format!("{}. {who} {what}", i + 1));
                });
            }
        });
    chosen
}

/// For a branch: its paragraphs' fates beside those of the game it was cut from, in lines
/// (computed once: it replays the original game).
pub fn branch_comparison(game: &Match) -> Vec<String> {
    use zero_draft_engine::simulate::{Fate, fates, paragraph_ids};
    let Some(parent) = &game.parent else {
        return Vec::new();
    };
    let original = match Match::resume(std::path::Path::new(&parent.file)) {
        Ok(m) => m,
        Err(e) => return vec![t!("whatif-original-unreadable", error = e)],
    };
    let model = game.session.model_arc();
    let ids = paragraph_ids(&model);
    let here = fates(&game.session, &ids);
    let there = fates(&original.session, &ids);
    let words = |f: &Fate| match f {
        Fate::Kept => t!("whatif-fate-kept"),
        Fate::Amended => t!("whatif-fate-amended"),
        Fate::Deleted => t!("whatif-fate-deleted"),
        Fate::Added => t!("whatif-fate-added"),
        Fate::NeverAdded => t!("whatif-fate-never-added"),
    };
    let mut lines: Vec<String> = ids
        .iter()
        .zip(&here)
        .zip(&there)
        .filter(|((_, a), b)| a != b)
        .map(|((id, a), b)| {
            t!(
                "whatif-para",
                paragraph = id,
                here = words(a),
                there = words(b)
            )
        })
        .collect();
    let outcome = |m: &Match| match m.session.outcome() {
        Some(o) if o.adopted => t!("whatif-outcome-adopted"),
        Some(_) => t!("whatif-outcome-failed"),
        None => t!("whatif-outcome-not-voted"),
    };
    lines.push(t!(
        "whatif-summary",
        move_number = parent.at + 1,
        count = lines.len(),
        here = outcome(game),
        there = outcome(&original)
    ));
    lines
}
