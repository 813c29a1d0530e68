//! Numbers, long texts and cost: every model parameter is a finite number in its range, every
//! free text within the length limit, and the memory the model will need within the budget.

use super::Checker;
use crate::scenario::limits::{MODEL_BUDGET, WORK_BUDGET, cost, work};
use crate::scenario::{Effect, Scenario, translate};

/// Ranges of the model parameters: (name, value, low, high).
fn params(s: &Scenario) -> [(&'static str, f64, f64, f64); 7] {
    let m = &s.model;
    [
        ("tolerance", m.tolerance, 0.0, 100.0),
        ("flexibility", m.flexibility, 0.0, 100.0),
        ("support", m.support, 0.0, 100.0),
        ("trust_weight", m.trust_weight, 0.0, 100.0),
        ("deletion_pressure", m.deletion_pressure, 0.0, 2.0),
        ("temperament", m.temperament, 0.0, 0.9),
        ("choice_band", m.choice_band, 0.0, 1.0),
    ]
}

impl Checker<'_> {
    pub(super) fn model_params(&mut self, s: &Scenario) {
        for (name, value, low, high) in params(s) {
            self.range(&format!("model.{name}"), value, low, high);
        }
        for (i, b) in s.blocs.iter().enumerate() {
            for (j, d) in b.delegations.iter().enumerate() {
                let path = format!("blocs[{i}].delegations[{j}]");
                self.range(
                    &format!("{path}.reservation"),
                    d.reservation,
                    -1000.0,
                    1000.0,
                );
                for (k, o) in d.objectives.iter().enumerate() {
                    let opath = format!("{path}.objectives[{k}].weight");
                    self.range(&opath, o.weight, 0.0, 100.0);
                }
            }
        }
        for (i, e) in s.schedule.events.iter().enumerate() {
            for (j, effect) in e.effects.iter().enumerate() {
                if let Effect::Salience { factor, .. } = effect {
                    let path = format!("schedule.events[{i}].effects[{j}].factor");
                    self.range(&path, *factor, 0.0, 100.0);
                }
            }
        }
    }

    fn range(&mut self, path: &str, value: f64, low: f64, high: f64) {
        if !value.is_finite() || value < low || value > high {
            self.push(
                path,
                format!("{value} is out of range ({low} to {high}, a finite number)"),
            );
        }
    }

    /// Free texts that may be empty still have the length limit.
    pub(super) fn texts(&mut self, s: &Scenario) {
        self.bounded("meta.briefing", &s.meta.briefing);
        self.bounded("meta.body", &s.meta.body);
        for (i, t) in s.tags.iter().enumerate() {
            self.non_empty(&format!("tags[{i}].label"), &t.label);
            self.bounded(&format!("tags[{i}].description"), &t.description);
        }
        for (i, b) in s.blocs.iter().enumerate() {
            for (j, d) in b.delegations.iter().enumerate() {
                let path = format!("blocs[{i}].delegations[{j}]");
                self.bounded(&format!("{path}.briefing"), &d.briefing);
            }
        }
        for (i, p) in s.schedule.phases.iter().enumerate() {
            self.bounded(&format!("schedule.phases[{i}].description"), &p.description);
        }
        for placed in translate::texts(s) {
            for (_, t) in &placed.text.translations {
                self.bounded(&placed.path, t);
            }
        }
        for (path, message) in translate::problems(s) {
            self.push(&path, message);
        }
    }

    /// The memory and time one game would need, against their budgets.
    pub(super) fn cost(&mut self, s: &Scenario) {
        let c = cost(s);
        if c.total() > MODEL_BUDGET {
            let mb = |b: u64| b.div_ceil(1024 * 1024);
            let mut drivers = [
                (
                    c.weights,
                    "delegations × tags × sections (the weight table)",
                ),
                (
                    c.log,
                    "delegations² × interventions (the reactions in the log)",
                ),
                (c.relations, "delegations² (trust)"),
            ];
            drivers.sort_by_key(|d| std::cmp::Reverse(d.0));
            self.push(
                "blocs",
                format!(
                    "a game of this scenario could need {} MB, over the budget of {} MB; mostly {} ({} MB): reduce those",
                    mb(c.total()),
                    mb(MODEL_BUDGET),
                    drivers[0].1,
                    mb(drivers[0].0)
                ),
            );
        }
        let w = work(s);
        if w.total() > WORK_BUDGET {
            let millions = |n: u64| n.div_ceil(1_000_000);
            let mut drivers = [
                (w.choices, "rounds × delegations × (cards + clauses)"),
                (w.card_effects, "rounds × cards × paragraphs"),
                (w.reactions, "rounds × delegations²"),
            ];
            drivers.sort_by_key(|d| std::cmp::Reverse(d.0));
            self.push(
                "cards",
                format!(
                    "a game of this scenario could take {} million steps ({} rounds), over the bound of {} million (about 20 seconds a game); mostly {} ({} million): reduce those",
                    millions(w.total()),
                    w.rounds,
                    millions(WORK_BUDGET),
                    drivers[0].1,
                    millions(drivers[0].0)
                ),
            );
        }
    }
}
