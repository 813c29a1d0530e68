//! What if, in the debrief: the players' moves in order, each with a button to go back to the
//! moment before it and play on differently (a new game, linked to this one); and for a
//! branch, the paragraphs whose fate differs from the game it was cut from.

use bevy_egui::egui;

use crate::play::Match;
use zero_draft_engine::seat::{Command, SeatName};
use zero_draft_text::action_summary;

/// Lists the moves; returns the branch the player asked for, or why it could not be made.
pub(super) fn whatif_ui(ui: &mut egui::Ui, game: &Match) -> Option<Result<Match, String>> {
    let inputs = game.session.inputs();
    ui.heading("What if…");
    if inputs.is_empty() {
        ui.label("No moves of yours to take back.");
        return None;
    }
    ui.label("Go back to the moment before one of the moves below and play on from there; the new game is saved beside this one.");
    let model = game.session.model();
    let mut chosen = None;
    egui::ScrollArea::vertical()
        .id_salt("whatif")
        .max_height(220.0)
        .show(ui, |ui| {
            for (i, input) in inputs.iter().enumerate() {
                let who = match &input.seat {
                    SeatName::Delegation(id) => model
                        .delegation(id)
                        .map_or(id.clone(), |d| model.name(d).to_string()),
                    SeatName::Chair => "The Chair".into(),
                    SeatName::Facilitator => "The facilitator".into(),
                };
                let what = match &input.command {
                    Command::Act(a) => action_summary(model, a),
                    other => format!("{other:?}"),
                };
                ui.horizontal_wrapped(|ui| {
                    if ui.button("Play on from before this").clicked() {
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
        Err(e) => return vec![format!("The original game cannot be read ({e}).")],
    };
    let model = game.session.model_arc();
    let ids = paragraph_ids(&model);
    let here = fates(&game.session, &ids);
    let there = fates(&original.session, &ids);
    let words = |f: &Fate| match f {
        Fate::Kept => "kept as drafted",
        Fate::Amended => "amended",
        Fate::Deleted => "deleted",
        Fate::Added => "added",
        Fate::NeverAdded => "never added",
    };
    let mut lines: Vec<String> = ids
        .iter()
        .zip(&here)
        .zip(&there)
        .filter(|((_, a), b)| a != b)
        .map(|((id, a), b)| format!("para {id}: {} here, {} in the original", words(a), words(b)))
        .collect();
    let outcome = |m: &Match| match m.session.outcome() {
        Some(o) if o.adopted => "adopted",
        Some(_) => "failed",
        None => "not yet voted on",
    };
    lines.push(format!(
        "Branched before move {} of the original. {} paragraph(s) ended differently; the report was {} here and {} there.",
        parent.at + 1,
        lines.len(),
        outcome(game),
        outcome(&original)
    ));
    lines
}
