//! The room: blocs, delegations, their preference rules and objectives, and the conditions
//! that objectives and the history test.

use std::collections::{BTreeMap, BTreeSet};

use super::Checker;
use crate::scenario::{Condition, Role, Rule, Scenario};

const WEIGHT_RANGE: f64 = 10.0;

impl<'a> Checker<'a> {
    fn rules(&mut self, path: &str, rules: &[Rule]) {
        let mut seen = BTreeSet::new();
        for (i, r) in rules.iter().enumerate() {
            let rpath = format!("{path}[{i}]");
            self.tag(&format!("{rpath}.tag"), &r.tag);
            if let Some(sec) = &r.section {
                self.section(&format!("{rpath}.section"), sec);
            }
            if !r.weight.is_finite() || r.weight.abs() > WEIGHT_RANGE {
                self.push(
                    &format!("{rpath}.weight"),
                    format!(
                        "weight {} is out of range (-{WEIGHT_RANGE} to {WEIGHT_RANGE})",
                        r.weight
                    ),
                );
            }
            if r.red_line && r.weight == 0.0 {
                self.push(
                    &format!("{rpath}.red_line"),
                    "a red line needs a non-zero weight".into(),
                );
            }
            if !seen.insert((r.tag.as_str(), r.section.as_deref())) {
                self.push(
                    &rpath,
                    format!(
                        "a second rule on tag \"{}\" with the same section scope",
                        r.tag
                    ),
                );
            }
        }
    }

    pub(super) fn blocs(&mut self, s: &'a Scenario) {
        if s.blocs.is_empty() {
            self.push("blocs", "a scenario needs at least one bloc".into());
        }
        let mut blocs = BTreeMap::new();
        let mut delegations = BTreeMap::new();
        for (i, b) in s.blocs.iter().enumerate() {
            let path = format!("blocs[{i}]");
            self.id(&format!("{path}.id"), &b.id);
            self.unique(&mut blocs, &format!("{path}.id"), &b.id, "bloc");
            self.blocs.insert(&b.id);
        }
        for (i, b) in s.blocs.iter().enumerate() {
            let path = format!("blocs[{i}]");
            for (j, d) in b.delegations.iter().enumerate() {
                let dpath = format!("{path}.delegations[{j}].id");
                self.id(&dpath, &d.id);
                if blocs.contains_key(d.id.as_str()) {
                    self.push_at(
                        &dpath,
                        &d.id,
                        0,
                        format!("\"{}\" is already a bloc id", d.id),
                    );
                }
                self.unique(&mut delegations, &dpath, &d.id, "delegation");
                self.delegations.insert(&d.id);
            }
        }
        let states = s
            .blocs
            .iter()
            .flat_map(|b| &b.delegations)
            .filter(|d| d.role == Role::State)
            .count();
        if states < 2 {
            self.push(
                "blocs",
                format!("a room needs at least two member states, found {states}"),
            );
        }
        for (i, b) in s.blocs.iter().enumerate() {
            let path = format!("blocs[{i}]");
            self.non_empty(&format!("{path}.name"), &b.name);
            if b.delegations.is_empty() {
                self.push(
                    &format!("{path}.delegations"),
                    "a bloc needs at least one delegation".into(),
                );
            }
            if let Some(l) = &b.leader
                && !b.delegations.iter().any(|d| &d.id == l)
            {
                let known = b.delegations.iter().map(|d| d.id.as_str()).collect();
                self.unknown(
                    &format!("{path}.leader"),
                    l,
                    "delegation in this bloc",
                    known,
                );
            }
            if !(0.0..=1.0).contains(&b.cohesion) {
                self.push(
                    &format!("{path}.cohesion"),
                    format!("cohesion {} is out of range (0 to 1)", b.cohesion),
                );
            }
            self.rules(&format!("{path}.rules"), &b.rules);
            for (j, d) in b.delegations.iter().enumerate() {
                let dpath = format!("{path}.delegations[{j}]");
                self.non_empty(&format!("{dpath}.name"), &d.name);
                if !(d.influence > 0.0 && d.influence <= 10.0) {
                    self.push(
                        &format!("{dpath}.influence"),
                        format!(
                            "influence {} is out of range (above 0, at most 10)",
                            d.influence
                        ),
                    );
                }
                if !d.reservation.is_finite() || d.reservation.abs() > 1000.0 {
                    self.push(
                        &format!("{dpath}.reservation"),
                        format!(
                            "reservation {} is out of range (-1000 to 1000)",
                            d.reservation
                        ),
                    );
                }
                self.rules(&format!("{dpath}.rules"), &d.rules);
                if d.playable && d.objectives.is_empty() {
                    self.push(
                        &format!("{dpath}.objectives"),
                        format!(
                            "playable delegation \"{}\" has no objectives to score",
                            d.id
                        ),
                    );
                }
                if d.playable && d.briefing.trim().is_empty() {
                    self.push(
                        &format!("{dpath}.briefing"),
                        format!("playable delegation \"{}\" has no briefing", d.id),
                    );
                }
                let mut seen = BTreeMap::new();
                for (k, o) in d.objectives.iter().enumerate() {
                    let opath = format!("{dpath}.objectives[{k}]");
                    self.id(&format!("{opath}.id"), &o.id);
                    self.unique(&mut seen, &format!("{opath}.id"), &o.id, "objective");
                    self.non_empty(&format!("{opath}.description"), &o.description);
                    if !(o.weight > 0.0 && o.weight <= 10.0) {
                        self.push(
                            &format!("{opath}.weight"),
                            format!("weight {} is out of range (above 0, at most 10)", o.weight),
                        );
                    }
                    self.condition(&format!("{opath}.condition"), &o.condition);
                }
            }
        }
        if !s
            .blocs
            .iter()
            .flat_map(|b| &b.delegations)
            .any(|d| d.playable)
        {
            self.push("blocs", "no delegation is playable".into());
        }
    }

    pub(super) fn condition(&mut self, path: &str, c: &Condition) {
        match c {
            Condition::Includes { tag, section } | Condition::Excludes { tag, section } => {
                self.tag(&format!("{path}.tag"), tag);
                if let Some(sec) = section {
                    self.section(&format!("{path}.section"), sec);
                }
            }
            Condition::ParagraphKept(p) | Condition::ParagraphDeleted(p) => {
                self.paragraph_or_new(path, p);
            }
            Condition::ParagraphIn { paragraph, section } => {
                self.paragraph_or_new(&format!("{path}.paragraph"), paragraph);
                self.section(&format!("{path}.section"), section);
            }
            Condition::Adopted | Condition::NotAdopted => {}
            Condition::Dissociated(d) => {
                if !self.delegations.contains(d.as_str()) {
                    let known = self.delegations.iter().copied().collect();
                    self.unknown(path, d, "delegation", known);
                }
            }
            Condition::InChairSummary(card) => {
                if !self.cards.contains(card.as_str()) {
                    let known = self.cards.iter().copied().collect();
                    self.unknown(path, card, "card", known);
                }
            }
            Condition::ParagraphInChairSummary(p) => self.paragraph(path, p),
            Condition::All(cs) | Condition::Any(cs) => {
                if cs.is_empty() {
                    self.push(path, "needs at least one condition".into());
                }
                for (i, c) in cs.iter().enumerate() {
                    self.condition(&format!("{path}[{i}]"), c);
                }
            }
            Condition::Not(c) => self.condition(path, c),
            Condition::Joined(d) => self.delegation_ref(path, d),
            Condition::DissociatedFrom {
                delegation,
                paragraphs,
            } => {
                self.delegation_ref(&format!("{path}.delegation"), delegation);
                if paragraphs.is_empty() {
                    self.push(
                        &format!("{path}.paragraphs"),
                        "name at least one paragraph".into(),
                    );
                }
                for (i, p) in paragraphs.iter().enumerate() {
                    self.paragraph_or_new(&format!("{path}.paragraphs[{i}]"), p);
                }
            }
            Condition::SectionOrder(sections) => {
                if sections.len() < 2 {
                    self.push(path, "name at least two sections".into());
                }
                for (i, sec) in sections.iter().enumerate() {
                    self.section(&format!("{path}[{i}]"), sec);
                }
            }
        }
    }

    fn delegation_ref(&mut self, path: &str, d: &str) {
        if !self.delegations.contains(d) {
            let known = self.delegations.iter().copied().collect();
            self.unknown(path, d, "delegation", known);
        }
    }
}
