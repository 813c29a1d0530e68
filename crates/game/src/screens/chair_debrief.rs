//! The Chair's debrief: its score, and each of the player's rulings beside what each of the
//! three Chair personas would have done at that moment (found by replaying the game to just
//! before the ruling), with how balanced the rulings were across the blocs.

use std::sync::Arc;

use bevy_egui::egui;

use crate::play::Match;
use crate::settings::Settings;
use zero_draft_engine::log::{ChairOutcome, Event};
use zero_draft_engine::scenario::Persona;
use zero_draft_engine::seat::Command;
use zero_draft_engine::{Model, Session};
use zero_draft_text::edit_summary;

fn outcome_words(o: &ChairOutcome) -> String {
    match o {
        ChairOutcome::Proposal => "take the proposal".into(),
        ChairOutcome::Kept => "keep the text".into(),
        ChairOutcome::Compromise(id) => format!("offer compromise \"{id}\""),
        ChairOutcome::AgreedLanguage(id) => format!("fall back on \"{id}\""),
        ChairOutcome::Deleted => "delete the clause".into(),
    }
}

const PERSONAS: [(Persona, &str); 3] = [
    (Persona::Surgical, "a surgical Chair"),
    (Persona::CleanText, "a clean-text Chair"),
    (Persona::BalancedPackage, "a balanced-package Chair"),
];

/// One line per ruling (whether it matched the scenario's own Chair, and the words), then
/// the summary lines. Computed once: it replays the game to each ruling, once per persona.
pub fn chair_review(game: &Match) -> Vec<(bool, String)> {
    let model = game.session.model_arc();
    let record = game.session.record(&game.file, &game.source);
    // The same game under each persona: the Chair is played from outside, so only what the
    // persona would have chosen differs.
    let variants: Vec<(Persona, &str, Arc<Model>)> = PERSONAS
        .iter()
        .map(|(p, name)| {
            let mut scenario = model.scenario.clone();
            scenario.chair.persona = p.clone();
            (p.clone(), *name, Arc::new(Model::new(scenario)))
        })
        .collect();
    let own = model.scenario.chair.persona.clone();
    let mut out = Vec::new();
    let (mut same, mut total) = (0, 0);
    let mut overruled = vec![0usize; model.blocs.len()];
    for (i, input) in record.inputs.iter().enumerate() {
        let Command::Rule { amendment, option } = &input.command else {
            continue;
        };
        let Ok(before) = Session::fork(model.clone(), &record, i) else {
            continue;
        };
        let Some(a) = before
            .brackets()
            .iter()
            .find(|a| a.id == *amendment)
            .cloned()
        else {
            continue;
        };
        let options = before.chair_options(&a);
        let Some(mine) = options.get(*option as usize) else {
            continue;
        };
        total += 1;
        for &d in &mine.objectors {
            overruled[model.delegations[d as usize].bloc] += 1;
        }
        let mut others = Vec::new();
        let mut agreed = false;
        for (p, name, m) in &variants {
            let Ok(s) = Session::fork(m.clone(), &record, i) else {
                continue;
            };
            let pick = s.persona_ruling(&a);
            if *p == own {
                agreed = pick == Some(*option as usize);
            }
            if let Some(o) = pick.and_then(|k| options.get(k)) {
                others.push(format!("{name} would {}", outcome_words(&o.outcome)));
            }
        }
        same += usize::from(agreed);
        out.push((
            agreed,
            format!(
                "#{} ({}): you chose to {}; {}",
                a.id,
                edit_summary(&a.edit),
                outcome_words(&mine.outcome),
                others.join(", ")
            ),
        ));
    }
    if total == 0 {
        out.push((true, "You had nothing to rule on.".into()));
        return out;
    }
    out.push((
        true,
        format!("You ruled as the scenario's own Chair would have in {same} of {total} cases."),
    ));
    let worst = overruled.iter().enumerate().max_by_key(|(_, n)| **n);
    out.push((
        true,
        match worst.filter(|(_, n)| **n > 0) {
            Some((b, &n)) => format!(
                "Balance: the bloc most often left unable to live with your rulings was {} ({n} of {total}).",
                model.blocs[b].name
            ),
            None => "Balance: every ruling was one every member state could live with.".into(),
        },
    ));
    out
}

/// The Chair's score and the review of its rulings.
pub(super) fn rulings_ui(
    ui: &mut egui::Ui,
    game: &Match,
    review: &[(bool, String)],
    settings: &Settings,
) {
    ui.heading("Your rulings as Chair");
    if let Some(score) = game.session.events().iter().rev().find_map(|e| match e {
        Event::ChairScored { score } => Some(score),
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
    for (agreed, line) in review {
        ui.colored_label(
            if *agreed {
                ui.visuals().text_color()
            } else {
                settings.warn()
            },
            line,
        );
    }
}
