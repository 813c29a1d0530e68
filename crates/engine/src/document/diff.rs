//! Revisions and tracked changes: what changed in each paragraph between two versions of the
//! text, word by word.

use serde::{Deserialize, Serialize};

use similar::{ChangeTag, TextDiff};

use super::Document;
use crate::ids::ParagraphId;

/// A named state of the text: the zero draft, Rev.1, Rev.2, …, the final text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    pub name: String,
    pub document: Document,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Span {
    Same,
    Inserted,
    Deleted,
}

/// Tracked changes of one paragraph between two revisions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParagraphDiff {
    pub paragraph: ParagraphId,
    pub section: String,
    /// Section the paragraph was in before, when it moved.
    pub moved_from: Option<String>,
    pub spans: Vec<(Span, String)>,
}

impl ParagraphDiff {
    pub fn changed(&self) -> bool {
        self.moved_from.is_some() || self.spans.iter().any(|(k, _)| *k != Span::Same)
    }
}

/// Word-level tracked changes from `old` to `new`, in the order of `new`, followed by
/// paragraphs that `new` no longer has.
pub fn tracked_changes(old: &Document, new: &Document) -> Vec<ParagraphDiff> {
    let mut out = Vec::new();
    for (s, p) in new.paragraphs() {
        let section = new.sections[s].id.clone();
        let (before, moved_from) = match old.find_paragraph(&p.id) {
            Some((os, op)) => {
                let from = (old.sections[os].id != section).then(|| old.sections[os].id.clone());
                (old.sections[os].paragraphs[op].text(), from)
            }
            None => (String::new(), None),
        };
        out.push(ParagraphDiff {
            paragraph: p.id.clone(),
            section,
            moved_from,
            spans: word_diff(&before, &p.text()),
        });
    }
    for (s, p) in old.paragraphs() {
        if new.find_paragraph(&p.id).is_none() {
            out.push(ParagraphDiff {
                paragraph: p.id.clone(),
                section: old.sections[s].id.clone(),
                moved_from: None,
                spans: word_diff(&p.text(), ""),
            });
        }
    }
    out
}

/// Words a run of unchanged text may have and still be folded into the change around it.
const SHORT_RUN: usize = 2;

/// Word-level diff as a reader wants it: neighbouring words of the same kind form one span,
/// and a change interrupted only by a word or two left in place reads as one phrase deleted
/// and one phrase inserted ("[the norms] → [the obligations flowing from them]"), not as
/// interleaved fragments.
pub fn word_diff(old: &str, new: &str) -> Vec<(Span, String)> {
    phrases(raw_word_diff(old, new))
}

fn raw_word_diff(old: &str, new: &str) -> Vec<(Span, String)> {
    let diff = TextDiff::from_words(old, new);
    let mut spans: Vec<(Span, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => Span::Same,
            ChangeTag::Insert => Span::Inserted,
            ChangeTag::Delete => Span::Deleted,
        };
        match spans.last_mut() {
            Some((k, text)) if *k == kind => text.push_str(change.value()),
            _ => spans.push((kind, change.value().to_string())),
        }
    }
    spans
}

/// Folds each change, with the short unchanged runs inside it, into one deleted phrase
/// followed by one inserted phrase.
fn phrases(spans: Vec<(Span, String)>) -> Vec<(Span, String)> {
    let words = |t: &str| t.split_whitespace().count();
    let mut out: Vec<(Span, String)> = Vec::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        if spans[i].0 == Span::Same {
            out.push(spans[i].clone());
            i += 1;
            continue;
        }
        let (mut deleted, mut inserted) = (String::new(), String::new());
        let mut j = i;
        while j < spans.len() {
            let (kind, text) = &spans[j];
            match kind {
                Span::Deleted => deleted.push_str(text),
                Span::Inserted => inserted.push_str(text),
                Span::Same => {
                    // A short unchanged run between two changes belongs to both phrases.
                    let inside = j + 1 < spans.len() && spans[j + 1].0 != Span::Same;
                    if !inside || words(text) > SHORT_RUN {
                        break;
                    }
                    deleted.push_str(text);
                    inserted.push_str(text);
                }
            }
            j += 1;
        }
        // A phrase that only swapped places with unchanged words keeps its own spans.
        if !deleted.trim().is_empty() {
            out.push((Span::Deleted, deleted));
        }
        if !inserted.trim().is_empty() {
            out.push((Span::Inserted, inserted));
        }
        i = j;
    }
    out
}
