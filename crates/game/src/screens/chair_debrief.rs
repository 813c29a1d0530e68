//! The Chair's debrief: each of the player's rulings beside what the scenario's own Chair
//! would have done at that moment (found by replaying the game to just before the ruling),
//! and how balanced the rulings were across the blocs.

use bevy_egui::egui;

use crate::play::Match;
use crate::settings::Settings;
use zero_draft_engine::Session;
use zero_draft_engine::log::ChairOutcome;
use zero_draft_engine::seat::Command;
use zero_draft_text::edit_summary;

fn outcome_words(o: &ChairOutcome) -> String {
    match o {
        ChairOutcome::Proposal => "took the proposal".into(),
        ChairOutcome::Kept => "kept the text".into(),
        ChairOutcome::Compromise(id) => format!("offered compromise \"{id}\""),
        ChairOutcome::AgreedLanguage(id) => format!("fell back on \"{id}\""),
        ChairOutcome::Deleted => "deleted the clause".into(),
    }
}

pub(super) fn rulings_ui(ui: &mut egui::Ui, game: &Match, settings: &Settings) {
    let m = game.session.model();
    ui.heading("Your rulings as Chair");
    if let Some(score) = game.session.events().iter().rev().find_map(|e| match e {
        zero_draft_engine::log::Event::ChairScored { score } => Some(score),
        _ => None,
    }) {
        ui.label(
            egui::RichText::new(format!(
                "Score {:.1} — consensus {:.0}, text retained {:.0}, balance {:.0}",
                score.total, score.consensus, score.retained, score.balance
            ))
            .strong(),
        );
        ui.label(
            egui::RichText::new("Half for the consensus reached (less the share of states that dissociated), a quarter for the zero draft's paragraphs still in the text, a quarter for balance: no bloc left unable to live with your rulings time after time.")
                .size(12.0)
                .weak(),
        );
    }
    let record = game.session.record(&game.file, &game.source);
    let mut same = 0;
    let mut total = 0;
    // How often each bloc was left unable to live with a ruling.
    let mut overruled = vec![0usize; m.blocs.len()];
    for (i, input) in record.inputs.iter().enumerate() {
        let Command::Rule { amendment, option } = &input.command else {
            continue;
        };
        let Ok(before) = Session::fork(game.session.model_arc(), &record, i) else {
            continue;
        };
        let Some(a) = before.brackets().iter().find(|a| a.id == *amendment) else {
            continue;
        };
        let options = before.chair_options(a);
        let persona = before.persona_ruling(a);
        let Some(mine) = options.get(*option as usize) else {
            continue;
        };
        total += 1;
        for &d in &mine.objectors {
            overruled[m.delegations[d as usize].bloc] += 1;
        }
        let agreed = persona == Some(*option as usize);
        same += usize::from(agreed);
        let theirs = persona
            .and_then(|k| options.get(k))
            .map_or("—".to_string(), |o| outcome_words(&o.outcome));
        ui.colored_label(
            if agreed {
                settings.good()
            } else {
                settings.warn()
            },
            format!(
                "#{} ({}): you {}; the scenario's Chair would have {}",
                a.id,
                edit_summary(&a.edit),
                outcome_words(&mine.outcome),
                theirs
            ),
        );
    }
    if total == 0 {
        ui.label("You had nothing to rule on.");
        return;
    }
    ui.label(format!(
        "You ruled as the scenario's Chair would have in {same} of {total} cases."
    ));
    let worst = overruled.iter().enumerate().max_by_key(|(_, n)| **n);
    if let Some((b, &n)) = worst.filter(|(_, n)| **n > 0) {
        ui.label(format!(
            "Balance: the bloc most often left unable to live with your rulings was {} ({n} of {total}).",
            m.blocs[b].name
        ));
    } else {
        ui.label("Balance: every ruling was one every member state could live with.");
    }
}
