//! Semantic checks of a parsed scenario. Every problem is collected, named by its path in the
//! file and, where the offending value appears once in the text, by its line and column.
//!
//! This module holds the entry point and the reporting helpers; the checks themselves are
//! split by concern: `ids` (ids, duplicates and references), `draft` (meta, tags, lexicon and
//! the zero draft), `rooms` (blocs, delegations, rules, objectives and conditions) and
//! `procedure` (the Chair, the schedule, cards and the history), and `bounds` (numbers,
//! long texts and the memory the model will need).

mod bounds;
mod draft;
mod ids;
mod procedure;
mod rooms;

use std::collections::{BTreeMap, BTreeSet};

use super::locate::{line_col, locate_path, locate_path_offset};
use super::{EditSpec, LIMITS, Scenario, limits};
use crate::error::Problem;

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
    let over = limits::exceeded(s);
    if !over.is_empty() {
        return over;
    }
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
    c.meta(s);
    c.tag_vocabulary(s);
    c.draft(s);
    c.blocs(s);
    c.chair(s);
    c.schedule(s);
    c.cards(s);
    c.history(s);
    c.texts(s);
    c.model_params(s);
    if c.problems.is_empty() {
        c.cost(s);
    }
    c.problems
}

/// The closest known id, if it is close enough to be a likely typo.
pub fn suggest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min()
        .map(|(_, k)| k)
}

impl Checker<'_> {
    /// Reports a problem about `value`, placing it in the text when it occurs exactly
    /// `nth + 1` or more times (the nth occurrence) as a quoted string.
    fn push_at(&mut self, path: &str, value: &str, nth: usize, message: String) {
        let mut problem = Problem::at_path(path, message);
        problem.location = match locate_path_offset(self.source, path) {
            // The value itself when it sits on the line the path leads to (inside a variant
            // such as `InChairSummary("x")`), else where the path leads.
            Some(start) => {
                let quoted = format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""));
                let line_end = self.source[start..]
                    .find('\n')
                    .map_or(self.source.len(), |e| start + e);
                let at = self.source[start..line_end]
                    .find(&quoted)
                    .map_or(start, |o| start + o);
                Some(line_col(self.source, at))
            }
            None => locate(self.source, value, nth),
        };
        self.problems.push(problem);
    }

    /// Reports a problem at `path`, placed in the text where the path leads.
    fn push(&mut self, path: &str, message: String) {
        let mut problem = Problem::at_path(path, message);
        problem.location = locate_path(self.source, path);
        self.problems.push(problem);
    }

    /// Optional text: no more than the limit.
    fn bounded(&mut self, path: &str, text: &str) {
        let n = text.chars().count();
        if n > LIMITS.text_chars {
            self.push(
                path,
                format!("text of {n} characters; the limit is {}", LIMITS.text_chars),
            );
        }
    }

    fn non_empty(&mut self, path: &str, text: &str) {
        if crate::error::is_blank(text) {
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
