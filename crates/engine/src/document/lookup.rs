//! Finding things in a document: its paragraphs and clauses, by position or by id.

use super::{Clause, Document, ParagraphText, same_id};
use crate::model::SectionId;

impl Document {
    pub fn paragraphs(&self) -> impl Iterator<Item = (usize, &ParagraphText)> {
        self.sections
            .iter()
            .enumerate()
            .flat_map(|(s, sec)| sec.paragraphs.iter().map(move |p| (s, p)))
    }

    pub fn clauses(&self) -> impl Iterator<Item = (SectionId, &ParagraphText, &Clause)> {
        self.paragraphs()
            .flat_map(|(s, p)| p.clauses.iter().map(move |c| (SectionId::at(s), p, c)))
    }

    /// Section index and position of a paragraph.
    /// Whether some clause in the text reads exactly `text` (surrounding spaces aside).
    pub fn has_text(&self, text: &str) -> bool {
        let text = text.trim();
        self.sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .flat_map(|p| &p.clauses)
            .any(|c| c.text.trim() == text)
    }

    /// Whether the paragraph is in the text but every clause of it has been deleted.
    pub fn paragraph_deleted(&self, id: &str) -> bool {
        self.find_paragraph(id)
            .is_some_and(|(s, p)| self.sections[s].paragraphs[p].is_deleted())
    }

    pub fn find_paragraph(&self, id: &str) -> Option<(usize, usize)> {
        self.sections.iter().enumerate().find_map(|(s, sec)| {
            sec.paragraphs
                .iter()
                .position(|p| same_id(&p.id, id))
                .map(|p| (s, p))
        })
    }

    /// Section, paragraph and clause position of a clause.
    pub fn find_clause(&self, id: &str) -> Option<(usize, usize, usize)> {
        // Most ids name their paragraph ("<paragraph>.<n>"): look there first.
        if let Some((paragraph, _)) = id.rsplit_once('.')
            && let Some((s, p)) = self.find_paragraph(paragraph)
        {
            let par = &self.sections[s].paragraphs[p];
            if let Some(c) = par.clauses.iter().position(|c| same_id(&c.id, id)) {
                return Some((s, p, c));
            }
        }
        for (s, sec) in self.sections.iter().enumerate() {
            for (p, par) in sec.paragraphs.iter().enumerate() {
                if let Some(c) = par.clauses.iter().position(|c| same_id(&c.id, id)) {
                    return Some((s, p, c));
                }
            }
        }
        None
    }

    pub fn clause(&self, id: &str) -> Option<&Clause> {
        self.find_clause(id)
            .map(|(s, p, c)| &self.sections[s].paragraphs[p].clauses[c])
    }
}
