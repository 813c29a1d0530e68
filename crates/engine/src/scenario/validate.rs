//! Semantic checks of a parsed scenario. Every problem is collected, named by its path in the
//! file and, where the offending value appears once in the text, by its line and column.

use std::collections::{BTreeMap, BTreeSet};

use super::load::LIMITS;
use super::*;
use crate::error::Problem;

const WEIGHT_RANGE: f64 = 10.0;

struct Checker<'a> {
    source: &'a str,
    problems: Vec<Problem>,
    tags: BTreeSet<&'a str>,
    sections: BTreeSet<&'a str>,
    paragraphs: BTreeSet<&'a str>,
    clauses: BTreeSet<String>,
    delegations: BTreeSet<&'a str>,
    blocs: BTreeSet<&'a str>,
    phases: BTreeMap<&'a str, u32>,
    cards: BTreeSet<&'a str>,
    new_paragraphs: BTreeSet<&'a str>,
}

/// Returns every problem in the scenario; empty means valid.
pub fn validate(s: &Scenario, source: &str) -> Vec<Problem> {
    let mut c = Checker {
        source,
        problems: Vec::new(),
        tags: BTreeSet::new(),
        sections: BTreeSet::new(),
        paragraphs: BTreeSet::new(),
        clauses: BTreeSet::new(),
        delegations: BTreeSet::new(),
        blocs: BTreeSet::new(),
        phases: BTreeMap::new(),
        cards: s.cards.iter().map(|c| c.id.as_str()).collect(),
        new_paragraphs: s
            .cards
            .iter()
            .filter_map(|c| match &c.edit {
                EditSpec::NewParagraph { id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect(),
    };
    if !c.check_limits(s) {
        return c.problems;
    }
    c.meta(s);
    c.tag_vocabulary(s);
    c.draft(s);
    c.blocs(s);
    c.chair(s);
    c.schedule(s);
    c.cards(s);
    for (i, h) in s.history.iter().enumerate() {
        let path = format!("history[{i}]");
        c.non_empty(&format!("{path}.description"), &h.description);
        c.condition(&format!("{path}.check"), &h.check);
    }
    c.problems
}

/// The closest known id, if it is close enough to be a likely typo.
pub(crate) fn suggest<'a>(
    wrong: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

impl<'a> Checker<'a> {
    fn check_limits(&mut self, s: &Scenario) -> bool {
        let delegations: usize = s.blocs.iter().map(|b| b.delegations.len()).sum();
        let paragraphs: usize = s.draft.iter().map(|x| x.paragraphs.len()).sum();
        let clauses: usize = s
            .draft
            .iter()
            .flat_map(|x| &x.paragraphs)
            .map(|p| p.clauses.len())
            .sum();
        let rules: usize = s
            .blocs
            .iter()
            .map(|b| b.rules.len() + b.delegations.iter().map(|d| d.rules.len()).sum::<usize>())
            .sum();
        let rounds: u64 = s.schedule.phases.iter().map(|p| p.rounds as u64).sum();
        let checks = [
            ("delegations", delegations, LIMITS.delegations),
            ("paragraphs", paragraphs, LIMITS.paragraphs),
            ("clauses", clauses, LIMITS.clauses),
            ("tags", s.tags.len(), LIMITS.tags),
            ("preference rules", rules, LIMITS.rules),
            (
                "rounds",
                rounds.min(usize::MAX as u64) as usize,
                LIMITS.rounds as usize,
            ),
        ];
        let mut ok = true;
        for (what, n, max) in checks {
            if n > max {
                self.problems.push(Problem::plain(format!(
                    "{n} {what}; a scenario may have at most {max}"
                )));
                ok = false;
            }
        }
        ok
    }

    /// Reports a problem about `value`, placing it in the text when it occurs exactly
    /// `nth + 1` or more times (the nth occurrence) as a quoted string.
    fn push_at(&mut self, path: &str, value: &str, nth: usize, message: String) {
        let mut problem = Problem::at_path(path, message);
        problem.location = locate(self.source, value, nth);
        self.problems.push(problem);
    }

    fn push(&mut self, path: &str, message: String) {
        self.problems.push(Problem::at_path(path, message));
    }

    fn non_empty(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(path, "must not be empty".into());
        } else if text.chars().count() > LIMITS.text_chars {
            self.push(
                path,
                format!(
                    "text of {} characters; the limit is {}",
                    text.chars().count(),
                    LIMITS.text_chars
                ),
            );
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        if id.trim().is_empty() {
            self.push(path, "id must not be empty".into());
        } else if id.chars().count() > 80 {
            self.push(path, "id longer than 80 characters".into());
        }
    }

    fn unique<'b>(
        &mut self,
        seen: &mut BTreeMap<&'b str, usize>,
        path: &str,
        id: &'b str,
        what: &str,
    ) {
        let n = seen.entry(id).or_insert(0);
        *n += 1;
        if *n > 1 {
            let nth = *n - 1;
            self.push_at(path, id, nth, format!("duplicate {what} id \"{id}\""));
        }
    }

    fn unknown(&mut self, path: &str, value: &str, what: &str, known: Vec<&str>) {
        let hint = match suggest(value, known) {
            Some(k) => format!(" (did you mean \"{k}\"?)"),
            None => String::new(),
        };
        self.push_at(path, value, 0, format!("unknown {what} \"{value}\"{hint}"));
    }

    fn tag(&mut self, path: &str, tag: &str) {
        if !self.tags.contains(tag) {
            let known = self.tags.iter().copied().collect();
            self.unknown(path, tag, "tag", known);
        }
    }

    fn section(&mut self, path: &str, id: &str) {
        if !self.sections.contains(id) {
            let known = self.sections.iter().copied().collect();
            self.unknown(path, id, "section", known);
        }
    }

    fn paragraph(&mut self, path: &str, id: &str) {
        if !self.paragraphs.contains(id) {
            let known = self.paragraphs.iter().copied().collect();
            self.unknown(path, id, "paragraph", known);
        }
    }

    fn clause(&mut self, path: &str, id: &str) {
        if !self.clauses.contains(id) {
            let known: Vec<String> = self.clauses.iter().cloned().collect();
            let hint = match suggest(id, known.iter().map(String::as_str)) {
                Some(k) => format!(" (did you mean \"{k}\"?)"),
                None => String::new(),
            };
            self.push_at(path, id, 0, format!("unknown clause \"{id}\"{hint}"));
        }
    }

    fn party(&mut self, path: &str, id: &str) {
        if !self.delegations.contains(id) && !self.blocs.contains(id) {
            let known = self
                .delegations
                .iter()
                .chain(self.blocs.iter())
                .copied()
                .collect();
            self.unknown(path, id, "delegation or bloc", known);
        }
    }

    fn meta(&mut self, s: &Scenario) {
        self.id("meta.id", &s.meta.id);
        self.non_empty("meta.title", &s.meta.title);
    }

    fn tag_vocabulary(&mut self, s: &'a Scenario) {
        if s.tags.is_empty() {
            self.push("tags", "a scenario needs at least one tag".into());
        }
        let mut seen = BTreeMap::new();
        for (i, t) in s.tags.iter().enumerate() {
            let path = format!("tags[{i}].id");
            self.id(&path, &t.id);
            self.unique(&mut seen, &path, &t.id, "tag");
            self.tags.insert(&t.id);
        }
        for (i, e) in s.lexicon.iter().enumerate() {
            self.non_empty(&format!("lexicon[{i}].phrase"), &e.phrase);
            if e.tags.is_empty() {
                self.push(
                    &format!("lexicon[{i}].tags"),
                    "a phrase must map to at least one tag".into(),
                );
            }
            for (j, t) in e.tags.iter().enumerate() {
                self.tag(&format!("lexicon[{i}].tags[{j}]"), t);
            }
        }
    }

    fn draft(&mut self, s: &'a Scenario) {
        if s.draft.is_empty() {
            self.push("draft", "the zero draft needs at least one section".into());
        }
        let mut sections = BTreeMap::new();
        let mut paragraphs = BTreeMap::new();
        let mut clauses: BTreeMap<String, usize> = BTreeMap::new();
        for (i, sec) in s.draft.iter().enumerate() {
            let path = format!("draft[{i}]");
            self.id(&format!("{path}.id"), &sec.id);
            self.unique(&mut sections, &format!("{path}.id"), &sec.id, "section");
            self.non_empty(&format!("{path}.title"), &sec.title);
            self.sections.insert(&sec.id);
            for (j, p) in sec.paragraphs.iter().enumerate() {
                let ppath = format!("{path}.paragraphs[{j}]");
                self.id(&format!("{ppath}.id"), &p.id);
                self.unique(&mut paragraphs, &format!("{ppath}.id"), &p.id, "paragraph");
                self.paragraphs.insert(&p.id);
                if p.clauses.is_empty() {
                    self.push(
                        &format!("{ppath}.clauses"),
                        "a paragraph needs at least one clause".into(),
                    );
                }
                for (k, cl) in p.clauses.iter().enumerate() {
                    let cpath = format!("{ppath}.clauses[{k}]");
                    self.non_empty(&format!("{cpath}.text"), &cl.text);
                    for (t, tag) in cl.tags.iter().enumerate() {
                        self.tag(&format!("{cpath}.tags[{t}]"), tag);
                    }
                    let id = clause_id(&p.id, k, cl.id.as_deref());
                    let n = clauses.entry(id.clone()).or_insert(0);
                    *n += 1;
                    if *n > 1 {
                        let nth = *n - 1;
                        self.push_at(
                            &format!("{cpath}.id"),
                            &id,
                            nth,
                            format!("duplicate clause id \"{id}\""),
                        );
                    }
                    self.clauses.insert(id);
                }
            }
        }
    }

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

    fn blocs(&mut self, s: &'a Scenario) {
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
            if let Some(l) = &b.leader {
                if !b.delegations.iter().any(|d| &d.id == l) {
                    let known = b.delegations.iter().map(|d| d.id.as_str()).collect();
                    self.unknown(
                        &format!("{path}.leader"),
                        l,
                        "delegation in this bloc",
                        known,
                    );
                }
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

    fn condition(&mut self, path: &str, c: &Condition) {
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
        }
    }

    /// Conditions may name a paragraph that only a card creates.
    fn paragraph_or_new(&mut self, path: &str, id: &str) {
        if self.new_paragraphs.contains(id) {
            return;
        }
        self.paragraph(path, id);
    }

    fn chair(&mut self, s: &'a Scenario) {
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

    fn schedule(&mut self, s: &'a Scenario) {
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

    fn cards(&mut self, s: &'a Scenario) {
        let mut seen = BTreeMap::new();
        for (i, c) in s.cards.iter().enumerate() {
            let path = format!("cards[{i}]");
            self.id(&format!("{path}.id"), &c.id);
            self.unique(&mut seen, &format!("{path}.id"), &c.id, "card");
            self.non_empty(&format!("{path}.title"), &c.title);
            for (j, b) in c.by.iter().enumerate() {
                self.party(&format!("{path}.by[{j}]"), b);
            }
            self.edit(&format!("{path}.edit"), &c.edit);
        }
    }

    pub(crate) fn edit(&mut self, path: &str, e: &EditSpec) {
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

    fn tag_list(&mut self, path: &str, tags: &[String]) {
        for (i, t) in tags.iter().enumerate() {
            self.tag(&format!("{path}.tags[{i}]"), t);
        }
    }
}

/// The id of the `index`th (0-based) clause of a paragraph in the zero draft.
pub(crate) fn clause_id(paragraph: &str, index: usize, explicit: Option<&str>) -> String {
    match explicit {
        Some(id) => id.to_string(),
        None => format!("{paragraph}.{}", index + 1),
    }
}

/// 1-based line and column of the `nth` occurrence of `"value"` in the source.
fn locate(source: &str, value: &str, nth: usize) -> Option<(usize, usize)> {
    let quoted = format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""));
    let offset = source.match_indices(&quoted).nth(nth)?.0;
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, col))
}
