//! Procedure: the Chair's compromises and agreed language, the schedule's phases and events,
//! the cards and the edits they make, and the historical outcomes.

use std::collections::BTreeMap;

use super::Checker;
use crate::scenario::{EditSpec, Effect, LIMITS, Scenario};

impl<'a> Checker<'a> {
    pub(super) fn chair(&mut self, s: &'a Scenario) {
        self.non_empty("chair.name", &s.chair.name);
        let mut seen = BTreeMap::new();
        for (i, c) in s.chair.compromises.iter().enumerate() {
            let path = format!("chair.compromises[{i}]");
            self.id(&format!("{path}.id"), &c.id);
            self.unique(&mut seen, &format!("{path}.id"), &c.id, "compromise");
            if let Some(p) = &c.paragraph {
                self.paragraph(&format!("{path}.paragraph"), p);
            }
            if c.paragraph.is_none() && c.applies_to.is_empty() {
                self.push(
                    &path,
                    "a compromise needs a paragraph or tags it applies to".into(),
                );
            }
            for (j, t) in c.applies_to.iter().enumerate() {
                self.tag(&format!("{path}.applies_to[{j}]"), t);
            }
            self.non_empty(&format!("{path}.text"), &c.text);
            for (j, t) in c.tags.iter().enumerate() {
                self.tag(&format!("{path}.tags[{j}]"), t);
            }
        }
        for (i, a) in s.chair.agreed_language.iter().enumerate() {
            let path = format!("chair.agreed_language[{i}]");
            self.id(&format!("{path}.id"), &a.id);
            self.unique(
                &mut seen,
                &format!("{path}.id"),
                &a.id,
                "compromise or agreed-language",
            );
            self.non_empty(&format!("{path}.source"), &a.source);
            self.non_empty(&format!("{path}.text"), &a.text);
            if a.applies_to.is_empty() {
                self.push(
                    &format!("{path}.applies_to"),
                    "agreed language needs tags it applies to".into(),
                );
            }
            for (j, t) in a.applies_to.iter().chain(&a.tags).enumerate() {
                self.tag(&format!("{path}.tags[{j}]"), t);
            }
        }
    }

    pub(super) fn schedule(&mut self, s: &'a Scenario) {
        if s.schedule.phases.is_empty() {
            self.push(
                "schedule.phases",
                "the schedule has no phases, so no rounds".into(),
            );
        }
        let mut seen = BTreeMap::new();
        for (i, p) in s.schedule.phases.iter().enumerate() {
            let path = format!("schedule.phases[{i}]");
            self.id(&format!("{path}.id"), &p.id);
            self.unique(&mut seen, &format!("{path}.id"), &p.id, "phase");
            self.non_empty(&format!("{path}.name"), &p.name);
            if p.rounds == 0 {
                self.push(
                    &format!("{path}.rounds"),
                    "a phase needs at least one round".into(),
                );
            }
            self.phases.insert(&p.id, p.rounds);
        }
        let mut seen = BTreeMap::new();
        for (i, e) in s.schedule.events.iter().enumerate() {
            let path = format!("schedule.events[{i}]");
            self.id(&format!("{path}.id"), &e.id);
            self.unique(&mut seen, &format!("{path}.id"), &e.id, "event");
            self.non_empty(&format!("{path}.description"), &e.description);
            match self.phases.get(e.phase.as_str()).copied() {
                None => {
                    let known = self.phases.keys().copied().collect();
                    self.unknown(&format!("{path}.phase"), &e.phase, "phase", known);
                }
                Some(rounds) if e.round == 0 || e.round > rounds => self.push(
                    &format!("{path}.round"),
                    format!(
                        "round {} is outside phase \"{}\" (rounds 1 to {rounds})",
                        e.round, e.phase
                    ),
                ),
                Some(_) => {}
            }
            if e.effects.is_empty() {
                self.push(
                    &format!("{path}.effects"),
                    "an event needs at least one effect".into(),
                );
            }
            for (j, eff) in e.effects.iter().enumerate() {
                let epath = format!("{path}.effects[{j}]");
                match eff {
                    Effect::Salience { tag, factor } => {
                        self.tag(&format!("{epath}.tag"), tag);
                        if !(factor.is_finite() && (0.0..=10.0).contains(factor)) {
                            self.push(
                                &format!("{epath}.factor"),
                                format!("factor {factor} is out of range (0 to 10)"),
                            );
                        }
                    }
                    Effect::Rounds { phase, change } => {
                        if !self.phases.contains_key(phase.as_str()) {
                            let known = self.phases.keys().copied().collect();
                            self.unknown(&format!("{epath}.phase"), phase, "phase", known);
                        }
                        if change.unsigned_abs() > LIMITS.rounds {
                            self.push(
                                &format!("{epath}.change"),
                                format!("change {change} is out of range"),
                            );
                        }
                    }
                    Effect::Silence(who) | Effect::Restore(who) => {
                        for (k, w) in who.iter().enumerate() {
                            self.party(&format!("{epath}[{k}]"), w);
                        }
                    }
                }
            }
        }
        if s.schedule.phases.iter().map(|p| p.rounds).sum::<u32>() == 0
            && !s.schedule.phases.is_empty()
        {
            self.push("schedule.phases", "the schedule has no rounds".into());
        }
    }

    pub(super) fn cards(&mut self, s: &'a Scenario) {
        let mut seen = BTreeMap::new();
        let mut created = BTreeMap::new();
        for (i, c) in s.cards.iter().enumerate() {
            if let EditSpec::NewParagraph { id, .. } = &c.edit
                && let Some(first) = created.insert(id.as_str(), i)
            {
                self.push(
                        &format!("cards[{i}].edit.id"),
                        format!("cards[{first}] already creates paragraph \"{id}\"; two cards cannot create the same paragraph"),
                    );
            }
            let path = format!("cards[{i}]");
            self.id(&format!("{path}.id"), &c.id);
            self.unique(&mut seen, &format!("{path}.id"), &c.id, "card");
            self.non_empty(&format!("{path}.title"), &c.title);
            for (j, b) in c.by.iter().enumerate() {
                self.party(&format!("{path}.by[{j}]"), b);
            }
            self.edit(&format!("{path}.edit"), &c.edit);
            for (j, p) in c.phases.iter().enumerate() {
                if !self.phases.contains_key(p.as_str()) {
                    let known = self.phases.keys().copied().collect();
                    self.unknown(&format!("{path}.phases[{j}]"), p, "phase", known);
                }
            }
        }
    }

    fn edit(&mut self, path: &str, e: &EditSpec) {
        match e {
            EditSpec::Insert {
                paragraph,
                after,
                text,
                tags,
            } => {
                self.paragraph(&format!("{path}.paragraph"), paragraph);
                if let Some(a) = after {
                    self.clause(&format!("{path}.after"), a);
                }
                self.non_empty(&format!("{path}.text"), text);
                self.tag_list(path, tags);
            }
            EditSpec::Delete { clause } => self.clause(&format!("{path}.clause"), clause),
            EditSpec::Replace { clause, text, tags } => {
                self.clause(&format!("{path}.clause"), clause);
                self.non_empty(&format!("{path}.text"), text);
                self.tag_list(path, tags);
            }
            EditSpec::Move {
                paragraph,
                to_section,
            } => {
                self.paragraph(&format!("{path}.paragraph"), paragraph);
                self.section(&format!("{path}.to_section"), to_section);
            }
            EditSpec::NewParagraph {
                section,
                id,
                after,
                text,
                tags,
            } => {
                self.section(&format!("{path}.section"), section);
                self.id(&format!("{path}.id"), id);
                if self.paragraphs.contains(id.as_str()) {
                    self.push_at(
                        &format!("{path}.id"),
                        id,
                        0,
                        format!("paragraph \"{id}\" already exists in the zero draft"),
                    );
                }
                if let Some(a) = after {
                    self.paragraph(&format!("{path}.after"), a);
                }
                self.non_empty(&format!("{path}.text"), text);
                self.tag_list(path, tags);
            }
        }
    }

    pub(super) fn history(&mut self, s: &Scenario) {
        for (i, h) in s.history.iter().enumerate() {
            let path = format!("history[{i}]");
            self.non_empty(&format!("{path}.description"), &h.description);
            self.condition(&format!("{path}.check"), &h.check);
        }
    }
}
