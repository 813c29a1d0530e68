//! The words of a delegation's debrief: what it could have done for an objective it missed,
//! and what each of its moves changed (see `zero_draft_engine::hindsight`).

use zero_draft_engine::hindsight::{Missed, MoveWeight};
use zero_draft_engine::simulate::Fate;

use crate::words::action_summary;
use crate::{Names, t};

fn fate(f: Fate) -> String {
    match f {
        Fate::Kept => t!("whatif-fate-kept"),
        Fate::Amended => t!("whatif-fate-amended"),
        Fate::Deleted => t!("whatif-fate-deleted"),
        Fate::Added => t!("whatif-fate-added"),
        Fate::NeverAdded => t!("whatif-fate-never-added"),
    }
}

fn adopted(a: bool) -> String {
    if a {
        t!("whatif-outcome-adopted")
    } else {
        t!("whatif-outcome-failed")
    }
}

/// One line for an objective missed: `objective` is its description, `delegation` the
/// delegation's name.
pub fn missed_text<N: Names + ?Sized>(
    names: &N,
    delegation: &str,
    objective: &str,
    m: &Missed,
) -> String {
    let action = action_summary(names, &m.action);
    let move_number = m.input + 1;
    let idle = matches!(
        m.action,
        zero_draft_engine::log::Action::Pass | zero_draft_engine::log::Action::Join
    );
    if idle && !m.met {
        return t!(
            "hindsight-nothing-open",
            objective = objective,
            delegation = delegation,
            move_number = move_number
        );
    }
    if m.met {
        t!(
            "hindsight-met",
            objective = objective,
            delegation = delegation,
            action = action,
            move_number = move_number
        )
    } else {
        t!(
            "hindsight-not-met",
            objective = objective,
            delegation = delegation,
            action = action,
            move_number = move_number
        )
    }
}

/// One line for a move of the delegation's and what the game became without it.
pub fn move_weight_text<N: Names + ?Sized>(names: &N, w: &MoveWeight) -> String {
    let action = action_summary(names, &w.action);
    let mut line = if w.changed.is_empty() && w.adopted_with == w.adopted_without {
        t!(
            "hindsight-move-same",
            round = w.round,
            move_number = w.input + 1,
            action = action
        )
    } else {
        let changes: Vec<String> = w
            .changed
            .iter()
            .map(|(p, with, without)| {
                t!(
                    "hindsight-move-paragraph",
                    paragraph = p.as_str(),
                    with = fate(*with),
                    without = fate(*without)
                )
            })
            .collect();
        t!(
            "hindsight-move-changed",
            round = w.round,
            move_number = w.input + 1,
            action = action,
            changes = changes.join("; ")
        )
    };
    if w.adopted_with != w.adopted_without {
        line.push(' ');
        line.push_str(&t!(
            "hindsight-move-outcome",
            with = adopted(w.adopted_with),
            without = adopted(w.adopted_without)
        ));
    }
    line
}
