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
use zero_draft_text::{decimal, edit_summary, t};

/// An outcome as the messages select its words (the verb's form differs between "you chose
/// to" and "would"), with the wording it names, if any.
fn outcome_key<'a>(model: &'a Model, o: &'a ChairOutcome) -> (&'static str, &'a str) {
    use zero_draft_text::Names;
    let wording = |id: &'a str| model.chair_wording(id).unwrap_or(id);
    match o {
        ChairOutcome::Proposal => ("proposal", ""),
        ChairOutcome::Kept => ("kept", ""),
        ChairOutcome::Compromise(id) => ("compromise", wording(id)),
        ChairOutcome::AgreedLanguage(id) => ("agreed", wording(id)),
        ChairOutcome::Deleted => ("deleted", ""),
        ChairOutcome::FriendsWording { card, .. } => {
            ("friends", model.card_title(card).unwrap_or(card))
        }
    }
}

/// Each persona with the key its name is selected by in the messages.
const PERSONAS: [(Persona, &str); 3] = [
    (Persona::Surgical, "surgical"),
    (Persona::CleanText, "clean-text"),
    (Persona::BalancedPackage, "balanced-package"),
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
    let (mut same, mut total) = (0usize, 0usize);
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
        // Each bloc counts once a ruling, however many of its members objected.
        let mut blocs: Vec<usize> = mine
            .objectors
            .iter()
            .map(|&d| model.delegations[d.index()].bloc.index())
            .collect();
        blocs.sort_unstable();
        blocs.dedup();
        for b in blocs {
            overruled[b] += 1;
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
                let (outcome, wording) = outcome_key(&model, &o.outcome);
                others.push(t!(
                    "chair-debrief-would",
                    chair = *name,
                    outcome = outcome,
                    wording = wording
                ));
            }
        }
        same += usize::from(agreed);
        let (outcome, wording) = outcome_key(&model, &mine.outcome);
        out.push((
            agreed,
            t!(
                "chair-debrief-ruling",
                id = a.id,
                edit = edit_summary(&a.edit),
                outcome = outcome,
                wording = wording,
                others = others.join(", ")
            ),
        ));
    }
    if total == 0 {
        out.push((true, t!("chair-debrief-nothing")));
        return out;
    }
    out.push((true, t!("chair-debrief-same", same = same, total = total)));
    let worst = overruled.iter().enumerate().max_by_key(|(_, n)| **n);
    out.push((
        true,
        match worst.filter(|(_, n)| **n > 0) {
            Some((b, &n)) => t!(
                "chair-debrief-balance-worst",
                bloc = &model.blocs[b].name,
                count = n,
                total = total
            ),
            None => t!("chair-debrief-balance-even"),
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
    ui.heading(t!("chair-debrief-heading"));
    if let Some(score) = game.session.events().iter().rev().find_map(|e| match e {
        Event::ChairScored { score } => Some(score),
        _ => None,
    }) {
        ui.label(
            egui::RichText::new(t!(
                "chair-debrief-score",
                total = decimal(score.total, 1),
                consensus = decimal(score.consensus, 0),
                retained = decimal(score.retained, 0),
                balance = decimal(score.balance, 0)
            ))
            .strong(),
        );
        ui.label(
            egui::RichText::new(t!("chair-debrief-score-hint"))
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
