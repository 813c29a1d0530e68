//! Ids and references: well-formed ids, duplicates, and references to tags, sections,
//! paragraphs, clauses and parties, each with a "did you mean" hint.

use std::collections::BTreeMap;

use super::{Checker, suggest};

impl Checker<'_> {
    pub(super) fn id(&mut self, path: &str, id: &str) {
        if id.trim().is_empty() {
            self.push(path, "id must not be empty".into());
        } else if id.chars().count() > 80 {
            self.push(path, "id longer than 80 characters".into());
        } else if id.chars().any(invisible) {
            self.push(
                path,
                "id contains control or invisible characters (zero-width spaces, escapes)".into(),
            );
        } else if !id.chars().any(char::is_alphanumeric) {
            self.push(path, "id needs at least one letter or digit".into());
        }
    }

    /// An id that becomes part of a file name: ASCII letters, digits, `-`, `_` and `.`, not
    /// starting with a dot (so it can never name a folder above the one it is written to).
    pub(super) fn file_id(&mut self, path: &str, id: &str) {
        let safe = id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if !id.is_empty() && (!safe || id.starts_with('.')) {
            self.push(
                path,
                "this id names the game's save files: use only ASCII letters, digits, '-', '_' and '.', not starting with '.'".into(),
            );
        }
    }

    pub(super) fn unique<'b>(
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

    pub(super) fn unknown(&mut self, path: &str, value: &str, what: &str, known: Vec<&str>) {
        let hint = match suggest(value, known) {
            Some(k) => format!(" (did you mean \"{k}\"?)"),
            None => String::new(),
        };
        self.push_at(path, value, 0, format!("unknown {what} \"{value}\"{hint}"));
    }

    pub(super) fn tag(&mut self, path: &str, tag: &str) {
        if !self.tags.contains(tag) {
            let known = self.tags.iter().copied().collect();
            self.unknown(path, tag, "tag", known);
        }
    }

    pub(super) fn tag_list(&mut self, path: &str, tags: &[String]) {
        for (i, t) in tags.iter().enumerate() {
            self.tag(&format!("{path}.tags[{i}]"), t);
        }
    }

    pub(super) fn section(&mut self, path: &str, id: &str) {
        if !self.sections.contains(id) {
            let known = self.sections.iter().copied().collect();
            self.unknown(path, id, "section", known);
        }
    }

    pub(super) fn paragraph(&mut self, path: &str, id: &str) {
        if !self.paragraphs.contains(id) {
            let known = self.paragraphs.iter().copied().collect();
            self.unknown(path, id, "paragraph", known);
        }
    }

    /// Conditions may name a paragraph that only a card creates.
    pub(super) fn paragraph_or_new(&mut self, path: &str, id: &str) {
        if self.new_paragraphs.contains(id) {
            return;
        }
        self.paragraph(path, id);
    }

    pub(super) fn clause(&mut self, path: &str, id: &str) {
        if !self.clauses.contains(id) {
            let known: Vec<String> = self.clauses.iter().cloned().collect();
            let hint = match suggest(id, known.iter().map(String::as_str)) {
                Some(k) => format!(" (did you mean \"{k}\"?)"),
                None => String::new(),
            };
            self.push_at(path, id, 0, format!("unknown clause \"{id}\"{hint}"));
        }
    }

    pub(super) fn party(&mut self, path: &str, id: &str) {
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
}

/// Characters that show as nothing or control the terminal.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}'
        )
}
