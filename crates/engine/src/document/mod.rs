//! The text under negotiation: sections → paragraphs → clauses, the clause-level edits that
//! change it, and word-level tracked changes between any two revisions.

mod diff;
mod lookup;
pub use diff::{ParagraphDiff, Revision, Span, tracked_changes, word_diff};

use serde::{Deserialize, Serialize};

use crate::ids::ClauseId;
use crate::ids::ParagraphId;
use crate::model::{Model, SectionId, TagId};
use crate::scenario::{EditSpec, clause_id};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    /// Shared so that reactions and events can name the clause without copying the text.
    pub id: ClauseId,
    pub text: String,
    pub tags: Vec<TagId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParagraphText {
    pub id: ParagraphId,
    /// Empty once every clause has been deleted; the paragraph then shows as deleted.
    pub clauses: Vec<Clause>,
}

impl ParagraphText {
    pub fn text(&self) -> String {
        self.clauses
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn is_deleted(&self) -> bool {
        self.clauses.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionText {
    pub id: String,
    pub title: String,
    pub paragraphs: Vec<ParagraphText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub sections: Vec<SectionText>,
    /// Counter for ids of clauses added during the game.
    next_clause: u32,
}

/// A clause entering or leaving the text, with what the room needs to value it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClauseFacts {
    pub clause: ClauseId,
    pub section: SectionId,
    pub tags: Vec<TagId>,
}

/// What an edit would do: the clauses it removes and adds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EditEffect {
    pub removed: Vec<ClauseFacts>,
    pub added: Vec<ClauseFacts>,
}

/// Why an edit cannot apply (data; the `text` crate phrases it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum EditError {
    NoParagraph(ParagraphId),
    NoClause(ClauseId),
    NoSection(String),
    ParagraphExists(ParagraphId),
    /// Paragraph `.0` is already in section `.1`.
    AlreadyThere(ParagraphId, String),
    EmptyText,
    /// The wording is longer than this many characters.
    TooLong(usize),
    NoChange,
    /// Paragraph `.0` has been deleted: only the Chair may bring its text back.
    ParagraphDeleted(ParagraphId),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for EditError {}

/// Whether two ids are the same. Ids are short and those of neighbours differ mostly in
/// their last characters, so the lengths and last bytes are compared before the whole.
#[inline]
fn same_id(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().last() == b.as_bytes().last() && a == b
}

impl Document {
    pub fn zero_draft(model: &Model) -> Document {
        let sections = model
            .scenario
            .draft
            .iter()
            .map(|s| SectionText {
                id: s.id.clone(),
                title: s.title.to_string(),
                paragraphs: s
                    .paragraphs
                    .iter()
                    .map(|p| ParagraphText {
                        id: p.id.clone(),
                        clauses: p
                            .clauses
                            .iter()
                            .enumerate()
                            .map(|(i, c)| Clause {
                                id: clause_id(&p.id, i, c.id.as_deref()),
                                text: c.text.trim().to_string(),
                                tags: model.resolve_tags(&c.text, &c.tags),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        Document {
            sections,
            next_clause: 1,
        }
    }

    /// The paragraph an edit touches; one pending amendment per paragraph keeps edits apart.
    pub fn footprint(&self, edit: &EditSpec) -> Result<ParagraphId, EditError> {
        match edit {
            EditSpec::Insert { paragraph, .. } | EditSpec::Move { paragraph, .. } => {
                Ok(paragraph.clone())
            }
            EditSpec::Delete { clause } | EditSpec::Replace { clause, .. } => {
                let (s, p, _) = self
                    .find_clause(clause)
                    .ok_or_else(|| EditError::NoClause(clause.clone()))?;
                Ok(self.sections[s].paragraphs[p].id.clone())
            }
            EditSpec::NewParagraph { id, .. } => Ok(id.clone()),
        }
    }

    /// What the edit would remove and add, without changing (or copying) the text.
    pub fn effect(&self, model: &Model, edit: &EditSpec) -> Result<EditEffect, EditError> {
        let mut effect = EditEffect::default();
        match edit {
            EditSpec::Insert {
                paragraph,
                after,
                text,
                tags,
            } => {
                let text = checked_text(text)?;
                let (s, _) = self.insertion_point(paragraph, after.as_deref())?;
                effect.added.push(ClauseFacts {
                    clause: self.next_clause_id(paragraph).into(),
                    section: SectionId::at(s),
                    tags: model.resolve_tags(text, tags),
                });
            }
            EditSpec::Delete { clause } => {
                let (s, p, c) = self.locate_clause(clause)?;
                effect
                    .removed
                    .push(facts(s, &self.sections[s].paragraphs[p].clauses[c]));
            }
            EditSpec::Replace { clause, text, tags } => {
                let text = checked_text(text)?;
                let (s, p, c) = self.locate_clause(clause)?;
                let old = &self.sections[s].paragraphs[p].clauses[c];
                if old.text == text {
                    return Err(EditError::NoChange);
                }
                effect.removed.push(facts(s, old));
                effect.added.push(ClauseFacts {
                    clause: old.id.clone(),
                    section: SectionId::at(s),
                    tags: model.resolve_tags(text, tags),
                });
            }
            EditSpec::Move {
                paragraph,
                to_section,
            } => {
                let (s, p, to) = self.move_points(paragraph, to_section)?;
                for c in &self.sections[s].paragraphs[p].clauses {
                    effect.removed.push(facts(s, c));
                    effect.added.push(facts(to, c));
                }
            }
            EditSpec::NewParagraph {
                section,
                id,
                after,
                text,
                tags,
            } => {
                let text = checked_text(text)?;
                let (s, _) = self.new_paragraph_point(section, id, after.as_deref())?;
                effect.added.push(ClauseFacts {
                    clause: self.next_clause_id(id).into(),
                    section: SectionId::at(s),
                    tags: model.resolve_tags(text, tags),
                });
            }
        }
        Ok(effect)
    }

    /// Applies an edit; on error the document is unchanged.
    pub fn apply(&mut self, model: &Model, edit: &EditSpec) -> Result<EditEffect, EditError> {
        let effect = self.effect(model, edit)?;
        match edit {
            EditSpec::Insert {
                paragraph,
                after,
                text,
                tags,
            } => {
                let (s, (p, at)) = self.insertion_point(paragraph, after.as_deref())?;
                let clause = self.new_clause(paragraph, model, text, tags);
                self.sections[s].paragraphs[p].clauses.insert(at, clause);
            }
            EditSpec::Delete { clause } => {
                let (s, p, c) = self.locate_clause(clause)?;
                self.sections[s].paragraphs[p].clauses.remove(c);
            }
            EditSpec::Replace { clause, text, .. } => {
                let (s, p, c) = self.locate_clause(clause)?;
                let slot = &mut self.sections[s].paragraphs[p].clauses[c];
                slot.text = text.trim().to_string();
                slot.tags = effect.added[0].tags.clone();
            }
            EditSpec::Move {
                paragraph,
                to_section,
            } => {
                let (s, p, to) = self.move_points(paragraph, to_section)?;
                let par = self.sections[s].paragraphs.remove(p);
                self.sections[to].paragraphs.push(par);
            }
            EditSpec::NewParagraph {
                section,
                id,
                after,
                text,
                tags,
            } => {
                let (s, at) = self.new_paragraph_point(section, id, after.as_deref())?;
                let clause = self.new_clause(id, model, text, tags);
                self.sections[s].paragraphs.insert(
                    at,
                    ParagraphText {
                        id: id.clone(),
                        clauses: vec![clause],
                    },
                );
            }
        }
        Ok(effect)
    }

    fn locate_clause(&self, id: &str) -> Result<(usize, usize, usize), EditError> {
        self.find_clause(id)
            .ok_or_else(|| EditError::NoClause(ClauseId::from(id)))
    }

    /// Section, then paragraph and clause position, where an inserted clause goes.
    fn insertion_point(
        &self,
        paragraph: &str,
        after: Option<&str>,
    ) -> Result<(usize, (usize, usize)), EditError> {
        let (s, p) = self
            .find_paragraph(paragraph)
            .ok_or_else(|| EditError::NoParagraph(ParagraphId::from(paragraph)))?;
        let clauses = &self.sections[s].paragraphs[p].clauses;
        let at = match after {
            Some(a) => {
                clauses
                    .iter()
                    .position(|c| same_id(&c.id, a))
                    .ok_or_else(|| EditError::NoClause(ClauseId::from(a)))?
                    + 1
            }
            None => clauses.len(),
        };
        Ok((s, (p, at)))
    }

    fn move_points(
        &self,
        paragraph: &str,
        to_section: &str,
    ) -> Result<(usize, usize, usize), EditError> {
        let (s, p) = self
            .find_paragraph(paragraph)
            .ok_or_else(|| EditError::NoParagraph(ParagraphId::from(paragraph)))?;
        let to = self
            .sections
            .iter()
            .position(|x| x.id == to_section)
            .ok_or_else(|| EditError::NoSection(to_section.to_string()))?;
        if to == s {
            return Err(EditError::AlreadyThere(
                ParagraphId::from(paragraph),
                to_section.to_string(),
            ));
        }
        Ok((s, p, to))
    }

    fn new_paragraph_point(
        &self,
        section: &str,
        id: &str,
        after: Option<&str>,
    ) -> Result<(usize, usize), EditError> {
        if id.trim().is_empty() {
            return Err(EditError::NoParagraph(ParagraphId::from(id)));
        }
        if self.find_paragraph(id).is_some() {
            return Err(EditError::ParagraphExists(ParagraphId::from(id)));
        }
        let s = self
            .sections
            .iter()
            .position(|x| x.id == section)
            .ok_or_else(|| EditError::NoSection(section.to_string()))?;
        let paragraphs = &self.sections[s].paragraphs;
        let at = match after {
            Some(a) => {
                paragraphs
                    .iter()
                    .position(|p| same_id(&p.id, a))
                    .ok_or_else(|| EditError::NoParagraph(ParagraphId::from(a)))?
                    + 1
            }
            None => paragraphs.len(),
        };
        Ok((s, at))
    }

    fn next_clause_id(&self, paragraph: &str) -> String {
        format!("{paragraph}.n{}", self.next_clause)
    }

    fn new_clause(
        &mut self,
        paragraph: &str,
        model: &Model,
        text: &str,
        tags: &[String],
    ) -> Clause {
        let id = self.next_clause_id(paragraph);
        self.next_clause += 1;
        Clause {
            id: id.into(),
            text: text.trim().to_string(),
            tags: model.resolve_tags(text, tags),
        }
    }

    /// Plain text of the whole document, one paragraph per line.
    pub fn render_plain(&self) -> String {
        let mut out = String::new();
        for sec in &self.sections {
            out.push_str(&format!("## {}\n", sec.title));
            for p in sec.paragraphs.iter().filter(|p| !p.is_deleted()) {
                out.push_str(&format!("{}  {}\n", p.id, p.text()));
            }
        }
        out
    }
}

fn checked_text(text: &str) -> Result<&str, EditError> {
    let t = text.trim();
    if crate::error::is_blank(t) {
        return Err(EditError::EmptyText);
    }
    let limit = crate::scenario::LIMITS.text_chars;
    if t.chars().count() > limit {
        return Err(EditError::TooLong(limit));
    }
    Ok(t)
}

fn facts(section: usize, c: &Clause) -> ClauseFacts {
    ClauseFacts {
        clause: c.id.clone(),
        section: SectionId::at(section),
        tags: c.tags.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_replacement() {
        // Neighbouring changed words read as one phrase replaced by another.
        let spans = word_diff("a state-led process", "an intergovernmental process");
        assert!(
            spans.contains(&(Span::Deleted, "a state-led".into())),
            "{spans:?}"
        );
        assert!(spans.contains(&(Span::Inserted, "an intergovernmental".into())));
        assert!(
            spans
                .iter()
                .any(|(k, t)| *k == Span::Same && t.contains("process"))
        );
        // A change split by one unchanged word is one phrase, not interleaved fragments.
        let spans = word_diff(
            "the norms of responsible behaviour apply",
            "the obligations of international law apply",
        );
        assert_eq!(
            spans,
            vec![
                (Span::Same, "the ".into()),
                (Span::Deleted, "norms of responsible behaviour".into()),
                (Span::Inserted, "obligations of international law".into()),
                (Span::Same, " apply".into()),
            ]
        );
    }
}
