//! The scenario's meta, its tag vocabulary and lexicon, and the zero draft: sections,
//! paragraphs and clauses.

use std::collections::BTreeMap;

use super::Checker;
use crate::scenario::{Scenario, clause_id};

impl<'a> Checker<'a> {
    pub(super) fn meta(&mut self, s: &Scenario) {
        self.id("meta.id", &s.meta.id);
        self.file_id("meta.id", &s.meta.id);
        self.non_empty("meta.title", &s.meta.title);
    }

    pub(super) fn tag_vocabulary(&mut self, s: &'a Scenario) {
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
            if !e.phrase.trim().is_empty() && !e.phrase.chars().any(char::is_alphanumeric) {
                self.push(
                    &format!("lexicon[{i}].phrase"),
                    "a phrase needs at least one word (letters or digits); punctuation alone never matches".into(),
                );
            }
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

    pub(super) fn draft(&mut self, s: &'a Scenario) {
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
                    if let Some(explicit) = &cl.id {
                        self.id(&format!("{cpath}.id"), explicit);
                        if generated_form(explicit) {
                            self.push(
                                &format!("{cpath}.id"),
                                format!("\"{explicit}\" has the form the engine gives new clauses (paragraph.nN); choose another id"),
                            );
                        }
                    }
                    let id = clause_id(&p.id, k, cl.id.as_deref());
                    let n = clauses.entry(id.to_string()).or_insert(0);
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
                    self.clauses.insert(id.to_string());
                }
            }
        }
    }
}

/// Whether a clause id looks like one the engine generates for inserted clauses (`8.n1`).
fn generated_form(id: &str) -> bool {
    id.rsplit_once(".n")
        .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}
